/**
 * The new user's journey in Chromium, from an empty site: the samordnare creates the lists
 * ("Skapa listor"), a plan, an område, a risk rated by its labels, a kontrollmoment and an
 * åtgärd, decides the plan, and records a follow-up with an anmärkning and its avvikelse;
 * each step read back through REST as SharePoint stored it, axe-core with every rule on the
 * views on the way (the empty site and "Skapa listor" are only here); then copies the plan to
 * next year and reads back what came along.
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

import { axeViolations, openPage, rest, SCREENSHOTS as screenshots, startBrowserProduct, type BrowserProduct } from './support/browserProduct';

const NAMND = 'Miljö- och byggnämnden';
let product: BrowserProduct;
let page: Page;
let errors: string[];
let planId = 0;

beforeAll(async () => {
  product = await startBrowserProduct({ seed: false });
  ({ page, errors } = await openPage(product, 'samordnare'));
}, 120000);

afterAll(async () => {
  if (product) {
    await product.close();
  }
});

/** The open editor panel. */
function panel(): Locator {
  return page.getByRole('dialog');
}

/** Chooses an option of a Fluent Dropdown in the open panel. */
async function choose(label: RegExp, option: string): Promise<void> {
  await panel().getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Opens an editor by its button and waits for its heading. */
async function openEditor(button: string, heading: string): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  await panel().getByRole('heading', { name: heading }).waitFor();
}

/** Saves the open panel and waits for the confirmation. */
async function save(confirmation: string): Promise<void> {
  await panel().getByRole('button', { name: 'Spara', exact: true }).click();
  await page.getByText(confirmation).waitFor();
}

/**
 * A date-only column as SharePoint stores it: midnight of the day in the site's time zone, so
 * within half a day of that day's midnight UTC (the data layer reads it back by rounding).
 */
function expectDateOnly(stored: unknown, day: string): void {
  expect(Math.abs(Date.parse(String(stored)) - Date.parse(`${day}T00:00:00Z`))).toBeLessThanOrEqual(12 * 3600 * 1000);
}

/** Rich text as SharePoint Online stores it: the HTML, maybe inside its ExternalClass wrapper. */
function unwrapped(stored: unknown): string {
  return String(stored).replace(/^<div class="ExternalClass[0-9A-F]+">([\s\S]*)<\/div>$/, '$1');
}

/** The plan's rows in one list, as SharePoint stored them. */
async function rowsOf(list: string, select: string): Promise<Array<Record<string, unknown>>> {
  return rest(product, `web/lists/getByTitle('${list}')/items?$filter=PlanId eq ${planId}&$select=${select}`);
}

