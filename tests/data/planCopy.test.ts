/**
 * "Kopiera till nästa år" through the service against the local SharePoint: what comes along
 * (counts and ratings from seeds 003 and 004), origin keys stored and found on their indexed
 * column, progress, the year's rules, and all or nothing under injected throttling.
 */
import { spfi } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { createDemoPlans } from '../../local/demo';
import type { ImportProgress, IInternkontrollService, PlanView } from '../../src/data/InternkontrollService';
import { createInternkontrollService } from '../../src/data/PnpInternkontrollService';
import { LIST_TITLES } from '../../src/data/schema/lists';
import type { PlanData } from '../../src/model';
import { createTarget, isRealTarget, TestTarget } from '../support/target';
import { FAST, provisionedService } from '../support/service';


/** Tests that inject faults into the local core. */
const localTest = isRealTarget() ? test.skip : test;

function demo(id: string): PlanData {
  const found = createDemoPlans().filter((plan) => plan.id === id)[0];
  if (!found) {
    throw new Error(id);
  }
  return found.data;
}

let target: TestTarget;
let service: IInternkontrollService;

beforeEach(async () => {
  target = createTarget();
  service = await provisionedService(target, FAST);
});

afterEach(() => target.close());

/** Rows of a list, all plans. */
async function rowCount(list: string): Promise<number> {
  const items = await spfi(target.sp('samordnare')).web.lists.getByTitle(list).items.select('Id').top(5000)();
  return items.length;
}

