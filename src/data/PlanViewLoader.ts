/**
 * Loads a plan view — the plan with all its områden, risks, kontrollmoment, åtgärder,
 * follow-ups (every period) and avvikelser, and the organisation settings the plan is
 * validated with — in one `$batch` of GETs: each child list is filtered on the indexed
 * `PlanId`, 5 000 rows at a time. Round trips: the batch, plus the digest request the first
 * time a batch goes to the site (the SPFx host has the digest on the page, so none there).
 *
 * A list with more than 5 000 rows for one plan: SharePoint refuses the plan filter for the list
 * view threshold (SPQueryThrottledException: an indexed filter may match at most 5 000 rows),
 * so that list is read in full by ID, 5 000 rows per further round trip, and the plan's rows
 * kept; should SharePoint answer a plan query with `odata.nextLink`, that link is followed the
 * same way. All such lists share each further batch. A plan within 5 000 rows per list never
 * pays this.
 */
import type { SPFI } from '@pnp/sp';
import type { AtgardRepository } from './atgarder/AtgardRepository';
import type { AvvikelseRepository } from './avvikelser/AvvikelseRepository';
import { runReadBatch } from './batchWrites';
import type { FollowUpRepository } from './followUps/FollowUpRepository';
import { OperationContext, toDataError } from './httpErrors';
import type { PlanView, StoredSettings } from './InternkontrollService';
import type { KontrollmomentRepository } from './kontrollmoment/KontrollmomentRepository';
import { isListViewThresholdError, ListPage, ListRepository } from './ListRepository';
import { ListItemJson, StoredJsonError } from './fields';
import { planFromItem } from './plans/planMapping';
import { createPlanRefs, PlanRefs } from './PlanRefs';
import type { OmradeRepository } from './omraden/OmradeRepository';
import type { PlanRepository } from './plans/PlanRepository';
import type { RiskRepository } from './risks/RiskRepository';
import type { SettingsRepository } from './settings/SettingsRepository';
import { UnexpectedError } from './errors';

/** The repositories the loader reads from. */
export interface PlanViewRepositories {
  /** Plans. */
  plans: PlanRepository;
  /** Områden. */
  omraden: OmradeRepository;
  /** Risks. */
  risker: RiskRepository;
  /** Kontrollmoment. */
  kontrollmoment: KontrollmomentRepository;
  /** Åtgärder. */
  atgarder: AtgardRepository;
  /** Follow-ups. */
  uppfoljningar: FollowUpRepository;
  /** Avvikelser. */
  avvikelser: AvvikelseRepository;
  /** Organisation settings. */
  settings: SettingsRepository;
}

/** A loaded plan: the view, its key ⇄ id indexes and the organisation settings. */
export interface LoadedPlan {
  /** The plan view. */
  view: PlanView;
  /** Key ⇄ id indexes of the plan. */
  refs: PlanRefs;
  /** The organisation settings. */
  settings: StoredSettings;
}

/** The child lists in the order they are mapped: parents before children. */
const CHILD_LISTS = ['omraden', 'risker', 'kontrollmoment', 'atgarder', 'uppfoljningar', 'avvikelser'] as const;

/** One of the child lists. */
type ChildList = (typeof CHILD_LISTS)[number];

/** Rows of every child list. */
type ChildRows = Record<ChildList, ListItemJson[]>;

/** Sorts by `nr`, then by id, so equal numbers keep their creation order. */
function byNr<T extends { nr: number; id: number }>(a: T, b: T): number {
  return a.nr - b.nr || a.id - b.id;
}

/** Sorts by id: creation order. */
function byId<T extends { id: number }>(a: T, b: T): number {
  return a.id - b.id;
}

/**
 * Maps the rows of a plan to its view. Pure: parents are indexed before children refer to
 * them, so keys resolve whatever order SharePoint returned the rows in.
 */
