/**
 * The approval flow on the local SharePoint, in process, through the real service and through
 * plain REST (PnPjs straight at the lists, as anyone with a browser could). What the service
 * refuses it refuses before writing; what is written around it, every reader judges with
 * `isDecisionValid`; what nobody may do, SharePoint itself refuses (403).
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-groups/web';
import type { SPFI } from '@pnp/sp';
import { createApprovalService } from '../../src/data/approvals/ApprovalService';
import { ApprovalRefusedError } from '../../src/data/approvals/ApprovalRefusedError';
import { createInternkontrollService } from '../../src/data/PnpInternkontrollService';
import { ConcurrencyError } from '../../src/data/errors';
import { LIST_TITLES } from '../../src/data/schema/lists';
import { ROLE_GROUPS } from '../../src/data/security/roles';
import JSZip from 'jszip';
import { approvalLine, swedishDay, verifyCurrentData, verifyDocumentText, type IApprovalNotifier, type IApprovalService } from '../../src/approvals';
import { renderReportDocx } from '../../src/reports';
import { seededApprovalSite, statusOf } from '../support/approvalSite';
import { createTarget, localTest, type TargetUser, type TestTarget } from '../support/target';

jest.setTimeout(120000);

const DOMAIN = 'kommun.example';
const SHAPE = 'status-per-tertial';

let target: TestTarget;
let owner: SPFI;
let planId: number;
let periodKey: string;
let ids: Record<string, number>;

/** Calls the notifier received, in order. */
const calls: string[] = [];
const recordingNotifier: IApprovalNotifier = {
  requested: async (request, approvers) => {
    calls.push(`requested ${request.key} → ${approvers.map((a) => a.title).join(', ')}`);
  },
  decided: async (request, decision) => {
    calls.push(`decided ${request.key} ${decision.outcome} by ${decision.decider.title}`);
  },
  reminded: async (request, pending) => {
    calls.push(`reminded ${request.key} → ${pending.map((a) => a.title).join(', ')}`);
  }
};

function approvals(user: string, now?: () => Date): IApprovalService {
  const sp = target.sp(user as TargetUser);
  return createApprovalService(sp, { plans: createInternkontrollService(sp), notifier: recordingNotifier, now });
}

async function refusalOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ApprovalRefusedError) {
      return `${error.refusal.code}: ${error.message}`;
    }
    throw error;
  }
  return 'not refused';
}

beforeEach(async () => {
  calls.length = 0;
  target = createTarget();
  ({ owner, planId, periodKey, ids } = await seededApprovalSite(target, {
    approvers: [
      { login: 'socialchef', title: 'Socialchef' },
      { login: 'ersattare', title: 'Biträdande förvaltningsdirektör' },
      { login: 'utomstaende', title: 'Utomstående chef' }
    ],
    named: ['handlaggare', 'chef', 'socialchef', 'ersattare', 'utomstaende', 'planerare']
  }));
});

afterEach(() => target.close());

