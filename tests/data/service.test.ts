/**
 * Contract tests of the data service, against the local SharePoint in-process (default) or a
 * real site (see tests/support/target.ts and docs/real-sharepoint.md). Nothing of the data
 * layer is mocked: every call goes through PnPjs to a SharePoint REST implementation. Tests
 * that need the local core (fault injection, request counters) are skipped on a real site.
 */
import { createDemoPlans } from '../../local/demo';
import { seedDemoData, withDemoPersons } from '../../local/seedDemo';
import {
  ConcurrencyError,
  DataError,
  NotFoundError,
  PermissionError,
  ThrottledError,
  ValidationFailedError
} from '../../src/data/errors';
import type { Editable, EnsureListsProgress, IInternkontrollService, PlanView, Stored } from '../../src/data/InternkontrollService';
import { newKey } from '../../src/data/InternkontrollService';
import { createInternkontrollService, InternkontrollServiceOptions } from '../../src/data/PnpInternkontrollService';
import { createPlanRefs } from '../../src/data/PlanRefs';
import { ListItemJson } from '../../src/data/fields';
import { kontrollmomentToFields } from '../../src/data/kontrollmoment/kontrollmomentMapping';
import { LIST_TITLES } from '../../src/data/schema/lists';
import { buildStandardPeriods } from '../../src/model/periods';
import { createDefaultMatrix4x4 } from '../../src/model/riskMatrix';
import type { Avvikelse, FollowUp, Kontrollmoment, Plan, PlanData, Risk } from '../../src/model/types';
import { createTarget, localTest, TargetUser, TestTarget, userTest } from '../support/target';
import { FAST, provisionedService } from '../support/service';
import type { BatchFailureMode } from '../../local';

/** What SharePoint answers after a failed batch part, both ways (see local/core.ts). */
const BATCH_MODES: readonly BatchFailureMode[] = ['continue', 'abort-rest'];
import { CountRequests, FailBatchPart, LoseAnswer, methodOf } from '../support/transportFaults';

/** Fast retries: the tests assert what is retried, not how long it waits. */

let target: TestTarget;
let service: IInternkontrollService;
const createdPlans: Array<{ service: IInternkontrollService; id: number }> = [];

beforeEach(async () => {
  target = createTarget();
  service = await provisionedService(target, FAST);
});

afterEach(async () => {
  if (target.kind === 'real') {
    for (const { service: owner, id } of createdPlans.splice(0)) {
      const plans = await owner.listPlans();
      const plan = plans.filter((p) => p.id === id)[0];
      if (plan) {
        await owner.deletePlan(plan);
      }
    }
  }
  target.close();
});

/** A service for another user, with optional extra transport behaviours. */
function serviceFor(user: TargetUser, extra: Parameters<TestTarget['sp']>[1][] = [], options: InternkontrollServiceOptions = FAST): IInternkontrollService {
  return createInternkontrollService(target.sp(user, ...extra), options);
}

/** A new plan for tests: 4 × 4 matrix, the standard periods, two områden. */
function newPlan(ar: number = 2025): Editable<Plan> {
  return {
    key: newKey(),
    namnd: 'Socialnämnden',
    forvaltning: 'Socialförvaltningen',
    ar,
    diarienummer: 'SN 2024/118',
    status: 'Utkast',
    riskMatrix: createDefaultMatrix4x4(),
    perioder: buildStandardPeriods(ar),
    omraden: [
      { key: newKey(), namn: 'Finansiell kontroll', ordning: 1 },
      { key: newKey(), namn: 'Kontroll avseende oegentligheter, mutor och jäv', ordning: 2 }
    ]
  };
}

/** Saves a new plan and remembers it for clean-up on a real site. */
async function createPlan(owner: IInternkontrollService = service, ar?: number): Promise<number> {
  const plan = await owner.savePlan(newPlan(ar));
  createdPlans.push({ service: owner, id: plan.id });
  return plan.id;
}

/** Removes stored identity and undefined fields, for comparing content. */
function content<T extends object>(items: T[]): unknown[] {
  return items.map((item) => {
    const copy: Record<string, unknown> = { ...(item as Record<string, unknown>) };
    delete copy.id;
    delete copy.etag;
    Object.keys(copy).forEach((name) => copy[name] === undefined && delete copy[name]);
    return copy;
  });
}