describe('copy to next year', () => {
  test('carries seed 004’s risks, kontrollmoment and open åtgärder, leaves the follow-ups, and keeps origin keys', async () => {
    const source = await service.importPlan(demo('seed004-sn-2022'));
    // Seed 004: 8 risks, 3 kontrollmoment, 7 åtgärder of which 3 are "✔ Genomförd", 12 follow-ups.
    expect(await service.previewPlanCopy(source.plan.id, 2023)).toEqual({
      fromYear: 2022,
      toYear: 2023,
      omraden: 0,
      risker: 8,
      reRated: 0,
      kontrollmoment: 3,
      atgarder: 4,
      closedAtgarder: 3,
      uppfoljningar: 12,
      avvikelser: 0
    });
    const progress: ImportProgress[] = [];
    const copy = await service.copyPlanToNextYear(source.plan.id, { year: 2023, diarienummer: 'SN 2022/301' }, (p) => progress.push(p));
    expect(copy.plan).toMatchObject({ namnd: 'Socialnämnden', ar: 2023, status: 'Utkast', diarienummer: 'SN 2022/301', ursprungsnyckel: source.plan.key });
    expect(copy.plan.beslutsdatum).toBeUndefined();
    expect(copy.plan.perioder.map((p) => `${p.key} ${p.start}–${p.end}`)).toEqual(['DELAR 2023-01-01–2023-08-31', 'HELAR 2023-01-01–2023-12-31']);
    expect(copy.risker).toHaveLength(8);
    expect(copy.kontrollmoment).toHaveLength(3);
    expect(copy.atgarder.map((a) => a.status)).toEqual(['Pågående', 'Pågående', 'Pågående', 'Pågående']);
    expect(copy.uppfoljningar).toEqual([]);
    // 1 plan + 8 risks + 3 kontrollmoment + 4 åtgärder = 16 rows, reported level by level up to all.
    expect(progress[progress.length - 1]).toEqual({ done: 16, total: 16, message: 'Planen är skapad', messageEn: 'The plan is created' });
    expect(progress.map((p) => p.message)).toContain('Skapar 3 kontrollmoment och 4 åtgärder');

    // Read back by a service that never saw it: every item names its origin.
    const reread = await createInternkontrollService(target.sp('handlaggare'), FAST).loadPlanView(copy.plan.id);
    const sourceKeys = new Set([...source.risker, ...source.kontrollmoment, ...source.atgarder].map((item) => item.key));
    for (const item of [...reread.risker, ...reread.kontrollmoment, ...reread.atgarder]) {
      expect(sourceKeys.has(item.ursprungsnyckel as string)).toBe(true);
      expect(sourceKeys.has(item.key)).toBe(false);
    }
    expect(reread.kontrollmoment.map((k) => k.startdatum)).toEqual(source.kontrollmoment.map((k) => (k.startdatum ? `${Number(k.startdatum.slice(0, 4)) + 1}${k.startdatum.slice(4)}` : undefined)));
    // Year on year: last year's risk finds this year's on the indexed Ursprungsnyckel column.
    const found = await spfi(target.sp('samordnare'))
      .web.lists.getByTitle(LIST_TITLES.risker)
      .items.filter(`Ursprungsnyckel eq '${source.risker[0].key}'`)
      .select('Id', 'Title')();
    expect(found.map((row: { Id: number }) => row.Id)).toEqual([copy.risker[0].id]);
  });

  test('rates each risk with its latest rating: seed 003’s Tertial 1 re-rating wins over the original', async () => {
    const source = await service.importPlan(demo('seed003-naf-2024'));
    const copy: PlanView = await service.copyPlanToNextYear(source.plan.id, { year: 2025 });
    const rating = (titel: string): [number | undefined, number | undefined] => {
      const risk = copy.risker.filter((r) => r.titel.indexOf(titel) === 0)[0];
      return [risk.sannolikhet, risk.konsekvens];
    };
    // Seed 003: "Förtroendeskadligt agerande" Hög (12) lowered to Medium in T1; "Bristande
    // ledarskap och styrning" Medium (6) lowered to Låg; "Hot mot …" stays Hög (15).
    expect(rating('Förtroendeskadligt agerande')).toEqual([2, 4]);
    expect(rating('Bristande ledarskap och styrning')).toEqual([1, 3]);
    expect(rating('Hot mot, eller påverkan på')).toEqual([3, 5]);
    expect(copy.plan.riskMatrix).toEqual(source.plan.riskMatrix);
  });

  test('refuses a year that is not later, out of range, or already planned, writing nothing', async () => {
    const source = await service.importPlan(demo('seed004-sn-2022'));
    await expect(service.copyPlanToNextYear(source.plan.id, { year: 2022 })).rejects.toMatchObject({
      kind: 'validation',
      issues: [expect.objectContaining({ field: 'kopia.ar', message: 'År för den nya planen (2022) måste vara senare än planens år (2022).' })]
    });
    await expect(service.copyPlanToNextYear(source.plan.id, { year: 2101 })).rejects.toMatchObject({ issues: [expect.objectContaining({ code: 'year-out-of-range' })] });
    await service.copyPlanToNextYear(source.plan.id, { year: 2023 });
    const before = await rowCount(LIST_TITLES.risker);
    await expect(service.copyPlanToNextYear(source.plan.id, { year: 2023 })).rejects.toMatchObject({
      issues: [expect.objectContaining({ field: 'kopia.ar', message: 'Det finns redan en internkontrollplan för Socialnämnden 2023.' })]
    });
    expect(await rowCount(LIST_TITLES.risker)).toBe(before);
    expect((await service.listPlans()).map((p) => p.ar)).toEqual([2023, 2022]);
  });

  localTest('is all or nothing: throttling that outlasts the retries while risks are created leaves nothing behind', async () => {
    const source = await service.importPlan(demo('seed004-sn-2022'));
    const counts = { plans: await rowCount(LIST_TITLES.planer), risks: await rowCount(LIST_TITLES.risker) };
    const core = target.core!;
    const failing = service.copyPlanToNextYear(source.plan.id, { year: 2023 }, (p) => {
      if (p.message.startsWith('Skapar 8 risker')) {
        // The service tries a throttled request 4 times (FAST); the next 4 are all refused.
        core.faults.configure({ throttleNext: 4, throttleStatus: 429, retryAfterSeconds: 0 });
      }
    });
    await expect(failing).rejects.toMatchObject({ kind: 'throttled' });
    expect(core.faults.counters.throttled).toBe(4);
    expect(await rowCount(LIST_TITLES.planer)).toBe(counts.plans);
    expect(await rowCount(LIST_TITLES.risker)).toBe(counts.risks);
    expect((await service.listPlans()).map((p) => p.ar)).toEqual([2022]);
    // And it works once SharePoint answers again.
    const copy = await service.copyPlanToNextYear(source.plan.id, { year: 2023 });
    expect(copy.risker).toHaveLength(8);
  });
});
