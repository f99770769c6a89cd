/**
 * The Word add-in's local page in Chromium: the task pane beside the stand-in document, against
 * the local SharePoint. Inserts a table, changes the data, refreshes and sees the document
 * change; a hand edit is offered to keep; inserting inside a block is refused. With a real
 * approval (handläggare requests, förvaltningsdirektör approves, over HTTP): the pane shows the
 * state, the block carries the approval line, changed data is inserted only after "Infoga ändå",
 * and Verifiera tells the blocks apart. axe-core finds no serious WCAG 2.1 A/AA violations in
 * any of these states. Screenshots go to temp/screenshots/.
 */
import { join } from 'node:path';
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser } from '@pnp/sp';
import { BrowserFetch } from '@pnp/queryable';
import type { Page } from 'playwright-core';

import { createApprovalService } from '../../src/data/approvals/ApprovalService';
import { createInternkontrollService } from '../../src/data/PnpInternkontrollService';
import { newPage, SCREENSHOTS as screenshots, startBrowserProduct, wcagViolations, type BrowserProduct } from './support/browserProduct';

const AFN = 'Arbets- och företagsnämnden';

let product: BrowserProduct;

beforeAll(async () => {
  product = await startBrowserProduct({ seed: true, dataDirPrefix: 'ik-word-' });
}, 120000);

afterAll(async () => {
  if (product) {
    await product.close();
  }
});

function siteAs(user: string) {
  return spfi(product.siteUrl).using(SPBrowser({ baseUrl: product.siteUrl }), BrowserFetch(), InjectHeaders({ 'X-Local-User': user }));
}

/** The data service as the handläggare, over HTTP, as another person at another desk would change data. */
function serviceOverHttp(user: string = 'handlaggare') {
  return createInternkontrollService(siteAs(user));
}

/** Writes a new kommentar on the first kontrollmoment follow-up of AFN's T2 (or another period). */
async function changeAfnT2Comment(text: string, periodKey: string = 'T2'): Promise<void> {
  const service = serviceOverHttp();
  const plan = (await service.listPlans()).filter((p) => p.namnd === AFN)[0];
  const view = await service.loadPlanView(plan.id);
  const followUp = view.uppfoljningar.filter((f) => f.targetType === 'kontrollmoment' && f.periodKey === periodKey)[0];
  await service.saveFollowUp(plan.id, { ...followUp, kommentar: `<p>${text}</p>` }, view.avvikelser.filter((a) => a.followUpKey === followUp.key));
}

async function documentText(page: Page): Promise<string> {
  return page.getByTestId('document-preview').innerText();
}

/** Waits until the document preview has been rendered past a version. */
async function previewAfter(page: Page, version: number): Promise<number> {
  await page.waitForFunction((v) => Number(document.querySelector('[data-testid="document-preview"]')?.getAttribute('data-version') ?? '-1') > v, version);
  return Number(await page.getByTestId('document-preview').getAttribute('data-version'));
}