/** A plan with risks, controls, an åtgärd and follow-ups, built through the service. */
async function buildPlan(): Promise<{ planId: number; risk: Stored<Risk>; km: Stored<Kontrollmoment>[]; followUp: Stored<FollowUp> }> {
  const planId = await createPlan();
  const view = await service.loadPlanView(planId);
  const [finans, jav] = view.plan.omraden;
  const risk = await service.saveRisk(planId, {
    key: newKey(),
    nr: 1,
    omradeKey: finans.key,
    titel: 'Felaktiga utbetalningar',
    beskrivning: '<p>Risk för att ersättning betalas ut <b>felaktigt</b>.</p>',
    obligatorisk: true,
    sannolikhet: 3,
    konsekvens: 4
  });
  const risk2 = await service.saveRisk(planId, { key: newKey(), nr: 2, omradeKey: jav.key, titel: 'Jäv vid upphandling', obligatorisk: false });
  const km1 = await service.saveKontrollmoment(planId, {
    key: newKey(),
    riskKey: risk.key,
    nr: 1,
    beskrivning: 'Attestregler följs',
    kortnamn: 'attestregler',
    kontrollmetod: 'Stickprov på 20 utbetalningar',
    ansvarig: 'Enhetschef',
    frekvens: 'Tertial',
    obligatorisk: true,
    startdatum: '2025-01-01',
    avstamningsdatum: ['2025-04-30', '2025-08-31'],
    slutdatum: '2025-12-31'
  });
  const km2 = await service.saveKontrollmoment(planId, { key: newKey(), riskKey: risk2.key, nr: 2, beskrivning: 'Jävsdeklarationer finns', obligatorisk: false });
  await service.saveAtgard(planId, {
    key: newKey(),
    riskKey: risk.key,
    beskrivning: 'Utbildning i attest',
    ansvarig: 'Ekonomichef',
    startdatum: '2025-02-01',
    avstamningsdatum: ['2025-06-01'],
    slutdatum: '2025-10-31',
    status: 'Pågående'
  });
  const saved = await service.saveFollowUp(
    planId,
    { key: newKey(), targetType: 'kontrollmoment', targetKey: km1.key, periodKey: 'T1', status: 'Genomförd', resultat: 'Med anmärkning', kommentar: '<p>Två fel hittades.</p>' },
    [{ key: newKey(), followUpKey: '', beskrivning: 'Attest saknades på två fakturor', atgard: 'Påminnelse till attestanter', slutdatum: '2025-06-30', status: 'Pågående' }]
  );
  await service.saveFollowUp(planId, { key: newKey(), targetType: 'risk', targetKey: risk.key, periodKey: 'T1', riskvardering: { sannolikhet: 2, konsekvens: 4 } }, []);
  return { planId, risk, km: [km1, km2], followUp: saved.followUp };
}

describe('a plan built through the service', () => {
  test('loads back complete in at most two round trips, in a service that has never seen it', async () => {
    const { planId } = await buildPlan();
    const written = await service.loadPlanView(planId);
    const counter = CountRequests();
    const fresh = serviceFor('handlaggare', [counter.behavior]);
    target.core?.faults.resetCounters();
    const view = await fresh.loadPlanView(planId);
    expect(counter.log.requests.length).toBeLessThanOrEqual(2);
    expect(counter.log.requests.filter((r) => /\$batch/.test(r)).length).toBe(1);
    if (target.core) {
      // What reached the core: the batch, and the digest only if none was cached yet.
      expect(target.core.faults.counters.requests).toBe(counter.log.requests.length);
    }

    expect(view.plan.namnd).toBe('Socialnämnden');
    expect(view.plan.perioder.map((p) => p.key)).toEqual(['T1', 'T2', 'T3', 'DELAR', 'HELAR']);
    expect(view.plan.riskMatrix).toEqual(createDefaultMatrix4x4());
    expect(view.plan.omraden.map((o) => o.namn)).toEqual(['Finansiell kontroll', 'Kontroll avseende oegentligheter, mutor och jäv']);
    expect(view.risker.map((r) => r.titel)).toEqual(['Felaktiga utbetalningar', 'Jäv vid upphandling']);
    expect(view.risker[0].omradeKey).toBe(view.plan.omraden[0].key);
    expect(view.kontrollmoment[0].avstamningsdatum).toEqual(['2025-04-30', '2025-08-31']);
    expect(view.kontrollmoment[0].riskKey).toBe(view.risker[0].key);
    expect(view.atgarder[0].status).toBe('Pågående');
    expect(view.uppfoljningar.map((f) => f.targetType).sort()).toEqual(['kontrollmoment', 'risk']);
    expect(view.uppfoljningar.filter((f) => f.targetType === 'risk')[0].riskvardering).toEqual({ sannolikhet: 2, konsekvens: 4 });
    expect(view.avvikelser.length).toBe(1);
    expect(view.avvikelser[0].followUpKey).toBe(view.uppfoljningar.filter((f) => f.targetType === 'kontrollmoment')[0].key);
    // What was written is what is read, ETags included.
    expect(view).toEqual(written);
  });

  test('updates carry the ETag they read and come back with a new one', async () => {
    const { planId, km } = await buildPlan();
    const updated = await service.saveKontrollmoment(planId, { ...km[0], ansvarig: 'Ekonomichef' });
    expect(updated.etag).not.toBe(km[0].etag);
    const again = await service.saveKontrollmoment(planId, { ...updated, ansvarig: 'Controller' });
    const view = await serviceFor('samordnare').loadPlanView(planId);
    expect(view.kontrollmoment.filter((k) => k.key === km[0].key)[0]).toEqual(again);
  });

  test('lists plans newest year first', async () => {
    const older = await createPlan(service, 2024);
    const newer = await createPlan(service, 2026);
    // A shared real site may hold other plans: look at this test's two, in the order listed.
    const plans = (await service.listPlans()).filter((p) => p.id === older || p.id === newer);
    expect(plans.map((p) => p.ar)).toEqual([2026, 2024]);
    expect(plans[0].namnd).toBe('Socialnämnden');
    const all = (await service.listPlans()).map((p) => p.ar);
    expect(all).toEqual([...all].sort((a, b) => b - a));
  });

  test('a missing plan is NotFoundError with a Swedish message', async () => {
    await expect(service.loadPlanView(987654)).rejects.toBeInstanceOf(NotFoundError);
    await expect(service.loadPlanView(987654)).rejects.toThrow(/^Hittade inte planen/);
  });
});

