/**
 * Render time of the plan view in headless Chromium (Debian's, through playwright-core) against
 * the local workbench: plans of 20 and 2 000 kontrollmoment in the local SharePoint, each opened
 * by its address in a fresh browser context, several runs, medians printed with their ratio.
 *
 * Measured in the page with the Performance API:
 * - "render": from the end of the last SharePoint response before the first meaningful paint
 *   (the plan view's `$batch`) to that paint — mapping the rows, React's render and commit,
 *   style and layout; the paint is taken after the frame in which the heat map's grid and the
 *   first risk card are in the document (requestAnimationFrame, then a task);
 * - "to first paint": from navigation start to the same paint (bundle, sign-in, load, render);
 * - "settled": until the page has had no DOM change for 400 ms (the virtualised list's later
 *   windows included), with the risk cards and elements then in the page.
 * Figures only: nothing here is asserted.
 */
import { loadavg } from 'node:os';
import { chromium, type Browser } from 'playwright-core';

import { localSpfi } from '../local/provision';
import { seedDemoData } from '../local/seedDemo';
import { startLocalSharePoint } from '../local/server';
import { startWorkbench } from '../local/workbench/server';
import { generatePlan, insertPlanInBulk, rowCount } from './fixtures';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Plan sizes in kontrollmoment; the issue compares these two. */
export const RENDER_SIZES = [20, 2000];
/** Measured runs per size, after one warm-up. */
const RUNS = 5;
/** The larger plan may cost at most this many times the smaller (issue 6). */
export const RENDER_RATIO_LIMIT = 3;

/** One run's figures, in milliseconds, from the page. */
interface RunFigures {
  renderMs: number;
  toPaintMs: number;
  settledMs: number;
  articles: number;
  elements: number;
}

/** Medians of one plan size. */
export interface RenderResult {
  kontrollmoment: number;
  risks: number;
  rows: number;
  runs: number;
  renderMs: number;
  toPaintMs: number;
  settledMs: number;
  articles: number;
  elements: number;
}

/** Installed before the page's own scripts: watches for the first meaningful paint and for quiet. */
const PAGE_PROBE = `(() => {
  const probe = { paint: 0, lastChange: 0 };
  window.__ikRender = probe;
  const ready = () => document.querySelector('[role="grid"]') && document.querySelector('article[aria-posinset]');
  const observer = new MutationObserver(() => {
    probe.lastChange = performance.now();
    if (probe.paint === 0 && probe.pending !== true && ready()) {
      probe.pending = true;
      requestAnimationFrame(() => setTimeout(() => { probe.paint = performance.now(); }, 0));
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/** Median of numbers. */
function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Opens the plan once in a fresh context and reads the figures. */
async function runOnce(browser: Browser, url: string): Promise<RunFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
  try {
    await context.addInitScript({ content: PAGE_PROBE });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __ikRender: { paint: number } }).__ikRender.paint > 0, undefined, { timeout: 60000 });
    await page.waitForFunction(
      () => {
        const probe = (window as unknown as { __ikRender: { lastChange: number } }).__ikRender;
        return performance.now() - probe.lastChange > 400;
      },
      undefined,
      { timeout: 60000, polling: 100 }
    );
    return await page.evaluate(() => {
      const probe = (window as unknown as { __ikRender: { paint: number; lastChange: number } }).__ikRender;
      const responses = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => entry.name.indexOf('/_api/') >= 0 && entry.responseEnd <= probe.paint)
        .map((entry) => entry.responseEnd);
      const lastResponse = responses.length > 0 ? Math.max(...responses) : 0;
      return {
        renderMs: probe.paint - lastResponse,
        toPaintMs: probe.paint,
        settledMs: Math.max(probe.paint, probe.lastChange),
        articles: document.querySelectorAll('article').length,
        elements: document.getElementsByTagName('*').length
      };
    });
  } finally {
    await context.close();
  }
}

/** Starts the local SharePoint and the workbench with the bench plans, measures, stops everything. */
export async function measureRender(): Promise<RenderResult[]> {
  const sharePoint = await startLocalSharePoint({ port: 0, inMemory: true, logger: () => undefined });
  let browser: Browser | undefined;
  let workbench: Awaited<ReturnType<typeof startWorkbench>> | undefined;
  try {
    const sp = localSpfi(sharePoint.core, 'samordnare', sharePoint.siteUrl);
    // Lists, roles and settings as `npm start` makes them; the demo plans come along.
    await seedDemoData(sp);
    const plans: Array<{ kontrollmoment: number; planId: number; risks: number; rows: number }> = [];
    for (const size of RENDER_SIZES) {
      const data = generatePlan(`render${size}`, size);
      plans.push({ kontrollmoment: size, planId: await insertPlanInBulk(sharePoint.core, sp, data), risks: data.risker.length, rows: rowCount(data) });
    }
    workbench = await startWorkbench({ sharePointOrigin: sharePoint.url, port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const results: RenderResult[] = [];
    for (const plan of plans) {
      const url = `${workbench.url}#plan=${plan.planId}`;
      await runOnce(browser, url);
      const runs: RunFigures[] = [];
      for (let run = 0; run < RUNS; run++) {
        runs.push(await runOnce(browser, url));
      }
      results.push({
        kontrollmoment: plan.kontrollmoment,
        risks: plan.risks,
        rows: plan.rows,
        runs: RUNS,
        renderMs: median(runs.map((r) => r.renderMs)),
        toPaintMs: median(runs.map((r) => r.toPaintMs)),
        settledMs: median(runs.map((r) => r.settledMs)),
        articles: median(runs.map((r) => r.articles)),
        elements: median(runs.map((r) => r.elements))
      });
    }
    return results;
  } finally {
    if (browser) {
      await browser.close();
    }
    if (workbench) {
      await workbench.close();
    }
    await sharePoint.close();
  }
}