export function buildPlanView(planItem: ListItemJson, rows: ChildRows, repos: PlanViewRepositories, settings: StoredSettings): LoadedPlan {
  const planId = Number(planItem.Id ?? planItem.ID);
  const refs = createPlanRefs(planId);
  const omraden = rows.omraden.map((item) => repos.omraden.fromItem(item, refs));
  omraden.forEach((omrade) => refs.omraden.set(omrade.key, omrade.id));
  const plan = planFromItem(planItem, omraden);

  const risker = rows.risker.map((item) => repos.risker.fromItem(item, refs)).sort(byNr);
  risker.forEach((risk) => {
    refs.risker.set(risk.key, risk.id);
    refs.names.setLazy(risk.key, () => repos.risker.nameOf(risk));
  });
  const kontrollmoment = rows.kontrollmoment.map((item) => repos.kontrollmoment.fromItem(item, refs)).sort(byNr);
  kontrollmoment.forEach((km) => {
    refs.kontrollmoment.set(km.key, km.id);
    refs.names.setLazy(km.key, () => repos.kontrollmoment.nameOf(km));
  });
  const atgarder = rows.atgarder.map((item) => repos.atgarder.fromItem(item, refs)).sort(byId);
  atgarder.forEach((atgard) => {
    refs.atgarder.set(atgard.key, atgard.id);
    refs.names.setLazy(atgard.key, () => repos.atgarder.nameOf(atgard));
  });
  const uppfoljningar = rows.uppfoljningar.map((item) => repos.uppfoljningar.fromItem(item, refs)).sort(byId);
  uppfoljningar.forEach((followUp) => refs.uppfoljningar.set(followUp.key, followUp.id));
  const avvikelser = rows.avvikelser.map((item) => repos.avvikelser.fromItem(item, refs)).sort(byId);

  return {
    view: { plan, risker, kontrollmoment, atgarder, uppfoljningar, avvikelser },
    refs,
    settings
  };
}

/** Loads the plan view in one batch (plus one batch per further 5 000 rows of a list). */
export async function loadPlanView(sp: SPFI, repos: PlanViewRepositories, planId: number): Promise<LoadedPlan> {
  const context: OperationContext = { entity: 'plan', action: 'read', itemName: `#${planId}` };
  const childRepos: Record<ChildList, ListRepository> = {
    omraden: repos.omraden,
    risker: repos.risker,
    kontrollmoment: repos.kontrollmoment,
    atgarder: repos.atgarder,
    uppfoljningar: repos.uppfoljningar,
    avvikelser: repos.avvikelser
  };

  type First = { kind: 'plan'; item: ListItemJson } | { kind: 'settings'; settings: StoredSettings } | { kind: 'page'; page: ListPage };
  const calls: Array<(batched: SPFI) => Promise<First>> = [
    (batched) => repos.plans.item(planId, batched).then((item): First => ({ kind: 'plan', item })),
    (batched) => repos.settings.load(batched).then((settings): First => ({ kind: 'settings', settings })),
    ...CHILD_LISTS.map((list) => (batched: SPFI) => childRepos[list].planPage(planId, batched).then((page): First => ({ kind: 'page', page })))
  ];
  const results = await runReadBatch(sp, calls);
  // A list whose plan filter hits the list view threshold (over 5 000 rows of this plan) is
  // read in full instead, 5 000 rows per round trip, keeping this plan's rows.
  const fullScan = new Set<ChildList>();
  results.forEach((result, i) => {
    if (!result.ok) {
      const list = i >= 2 ? CHILD_LISTS[i - 2] : undefined;
      if (list !== undefined && isListViewThresholdError(result.error)) {
        fullScan.add(list);
      } else {
        throw toDataError(result.error, context);
      }
    }
  });
  const values = results.map((result) => (result.ok ? result.value : undefined));
  const planResult = values[0];
  const settingsResult = values[1];
  const rows = {} as ChildRows;
  const pending = new Map<ChildList, (batched: SPFI) => Promise<ListPage>>();
  CHILD_LISTS.forEach((list, i) => {
    const value = values[i + 2];
    const page = value && value.kind === 'page' ? value.page : { rows: [] };
    rows[list] = page.rows.slice();
    if (fullScan.has(list)) {
      pending.set(list, (batched) => childRepos[list].allRowsPage(batched));
    } else if (page.nextLink !== undefined) {
      const link = page.nextLink;
      pending.set(list, (batched) => childRepos[list].nextPage(link, batched));
    }
  });

  // Only lists with more than 5 000 rows get here: one batch per further page, all such lists together.
  while (pending.size > 0) {
    const lists = Array.from(pending.keys());
    const pages = await runReadBatch(
      sp,
      lists.map((list) => pending.get(list) as (batched: SPFI) => Promise<ListPage>)
    );
    pending.clear();
    pages.forEach((result, i) => {
      if (!result.ok) {
        throw toDataError(result.error, context);
      }
      const list = lists[i];
      const pageRows = fullScan.has(list) ? result.value.rows.filter((row) => Number(row.PlanId) === planId) : result.value.rows;
      rows[list].push(...pageRows);
      if (result.value.nextLink !== undefined) {
        const link = result.value.nextLink;
        pending.set(list, (batched) => childRepos[list].nextPage(link, batched));
      }
    });
  }

  const planItem = planResult && planResult.kind === 'plan' ? planResult.item : {};
  const settings = settingsResult && settingsResult.kind === 'settings' ? settingsResult.settings : {};
  try {
    return buildPlanView(planItem, rows, repos, settings);
  } catch (error) {
    if (error instanceof StoredJsonError) {
      throw new UnexpectedError(error.message);
    }
    throw error;
  }
}
