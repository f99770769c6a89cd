/**
 * axe-core with every rule it has (no `runOnly`: WCAG 2.0/2.1 A and AA, colour contrast, best
 * practices) on every view and dialog of the web part in Chromium, on the demo plans as
 * `npm start` seeds them: the plan list, the plan view (heat map and risk list; filtered; as a
 * läsare), the plan and structure editors, the follow-up form and the period re-rating, and the
 * delete confirmations. No violation of any impact. "Skapa listor" needs an empty site: it is
 * checked in journey.test.ts. One browser and one product for the file.
 */
import type { Page } from 'playwright-core';

import { axeViolations, openPage, startBrowserProduct, type BrowserProduct } from './support/browserProduct';

const AFN = 'Arbets- och företagsnämnden';
let product: BrowserProduct;
/** View → violations found, printed as the file's summary. */
const results: Array<[string, number]> = [];

beforeAll(async () => {
  product = await startBrowserProduct({ seed: true });
}, 120000);

afterAll(async () => {
  if (product) {
    await product.close();
  }
  // eslint-disable-next-line no-console
  console.log(`axe-core, every rule:\n${results.map(([view, n]) => `  ${n === 0 ? 'ok' : `${n} violations`} — ${view}`).join('\n')}`);
});

/** Runs axe on the page as it is and expects no violation. */
async function expectAccessible(page: Page, view: string): Promise<void> {
  const found = await axeViolations(page);
  results.push([view, found.length]);
  expect(found).toEqual([]);
}

/** Opens the AFN plan from the plan list. */
async function openAfn(page: Page): Promise<void> {
  await page.getByRole('button', { name: `Öppna internkontrollplanen för ${AFN} 2022` }).click();
  await page.getByRole('heading', { name: `Internkontrollplan 2022: ${AFN}` }).waitFor();
  await page.getByRole('grid').waitFor();
}

/** Opens an editor panel by its button and waits for its heading. */
async function openPanel(page: Page, button: string | RegExp, heading: string): Promise<void> {
  await page.getByRole('button', { name: button, exact: typeof button === 'string' }).first().click();
  await page.getByRole('dialog').getByRole('heading', { name: heading }).waitFor();
}

