/**
 * The report shapes and "Exportera till Word" in a real browser (Debian's Chromium through
 * playwright-core) against `npm start`'s local product: the samordnare (the workbench's default
 * user) creates a shape in the visual editor, sees the preview on a real plan, saves it, and
 * exports a plan with it — the download captured, unzipped and read. axe-core (WCAG 2.1 A/AA,
 * colour contrast included) finds no violation of any impact in the editor or the dialog.
 * Expected texts come from seed 000 (Arbets- och företagsnämnden 2022).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';

import { newPage, SCREENSHOTS as screenshots, startBrowserProduct, wcagViolations, type BrowserProduct } from './support/browserProduct';

const AFN = 'Arbets- och företagsnämnden';

let product: BrowserProduct;

beforeAll(async () => {
  product = await startBrowserProduct({ seed: true, dataDirPrefix: 'ik-rapportformer-' });
}, 120000);

afterAll(async () => {
  if (product) {
    await product.close();
  }
});

/** Chooses an option of a Fluent Dropdown named by its label. */
async function choose(page: Page, label: RegExp, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('report shapes in Chromium', () => {
  it('a samordnare creates a shape visually, sees the preview, saves it and exports a plan with it', async () => {
    const { page, errors } = await newPage(product, { viewport: { width: 1280, height: 1000 }, acceptDownloads: true, consoleErrors: false });
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
    expect(await wcagViolations(page)).toEqual([]);
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
    expect(await wcagViolations(page, { within: '[role="dialog"]' })).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'exportera-till-word.png') });

    const downloaded = page.waitForEvent('download', { timeout: 60000 });
    await dialog.getByRole('button', { name: 'Ladda ned bilagan' }).click();
    // The dialog says how it went: downloaded, or why not.
    await dialog.getByText(/är nedladdad|Kunde inte exportera/).waitFor({ timeout: 60000 });
    expect(await dialog.getByText(/Kunde inte exportera/).count()).toBe(0);
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe('Arbets- och företagsnämnden 2022 Tertial 2 – Ansvar per kontrollmoment.docx');
    const file = join(product.dataDir!, 'bilaga.docx');
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
    await page.context().close();
  }, 240000);
});
