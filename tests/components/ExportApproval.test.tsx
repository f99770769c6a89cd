/** @jest-environment ./tests/support/jsdomWithFetch.cjs */
/*
 * "Exportera till Word" states the period's approval under the tables, over the in-process local
 * SharePoint with the demo plans and a real approval (the handläggare requests, the chef
 * approves through the approval service). The expected line is built from what SharePoint
 * stored (the decision's Kontrollsumma and Created), never from the code that writes it.
 */
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import '@testing-library/jest-dom';
import JSZip from 'jszip';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { spfi, SPBrowser } from '@pnp/sp';

import { DEFAULT_SITE_URL, LocalSharePoint } from '../../local';
import { swedishDay, type IApprovalService } from '../../src/approvals';
import { ExportToWordDialog } from '../../src/components/ExportToWord/ExportToWordDialog';
import { createApprovalService } from '../../src/data/approvals/ApprovalService';
import { UnavailableError } from '../../src/data/errors';
import { LIST_TITLES } from '../../src/data/schema/lists';
import { seededSite, type DemoUser, type LocalSite } from './support/localSite';
import { chooseOption } from './support/ui';

jest.setTimeout(120_000);

const AFN = 'Arbets- och företagsnämnden';
const SHAPE = 'status-per-tertial';

let site: LocalSite;
let afnId: number;

function spFor(user: DemoUser) {
  return spfi(DEFAULT_SITE_URL).using(SPBrowser({ baseUrl: DEFAULT_SITE_URL }), LocalSharePoint(site.core, { user }));
}

function approvalsFor(user: DemoUser): IApprovalService {
  return createApprovalService(spFor(user), { plans: site.serviceFor(user) });
}

/** Exports AFN 2022 T2 in a shape through the dialog; the document's paragraphs and the dialog's message. */
async function exportAs(shapeName: string, approvals: Pick<IApprovalService, 'stateOf'>): Promise<{ lines: string[]; message: string }> {
  const view = await site.serviceFor('handlaggare').loadPlanView(afnId);
  const files: Array<{ bytes: Uint8Array }> = [];
  const { unmount } = render(
    <ExportToWordDialog service={site.serviceFor('handlaggare')} approvals={approvals} view={view} periodKey="T2" onDismiss={() => undefined} onDownload={(f) => files.push(f)} datum="2022-09-20" />
  );
  await screen.findByRole('combobox', { name: /^Rapportform/ });
  await chooseOption(/^Rapportform/, shapeName);
  fireEvent.click(screen.getByRole('button', { name: 'Ladda ned bilagan' }));
  const message = (await screen.findByText(/är nedladdad/, undefined, { timeout: 30000 })).textContent ?? '';
  expect(files).toHaveLength(1);
  const xml = await (await JSZip.loadAsync(files[0].bytes)).file('word/document.xml')!.async('string');
  unmount();
  const lines = xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .split('\n')
    .map((line) => line.trim());
  return { lines, message };
}

function approvalLines(lines: string[]): string[] {
  return lines.filter((line) => line.startsWith('Godkännande:'));
}

beforeAll(async () => {
  site = await seededSite();
  afnId = (await site.serviceFor('handlaggare').listPlans()).filter((p) => p.namnd === AFN)[0].id;
}, 60_000);

test('the bilaga states the approval of exactly what it shows: none, approved, another shape, changed, unreadable', async () => {
  // Never requested.
  const before = await exportAs('Status per tertial', approvalsFor('handlaggare'));
  expect(approvalLines(before.lines)).toEqual(['Godkännande: Inte godkänd']);
  expect(before.message).toBe('Bilagan ”Arbets- och företagsnämnden 2022 Tertial 2 – Status per tertial.docx” är nedladdad. Bilagan anger godkännandet: Inte godkänd.');

  // Requested by the handläggare, approved by the chef.
  await approvalsFor('planerare').setPlanApprovers({ planId: afnId, approverIds: [site.core.store.users.byLogin('chef')!.id], rule: 'any' });
  const made = await approvalsFor('handlaggare').request({ planId: afnId, periodKey: 'T2', shapeId: SHAPE });
  const pending = await exportAs('Status per tertial', approvalsFor('handlaggare'));
  expect(approvalLines(pending.lines)).toEqual(['Godkännande: Väntar på godkännande']);
  const asChef = approvalsFor('chef');
  await asChef.decide(made.request.key, { outcome: 'approved', seenHash: (await asChef.content(afnId, 'T2', SHAPE)).hash });
  const [decision] = await spFor('samordnare').web.lists.getByTitle(LIST_TITLES.beslut).items.select('Kontrollsumma', 'Created')<Array<{ Kontrollsumma: string; Created: string }>>();
  const approved = `Godkänd ${swedishDay(decision.Created)} av Förvaltningsdirektör (kontrollsumma ${decision.Kontrollsumma.slice(0, 12)})`;

  const after = await exportAs('Status per tertial', approvalsFor('handlaggare'));
  expect(approvalLines(after.lines)).toEqual([`Godkännande: ${approved}`]);
  // A bilaga states it in its heading block, right after the date, above the tables.
  expect(after.lines.indexOf(`Godkännande: ${approved}`)).toBe(after.lines.indexOf('Datum: 2022-09-20') + 1);
  expect(after.lines.indexOf(`Godkännande: ${approved}`)).toBeLessThan(after.lines.indexOf('Kontroll av omfattning och progress i insatser'));
  expect(after.message).toContain(`Bilagan anger godkännandet: ${approved}.`);

  // Another shape's report of the same period was never approved.
  const other = await exportAs('Granskningssammanfattning', approvalsFor('handlaggare'));
  expect(approvalLines(other.lines)).toEqual([`Godkännande: Inte godkänd i den här rapportformen (periodens uppföljning godkändes ${swedishDay(decision.Created)} i en annan)`]);

  // A kommentar changed after the approval.
  const service = site.serviceFor('handlaggare');
  const view = await service.loadPlanView(afnId);
  const followUp = view.uppfoljningar.filter((f) => f.targetType === 'kontrollmoment' && f.periodKey === 'T2')[0];
  await service.saveFollowUp(afnId, { ...followUp, kommentar: '<p>Ändrad efter beslutet.</p>' }, view.avvikelser.filter((a) => a.followUpKey === followUp.key));
  const changed = await exportAs('Status per tertial', approvalsFor('handlaggare'));
  expect(approvalLines(changed.lines)).toEqual([
    `Godkännande: Ändrad efter godkännande (godkänd ${swedishDay(decision.Created)} av Förvaltningsdirektör, kontrollsumma ${decision.Kontrollsumma.slice(0, 12)})`
  ]);

  // The approval cannot be read: the bilaga still comes, states nothing, and the user is told.
  const unreadable = await exportAs('Status per tertial', { stateOf: () => Promise.reject(new UnavailableError()) });
  expect(approvalLines(unreadable.lines)).toEqual([]);
  expect(unreadable.message).toContain('Godkännandet kunde inte läsas (Det gick inte att nå SharePoint. Kontrollera anslutningen och försök igen.), så bilagan anger inget godkännande.');
});
