/**
 * Lookups in a loaded plan view shared by several views: what a follow-up form edits, the
 * follow-up of a target in a period, its avvikelser, and the view after a follow-up is saved.
 */
import type { PlanView, Stored } from '../../data/InternkontrollService';
import type { Atgard, Avvikelse, FollowUp, Kontrollmoment, Risk } from '../../model';

/** What a follow-up form edits: a kontrollmoment, an åtgärd, or a risk re-rated for the period. */
export type FollowUpTarget =
  | { type: 'kontrollmoment'; item: Stored<Kontrollmoment> }
  | { type: 'atgard'; item: Stored<Atgard> }
  | { type: 'risk'; item: Stored<Risk> };

/** The follow-up of a kontrollmoment, åtgärd or risk in a period, when one is stored. */
export function findFollowUp(
  view: PlanView,
  targetType: FollowUp['targetType'],
  targetKey: string,
  periodKey: string
): Stored<FollowUp> | undefined {
  return followUpIndex(view.uppfoljningar).get(`${targetType}|${targetKey}|${periodKey}`);
}

/** Follow-ups by target and period, built once per loaded list (views ask per item: linear, not quadratic, in plan size). */
const indexes = new WeakMap<Stored<FollowUp>[], Map<string, Stored<FollowUp>>>();

/** The index of a follow-up list; the first follow-up of a target and period wins, as a search in order would find it. */
function followUpIndex(followUps: Stored<FollowUp>[]): Map<string, Stored<FollowUp>> {
  let index = indexes.get(followUps);
  if (index === undefined) {
    index = new Map();
    for (const f of followUps) {
      const key = `${f.targetType}|${f.targetKey}|${f.periodKey}`;
      if (!index.has(key)) {
        index.set(key, f);
      }
    }
    indexes.set(followUps, index);
  }
  return index;
}

/** The avvikelser of a follow-up, in stored order. */
export function avvikelserOf(view: PlanView, followUpKey: string): Stored<Avvikelse>[] {
  return view.avvikelser.filter((a) => a.followUpKey === followUpKey);
}

/** The plan view with a saved follow-up and its avvikelser put in place of the old ones. */
export function withSavedFollowUp(
  view: PlanView,
  saved: { followUp: Stored<FollowUp>; avvikelser: Stored<Avvikelse>[] }
): PlanView {
  const key = saved.followUp.key;
  const exists = view.uppfoljningar.some((f) => f.key === key);
  return {
    ...view,
    uppfoljningar: exists ? view.uppfoljningar.map((f) => (f.key === key ? saved.followUp : f)) : [...view.uppfoljningar, saved.followUp],
    avvikelser: [...view.avvikelser.filter((a) => a.followUpKey !== key), ...saved.avvikelser]
  };
}
