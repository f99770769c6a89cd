/**
 * Two users on one follow-up in a real browser (Debian's Chromium, two browser contexts with
 * their own cookies) against the workbench and an in-memory local SharePoint: the second save
 * is refused, their version is laid beside what was typed, axe-core (every rule) finds nothing
 * on the comparison, nothing is written until the choice, and the save of the choices sends
 * the fresh ETag as If-Match. Read back over REST.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page, Request } from 'playwright-core';

import { createInternkontrollService } from '../../src/data/PnpInternkontrollService';
import { buildStandardPeriods, createDefaultMatrix4x4 } from '../../src/model';
import { axeViolations, openPage, rest, startBrowserProduct, type BrowserProduct } from './support/browserProduct';

const NAMND = 'Tekniska nämnden';
const screenshots = join(resolve(__dirname, '..', '..'), 'temp', 'screenshots');
let product: BrowserProduct;
let planId = 0;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  product = await startBrowserProduct({ seed: true });
  const service = createInternkontrollService(product.sp);
  const imported = await service.importPlan({
    plan: {
      key: 'tn-plan',
      namnd: NAMND,
      ar: 2026,
      status: 'Beslutad',
      beslutsdatum: '2025-12-10',
      riskMatrix: createDefaultMatrix4x4(),
      perioder: buildStandardPeriods(2026),
      omraden: [{ key: 'tn-o1', namn: 'Ekonomi', ordning: 1 }]
    },
    risker: [{ key: 'tn-r1', nr: 1, omradeKey: 'tn-o1', titel: 'Felaktiga utbetalningar', obligatorisk: false, sannolikhet: 2, konsekvens: 3 }],
    kontrollmoment: [{ key: 'tn-k1', riskKey: 'tn-r1', nr: 1, beskrivning: '<p>Stickprov på utbetalningar</p>', obligatorisk: false }],
    atgarder: [],
    uppfoljningar: [{ key: 'tn-f1', targetType: 'kontrollmoment', targetKey: 'tn-k1', periodKey: 'T1', status: 'Pågående', kommentar: '<p>Stickprov på tio utbetalningar.</p>' }],
    avvikelser: []
  });
  planId = imported.plan.id;
}, 180000);

afterAll(async () => {
  if (product) {
    await product.close();
  }
});

/** The follow-up as stored, with its ETag (REST as the samordnare, the test's own read). */
async function storedFollowUp(): Promise<{ etag: string; status: string; kommentar: string; modified: string }> {
  const answer = await fetch(`${product.siteUrl}/_api/web/lists/getByTitle('IKUppfoljningar')/items?$filter=PlanId eq ${planId}&$select=Id,UppfoljningStatus,Kommentar,Modified`, {
    headers: { Accept: 'application/json;odata=minimalmetadata', 'X-Local-User': 'samordnare' }
  });
  if (!answer.ok) {
    throw new Error(`IKUppfoljningar: ${answer.status} ${await answer.text()}`);
  }
  const items = ((await answer.json()) as { value: Array<Record<string, unknown>> }).value;
  expect(items).toHaveLength(1);
  const kommentar = String(items[0].Kommentar).replace(/^\s*<div class="?ExternalClass[0-9A-Fa-f]{32}"?>([\s\S]*)<\/div>\s*$/, '$1');
  return { etag: String(items[0]['odata.etag']), status: String(items[0].UppfoljningStatus), kommentar, modified: String(items[0].Modified) };
}

/** Opens the plan on Tertial 1 and its follow-up form of kontrollmoment 1. */
async function openForm(page: Page): Promise<Locator> {
  await page.getByRole('heading', { name: `Internkontrollplan 2026: ${NAMND}` }).waitFor({ timeout: 30000 });
  await page.getByRole('combobox', { name: /^Uppföljningsperiod/ }).selectOption('T1');
  await page.getByRole('button', { name: 'Följ upp kontrollmoment 1 för Tertial 1' }).click();
  const panel = page.getByRole('dialog');
  await panel.getByRole('heading', { name: 'Följ upp kontrollmoment 1' }).waitFor();
  await panel.getByLabel('Kommentar', { exact: true }).waitFor();
  return panel;
}

