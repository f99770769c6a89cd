/**
 * Report figures for `npm run bench`: time to build the report model and to render the .docx
 * (fragment, as the Word add-in inserts it, and bilaga), bytes of the .docx and of its
 * WordprocessingML body, and the heap taken: each built-in shape on its own seed plan (seed
 * 000's is the largest) and on a plan of 2 000 kontrollmoment. In process, no HTTP: the data is already loaded.
 */
import { performance } from 'node:perf_hooks';
import JSZip from 'jszip';
import { createDemoPlans } from '../local/demo';
import type { PlanData } from '../src/model/types';
import { BUILT_IN_SHAPES, buildReport, renderReportDocx, ReportShape } from '../src/reports';
import { generatePlan } from './fixtures';

/** The seed plan each built-in shape comes from. */
const SEED_SHAPES: ReadonlyArray<[string, string]> = [
  ['seed000-afn-2022', 'status-per-tertial'],
  ['seed002-amn-2024', 'granskningssammanfattning'],
  ['seed003-naf-2024', 'periodens-riskanalys'],
  ['seed004-sn-2022', 'atgarder-och-kontroller']
];

/** Median of numbers. */
function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** One measured row. */
interface ReportBenchRow {
  plan: string;
  kontrollmoment: number;
  shape: string;
  dataRows: number;
  buildMs: number;
  fragmentMs: number;
  bilagaMs: number;
  docxBytes: number;
  bodyBytes: number;
  heapMb: number;
  runs: number;
}

/** Times `run` `runs` times after one warm-up; returns the median in ms. */
async function time<T>(runs: number, run: () => T | Promise<T>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Measures one plan in one shape. */
async function measure(name: string, data: PlanData, periodKey: string, shape: ReportShape, runs: number, gc: () => void): Promise<ReportBenchRow> {
  const options = { datum: '2025-09-10' };
  const buildMs = await time(runs, () => buildReport(data, periodKey, shape, options));
  const report = buildReport(data, periodKey, shape, options);
  gc();
  const before = process.memoryUsage().heapUsed;
  const fragment = await renderReportDocx(report, { layout: 'fragment', includeSummary: true });
  const heapMb = (process.memoryUsage().heapUsed - before) / (1024 * 1024);
  const fragmentMs = await time(runs, () => renderReportDocx(report, { layout: 'fragment', includeSummary: true }));
  const bilagaMs = await time(runs, () => renderReportDocx(report, { layout: 'bilaga' }));
  const body = await (await JSZip.loadAsync(fragment)).file('word/document.xml')?.async('uint8array');
  return {
    plan: name,
    kontrollmoment: data.kontrollmoment.length,
    shape: shape.id,
    dataRows: report.tables.reduce((sum, table) => sum + table.dataRowCount, 0),
    buildMs,
    fragmentMs,
    bilagaMs,
    docxBytes: fragment.length,
    bodyBytes: body?.length ?? 0,
    heapMb: Math.max(heapMb, 0),
    runs
  };
}

/** Pads a table cell. */
function cell(value: string | number, width: number, right: boolean = true): string {
  const text = String(value);
  return right ? text.padStart(width) : text.padEnd(width);
}

/** Runs the report bench and prints its table. */
export async function printReportBench(gc: () => void): Promise<void> {
  const demos = createDemoPlans();
  const big = generatePlan('bench-rapport', 2000);
  const rows: ReportBenchRow[] = [];
  // Each shape on the seed plan it comes from (seed 000's, with 24 kontrollmoment, is the largest).
  for (const [demoId, shapeId] of SEED_SHAPES) {
    const demo = demos.filter((plan) => plan.id === demoId)[0];
    const shape = BUILT_IN_SHAPES.filter((item) => item.id === shapeId)[0];
    rows.push(await measure(demoId, demo.data, demo.reportPeriodKey, shape, 9, gc));
  }
  for (const shape of BUILT_IN_SHAPES) {
    rows.push(await measure('2 000 km', big, 'T1', shape, 2, gc));
  }
  console.log('');
  console.log('Rapporter / reports — buildReport and renderReportDocx in process (fragment with summary; bilaga with title block)');
  console.log(
    `${cell('plan', 16, false)} ${cell('km', 5)} ${cell('shape', 26, false)} ${cell('data rows', 9)} ${cell('build ms', 9)} ${cell('fragment ms', 11)} ${cell('bilaga ms', 9)} ${cell('.docx bytes', 11)} ${cell('document.xml', 12)} ${cell('heap Δ MB', 9)} ${cell('runs', 4)}`
  );
  for (const row of rows) {
    console.log(
      `${cell(row.plan, 16, false)} ${cell(row.kontrollmoment, 5)} ${cell(row.shape, 26, false)} ${cell(row.dataRows, 9)} ${cell(row.buildMs.toFixed(1), 9)} ${cell(row.fragmentMs.toFixed(1), 11)} ${cell(row.bilagaMs.toFixed(1), 9)} ${cell(row.docxBytes, 11)} ${cell(row.bodyBytes, 12)} ${cell(row.heapMb.toFixed(1), 9)} ${cell(row.runs, 4)}`
    );
  }
  console.log('(document.xml: the WordprocessingML of the fragment, what the Word add-in inserts as flat OOXML; context.sync calls per insert and per refresh are counted by the Word add-in.)');
}
