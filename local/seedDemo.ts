/**
 * Fills a site with the demo plans (the four seed reports in local/demo) through the data
 * layer's own repositories, so the demo data is exactly what the app would have written.
 * Idempotent: ensures the lists and roles, and imports only when the site has no plans yet. Each plan is
 * imported all or nothing, so an interrupted run leaves whole plans or none.
 */
import type { SPFI } from '@pnp/sp';
import type { IInternkontrollService, PlanSummary } from '../src/data/InternkontrollService';
import { createInternkontrollService, InternkontrollServiceOptions } from '../src/data/PnpInternkontrollService';
import { presetTemplates } from '../src/model/periodTemplates';
import type { Person, PlanData } from '../src/model/types';
import { createDemoPlans } from './demo';
import { assignDemoRoles } from './provision';
import { createNackaMatrix } from './demo/nacka';

/** What a seeding run did. */
export interface SeedDemoResult {
  /** True when the site already had plans and nothing was imported. */
  skipped: boolean;
  /** The plans imported by this run: demo id → plan item id. */
  imported: Record<string, number>;
  /** Rows written by this run, all lists together. */
  rows: number;
}

/**
 * Organisation settings of the demo site (the seed plans come from four municipalities): Nacka's
 * 5 × 5 matrix is the organisation's, so its two plans (seeds 000 and 003) follow it and a
 * change of it in the settings shows which of their risks move level.
 */
export const DEMO_SITE_SETTINGS = { organisation: 'Exempelkommun', defaultRiskMatrix: createNackaMatrix(), defaultPeriods: presetTemplates('tertial-delar-helar') };

/** The demo users named in the demo plans' Person columns (the seeds name roles, not people). */
export const DEMO_PERSONS = { rapporteringsansvarig: 'handlaggare@kommun.example', ansvarig: 'chef@kommun.example' } as const;

/**
 * The demo plan with the demo persons: the handläggare reports every kontrollmoment and åtgärd,
 * the förvaltningsdirektör is responsible for every kontrollmoment, so "Att rapportera" has
 * something to show each of them.
 */
export function withDemoPersons(data: PlanData, persons: { rapporteringsansvarig?: Person; ansvarig?: Person }): PlanData {
  return {
    ...data,
    kontrollmoment: data.kontrollmoment.map((km) => ({ ...km, ansvarigPerson: persons.ansvarig, rapporteringsansvarigPerson: persons.rapporteringsansvarig })),
    atgarder: data.atgarder.map((atgard) => ({ ...atgard, rapporteringsansvarigPerson: persons.rapporteringsansvarig }))
  };
}

/** A demo person as a site user; undefined on a site without the demo directory (a real site). */
async function demoPerson(service: IInternkontrollService, login: string): Promise<Person | undefined> {
  try {
    return await service.ensurePerson(login);
  } catch {
    return undefined;
  }
}

/** True when the target is an SPFI rather than a service. */
function isSpfi(target: SPFI | IInternkontrollService): target is SPFI {
  return typeof (target as IInternkontrollService).importPlan !== 'function';
}

/**
 * Ensures the schema and the roles and loads every demo plan when the site has no plans. Give
 * it an SPFI for a site owner (samordnare): the demo users then also join the product's groups
 * (handläggare rapportör, chef godkännare). Given a service instead, group membership is left
 * to the caller.
 */
export async function seedDemoData(
  target: SPFI | IInternkontrollService,
  options: InternkontrollServiceOptions = {}
): Promise<SeedDemoResult> {
  const service = isSpfi(target) ? createInternkontrollService(target, options) : target;
  await service.ensureLists();
  if (isSpfi(target)) {
    await assignDemoRoles(target);
  }
  const existing: PlanSummary[] = await service.listPlans();
  if (existing.length > 0) {
    return { skipped: true, imported: {}, rows: 0 };
  }
  const settings = await service.loadSettings();
  if (settings.id === undefined) {
    await service.saveSettings(DEMO_SITE_SETTINGS);
  }
  const persons = {
    rapporteringsansvarig: await demoPerson(service, DEMO_PERSONS.rapporteringsansvarig),
    ansvarig: await demoPerson(service, DEMO_PERSONS.ansvarig)
  };
  const imported: Record<string, number> = {};
  let rows = 0;
  for (const demo of createDemoPlans()) {
    const view = await service.importPlan(withDemoPersons(demo.data, persons));
    imported[demo.id] = view.plan.id;
    rows +=
      1 +
      view.plan.omraden.length +
      view.risker.length +
      view.kontrollmoment.length +
      view.atgarder.length +
      view.uppfoljningar.length +
      view.avvikelser.length;
  }
  return { skipped: false, imported, rows };
}
