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

/** The browser tests drive Debian's Chromium; a fresh machine gets it here, not by hand. */
function ensureChromium() {
  if (existsSync(chromiumPath)) return true;
  console.log(`\n▶ ${chromiumPath} saknas: installerar Debians chromium`);
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    console.error('✖ Chromium behövs för webbläsartesterna: kör "sudo apt-get install chromium".');
    return false;
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  return Boolean(install && install.status === 0 && existsSync(chromiumPath));
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

let ok = ensureChromium();
for (const [title, command, args] of steps) {
  if (!ok || !step(title, command, args)) {
    ok = false;
    break;
  }
}
printCounts();
process.exit(ok ? 0 : 1);
