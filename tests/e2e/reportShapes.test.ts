/**
 * The report shapes and "Exportera till Word" in a real browser (Debian's Chromium through
 * playwright-core) against `npm start`'s local product: the samordnare (the workbench's default
 * user) creates a shape in the visual editor, sees the preview on a real plan, saves it, and
 * exports a plan with it — the download captured, unzipped and read. axe-core (WCAG 2.1 A/AA,
 * colour contrast included) finds no violation of any impact in the editor or the dialog.
 * Expected texts come from seed 000 (Arbets- och företagsnämnden 2022).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { chromium, type Browser, type Page } from 'playwright-core';

import { startLocalProduct, type LocalProduct } from '../../local/workbench/startLocalProduct';
import { injectAxe } from './support/browserProduct';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const root = resolve(__dirname, '..', '..');
const screenshots = join(root, 'temp', 'screenshots');
const AFN = 'Arbets- och företagsnämnden';

let product: LocalProduct;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    // Never skipped: npm test installs Debian's chromium before jest runs.
    throw new Error(`${CHROMIUM} saknas: installera Debians chromium (apt-get install chromium) / Chromium is missing.`);
  }
  mkdirSync(screenshots, { recursive: true });
  dataDir = mkdtempSync(join(tmpdir(), 'ik-rapportformer-'));
  product = await startLocalProduct({ port: 0, sharePointPort: 0, dataDir });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}, 120000);

afterAll(async () => {
  if (browser) {
    await browser.close();
  }
  if (product) {
    await product.close();
  }
  if (dataDir) {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

/** axe-core on `selector` (the whole page by default), WCAG 2.1 A/AA with colour contrast: every violation, whatever its impact. */
async function violations(page: Page, selector?: string): Promise<string[]> {
  await injectAxe(page);
  const found = await page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(include ? { include: [include] } : document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')}`);
  }, selector);
  return found;
}

/** Chooses an option of a Fluent Dropdown named by its label. */
async function choose(page: Page, label: RegExp, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('report shapes in Chromium', () => {
  it('a samordnare creates a shape visually, sees the preview, saves it and exports a plan with it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'sv-SE', acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(product.workbenchUrl);

    await page.getByRole('button', { name: 'Rapportformer' }).click();
    await page.getByRole('heading', { name: 'Rapportformer', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Ny rapportform' }).click();
    await page.getByRole('heading', { name: 'Rapportform: Ny rapportform' }).waitFor();
    await page.getByRole('textbox', { name: /^Namn/ }).fill('Ansvar per kontrollmoment');
    await page.getByRole('textbox', { name: /^Id/ }).fill('ansvar-per-kontrollmoment');
    await page.getByRole('button', { name: 'Lägg till kolumn' }).click();
    const third = page.getByRole('group', { name: /^Kolumn 3:/ });
    await third.getByRole('combobox', { name: /^Fält/ }).click();
    await page.getByRole('option', { name: 'Ansvarig för kontrollmomentet', exact: true }).click();
    await third.getByRole('textbox', { name: /^Rubrik/ }).fill('Ansvarig');
    // Move it first with the keyboard: focus its "up" button and press Enter twice.
    await third.getByRole('button', { name: 'Flytta kolumn 3 upp' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: /^Kolumn 2: Ansvarig/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: /^Kolumn 1: Ansvarig/ }).waitFor();
    await choose(page, /^Gruppering/, 'Efter riskvärde');
    await page.getByRole('textbox', { name: /^Grupprubrik/ }).fill('Skattning {varde}: {sannolikhet}, {konsekvens}');

    await choose(page, /^Plan\s/, `${AFN} 2022`);
    await choose(page, /^Period\s/, 'Tertial 2');
    const preview = page.getByTestId('ik-forhandsvisning');
    await preview.getByRole('columnheader', { name: 'Ansvarig' }).waitFor();
    const headings = await preview.getByRole('table').first().getByRole('columnheader').allInnerTexts();
    expect(headings.map((h) => h.trim())).toEqual(['Ansvarig', 'Kontrollmoment', 'Status T2 2022']);
    await preview.getByText('Kontroll av omfattning och progress i insatser').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'rapportformer-formgivare.png'), fullPage: true });

    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Rapportformen ”Ansvar per kontrollmoment” är sparad.').waitFor();

    await page.getByRole('button', { name: 'Alla planer' }).click();
    await page.getByRole('button', { name: `Öppna internkontrollplanen för ${AFN} 2022` }).click();
    await page.getByRole('heading', { name: `Internkontrollplan 2022: ${AFN}` }).waitFor();
    await page.getByRole('button', { name: 'Exportera till Word' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: /^Rapportform/ }).waitFor();
    await choose(page, /^Period\s/, 'Tertial 2');
    await choose(page, /^Rapportform/, 'Ansvar per kontrollmoment');
    expect(await violations(page, '[role="dialog"]')).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'exportera-till-word.png') });

    const downloaded = page.waitForEvent('download', { timeout: 60000 });
    await dialog.getByRole('button', { name: 'Ladda ned bilagan' }).click();
    // The dialog says how it went: downloaded, or why not.
    await dialog.getByText(/är nedladdad|Kunde inte exportera/).waitFor({ timeout: 60000 });
    expect(await dialog.getByText(/Kunde inte exportera/).count()).toBe(0);
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe('Arbets- och företagsnämnden 2022 Tertial 2 – Ansvar per kontrollmoment.docx');
    const file = join(dataDir, 'bilaga.docx');
    await download.saveAs(file);
    const xml = await (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')!.async('string');
    const text = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    expect(text).toContain('Bilaga 1');
    expect(text).toContain('Nämnd: Arbets- och företagsnämnden');
    expect(text).toContain('Diarienummer: AFN 2021/232');
    expect(text).toContain('Ansvarig');
    expect(text).toContain('Skattning 16: sannolik risk, allvarliga konsekvenser');
    expect(text).toContain('Kontroll av omfattning och progress i insatser');
    expect(xml).toContain('<w:tblHeader/>');
    await dialog.getByText(/är nedladdad/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, 240000);
});
