/**
 * Fingerprints of what a block was built from and of what it shows. SHA-256 through Web Crypto,
 * which the task pane (HTTPS or localhost), Word's web view and Node 22 all provide.
 */

/** JSON with object keys sorted and `undefined` left out, so equal data gives equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return value === undefined ? 'null' : JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return '[' + value.map((item) => canonicalJson(item)).join(',') + ']';
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return '{' + keys.map((key) => JSON.stringify(key) + ':' + canonicalJson(record[key])).join(',') + '}';
}

/** SHA-256 of a text (UTF-8), as 64 lower-case hex digits. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const bytes = new Uint8Array(digest);
  let hex = '';
  for (let i = 0; i < bytes.length; i++) {
    hex += (bytes[i] + 0x100).toString(16).slice(1);
  }
  return hex;
}

/** SHA-256 of the canonical JSON of a value. */
export async function hashOf(value: unknown): Promise<string> {
  return sha256Hex(canonicalJson(value));
}