describe('the Word add-in on the local page', () => {
  it('inserts a table, refreshes it after a data change, offers to keep a hand edit and refuses inside a block', async () => {
    const { page, errors } = await newPage(product, { viewport: { width: 1400, height: 1000 } });
    await page.goto(product.wordUrl);
    await page.getByRole('heading', { name: 'Uppföljningstabeller' }).waitFor();
    let version = await previewAfter(page, -1);
    expect(await documentText(page)).toContain('Tjänsteskrivelse till Arbetsmarknadsnämnden');

    // Choose the plan; the period opens on the last reported one, the first shape is chosen.
    await page.getByRole('combobox', { name: 'Plan' }).click();
    await page.getByRole('option', { name: `${AFN} 2022` }).click();
    await page.getByRole('combobox', { name: /^Period/ }).filter({ hasText: 'Tertial 2' }).waitFor();
    expect(await page.getByRole('combobox', { name: /^Rapportmall/ }).innerText()).toContain('Status per tertial');
    const preview = page.getByRole('region', { name: 'Förhandsvisning' });
    await preview.locator('table').first().waitFor();
    expect(await wcagViolations(page, { seriousOnly: true })).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'word-forhandsvisning.png'), fullPage: false });

    // Insert at the cursor (the empty paragraph under "Bilaga 1").
    expect(await page.getByLabel('Markören står i').locator('option:checked').innerText()).toBe('Tomt stycke');
    await page.getByRole('button', { name: 'Infoga vid markören' }).click();
    // T2 is not approved: the pane asks first, naming the state.
    const notApproved = page.getByRole('alertdialog', { name: 'Uppgifterna är inte godkända' });
    await notApproved.getByText(/^Det du infogar är inte det som godkändes: Inte godkänd\./).waitFor();
    await notApproved.getByRole('button', { name: 'Infoga ändå' }).click();
    await page.getByText(/^Tabellen är infogad: Status per tertial, Tertial 2, Arbets- och företagsnämnden 2022\.$/).waitFor();
    version = await previewAfter(page, version);
    const inserted = await documentText(page);
    expect(inserted).toContain('Kontrollmoment');
    expect(inserted).toContain('Status T2 2022');

    // Someone changes the data; "Uppdatera tabeller" brings it into the document.
    await changeAfnT2Comment('Ändrat efter insättningen: stickprov klart i september.');
    expect(await documentText(page)).not.toContain('stickprov klart i september');
    await page.getByRole('button', { name: 'Uppdatera tabeller' }).click();
    await notApproved.getByRole('button', { name: 'Uppdatera ändå' }).click();
    await page.getByText('1 av 1 tabeller och meningar är uppdaterade; 0 var redan aktuella.').waitFor();
    version = await previewAfter(page, version);
    expect(await documentText(page)).toContain('Ändrat efter insättningen: stickprov klart i september.');
    await page.screenshot({ path: join(screenshots, 'word-uppdaterad.png'), fullPage: false });

    // With the cursor in the block, inserting is refused plainly.
    const cursor = page.getByLabel('Markören står i');
    const blockOption = cursor.locator('option', { hasText: /^Infogat block: Status per tertial, Tertial 2/ });
    await cursor.selectOption({ label: await blockOption.innerText() });
    await page.locator('p', { hasText: /^Markören står i en tabell eller mening som Internkontroll redan har infogat\./ }).waitFor();
    await page.getByRole('button', { name: 'Infoga vid markören' }).click();
    await page.getByRole('status').getByText(/^Markören står i en tabell eller mening som Internkontroll redan har infogat\./).waitFor();

    // A hand edit in the block, then new data: the user is asked, and keeps the edit.
    await page.getByRole('button', { name: 'Ändra för hand i blocket vid markören' }).click();
    version = await previewAfter(page, version);
    await changeAfnT2Comment('Ändrat en andra gång.');
    await page.getByRole('button', { name: 'Uppdatera tabeller' }).click();
    // A blocking Fluent dialog is an alertdialog (its own box has no size; its content shows): the refresh waits for the answer.
    const dialog = page.getByRole('alertdialog', { name: 'Ändrade för hand' });
    await dialog.getByRole('button', { name: 'Fortsätt' }).waitFor();
    expect(await dialog.getByRole('checkbox', { name: /^Behåll: Status per tertial · Tertial 2 · Arbets- och företagsnämnden 2022$/ }).isChecked()).toBe(true);
    expect(await wcagViolations(page, { seriousOnly: true })).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'word-andrad-for-hand.png'), fullPage: false });
    await dialog.getByRole('button', { name: 'Behåll alla' }).click();
    await page.getByText('1 som ändrats för hand behölls som de är.').waitFor();
    const kept = await documentText(page);
    expect(kept).toContain('(ändrat för hand)');
    expect(kept).not.toContain('Ändrat en andra gång.');

    // Asked again, the user lets it be replaced.
    await page.getByRole('button', { name: 'Uppdatera tabeller' }).click();
    await dialog.getByRole('button', { name: 'Fortsätt' }).waitFor();
    // Fluent draws the box over the input: the label is what a person clicks.
    await dialog.getByText(/^Behåll: Status per tertial/).click();
    expect(await dialog.getByRole('checkbox').isChecked()).toBe(false);
    await dialog.getByRole('button', { name: 'Fortsätt' }).click();
    await notApproved.getByRole('button', { name: 'Uppdatera ändå' }).click();
    await page.getByText('1 av 1 tabeller och meningar är uppdaterade; 0 var redan aktuella.').waitFor();
    version = await previewAfter(page, version);
    const replaced = await documentText(page);
    expect(replaced).toContain('Ändrat en andra gång.');
    expect(replaced).not.toContain('(ändrat för hand)');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180000);
});

