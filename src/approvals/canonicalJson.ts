/**
 * The canonical JSON of approved content and its SHA-256, through Web Crypto
 * (`crypto.subtle.digest`: browsers, Word's web view, Teams and Node 22 all have it). The form is
 * defined in docs/approvals.md and follows RFC 8785 (JSON Canonicalization Scheme): the same
 * data always gives the same bytes, so the same hash, in every host.
 */

/** Thrown for a value that has no canonical form (non-finite number, function, undefined in an array …). */
export class CanonicalJsonError extends Error {
  /** Creates the error naming the path of the value, e.g. `tables[2].rows[0]`. */
  public constructor(path: string, what: string) {
    super(`Värdet vid ${path || '(roten)'} kan inte skrivas som kanonisk JSON: ${what}. / The value at ${path || '(root)'} has no canonical JSON form: ${what}.`);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'CanonicalJsonError';
  }
}

function canonicalNumber(value: number, path: string): string {
  if (!isFinite(value)) {
    throw new CanonicalJsonError(path, `talet ${String(value)}`);
  }
  // ECMAScript's shortest round-trip form, as RFC 8785 prescribes; -0 is written 0.
  return value === 0 ? '0' : String(value);
}

function write(value: unknown, path: string): string {
  if (value === null) {
    return 'null';
  }
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return canonicalNumber(value, path);
    case 'string':
      // JSON.stringify escapes exactly ", \ and U+0000–U+001F (\b \f \n \r \t, else \u00xx) and
      // lone surrogates (\udxxx); every other character is written as itself.
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new CanonicalJsonError(path, typeof value);
  }
  if (Array.isArray(value)) {
    return (
      '[' +
      value
        .map((item, index) => {
          if (item === undefined) {
            throw new CanonicalJsonError(`${path}[${index}]`, 'undefined');
          }
          return write(item, `${path}[${index}]`);
        })
        .join(',') +
      ']'
    );
  }
  const record = value as Record<string, unknown>;
  // Keys in UTF-16 code unit order (JavaScript's default sort), undefined values left out.
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return '{' + keys.map((key) => JSON.stringify(key) + ':' + write(record[key], path === '' ? key : `${path}.${key}`)).join(',') + '}';
}

/**
 * The canonical JSON of a value: object keys sorted by UTF-16 code units, no whitespace,
 * numbers in ECMAScript's shortest form, strings escaped only where JSON requires, properties
 * whose value is `undefined` left out. Throws `CanonicalJsonError` for NaN, ±Infinity,
 * `undefined` in an array, functions, symbols and bigints.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined) {
    throw new CanonicalJsonError('', 'undefined');
  }
  return write(value, '');
}

/** SHA-256 of a text encoded as UTF-8, as 64 lower-case hex digits. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const bytes = new Uint8Array(digest);
  let hex = '';
  for (let i = 0; i < bytes.length; i++) {
    hex += (bytes[i] + 0x100).toString(16).slice(1);
  }
  return hex;
}

/** Length of a hash's short form. */
export const SHORT_HASH_LENGTH = 12;

/** The short form people read and compare: the first 12 hex digits, e.g. "3f2a9c1b7d4e". */
export function shortHash(hash: string): string {
  return hash.slice(0, SHORT_HASH_LENGTH);
}