describe('the flow through the service', () => {
  localTest('handläggare requests, chef approves; the record holds the snapshot and its SHA-256', async () => {
    await approvals('planerare').setPlanApprovers({ planId, approverIds: [ids.chef], rule: 'any' });
    const asHandlaggare = approvals('handlaggare');
    const made = await asHandlaggare.request({ planId, periodKey, shapeId: SHAPE, note: 'Klar för nämnden.', deadline: '2099-12-31' });
    expect(made.status).toBe('requested');
    expect(made.request.requester.title).toBe('Handläggare');
    expect(made.pendingApprovers.map((a) => a.title)).toEqual(['Förvaltningsdirektör']);
    expect(calls).toEqual([`requested ${made.request.key} → Förvaltningsdirektör`]);

    const asChef = approvals('chef');
    expect((await asChef.listForApprover()).map((c) => c.request.key)).toEqual([made.request.key]);
    const seen = await asChef.content(planId, periodKey, SHAPE);
    expect(seen.report.tables.length).toBeGreaterThan(0);
    const decided = await asChef.decide(made.request.key, { outcome: 'approved', seenHash: seen.hash });
    expect(decided.status).toBe('approved');
    expect(calls[1]).toBe(`decided ${made.request.key} approved by Förvaltningsdirektör`);

    // The stored decision: Author is the chef, the hash is SHA-256 of the stored snapshot.
    const [item] = await owner.web.lists.getByTitle(LIST_TITLES.beslut).items.select('Kontrollsumma', 'Ogonblicksbild', 'Author/Title').expand('Author')<Array<{ Kontrollsumma: string; Ogonblicksbild: string; Author: { Title: string } }>>();
    expect(item.Author.Title).toBe('Förvaltningsdirektör');
    expect(item.Ogonblicksbild).toBe(seen.canonical);
    const { createHash } = await import('node:crypto');
    expect(item.Kontrollsumma).toBe(createHash('sha256').update(item.Ogonblicksbild, 'utf8').digest('hex'));

    const state = await asHandlaggare.stateOf(planId, periodKey);
    expect(state.status).toBe('approved');
    expect(state.approval?.approvers.map((a) => a.title)).toEqual(['Förvaltningsdirektör']);
    expect(await asChef.listForApprover()).toEqual([]);
    expect(await refusalOf(asChef.decide(made.request.key, { outcome: 'approved', seenHash: seen.hash }))).toMatch(/^request-decided/);
    expect(await refusalOf(asHandlaggare.request({ planId, periodKey, shapeId: SHAPE }))).toMatch(/^already-approved: Uppföljningen för .* är redan godkänd/);
  });

  localTest('an edit after approval marks the period ändrad efter godkännande and shows what changed', async () => {
    await approvals('planerare').setPlanApprovers({ planId, approverIds: [ids.chef], rule: 'any' });
    const made = await approvals('handlaggare').request({ planId, periodKey, shapeId: SHAPE });
    const asChef = approvals('chef');
    await asChef.decide(made.request.key, { outcome: 'approved', seenHash: (await asChef.content(planId, periodKey, SHAPE)).hash });

    const plans = createInternkontrollService(target.sp('handlaggare'));
    const view = await plans.loadPlanView(planId);
    const followUp = view.uppfoljningar.filter((f) => f.periodKey === periodKey)[0];
    const avvikelser = view.avvikelser.filter((a) => a.followUpKey === followUp.key);
    await plans.saveFollowUp(planId, { ...followUp, kommentar: 'Ny kommentar efter godkännandet.' }, avvikelser);

    const state = await approvals('handlaggare').stateOf(planId, periodKey);
    expect(state.status).toBe('changed');
    const changes = await approvals('handlaggare').changesSinceApproval(planId, periodKey);
    expect(changes?.changes.map((c) => c.message).join('\n')).toContain('Ny kommentar efter godkännandet.');
    // A new approval may now be requested.
    expect((await approvals('handlaggare').request({ planId, periodKey, shapeId: SHAPE })).status).toBe('requested');
  });

  localTest('self-approval and a non-approver are refused by the service, and nothing is written', async () => {
    // Only godkännare can be named: planerare (a samordnare) joins the group to be one.
    await owner.web.siteGroups.getByName(ROLE_GROUPS.godkannare.title).users.add(`i:0#.f|membership|planerare@${DOMAIN}`);
    await approvals('planerare').setPlanApprovers({ planId, approverIds: [ids.chef, ids.planerare], rule: 'any' });
    const asPlanerare = approvals('planerare');
    const made = await asPlanerare.request({ planId, periodKey, shapeId: SHAPE });
    const hash = (await asPlanerare.content(planId, periodKey, SHAPE)).hash;
    expect(await refusalOf(asPlanerare.decide(made.request.key, { outcome: 'approved', seenHash: hash }))).toBe('self-approval: Du kan inte godkänna din egen begäran. En annan godkännare måste besluta.');
    expect(await refusalOf(approvals('utomstaende').decide(made.request.key, { outcome: 'approved', seenHash: hash }))).toMatch(/^not-an-approver: Du är inte godkännare/);
    expect(await refusalOf(approvals('chef').decide(made.request.key, { outcome: 'returned', comment: ' ', seenHash: hash }))).toMatch(/^comment-required: Skriv en kommentar/);
    expect(await owner.web.lists.getByTitle(LIST_TITLES.beslut).items()).toEqual([]);
  });

  localTest('deciding a withdrawn request, and a decision racing an edit, are refused', async () => {
    await approvals('planerare').setPlanApprovers({ planId, approverIds: [ids.chef], rule: 'any' });
    const asHandlaggare = approvals('handlaggare');
    const asChef = approvals('chef');
    const first = await asHandlaggare.request({ planId, periodKey, shapeId: SHAPE });
    const seen = await asChef.content(planId, periodKey, SHAPE);
    expect(await refusalOf(asChef.withdraw(first.request.key))).toMatch(/^not-requester/);
    expect((await asHandlaggare.withdraw(first.request.key, 'Fel period.')).status).toBe('withdrawn');
    expect(await refusalOf(asChef.decide(first.request.key, { outcome: 'approved', seenHash: seen.hash }))).toMatch(/^request-withdrawn: Begäran har återkallats/);
    expect(await refusalOf(asHandlaggare.remind(first.request.key))).toMatch(/^request-withdrawn/);

    const second = await asHandlaggare.request({ planId, periodKey, shapeId: SHAPE });
    const opened = await asChef.content(planId, periodKey, SHAPE);
    const plans = createInternkontrollService(target.sp('handlaggare'));
    const view = await plans.loadPlanView(planId);
    const followUp = view.uppfoljningar.filter((f) => f.periodKey === periodKey)[0];
    await plans.saveFollowUp(planId, { ...followUp, kommentar: 'Ändrad medan chefen läste.' }, view.avvikelser.filter((a) => a.followUpKey === followUp.key));
    await expect(asChef.decide(second.request.key, { outcome: 'approved', seenHash: opened.hash })).rejects.toThrow(ConcurrencyError);
    await expect(asChef.decide(second.request.key, { outcome: 'approved', seenHash: opened.hash })).rejects.toThrow(/har ändrats sedan du öppnade den/);
    expect((await asChef.openRequest(second.request.key)).status).toBe('requested');
  });

  localTest('all of: both must approve; a reminder reaches the one who has not; deciding twice is refused', async () => {
    await approvals('planerare').setPlanApprovers({ planId, approverIds: [ids.chef, ids.socialchef], rule: 'all' });
    const made = await approvals('handlaggare').request({ planId, periodKey, shapeId: SHAPE });
    const asChef = approvals('chef');
    const hash = (await asChef.content(planId, periodKey, SHAPE)).hash;
    expect((await asChef.decide(made.request.key, { outcome: 'approved', seenHash: hash })).status).toBe('requested');
    expect(await refusalOf(asChef.decide(made.request.key, { outcome: 'approved', seenHash: hash }))).toMatch(/^already-decided: Du har redan beslutat/);
    await approvals('handlaggare').remind(made.request.key);
    expect(calls.pop()).toBe(`reminded ${made.request.key} → Socialchef`);
    const done = await approvals('socialchef').decide(made.request.key, { outcome: 'approved', seenHash: hash });
    expect(done.status).toBe('approved');
    expect((await approvals('handlaggare').stateOf(planId, periodKey)).approval?.approvers.map((a) => a.title)).toEqual(['Förvaltningsdirektör', 'Socialchef']);
  });

  localTest('a deputy decides "för" the approver within the date range, and is refused outside it', async () => {
    await approvals('planerare').setPlanApprovers({ planId, approverIds: [ids.chef], rule: 'any' });
    await approvals('planerare').appointDeputy({ approverId: ids.chef, deputyId: ids.ersattare, from: '2030-07-01', to: '2030-07-31' });
    const made = await approvals('handlaggare').request({ planId, periodKey, shapeId: SHAPE });
    const hash = (await approvals('chef').content(planId, periodKey, SHAPE)).hash;
    const before = approvals('ersattare', () => new Date('2030-06-30T12:00:00Z'));
    expect(await refusalOf(before.decide(made.request.key, { outcome: 'approved', seenHash: hash }))).toMatch(/^deputy-out-of-range: Du är ersättare för Förvaltningsdirektör, men inte i dag/);
    const within = approvals('ersattare', () => new Date('2030-07-15T12:00:00Z'));
    expect(await within.listForApprover()).toHaveLength(1);
    // SharePoint writes Created as now, so the deputy's decision is judged by today, not the test clock.
    const today = new Date().toISOString().slice(0, 10);
    const appointed = await approvals('planerare').appointDeputy({ approverId: ids.chef, deputyId: ids.ersattare, from: today, to: '2099-12-31' });
    expect(appointed.deputy.title).toBe('Biträdande förvaltningsdirektör');
    const decided = await approvals('ersattare').decide(made.request.key, { outcome: 'approved', seenHash: hash });
    expect(decided.status).toBe('approved');
    expect(decided.closingDecision?.decision.forApprover?.title).toBe('Förvaltningsdirektör');
    expect(decided.closingDecision?.validity).toMatchObject({ valid: true, byDeputy: true, countsFor: { title: 'Förvaltningsdirektör' } });
  });
});

