/**
 * Editing the plan in a real browser (Debian's Chromium through playwright-core) against
 * `npm start`'s workbench and local SharePoint, as a new user would: a plan from nothing, an
 * område, a risk rated by its labels, a kontrollmoment with rich text typed on the keyboard,
 * an åtgärd, deciding the plan, a follow-up with an anmärkning and its avvikelse; two users in
 * conflict; more than twenty bad inputs, each with its Swedish message at its field and
 * nothing written (read back over REST); axe-core with colour contrast on every editor and
 * dialog. One browser and one product for the file.
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

import { BrowserFetch, InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups/web';

import { createInternkontrollService } from '../../src/data/PnpInternkontrollService';
import { ROLE_GROUPS } from '../../src/data/security/roles';
import { openPage, SCREENSHOTS as screenshots, startBrowserProduct, wcagViolations, type BrowserProduct } from './support/browserProduct';

const NAMND = 'Kultur- och fritidsnämnden';

let product: BrowserProduct;
/** Every axe result of the file, for the summary line. */
const axeRuns: string[] = [];

beforeAll(async () => {
  product = await startBrowserProduct({ seed: true, dataDirPrefix: 'ik-editing-' });
  // The organisation's diarienummer pattern, as a site owner sets it (over HTTP, as the samordnare).
  const ownerSp = spfi(product.siteUrl).using(SPBrowser({ baseUrl: product.siteUrl }), BrowserFetch(), InjectHeaders({ 'X-Local-User': 'samordnare' }));
  const owner = createInternkontrollService(ownerSp);
  // The handläggare also coordinates (a person may hold several roles): the second samordnare of the conflict.
  await ownerSp.web.siteGroups.getByName(ROLE_GROUPS.samordnare.title).users.add('i:0#.f|membership|handlaggare@kommun.example');
  const settings = await owner.loadSettings();
  await owner.saveSettings({ ...settings, diarienummerPattern: '^KFN-\\d{4}-\\d{3}$', diarienummerExample: 'KFN-2025-117' });
}, 120000);

afterAll(async () => {
  if (product) {
    await product.close();
  }
  // eslint-disable-next-line no-console
  console.log(`axe-core (WCAG 2.1 A/AA, colour contrast included): ${axeRuns.length} views and dialogs checked, ${axeRuns.filter((r) => r !== '').length} with violations`);
});

/** One REST read of the local SharePoint as the läsare (the test's own reads, not the app's). */
async function rest(method: 'GET', path: string): Promise<Record<string, unknown>> {
  const answer = await fetch(`${product.siteUrl}/_api/${path}`, { method, headers: { Accept: 'application/json;odata=nometadata', 'X-Local-User': 'lasare' } });
  if (!answer.ok) {
    throw new Error(`${method} ${path}: ${answer.status} ${await answer.text()}`);
  }
  return (await answer.json()) as Record<string, unknown>;
}

/** A stored rich-text value without SharePoint Online's ExternalClass wrapper (as REST answers it). */
function unwrapped(value: unknown): string {
  const match = /^\s*<div class="?ExternalClass[0-9A-Fa-f]{32}"?>([\s\S]*)<\/div>\s*$/.exec(String(value));
  return match === null ? String(value) : match[1];
}

/** Everything stored for the plan in the lists an editor writes, with versions: a bad save must leave it as it was. */
async function snapshot(planId: number): Promise<string> {
  const lists = ['IKRisker', 'IKKontrollmoment', 'IKAtgarder', 'IKOmraden', 'IKUppfoljningar', 'IKAvvikelser'];
  const parts: unknown[] = [await rest('GET', `web/lists/getByTitle('IKPlaner')/items(${planId})?$select=Id,Modified,Namnd,Ar,Diarienummer,PlanStatus,Beslutsdatum`)];
  for (const list of lists) {
    parts.push(await rest('GET', `web/lists/getByTitle('${list}')/items?$filter=PlanId eq ${planId}&$select=Id,Modified,Title&$top=5000`));
  }
  return JSON.stringify(parts);
}