describe.each(BATCH_MODES)('a plan with more than 5 000 rows in one list (after a failed batch part: %s)', (mode) => {
  localTest('costs one more round trip, and every row arrives', async () => {
    target.core!.batchFailure = mode;
    const planId = await createPlan();
    const view = await service.loadPlanView(planId);
    const risk = await service.saveRisk(planId, { key: newKey(), nr: 1, titel: 'Stor risk', obligatorisk: false, omradeKey: view.plan.omraden[0].key });
    const refs = createPlanRefs(planId);
    refs.risker.set(risk.key, risk.id);
    const bodies = Array.from({ length: 5003 }, (_, i) =>
      kontrollmomentToFields({ key: `bulk-${i}`, riskKey: risk.key, nr: i + 1, beskrivning: `Kontroll ${i + 1}`, obligatorisk: false }, refs)
    );
    target.core!.store.addItems(LIST_TITLES.kontrollmoment, bodies);
    // Another plan's rows in the same list must not leak in.
    const other = await createPlan(service, 2026);
    const otherRisk = await service.saveRisk(other, { key: newKey(), nr: 1, titel: 'Annan', obligatorisk: false });
    await service.saveKontrollmoment(other, { key: newKey(), riskKey: otherRisk.key, nr: 1, beskrivning: 'Annan plans kontroll', obligatorisk: false });
    const counter = CountRequests();
    const loaded = await serviceFor('samordnare', [counter.behavior]).loadPlanView(planId);
    expect(loaded.kontrollmoment.length).toBe(5003);
    expect(new Set(loaded.kontrollmoment.map((k) => k.key)).size).toBe(5003);
    expect(loaded.kontrollmoment[5002]).toMatchObject({ nr: 5003, riskKey: risk.key });
    // The list holds 5 004 rows: the first batch, then the list by ID in two pages of 5 000 —
    // and, when SharePoint skips the parts after the refused filter, one batch that runs them.
    const batches = counter.log.requests.filter((r) => /\$batch/.test(r)).length;
    expect(batches).toBe(mode === 'continue' ? 3 : 4);
    expect(counter.log.requests.length).toBeLessThanOrEqual(mode === 'continue' ? 4 : 5);
    // A plan within the threshold in the same big list still loads in one batch.
    counter.log.clear();
    const small = await serviceFor('samordnare', [counter.behavior]).loadPlanView(other);
    expect(small.kontrollmoment.map((k) => k.beskrivning)).toEqual(['Annan plans kontroll']);
    expect(counter.log.requests.filter((r) => /\$batch/.test(r)).length).toBe(1);
  });
});

describe('concurrency', () => {
  test('an update with a stale ETag is ConcurrencyError and the other user’s change stays', async () => {
    const { planId, km } = await buildPlan();
    const other = serviceFor('planerare');
    const theirs = (await other.loadPlanView(planId)).kontrollmoment.filter((k) => k.key === km[0].key)[0];
    await other.saveKontrollmoment(planId, { ...theirs, ansvarig: 'Handläggare' });

    const attempt = service.saveKontrollmoment(planId, { ...km[0], ansvarig: 'Samordnare' });
    await expect(attempt).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(service.saveKontrollmoment(planId, { ...km[0], ansvarig: 'Samordnare' })).rejects.toThrow(
      'Någon annan har ändrat kontrollmomentet ”attestregler” sedan du öppnade det. Ladda om och försök igen.'
    );
    const error = (await service.saveKontrollmoment(planId, { ...km[0] }).catch((e: unknown) => e)) as ConcurrencyError;
    expect(error.messageEn).toBe('Someone else has changed the control “attestregler” since you opened it. Reload and try again.');
    const view = await serviceFor('samordnare').loadPlanView(planId);
    expect(view.kontrollmoment.filter((k) => k.key === km[0].key)[0].ansvarig).toBe('Handläggare');
  });

  test('a delete with a stale ETag is ConcurrencyError and deletes nothing', async () => {
    const { planId, risk } = await buildPlan();
    const other = serviceFor('planerare');
    const theirs = (await other.loadPlanView(planId)).risker.filter((r) => r.key === risk.key)[0];
    await other.saveRisk(planId, { ...theirs, titel: 'Felaktiga utbetalningar (omformulerad)' });
    await expect(service.deleteRisk(planId, risk)).rejects.toBeInstanceOf(ConcurrencyError);
    const view = await serviceFor('samordnare').loadPlanView(planId);
    expect(view.risker.length).toBe(2);
    expect(view.kontrollmoment.length).toBe(2);
  });
});

