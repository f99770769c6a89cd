/**
 * `npm run screenshots`: the README's pictures, taken in headless Chromium (Debian's, through
 * playwright-core) from the local workbench on the demo plans, as `npm start` seeds them, in
 * an in-memory local SharePoint on free ports. Writes docs/images/planvy-riskmatris.png (the
 * AFN 2022 plan view with its heat map) and docs/images/planeditor.png (the plan editor open
 * over it). Stops everything it started.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

import { localSpfi } from '../local/provision';
import { seedDemoData } from '../local/seedDemo';
import { startLocalSharePoint } from '../local/server';
import { startWorkbench } from '../local/workbench/server';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const AFN = 'Arbets- och företagsnämnden';
const images = join(resolve(__dirname, '..'), 'docs', 'images');

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} saknas: installera Debians chromium (apt-get install chromium) / Chromium is missing.`);
  }
  mkdirSync(images, { recursive: true });
  const sharePoint = await startLocalSharePoint({ port: 0, inMemory: true, logger: () => undefined });
  const workbench = await (async () => {
    await seedDemoData(localSpfi(sharePoint.core, 'samordnare', sharePoint.siteUrl));
    return startWorkbench({ sharePointOrigin: sharePoint.url, port: 0 });
  })().catch(async (error: unknown) => {
    await sharePoint.close();
    throw error;
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'sv-SE', deviceScaleFactor: 1 });
    await context.addCookies([{ name: 'local-user', value: 'samordnare', url: workbench.url }]);
    const page = await context.newPage();
    await page.goto(workbench.url);
    await page.getByRole('button', { name: `Öppna internkontrollplanen för ${AFN} 2022` }).click();
    await page.getByRole('heading', { name: `Internkontrollplan 2022: ${AFN}` }).waitFor();
    await page.getByRole('grid').waitFor();
    await page.locator('article').first().waitFor();
    // Fluent's focus styles and the caret stay out of the picture.
    await page.mouse.move(0, 0);
    const viewFile = join(images, 'planvy-riskmatris.png');
    await page.screenshot({ path: viewFile });
    console.log(`Skrev / wrote ${viewFile}`);

    await page.getByRole('button', { name: 'Redigera planen', exact: true }).click();
    await page.getByRole('dialog').getByRole('heading', { name: 'Redigera planen' }).waitFor();
    await page.getByRole('dialog').getByLabel('Nämnd').waitFor();
    // The panel slides in: wait for it to stand still.
    await page.waitForTimeout(600);
    const editorFile = join(images, 'planeditor.png');
    await page.screenshot({ path: editorFile });
    console.log(`Skrev / wrote ${editorFile}`);
  } finally {
    await browser.close();
    await workbench.close();
    await sharePoint.close();
  }
}

main().catch((error: unknown) => {
  console.error('Skärmbilderna misslyckades / screenshots failed:', error);
  process.exit(1);
});
