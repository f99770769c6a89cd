/**
 * Settings, Att rapportera, history and copy to next year in a real browser (Debian's Chromium
 * through playwright-core) against `npm start`'s workbench and local SharePoint, with the demo
 * plans: bad inputs stopped at their fields with nothing written (read back through REST), a
 * matrix change with its impact preview, overdue duties, a plan's history, a copy, and axe-core
 * with colour contrast on every view and dialog, no violation of any impact. One browser and one
 * product for the file. Screenshots go to temp/screenshots/.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';

import { openPage, SCREENSHOTS as screenshots, startBrowserProduct, wcagViolations, type BrowserProduct } from './support/browserProduct';


let product: BrowserProduct;

beforeAll(async () => {
  product = await startBrowserProduct({ seed: true, dataDirPrefix: 'ik-features-' });
}, 120000);

afterAll(async () => {
  if (product) {
    await product.close();
  }
});

/** A fresh page as a demo user (the workbench's cookie), reporting page errors. */
async function pageAs(login: string, query: string = ''): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(product, login, query);
  await opened.page.getByRole('navigation', { name: 'Internkontroll' }).waitFor();
  return opened;
}

/** A list item's JSON through the local SharePoint's REST API, as the samordnare. */
async function rest(path: string): Promise<Record<string, unknown>[]> {
  const response = await fetch(`${product.siteUrl}/_api/${path}`, { headers: { Accept: 'application/json;odata=nometadata', 'X-Local-User': 'samordnare' } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { value: Record<string, unknown>[] }).value;
}

/** The organisation settings as stored. */
async function storedSettings(): Promise<Record<string, unknown>> {
  const rows = await rest("web/lists/getByTitle('IKInstallningar')/items?$select=Title,Varde");
  return JSON.parse(String(rows.filter((r) => r.Title === 'Organisation')[0].Varde));
}

/** The stored matrix of the plan of a nämnd and year. */
async function planMatrix(namnd: string, ar: number): Promise<{ key: string; grid: string[][] }> {
  const rows = await rest(`web/lists/getByTitle('IKPlaner')/items?$select=Namnd,Ar,RiskMatrix&$filter=Ar eq ${ar}`);
  return JSON.parse(String(rows.filter((r) => r.Namnd === namnd)[0].RiskMatrix));
}

/** Clicks save and waits for the error summary; returns its link texts. */
async function saveExpectingErrors(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Spara inställningarna' }).click();
  const summary = page.getByRole('region', { name: /^Rätta \d+ fel innan du sparar:/ });
  await summary.waitFor();
  return summary.getByRole('link').allInnerTexts();
}

describe('settings in Chromium', () => {
  it('stops bad values at their fields, writing nothing, then saves a matrix change after showing its impact', async () => {
    const { page, errors } = await pageAs('samordnare');
    await page.getByRole('button', { name: 'Inställningar' }).click();
    await page.getByRole('grid', { name: 'Riskmatrisens rutor' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    const before = await storedSettings();

    // 1. A pattern that is not a regular expression.
    await page.getByLabel('Mönster för diarienummer').fill('^SN (\\d{4}');
    await page.getByLabel('Exempel på diarienummer').fill('SN 2024');
    expect(await saveExpectingErrors(page)).toEqual(['Mönstret för diarienummer (^SN (\\d{4}) är inte ett giltigt reguljärt uttryck.']);
    expect(await page.getByLabel('Mönster för diarienummer').getAttribute('aria-invalid')).toBe('true');

    // 2. An example that does not match the pattern (the messages follow the edits live).
    await page.getByLabel('Mönster för diarienummer').fill('^SN \\d{4}/\\d{1,4}$');
    await page.getByLabel('Exempel på diarienummer').fill('SN-2024-118');
    await page.getByText('Exemplet (SN-2024-118) följer inte mönstret för diarienummer (^SN \\d{4}/\\d{1,4}$).').first().waitFor();
    expect(await page.getByLabel('Exempel på diarienummer').getAttribute('aria-invalid')).toBe('true');

    // 3. A pattern without an example.
    await page.getByLabel('Exempel på diarienummer').fill('');
    await page.getByText(/^Exempel på diarienummer måste fyllas i när ett mönster är angivet/).first().waitFor();
    await page.getByLabel('Exempel på diarienummer').fill('SN 2024/118');
    await page.getByText('Exemplet följer mönstret.').waitFor();

    // 4. A matrix with a missing label: a sixth sannolikhet step has none yet.
    await page.getByRole('combobox', { name: /^Steg för sannolikhet/ }).click();
    await page.getByRole('option', { name: '6', exact: true }).click();
    expect(await saveExpectingErrors(page)).toEqual(['Benämning saknas för steg 6 i sannolikhetsskalan.']);
    expect(await page.getByLabel('Sannolikhet, steg 6, benämning på svenska').getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('combobox', { name: /^Steg för sannolikhet/ }).click();
    await page.getByRole('option', { name: '5', exact: true }).click();

    // 5. Low-contrast colours: white text on the Medium yellow, with the ratio shown live.
    const mediumText = page.getByRole('textbox', { name: 'Textfärg för nivån Medium', exact: true });
    await mediumText.fill('#FFFFFF');
    await page.getByText('Kontrast 1,58:1 – för låg, minst 4,5:1 krävs').waitFor();
    expect(await saveExpectingErrors(page)).toEqual([
      'Textfärgen (#FFFFFF) har för låg kontrast (1,58:1) mot färgen (#F2C94C) för nivån ”Medium”; minst 4,5:1 krävs (WCAG AA).'
    ]);
    await mediumText.fill('#000000');
    await page.getByText('Kontrast 13,23:1 – uppfyller WCAG AA').waitFor();

    // 6. A period whose last day does not exist.
    await page.getByRole('textbox', { name: 'Sista dag för Tertial 1' }).fill('04-31');
    expect(await saveExpectingErrors(page)).toEqual(['Sista dag (04-31) är inte en giltig dag (MM-DD) för perioden ”Tertial 1”.']);
    await page.getByRole('textbox', { name: 'Sista dag för Tertial 1' }).fill('04-30');
    expect(await wcagViolations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'installningar-fel.png'), fullPage: false });

    // Nothing of that was written.
    expect(await storedSettings()).toEqual(before);

    // The matrix change: 3 × 3 = 9 becomes Hög; the impact is shown before saving.
    // Fluent draws its own radio over a hidden input: the user clicks the label.
    await page.locator('label').filter({ hasText: /^3\. Hög$/ }).click();
    await page.getByRole('button', { name: /^Sannolikhet 3 \(Möjlig\), konsekvens 3 \(Kännbar\)/ }).click();
    await page.getByRole('button', { name: 'Spara inställningarna' }).click();
    // Fluent's modal root has no box of its own (its surface is fixed-positioned): wait until attached.
    const dialog = page.getByRole('alertdialog', { name: 'Det här ändras i planerna' });
    await dialog.waitFor({ state: 'attached' });
    await dialog.getByText('Risk 10 Bostäder för sociala ändamål slits …: Medium (9) → Hög (9)').waitFor();
    await dialog.getByText('Risk 3 Allvarliga händelser eller kris (Tertial 1): Medium (9) → Hög (9)').waitFor();
    expect(await wcagViolations(page, { within: '[role="alertdialog"]' })).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'installningar-paverkan.png'), fullPage: false });
    await dialog.getByRole('button', { name: 'Spara och ändra planerna' }).click();
    await page.getByText('Inställningarna är sparade. Den ändrade matrisen gäller nu även för 2 planer som följer organisationens matris.').waitFor();

    const after = await storedSettings();
    expect((after.defaultRiskMatrix as { grid: string[][] }).grid[2][2]).toBe('hog');
    expect(after.diarienummerPattern).toBe('^SN \\d{4}/\\d{1,4}$');
    expect((await planMatrix('Nämnden för arbete och försörjning', 2024)).grid[2][2]).toBe('hog');
    // Seed 004's plan has a 4 × 4 of its own: not a follower.
    expect((await planMatrix('Socialnämnden', 2022)).key).toBe('standard-4x4');
    expect(errors).toEqual([]);
  }, 120000);
});