/** Pads a table cell. */
function cell(value: string | number, width: number): string {
  return String(value).padStart(width);
}

/** Prints the table and the ratio of the largest to the smallest plan. */
export function printRender(results: RenderResult[]): void {
  console.log('');
  console.log(`Rendering av planvyn i Chromium / plan view render in headless Chromium — median of ${results[0] ? results[0].runs : 0} runs, workbench bundle, samordnare`);
  console.log(
    `${cell('kontrollmoment', 14)} ${cell('risks', 6)} ${cell('rows', 6)} ${cell('render ms', 10)} ${cell('to paint ms', 12)} ${cell('settled ms', 11)} ${cell('cards in DOM', 13)} ${cell('elements', 9)}`
  );
  for (const row of results) {
    console.log(
      `${cell(row.kontrollmoment, 14)} ${cell(row.risks, 6)} ${cell(row.rows, 6)} ${cell(row.renderMs.toFixed(1), 10)} ${cell(row.toPaintMs.toFixed(1), 12)} ${cell(row.settledMs.toFixed(1), 11)} ${cell(row.articles, 13)} ${cell(row.elements, 9)}`
    );
  }
  if (results.length >= 2) {
    const small = results[0];
    const large = results[results.length - 1];
    const ratio = large.renderMs / small.renderMs;
    console.log(
      `Render ratio ${large.kontrollmoment} / ${small.kontrollmoment} kontrollmoment: ${ratio.toFixed(2)}× (limit ${RENDER_RATIO_LIMIT}×: ${ratio <= RENDER_RATIO_LIMIT ? 'within' : 'OVER'}); ` +
        `to first paint ${(large.toPaintMs / small.toPaintMs).toFixed(2)}×`
    );
  }
  console.log('(render: last SharePoint response before the paint → the paint with heat map and first risk card; settled: no DOM change for 400 ms)');
  console.log(`(machine load average while measuring: ${loadavg().map((n) => n.toFixed(1)).join(' / ')} — figures scale with it, the ratio much less)`);
}

if (require.main === module) {
  measureRender().then(printRender, (error: unknown) => {
    console.error('Renderingsbench misslyckades / render bench failed:', error);
    process.exit(1);
  });
}