describe('at most one follow-up per target and period', () => {
  test('two users saving the same kontrollmoment and period: the first wins, the second is told to reload, nothing of it is kept', async () => {
    const { planId, risk } = await buildPlan();
    const km7 = await service.saveKontrollmoment(planId, { key: newKey(), riskKey: risk.key, nr: 7, beskrivning: 'Avtalstrohet vid inköp', obligatorisk: false });
    // Two who may record follow-ups: the rapportör and the site owner.
    const handlaggare = serviceFor('handlaggare');
    const chef = serviceFor('samordnare');
    const before = await handlaggare.loadPlanView(planId);
    await chef.loadPlanView(planId);
    expect(before.uppfoljningar.filter((f) => f.targetKey === km7.key)).toEqual([]);

    const first = await handlaggare.saveFollowUp(
      planId,
      { key: newKey(), targetType: 'kontrollmoment', targetKey: km7.key, periodKey: 'T2', status: 'Genomförd', resultat: 'Med mindre anmärkning' },
      [{ key: newKey(), followUpKey: '', beskrivning: 'Två inköp utanför avtal', atgard: 'Påminnelse om avtalen', slutdatum: '2025-10-31' }]
    );
    const secondAvvikelse: Editable<Avvikelse> = {
      key: newKey(),
      followUpKey: '',
      beskrivning: 'Inköp utan beställning',
      atgard: 'Genomgång med enheten',
      slutdatum: '2025-11-30'
    };
    const secondFollowUp: Editable<FollowUp> = { key: newKey(), targetType: 'kontrollmoment', targetKey: km7.key, periodKey: 'T2', status: 'Pågående', resultat: 'Med anmärkning' };
    const error = (await chef.saveFollowUp(planId, secondFollowUp, [secondAvvikelse]).catch((e: unknown) => e)) as ConcurrencyError;
    expect(error).toBeInstanceOf(ConcurrencyError);
    expect(error.kind).toBe('concurrency');
    expect(error.message).toBe('Någon annan har just registrerat uppföljningen av kontrollmoment 7 för Tertial 2. Ladda om och försök igen.');
    expect(error.messageEn).toBe('Someone else has just recorded the follow-up of control 7 for Tertial 2. Reload and try again.');

    const after = await serviceFor('samordnare').loadPlanView(planId);
    const ofKm7 = after.uppfoljningar.filter((f) => f.targetKey === km7.key && f.periodKey === 'T2');
    expect(ofKm7.map((f) => f.key)).toEqual([first.followUp.key]);
    expect(after.uppfoljningar.filter((f) => f.key === secondFollowUp.key)).toEqual([]);
    expect(after.avvikelser.filter((a) => a.followUpKey === first.followUp.key).map((a) => a.beskrivning)).toEqual(['Två inköp utanför avtal']);
    expect(after.avvikelser.filter((a) => a.key === secondAvvikelse.key || a.followUpKey === secondFollowUp.key)).toEqual([]);
    expect(after.uppfoljningar.length).toBe(before.uppfoljningar.length + 1);
    expect(after.avvikelser.length).toBe(before.avvikelser.length + 1);

    // Saving the same new follow-up again is refused before any request: the service now knows the first.
    const again = (await chef.saveFollowUp(planId, secondFollowUp, [secondAvvikelse]).catch((e: unknown) => e)) as ValidationFailedError;
    expect(again).toBeInstanceOf(ValidationFailedError);
    expect(again.issues.map((issue) => issue.code)).toContain('duplicate-follow-up');

    // "Ladda om": the reloaded view holds the first follow-up, and editing it as read saves.
    const reloaded = await chef.loadPlanView(planId);
    const theirs = reloaded.uppfoljningar.filter((f) => f.key === first.followUp.key)[0];
    const theirAvvikelser = reloaded.avvikelser.filter((a) => a.followUpKey === theirs.key);
    const saved = await chef.saveFollowUp(planId, { ...theirs, resultat: 'Med anmärkning' }, [...theirAvvikelser, { ...secondAvvikelse, key: newKey() }]);
    expect(saved.followUp.key).toBe(first.followUp.key);
    const final = await serviceFor('samordnare').loadPlanView(planId);
    expect(final.uppfoljningar.filter((f) => f.targetKey === km7.key && f.periodKey === 'T2')).toHaveLength(1);
    expect(final.avvikelser.filter((a) => a.followUpKey === first.followUp.key)).toHaveLength(2);
  });

  test('a follow-up of the same target in another period is still created', async () => {
    const { planId, km } = await buildPlan();
    const saved = await serviceFor('handlaggare').saveFollowUp(planId, { key: newKey(), targetType: 'kontrollmoment', targetKey: km[0].key, periodKey: 'T2', status: 'Pågående' }, []);
    const view = await service.loadPlanView(planId);
    expect(view.uppfoljningar.filter((f) => f.targetKey === km[0].key).map((f) => f.periodKey).sort()).toEqual(['T1', 'T2']);
    expect(saved.followUp.id).toBeGreaterThan(0);
  });
});

