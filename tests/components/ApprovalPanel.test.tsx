/** @jest-environment ./tests/support/jsdomWithFetch.cjs */
/*
 * The approval views in the web part, with two users on the local SharePoint (the real service
 * and PnPjs): the handläggare requests, the förvaltningsdirektör sees the report that goes to
 * the nämnd and approves; the handläggare then sees "Godkänd … av Förvaltningsdirektör". axe-core
 * (WCAG 2.1 A/AA) on each view; colour contrast needs a layout engine and is not checked here.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { ApprovalInbox } from '../../src/components/Approvals/ApprovalInbox';
import { ApprovalPanel } from '../../src/components/Approvals/ApprovalPanel';
import { createApprovalService } from '../../src/data/approvals/ApprovalService';
import type { IApprovalService } from '../../src/approvals';
import { seededSite, type DemoUser, type LocalSite } from './support/localSite';
import { wcagViolations } from '../support/axe';

jest.setTimeout(120_000);
HTMLCanvasElement.prototype.getContext = (() => null) as unknown as typeof HTMLCanvasElement.prototype.getContext;

let site: LocalSite;
let planId: number;
let periodKey: string;
const SHAPE = 'status-per-tertial';

function approvalsFor(user: DemoUser): IApprovalService {
  return createApprovalService(site.spFor(user), { plans: site.serviceFor(user) });
}

/** The panel's state line (the first live region; a message bar may follow it). */
function stateLine(): HTMLElement {
  return screen.getAllByRole('status')[0];
}

beforeAll(async () => {
  site = await seededSite();
  const plans = await site.serviceFor('samordnare').listPlans();
  planId = plans[0].id;
  const view = await site.serviceFor('samordnare').loadPlanView(planId);
  periodKey = view.uppfoljningar[0].periodKey;
  await approvalsFor('planerare').setPlanApprovers({ planId, approverIds: [site.idOf('chef')], rule: 'any' });
});

test('handläggare requests, the chef approves what goes to the nämnd, the handläggare sees the approval', async () => {
  const asHandlaggare = approvalsFor('handlaggare');
  const first = render(<ApprovalPanel approvals={asHandlaggare} planId={planId} periodKey={periodKey} shapeId={SHAPE} currentUserId={site.idOf('handlaggare')} mayRequest={true} />);
  const form = await screen.findByRole('form', { name: 'Begär godkännande' });
  expect(stateLine()).toHaveTextContent('Inte godkänd');
  expect(await wcagViolations()).toEqual([]);
  fireEvent.change(within(form).getByLabelText('Meddelande till godkännarna'), { target: { value: 'Klar för nämnden i september.' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Begär godkännande' }));
  await waitFor(() => expect(stateLine()).toHaveTextContent('Väntar på godkännande'));
  expect(screen.getByText('Väntar på: Förvaltningsdirektör')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Påminn' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Godkänn' })).toBeNull();
  first.unmount();

  const asChef = approvalsFor('chef');
  const inbox = render(<ApprovalInbox approvals={asChef} onOpen={() => undefined} />);
  expect(await screen.findByRole('button', { name: /^Öppna: / })).toBeInTheDocument();
  expect(screen.getByText(/begärd av Handläggare/)).toBeInTheDocument();
  expect(await wcagViolations()).toEqual([]);
  inbox.unmount();

  const second = render(<ApprovalPanel approvals={asChef} planId={planId} periodKey={periodKey} shapeId={SHAPE} currentUserId={site.idOf('chef')} mayRequest={false} />);
  await screen.findByRole('heading', { name: 'Det här går till nämnden' });
  // The report as an HTML table: the same model the .docx is rendered from.
  const expected = (await asChef.content(planId, periodKey, SHAPE)).report;
  const tables = screen.getAllByRole('table');
  expect(tables.length).toBe(expected.tables.filter((t) => t.parts.length > 0).length);
  expect(within(tables[0]).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(expect.arrayContaining([expected.tables[0].columns[0].heading]));
  expect(await wcagViolations()).toEqual([]);

  // Återremittera without a comment is refused with the Swedish message; nothing is written.
  fireEvent.click(screen.getByRole('button', { name: 'Återremittera' }));
  expect(await screen.findByText('Skriv en kommentar: den behövs när uppföljningen återremitteras.')).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'Godkänn' }));
  await waitFor(() => expect(stateLine()).toHaveTextContent(/^Godkänd \d{4}-\d{2}-\d{2} av Förvaltningsdirektör \(kontrollsumma [0-9a-f]{12}\)/));
  second.unmount();

  render(<ApprovalPanel approvals={asHandlaggare} planId={planId} periodKey={periodKey} shapeId={SHAPE} currentUserId={site.idOf('handlaggare')} mayRequest={true} />);
  await waitFor(() => expect(stateLine()).toHaveTextContent(/^Godkänd .* av Förvaltningsdirektör/));
  expect(screen.getByText(/Förvaltningsdirektör godkände/)).toBeInTheDocument();
  expect(screen.queryByRole('form', { name: 'Begär godkännande' })).toBeNull();
  expect(await wcagViolations()).toEqual([]);
});
