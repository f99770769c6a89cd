/**
 * The Word add-in's XML manifest: one template (config/word-addin/manifest.template.xml) filled
 * with the HTTPS address the task pane is served from, and checked offline against the
 * manifest schemas ([MS-OWEMXML], vendored in config/word-addin/xsd) with libxml2 compiled to
 * WebAssembly. `office-addin-manifest validate` would need Microsoft's online service.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';

const ROOT = resolve(__dirname, '..', '..');
const CONFIG = join(ROOT, 'config', 'word-addin');

/** The add-in's id in Office; the same across builds so an updated manifest replaces the old one. */
export const DEFAULT_ADDIN_ID = '6f1d3c52-2a8e-4b7f-9c41-5d0e8a7b2f13';

/** What fills the template. */
export interface ManifestOptions {
  /** Where the task pane is served, `https://…` (no trailing slash needed). */
  readonly baseUrl: string;
  /** The add-in's GUID; the project's own by default (give another for a test tenant). */
  readonly id?: string;
  /** Version, e.g. `0.1.0` (up to four numbers); the package's by default. */
  readonly version?: string;
}

/** A bad build parameter, with Swedish and English text naming it. */
export class ManifestParameterError extends Error {
  public readonly messageEn: string;
  public constructor(message: string, messageEn: string) {
    super(message);
    this.name = 'ManifestParameterError';
    this.messageEn = messageEn;
  }
}

/** The base URL as the manifest uses it: HTTPS, no query or fragment, no trailing slash. */
export function normaliseBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ManifestParameterError(`--base-url: "${baseUrl}" är ingen adress.`, `--base-url: "${baseUrl}" is not a URL.`);
  }
  if (url.protocol !== 'https:') {
    throw new ManifestParameterError(
      `--base-url: Office laddar bara tillägg över HTTPS, inte "${url.protocol}".`,
      `--base-url: Office loads add-ins over HTTPS only, not "${url.protocol}".`
    );
  }
  if (url.search || url.hash) {
    throw new ManifestParameterError('--base-url: adressen får inte ha ? eller #.', '--base-url: the URL must not have ? or #.');
  }
  return url.toString().replace(/\/+$/, '');
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The package's version. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The manifest for a base URL. */
export function buildManifest(options: ManifestOptions): string {
  const baseUrl = normaliseBaseUrl(options.baseUrl);
  const template = readFileSync(join(CONFIG, 'manifest.template.xml'), 'utf8');
  const values: Record<string, string> = {
    BASE_URL: escapeAttribute(baseUrl),
    ID: options.id ?? DEFAULT_ADDIN_ID,
    VERSION: options.version ?? packageVersion()
  };
  const filled = template.replace(/\{\{([A-Z_]+)\}\}/g, (match, name: string) => {
    const value = values[name];
    if (value === undefined) {
      throw new Error(`Mallen har en okänd plats ${match}. / The template has an unknown placeholder ${match}.`);
    }
    return value;
  });
  return filled;
}

/** A schema error in a manifest. */
export interface ManifestIssue {
  /** Line in the manifest, when libxml2 says. */
  readonly line?: number;
  /** libxml2's message. */
  readonly message: string;
}

/** Checks a manifest against the vendored schemas; no network. */
export async function validateManifest(xml: string): Promise<{ valid: boolean; issues: ManifestIssue[] }> {
  const dir = join(CONFIG, 'xsd');
  const schemas = readdirSync(dir).filter((name) => name.endsWith('.xsd'));
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [{ fileName: 'OfficeAppManifestV1_1.xsd', contents: readFileSync(join(dir, 'OfficeAppManifestV1_1.xsd'), 'utf8') }],
    preload: schemas.filter((name) => name !== 'OfficeAppManifestV1_1.xsd').map((name) => ({ fileName: name, contents: readFileSync(join(dir, name), 'utf8') }))
  });
  return {
    valid: result.valid,
    issues: result.errors.map((error) => ({ line: error.loc ? error.loc.lineNumber : undefined, message: error.message }))
  };
}
