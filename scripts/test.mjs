// `npm test`: every check a fresh clone must pass, in the order that fails fastest.
// Runs on the project's Node 22 (npm puts node_modules/.bin first on PATH).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules', '.bin', name);
const chromiumPath = '/usr/bin/chromium';
const resultsFile = join(root, 'jest-output', 'results.json');

/** Runs one step; stops the whole run on failure so the cause is the last thing printed. */
function step(title, command, args) {
  const started = Date.now();
  console.log(`\n▶ ${title}`);
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) {
    console.error(`✖ ${title} failed after ${seconds} s`);
    return false;
  }
  console.log(`✔ ${title} (${seconds} s)`);
  return true;
}

/** Prints the count line CI reads, from jest's own JSON results. */
function printCounts() {
  if (!existsSync(resultsFile)) {
    console.log('0 passed, 1 failed');
    return;
  }
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  const skipped = results.numPendingTests + results.numTodoTests;
  console.log(`${results.numPassedTests} passed, ${results.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ''));
}

/** True when a command is on PATH. */
function hasCommand(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Debian tools the tests use, with how to tell they are there. The browser tests drive
 * Chromium; the render tests turn .docx into PDF and PNG with LibreOffice and poppler (they are
 * reported as skipped without them). A fresh machine gets all that are missing in one
 * apt-get install, so CI pays for one update: apt-get install chromium libreoffice-writer-nogui
 * poppler-utils. (xmllint is the npm package xmllint-wasm, not Debian's libxml2-utils.)
 */
const DEBIAN_TOOLS = [
  { pkg: 'chromium', present: () => existsSync(chromiumPath), required: true },
  { pkg: 'libreoffice-writer-nogui', present: () => hasCommand('soffice'), required: false },
  { pkg: 'poppler-utils', present: () => ['pdfinfo', 'pdftoppm', 'pdftotext'].every(hasCommand), required: false }
];

/** Installs the missing Debian tools; false when a required one is still missing. */
function ensureDebianTools() {
  const missing = DEBIAN_TOOLS.filter((tool) => !tool.present());
  if (missing.length === 0) return true;
  const packages = missing.map((tool) => tool.pkg);
  console.log(`\n▶ Saknas: ${packages.join(', ')}: installerar Debians paket`);
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    console.error(`✖ Kör "sudo apt-get install ${packages.join(' ')}" (Chromium behövs för webbläsartesterna; utan LibreOffice och poppler hoppas renderingstesterna över).`);
    return !missing.some((tool) => tool.required);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status === 0) {
    spawnSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  }
  const still = DEBIAN_TOOLS.filter((tool) => !tool.present());
  if (still.length > 0) console.error(`✖ Kunde inte installera: ${still.map((tool) => tool.pkg).join(', ')}`);
  return !still.some((tool) => tool.required);
}

mkdirSync(join(root, 'jest-output'), { recursive: true });
rmSync(resultsFile, { force: true });
const steps = [
  ['Typkontroll (tsc)', bin('tsc'), ['-p', 'tsconfig.test.json', '--noEmit']],
  ['SPFx: gulp clean', bin('gulp'), ['clean']],
  ['SPFx: gulp bundle --ship (lint utan varningar, typkontroll, webpack)', bin('gulp'), ['bundle', '--ship']],
  ['SPFx: gulp package-solution --ship (.sppkg)', bin('gulp'), ['package-solution', '--ship']],
  ['Enhetstester och kontraktstester (jest)', bin('jest'), ['--ci', '--json', `--outputFile=${resultsFile}`]]
];

let ok = ensureDebianTools();
for (const [title, command, args] of steps) {
  if (!ok || !step(title, command, args)) {
    ok = false;
    break;
  }
}
printCounts();
process.exit(ok ? 0 : 1);