describe('the approval state in the exported .docx and in "Verifiera"', () => {
  async function documentXml(bytes: Uint8Array): Promise<string> {
    return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  }
  function texts(xml: string): string {
    return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
  }

  localTest('the bilaga carries "Godkänd <dag> av Förvaltningsdirektör" and the short hash; Verifiera tells approved from changed', async () => {
    await approvals('planerare').setPlanApprovers({ planId, approverIds: [ids.chef], rule: 'any' });
    const made = await approvals('handlaggare').request({ planId, periodKey, shapeId: SHAPE });
    const asChef = approvals('chef');
    const seen = await asChef.content(planId, periodKey, SHAPE);
    await asChef.decide(made.request.key, { outcome: 'approved', seenHash: seen.hash });
    const [stored] = await owner.web.lists.getByTitle(LIST_TITLES.beslut).items.select('Kontrollsumma', 'Created')<Array<{ Kontrollsumma: string; Created: string }>>();

    const state = await approvals('handlaggare').stateOf(planId, periodKey);
    const line = approvalLine(state);
    expect(line).toBe(`Godkänd ${swedishDay(stored.Created)} av Förvaltningsdirektör (kontrollsumma ${stored.Kontrollsumma.slice(0, 12)})`);
    const xml = await documentXml(await renderReportDocx(seen.report, { layout: 'bilaga', approvalLine: line }));
    expect(texts(xml)).toContain(`Godkännande: \n${line}`);
    expect(verifyCurrentData(state, seen.hash).verdict).toBe('approved');

    // The fragment as the add-in inserts it: its text is the approved table.
    const fragment = texts(await documentXml(await renderReportDocx(seen.report, { layout: 'fragment', includeSummary: false })));
    expect(verifyDocumentText(state.approval, fragment, { includeSummary: false }).verdict).toBe('approved');
    const tampered = fragment.replace(/[A-Za-zÅÄÖåäö]{6,}/, 'Förfalskat');
    expect(tampered).not.toBe(fragment);
    expect(verifyDocumentText(state.approval, tampered, { includeSummary: false })).toMatchObject({ verdict: 'changed', message: expect.stringMatching(/^Tabellen i dokumentet skiljer sig/) });
    expect(verifyCurrentData(state, 'c'.repeat(64)).verdict).toBe('changed');
  });
});

