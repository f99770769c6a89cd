/**
 * What a page shows, as the web part's property pane chose it: every plan, one nämnd's plans
 * ("Socialnämndens internkontroll"), or one plan. Pure.
 */
import type { PlanSummary } from '../../data/InternkontrollService';

/** The plans a page shows. */
export type PageScope = { kind: 'all' } | { kind: 'namnd'; namnd: string } | { kind: 'plan'; planId: number };

/** Every plan: the default. */
export const ALL_PLANS: PageScope = { kind: 'all' };

/** Nämnd names compare without case or surrounding space ("Socialnämnden" = "socialnämnden "). */
export function sameNamnd(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('sv-SE') === b.trim().toLocaleLowerCase('sv-SE');
}

/** The plans of the list that the scope shows (a one-plan page lists its nämnd's plans). */
export function plansInScope(plans: PlanSummary[], scope: PageScope): PlanSummary[] {
  if (scope.kind === 'namnd') {
    return plans.filter((plan) => sameNamnd(plan.namnd, scope.namnd));
  }
  if (scope.kind === 'plan') {
    const plan = plans.filter((p) => p.id === scope.planId)[0];
    return plan ? plans.filter((p) => sameNamnd(p.namnd, plan.namnd)) : plans;
  }
  return plans;
}
