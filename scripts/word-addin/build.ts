/**
 * Builds the Word add-in for hosting: the task pane and sign-in dialog bundles (esbuild), their
 * pages, `config.json`, icons, a help page and `manifest.xml` for the given HTTPS base URL. The
 * manifest is checked against the schemas first; nothing is written when it is not valid.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

import { iconPng } from './icons';
import { buildManifest, ManifestParameterError, normaliseBaseUrl, validateManifest } from './manifest';

/** What the build needs. */
export interface WordBuildOptions {
  /** Where the files will be served, `https://…`. */
  readonly baseUrl: string;
  /** Output folder; default dist/word. */
  readonly outDir?: string;
  /** The SharePoint site the task pane reads, e.g. `https://kommun.sharepoint.com/sites/internkontroll`. */
  readonly siteUrl?: string;
  /** The Entra app registration's client id. */
  readonly clientId?: string;
  /** The add-in's id in the manifest. */
  readonly addinId?: string;
}

/** What the build wrote. */
export interface WordBuildResult {
  readonly outDir: string;
  /** File name → bytes. */
  readonly files: Record<string, number>;
}

const ROOT = resolve(__dirname, '..', '..');

function page(title: string, script: string): string {
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script>window.FabricConfig = { fontBaseUrl: '' };</script>
<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>
<style>html, body { margin: 0; font-family: 'Segoe UI', system-ui, sans-serif; color: #201f1e; } #root:empty::before { content: 'Laddar …'; display: block; padding: 16px; }</style>
</head>
<body>
<div id="root"></div>
<noscript>Internkontroll behöver JavaScript.</noscript>
<script src="${script}"></script>
</body>
</html>
`;
}

const HELP = `<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Internkontroll i Word – hjälp</title></head>
<body style="font-family: 'Segoe UI', system-ui, sans-serif; max-width: 40em; margin: 2em auto; line-height: 1.5; color: #201f1e">
<h1>Internkontroll i Word</h1>
<p>Välj <strong>Uppföljningstabeller</strong> på fliken Start. Välj plan, period och rapportmall, ställ markören i ett eget stycke och välj <strong>Infoga vid markören</strong>.</p>
<p><strong>Uppdatera tabeller</strong> bygger om alla infogade tabeller och meningar med aktuella uppgifter. Har du ändrat i en tabell för hand får du välja om ändringen ska behållas.</p>
<p lang="en">Choose <strong>Follow-up tables</strong> on the Home tab to insert and refresh the follow-up tables of the internal control plan.</p>
</body></html>
`;

/** Runs the build. */
export async function buildWordAddin(options: WordBuildOptions): Promise<WordBuildResult> {
  const baseUrl = normaliseBaseUrl(options.baseUrl);
  const manifest = buildManifest({ baseUrl, id: options.addinId });
  const check = await validateManifest(manifest);
  if (!check.valid) {
    throw new Error(`manifest.xml följer inte schemat:\n${check.issues.map((i) => `  rad ${i.line ?? '?'}: ${i.message}`).join('\n')}`);
  }
  if (options.siteUrl !== undefined && !/^https:\/\//.test(options.siteUrl)) {
    throw new ManifestParameterError('--site-url: SharePoint-webbplatsen ska anges med https://.', '--site-url: give the SharePoint site as https://….');
  }
  const outDir = resolve(options.outDir ?? join(ROOT, 'dist', 'word'));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'assets'), { recursive: true });
  const bundles = await build({
    entryPoints: { taskpane: join(ROOT, 'src/word/office/taskpane.tsx'), 'auth-dialog': join(ROOT, 'src/word/office/authDialog.ts') },
    bundle: true,
    outdir: outDir,
    format: 'iife',
    platform: 'browser',
    target: ['es2019'],
    minify: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    write: true,
    metafile: true
  });
  const files: Record<string, number> = {};
  for (const [file, info] of Object.entries(bundles.metafile.outputs)) {
    files[file.split('/').pop() as string] = info.bytes;
  }
  const write = (name: string, content: string | Buffer): void => {
    writeFileSync(join(outDir, name), content);
    files[name] = Buffer.byteLength(content);
  };
  write('taskpane.html', page('Internkontroll', 'taskpane.js'));
  write('auth-dialog.html', page('Internkontroll – inloggning', 'auth-dialog.js'));
  write('hjalp.html', HELP);
  write('config.json', JSON.stringify({ siteUrl: options.siteUrl ?? '', clientId: options.clientId ?? '' }, null, 2) + '\n');
  for (const size of [16, 32, 64, 80]) {
    write(`assets/icon-${size}.png`, iconPng(size));
  }
  write('manifest.xml', manifest);
  return { outDir, files };
}

function argument(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const baseUrl = argument(args, 'base-url');
  if (!baseUrl) {
    process.stderr.write('Ange var tillägget ska ligga: npm run build:word -- --base-url https://… [--site-url https://….sharepoint.com/sites/…] [--client-id <guid>] [--out dist/word]\n');
    process.exit(2);
  }
  buildWordAddin({ baseUrl, outDir: argument(args, 'out'), siteUrl: argument(args, 'site-url'), clientId: argument(args, 'client-id'), addinId: argument(args, 'id') }).then(
    (result) => {
      process.stdout.write(`Word-tillägget är byggt i ${result.outDir}:\n`);
      for (const [name, bytes] of Object.entries(result.files)) {
        process.stdout.write(`  ${name}  ${(bytes / 1024).toFixed(1)} kB\n`);
      }
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(error instanceof ManifestParameterError ? 2 : 1);
    }
  );
}
