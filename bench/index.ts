/**
 * `npm run bench`: loading a plan view (batched loader vs one request per parent) at 10 and
 * 2 000 kontrollmoment, and the local SharePoint's throughput for item reads and writes, all
 * over real HTTP on 127.0.0.1. The server runs in a child process (bench/server.ts), so the
 * heap figures are the client's alone. Then the reports (bench/reports.ts): building the model
 * and the .docx. Bounded in count and time; stops by itself.
 */
import { spawn, ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import type { TimelinePipe } from '@pnp/core';
import { BrowserFetch, InjectHeaders, IQueryableInternal, Queryable, QueryableSendObserver } from '@pnp/queryable';
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { createInternkontrollService } from '../src/data/PnpInternkontrollService';
import type { PlanView } from '../src/data/InternkontrollService';
import { loadPlanViewNaively } from './naiveLoader';
import { printReportBench } from './reports';
import type { BenchServerInfo } from './server';
import { runWordBench } from './word';
import { measureBundle, printBundleSizes } from './bundleSizes';
import { measureRender, printRender } from './renderBench';

/** Plan sizes, in kontrollmoment. */
const SIZES = [10, 2000];
/** Measured runs per loader and size (after one warm-up run). */
const RUNS: Record<string, Record<number, number>> = { batched: { 10: 15, 2000: 7 }, naive: { 10: 9, 2000: 3 } };
/** Concurrent clients of the throughput test. */
const CLIENTS = 8;
/** Bounds of the throughput test. */
const READ_LIMIT = { requests: 6000, ms: 5000 };
const WRITE_LIMIT = { requests: 3000, ms: 5000 };
/** The whole bench stops after this, whatever happens. */
const HARD_LIMIT_MS = 150000;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Counts the requests handed to the transport (each is one HTTP round trip). */
function countRequests(counter: { requests: number }): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    const inner = instance.on.send.toArray()[0] as QueryableSendObserver;
    instance.on.send.replace(function (this: IQueryableInternal, url: URL, init: RequestInit): Promise<Response> {
      counter.requests++;
      return inner.call(this, url, init);
    });
    return instance;
  };
}

/** Starts the server process and waits for its ready line. */
function startServer(): Promise<{ child: ChildProcess; info: BenchServerInfo }> {
  const child = spawn(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', '--import', 'tsx', 'bench/server.ts', ...SIZES.map(String)],
    { cwd: process.cwd(), stdio: ['pipe', 'pipe', 'inherit'] }
  );
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      try {
        resolve({ child, info: JSON.parse(line) as BenchServerInfo });
      } catch (error) {
        reject(error);
      }
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}

/** Median of numbers. */
function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** One measured row of the load table. */
interface LoadResult {
  loader: string;
  kontrollmoment: number;
  rows: number;
  firstRoundTrips: number;
  roundTrips: number;
  medianMs: number;
  runs: number;
  peakHeapDeltaMb: number;
  check: string;
}

/** Measures a loader: one warm-up, then `runs` timed runs with heap sampling. */
async function measureLoad(
  loader: string,
  info: BenchServerInfo['plans'][number],
  counter: { requests: number },
  load: () => Promise<PlanView>,
  runs: number
): Promise<LoadResult> {
  counter.requests = 0;
  const first = await load();
  const firstRoundTrips = counter.requests;
  const times: number[] = [];
  const peaks: number[] = [];
  let roundTrips = 0;
  for (let run = 0; run < runs; run++) {
    gc();
    const base = process.memoryUsage().heapUsed;
    let peak = base;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 1);
    counter.requests = 0;
    const started = performance.now();
    const view = await load();
    times.push(performance.now() - started);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    clearInterval(sampler);
    roundTrips = counter.requests;
    peaks.push(peak - base);
    if (view.kontrollmoment.length !== first.kontrollmoment.length) {
      throw new Error('loads differ between runs');
    }
  }
  const loaded = first.kontrollmoment.length + first.risker.length + first.atgarder.length + first.uppfoljningar.length + first.avvikelser.length + first.plan.omraden.length + 1;
  return {
    loader,
    kontrollmoment: info.kontrollmoment,
    rows: info.rows,
    firstRoundTrips,
    roundTrips,
    medianMs: median(times),
    runs,
    peakHeapDeltaMb: Math.max(...peaks) / (1024 * 1024),
    check: loaded === info.rows ? 'ok' : `${loaded} of ${info.rows} rows`
  };
}