/** The plans' items, for "nothing was written" before the plan exists. */
async function planCount(): Promise<number> {
  return ((await rest('GET', "web/lists/getByTitle('IKPlaner')/items?$select=Id&$top=5000")).value as unknown[]).length;
}

/** axe-core in the page, WCAG 2.1 A/AA with colour contrast; every violation of any impact. */
async function axe(page: Page, what: string): Promise<string[]> {
  const found = await wcagViolations(page);
  axeRuns.push(found.length > 0 ? `${what}: ${found.join('; ')}` : '');
  return found;
}

/** The panel (dialog) of the open editor. */
function panel(page: Page): Locator {
  return page.getByRole('dialog');
}

/** Chooses an option of a Fluent Dropdown in the open panel. */
async function choose(page: Page, label: RegExp, option: string): Promise<void> {
  await panel(page).getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Saves the open panel and waits for its error summary. */
async function saveExpectingErrors(page: Page): Promise<void> {
  await panel(page).getByRole('button', { name: 'Spara', exact: true }).click();
  await panel(page).getByRole('region', { name: /^Rätta \d+ fel innan du sparar:/ }).waitFor();
}

/** The field shows the message: marked invalid, and the message is what its description points to. */
async function expectAtField(field: Locator, message: string): Promise<void> {
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  const described = (await field.getAttribute('aria-describedby')) || '';
  const page = field.page();
  const texts: string[] = [];
  for (const id of described.split(/\s+/).filter((s) => s !== '')) {
    const element = page.locator(`[id="${id}"]`);
    if ((await element.count()) > 0) {
      texts.push(await element.innerText());
    }
  }
  expect(texts.join(' ')).toContain(message);
}

/** Waits for a confirmation; on failure keeps a screenshot of what the page showed instead. */
async function confirmed(page: Page, text: string): Promise<void> {
  try {
    await page.getByText(text).waitFor({ timeout: 20000 });
  } catch (error) {
    await page.screenshot({ path: join(screenshots, `planeditor-saknas-${text.replace(/\W+/g, '-')}.png`) });
    throw error;
  }
}

/** Opens the plan of the tests by its address; on failure keeps a screenshot and prints what the page showed. */
async function openPlanPage(page: Page): Promise<void> {
  // The page is already open: a new hash alone does not load the page again, the reload does.
  await page.goto(`${product.workbenchUrl}#plan=${planId}`);
  await page.reload();
  try {
    await page.getByRole('heading', { name: `Internkontrollplan 2026: ${NAMND}` }).waitFor({ timeout: 30000 });
  } catch (error) {
    await page.screenshot({ path: join(screenshots, 'planeditor-oppnas-inte.png') });
    console.log(`The plan did not open; the page showed: ${(await page.locator('body').innerText()).slice(0, 1500)}`);
    throw error;
  }
}

/** Opens the editor by a button's name and waits for its heading. */
async function openEditor(page: Page, button: string, heading: string): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  await panel(page).getByRole('heading', { name: heading }).waitFor();
}

/** Closes the open editor with Avbryt. */
async function cancel(page: Page): Promise<void> {
  await panel(page).getByRole('button', { name: 'Avbryt', exact: true }).click();
  await panel(page).waitFor({ state: 'detached' });
}

let planId = 0;

