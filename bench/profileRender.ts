/**
 * `npx tsx bench/profileRender.ts [size]`: where the plan view's render time goes. Opens the plan of
 * `size` kontrollmoment (default 2 000) on the local workbench in headless Chromium with the
 * CPU profiler on (Chrome DevTools Protocol `Profiler`), from the last `$batch` response to the first paint
 * with heat map and risk card, and prints the functions with the most self time and the most
 * total time. The page gets an unminified build of the workbench so the names are readable.
 * Figures only; nothing is asserted.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';

import { localSpfi } from '../local/provision';
import { seedDemoData } from '../local/seedDemo';
import { startLocalSharePoint } from '../local/server';
import { startWorkbench } from '../local/workbench/server';
import { generatePlan, insertPlanInBulk } from './fixtures';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Functions listed per table. */
const TOP = 25;

/** A node of a CDP CPU profile. */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
  hitCount?: number;
}

/** The readable name of a call frame. */
function frameName(frame: ProfileNode['callFrame']): string {
  const file = frame.url.split('/').pop() || frame.url;
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
}

/** Self and total milliseconds per function of a profile. */
function summarise(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): { self: Map<string, number>; total: Map<string, number>; ms: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) {
    for (const c of n.children || []) {
      parent.set(c, n.id);
    }
  }
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let ms = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] || 0) / 1000;
    ms += dt;
    const node = byId.get(id)!;
    const name = frameName(node.callFrame);
    self.set(name, (self.get(name) || 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = frameName(byId.get(at)!.callFrame);
      if (!seen.has(n)) {
        seen.add(n);
        total.set(n, (total.get(n) || 0) + dt);
      }
    }
  });
  return { self, total, ms };
}

/** Prints the largest entries of a map. */
function printTop(title: string, values: Map<string, number>): void {
  console.log(`\n${title}`);
  for (const [name, ms] of Array.from(values.entries()).sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`${ms.toFixed(1).padStart(9)} ms  ${name}`);
  }
}

/** Seeds the plan, profiles one load, prints the tables. */
async function main(size: number): Promise<void> {
  const sharePoint = await startLocalSharePoint({ port: 0, inMemory: true, logger: () => undefined });
  let browser: Browser | undefined;
  let workbench: Awaited<ReturnType<typeof startWorkbench>> | undefined;
  try {
    const sp = localSpfi(sharePoint.core, 'samordnare', sharePoint.siteUrl);
    await seedDemoData(sp);
    const planId = await insertPlanInBulk(sharePoint.core, sp, generatePlan(`profile${size}`, size));
    workbench = await startWorkbench({ sharePointOrigin: sharePoint.url, port: 0 });
    const readable = await build({
      entryPoints: [resolve(__dirname, '..', 'src/workbench/main.tsx')],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: ['es2019'],
      minify: false,
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent'
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const url = `${workbench.url}#plan=${planId}`;
    for (const round of ['warm-up', 'profiled']) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
      await context.route('**/app.js', (route) => route.fulfill({ status: 200, contentType: 'application/javascript', body: readable.outputFiles[0].text }));
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      // Profile from the last SharePoint batch's response on: what the bench calls render.
      let profiling = Promise.resolve();
      page.on('response', (response) => {
        if (response.url().indexOf('$batch') >= 0) {
          profiling = profiling.then(async () => {
            await cdp.send('Profiler.stop').catch(() => undefined);
            await cdp.send('Profiler.start');
          });
        }
      });
      await page.goto(url);
      await page.waitForSelector('[role="grid"]', { timeout: 60000 });
      await page.waitForSelector('article[aria-posinset]', { timeout: 60000 });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
      await profiling;
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
      if (round === 'profiled') {
        const { self, total, ms } = summarise(profile);
        console.log(`Profil av planvyn / plan view profile, ${size} kontrollmoment: ${ms.toFixed(0)} ms sampled`);
        printTop('Self time', self);
        printTop('Total time', total);
        // React's production build is minified: the project's own functions have real names.
        printTop('Total time, named functions', new Map(Array.from(total.entries()).filter(([name]) => /^[A-Z][\w$.]{3,} /.test(name))));
      }
      await context.close();
    }
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

main(Number(process.argv[2]) || 2000).catch((error: unknown) => {
  console.error('Profilering misslyckades / profiling failed:', error);
  process.exit(1);
});
