/**
 * A plan with 20 000 kontrollmoment in one list, against the local SharePoint's list view
 * threshold (SharePoint narrows a query on a list over 5 000 items with the first condition
 * of its filter only): the plan view still loads every row, and a create whose answer is lost
 * is looked up by its key — key first, then the plan — and never duplicated.
 *
 * Local only: the 20 000 rows are inserted through the core, which a real site cannot do.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { newKey } from '../../src/data/InternkontrollService';
import { createInternkontrollService } from '../../src/data/PnpInternkontrollService';
import { kontrollmomentToFields } from '../../src/data/kontrollmoment/kontrollmomentMapping';
import { createPlanRefs } from '../../src/data/PlanRefs';
import { LIST_TITLES } from '../../src/data/schema/lists';
import { buildStandardPeriods } from '../../src/model/periods';
import { createDefaultMatrix4x4 } from '../../src/model/riskMatrix';
import type { BatchFailureMode } from '../../local';
import { createTarget, localTest, type TestTarget } from '../support/target';
import { FAST } from '../support/service';

/** What SharePoint answers after a failed batch part, both ways (see local/core.ts). */
const BATCH_MODES: BatchFailureMode[] = ['continue', 'abort-rest'];
import { CountRequests, LoseAnswer, methodOf } from '../support/transportFaults';

const ROWS = 20_000;

let target: TestTarget;
let planId: number;
let riskKey: string;

beforeAll(async () => {
  target = createTarget();
  if (target.kind !== 'local') {
    return;
  }
  const service = createInternkontrollService(target.sp('samordnare'), FAST);
  await service.ensureLists();
  const plan = await service.savePlan({
    key: newKey(),
    namnd: 'Socialnämnden',
    ar: 2025,
    status: 'Utkast',
    riskMatrix: createDefaultMatrix4x4(),
    perioder: buildStandardPeriods(2025),
    omraden: []
  });
  planId = plan.id;
  const risk = await service.saveRisk(planId, { key: newKey(), nr: 1, titel: 'Stor risk', obligatorisk: false });
  riskKey = risk.key;
  const refs = createPlanRefs(planId);
  refs.risker.set(risk.key, risk.id);
  const bodies = Array.from({ length: ROWS }, (_, i) =>
    kontrollmomentToFields({ key: `stor-${i}`, riskKey: risk.key, nr: i + 1, beskrivning: `Kontroll ${i + 1}`, obligatorisk: false }, refs)
  );
  target.core!.store.addItems(LIST_TITLES.kontrollmoment, bodies);
}, 120_000);

afterAll(() => {
  target.close();
});

describe('a plan with 20 000 rows in one list', () => {
  localTest('the filter the data layer used to send is refused by the threshold; keys first is served', async () => {
    const items = target.sp('samordnare').web.lists.getByTitle(LIST_TITLES.kontrollmoment).items;
    const old = await items.filter(`PlanId eq ${planId} and IdempotencyKey eq 'stor-7'`).select('Id')().then(
      () => 'served',
      (e: { status: number; message: string }) => (/SPQueryThrottledException/.test(e.message) ? `throttled ${e.status}` : 'other')
    );
    expect(old).toBe('throttled 500');
    const keyFirst = await items.filter(`IdempotencyKey eq 'stor-7' and PlanId eq ${planId}`).select('Nr')<Array<{ Nr: number }>>();
    expect(keyFirst.map((row) => row.Nr)).toEqual([8]);
  });

  localTest.each(BATCH_MODES)('the plan view loads every row, by ID pages of 5 000 after the plan filter is refused (after a failed batch part: %s)', async (mode) => {
    target.core!.batchFailure = mode;
    const counter = CountRequests();
    const view = await createInternkontrollService(target.sp('samordnare', counter.behavior), FAST)
      .loadPlanView(planId)
      .finally(() => {
        target.core!.batchFailure = 'continue';
      });
    expect(view.kontrollmoment.length).toBe(ROWS);
    expect(new Set(view.kontrollmoment.map((k) => k.key)).size).toBe(ROWS);
    expect(view.kontrollmoment[ROWS - 1]).toMatchObject({ nr: ROWS, riskKey });
    // The first batch, then the list by ID: 20 000 rows in four pages of 5 000 and an empty check.
    const batches = counter.log.requests.filter((r) => /\$batch/.test(r)).length;
    expect(batches).toBeGreaterThanOrEqual(5);
    // Under abort-rest, the parts SharePoint skipped after the refused filter run in one more batch.
    expect(batches).toBeLessThanOrEqual(mode === 'continue' ? 6 : 7);
  }, 120_000);

  localTest('a create whose answer is lost is found by its key and not made twice', async () => {
    const isCreate = (url: string, init: RequestInit): boolean =>
      methodOf(init) === 'POST' && url.indexOf(`getByTitle('${LIST_TITLES.kontrollmoment}')/items`) >= 0 && !/items\(/.test(url);
    const lossy = createInternkontrollService(target.sp('samordnare', LoseAnswer(isCreate)), FAST);
    await lossy.loadPlanView(planId);
    const key = newKey();
    const saved = await lossy.saveKontrollmoment(planId, { key, riskKey, nr: ROWS + 1, beskrivning: 'Skapad en gång', obligatorisk: false });
    const rows = await target
      .sp('samordnare')
      .web.lists.getByTitle(LIST_TITLES.kontrollmoment)
      .items.filter(`IdempotencyKey eq '${key}'`)
      .select('Id')<Array<{ Id: number }>>();
    expect(rows.map((row) => row.Id)).toEqual([saved.id]);
    expect(target.core!.store.lists.byTitle(LIST_TITLES.kontrollmoment)!.itemCount).toBe(ROWS + 1);
  }, 120_000);
});