/** Closes the open panel with Avbryt. */
async function cancelPanel(page: Page): Promise<void> {
  await page.getByRole('dialog').getByRole('button', { name: 'Avbryt', exact: true }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

/** Opens a delete confirmation, checks it, and keeps the item with Avbryt. */
async function checkDeleteConfirmation(page: Page, button: string | RegExp, view: string): Promise<void> {
  await page.getByRole('button', { name: button, exact: typeof button === 'string' }).first().click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByText(/tas bort|Inget annat tas bort/).first().waitFor();
  await expectAccessible(page, view);
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('axe-core with every rule on every view, in Chromium', () => {
  it('finds nothing on the plan list and the plan view (heat map, risk list, filtered, read only)', async () => {
    const { page, errors } = await openPage(product, 'samordnare');
    await page.getByRole('button', { name: /^Öppna internkontrollplanen för Socialnämnden / }).waitFor();
    await expectAccessible(page, 'plan list (samordnare, with Ny plan)');
    await openAfn(page);
    await expectAccessible(page, 'plan view with heat map and risk list (samordnare, edit controls)');
    await page.getByRole('button', { name: 'Sannolikhet 4 (sannolik), konsekvens 4 (allvarlig): 2 risker, nivå Hög' }).click();
    await page.getByText('2 av 10 risker').waitFor();
    await expectAccessible(page, 'plan view filtered by a heat-map cell');
    const reader = await openPage(product, 'lasare');
    await openAfn(reader.page);
    await reader.page.getByText('Du har läsbehörighet. Du kan se planerna men inte ändra dem.').waitFor();
    await expectAccessible(reader.page, 'plan view as läsare (read only)');
    expect(errors).toEqual([]);
    expect(reader.errors).toEqual([]);
  }, 120000);

  it('finds nothing in the plan and structure editors, empty and with their errors', async () => {
    const { page, errors } = await openPage(product, 'samordnare');
    await openPanel(page, 'Ny plan', 'Ny internkontrollplan');
    await expectAccessible(page, 'Ny plan (plan editor)');
    await page.getByRole('dialog').getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('dialog').getByRole('region', { name: /^Rätta \d+ fel innan du sparar:/ }).waitFor();
    await expectAccessible(page, 'Ny plan with its error summary');
    await cancelPanel(page);

    await openAfn(page);
    await openPanel(page, 'Redigera planen', 'Redigera planen');
    await expectAccessible(page, 'Redigera planen');
    await cancelPanel(page);
    await openPanel(page, 'Lägg till område', 'Nytt område');
    await expectAccessible(page, 'Nytt område');
    await cancelPanel(page);
    await openPanel(page, 'Lägg till risk', 'Ny risk');
    await page.getByRole('dialog').getByRole('combobox', { name: /^Sannolikhet/ }).click();
    await page.getByRole('option', { name: '3 – Möjlig', exact: true }).waitFor();
    await expectAccessible(page, 'Ny risk with the sannolikhet list open');
    await page.getByRole('option', { name: '3 – Möjlig', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('dialog').getByRole('region', { name: /^Rätta \d+ fel innan du sparar:/ }).waitFor();
    await expectAccessible(page, 'Ny risk with its errors (title missing, half a rating)');
    await cancelPanel(page);
    await openPanel(page, 'Redigera risk 1', 'Redigera risk 1');
    await expectAccessible(page, 'Redigera risk (decided plan: Ändringsorsak)');
    await cancelPanel(page);
    await openPanel(page, 'Lägg till kontrollmoment för risk 1', 'Nytt kontrollmoment');
    await page.getByRole('dialog').locator('#ik-kontrollmoment-beskrivning').waitFor();
    await expectAccessible(page, 'Nytt kontrollmoment with the rich-text editor');
    await cancelPanel(page);
    await openPanel(page, /^Redigera kontrollmoment /, 'Redigera kontrollmoment');
    await page.getByRole('dialog').getByRole('toolbar').first().waitFor();
    await expectAccessible(page, 'Redigera kontrollmoment (rich text with content)');
    await cancelPanel(page);
    await openPanel(page, 'Lägg till åtgärd för risk 1', 'Ny åtgärd');
    await expectAccessible(page, 'Ny åtgärd');
    await cancelPanel(page);
    expect(errors).toEqual([]);
  }, 120000);

  it('finds nothing on a plan grouped by område, its område editor and delete confirmation, and a kept draft', async () => {
    const { page, errors } = await openPage(product, 'samordnare');
    // Seed 002 (Arbetsmarknadsnämnden 2024) groups its risks by område.
    await page.getByRole('button', { name: 'Öppna internkontrollplanen för Arbetsmarknadsnämnden 2024' }).click();
    await page.getByRole('heading', { name: 'Internkontrollplan 2024: Arbetsmarknadsnämnden' }).waitFor();
    await page.getByRole('feed').first().waitFor();
    await expectAccessible(page, 'plan view with risks grouped by område (seed 002)');
    await openPanel(page, /^Redigera området /, 'Redigera området');
    await expectAccessible(page, 'Redigera området');
    await cancelPanel(page);
    await checkDeleteConfirmation(page, /^Ta bort området /, 'delete confirmation: an område');
    // An unsaved new område survives a reload and is offered back.
    await openPanel(page, 'Lägg till område', 'Nytt område');
    await page.getByRole('dialog').getByLabel('Namn').fill('Digitalisering');
    await page.reload();
    await page.getByText(/^Du har osparade ändringar i /).waitFor();
    await expectAccessible(page, 'plan view offering a draft kept over a reload');
    await page.getByRole('button', { name: 'Släng ändringarna' }).click();
    expect(errors).toEqual([]);
  }, 120000);

  it('finds nothing in the follow-up form, the re-rating form and the delete confirmations', async () => {
    const { page, errors } = await openPage(product, 'samordnare');
    await openAfn(page);
    await openPanel(page, 'Följ upp kontrollmoment 7 för Tertial 2', 'Följ upp kontrollmoment 7');
    await expectAccessible(page, 'follow-up form (kontrollmoment)');
    await page.getByRole('dialog').getByRole('combobox', { name: /^Resultat av granskning/ }).click();
    await page.getByRole('option', { name: 'Med anmärkning', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('dialog').getByRole('region', { name: /^Rätta \d+ fel innan du sparar:/ }).waitFor();
    await expectAccessible(page, 'follow-up form with an anmärkning and its empty avvikelse');
    await cancelPanel(page);
    await openPanel(page, /^Värdera risken för Tertial 2: /, 'Värdera risk');
    await expectAccessible(page, 'period re-rating form (risk)');
    await cancelPanel(page);
    await checkDeleteConfirmation(page, 'Ta bort planen', 'delete confirmation: the plan');
    await checkDeleteConfirmation(page, 'Ta bort risk 1', 'delete confirmation: a risk');
    await checkDeleteConfirmation(page, /^Ta bort uppföljningen av /, 'delete confirmation: a follow-up');
    expect(errors).toEqual([]);
  }, 120000);
});
