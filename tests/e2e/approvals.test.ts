/**
 * Approval in a real browser (Debian's Chromium) against `npm start`'s product (the local
 * SharePoint over HTTP and the workbench): the samordnare names the approver in the plan view
 * (keyboard, axe on the view), the handläggare requests approval of the AFN plan's
 * period in the web part, the förvaltningsdirektör opens it, sees the report that goes to the
 * nämnd and approves; the web part's own "Exportera till Word" of that period then downloads a
 * bilaga whose approval line carries the short hash of what SharePoint stored. axe-core in the page, colour contrast included.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { spfi, SPBrowser, type SPFI } from '@pnp/sp';
import { BrowserFetch, InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import { createApprovalService } from '../../src/data/approvals/ApprovalService';
import { createInternkontrollService } from '../../src/data/PnpInternkontrollService';
import { LIST_TITLES } from '../../src/data/schema/lists';
import { newPage, startBrowserProduct, wcagViolations, type BrowserProduct } from './support/browserProduct';

const AFN = 'Arbets- och företagsnämnden';

let product: BrowserProduct;

jest.setTimeout(240000);

function siteAs(user: string): SPFI {
  return spfi(product.siteUrl).using(SPBrowser({ baseUrl: product.siteUrl }), BrowserFetch(), InjectHeaders({ 'X-Local-User': user }));
}

beforeAll(async () => {
  product = await startBrowserProduct({ seed: true, dataDirPrefix: 'ik-approvals-' });
}, 180000);

afterAll(async () => {
  await product?.close();
});

async function pageAs(login: string, options: { acceptDownloads?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await newPage(product, { consoleErrors: false, ...options });
  await page.goto(product.workbenchUrl);
  await Promise.all([page.waitForEvent('load'), page.getByLabel('Visa som').selectOption(login)]);
  await page.getByRole('button', { name: `Öppna internkontrollplanen för ${AFN} 2022` }).click();
  await page.getByRole('heading', { name: 'Godkännande', exact: true }).waitFor();
  return { page, errors };
}

test('handläggare requests, chef approves in the browser; the exported .docx says so with the stored hash', async () => {
  const owner = siteAs('samordnare');
  const plans = createInternkontrollService(owner);
  const afn = (await plans.listPlans()).filter((p) => p.namnd === AFN)[0];

  // The samordnare names the approver in the plan view: the godkännare group, searched and chosen by keyboard.
  const asSamordnare = await pageAs('samordnare');
  const approversForm = asSamordnare.page.getByRole('form', { name: 'Godkännare för planen' });
  await approversForm.waitFor();
  expect(await wcagViolations(asSamordnare.page, { within: 'section[aria-labelledby^="ik-godkannare-rubrik-"]', seriousOnly: true })).toEqual([]);
  await approversForm.getByRole('searchbox', { name: 'Sök bland godkännarna' }).fill('förvaltning');
  const chefBox = approversForm.getByRole('checkbox', { name: /^Förvaltningsdirektör/ });
  await chefBox.focus();
  await asSamordnare.page.keyboard.press('Space');
  expect(await chefBox.isChecked()).toBe(true);
  await approversForm.getByRole('radio', { name: 'En av dem' }).check();
  await approversForm.getByRole('button', { name: 'Spara godkännare' }).click();
  await asSamordnare.page.getByText('Godkännarna är sparade.').waitFor();
  await asSamordnare.page.getByText(/^Nu: Förvaltningsdirektör \(En av dem\), angivna \d{4}-\d{2}-\d{2} av /).waitFor();
  expect(await wcagViolations(asSamordnare.page, { within: 'section[aria-labelledby^="ik-godkannare-rubrik-"]', seriousOnly: true })).toEqual([]);
  expect(asSamordnare.errors).toEqual([]);
  const named = await createApprovalService(owner, { plans }).planApprovers(afn.id);
  expect(named?.approvers.map((a) => a.title)).toEqual(['Förvaltningsdirektör']);

  const asHandlaggare = await pageAs('handlaggare');
  const request = asHandlaggare.page.getByRole('form', { name: 'Begär godkännande' });
  await request.getByLabel('Meddelande till godkännarna').fill('Klar för nämnden.');
  await request.getByRole('button', { name: 'Begär godkännande' }).click();
  await asHandlaggare.page.getByText('Väntar på: Förvaltningsdirektör').waitFor();
  expect(asHandlaggare.errors).toEqual([]);

  const asChef = await pageAs('chef');
  await asChef.page.getByRole('heading', { name: 'Det här går till nämnden' }).waitFor();
  expect(await asChef.page.getByRole('table').count()).toBeGreaterThan(0);
  expect(await wcagViolations(asChef.page, { within: 'section[aria-labelledby^="ik-approval-"]', seriousOnly: true })).toEqual([]);
  await asChef.page.getByRole('button', { name: 'Godkänn', exact: true }).click();
  await asChef.page.getByText(/^Godkänd \d{4}-\d{2}-\d{2} av Förvaltningsdirektör \(kontrollsumma [0-9a-f]{12}\)$/).waitFor();
  expect(await wcagViolations(asChef.page, { within: 'section[aria-labelledby^="ik-approval-"]', seriousOnly: true })).toEqual([]);
  expect(asChef.errors).toEqual([]);

  // The handläggare exports the approved period with the web part's own "Exportera till Word":
  // the downloaded bilaga states the approval with the short hash of what SharePoint stored.
  const exporter = await pageAs('handlaggare', { acceptDownloads: true });
  await exporter.page.getByRole('button', { name: 'Exportera till Word' }).click();
  const dialog = exporter.page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: /^Rapportform/ }).click();
  await exporter.page.getByRole('option', { name: 'Status per tertial', exact: true }).click();
  const downloaded = exporter.page.waitForEvent('download', { timeout: 60000 });
  await dialog.getByRole('button', { name: 'Ladda ned bilagan' }).click();
  const said = dialog.getByText(/^Bilagan ”.*” är nedladdad\. Bilagan anger godkännandet: Godkänd \d{4}-\d{2}-\d{2} av Förvaltningsdirektör \(kontrollsumma [0-9a-f]{12}\)\.$/);
  await said.waitFor({ timeout: 60000 });
  expect(await wcagViolations(exporter.page, { within: '[role="dialog"]', seriousOnly: true })).toEqual([]);
  const download = await downloaded;
  const file = join(product.dataDir!, 'godkand-bilaga.docx');
  await download.saveAs(file);
  const xml = await (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')!.async('string');
  const text = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
  const [stored] = await owner.web.lists.getByTitle(LIST_TITLES.beslut).items.select('Kontrollsumma')<Array<{ Kontrollsumma: string }>>();
  // What SharePoint stored is the hash of the period's content in the request's shape now.
  const approvals = createApprovalService(siteAs('handlaggare'), { plans: createInternkontrollService(siteAs('handlaggare')) });
  const [approved] = await approvals.listForPlan(afn.id);
  expect(approved.status).toBe('approved');
  const content = await approvals.content(afn.id, approved.request.periodKey, approved.request.shapeId);
  expect(stored.Kontrollsumma).toBe(content.hash);
  const line = text.match(/^Godkännande: Godkänd \d{4}-\d{2}-\d{2} av Förvaltningsdirektör \(kontrollsumma ([0-9a-f]{12})\)$/m);
  expect(line?.[1]).toBe(stored.Kontrollsumma.slice(0, 12));
  expect(exporter.errors).toEqual([]);
});