describe('the approval in the Word add-in', () => {
  it('shows the state, inserts approved data with its line, asks before changed data, and Verifiera tells the blocks apart', async () => {
    // The samordnare names the förvaltningsdirektör; the handläggare requests T1; the chef approves.
    const owner = siteAs('samordnare');
    const plans = serviceOverHttp('samordnare');
    const afn = (await plans.listPlans()).filter((p) => p.namnd === AFN)[0];
    const approvalsAs = (user: string) => createApprovalService(siteAs(user), { plans: serviceOverHttp(user) });
    const chef = (await approvalsAs('samordnare').approverCandidates()).filter((person) => person.title === 'Förvaltningsdirektör')[0];
    await createApprovalService(owner, { plans }).setPlanApprovers({ planId: afn.id, approverIds: [chef.id], rule: 'any' });
    const made = await approvalsAs('handlaggare').request({ planId: afn.id, periodKey: 'T1', shapeId: 'status-per-tertial' });
    const seen = await approvalsAs('chef').content(afn.id, 'T1', 'status-per-tertial');
    await approvalsAs('chef').decide(made.request.key, { outcome: 'approved', seenHash: seen.hash });
    const short = seen.hash.slice(0, 12);

    const { page, errors } = await newPage(product, { viewport: { width: 1400, height: 1000 } });
    await page.goto(product.wordUrl);
    let version = await previewAfter(page, -1);
    await page.getByRole('combobox', { name: 'Plan' }).click();
    await page.getByRole('option', { name: `${AFN} 2022` }).click();
    await page.getByRole('combobox', { name: /^Period/ }).filter({ hasText: 'Tertial 2' }).waitFor();
    await page.getByRole('combobox', { name: /^Period/ }).click();
    await page.getByRole('option', { name: 'Tertial 1' }).click();
    const state = page.getByRole('region', { name: 'Godkännande' }).getByRole('status');
    await state.getByText(new RegExp(`Godkänd \\d{4}-\\d{2}-\\d{2} av Förvaltningsdirektör \\(kontrollsumma ${short}\\)`)).waitFor();
    expect(await wcagViolations(page, { seriousOnly: true })).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'word-godkand.png'), fullPage: false });

    // Approved and unchanged: no question; the block ends with the approval line.
    await page.getByRole('button', { name: 'Infoga vid markören' }).click();
    await page.getByText(/^Tabellen är infogad: Status per tertial, Tertial 1, Arbets- och företagsnämnden 2022\.$/).waitFor();
    version = await previewAfter(page, version);
    expect(await documentText(page)).toMatch(new RegExp(`Godkännande: Godkänd \\d{4}-\\d{2}-\\d{2} av Förvaltningsdirektör \\(kontrollsumma ${short}\\)`));
    await page.getByRole('button', { name: 'Verifiera' }).click();
    const results = page.getByTestId('verify-results');
    await results.getByText(/^Det godkända: Status per tertial · Tertial 1 · Arbets- och företagsnämnden 2022\. Tabellen i dokumentet är den som godkändes/).waitFor();

    // The data changes: inserting asks first, naming the state; Infoga ändå inserts with "Ändrad efter godkännande".
    await changeAfnT2Comment('Ändrat efter godkännandet.', 'T1');
    await page.getByRole('button', { name: 'Infoga vid markören' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Uppgifterna är inte godkända' });
    await dialog.getByText(/^Det du infogar är inte det som godkändes: Ändrad efter godkännande \(godkänd \d{4}-\d{2}-\d{2} av Förvaltningsdirektör, kontrollsumma [0-9a-f]{12}\)\. Vill du infoga det ändå\?/).waitFor();
    expect(await wcagViolations(page, { seriousOnly: true })).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'word-inte-godkand-fraga.png'), fullPage: false });
    await dialog.getByRole('button', { name: 'Infoga ändå' }).click();
    await page.getByText(/^Tabellen är infogad: Status per tertial, Tertial 1/).waitFor();
    version = await previewAfter(page, version);
    expect(await documentText(page)).toContain(`Godkännande: Ändrad efter godkännande (godkänd`);

    await page.getByRole('button', { name: 'Verifiera' }).click();
    await results.getByText(/^Inte det godkända: /).waitFor();
    expect(await results.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^Det godkända, men uppgifterna har ändrats sedan: /),
      expect.stringMatching(/^Inte det godkända: .*Blocket är inte ändrat för hand/)
    ]);
    expect(await wcagViolations(page, { seriousOnly: true })).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'word-verifierad.png'), fullPage: false });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180000);
});
