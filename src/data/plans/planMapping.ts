/** The plan item (list IKPlaner) ⇄ the model; its områden are rows of their own. */
import type { Omrade, Plan } from '../../model/types';
import type { PlanStatus } from '../../model/choices';
import type { Period } from '../../model/periods';
import type { RiskMatrix } from '../../model/riskMatrix';
import { compact, fromSharePointDate, ItemFields, ListItemJson, orEmpty, readJson, readKey, readNumber, readText, titleText, toSharePointDate, withStoredIdentity, readId, readETag } from '../fields';
import type { PlanSummary, Stored, StoredPlan } from '../InternkontrollService';

/** The columns a plan item is read with. */
export const PLAN_SELECT: readonly string[] = [
  'Id',
  'Title',
  'Namnd',
  'Forvaltning',
  'Ar',
  'Diarienummer',
  'PlanStatus',
  'Beslutsdatum',
  'RiskMatrix',
  'Perioder',
  'IdempotencyKey',
  'Ursprungsnyckel'
];

/** The columns of the plan list view (no JSON columns). */
export const PLAN_SUMMARY_SELECT: readonly string[] = ['Id', 'Namnd', 'Forvaltning', 'Ar', 'Diarienummer', 'PlanStatus', 'IdempotencyKey'];

/** The plan item's Title, e.g. "Internkontrollplan 2025 Socialnämnden". */
export function planTitle(plan: Pick<Plan, 'ar' | 'namnd'>): string {
  return titleText(`Internkontrollplan ${plan.ar} ${plan.namnd}`, 'Internkontrollplan');
}

/** Field values of a plan item (its områden are items of their own). */
export function planToFields(plan: Omit<Plan, 'omraden'>): ItemFields {
  return {
    Title: planTitle(plan),
    Namnd: plan.namnd,
    Forvaltning: orEmpty(plan.forvaltning),
    Ar: plan.ar,
    Diarienummer: orEmpty(plan.diarienummer),
    PlanStatus: plan.status,
    Beslutsdatum: toSharePointDate(plan.beslutsdatum),
    RiskMatrix: JSON.stringify(plan.riskMatrix),
    Perioder: JSON.stringify(plan.perioder),
    IdempotencyKey: plan.key,
    Ursprungsnyckel: orEmpty(plan.ursprungsnyckel)
  };
}

/** A stored plan from its item and its områden (already mapped, in any order). */
export function planFromItem(item: ListItemJson, omraden: Stored<Omrade>[]): StoredPlan {
  const plan = compact({
    key: readKey(item),
    namnd: readText(item, 'Namnd') ?? '',
    forvaltning: readText(item, 'Forvaltning'),
    ar: readNumber(item, 'Ar') ?? 0,
    diarienummer: readText(item, 'Diarienummer'),
    status: (readText(item, 'PlanStatus') ?? 'Utkast') as PlanStatus,
    beslutsdatum: fromSharePointDate(item.Beslutsdatum),
    riskMatrix: readJson<RiskMatrix>(item, 'RiskMatrix'),
    perioder: readJson<Period[]>(item, 'Perioder'),
    ursprungsnyckel: readText(item, 'Ursprungsnyckel')
  });
  return { ...withStoredIdentity(plan, item), omraden: omraden.slice().sort((a, b) => a.ordning - b.ordning) };
}

/** A row of the plan list. */
export function planSummaryFromItem(item: ListItemJson): PlanSummary {
  return compact({
    id: readId(item),
    key: readKey(item),
    etag: readETag(item),
    namnd: readText(item, 'Namnd') ?? '',
    forvaltning: readText(item, 'Forvaltning'),
    ar: readNumber(item, 'Ar') ?? 0,
    diarienummer: readText(item, 'Diarienummer'),
    status: (readText(item, 'PlanStatus') ?? 'Utkast') as PlanStatus
  });
}