describe('a new user’s journey in Chromium, from an empty site', () => {
  it('creates the lists from the empty site', async () => {
    await page.getByRole('heading', { name: 'Listorna för internkontroll finns inte på webbplatsen ännu' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Skapa listor' }).click();
    // The progress is shown while the lists are made, then the empty plan list.
    await page.getByText('Det finns inga internkontrollplaner på webbplatsen ännu.').waitFor({ timeout: 90000 });
    expect(await axeViolations(page)).toEqual([]);
    const lists = await rest(product, "web/lists?$select=Title&$filter=startswith(Title,'IK')");
    expect(lists.map((l) => l.Title).sort()).toEqual([
      // The plan's eight lists, the organisation's report shapes and the five of approval.
      'IKAtgarder',
      'IKAvvikelser',
      'IKBeslut',
      'IKErsattare',
      'IKGodkannanden',
      'IKGodkannare',
      'IKInstallningar',
      'IKKontrollmoment',
      'IKOgonblicksbilder',
      'IKOmraden',
      'IKPlaner',
      'IKRapportformer',
      'IKRisker',
      'IKUppfoljningar'
    ]);
    // Before the lists existed, the browser logged the 404s that tell the App so; nothing else.
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    errors.length = 0;
  }, 120000);

  it('creates a plan with an område, a risk rated by its labels, a kontrollmoment and an åtgärd', async () => {
    await page.getByRole('button', { name: 'Ny plan' }).click();
    await panel().getByRole('heading', { name: 'Ny internkontrollplan' }).waitFor();
    await panel().getByLabel('Nämnd').fill(NAMND);
    await panel().getByLabel('Förvaltning').fill('Samhällsbyggnadsförvaltningen');
    await panel().getByLabel('År').fill('2026');
    await panel().getByLabel('Diarienummer').fill('MBN 2025/88');
    await panel().getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('heading', { name: `Internkontrollplan 2026: ${NAMND}` }).waitFor();
    planId = Number(/#plan=(\d+)/.exec(page.url())![1]);
    const plan = (await rest(product, `web/lists/getByTitle('IKPlaner')/items(${planId})?$select=Namnd,Forvaltning,Ar,Diarienummer,PlanStatus`))[0];
    expect(plan).toMatchObject({ Namnd: NAMND, Forvaltning: 'Samhällsbyggnadsförvaltningen', Ar: 2026, Diarienummer: 'MBN 2025/88', PlanStatus: 'Utkast' });

    await openEditor('Lägg till område', 'Nytt område');
    await panel().getByLabel('Namn').fill('Tillsyn');
    await save('Området är sparat.');

    await openEditor('Lägg till risk i området ”Tillsyn”', 'Ny risk');
    await panel().getByLabel('Titel').fill('Tillsynsbesök blir inte av');
    await panel().getByLabel('Nr').fill('1');
    await choose(/^Sannolikhet/, '4 – Sannolik');
    await choose(/^Konsekvens/, '3 – Kännbar');
    // The plan's own 5 × 5 matrix: 4 × 3 = 12, level Hög.
    await panel().getByText('Hög (12)').waitFor();
    await save('Risken är sparad.');

    await openEditor('Lägg till kontrollmoment för risk 1', 'Nytt kontrollmoment');
    const beskrivning = panel().locator('#ik-kontrollmoment-beskrivning');
    await beskrivning.click();
    await page.keyboard.type('Uppföljning av tillsynsplanen mot genomförda besök.');
    await panel().getByLabel('Ansvarig', { exact: true }).fill('Miljöchef');
    await panel().getByLabel('Frekvens').fill('Tertial');
    await save('Kontrollmomentet är sparat.');

    await openEditor('Lägg till åtgärd för risk 1', 'Ny åtgärd');
    await panel().getByLabel('Åtgärd', { exact: true }).fill('Bemanningsplan för tillsynen');
    await panel().getByLabel('Slutdatum').fill('2026-09-30');
    await save('Åtgärden är sparad.');

    const [omrade] = await rowsOf('IKOmraden', 'Title');
    expect(omrade.Title).toBe('Tillsyn');
    const [risk] = await rowsOf('IKRisker', 'Title,Nr,Sannolikhet,Konsekvens');
    expect(risk).toEqual({ Title: 'Tillsynsbesök blir inte av', Nr: 1, Sannolikhet: 4, Konsekvens: 3 });
    const [km] = await rowsOf('IKKontrollmoment', 'Beskrivning,Ansvarig,Frekvens');
    expect(km).toMatchObject({ Ansvarig: 'Miljöchef', Frekvens: 'Tertial' });
    expect(unwrapped(km.Beskrivning)).toBe('<p>Uppföljning av tillsynsplanen mot genomförda besök.</p>');
    const [atgard] = await rowsOf('IKAtgarder', 'Title,Slutdatum');
    expect(atgard.Title).toBe('Bemanningsplan för tillsynen');
    expectDateOnly(atgard.Slutdatum, '2026-09-30');
    expect(await axeViolations(page)).toEqual([]);
  }, 120000);

  it('decides the plan and records a follow-up with an anmärkning and its avvikelse', async () => {
    await openEditor('Redigera planen', 'Redigera planen');
    await choose(/^Status/, 'Beslutad');
    await panel().getByLabel('Beslutsdatum').fill('2025-12-10');
    await save('Planen är sparad.');
    const plan = (await rest(product, `web/lists/getByTitle('IKPlaner')/items(${planId})?$select=PlanStatus,Beslutsdatum`))[0];
    expect(plan.PlanStatus).toBe('Beslutad');
    expectDateOnly(plan.Beslutsdatum, '2025-12-10');

    await page.getByRole('button', { name: /^Följ upp kontrollmoment 1 för / }).click();
    await panel().getByRole('heading', { name: 'Följ upp kontrollmoment 1' }).waitFor();
    await choose(/^Status/, 'Genomförd');
    await choose(/^Resultat av granskning/, 'Med anmärkning');
    await panel().getByLabel('Beskrivning', { exact: true }).fill('Fyra planerade besök genomfördes inte');
    await panel().getByLabel('Åtgärd', { exact: true }).fill('Besöken läggs in i höstens plan');
    await panel().getByLabel('Slutdatum', { exact: true }).fill('2026-10-31');
    await panel().getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText(/^Uppföljningen av kontrollmoment 1 för .+ är sparad\.$/).waitFor();

    const [followUp] = await rowsOf('IKUppfoljningar', 'UppfoljningStatus,Resultat');
    expect(followUp).toMatchObject({ UppfoljningStatus: 'Genomförd', Resultat: 'Med anmärkning' });
    const avvikelser = await rowsOf('IKAvvikelser', 'Title,AvvikelseAtgard,Slutdatum');
    expect(avvikelser).toHaveLength(1);
    expect(avvikelser[0]).toMatchObject({ Title: 'Fyra planerade besök genomfördes inte', AvvikelseAtgard: 'Besöken läggs in i höstens plan' });
    expectDateOnly(avvikelser[0].Slutdatum, '2026-10-31');
    // The plan view shows what was recorded.
    await page.getByText('Fyra planerade besök genomfördes inte', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'resa-uppfoljd.png'), fullPage: true });
    expect(errors).toEqual([]);
  }, 120000);

  it('copies the plan to next year: områden, risks with their latest rating, kontrollmoment and open åtgärder, no follow-ups', async () => {
    const originals = {
      omraden: await rowsOf('IKOmraden', 'IdempotencyKey'),
      risker: await rowsOf('IKRisker', 'IdempotencyKey'),
      kontrollmoment: await rowsOf('IKKontrollmoment', 'IdempotencyKey'),
      atgarder: await rowsOf('IKAtgarder', 'IdempotencyKey')
    };
    await page.getByRole('button', { name: 'Kopiera till nästa år' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Kopiera planen till ett nytt år' });
    await dialog.waitFor({ state: 'attached' });
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByLabel(/^År för den nya planen/).fill('2027');
    await dialog.getByRole('button', { name: 'Kopiera' }).click();
    await page.getByRole('heading', { name: `Internkontrollplan 2027: ${NAMND}` }).waitFor();
    await page.getByText(`Planen för ${NAMND} 2027 är skapad som utkast.`).waitFor();

    const original = planId;
    planId = Number(/#plan=(\d+)/.exec(page.url())![1]);
    expect(planId).not.toBe(original);
    const copy = (await rest(product, `web/lists/getByTitle('IKPlaner')/items(${planId})?$select=Namnd,Ar,PlanStatus`))[0];
    expect(copy).toMatchObject({ Namnd: NAMND, Ar: 2027, PlanStatus: 'Utkast' });
    // Each carried item keeps the key of its origin; the rating and the open åtgärd came along.
    const origin = (rows: Array<Record<string, unknown>>): unknown[] => rows.map((row) => row.IdempotencyKey);
    expect((await rowsOf('IKOmraden', 'Title,Ursprungsnyckel')).map((row) => row.Ursprungsnyckel)).toEqual(origin(originals.omraden));
    const risks = await rowsOf('IKRisker', 'Title,Sannolikhet,Konsekvens,Ursprungsnyckel');
    expect(risks).toEqual([expect.objectContaining({ Title: 'Tillsynsbesök blir inte av', Sannolikhet: 4, Konsekvens: 3 })]);
    expect(risks.map((row) => row.Ursprungsnyckel)).toEqual(origin(originals.risker));
    expect((await rowsOf('IKKontrollmoment', 'Ursprungsnyckel')).map((row) => row.Ursprungsnyckel)).toEqual(origin(originals.kontrollmoment));
    const atgarder = await rowsOf('IKAtgarder', 'Title,AtgardStatus,Ursprungsnyckel');
    expect(atgarder).toEqual([expect.objectContaining({ Title: 'Bemanningsplan för tillsynen', AtgardStatus: 'Ej påbörjad' })]);
    expect(atgarder.map((row) => row.Ursprungsnyckel)).toEqual(origin(originals.atgarder));
    // Follow-ups and their avvikelser stay with the year they belong to.
    expect(await rowsOf('IKUppfoljningar', 'Id')).toEqual([]);
    expect(await rowsOf('IKAvvikelser', 'Id')).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 120000);
});