describe('Att rapportera, history and copy in Chromium', () => {
  it('shows the handläggare what is overdue once the delår has ended', async () => {
    const { page, errors } = await pageAs('handlaggare', '?idag=2024-09-10');
    await page.getByRole('button', { name: 'Att rapportera' }).click();
    const table = page.getByRole('table', { name: 'Det du ska rapportera' });
    await table.waitFor();
    // Seed 002: six åtgärder without a delår report, ten days after 31 August.
    expect(await table.getByText('Försenad', { exact: true }).count()).toBe(6);
    expect(await table.getByText('10 dagar efter periodens slut').count()).toBe(6);
    expect(await wcagViolations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'att-rapportera.png'), fullPage: false });
    expect(errors).toEqual([]);
  }, 120000);

  it('shows the samordnare everyone’s duties per person', async () => {
    const { page, errors } = await pageAs('samordnare', '?idag=2024-09-10');
    await page.getByRole('button', { name: 'Att rapportera' }).click();
    await page.locator('label').filter({ hasText: /^Alla, per person$/ }).click();
    await page.getByRole('region', { name: 'Handläggare' }).waitFor();
    await page.getByRole('region', { name: 'Förvaltningsdirektör' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 120000);

  it('shows a plan’s history: the matrix change above, by the samordnare', async () => {
    const { page, errors } = await pageAs('lasare');
    await page.getByRole('button', { name: 'Öppna internkontrollplanen för Nämnden för arbete och försörjning 2024' }).click();
    await page.getByRole('heading', { name: 'Internkontrollplan 2024: Nämnden för arbete och försörjning' }).waitFor();
    await page.getByRole('button', { name: 'Historik' }).click();
    const panel = page.getByRole('dialog', { name: 'Ändringshistorik' });
    const list = panel.getByRole('list', { name: /^Versioner av Planen Nämnden för arbete och försörjning 2024/ });
    await list.waitFor();
    const newest = list.locator(':scope > li').first();
    await newest.getByText('Riskmatris: 5 × 5 (Nacka) → 5 × 5 (Nacka) (1 ruta bytte nivå)').waitFor();
    expect(await newest.getByRole('heading').innerText()).toMatch(/· Samordnare intern kontroll \(version 2\.0\)$/);
    expect(await wcagViolations(page, { within: '.ms-Panel' })).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'historik.png'), fullPage: false });
    // Focus goes back to the button that opened the panel.
    await panel.getByRole('button', { name: 'Stäng' }).click();
    await panel.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement && document.activeElement.textContent)).toBe('Historik');
    expect(errors).toEqual([]);
  }, 120000);

  it('copies a plan to next year: a year out of range is stopped, then the copy is made and opened', async () => {
    const { page, errors } = await pageAs('samordnare');
    await page.getByRole('button', { name: 'Öppna internkontrollplanen för Socialnämnden 2022' }).click();
    await page.getByRole('heading', { name: 'Internkontrollplan 2022: Socialnämnden' }).waitFor();
    await page.getByRole('button', { name: 'Kopiera till nästa år' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Kopiera planen till ett nytt år' });
    await dialog.waitFor({ state: 'attached' });
    await dialog.getByText('4 öppna åtgärder').waitFor();
    await dialog.getByText('12 uppföljningar').waitFor();
    expect(await wcagViolations(page, { within: '[role="alertdialog"]' })).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'kopiera.png'), fullPage: false });

    const plansBefore = await rest("web/lists/getByTitle('IKPlaner')/items?$select=Id");
    await dialog.getByLabel(/^År för den nya planen/).fill('2101');
    await dialog.getByRole('button', { name: 'Kopiera' }).click();
    await dialog.getByText('År för den nya planen (2101) måste vara ett helt år mellan 2000 och 2100.').waitFor();
    expect(await dialog.getByLabel(/^År för den nya planen/).getAttribute('aria-invalid')).toBe('true');
    expect(await rest("web/lists/getByTitle('IKPlaner')/items?$select=Id")).toHaveLength(plansBefore.length);

    await dialog.getByLabel(/^År för den nya planen/).fill('2023');
    await dialog.getByRole('button', { name: 'Kopiera' }).click();
    await page.getByRole('heading', { name: 'Internkontrollplan 2023: Socialnämnden' }).waitFor();
    await page.getByText('Planen för Socialnämnden 2023 är skapad som utkast.').waitFor();
    // What came along: seed 004's eight risks; its own 4 × 4 matrix.
    await page.getByText('8 av 8 risker').waitFor();
    expect((await planMatrix('Socialnämnden', 2023)).key).toBe('standard-4x4');
    const risks = await rest(`web/lists/getByTitle('IKRisker')/items?$select=Ursprungsnyckel,PlanId&$top=500`);
    expect(risks.filter((r) => typeof r.Ursprungsnyckel === 'string' && String(r.Ursprungsnyckel).indexOf('seed004-sn-2022-') === 0)).toHaveLength(8);
    expect(await wcagViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 120000);
});
