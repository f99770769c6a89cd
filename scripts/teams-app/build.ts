/**
 * `npm run build:teams [-- --site-url https://kommun.sharepoint.com/sites/internkontroll]
 * [--site-path /sites/internkontroll] [--web-application-id <guid>] [--out teams]`:
 * writes the Teams app package `teams/TeamsSPFxApp.zip` (manifest.json, color.png,
 * outline.png at the zip's root, as Teams wants them). `gulp package-solution` runs it first,
 * and SPFx puts everything in `teams/` into the .sppkg, where "Sync to Teams" looks for the zip.
 * The same values can come from the environment (`TEAMS_SITE_URL`, `TEAMS_SITE_PATH`,
 * `TEAMS_WEB_APPLICATION_ID`), so `TEAMS_SITE_URL=… npm run package` builds the package for a site.
 * An invalid manifest is never written: the Swedish message, then English, and exit code 2.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';

import { colorIconPng, outlineIconPng } from './icons';
import { buildTeamsManifest, ROOT, TeamsManifestError, type ManifestValues } from './manifest';

/** The file name SharePoint's "Sync to Teams" looks for. */
export const TEAMS_PACKAGE_NAME = 'TeamsSPFxApp.zip';

/** The Teams app package as bytes, with the manifest that went in. */
export async function buildTeamsAppPackage(values: ManifestValues = {}, root: string = ROOT): Promise<{ zip: Uint8Array; manifest: Record<string, unknown> }> {
  const manifest = await buildTeamsManifest(values, root);
  const zip = new JSZip();
  // A fixed date keeps the package byte-identical between builds of the same sources.
  const date = new Date(Date.UTC(2024, 0, 1));
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date });
  zip.file('color.png', colorIconPng(), { date });
  zip.file('outline.png', outlineIconPng(), { date });
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { zip: bytes, manifest };
}

function parseArguments(argv: readonly string[], env: NodeJS.ProcessEnv): { values: ManifestValues; out: string } {
  const values: ManifestValues = {};
  if (env.TEAMS_SITE_URL) {
    values.siteUrl = env.TEAMS_SITE_URL;
  }
  if (env.TEAMS_SITE_PATH) {
    values.sitePath = env.TEAMS_SITE_PATH;
  }
  if (env.TEAMS_WEB_APPLICATION_ID) {
    values.webApplicationId = env.TEAMS_WEB_APPLICATION_ID;
  }
  let out = join(ROOT, 'teams');
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) {
      throw new TeamsManifestError([`${name}: värde saknas / value missing`]);
    }
    switch (name) {
      case '--site-url':
        values.siteUrl = value;
        break;
      case '--site-path':
        values.sitePath = value;
        break;
      case '--web-application-id':
        values.webApplicationId = value;
        break;
      case '--out':
        out = resolve(value);
        break;
      default:
        throw new TeamsManifestError([`okänt argument ${name} / unknown argument`]);
    }
    i++;
  }
  return { values, out };
}

async function main(): Promise<void> {
  const { values, out } = parseArguments(process.argv.slice(2), process.env);
  const { zip } = await buildTeamsAppPackage(values);
  mkdirSync(out, { recursive: true });
  const target = join(out, TEAMS_PACKAGE_NAME);
  writeFileSync(target, zip);
  console.log(`Teams-appen: ${target} (${zip.length} byte)`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(error instanceof TeamsManifestError ? 2 : 1);
  });
}