describe('validation before any write', () => {
  test('bad input gets Swedish messages naming the fields and nothing is sent', async () => {
    const { planId, risk } = await buildPlan();
    const counter = CountRequests();
    const watched = serviceFor('samordnare', [counter.behavior]);
    await watched.loadPlanView(planId);
    counter.log.clear();
    const error = (await watched
      .saveKontrollmoment(planId, {
        key: newKey(),
        riskKey: risk.key,
        nr: 1,
        beskrivning: '',
        obligatorisk: false,
        startdatum: '2025-06-01',
        slutdatum: '2025-01-31'
      })
      .catch((e: unknown) => e)) as ValidationFailedError;
    expect(error).toBeInstanceOf(ValidationFailedError);
    const labels = error.issues.map((issue) => issue.fieldLabel);
    expect(labels).toEqual(expect.arrayContaining(['Beskrivning', 'Slutdatum', 'Nr']));
    expect(error.issues.map((issue) => issue.code)).toEqual(expect.arrayContaining(['required', 'date-order', 'duplicate-nr']));
    expect(error.message.indexOf('Kan inte spara: ')).toBe(0);
    expect(counter.log.requests).toEqual([]);
  });

  test('a result that needs an avvikelse without one is refused and no follow-up appears', async () => {
    const { planId, km } = await buildPlan();
    const before = await service.loadPlanView(planId);
    const attempt = service.saveFollowUp(planId, { key: newKey(), targetType: 'kontrollmoment', targetKey: km[1].key, periodKey: 'T2', resultat: 'Med anmärkning' }, []);
    await expect(attempt).rejects.toBeInstanceOf(ValidationFailedError);
    const error = (await attempt.catch((e: unknown) => e)) as ValidationFailedError;
    expect(error.issues[0].code).toBe('avvikelse-required');
    const after = await serviceFor('samordnare').loadPlanView(planId);
    expect(after.uppfoljningar.length).toBe(before.uppfoljningar.length);
  });

  test('an avvikelse without åtgärd stops the whole follow-up save', async () => {
    const { planId, km } = await buildPlan();
    const before = await service.loadPlanView(planId);
    const attempt = service.saveFollowUp(
      planId,
      { key: newKey(), targetType: 'kontrollmoment', targetKey: km[1].key, periodKey: 'T2', resultat: 'Med mindre anmärkning' },
      [
        { key: newKey(), followUpKey: '', beskrivning: 'En deklaration saknades', atgard: 'Komplettera', slutdatum: '2025-09-30' },
        { key: newKey(), followUpKey: '', beskrivning: 'Ytterligare brist', atgard: '', slutdatum: '2025-09-30' }
      ]
    );
    const error = (await attempt.catch((e: unknown) => e)) as ValidationFailedError;
    expect(error).toBeInstanceOf(ValidationFailedError);
    expect(error.issues.some((issue) => issue.fieldLabel === 'Åtgärd' && issue.code === 'required')).toBe(true);
    const after = await serviceFor('samordnare').loadPlanView(planId);
    expect(after.uppfoljningar.length).toBe(before.uppfoljningar.length);
    expect(after.avvikelser.length).toBe(before.avvikelser.length);
  });
});

describe('first setup', () => {
  test('ensureLists creates the lists and sets up the roles, with one progress from 0 to the end', async () => {
    const progress: EnsureListsProgress[] = [];
    await service.ensureLists((p) => progress.push(p));
    // 14 lists (8 of the plan, report shapes, 5 of approval), then the level, the groups and 14 lists' permissions.
    expect(progress.map((p) => p.done)).toEqual(Array.from({ length: 31 }, (_, i) => i));
    expect(progress.every((p) => p.total === 30)).toBe(true);
    expect(progress[0].message).toMatch(/^Kontrollerar listan Internkontrollplaner \(1 av 14\)$/);
    expect(progress[15].message).toBe('Kontrollerar grupperna för intern kontroll');
    expect(progress[30]).toMatchObject({ message: 'Listorna och behörigheterna är klara.', messageEn: 'The lists and their permissions are ready.' });
    const plans = await target.sp('samordnare').web.lists.getByTitle(LIST_TITLES.planer).select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
    expect(plans.HasUniqueRoleAssignments).toBe(true);
  });
});

