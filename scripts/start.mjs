// `npm start`: runs local/start.ts (the local SharePoint with the demo plans and the workbench)
// on the project's Node 22 through tsx. Ctrl-C reaches both processes; this one waits for the
// child to close its servers and database and exits with the child's code.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'local', 'start.ts')], {
  cwd: root,
  stdio: 'inherit',
  env: process.env
});

// The terminal sends Ctrl-C to the whole process group; the child handles it. A signal sent to
// this process alone (kill <pid>) is passed on.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child.exitCode === null) {
      child.kill(signal);
    }
  });
}

child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
