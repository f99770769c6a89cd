/**
 * The bench's server process: a local SharePoint over HTTP on 127.0.0.1 (in memory, free
 * port) with the schema and the bench plans inserted. Runs apart from the measuring process so
 * the client's heap figures hold only the client. Prints one JSON line on stdout when ready,
 * then serves until stdin closes or it is told to stop.
 */
import { spfi, SPBrowser } from '@pnp/sp';
import { LocalSharePoint } from '../local';
import { startLocalSharePoint } from '../local/server';
import { createInternkontrollService } from '../src/data/PnpInternkontrollService';
import { generatePlan, insertPlanInBulk, rowCount } from './fixtures';

/** What the server tells the bench when it is ready. */
export interface BenchServerInfo {
  /** Site URL over HTTP. */
  siteUrl: string;
  /** Plan ids and row counts by size. */
  plans: Array<{ kontrollmoment: number; planId: number; rows: number; insertMs: number }>;
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const server = await startLocalSharePoint({ port: 0, inMemory: true, logger: () => undefined });
  const sp = spfi(server.siteUrl).using(SPBrowser({ baseUrl: server.siteUrl }), LocalSharePoint(server.core, { user: 'samordnare', retries: 1 }));
  await createInternkontrollService(sp).ensureLists();
  const plans: BenchServerInfo['plans'] = [];
  for (const size of sizes) {
    const data = generatePlan(`b${size}`, size);
    const started = Date.now();
    const planId = await insertPlanInBulk(server.core, sp, data);
    plans.push({ kontrollmoment: size, planId, rows: rowCount(data), insertMs: Date.now() - started });
  }
  const info: BenchServerInfo = { siteUrl: server.siteUrl, plans };
  process.stdout.write(JSON.stringify(info) + '\n');
  const stop = (): void => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1)
    );
  };
  process.stdin.on('end', stop);
  process.stdin.on('close', stop);
  process.stdin.resume();
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench server failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