describe('permissions', () => {
  userTest('lasare')('a reader gets PermissionError with a Swedish message, and nothing is written', async () => {
    const { planId } = await buildPlan();
    const reader = serviceFor('lasare');
    const view = await reader.loadPlanView(planId);
    const attempt = reader.saveRisk(planId, { key: newKey(), nr: 9, titel: 'Läsarens risk', obligatorisk: false });
    await expect(attempt).rejects.toBeInstanceOf(PermissionError);
    await expect(attempt).rejects.toThrow(/^Du har inte behörighet att skapa en risk/);
    const update = reader.saveRisk(planId, { ...view.risker[0], titel: 'Ändrad av läsare' });
    await expect(update).rejects.toThrow(/^Du har inte behörighet att ändra risken ”Felaktiga utbetalningar”/);
    const after = await service.loadPlanView(planId);
    expect(after.risker.map((r) => r.titel)).toEqual(['Felaktiga utbetalningar', 'Jäv vid upphandling']);
  });

  test('the site owner may edit and manage', async () => {
    const owner = await service.currentUser();
    expect(owner).toMatchObject({ canEdit: true, canManage: true });
  });

  localTest('the current user’s permissions follow the product’s groups', async () => {
    // The rapportör records follow-ups and edits no plans; the samordnare the other way round;
    // the godkännare and the läsare read.
    const reporter = await serviceFor('handlaggare').currentUser();
    expect(reporter).toMatchObject({ title: 'Handläggare', canEdit: false, canFollowUp: true, canManage: false, isApprover: false });
    expect(reporter.permissions.planer).toEqual({ view: true, add: false, edit: false, delete: false });
    expect(reporter.permissions.uppfoljningar).toEqual({ view: true, add: true, edit: true, delete: true });
    const planner = await serviceFor('planerare').currentUser();
    expect(planner).toMatchObject({ title: 'Planerare', canEdit: true, canFollowUp: false, canManage: false, isApprover: false });
    expect(planner.permissions.installningar).toEqual({ view: true, add: true, edit: true, delete: true });
    expect(planner.permissions.rapportformer).toEqual({ view: true, add: true, edit: true, delete: true });
    expect(reporter.permissions.rapportformer).toEqual({ view: true, add: false, edit: false, delete: false });
    expect(await serviceFor('chef').currentUser()).toMatchObject({ title: 'Förvaltningsdirektör', canEdit: false, canFollowUp: false, canManage: false, isApprover: true });
    expect(await serviceFor('lasare').currentUser()).toMatchObject({ title: 'Läsare', canEdit: false, canFollowUp: false, canManage: false });
    await expect(serviceFor('lasare').ensureLists()).rejects.toBeInstanceOf(PermissionError);
    await expect(serviceFor('planerare').ensureLists()).rejects.toBeInstanceOf(PermissionError);
  });

});

describe('throttling', () => {
  localTest('429 with Retry-After is waited out and retried; the write happens once', async () => {
    const planId = await createPlan();
    await service.loadPlanView(planId);
    const waits: number[] = [];
    const patient = serviceFor('samordnare', [], { ...FAST, retry: { attempts: 4, sleep: async (ms) => void waits.push(ms) } });
    await patient.loadPlanView(planId);
    target.core!.faults.resetCounters();
    target.core!.faults.configure({ throttleNext: 2, throttleStatus: 429, retryAfterSeconds: 3 });
    const risk = await patient.saveRisk(planId, { key: newKey(), nr: 1, titel: 'Under hög last', obligatorisk: false });
    expect(target.core!.faults.counters.throttled).toBe(2);
    expect(waits).toEqual([3000, 3000]);
    const view = await service.loadPlanView(planId);
    expect(view.risker.filter((r) => r.titel === 'Under hög last').map((r) => r.id)).toEqual([risk.id]);
  });

  localTest('when every retry is throttled the error is ThrottledError and nothing is written', async () => {
    const planId = await createPlan();
    await service.loadPlanView(planId);
    target.core!.faults.configure({ throttleNext: 10, throttleStatus: 429, retryAfterSeconds: 0 });
    const attempt = service.saveRisk(planId, { key: newKey(), nr: 1, titel: 'Aldrig sparad', obligatorisk: false });
    await expect(attempt).rejects.toBeInstanceOf(ThrottledError);
    await expect(attempt).rejects.toThrow(/^SharePoint är hårt belastat/);
    target.core!.faults.configure({});
    expect((await service.loadPlanView(planId)).risker).toEqual([]);
  });

  localTest('a 503 on a read is retried; a 503 that was not applied on a create is looked up, then created once', async () => {
    const planId = await createPlan();
    target.core!.faults.configure({ throttleNext: 1, throttleStatus: 503, retryAfterSeconds: 0 });
    const view = await service.loadPlanView(planId);
    expect(view.plan.id).toBe(planId);
    target.core!.faults.configure({ throttleNext: 1, throttleStatus: 503, retryAfterSeconds: 0 });
    const risk = await service.saveRisk(planId, { key: newKey(), nr: 1, titel: 'Efter 503', obligatorisk: false });
    const after = await serviceFor('samordnare').loadPlanView(planId);
    expect(after.risker.map((r) => r.id)).toEqual([risk.id]);
  });
});