describe('plan editing in Chromium', () => {
  it('builds a plan from nothing, with bad inputs refused at their fields and nothing written', async () => {
    const { page, errors } = await openPage(product, 'samordnare');
    await page.getByRole('button', { name: 'Ny plan' }).click();
    await panel(page).getByRole('heading', { name: 'Ny internkontrollplan' }).waitFor();
    await panel(page).getByText('Organisationens format, till exempel KFN-2025-117.').waitFor();
    const plans = await planCount();
    const namnd = panel(page).getByLabel('Nämnd');
    const ar = panel(page).getByLabel('År');
    const dnr = panel(page).getByLabel('Diarienummer');
    const forvaltning = panel(page).getByLabel('Förvaltning');

    // 1–3: nämnd missing, year not a year, diarienummer against the pattern.
    await ar.fill('20x6');
    await dnr.fill('KFN 2025/117');
    await saveExpectingErrors(page);
    await expectAtField(namnd, 'Nämnd måste fyllas i för planen.');
    await expectAtField(ar, 'År (20x6) måste vara ett helt år mellan 2000 och 2100 för planen.');
    await expectAtField(dnr, 'Diarienummer (KFN 2025/117) följer inte organisationens format (till exempel KFN-2025-117).');
    expect(await axe(page, 'new plan with errors')).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'planeditor-fel.png') });
    // 4: a year outside the range.
    await ar.fill('1999');
    await saveExpectingErrors(page);
    await expectAtField(ar, 'År (1999) måste vara ett helt år mellan 2000 och 2100 för planen.');
    // 5–6: nämnd and förvaltning longer than their columns.
    await namnd.fill('N'.repeat(256));
    await forvaltning.fill('F'.repeat(300));
    await saveExpectingErrors(page);
    await expectAtField(namnd, 'Nämnd får vara högst 255 tecken (nu 256) för planen.');
    await expectAtField(forvaltning, 'Förvaltning får vara högst 255 tecken (nu 300) för planen.');
    // 7: a diarienummer longer than its column.
    await dnr.fill('KFN-2025-117-' + '9'.repeat(40));
    await saveExpectingErrors(page);
    await expectAtField(dnr, 'Diarienummer får vara högst 50 tecken (nu 53) för planen.');
    // What was typed is kept; nothing was written.
    expect(await forvaltning.inputValue()).toBe('F'.repeat(300));
    expect(await planCount()).toBe(plans);

    await namnd.fill(NAMND);
    await forvaltning.fill('Kultur- och fritidsförvaltningen');
    await ar.fill('2026');
    await dnr.fill('KFN-2025-117');
    await panel(page).getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('heading', { name: `Internkontrollplan 2026: ${NAMND}` }).waitFor();
    planId = Number(/#plan=(\d+)/.exec(page.url())![1]);
    expect(await planCount()).toBe(plans + 1);

    // Område: 8–9 name missing and too long.
    await openEditor(page, 'Lägg till område', 'Nytt område');
    let before = await snapshot(planId);
    await saveExpectingErrors(page);
    await expectAtField(panel(page).getByLabel('Namn'), 'Namn måste fyllas i för område 1.');
    await panel(page).getByLabel('Namn').fill('O'.repeat(260));
    await saveExpectingErrors(page);
    await expectAtField(panel(page).getByLabel('Namn'), 'Namn får vara högst 255 tecken (nu 260) för område 1.');
    expect(await axe(page, 'new område with errors')).toEqual([]);
    expect(await snapshot(planId)).toBe(before);
    await panel(page).getByLabel('Namn').fill('Föreningsbidrag');
    await panel(page).getByRole('button', { name: 'Spara', exact: true }).click();
    await confirmed(page, 'Området är sparat.');

    // Risk: 10 title missing, 11 nr not a number, 12 half a rating.
    await openEditor(page, 'Lägg till risk i området ”Föreningsbidrag”', 'Ny risk');
    before = await snapshot(planId);
    const nr = panel(page).getByLabel('Nr');
    await nr.fill('tre');
    await choose(page, /^Sannolikhet/, '3 – Möjlig');
    await saveExpectingErrors(page);
    await expectAtField(panel(page).getByLabel('Titel'), 'Titel måste fyllas i för risk nr 1.');
    await expectAtField(nr, 'Nr (tre) måste vara ett positivt heltal för risk nr 1.');
    await expectAtField(panel(page).getByRole('combobox', { name: /^Konsekvens/ }), 'Konsekvens måste anges när sannolikhet är angiven för risk nr 1.');
    // 13: nr zero.
    await nr.fill('0');
    await saveExpectingErrors(page);
    await expectAtField(nr, 'Nr (0) måste vara ett positivt heltal för risk nr 0.');
    expect(await snapshot(planId)).toBe(before);
    await panel(page).getByLabel('Titel').fill('Felaktiga föreningsbidrag');
    await nr.fill('1');
    // The level shows live from the plan's own matrix.
    await choose(page, /^Sannolikhet/, '3 – Möjlig');
    await choose(page, /^Konsekvens/, '4 – Allvarlig');
    await panel(page).getByText('Hög (12)').waitFor();
    expect(await axe(page, 'new risk with rating')).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'planeditor-risk.png') });
    await panel(page).getByRole('button', { name: 'Spara', exact: true }).click();
    await confirmed(page, 'Risken är sparad.');

    // 14: a second risk with the same nr.
    await openEditor(page, 'Lägg till risk i området ”Föreningsbidrag”', 'Ny risk');
    before = await snapshot(planId);
    await panel(page).getByLabel('Titel').fill('Jäv vid beslut om bidrag');
    await nr.fill('1');
    await saveExpectingErrors(page);
    await expectAtField(nr, 'Nr 1 används av flera risker; ändra nr för risken ”Jäv vid beslut om bidrag”.');
    expect(await snapshot(planId)).toBe(before);
    await cancel(page);

    // Kontrollmoment: 15 description missing, 16 dates in the wrong order, 17 avstämning outside.
    await openEditor(page, 'Lägg till kontrollmoment för risk 1', 'Nytt kontrollmoment');
    before = await snapshot(planId);
    const beskrivning = panel(page).locator('#ik-kontrollmoment-beskrivning');
    await beskrivning.waitFor();
    await panel(page).getByLabel('Startdatum').fill('2026-09-01');
    await panel(page).getByLabel('Slutdatum').fill('2026-03-01');
    await panel(page).getByRole('button', { name: 'Lägg till avstämningsdatum' }).click();
    await panel(page).getByLabel('Avstämningsdatum 1', { exact: true }).fill('2026-12-01');
    await saveExpectingErrors(page);
    await expectAtField(beskrivning, 'Beskrivning måste fyllas i för kontrollmoment 1.');
    await expectAtField(panel(page).getByLabel('Slutdatum'), 'Slutdatum (2026-03-01) får inte vara före startdatum (2026-09-01) för kontrollmoment 1.');
    await expectAtField(panel(page).getByLabel('Avstämningsdatum 1', { exact: true }), 'Avstämningsdatum (2026-12-01) får inte vara efter slutdatum (2026-03-01) för kontrollmoment 1.');
    // 18–20: kortnamn, ansvarig and frekvens longer than their columns.
    await panel(page).getByLabel('Kortnamn').fill('k'.repeat(256));
    await panel(page).getByLabel('Ansvarig', { exact: true }).fill('a'.repeat(257));
    await panel(page).getByLabel('Frekvens').fill('f'.repeat(258));
    await saveExpectingErrors(page);
    await expectAtField(panel(page).getByLabel('Kortnamn'), 'Kortnamn får vara högst 255 tecken (nu 256) för kontrollmoment 1.');
    await expectAtField(panel(page).getByLabel('Ansvarig', { exact: true }), 'Ansvarig får vara högst 255 tecken (nu 257) för kontrollmoment 1.');
    await expectAtField(panel(page).getByLabel('Frekvens'), 'Frekvens får vara högst 255 tecken (nu 258) för kontrollmoment 1.');
    expect(await axe(page, 'new kontrollmoment with errors and the rich-text editor')).toEqual([]);
    expect(await snapshot(planId)).toBe(before);
    // The summary links to the fields.
    await panel(page).getByRole('link', { name: 'Beskrivning måste fyllas i för kontrollmoment 1.' }).click();
    expect(await beskrivning.evaluate((element) => element === document.activeElement)).toBe(true);
    await cancel(page);

    // Each date field is filled once per open form: Chromium's programmatic fill of a date input
    // that already holds a value does not reach React's change handler.
    await openEditor(page, 'Lägg till kontrollmoment för risk 1', 'Nytt kontrollmoment');
    await beskrivning.waitFor();
    await beskrivning.click();
    // Rich text typed on the keyboard: a paragraph, an italic lead and a bullet list.
    await page.keyboard.press('Control+i');
    await page.keyboard.type('Obligatoriskt kontrollmoment:');
    await page.keyboard.press('Control+i');
    await page.keyboard.type(' stickprov på beviljade bidrag.');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Shift+8');
    await page.keyboard.type('protokoll finns');
    await page.keyboard.press('Enter');
    await page.keyboard.type('jäv är prövat');
    await panel(page).getByLabel('Kortnamn').fill('stickprov på bidrag');
    await panel(page).getByLabel('Ansvarig', { exact: true }).fill('Enhetschef');
    await panel(page).getByLabel('Frekvens').fill('Tertial');
    await panel(page).getByLabel('Startdatum').fill('2026-01-01');
    await panel(page).getByLabel('Slutdatum').fill('2026-12-31');
    await panel(page).getByRole('button', { name: 'Lägg till avstämningsdatum' }).click();
    await panel(page).getByLabel('Avstämningsdatum 1', { exact: true }).fill('2026-06-01');
    await panel(page).getByRole('button', { name: 'Spara', exact: true }).click();
    await confirmed(page, 'Kontrollmomentet är sparat.');
    const km = ((await rest('GET', `web/lists/getByTitle('IKKontrollmoment')/items?$filter=PlanId eq ${planId}&$select=Beskrivning,Avstamningsdatum`)).value as Array<Record<string, string>>)[0];
    expect(unwrapped(km.Beskrivning)).toBe('<p><em>Obligatoriskt kontrollmoment:</em> stickprov på beviljade bidrag.</p><ul><li>protokoll finns</li><li>jäv är prövat</li></ul>');
    expect(km.Avstamningsdatum).toBe('2026-06-01');

    // Åtgärd: 21 description missing, 22 too long, 23 end before start.
    await openEditor(page, 'Lägg till åtgärd för risk 1', 'Ny åtgärd');
    before = await snapshot(planId);
    const atgard = panel(page).getByLabel('Åtgärd', { exact: true });
    await panel(page).getByLabel('Startdatum').fill('2026-05-01');
    await panel(page).getByLabel('Slutdatum').fill('2026-04-01');
    await saveExpectingErrors(page);
    await expectAtField(atgard, 'Beskrivning måste fyllas i för åtgärd 1 i listan.');
    await expectAtField(panel(page).getByLabel('Slutdatum'), 'Slutdatum (2026-04-01) får inte vara före startdatum (2026-05-01) för åtgärd 1 i listan.');
    await atgard.fill('Å'.repeat(256));
    await saveExpectingErrors(page);
    await expectAtField(atgard, 'Beskrivning får vara högst 255 tecken (nu 256)');
    expect(await axe(page, 'new åtgärd with errors')).toEqual([]);
    expect(await snapshot(planId)).toBe(before);
    await cancel(page);
    await openEditor(page, 'Lägg till åtgärd för risk 1', 'Ny åtgärd');
    await atgard.fill('Rutin för jävsprövning');
    await panel(page).getByLabel('Slutdatum').fill('2026-10-31');
    await choose(page, /^Åtgärdens status/, 'Pågående');
    await panel(page).getByRole('button', { name: 'Spara', exact: true }).click();
    await confirmed(page, 'Åtgärden är sparad.');

    // Deciding the plan: 24 no beslutsdatum.
    await openEditor(page, 'Redigera planen', 'Redigera planen');
    before = await snapshot(planId);
    await choose(page, /^Status/, 'Beslutad');
    await saveExpectingErrors(page);
    await expectAtField(panel(page).getByLabel('Beslutsdatum'), 'Beslutsdatum måste fyllas i när planen beslutas.');
    expect(await snapshot(planId)).toBe(before);
    await panel(page).getByLabel('Beslutsdatum').fill('2025-12-11');
    await panel(page).getByRole('button', { name: 'Spara', exact: true }).click();
    await confirmed(page, 'Planen är sparad.');
    await page.getByText('Beslutad', { exact: true }).first().waitFor();

    // The decided plan's risk: 25 a change without a reason, 26 a reason longer than its column.
    await openEditor(page, 'Redigera risk 1', 'Redigera risk 1');
    before = await snapshot(planId);
    await panel(page).getByText(/^Planen är beslutad\./).waitFor();
    await choose(page, /^Konsekvens/, '3 – Kännbar');
    await panel(page).getByText('Medium (9)').waitFor();
    await saveExpectingErrors(page);
    const reason = panel(page).getByLabel('Ändringsorsak');
    await expectAtField(reason, 'Ändringsorsak måste fyllas i: planen är beslutad och risken ”Felaktiga föreningsbidrag” ändras.');
    await reason.fill('r'.repeat(256));
    await saveExpectingErrors(page);
    await expectAtField(reason, 'Ändringsorsak får vara högst 255 tecken (nu 256).');
    expect(await axe(page, 'locked risk with reason')).toEqual([]);
    expect(await snapshot(planId)).toBe(before);
    await reason.fill('Bidragen har sänkts; konsekvensen omprövad');
    await panel(page).getByRole('button', { name: 'Spara', exact: true }).click();
    await confirmed(page, 'Risken är sparad.');
    const risk = ((await rest('GET', `web/lists/getByTitle('IKRisker')/items?$filter=PlanId eq ${planId}&$select=Id,Konsekvens,Andringsorsak`)).value as Array<Record<string, unknown>>)[0];
    expect(risk).toMatchObject({ Konsekvens: 3, Andringsorsak: 'Bidragen har sänkts; konsekvensen omprövad' });

    // A follow-up with an anmärkning: 27 without its avvikelse.
    await page.getByRole('combobox', { name: /^Uppföljningsperiod/ }).selectOption('T1');
    await page.getByRole('button', { name: 'Följ upp kontrollmoment 1 för Tertial 1' }).click();
    await panel(page).getByRole('heading', { name: 'Följ upp kontrollmoment 1' }).waitFor();
    before = await snapshot(planId);
    await choose(page, /^Status/, 'Genomförd');
    await choose(page, /^Resultat av granskning/, 'Med anmärkning');
    await saveExpectingErrors(page);
    await expectAtField(panel(page).getByLabel('Beskrivning', { exact: true }), 'Beskrivning måste fyllas i för avvikelse 1 i listan.');
    expect(await snapshot(planId)).toBe(before);
    await panel(page).getByLabel('Beskrivning', { exact: true }).fill('Ett bidrag beviljades utan protokollfört beslut');
    await panel(page).getByLabel('Åtgärd', { exact: true }).fill('Beslutet tas om av nämnden');
    await panel(page).getByLabel('Slutdatum', { exact: true }).fill('2026-06-30');
    await choose(page, /^Avvikelsens status/, 'Pågående');
    // The kommentar in the rich-text editor, by keyboard: a paragraph and a bullet list.
    await panel(page).getByLabel('Kommentar', { exact: true }).click();
    await page.keyboard.type('Stickprov på fem beslut:');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Shift+8');
    await page.keyboard.type('ett saknade protokoll');
    await panel(page).getByRole('button', { name: 'Spara', exact: true }).click();
    await confirmed(page, 'Uppföljningen av kontrollmoment 1 för Tertial 1 är sparad.');
    const avvikelser = (await rest('GET', `web/lists/getByTitle('IKAvvikelser')/items?$filter=PlanId eq ${planId}&$select=Id,Title,AvvikelseStatus`)).value as Array<Record<string, unknown>>;
    expect(avvikelser).toHaveLength(1);
    expect(avvikelser[0].AvvikelseStatus).toBe('Pågående');
    const followUps = (await rest('GET', `web/lists/getByTitle('IKUppfoljningar')/items?$filter=PlanId eq ${planId}&$select=Kommentar`)).value as Array<Record<string, unknown>>;
    expect(followUps.map((f) => unwrapped(f.Kommentar))).toEqual(['<p>Stickprov på fem beslut:</p><ul><li>ett saknade protokoll</li></ul>']);

    // The delete confirmation names what goes with the risk, and Avbryt keeps it.
    await page.getByRole('button', { name: 'Ta bort risk 1' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText('1 kontrollmoment, 1 åtgärd, 1 uppföljning och 1 avvikelse tas bort.').waitFor();
    expect(await axe(page, 'delete confirmation')).toEqual([]);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    // Focus goes back to the button that opened it.
    await page.waitForFunction(() => document.activeElement && document.activeElement.getAttribute('aria-label') === 'Ta bort risk 1');
    expect(await axe(page, 'plan view with edit controls')).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'planeditor-plan.png'), fullPage: true });
    expect(errors).toEqual([]);
  }, 120000);

  it('lets two users edit the same risk: the second sees both versions side by side and chooses per field', async () => {
    expect(planId).toBeGreaterThan(0);
    const first = await openPage(product, 'samordnare');
    const second = await openPage(product, 'handlaggare');
    for (const { page } of [first, second]) {
      await openPlanPage(page);
      await openEditor(page, 'Redigera risk 1', 'Redigera risk 1');
    }
    await first.page.getByRole('dialog').getByLabel('Titel').fill('Felaktigt beviljade föreningsbidrag');
    await first.page.getByRole('dialog').getByLabel('Ändringsorsak').fill('Tydligare rubrik');
    await first.page.getByRole('dialog').getByRole('button', { name: 'Spara', exact: true }).click();
    await confirmed(first.page, 'Risken är sparad.');

    const page = second.page;
    await choose(page, /^Sannolikhet/, '4 – Sannolik');
    await panel(page).getByLabel('Ändringsorsak').fill('Fler ansökningar i år');
    await panel(page).getByRole('button', { name: 'Spara', exact: true }).click();
    await panel(page).getByRole('button', { name: 'Jämför med den nya versionen' }).click();
    const table = panel(page).getByRole('table', { name: 'Fält som skiljer sig' });
    await table.waitFor();
    const rows = table.getByRole('row');
    expect(await rows.count()).toBe(3);
    await table.getByRole('row', { name: /^Titel/ }).getByText('Felaktigt beviljade föreningsbidrag').waitFor();
    await table.getByRole('row', { name: /^Sannolikhet/ }).getByText('4 – Sannolik').waitFor();
    expect(await axe(page, 'conflict side by side')).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'planeditor-konflikt.png') });
    await panel(page).getByRole('button', { name: 'Spara med mina val' }).click();
    await confirmed(page, 'Risken är sparad.');
    const risk = ((await rest('GET', `web/lists/getByTitle('IKRisker')/items?$filter=PlanId eq ${planId}&$select=Title,Sannolikhet,Andringsorsak`)).value as Array<Record<string, unknown>>)[0];
    expect(risk).toEqual({ Title: 'Felaktigt beviljade föreningsbidrag', Sannolikhet: 4, Andringsorsak: 'Fler ansökningar i år' });
    expect(first.errors).toEqual([]);
    // The refused save logs its 412 answer in the console; nothing else may.
    expect(second.errors.filter((e) => !/412|Precondition/.test(e))).toEqual([]);
  }, 120000);

  it('keeps unsaved edits across a reload and restores them with a notice', async () => {
    const { page, errors } = await openPage(product, 'samordnare');
    await openPlanPage(page);
    await openEditor(page, 'Redigera åtgärden ”Rutin för jävsprövning”', 'Redigera åtgärden');
    await panel(page).getByLabel('Ansvarig', { exact: true }).fill('Föreningskonsulent');
    await page.reload();
    await page.getByText('Du har osparade ändringar i åtgärden ”Rutin för jävsprövning”.').waitFor();
    await page.getByRole('button', { name: 'Fortsätt redigera' }).click();
    await panel(page).getByText('Osparade ändringar återställdes.').waitFor();
    expect(await panel(page).getByLabel('Ansvarig', { exact: true }).inputValue()).toBe('Föreningskonsulent');
    expect(await axe(page, 'restored draft')).toEqual([]);
    await panel(page).getByRole('button', { name: 'Spara', exact: true }).click();
    await confirmed(page, 'Åtgärden är sparad.');
    const atgard = ((await rest('GET', `web/lists/getByTitle('IKAtgarder')/items?$filter=PlanId eq ${planId}&$select=Ansvarig`)).value as Array<Record<string, unknown>>)[0];
    expect(atgard.Ansvarig).toBe('Föreningskonsulent');
    expect(await page.evaluate(() => window.sessionStorage.length)).toBe(0);
    expect(errors).toEqual([]);
  }, 120000);
});
