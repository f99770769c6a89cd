/**
 * Naming approvers and deputies, and one open request per plan and period, on the local
 * SharePoint through the real service: the service refuses bad input in Swedish before it
 * writes; SharePoint refuses a rapportör (403) and a second request of the same round
 * (unique `Begaranomgang`), also when two requests race. A snapshot larger than the decision's
 * four columns continues in IKOgonblicksbilder and is read back whole, its SHA-256 checked.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { SPFI } from '@pnp/sp';
import { createApprovalService } from '../../src/data/approvals/ApprovalService';
import { ApprovalRefusedError } from '../../src/data/approvals/ApprovalRefusedError';
import { createInternkontrollService } from '../../src/data/PnpInternkontrollService';
import { LIST_TITLES } from '../../src/data/schema/lists';
import { deputyStanding, swedishDay, type IApprovalService } from '../../src/approvals';
import { seededApprovalSite, statusOf } from '../support/approvalSite';
import { createTarget, localTest, type TargetUser, type TestTarget } from '../support/target';

jest.setTimeout(120000);

const SHAPE = 'status-per-tertial';

let target: TestTarget;
let owner: SPFI;
let planId: number;
let periodKey: string;
let ids: Record<string, number>;

function approvals(user: string): IApprovalService {
  const sp = target.sp(user as TargetUser);
  return createApprovalService(sp, { plans: createInternkontrollService(sp) });
}

async function refusalOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ApprovalRefusedError) {
      return `${error.refusal.code} (${error.refusal.field ?? '-'}): ${error.message}`;
    }
    throw error;
  }
  return 'not refused';
}

async function items(title: string): Promise<Array<Record<string, unknown>>> {
  return owner.web.lists.getByTitle(title).items();
}

beforeEach(async () => {
  target = createTarget();
  ({ owner, planId, periodKey, ids } = await seededApprovalSite(target, {
    approvers: [{ login: 'ersattare', title: 'Biträdande förvaltningsdirektör' }],
    named: ['handlaggare', 'chef', 'ersattare', 'planerare']
  }));
});

afterEach(() => target.close());

describe('naming the approvers of a plan', () => {
  localTest('refusals name the field in Swedish and write nothing; a rapportör is refused by SharePoint (403)', async () => {
    const asPlanerare = approvals('planerare');
    expect(await refusalOf(asPlanerare.setPlanApprovers({ planId, approverIds: [], rule: 'any' }))).toBe('invalid-approvers (approverIds): Godkännare: välj minst en godkännare.');
    expect(await refusalOf(asPlanerare.setPlanApprovers({ planId, approverIds: [ids.chef, ids.handlaggare], rule: 'all' }))).toBe(
      'approver-not-in-group (approverIds): Godkännare: Handläggare är inte med i gruppen Godkännare. Lägg först till personen i gruppen under Inställningar.'
    );
    expect(await statusOf(approvals('handlaggare').setPlanApprovers({ planId, approverIds: [ids.chef], rule: 'any' }))).toBe(403);
    expect(await items(LIST_TITLES.godkannare)).toEqual([]);
    expect(await asPlanerare.planApprovers(planId)).toBeUndefined();
  });

  localTest('a new choice is a new version; the one in force is the latest', async () => {
    const asPlanerare = approvals('planerare');
    const first = await asPlanerare.setPlanApprovers({ planId, approverIds: [ids.chef], rule: 'any' });
    const second = await asPlanerare.setPlanApprovers({ planId, approverIds: [ids.chef, ids.ersattare], rule: 'all' });
    expect(second.id).not.toBe(first.id);
    const now = await approvals('handlaggare').planApprovers(planId);
    expect(now).toMatchObject({ id: second.id, rule: 'all', author: { title: 'Planerare' } });
    expect(now?.approvers.map((a) => a.title).sort()).toEqual(['Biträdande förvaltningsdirektör', 'Förvaltningsdirektör']);
    expect(await items(LIST_TITLES.godkannare)).toHaveLength(2);
  });
});

describe('deputies', () => {
  localTest('from after to, oneself, and a deputy outside the godkännare group are refused; nothing is written', async () => {
    const asPlanerare = approvals('planerare');
    expect(await refusalOf(asPlanerare.appointDeputy({ approverId: ids.chef, deputyId: ids.ersattare, from: '2030-07-31', to: '2030-07-01' }))).toBe(
      'invalid-deputy (to): Ersättaren: sista dagen är före den första.'
    );
    expect(await refusalOf(asPlanerare.appointDeputy({ approverId: ids.chef, deputyId: ids.chef, from: '2030-07-01', to: '2030-07-31' }))).toBe(
      'invalid-deputy (deputyId): Ersättaren: en godkännare kan inte vara sin egen ersättare.'
    );
    expect(await refusalOf(asPlanerare.appointDeputy({ approverId: ids.chef, deputyId: ids.handlaggare, from: '2030-07-01', to: '2030-07-31' }))).toBe(
      'invalid-deputy (deputyId): Ersättaren: Handläggare är inte med i gruppen Godkännare.'
    );
    expect(await statusOf(approvals('handlaggare').appointDeputy({ approverId: ids.chef, deputyId: ids.ersattare, from: '2030-07-01', to: '2030-07-31' }))).toBe(403);
    expect(await items(LIST_TITLES.ersattare)).toEqual([]);
  });

  localTest('ending an appointment early appends one that ended yesterday; the deputy may no longer decide', async () => {
    const asPlanerare = approvals('planerare');
    await asPlanerare.setPlanApprovers({ planId, approverIds: [ids.chef], rule: 'any' });
    const today = swedishDay(new Date());
    const appointed = await asPlanerare.appointDeputy({ approverId: ids.chef, deputyId: ids.ersattare, from: '2020-01-01', to: '2099-12-31' });
    await approvals('handlaggare').request({ planId, periodKey, shapeId: SHAPE });
    expect(await approvals('ersattare').listForApprover()).toHaveLength(1);

    const ended = await asPlanerare.endDeputy(appointed.id);
    const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 86400000).toISOString().slice(0, 10);
    expect(ended).toMatchObject({ from: '2020-01-01', to: yesterday, approver: { id: ids.chef }, deputy: { id: ids.ersattare } });
    const all = await asPlanerare.deputies();
    expect(all.map((d) => deputyStanding(d, all, today))).toEqual(['replaced', 'past']);
    expect(await approvals('ersattare').listForApprover()).toEqual([]);
    expect(await refusalOf(asPlanerare.endDeputy(appointed.id))).toBe('invalid-deputy (appointmentId): Ersättaren: förordnandet är redan avslutat eller ersatt.');
    expect(await items(LIST_TITLES.ersattare)).toHaveLength(2);
  });
});

describe('one open request per plan and period', () => {
  localTest('two requests at once: exactly one is stored, the other gets the Swedish refusal', async () => {
    await approvals('planerare').setPlanApprovers({ planId, approverIds: [ids.chef], rule: 'any' });
    const results = await Promise.allSettled([
      approvals('handlaggare').request({ planId, periodKey, shapeId: SHAPE }),
      approvals('planerare').request({ planId, periodKey, shapeId: SHAPE })
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')[0].reason as ApprovalRefusedError;
    expect(failed).toBeInstanceOf(ApprovalRefusedError);
    expect(failed.refusal.code).toBe('open-request');
    expect(failed.message).toMatch(/^Uppföljningen för .+ väntar redan på godkännande\. Påminn eller återkalla begäran i stället\.$/);

    const stored = await items(LIST_TITLES.godkannanden);
    expect(stored.map((i) => i.Begaranomgang)).toEqual([`${planId}|${periodKey}|0`]);
    const cases = await approvals('chef').listForPlan(planId);
    expect(cases.map((c) => c.status)).toEqual(['requested']);
  });

  localTest('after a withdrawal the next request is round 1; its withdrawal item never takes a round', async () => {
    await approvals('planerare').setPlanApprovers({ planId, approverIds: [ids.chef], rule: 'any' });
    const asHandlaggare = approvals('handlaggare');
    const first = await asHandlaggare.request({ planId, periodKey, shapeId: SHAPE });
    await asHandlaggare.withdraw(first.request.key);
    await asHandlaggare.request({ planId, periodKey, shapeId: SHAPE });
    const slots = (await items(LIST_TITLES.godkannanden)).map((i) => i.Begaranomgang as string);
    expect(slots[0]).toBe(`${planId}|${periodKey}|0`);
    expect(slots[1]).toMatch(/^händelse:/);
    expect(slots[2]).toBe(`${planId}|${periodKey}|1`);
  });

  localTest('straight through REST, SharePoint refuses a second item of the same round with its duplicate-values error', async () => {
    await approvals('planerare').setPlanApprovers({ planId, approverIds: [ids.chef], rule: 'any' });
    await approvals('handlaggare').request({ planId, periodKey, shapeId: SHAPE });
    const list = target.sp('handlaggare').web.lists.getByTitle(LIST_TITLES.godkannanden);
    let message = '';
    try {
      await list.items.add({ Title: 'x', PlanId: planId, Period: periodKey, Handelse: 'Begäran', Begarannyckel: 'egen', RapportformId: SHAPE, Kontrollsumma: 'a'.repeat(64), Begaranomgang: `${planId}|${periodKey}|0` });
    } catch (error) {
      message = String((error as Error).message);
    }
    expect(message).toContain('-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException');
    expect(message).toContain('duplicate values were found in the following field(s) in the list: [Begaranomgang]');
    expect(await items(LIST_TITLES.godkannanden)).toHaveLength(1);
  });
});

describe('a snapshot larger than the decision holds', () => {
  localTest('a ~300 000-character follow-up is stored over the columns and parts, read back whole, and its SHA-256 is the hash', async () => {
    await approvals('planerare').setPlanApprovers({ planId, approverIds: [ids.chef], rule: 'any' });
    const plans = createInternkontrollService(target.sp('handlaggare'));
    const view = await plans.loadPlanView(planId);
    const followUps = view.uppfoljningar.filter((f) => f.periodKey === periodKey);
    // Long comments, hand-built: enough follow-ups times ~60 000 characters to pass 300 000.
    const perComment = Math.min(60000, Math.ceil(320000 / followUps.length));
    expect(perComment * followUps.length).toBeGreaterThan(300000);
    for (const [index, followUp] of followUps.entries()) {
      const words = `Kommentar ${index + 1} med å, ä, ö och 📎 bilaga. `;
      const text = words.repeat(Math.ceil(perComment / words.length)).slice(0, perComment - 1);
      await plans.saveFollowUp(planId, { ...followUp, kommentar: text }, view.avvikelser.filter((a) => a.followUpKey === followUp.key));
    }
    const made = await approvals('handlaggare').request({ planId, periodKey, shapeId: SHAPE });
    const asChef = approvals('chef');
    const seen = await asChef.content(planId, periodKey, SHAPE);
    expect(seen.canonical.length).toBeGreaterThan(300000);
    await asChef.decide(made.request.key, { outcome: 'approved', seenHash: seen.hash });

    const [decision] = (await items(LIST_TITLES.beslut)) as Array<{ IdempotencyKey: string; Ogonblicksbild4: string }>;
    expect(decision.Ogonblicksbild4.length).toBeGreaterThan(0);
    const parts = (await items(LIST_TITLES.ogonblicksbilder)) as Array<{ Title: string; Begarannyckel: string; Kontrollsumma: string }>;
    expect(parts.length).toBe(Math.ceil((seen.canonical.length - 4 * 63999) / 63999));
    expect(parts.map((p) => p.Title)).toEqual(parts.map((_, i) => `${decision.IdempotencyKey}#${i + 1}`));
    expect(parts.every((p) => p.Begarannyckel === made.request.key && p.Kontrollsumma === seen.hash)).toBe(true);

    const state = await approvals('handlaggare').stateOf(planId, periodKey);
    expect(state.status).toBe('approved');
    expect(state.approval?.snapshot).toBe(seen.canonical);
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(state.approval!.snapshot!, 'utf8').digest('hex')).toBe(seen.hash);

    // The reassembled snapshot is what "what changed" compares with.
    const first = (await plans.loadPlanView(planId)).uppfoljningar.filter((f) => f.periodKey === periodKey)[0];
    await plans.saveFollowUp(planId, { ...first, kommentar: 'Kort kommentar efter godkännandet.' }, view.avvikelser.filter((a) => a.followUpKey === first.key));
    const changes = await approvals('handlaggare').changesSinceApproval(planId, periodKey);
    expect(changes?.changes.map((c) => c.message).join('\n')).toContain('Kort kommentar efter godkännandet.');

    // Only godkännare may add parts: SharePoint refuses a rapportör.
    expect(await statusOf(target.sp('handlaggare').web.lists.getByTitle(LIST_TITLES.ogonblicksbilder).items.add({ Title: 'x#1', Begarannyckel: made.request.key, Kontrollsumma: seen.hash }))).toBe(403);
  });
});
