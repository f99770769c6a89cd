/** @jest-environment ./tests/support/jsdomWithFetch.cjs */
/*
 * Naming a plan's approvers and deputies in the web part, and choosing the report shape of a
 * request, on the in-process local SharePoint through the real service: the samordnare searches
 * the godkännare group, picks by keyboard-operable checkboxes and saves a version; refusals are
 * Swedish and write nothing; a deputy is appointed and ended early; a request sent in an own
 * shape from IKRapportformer is what the approver sees. axe-core (WCAG 2.1 A/AA) on each view;
 * colour contrast needs a layout engine and is checked in the browser test.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { ApproverSettings } from '../../src/components/Approvals/ApproverSettings';
import { ApprovalPanel } from '../../src/components/Approvals/ApprovalPanel';
import { createApprovalService } from '../../src/data/approvals/ApprovalService';
import { newKey } from '../../src/data/InternkontrollService';
import { LIST_TITLES } from '../../src/data/schema/lists';
import { ROLE_GROUPS } from '../../src/data/security/roles';
import { swedishDay, type IApprovalService } from '../../src/approvals';
import type { ReportShape } from '../../src/reports';
import { seededSite, type DemoUser, type LocalSite } from './support/localSite';
import { wcagViolations } from '../support/axe';

jest.setTimeout(120_000);
HTMLCanvasElement.prototype.getContext = (() => null) as unknown as typeof HTMLCanvasElement.prototype.getContext;

let site: LocalSite;
let planId: number;
let periodKey: string;

function approvalsFor(user: DemoUser | 'ersattare'): IApprovalService {
  return createApprovalService(site.spFor(user), { plans: site.serviceFor(user === 'ersattare' ? 'lasare' : user) });
}

beforeAll(async () => {
  site = await seededSite();
  site.core.store.users.addToDirectory({ login: 'ersattare', title: 'Biträdande förvaltningsdirektör' });
  await site.spFor('samordnare').web.siteGroups.getByName(ROLE_GROUPS.godkannare.title).users.add('i:0#.f|membership|ersattare@kommun.example');
  const plans = await site.serviceFor('samordnare').listPlans();
  planId = plans[0].id;
  periodKey = (await site.serviceFor('samordnare').loadPlanView(planId)).uppfoljningar[0].periodKey;
});

test('the samordnare names the approvers: search, choose, rule, save; an empty choice is refused in Swedish', async () => {
  const asPlanerare = approvalsFor('planerare');
  render(<ApproverSettings approvals={asPlanerare} planId={planId} />);
  const form = await screen.findByRole('form', { name: 'Godkännare för planen' });
  expect(screen.getByText('Inga godkännare är angivna för planen ännu.')).toBeInTheDocument();
  expect(await wcagViolations()).toEqual([]);

  // Nothing chosen: the service's refusal names the field; nothing is stored.
  fireEvent.click(within(form).getByRole('button', { name: 'Spara godkännare' }));
  expect(await within(form).findByText('Godkännare: välj minst en godkännare.')).toBeInTheDocument();
  expect(await site.spFor('samordnare').web.lists.getByTitle(LIST_TITLES.godkannare).items()).toEqual([]);

  // The godkännare group holds the chef and the deputy; a search leaves one.
  const group = within(form).getByRole('group', { name: 'Godkännare' });
  expect(within(group).getAllByRole('checkbox')).toHaveLength(2);
  fireEvent.change(within(form).getByRole('searchbox', { name: 'Sök bland godkännarna' }), { target: { value: 'förvaltningsdirektör' } });
  expect(within(group).getAllByRole('checkbox')).toHaveLength(2);
  fireEvent.change(within(form).getByRole('searchbox', { name: 'Sök bland godkännarna' }), { target: { value: 'bitr' } });
  expect(within(group).getAllByRole('checkbox').map((c) => c.closest('label')?.textContent)).toEqual([expect.stringMatching(/^Biträdande förvaltningsdirektör/)]);
  fireEvent.change(within(form).getByRole('searchbox', { name: 'Sök bland godkännarna' }), { target: { value: '' } });
  fireEvent.click(within(group).getByRole('checkbox', { name: /^Förvaltningsdirektör/ }));
  fireEvent.click(within(group).getByRole('checkbox', { name: /^Biträdande förvaltningsdirektör/ }));
  expect(within(form).getByText('2 valda')).toBeInTheDocument();
  fireEvent.click(within(form).getByRole('radio', { name: 'Alla' }));
  fireEvent.click(within(form).getByRole('button', { name: 'Spara godkännare' }));
  await screen.findByText('Godkännarna är sparade.');
  const today = swedishDay(new Date());
  await waitFor(() => expect(screen.getByText(`Nu: Förvaltningsdirektör, Biträdande förvaltningsdirektör (Alla), angivna ${today} av Planerare`)).toBeInTheDocument());

  // Read back as someone else: the version in force.
  const stored = await approvalsFor('handlaggare').planApprovers(planId);
  expect(stored?.rule).toBe('all');
  expect(stored?.approvers.map((a) => a.id).sort()).toEqual([site.idOf('chef'), site.idOf('ersattare')].sort());
  expect(await wcagViolations()).toEqual([]);
});

test('deputies: a reversed range is refused in Swedish; one is appointed, listed, and ended early', async () => {
  render(<ApproverSettings approvals={approvalsFor('planerare')} planId={planId} />);
  const form = await screen.findByRole('form', { name: 'Utse ersättare' });
  expect(screen.getByText('Inga ersättare är utsedda.')).toBeInTheDocument();
  fireEvent.change(within(form).getByLabelText('Godkännare som ersätts'), { target: { value: String(site.idOf('chef')) } });
  fireEvent.change(within(form).getByLabelText('Ersättare'), { target: { value: String(site.idOf('ersattare')) } });
  fireEvent.change(within(form).getByLabelText('Första dag'), { target: { value: '2099-07-31' } });
  fireEvent.change(within(form).getByLabelText('Sista dag'), { target: { value: '2099-07-01' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Utse ersättare' }));
  expect(await within(form).findByText('Ersättaren: sista dagen är före den första.')).toBeInTheDocument();
  expect(await site.spFor('samordnare').web.lists.getByTitle(LIST_TITLES.ersattare).items()).toEqual([]);

  const today = swedishDay(new Date());
  fireEvent.change(within(form).getByLabelText('Första dag'), { target: { value: today } });
  fireEvent.change(within(form).getByLabelText('Sista dag'), { target: { value: '2099-07-31' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Utse ersättare' }));
  const table = await screen.findByRole('table', { name: 'Ersättare' });
  const row = within(table).getAllByRole('row')[1];
  expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Biträdande förvaltningsdirektör', 'Förvaltningsdirektör', `${today} – 2099-07-31`, 'Gäller nu', 'Avsluta']);
  expect(await wcagViolations()).toEqual([]);

  fireEvent.click(within(row).getByRole('button', { name: 'Avsluta Biträdande förvaltningsdirektör som ersättare för Förvaltningsdirektör i går' }));
  await screen.findByText('Ersättaren är avslutad: sista dagen var i går.');
  const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 86400000).toISOString().slice(0, 10);
  await waitFor(() =>
    expect(within(screen.getByRole('table', { name: 'Ersättare' })).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').slice(2, 4).map((c) => c.textContent))).toEqual([
      [`${yesterday} – ${yesterday}`, 'Avslutad'],
      [`${today} – 2099-07-31`, 'Ersatt av en senare']
    ])
  );
  expect(screen.queryByRole('button', { name: /^Avsluta / })).toBeNull();
  expect(await site.spFor('samordnare').web.lists.getByTitle(LIST_TITLES.ersattare).items()).toHaveLength(2);
});

test('the requester chooses an own shape from IKRapportformer; the approver sees that shape', async () => {
  const own = {
    id: 'godkannande-kort-lista',
    namn: 'Kort lista för godkännande',
    titel: 'Kontrollmoment {periodkod} {ar}',
    sammanfattning: 'ingen',
    tabeller: [
      {
        rubrik: 'Kontrollmomentens läge',
        rader: 'kontrollmoment',
        kolumner: [
          { falt: 'kontrollmoment.beskrivning', rubrik: 'Vad kontrolleras', bredd: 3 },
          { falt: 'uppfoljning.status', rubrik: 'Läge {periodkod}', bredd: 1 }
        ]
      }
    ]
  } as ReportShape;
  await site.serviceFor('samordnare').saveReportShape({ key: newKey(), shape: own });
  await approvalsFor('planerare').setPlanApprovers({ planId, approverIds: [site.idOf('chef')], rule: 'any' });
  const handlaggare = site.serviceFor('handlaggare');
  const first = render(
    <ApprovalPanel approvals={approvalsFor('handlaggare')} planId={planId} periodKey={periodKey} shapeId="status-per-tertial" currentUserId={site.idOf('handlaggare')} mayRequest={true} listOwnShapes={() => handlaggare.listReportShapes()} />
  );
  const form = await screen.findByRole('form', { name: 'Begär godkännande' });
  const select = within(form).getByRole('combobox', { name: 'Rapportform som går till nämnden' }) as HTMLSelectElement;
  expect(select.value).toBe('status-per-tertial');
  await waitFor(() => expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Status per tertial', 'Granskningssammanfattning', 'Periodens riskanalys', 'Åtgärder och kontroller', 'Kort lista för godkännande']));
  expect(within(select).getByRole('group', { name: 'Organisationens egna former' })).toBeInTheDocument();
  expect(await wcagViolations()).toEqual([]);
  fireEvent.change(select, { target: { value: 'godkannande-kort-lista' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Begär godkännande' }));
  await waitFor(() => expect(screen.getAllByRole('status')[0]).toHaveTextContent('Väntar på godkännande'));
  first.unmount();

  const [stored] = await site.spFor('samordnare').web.lists.getByTitle(LIST_TITLES.godkannanden).items.select('RapportformId')<Array<{ RapportformId: string }>>();
  expect(stored.RapportformId).toBe('godkannande-kort-lista');
  render(<ApprovalPanel approvals={approvalsFor('chef')} planId={planId} periodKey={periodKey} shapeId="status-per-tertial" currentUserId={site.idOf('chef')} mayRequest={false} />);
  await screen.findByRole('heading', { name: 'Det här går till nämnden' });
  const tables = screen.getAllByRole('table');
  expect(tables).toHaveLength(1);
  expect(within(tables[0]).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Vad kontrolleras', `Läge ${periodKey}`]);
});
