/**
 * The comparison for the batched loader: a plan view read the way a straightforward UI reads
 * it, one request per parent for its children (each risk's kontrollmoment, åtgärder and risk
 * follow-ups; each kontrollmoment's and åtgärd's follow-ups; each follow-up's avvikelser), one
 * after another. Same columns, same mapping; only the requests differ.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { PlanView } from '../src/data/InternkontrollService';
import { createPlanRefs } from '../src/data/PlanRefs';
import { ATGARD_EXPAND, ATGARD_SELECT, atgardFromItem } from '../src/data/atgarder/atgardMapping';
import { AVVIKELSE_SELECT, avvikelseFromItem } from '../src/data/avvikelser/avvikelseMapping';
import { ListItemJson } from '../src/data/fields';
import { FOLLOW_UP_SELECT, followUpFromItem } from '../src/data/followUps/followUpMapping';
import { KONTROLLMOMENT_EXPAND, KONTROLLMOMENT_SELECT, kontrollmomentFromItem } from '../src/data/kontrollmoment/kontrollmomentMapping';
import { OMRADE_SELECT, omradeFromItem } from '../src/data/omraden/omradeMapping';
import { PLAN_SELECT, planFromItem } from '../src/data/plans/planMapping';
import { RISK_SELECT, riskFromItem } from '../src/data/risks/riskMapping';
import { LIST_TITLES } from '../src/data/schema/lists';

/** Rows of a list matching a filter (one request). */
function rows(sp: SPFI, list: string, select: readonly string[], filter: string, expand: readonly string[] = []): Promise<ListItemJson[]> {
  const items = sp.web.lists.getByTitle(list).items.select(...select).filter(filter).top(5000);
  // Person columns are read through $expand, as SharePoint requires for a lookup's fields.
  return (expand.length > 0 ? items.expand(...expand) : items)<ListItemJson[]>();
}

/** Loads the plan view with one request per parent row. */
export async function loadPlanViewNaively(sp: SPFI, planId: number): Promise<PlanView> {
  const refs = createPlanRefs(planId);
  const planItem = await sp.web.lists.getByTitle(LIST_TITLES.planer).items.getById(planId).select(...PLAN_SELECT)<ListItemJson>();
  const omraden = (await rows(sp, LIST_TITLES.omraden, OMRADE_SELECT, `PlanId eq ${planId}`)).map(omradeFromItem);
  omraden.forEach((omrade) => refs.omraden.set(omrade.key, omrade.id));
  const risker = (await rows(sp, LIST_TITLES.risker, RISK_SELECT, `PlanId eq ${planId}`)).map((item) => riskFromItem(item, refs));
  risker.forEach((risk) => refs.risker.set(risk.key, risk.id));
  const view: PlanView = { plan: planFromItem(planItem, omraden), risker, kontrollmoment: [], atgarder: [], uppfoljningar: [], avvikelser: [] };
  const followUpItems: ListItemJson[] = [];
  for (const risk of risker) {
    const kms = (await rows(sp, LIST_TITLES.kontrollmoment, KONTROLLMOMENT_SELECT, `RiskId eq ${risk.id}`, KONTROLLMOMENT_EXPAND)).map((item) => kontrollmomentFromItem(item, refs));
    kms.forEach((km) => refs.kontrollmoment.set(km.key, km.id));
    view.kontrollmoment.push(...kms);
    const atgarder = (await rows(sp, LIST_TITLES.atgarder, ATGARD_SELECT, `RiskId eq ${risk.id}`, ATGARD_EXPAND)).map((item) => atgardFromItem(item, refs));
    atgarder.forEach((atgard) => refs.atgarder.set(atgard.key, atgard.id));
    view.atgarder.push(...atgarder);
    followUpItems.push(...(await rows(sp, LIST_TITLES.uppfoljningar, FOLLOW_UP_SELECT, `RiskId eq ${risk.id}`)));
    for (const km of kms) {
      followUpItems.push(...(await rows(sp, LIST_TITLES.uppfoljningar, FOLLOW_UP_SELECT, `KontrollmomentId eq ${km.id}`)));
    }
    for (const atgard of atgarder) {
      followUpItems.push(...(await rows(sp, LIST_TITLES.uppfoljningar, FOLLOW_UP_SELECT, `AtgardId eq ${atgard.id}`)));
    }
  }
  view.uppfoljningar = followUpItems.map((item) => followUpFromItem(item, refs));
  view.uppfoljningar.forEach((followUp) => refs.uppfoljningar.set(followUp.key, followUp.id));
  for (const followUp of view.uppfoljningar) {
    view.avvikelser.push(...(await rows(sp, LIST_TITLES.avvikelser, AVVIKELSE_SELECT, `UppfoljningId eq ${followUp.id}`)).map((item) => avvikelseFromItem(item, refs)));
  }
  return view;
}
