/**
 * `npm run local -- start [--port 4322] [--data .local-data] [--host 127.0.0.1 [--allow-remote]]`
 * starts the local SharePoint and prints the site URL (an interface other than loopback needs
 * `--allow-remote` and prints a warning); `npm run local -- reset [--data .local-data]`
 * deletes its data.
 */
import { existsSync, rmSync } from 'node:fs';
import { DEFAULT_PORT } from './core';
import { databaseFile, startLocalSharePoint } from './server';

function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

async function start(args: readonly string[]): Promise<void> {
  const port = Number(option(args, 'port') ?? process.env.LOCAL_SHAREPOINT_PORT ?? DEFAULT_PORT);
  const server = await startLocalSharePoint({ port, dataDir: option(args, 'data'), host: option(args, 'host'), allowRemote: args.includes('--allow-remote') });
  console.log(`Lokal SharePoint körs / Local SharePoint running: ${server.siteUrl}`);
  const stop = (): void => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1)
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function reset(args: readonly string[]): void {
  const file = databaseFile(option(args, 'data') ?? '.local-data');
  let removed = 0;
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    if (existsSync(path)) {
      rmSync(path);
      removed++;
    }
  }
  console.log(removed > 0 ? `Lokal data borttagen / Local data removed: ${file}` : `Ingen lokal data / No local data: ${file}`);
}

const [command, ...rest] = process.argv.slice(2);
switch (command) {
  case 'start':
    start(rest).catch((error: unknown) => {
      console.error('Kunde inte starta / Could not start:', error instanceof Error ? error.message : error);
      process.exit(1);
    });
    break;
  case 'reset':
    reset(rest);
    break;
  default:
    console.log('Användning / Usage: npm run local -- start [--port 4322] [--data .local-data] [--host 127.0.0.1 [--allow-remote]] | reset [--data .local-data]');
    process.exit(command === undefined ? 0 : 1);
}