describe('written straight through REST', () => {
  async function writeDecision(user: string, requestKey: string, hash: string, extra: Record<string, unknown> = {}): Promise<number> {
    const added = (await target.sp(user as TargetUser).web.lists.getByTitle(LIST_TITLES.beslut).items.add({
      Title: 'Beslut',
      PlanId: planId,
      Period: periodKey,
      Begarannyckel: requestKey,
      Beslutsutfall: 'Godkänd',
      Kontrollsumma: hash,
      ...extra
    })) as { Id: number };
    return added.Id;
  }

  localTest('a self-approval by a requester who is also a godkännare is shown as invalid and never counts', async () => {
    // planerare is a samordnare; here also a godkännare, so SharePoint lets them add to IKBeslut.
    await owner.web.siteGroups.getByName(ROLE_GROUPS.godkannare.title).users.add(`i:0#.f|membership|planerare@${DOMAIN}`);
    await approvals('planerare').setPlanApprovers({ planId, approverIds: [ids.chef, ids.planerare], rule: 'any' });
    const made = await approvals('planerare').request({ planId, periodKey, shapeId: SHAPE });
    const hash = (await approvals('chef').content(planId, periodKey, SHAPE)).hash;
    await writeDecision('planerare', made.request.key, hash);
    const read = await approvals('chef').openRequest(made.request.key);
    expect(read.status).toBe('requested');
    expect(read.decisions).toHaveLength(1);
    expect(read.decisions[0]).toMatchObject({ effective: false, validity: { valid: false, reason: 'self-approval' } });
    expect(read.decisions[0].validity.message).toMatch(/^Ogiltigt: beslutet är fattat av den som begärde/);
    expect((await approvals('handlaggare').stateOf(planId, periodKey)).status).toBe('requested');
  });

  localTest('a godkännare who is not named for the plan: the decision is invalid; the chef can still decide', async () => {
    await approvals('planerare').setPlanApprovers({ planId, approverIds: [ids.chef], rule: 'any' });
    const made = await approvals('handlaggare').request({ planId, periodKey, shapeId: SHAPE });
    const hash = (await approvals('chef').content(planId, periodKey, SHAPE)).hash;
    // Claiming to act for the chef does not help: no appointment names utomstaende.
    await writeDecision('utomstaende', made.request.key, hash, { ForGodkannareId: ids.chef });
    const read = await approvals('chef').openRequest(made.request.key);
    expect(read.decisions[0]).toMatchObject({ effective: false, validity: { reason: 'not-an-approver' } });
    expect(read.status).toBe('requested');
    expect((await approvals('chef').decide(made.request.key, { outcome: 'approved', seenHash: hash })).status).toBe('approved');
  });

  localTest('a rapportör cannot write a decision at all (403), nor a godkännare a request', async () => {
    await approvals('planerare').setPlanApprovers({ planId, approverIds: [ids.chef], rule: 'any' });
    const made = await approvals('handlaggare').request({ planId, periodKey, shapeId: SHAPE });
    expect(await statusOf(writeDecision('handlaggare', made.request.key, 'a'.repeat(64)))).toBe(403);
    expect(await statusOf(target.sp('chef').web.lists.getByTitle(LIST_TITLES.godkannanden).items.add({ Title: 'x', Handelse: 'Påminnelse', Begarannyckel: made.request.key }))).toBe(403);
  });

  localTest('append-only: the godkännare can neither change nor delete their decision (403); the requester cannot change the request', async () => {
    await approvals('planerare').setPlanApprovers({ planId, approverIds: [ids.chef], rule: 'any' });
    const made = await approvals('handlaggare').request({ planId, periodKey, shapeId: SHAPE });
    const asChef = approvals('chef');
    await asChef.decide(made.request.key, { outcome: 'returned', comment: 'Komplettera risk 2.', seenHash: (await asChef.content(planId, periodKey, SHAPE)).hash });
    const decisions = target.sp('chef').web.lists.getByTitle(LIST_TITLES.beslut).items;
    const [stored] = await decisions.select('Id')<Array<{ Id: number }>>();
    expect(await statusOf(decisions.getById(stored.Id).update({ Beslutsutfall: 'Godkänd' }))).toBe(403);
    expect(await statusOf(decisions.getById(stored.Id).delete())).toBe(403);
    const requests = target.sp('handlaggare').web.lists.getByTitle(LIST_TITLES.godkannanden).items;
    expect(await statusOf(requests.getById(made.request.id).update({ Kontrollsumma: 'b'.repeat(64) }))).toBe(403);
    expect(await statusOf(requests.getById(made.request.id).delete())).toBe(403);
    expect((await asChef.openRequest(made.request.key)).status).toBe('returned');
  });

  localTest('SharePoint refuses a second decision for the same approver (unique key), and a decision without hash', async () => {
    await approvals('planerare').setPlanApprovers({ planId, approverIds: [ids.chef], rule: 'any' });
    const made = await approvals('handlaggare').request({ planId, periodKey, shapeId: SHAPE });
    const hash = (await approvals('chef').content(planId, periodKey, SHAPE)).hash;
    await writeDecision('chef', made.request.key, hash, { Beslutsnyckel: `${made.request.key}:${ids.chef}` });
    expect(await statusOf(writeDecision('chef', made.request.key, hash, { Beslutsnyckel: `${made.request.key}:${ids.chef}` }))).not.toBe(200);
    expect(await statusOf(writeDecision('chef', made.request.key, 'kort'))).not.toBe(200);
  });
});