/** Throughput of one operation with CLIENTS concurrent clients, bounded in count and time. */
async function throughput(
  name: string,
  limit: { requests: number; ms: number },
  request: (n: number) => Promise<Response>
): Promise<{ name: string; requests: number; errors: number; seconds: number; perSecond: number }> {
  let issued = 0;
  let errors = 0;
  let done = 0;
  const started = performance.now();
  const client = async (): Promise<void> => {
    while (issued < limit.requests && performance.now() - started < limit.ms) {
      const n = issued++;
      const response = await request(n);
      await response.arrayBuffer();
      if (!response.ok) {
        errors++;
      }
      done++;
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  const seconds = (performance.now() - started) / 1000;
  return { name, requests: done, errors, seconds, perSecond: done / seconds };
}

/** Pads a table cell. */
function cell(value: string | number, width: number, right: boolean = true): string {
  const text = String(value);
  return right ? text.padStart(width) : text.padEnd(width);
}

async function main(): Promise<void> {
  const benchStarted = performance.now();
  const { child, info } = await startServer();
  const stopServer = (): void => {
    child.stdin?.end();
  };
  const guard = setTimeout(() => {
    console.error(`Bench stoppad efter ${HARD_LIMIT_MS / 1000} s / bench stopped after ${HARD_LIMIT_MS / 1000} s`);
    child.kill();
    process.exit(1);
  }, HARD_LIMIT_MS);
  guard.unref();

  try {
    const siteUrl = info.siteUrl;
    const counter = { requests: 0 };
    const sp: SPFI = spfi(siteUrl).using(
      SPBrowser({ baseUrl: siteUrl }),
      BrowserFetch(),
      InjectHeaders({ 'X-Local-User': 'samordnare' }),
      countRequests(counter)
    );
    const service = createInternkontrollService(sp);

    const loads: LoadResult[] = [];
    for (const plan of info.plans) {
      loads.push(await measureLoad('batched', plan, counter, () => service.loadPlanView(plan.planId), RUNS.batched[plan.kontrollmoment] ?? 5));
      loads.push(await measureLoad('naive per parent', plan, counter, () => loadPlanViewNaively(sp, plan.planId), RUNS.naive[plan.kontrollmoment] ?? 3));
    }

    // Throughput: plain HTTP requests, as a browser would send them.
    const headers = { Accept: 'application/json', 'X-Local-User': 'samordnare' };
    const digestResponse = await fetch(`${siteUrl}/_api/contextinfo`, { method: 'POST', headers });
    const digest = ((await digestResponse.json()) as { FormDigestValue: string }).FormDigestValue;
    const largest = info.plans[info.plans.length - 1];
    const idsResponse = await fetch(`${siteUrl}/_api/web/lists/getByTitle('IKKontrollmoment')/items?$select=Id&$filter=PlanId eq ${largest.planId}&$top=5000`, { headers });
    const ids = ((await idsResponse.json()) as { value: Array<{ Id: number }> }).value.map((row) => row.Id);
    const reads = await throughput('item read (GET items(id))', READ_LIMIT, (n) =>
      fetch(`${siteUrl}/_api/web/lists/getByTitle('IKKontrollmoment')/items(${ids[(n * 7919) % ids.length]})`, { headers })
    );
    const writes = await throughput('item write (POST items)', WRITE_LIMIT, (n) =>
      fetch(`${siteUrl}/_api/web/lists/getByTitle('IKOmraden')/items`, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json;charset=utf-8', 'X-RequestDigest': digest },
        body: JSON.stringify({ Title: `Område ${n}`, PlanId: largest.planId, Sortering: n + 10, IdempotencyKey: `bench-${n}` })
      })
    );

    console.log('');
    console.log('Laddning av planvy / plan view load — HTTP 127.0.0.1, server in a separate process');
    console.log(
      `${cell('kontrollmoment', 14)} ${cell('rows', 6)}  ${cell('loader', 18, false)} ${cell('round trips', 11)} ${cell('(first load)', 12)} ${cell('median ms', 10)} ${cell('runs', 4)} ${cell('peak heap Δ MB', 14)}  rows read`
    );
    for (const row of loads) {
      console.log(
        `${cell(row.kontrollmoment, 14)} ${cell(row.rows, 6)}  ${cell(row.loader, 18, false)} ${cell(row.roundTrips, 11)} ${cell(row.firstRoundTrips, 12)} ${cell(row.medianMs.toFixed(1), 10)} ${cell(row.runs, 4)} ${cell(row.peakHeapDeltaMb.toFixed(1), 14)}  ${row.check}`
      );
    }
    console.log('(first load: includes the request digest the first $batch needs; later loads reuse it)');
    console.log('');
    console.log(`Lokal SharePoint genomströmning / local SharePoint throughput — HTTP 127.0.0.1, ${CLIENTS} concurrent clients`);
    console.log(`${cell('operation', 28, false)} ${cell('requests', 8)} ${cell('errors', 6)} ${cell('seconds', 7)} ${cell('requests/s', 10)}`);
    for (const row of [reads, writes]) {
      console.log(`${cell(row.name, 28, false)} ${cell(row.requests, 8)} ${cell(row.errors, 6)} ${cell(row.seconds.toFixed(2), 7)} ${cell(row.perSecond.toFixed(0), 10)}`);
    }
    console.log('');
    console.log(
      `Bench plans inserted in bulk: ${info.plans.map((p) => `${p.kontrollmoment} km = ${p.rows} rows in ${p.insertMs} ms`).join('; ')}. ` +
        `Node ${process.version}. Total ${((performance.now() - benchStarted) / 1000).toFixed(1)} s.`
    );
  } finally {
    stopServer();
    clearTimeout(guard);
  }
  // Reports run in process, after the server is gone: their figures are the client's alone.
  await printReportBench(gc);
  // The browser render after the load bench's server has stopped: it starts its own.
  printRender(await measureRender());
  // The bundle: its build runs on its own, after the server has stopped.
  printBundleSizes(measureBundle());
}

main()
  // The Word add-in's figures run after the HTTP bench, in-process, with their own bounds.
  .then(() => runWordBench())
  .catch((error: unknown) => {
    console.error('Bench misslyckades / bench failed:', error);
    process.exit(1);
  });