describe.each(BATCH_MODES)('idempotent creates (after a failed batch part: %s)', (mode) => {
  beforeEach(() => {
    if (target.core) {
      target.core.batchFailure = mode;
    }
  });

  const isCreateIn = (list: string) => (url: string, init: RequestInit): boolean =>
    methodOf(init) === 'POST' && url.indexOf(`getByTitle('${list}')/items`) >= 0 && !/items\(/.test(url);

  localTest('a create applied on the server whose answer is lost leaves exactly one item', async () => {
    const planId = await createPlan();
    const lossy = serviceFor('samordnare', [LoseAnswer(isCreateIn(LIST_TITLES.risker))]);
    await lossy.loadPlanView(planId);
    const key = newKey();
    const risk = await lossy.saveRisk(planId, { key, nr: 1, titel: 'Skapad en gång', obligatorisk: false });
    const rows = await target
      .sp('samordnare')
      .web.lists.getByTitle(LIST_TITLES.risker)
      .items.filter(`IdempotencyKey eq '${key}'`)<ListItemJson[]>();
    expect(rows.length).toBe(1);
    expect(rows[0].Id).toBe(risk.id);
    const view = await service.loadPlanView(planId);
    expect(view.risker.length).toBe(1);
  });

  localTest('a batch of creates whose answer is lost is resolved by key: one item per key', async () => {
    const demo = createDemoPlans()[1];
    const lossy = serviceFor('samordnare', [LoseAnswer((url, init, body) => /\$batch/.test(url) && /IKKontrollmoment/.test(body))]);
    const view = await lossy.importPlan(demo.data);
    createdPlans.push({ service, id: view.plan.id });
    const loaded = await service.loadPlanView(view.plan.id);
    expect(loaded.kontrollmoment.length).toBe(demo.data.kontrollmoment.length);
    expect(new Set(loaded.kontrollmoment.map((k) => k.key)).size).toBe(demo.data.kontrollmoment.length);
    expect(loaded.kontrollmoment.map((k) => k.id).sort()).toEqual(view.kontrollmoment.map((k) => k.id).sort());
  });

  localTest('a retry after the call gave up still finds the item created by the lost attempt', async () => {
    const planId = await createPlan();
    // Every create answer is lost and key look-ups are throttled, so the first call gives up.
    const giveUp = serviceFor('samordnare', [LoseAnswer(isCreateIn(LIST_TITLES.atgarder), 1)], {
      ...FAST,
      createRetry: { attempts: 1, delayMs: 0, sleep: async () => undefined }
    });
    const view = await giveUp.loadPlanView(planId);
    const risk = await giveUp.saveRisk(planId, { key: newKey(), nr: 1, titel: 'R', obligatorisk: false, omradeKey: view.plan.omraden[0].key });
    const atgard: Editable<import('../../src/model/types').Atgard> = {
      key: newKey(),
      riskKey: risk.key,
      beskrivning: 'Ny rutin',
      avstamningsdatum: [],
      status: 'Ej påbörjad'
    };
    await expect(giveUp.saveAtgard(planId, atgard)).rejects.toBeInstanceOf(DataError);
    const saved = await giveUp.saveAtgard(planId, { ...atgard, beskrivning: 'Ny rutin för attest' });
    const after = await service.loadPlanView(planId);
    expect(after.atgarder.length).toBe(1);
    expect(after.atgarder[0]).toMatchObject({ id: saved.id, beskrivning: 'Ny rutin för attest' });
  });
});

describe.each(BATCH_MODES)('saving a follow-up with its avvikelser is all or nothing (after a failed batch part: %s)', (mode) => {
  beforeEach(() => {
    if (target.core) {
      target.core.batchFailure = mode;
    }
  });

  localTest('when one avvikelse fails on the server, the follow-up and the other avvikelser are removed again', async () => {
    const { planId, km } = await buildPlan();
    const before = await service.loadPlanView(planId);
    const failing = serviceFor('samordnare', [FailBatchPart(LIST_TITLES.avvikelser, 2)]);
    await failing.loadPlanView(planId);
    const avvikelser: Editable<Avvikelse>[] = [1, 2, 3].map((n) => ({
      key: newKey(),
      followUpKey: '',
      beskrivning: `Brist ${n}`,
      atgard: `Åtgärd ${n}`,
      slutdatum: '2025-11-30'
    }));
    const attempt = failing.saveFollowUp(planId, { key: newKey(), targetType: 'kontrollmoment', targetKey: km[1].key, periodKey: 'T2', resultat: 'Med anmärkning' }, avvikelser);
    await expect(attempt).rejects.toBeInstanceOf(DataError);
    const after = await service.loadPlanView(planId);
    expect(content(after.uppfoljningar)).toEqual(content(before.uppfoljningar));
    expect(content(after.avvikelser)).toEqual(content(before.avvikelser));
  });

  localTest('when the batch fails for an existing follow-up, its previous values are put back', async () => {
    const { planId, followUp } = await buildPlan();
    const before = await service.loadPlanView(planId);
    const failing = serviceFor('samordnare', [FailBatchPart(LIST_TITLES.avvikelser, 1)]);
    const view = await failing.loadPlanView(planId);
    const current = view.uppfoljningar.filter((f) => f.key === followUp.key)[0];
    const existing = view.avvikelser.filter((a) => a.followUpKey === followUp.key);
    const attempt = failing.saveFollowUp(planId, { ...current, kommentar: '<p>Ändrad</p>', status: 'Pågående' }, [
      ...existing,
      { key: newKey(), followUpKey: followUp.key, beskrivning: 'Ny brist', atgard: 'Rätta', slutdatum: '2025-12-01' }
    ]);
    await expect(attempt).rejects.toBeInstanceOf(DataError);
    const after = await service.loadPlanView(planId);
    expect(content(after.uppfoljningar)).toEqual(content(before.uppfoljningar));
    expect(content(after.avvikelser)).toEqual(content(before.avvikelser));
  });

  localTest('a new plan whose områden fail is removed again', async () => {
    const failing = serviceFor('samordnare', [FailBatchPart(LIST_TITLES.omraden, 2)]);
    await expect(failing.savePlan(newPlan(2031))).rejects.toBeInstanceOf(DataError);
    expect((await service.listPlans()).filter((p) => p.ar === 2031)).toEqual([]);
    const rows = await target.sp('samordnare').web.lists.getByTitle(LIST_TITLES.omraden).items<ListItemJson[]>();
    expect(rows).toEqual([]);
  });

  test('a complete save creates, updates and removes avvikelser to match the set given', async () => {
    const { planId, followUp } = await buildPlan();
    const view = await service.loadPlanView(planId);
    const current = view.uppfoljningar.filter((f) => f.key === followUp.key)[0];
    const [existing] = view.avvikelser.filter((a) => a.followUpKey === followUp.key);
    const first = await service.saveFollowUp(planId, current, [
      { ...existing, status: 'Genomförd' },
      { key: newKey(), followUpKey: followUp.key, beskrivning: 'Ny brist', atgard: 'Rätta', slutdatum: '2025-12-01' }
    ]);
    expect(first.avvikelser.map((a) => a.status)).toEqual(['Genomförd', undefined]);
    const second = await service.saveFollowUp(planId, first.followUp, [first.avvikelser[1]]);
    expect(second.avvikelser.length).toBe(1);
    const after = await serviceFor('samordnare').loadPlanView(planId);
    expect(after.avvikelser.map((a) => a.beskrivning)).toEqual(['Ny brist']);
  });
});

describe('deletes', () => {
  test('deleting a risk removes its kontrollmoment, åtgärder, follow-ups and avvikelser', async () => {
    const { planId, risk } = await buildPlan();
    await service.deleteRisk(planId, risk);
    const view = await serviceFor('samordnare').loadPlanView(planId);
    expect(view.risker.map((r) => r.titel)).toEqual(['Jäv vid upphandling']);
    expect(view.kontrollmoment.map((k) => k.nr)).toEqual([2]);
    expect(view.atgarder).toEqual([]);
    expect(view.uppfoljningar).toEqual([]);
    expect(view.avvikelser).toEqual([]);
  });

  test('deleting a plan removes every row of it', async () => {
    const { planId } = await buildPlan();
    const plans = await service.listPlans();
    await service.deletePlan(plans.filter((p) => p.id === planId)[0]);
    expect((await service.listPlans()).map((p) => p.id)).not.toContain(planId);
    for (const title of [LIST_TITLES.omraden, LIST_TITLES.risker, LIST_TITLES.kontrollmoment, LIST_TITLES.uppfoljningar, LIST_TITLES.avvikelser]) {
      const rows = await target.sp('samordnare').web.lists.getByTitle(title).items.filter(`PlanId eq ${planId}`)<ListItemJson[]>();
      expect(rows).toEqual([]);
    }
  });
});

describe('demo data', () => {
  // Seeding only fills a site without plans, so this runs on the fresh local site only.
  localTest('every demo plan loads back as the seed fixtures describe it; seeding twice adds nothing', async () => {
    const result = await seedDemoData(target.sp('samordnare'), FAST);
    expect(result.skipped).toBe(false);
    Object.keys(result.imported).forEach((id) => createdPlans.push({ service, id: result.imported[id] }));
    const demos = createDemoPlans();
    expect(Object.keys(result.imported)).toEqual(demos.map((d) => d.id));
    for (const demo of demos) {
      const view: PlanView = await serviceFor('handlaggare').loadPlanView(result.imported[demo.id]);
      // Seeding names the demo users in the Person columns (the seeds name roles, not people).
      const data: PlanData = withDemoPersons(demo.data, {
        rapporteringsansvarig: { id: 7, title: 'Handläggare', email: 'handlaggare@kommun.example' },
        ansvarig: { id: 8, title: 'Förvaltningsdirektör', email: 'chef@kommun.example' }
      });
      expect(content([{ ...view.plan, omraden: undefined }])).toEqual(content([{ ...data.plan, omraden: undefined }]));
      expect(content(view.plan.omraden)).toEqual(content(data.plan.omraden));
      expect(content(view.risker)).toEqual(content(data.risker.slice().sort((a, b) => a.nr - b.nr)));
      expect(view.kontrollmoment.map((k) => k.key).sort()).toEqual(data.kontrollmoment.map((k) => k.key).sort());
      expect(content(view.atgarder)).toEqual(content(data.atgarder));
      expect(content(view.uppfoljningar)).toEqual(content(data.uppfoljningar));
      expect(content(view.avvikelser)).toEqual(content(data.avvikelser));
    }
    const again = await seedDemoData(target.sp('samordnare'), FAST);
    expect(again).toEqual({ skipped: true, imported: {}, rows: 0 });
    expect((await service.listPlans()).length).toBe(demos.length);
  });
});
