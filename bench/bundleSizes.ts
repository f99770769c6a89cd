/**
 * The web part's bundle as SharePoint serves it: the first chunk (the entry the page loads
 * before first paint) and the chunks loaded on demand (editors, rich-text library, "Skapa
 * listor"), gzipped. Builds the ship bundle first (`gulp clean && gulp bundle --ship`, about a
 * minute) unless BENCH_BUNDLE=dist reuses what is in dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The first chunk may be at most this many gzipped bytes (issue: editing must not make first paint heavier). */
export const FIRST_CHUNK_LIMIT = 130 * 1024;

/** One JavaScript file of the bundle. */
export interface BundleFile {
  file: string;
  bytes: number;
  gzipped: number;
}

/** The bundle's files: the first chunk and the rest. */
export interface BundleSizes {
  first: BundleFile;
  lazy: BundleFile[];
}

const root = resolve(__dirname, '..');

/** Builds the ship bundle unless told to reuse dist/. */
function build(): void {
  if (process.env.BENCH_BUNDLE === 'dist' && existsSync(join(root, 'dist'))) {
    return;
  }
  const gulp = join(root, 'node_modules', '.bin', 'gulp');
  for (const args of [['clean'], ['bundle', '--ship']]) {
    const run = spawnSync(gulp, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, FORCE_COLOR: '0' } });
    if (run.status !== 0) {
      throw new Error(`gulp ${args.join(' ')} misslyckades / failed`);
    }
  }
}

/** Measures dist/: the entry named after the web part's bundle, and every other chunk. */
export function measureBundle(): BundleSizes {
  build();
  const dist = join(root, 'dist');
  const files = readdirSync(dist)
    .filter((name) => name.endsWith('.js'))
    .map((file) => {
      const content = readFileSync(join(dist, file));
      return { file, bytes: content.length, gzipped: gzipSync(content, { level: 9 }).length };
    });
  const first = files.filter((f) => f.file.indexOf('internkontroll-web-part_') === 0)[0];
  if (!first) {
    throw new Error('Webbdelens första chunk saknas i dist/ / the web part entry chunk is missing in dist/');
  }
  return { first, lazy: files.filter((f) => f !== first).sort((a, b) => b.gzipped - a.gzipped) };
}

/** Prints the sizes. */
export function printBundleSizes(sizes: BundleSizes): void {
  const kb = (n: number): string => (n / 1024).toFixed(1);
  const verdict = sizes.first.gzipped <= FIRST_CHUNK_LIMIT ? 'inom gränsen / within the limit' : 'ÖVER GRÄNSEN / OVER THE LIMIT';
  console.log('');
  console.log('Webbdelens paket / web part bundle — gzip -9, as built by gulp bundle --ship');
  console.log(`first chunk ${sizes.first.file}: ${kb(sizes.first.gzipped)} KB gzipped (${kb(sizes.first.bytes)} KB), limit ${kb(FIRST_CHUNK_LIMIT)} KB: ${verdict}`);
  const lazyTotal = sizes.lazy.reduce((sum, f) => sum + f.gzipped, 0);
  console.log(`lazy chunks: ${sizes.lazy.length}, ${kb(lazyTotal)} KB gzipped in all`);
  for (const f of sizes.lazy) {
    console.log(`  ${f.file}: ${kb(f.gzipped)} KB gzipped (${kb(f.bytes)} KB)`);
  }
}
