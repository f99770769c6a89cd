/**
 * Fills a site with the demo plans (the four seed reports in local/demo) through the data
 * layer's own repositories, so the demo data is exactly what the app would have written.
 * Idempotent: ensures the lists and roles, and imports only when the site has no plans yet. Each plan is
 * imported all or nothing, so an interrupted run leaves whole plans or none.
 */
import type { SPFI } from '@pnp/sp';
import type { IInternkontrollService, PlanSummary } from '../src/data/InternkontrollService';
import { createInternkontrollService, InternkontrollServiceOptions } from '../src/data/PnpInternkontrollService';
import { createDefaultMatrix5x5 } from '../src/model/riskMatrix';
import { createDemoPlans } from './demo';
import { assignDemoRoles } from './provision';

/** What a seeding run did. */
export interface SeedDemoResult {
  /** True when the site already had plans and nothing was imported. */
  skipped: boolean;
  /** The plans imported by this run: demo id → plan item id. */
  imported: Record<string, number>;
  /** Rows written by this run, all lists together. */
  rows: number;
}

/** Organisation settings of the demo site (the seed plans come from four municipalities). */
export const DEMO_SITE_SETTINGS = { organisation: 'Exempelkommun', defaultRiskMatrix: createDefaultMatrix5x5() };

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
  const imported: Record<string, number> = {};
  let rows = 0;
  for (const demo of createDemoPlans()) {
    const view = await service.importPlan(demo.data);
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
