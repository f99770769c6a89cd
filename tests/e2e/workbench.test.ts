/**
 * The workbench in a real browser (Debian's Chromium through playwright-core) against the
 * local SharePoint: the seeded plans, the heat map, the läsare without edit controls, a
 * handläggare's follow-up that survives a reload, and axe-core in the page including colour
 * contrast. Screenshots go to temp/screenshots/.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';

import { newPage, SCREENSHOTS as screenshots, startBrowserProduct, wcagViolations, type BrowserProduct } from './support/browserProduct';

const AFN = 'Arbets- och företagsnämnden';

let product: BrowserProduct;

beforeAll(async () => {
  product = await startBrowserProduct({ seed: true, dataDirPrefix: 'ik-workbench-' });
}, 120000);

afterAll(async () => {
  if (product) {
    await product.close();
  }
});

/** Switches the demo user with the workbench's own switcher (sets the cookie and reloads). */
async function switchUser(page: Page, login: string): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.getByLabel('Visa som').selectOption(login)]);
}

/** Opens the AFN plan from the plan list. */
async function openAfn(page: Page): Promise<void> {
  await page.getByRole('button', { name: `Öppna internkontrollplanen för ${AFN} 2022` }).click();
  await page.getByRole('heading', { name: `Internkontrollplan 2022: ${AFN}` }).waitFor();
  await page.getByRole('grid').waitFor();
}

describe('workbench in Chromium', () => {
  it('lists the seeded plans and opens one with its heat map and risks', async () => {
    const { page, errors } = await newPage(product);
    await page.goto(product.workbenchUrl);
    const rows = page.getByRole('table').getByRole('row');
    await rows.nth(4).waitFor();
    expect(await rows.count()).toBe(5);
    for (const namnd of ['Arbetsmarknadsnämnden', 'Nämnden för arbete och försörjning', AFN, 'Socialnämnden']) {
      await page.getByRole('button', { name: new RegExp(`^Öppna internkontrollplanen för ${namnd} `) }).waitFor();
    }
    expect(await wcagViolations(page, { seriousOnly: true })).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'workbench-planer.png'), fullPage: true });

    await openAfn(page);
    expect(await page.getByRole('grid').getByRole('gridcell').count()).toBe(25);
    const cell = page.getByRole('button', { name: 'Sannolikhet 4 (sannolik), konsekvens 4 (allvarlig): 2 risker, nivå Hög' });
    // The count and the level are shown in the cell, and are part of its name.
    expect(await cell.locator('[data-part="count"]').innerText()).toBe('2');
    expect(await cell.locator('[data-part="level"]').innerText()).toBe('Hög');
    expect(await page.getByRole('article').count()).toBe(10);
    // Choosing the cell filters the risks.
    await cell.click();
    expect(await page.getByRole('article').count()).toBe(2);
    await page.getByText('2 av 10 risker').waitFor();
    expect(await wcagViolations(page, { seriousOnly: true })).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'workbench-plan.png'), fullPage: false });
    expect(errors).toEqual([]);
  }, 120000);

  it('shows the läsare the plan without edit controls', async () => {
    const { page, errors } = await newPage(product);
    await page.goto(product.workbenchUrl);
    await switchUser(page, 'lasare');
    expect(await page.getByLabel('Visa som').inputValue()).toBe('lasare');
    await openAfn(page);
    await page.getByText('Du har läsbehörighet. Du kan se planerna men inte ändra dem.').waitFor();
    expect(await page.getByRole('button', { name: /^Följ upp/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Spara' }).count()).toBe(0);
    await page.screenshot({ path: join(screenshots, 'workbench-lasare.png'), fullPage: false });
    expect(errors).toEqual([]);
  }, 120000);

  it('lets a handläggare record a follow-up that survives a reload', async () => {
    const { page, errors } = await newPage(product);
    await page.goto(product.workbenchUrl);
    await switchUser(page, 'handlaggare');
    await openAfn(page);
    // A past plan opens on its last reported period, Tertial 2.
    expect(await page.getByRole('combobox', { name: /^Uppföljningsperiod/ }).evaluate((select: HTMLSelectElement) => select.selectedOptions[0].text)).toBe('Tertial 2');

    await page.getByRole('button', { name: 'Följ upp kontrollmoment 7 för Tertial 2' }).click();
    await page.getByRole('heading', { name: 'Följ upp kontrollmoment 7' }).waitFor();
    await page.getByRole('combobox', { name: /^Status/ }).click();
    await page.getByRole('option', { name: 'Genomförd' }).click();
    await page.getByRole('combobox', { name: /^Resultat av granskning/ }).click();
    await page.getByRole('option', { name: 'Med mindre anmärkning' }).click();
    await page.getByLabel('Kommentar', { exact: true }).fill('Stickprov i webbläsaren: två av tjugo ärenden saknade dokumentation.');

    // Saving with the avvikelse empty is stopped, with the fields named.
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('region', { name: /^Rätta \d+ fel innan du sparar:/ }).waitFor();
    expect(await page.getByLabel('Beskrivning', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await wcagViolations(page, { seriousOnly: true })).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'workbench-uppfoljning-fel.png'), fullPage: false });

    await page.getByLabel('Beskrivning', { exact: true }).fill('Två ärenden saknade dokumentation');
    await page.getByLabel('Åtgärd', { exact: true }).fill('Påminnelse till handläggarna om dokumentationskravet');
    await page.getByLabel('Slutdatum', { exact: true }).fill('2022-12-15');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Uppföljningen av kontrollmoment 7 för Tertial 2 är sparad.').waitFor();
    await page.getByText(/Sparad kl\. \d\d[:.]\d\d/).waitFor();
    await page.screenshot({ path: join(screenshots, 'workbench-sparad.png'), fullPage: false });

    // The address keeps the open plan, so a reload comes back to it.
    expect(page.url()).toMatch(/#plan=\d+$/);
    await page.reload();
    await page.getByRole('heading', { name: `Internkontrollplan 2022: ${AFN}` }).waitFor();
    const item = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Följ upp kontrollmoment 7 för Tertial 2' }) });
    await item.getByText(/Genomförd/).first().waitFor();
    await item.getByText('Med mindre anmärkning').waitFor();
    await item.getByText(/Två ärenden saknade dokumentation/).waitFor();
    expect(await wcagViolations(page, { seriousOnly: true })).toEqual([]);
    expect(errors).toEqual([]);
  }, 120000);
});
