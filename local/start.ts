/**
 * `npm start` (through scripts/start.mjs): the local SharePoint with the demo plans and the
 * workbench. Prints two lines on stdout, the workbench page and the local SharePoint site;
 * progress goes to stderr. Ctrl-C closes both servers and the database and exits 0.
 *
 * Environment: PORT (workbench, default 4321), SP_PORT (local SharePoint, default 4322),
 * LOCAL_DATA_DIR (default .local-data in the repository). Port 0 picks a free port.
 */
import { resolve } from 'node:path';
import { startLocalProduct } from './workbench/startLocalProduct';

function portFrom(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') {
    return fallback;
  }
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Ogiltig port / invalid port: ${value}`);
  }
  return port;
}

async function main(): Promise<void> {
  const root = resolve(__dirname, '..');
  const product = await startLocalProduct({
    port: portFrom(process.env.PORT, 4321),
    sharePointPort: portFrom(process.env.SP_PORT, 4322),
    dataDir: process.env.LOCAL_DATA_DIR || resolve(root, '.local-data'),
    log: (message) => process.stderr.write(`${message}\n`)
  });
  process.stdout.write(`${product.workbenchUrl}\n${product.siteUrl}\n`);
  process.stderr.write(
    `Arbetsytan visar sidan som ${product.defaultUser} tills du väljer en annan demoanvändare; anrop utan användare till den lokala SharePoint får 401. / ` +
      `The workbench acts as ${product.defaultUser} until you pick another demo user; calls to the local SharePoint that name no user get 401.\n`
  );
  process.stderr.write(`Word-tillägget lokalt (åtgärdsfönstret bredvid ett dokument): ${product.wordUrl}\n`);
  process.stderr.write('Stoppa med Ctrl-C.\n');

  let stopping = false;
  const stop = (): void => {
    if (stopping) {
      return;
    }
    stopping = true;
    product.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Kunde inte stänga / could not close: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      }
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const inUse = /EADDRINUSE/.test(message);
  process.stderr.write(
    inUse
      ? `Porten är upptagen: ${message}. Välj andra portar med PORT och SP_PORT. / The port is in use; set PORT and SP_PORT.\n`
      : `Kunde inte starta / could not start: ${message}\n`
  );
  process.exit(1);
});
