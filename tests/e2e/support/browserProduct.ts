/**
 * What the browser tests share: Debian's Chromium through playwright-core, the local SharePoint
 * and workbench as `npm start` runs them (free ports; in memory, so a test may insert bulk
 * fixtures through the core, or in a temporary data folder as `npm start` keeps them), pages per
 * demo user, REST reads as the samordnare, and axe-core.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

import type { LocalSharePointCore } from '../../../local';
import { localSpfi } from '../../../local/provision';
import { startLocalProduct } from '../../../local/workbench/startLocalProduct';
import type { SPFI } from '@pnp/sp';

export const CHROMIUM = '/usr/bin/chromium';
/** Where the browser tests put their screenshots; it exists once a product has started. */
export const SCREENSHOTS = join(resolve(__dirname, '..', '..', '..'), 'temp', 'screenshots');
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** How a test file wants the product. */
export interface BrowserProductOptions {
  /** Seeds the demo plans as `npm start` does; without, the site is empty: no lists at all. */
  readonly seed: boolean;
  /**
   * Keeps the site in a SQLite file, as `npm start` does, in a fresh temporary folder whose name
   * starts with this (`dataDir`, removed on close). Default: in memory.
   */
  readonly dataDirPrefix?: string;
}

/** The running product and a browser for one test file. */
export interface BrowserProduct {
  browser: Browser;
  workbenchUrl: string;
  /** The Word add-in's local page. */
  wordUrl: string;
  siteUrl: string;
  core: LocalSharePointCore;
  /** PnPjs as the samordnare, in process (fixtures). */
  sp: SPFI;
  /** The temporary data folder, with `dataDirPrefix`; the test may keep its own files there. */
  dataDir: string | undefined;
  close(): Promise<void>;
}

/**
 * Starts the local product (`startLocalProduct`, the local SharePoint with or without the demo
 * plans and the workbench in front of it) on free ports, and Chromium.
 */
export async function startBrowserProduct(options: BrowserProductOptions): Promise<BrowserProduct> {
  if (!existsSync(CHROMIUM)) {
    // Never skipped: npm test installs Debian's chromium before jest runs.
    throw new Error(`${CHROMIUM} saknas: installera Debians chromium (apt-get install chromium) / Chromium is missing.`);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  const dataDir = options.dataDirPrefix === undefined ? undefined : mkdtempSync(join(tmpdir(), options.dataDirPrefix));
  const removeDataDir = (): void => {
    if (dataDir !== undefined) {
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
  try {
    const product = await startLocalProduct({
      port: 0,
      sharePointPort: 0,
      demoPlans: options.seed,
      // In memory (fixtures through the core) the server's own error log stays quiet.
      ...(dataDir === undefined ? { inMemory: true, logger: () => undefined } : { dataDir })
    });
    try {
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      return {
        browser,
        workbenchUrl: product.workbenchUrl,
        wordUrl: product.wordUrl,
        siteUrl: product.siteUrl,
        core: product.core,
        sp: localSpfi(product.core, 'samordnare', product.siteUrl),
        dataDir,
        close: async () => {
          await browser.close();
          await product.close();
          removeDataDir();
        }
      };
    } catch (error) {
      await product.close();
      throw error;
    }
  } catch (error) {
    removeDataDir();
    throw error;
  }
}

/** How a test's page is opened. */
export interface PageOptions {
  /** The demo user (the workbench's `local-user` cookie); default none: the workbench's default user. */
  readonly login?: string;
  /** Default 1280 × 900. */
  readonly viewport?: { width: number; height: number };
  /** Passed to the browser context as it is (downloads the test captures). */
  readonly acceptDownloads?: boolean;
  /** Collect the console's errors beside the page errors; default true. */
  readonly consoleErrors?: boolean;
}

/** A fresh page (own cookies, Swedish locale), not yet navigated; page errors (and console errors) are collected. */
export async function newPage(product: BrowserProduct, options: PageOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await product.browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: 'sv-SE',
    ...(options.acceptDownloads === undefined ? {} : { acceptDownloads: options.acceptDownloads })
  });
  if (options.login !== undefined) {
    await context.addCookies([{ name: 'local-user', value: options.login, url: product.workbenchUrl }]);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (options.consoleErrors !== false) {
    page.on('console', (message) => {
      if (message.type() === 'error') {
        errors.push(message.text());
      }
    });
  }
  return { page, errors };
}

/** A fresh page (own cookies) as a demo user on the workbench; page errors and console errors are collected. */
export async function openPage(product: BrowserProduct, login: string, hash: string = ''): Promise<{ page: Page; errors: string[] }> {
  const opened = await newPage(product, { login });
  await opened.page.goto(product.workbenchUrl + hash);
  return opened;
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

/** One violation as axe-core reports it, its first five nodes. */
interface AxeFinding {
  id: string;
  impact: string | null | undefined;
  help: string;
  nodes: Array<{ target: string; summary: string | undefined }>;
}

/** Runs axe-core in the page on `within` (every match; default the whole document), with only the rules of `tags` when given. */
async function runAxe(page: Page, within: string | undefined, tags: string[] | undefined): Promise<AxeFinding[]> {
  await injectAxe(page);
  return page.evaluate(
    async ({ include, values }) => {
      const runner = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const options = values === undefined ? { resultTypes: ['violations'] as Array<'violations'> } : { runOnly: { type: 'tag' as const, values } };
      const result = await runner.run(include === undefined ? document : { include: [include] }, options);
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(' '), summary: n.failureSummary }))
      }));
    },
    { include: within, values: tags }
  );
}

/**
 * axe-core in the page with every rule it has (WCAG 2.0/2.1 A and AA, colour contrast, best
 * practices): no `runOnly`. Returns every violation, of any impact, one line each.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const found = await runAxe(page, undefined, undefined);
  return found.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${n.target}${n.summary ? ` [${n.summary.replace(/\s+/g, ' ')}]` : ''}`).join(', ')}`);
}

/** The WCAG 2.0 and 2.1 A and AA rules of axe-core (colour contrast among them). */
const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe-core's WCAG 2.1 A/AA rules (colour contrast included) on the page, or on what `within`
 * selects; every violation, or with `seriousOnly` the serious and critical ones. One line each.
 */
export async function wcagViolations(page: Page, options: { within?: string; seriousOnly?: boolean } = {}): Promise<string[]> {
  const found = await runAxe(page, options.within, WCAG_AA_TAGS);
  return found
    .filter((v) => options.seriousOnly !== true || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target).join(', ')}`);
}