/** Chooses an option of a Fluent Dropdown in the panel. */
async function choose(page: Page, panel: Locator, label: RegExp, option: string): Promise<void> {
  await panel.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('two users on one follow-up in Chromium', () => {
  it('shows the second user both versions side by side, accessible, and saves the chosen fields with the fresh ETag', async () => {
    const a = await openPage(product, 'handlaggare', `#plan=${planId}`);
    const b = await openPage(product, 'samordnare', `#plan=${planId}`);
    const aPanel = await openForm(a.page);
    const bPanel = await openForm(b.page);

    // If-Match of every follow-up update A sends (single requests to the item, not batched).
    const ifMatch: string[] = [];
    a.page.on('request', (request: Request) => {
      if (/IKUppfoljningar'\)\/items\(\d+\)/.test(request.url()) && request.method() !== 'GET') {
        ifMatch.push(request.headers()['if-match'] || '(none)');
      }
    });

    // B records the status first.
    const opened = await storedFollowUp();
    await choose(b.page, bPanel, /^Status/, 'Genomförd');
    await bPanel.getByRole('button', { name: 'Spara', exact: true }).click();
    await b.page.getByText('Uppföljningen av kontrollmoment 1 för Tertial 1 är sparad.').waitFor({ timeout: 20000 });
    const theirs = await storedFollowUp();
    expect(theirs.status).toBe('Genomförd');
    expect(theirs.etag).not.toBe(opened.etag);

    // A changes the status too and rewrites the kommentar on the keyboard, a word in bold.
    await choose(a.page, aPanel, /^Status/, 'Ej påbörjad');
    await aPanel.getByLabel('Kommentar', { exact: true }).click();
    await a.page.keyboard.press('Control+A');
    await a.page.keyboard.type('Två av tio saknade ');
    await a.page.keyboard.press('Control+B');
    await a.page.keyboard.type('attest');
    await a.page.keyboard.press('Control+B');
    await a.page.keyboard.type('.');
    await aPanel.getByRole('button', { name: 'Spara', exact: true }).click();

    const table = aPanel.getByRole('table', { name: 'Fält som skiljer sig' });
    await table.waitFor({ timeout: 20000 });
    await aPanel.getByRole('region', { name: 'Deras version och din' }).getByText('Någon annan har sparat en ny version medan du hade formuläret öppet. Ingenting av ditt är sparat än.').waitFor();
    expect(await a.page.evaluate(() => (document.activeElement ? document.activeElement.textContent : ''))).toBe('Deras version och din');
    await a.page.getByText('Deras version och din visas sida vid sida: 2 fält skiljer sig.').waitFor({ state: 'attached' });
    expect(await table.getByRole('rowheader').allInnerTexts()).toEqual(['Status', 'Kommentar']);
    const kommentarRow = table.getByRole('row', { name: /^Kommentar/ });
    expect(await kommentarRow.getByRole('cell').nth(0).innerText()).toBe('Stickprov på tio utbetalningar.');
    expect(await kommentarRow.getByRole('cell').nth(1).locator('strong').innerText()).toBe('attest');
    expect(await kommentarRow.getByRole('cell').nth(1).innerText()).toBe('Två av tio saknade attest.');
    const found = await axeViolations(a.page);
    // eslint-disable-next-line no-console
    console.log(`axe-core, every rule, on the follow-up comparison: ${found.length} violations`);
    expect(found).toEqual([]);
    await a.page.screenshot({ path: join(screenshots, 'uppfoljning-konflikt.png') });

    // Nothing written while A chooses.
    expect(await storedFollowUp()).toEqual(theirs);
    expect(ifMatch).toEqual([opened.etag]);

    // A takes B's status by keyboard (arrow keys in the radio group) and keeps the own kommentar.
    const statusRow = table.getByRole('row', { name: /^Status/ });
    await statusRow.getByRole('radio', { name: 'Din' }).focus();
    await a.page.keyboard.press('ArrowUp');
    expect(await statusRow.getByRole('radio', { name: 'Deras' }).isChecked()).toBe(true);
    await aPanel.getByRole('button', { name: 'Spara med mina val' }).click();
    await a.page.getByText('Uppföljningen av kontrollmoment 1 för Tertial 1 är sparad.').waitFor({ timeout: 20000 });

    const after = await storedFollowUp();
    expect(after.status).toBe('Genomförd');
    expect(after.kommentar).toBe('<p>Två av tio saknade <strong>attest</strong>.</p>');
    expect(ifMatch).toEqual([opened.etag, theirs.etag]);
    expect(await rest(product, `web/lists/getByTitle('IKUppfoljningar')/items?$filter=PlanId eq ${planId}&$select=Id`)).toHaveLength(1);
    expect(b.errors).toEqual([]);
    // The refused save logs its 412 answer in the console; nothing else may.
    expect(a.errors.filter((e) => !/412|Precondition/.test(e))).toEqual([]);
    await a.page.context().close();
    await b.page.context().close();
  }, 180000);
});
