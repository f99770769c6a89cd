/**
 * What the journey, large-plan and accessibility browser tests share: Debian's Chromium through
 * playwright-core, the local SharePoint and workbench as `npm start` runs them (free ports,
 * in memory, so the tests may insert bulk fixtures through the core), pages per demo user,
 * REST reads as the samordnare, and axe-core with every rule it has.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

import type { LocalSharePointCore } from '../../../local';
import { localSpfi } from '../../../local/provision';
import { seedDemoData } from '../../../local/seedDemo';
import { startLocalSharePoint } from '../../../local/server';
import { startWorkbench } from '../../../local/workbench/server';
import type { SPFI } from '@pnp/sp';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The running product and a browser for one test file. */
export interface BrowserProduct {
  browser: Browser;
  workbenchUrl: string;
  siteUrl: string;
  core: LocalSharePointCore;
  /** PnPjs as the samordnare, in process (fixtures). */
  sp: SPFI;
  close(): Promise<void>;
}

/**
 * Starts the local SharePoint (in memory), optionally seeds the demo plans as `npm start` does,
 * the workbench in front of it and Chromium. Without `seed` the site is empty: no lists at all.
 */
export async function startBrowserProduct(options: { seed: boolean }): Promise<BrowserProduct> {
  if (!existsSync(CHROMIUM)) {
    // Never skipped: npm test installs Debian's chromium before jest runs.
    throw new Error(`${CHROMIUM} saknas: installera Debians chromium (apt-get install chromium) / Chromium is missing.`);
  }
  const sharePoint = await startLocalSharePoint({ port: 0, inMemory: true, logger: () => undefined });
  const sp = localSpfi(sharePoint.core, 'samordnare', sharePoint.siteUrl);
  try {
    if (options.seed) {
      await seedDemoData(sp);
    }
    const workbench = await startWorkbench({ sharePointOrigin: sharePoint.url, port: 0 });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    return {
      browser,
      workbenchUrl: workbench.url,
      siteUrl: sharePoint.siteUrl,
      core: sharePoint.core,
      sp,
      close: async () => {
        await browser.close();
        await workbench.close();
        await sharePoint.close();
      }
    };
  } catch (error) {
    await sharePoint.close();
    throw error;
  }
}

/** A fresh page (own cookies) as a demo user; page errors and console errors are collected. */
export async function openPage(product: BrowserProduct, login: string, hash: string = ''): Promise<{ page: Page; errors: string[] }> {
  const context = await product.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
  await context.addCookies([{ name: 'local-user', value: login, url: product.workbenchUrl }]);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(message.text());
    }
  });
  await page.goto(product.workbenchUrl + hash);
  return { page, errors };
}

/** One REST call to the local SharePoint as the samordnare: the test's own reads, not the app's. */
export async function rest(product: BrowserProduct, path: string): Promise<Array<Record<string, unknown>>> {
  const answer = await fetch(`${product.siteUrl}/_api/${path}`, { headers: { Accept: 'application/json;odata=nometadata', 'X-Local-User': 'samordnare' } });
  if (!answer.ok) {
    throw new Error(`GET ${path}: ${answer.status} ${await answer.text()}`);
  }
  const body = (await answer.json()) as { value?: Array<Record<string, unknown>> };
  return body.value ?? [body as Record<string, unknown>];
}

/**
 * Puts axe-core into the page, with CSS transitions stopped: axe reads colours at one instant, so
 * it must see the state the user rests on, not a frame between two (a button fading into focus
 * once read 4.39:1).
 */
export async function injectAxe(page: Page): Promise<void> {
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' });
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
}

/**
 * axe-core in the page with every rule it has (WCAG 2.0/2.1 A and AA, colour contrast, best
 * practices): no `runOnly`. Returns every violation, of any impact, one line each.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(async () => {
    const runner = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await runner.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, ' ')}]` : ''}`).join(', ')}`
    );
  });
}
