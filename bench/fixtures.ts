/**
 * Plans of a chosen size for the bench, and their fast insertion through the local core's bulk
 * path (`store.addItems`, one SQLite transaction per list) with the data layer's own mapping,
 * so the rows are exactly what the repositories would have written.
 */
import type { SPFI } from '@pnp/sp';
import type { LocalSharePointCore } from '../local';
import { createInternkontrollService } from '../src/data/PnpInternkontrollService';
import { createPlanRefs } from '../src/data/PlanRefs';
import { atgardToFields } from '../src/data/atgarder/atgardMapping';
import { avvikelseToFields } from '../src/data/avvikelser/avvikelseMapping';
import { followUpToFields } from '../src/data/followUps/followUpMapping';
import { kontrollmomentToFields } from '../src/data/kontrollmoment/kontrollmomentMapping';
import { riskToFields } from '../src/data/risks/riskMapping';
import { LIST_TITLES } from '../src/data/schema/lists';
import { buildStandardPeriods } from '../src/model/periods';
import { createDefaultMatrix5x5 } from '../src/model/riskMatrix';
import type { Plan, PlanData } from '../src/model/types';
import type { Editable } from '../src/data/InternkontrollService';

/** Kontrollmoment per risk in the generated plans. */
export const KONTROLLMOMENT_PER_RISK = 10;

/**
 * A plan with `kontrollmoment` controls: one risk per 10 controls (at least one), one åtgärd per
 * risk, a T1 follow-up of every control and every risk, an avvikelse for every 20th control
 * follow-up (its result "Med anmärkning").
 */
export function generatePlan(name: string, kontrollmoment: number): PlanData {
  const perRisk = Math.min(KONTROLLMOMENT_PER_RISK, kontrollmoment);
  const riskCount = Math.ceil(kontrollmoment / perRisk);
  const data: PlanData = {
    plan: {
      key: `${name}-plan`,
      namnd: `Benchnämnden ${name}`,
      ar: 2025,
      status: 'Beslutad',
      beslutsdatum: '2024-12-12',
      riskMatrix: createDefaultMatrix5x5(),
      perioder: buildStandardPeriods(2025),
      omraden: [
        { key: `${name}-o1`, namn: 'Finansiell kontroll', ordning: 1 },
        { key: `${name}-o2`, namn: 'Verksamhetskontroll', ordning: 2 }
      ]
    },
    risker: [],
    kontrollmoment: [],
    atgarder: [],
    uppfoljningar: [],
    avvikelser: []
  };
  for (let r = 1; r <= riskCount; r++) {
    const riskKey = `${name}-r${r}`;
    data.risker.push({ key: riskKey, nr: r, omradeKey: `${name}-o${(r % 2) + 1}`, titel: `Risk ${r}`, beskrivning: `<p>Beskrivning av risk ${r}.</p>`, obligatorisk: r % 5 === 0, sannolikhet: (r % 5) + 1, konsekvens: ((r * 3) % 5) + 1 });
    data.atgarder.push({ key: `${name}-a${r}`, riskKey, beskrivning: `Åtgärd för risk ${r}`, avstamningsdatum: ['2025-06-01'], startdatum: '2025-02-01', slutdatum: '2025-11-30', status: 'Pågående' });
    data.uppfoljningar.push({ key: `${name}-fr${r}`, targetType: 'risk', targetKey: riskKey, periodKey: 'T1', riskvardering: { sannolikhet: 2, konsekvens: 3 } });
  }
  for (let k = 1; k <= kontrollmoment; k++) {
    const kmKey = `${name}-k${k}`;
    const riskNr = Math.ceil(k / perRisk);
    data.kontrollmoment.push({
      key: kmKey,
      riskKey: `${name}-r${riskNr}`,
      nr: k,
      beskrivning: `<p>Kontroll ${k}: stickprov på utbetalningar.</p>`,
      kontrollmetod: 'Stickprov',
      ansvarig: 'Enhetschef',
      frekvens: 'Tertial',
      obligatorisk: false,
      startdatum: '2025-01-01',
      avstamningsdatum: ['2025-04-30'],
      slutdatum: '2025-12-31'
    });
    const withRemark = k % 20 === 0;
    const followUpKey = `${name}-f${k}`;
    data.uppfoljningar.push({ key: followUpKey, targetType: 'kontrollmoment', targetKey: kmKey, periodKey: 'T1', status: 'Genomförd', resultat: withRemark ? 'Med anmärkning' : 'Utan anmärkning', kommentar: '<p>Granskat.</p>' });
    if (withRemark) {
      data.avvikelser.push({ key: `${name}-av${k}`, followUpKey, beskrivning: `Brist i kontroll ${k}`, atgard: 'Rättas', slutdatum: '2025-09-30', status: 'Pågående' });
    }
  }
  return data;
}

/** Rows of a plan, all lists together (the plan item included). */
export function rowCount(data: PlanData): number {
  return 1 + data.plan.omraden.length + data.risker.length + data.kontrollmoment.length + data.atgarder.length + data.uppfoljningar.length + data.avvikelser.length;
}

/**
 * Inserts the plan: the plan item and its områden through the service (so they are what the
 * app writes), the rest through the core's bulk path, level by level. Returns the plan id.
 */
export async function insertPlanInBulk(core: LocalSharePointCore, sp: SPFI, data: PlanData): Promise<number> {
  const service = createInternkontrollService(sp);
  const plan = await service.savePlan(data.plan as Editable<Plan>);
  const refs = createPlanRefs(plan.id);
  plan.omraden.forEach((omrade) => refs.omraden.set(omrade.key, omrade.id));
  const add = (list: string, bodies: Record<string, unknown>[]): number[] => core.store.addItems(list, bodies);
  add(LIST_TITLES.risker, data.risker.map((risk) => riskToFields(risk, refs))).forEach((id, i) => {
    refs.risker.set(data.risker[i].key, id);
    refs.names.set(data.risker[i].key, data.risker[i].titel);
  });
  add(LIST_TITLES.kontrollmoment, data.kontrollmoment.map((km) => kontrollmomentToFields(km, refs))).forEach((id, i) => refs.kontrollmoment.set(data.kontrollmoment[i].key, id));
  add(LIST_TITLES.atgarder, data.atgarder.map((atgard) => atgardToFields(atgard, refs))).forEach((id, i) => refs.atgarder.set(data.atgarder[i].key, id));
  add(LIST_TITLES.uppfoljningar, data.uppfoljningar.map((followUp) => followUpToFields(followUp, refs))).forEach((id, i) => refs.uppfoljningar.set(data.uppfoljningar[i].key, id));
  add(LIST_TITLES.avvikelser, data.avvikelser.map((avvikelse) => avvikelseToFields(avvikelse, refs)));
  return plan.id;
}
