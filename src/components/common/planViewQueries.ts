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
  return view.uppfoljningar.filter((f) => f.targetType === targetType && f.targetKey === targetKey && f.periodKey === periodKey)[0];
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
