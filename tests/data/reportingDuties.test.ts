/**
 * "Att rapportera" through the service against the local SharePoint: a person's duties found
 * through the indexed Person columns, everyone's for the samordnare, two round trips, and no
 * query refused on lists past the 5 000-item list view threshold.
 */
import { spfi } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { newKey } from '../../src/data/InternkontrollService';
import type { IInternkontrollService, PlanView } from '../../src/data/InternkontrollService';
import { createInternkontrollService } from '../../src/data/PnpInternkontrollService';
import { LIST_TITLES } from '../../src/data/schema/lists';
import { buildTertialPeriods, createDefaultMatrix4x4, dutiesByPerson, dutiesOf, PlanData, PlanStatus } from '../../src/model';
import { createTarget, isRealTarget, TestTarget } from '../support/target';
import { provisionedService } from '../support/service';
import { CountRequests } from '../support/transportFaults';

/** The demo users' site ids (local SharePoint): handläggare 7, förvaltningsdirektör 8. */
const HANDLAGGARE = { id: 7, title: '' };
const CHEF = { id: 8, title: '' };

/** Persons exist only on the local site's directory: skipped (visibly) on a real site. */
const localTest = isRealTarget() ? test.skip : test;

/** A 2024 plan with tertials: k1 (ansvarig handläggare, rapport chef), k2 (rapport handläggare), a1 (ansvarig handläggare, ends in March). */
function plan(namnd: string, status: PlanStatus, ar: number = 2024): PlanData {
  const riskKey = newKey();
  const k1 = newKey();
  const k2 = newKey();
  return {
    plan: { key: newKey(), namnd, ar, status, riskMatrix: createDefaultMatrix4x4(), perioder: buildTertialPeriods(ar), omraden: [] },
    risker: [{ key: riskKey, nr: 1, titel: 'Felaktiga utbetalningar', obligatorisk: false }],
    kontrollmoment: [
      { key: k1, riskKey, nr: 1, beskrivning: '<p>Attest av <b>fakturor</b></p>', obligatorisk: false, ansvarigPerson: HANDLAGGARE, rapporteringsansvarigPerson: CHEF },
      { key: k2, riskKey, nr: 2, beskrivning: 'Jävsdeklarationer', obligatorisk: false, rapporteringsansvarigPerson: HANDLAGGARE }
    ],
    atgarder: [{ key: newKey(), riskKey, beskrivning: 'Ny attestrutin', avstamningsdatum: [], slutdatum: `${ar}-03-31`, status: 'Pågående', ansvarigPerson: HANDLAGGARE }],
    uppfoljningar: [
      { key: newKey(), targetType: 'kontrollmoment', targetKey: k1, periodKey: 'T1', status: 'Genomförd' },
      { key: newKey(), targetType: 'kontrollmoment', targetKey: k2, periodKey: 'T2', resultat: 'Utan anmärkning' }
    ],
    avvikelser: []
  };
}

let target: TestTarget;
let owner: IInternkontrollService;
let sn: PlanView;

beforeEach(async () => {
  target = createTarget();
  owner = await provisionedService(target);
  if (target.kind === 'local') {
    sn = await owner.importPlan(plan('Socialnämnden', 'Beslutad'));
    // An utkast plan and an old plan are not reported on.
    await owner.importPlan(plan('Kulturnämnden', 'Utkast'));
    await owner.importPlan(plan('Socialnämnden', 'Beslutad', 2021));
  }
});

afterEach(() => target.close());

describe('Att rapportera', () => {
  localTest('gives the handläggare what to report on 10 June, overdue first, in two round trips', async () => {
    const counter = CountRequests();
    const handlaggare = createInternkontrollService(target.sp('handlaggare', counter.behavior));
    const occasions = await handlaggare.loadReportingDuties({ today: '2024-06-10', personId: HANDLAGGARE.id });
    // Batches only (a digest first on a new service).
    expect(counter.log.requests.filter((r) => /\$batch/.test(r))).toHaveLength(2);
    expect(counter.log.requests.length).toBeLessThanOrEqual(3);
    const duties = dutiesOf(occasions, HANDLAGGARE.id);
    expect(duties.map((d) => [d.plan.namnd, d.item.kind, d.item.nr ?? d.item.text, d.period.key, d.state, d.daysOverdue, d.roles.join('+')])).toEqual([
      ['Socialnämnden', 'kontrollmoment', 2, 'T1', 'forsenad', 41, 'rapporteringsansvarig'],
      ['Socialnämnden', 'atgard', 'Ny attestrutin', 'T1', 'forsenad', 41, 'ansvarig'],
      ['Socialnämnden', 'kontrollmoment', 1, 'T2', 'att-rapportera', 0, 'ansvarig'],
      ['Socialnämnden', 'kontrollmoment', 2, 'T2', 'rapporterad', 0, 'rapporteringsansvarig']
    ]);
    // Names come with the Person columns; descriptions as plain text.
    expect(duties[2].item.ansvarigPerson).toEqual({ id: 7, title: 'Handläggare', email: 'handlaggare@kommun.example' });
    expect(duties[2].item.text).toBe('Attest av fakturor');
    expect(duties[0].plan.id).toBe(sn.plan.id);
  });

  localTest('gives the samordnare everyone’s duties per person', async () => {
    const occasions = await owner.loadReportingDuties({ today: '2024-06-10' });
    const groups = dutiesByPerson(occasions);
    expect(groups.map((g) => [g.person?.title ?? '–', g.counts.forsenad, g.counts['att-rapportera'], g.counts.rapporterad])).toEqual([
      ['Förvaltningsdirektör', 0, 1, 0],
      ['Handläggare', 2, 1, 1]
    ]);
  });

  localTest('stays within the list view threshold on lists of more than 5 000 items', async () => {
    const core = target.core!;
    const other = await owner.importPlan(plan('Byggnadsnämnden', 'Avslutad', 2023));
    const riskId = other.risker[0].id;
    // 6 000 kontrollmoment and 6 000 åtgärder of another plan, none naming the handläggare.
    const rows = Array.from({ length: 6000 }, (_, i) => ({ Title: `K ${i}`, PlanId: other.plan.id, RiskId: riskId, Nr: 100 + i, Beskrivning: 'x', IdempotencyKey: `bulk-${i}`, AnsvarigPersonId: 8 }));
    core.store.addItems(LIST_TITLES.kontrollmoment, rows.slice(0, 6000).map((row, i) => (i < 5500 ? { ...row, AnsvarigPersonId: null } : row)));
    core.store.addItems(LIST_TITLES.atgarder, rows.map((row) => ({ Title: row.Title, PlanId: row.PlanId, RiskId: riskId, AtgardStatus: 'Pågående', IdempotencyKey: `a-${row.IdempotencyKey}` })));
    // The threshold is real here: an unindexed filter on the big list is refused.
    const sp = spfi(target.sp('samordnare'));
    await expect(sp.web.lists.getByTitle(LIST_TITLES.kontrollmoment).items.filter("Ansvarig eq 'Enhetschef'")()).rejects.toThrow(/SPQueryThrottledException/);
    const handlaggare = createInternkontrollService(target.sp('handlaggare'));
    const mine = dutiesOf(await handlaggare.loadReportingDuties({ today: '2024-06-10', personId: HANDLAGGARE.id }), HANDLAGGARE.id);
    expect(mine).toHaveLength(4);
    const all = dutiesByPerson(await owner.loadReportingDuties({ today: '2024-06-10' }));
    expect(all.map((g) => g.person?.title ?? '–')).toEqual(['Förvaltningsdirektör', 'Handläggare']);
  });
});
