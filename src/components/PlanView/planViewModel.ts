/**
 * The plan view's own view-model: the period it opens on, today's date, and which rating (the
 * year's original or the period's re-rating) the heat map and badges show.
 */
import type { PlanView } from '../../data/InternkontrollService';
import { findPeriodContaining } from '../../model';
import type { Period, Risk } from '../../model';
import { findFollowUp } from '../common/planViewQueries';

/**
 * The period a plan opens on: the shortest period containing today; for a plan whose periods
 * have all ended, the latest period that has follow-ups (what was last reported), else the
 * latest ended period; before the plan starts, the first period.
 * @param periodsWithFollowUps keys of the periods that hold any follow-up.
 */
export function defaultPeriodKey(periods: Period[], today: string, periodsWithFollowUps: string[] = []): string | undefined {
  const containing = findPeriodContaining(periods, today);
  if (containing) {
    return containing.key;
  }
  const byEnd = (a: Period, b: Period): number => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0);
  const ended = periods.filter((p) => p.end < today).sort(byEnd);
  const reported = ended.filter((p) => periodsWithFollowUps.indexOf(p.key) >= 0);
  if (reported.length > 0) {
    return reported[reported.length - 1].key;
  }
  if (ended.length > 0) {
    return ended[ended.length - 1].key;
  }
  return periods.length > 0 ? periods[0].key : undefined;
}

/** Today's date as "YYYY-MM-DD" in local time. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => (n < 10 ? '0' + n : String(n));
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Which rating the heat map and badges use: the year's original, or the period's re-rating. */
export type RatingSource = 'ursprunglig' | 'period';

/**
 * The risks with the rating of the chosen source: for `period`, a risk's riskvärdering in the
 * period (a follow-up with targetType "risk") replaces its original rating where there is one.
 */
export function risksRatedFor<T extends Risk>(view: PlanView, risks: T[], periodKey: string, source: RatingSource): T[] {
  if (source === 'ursprunglig') {
    return risks;
  }
  return risks.map((risk) => {
    const followUp = findFollowUp(view, 'risk', risk.key, periodKey);
    if (!followUp || !followUp.riskvardering) {
      return risk;
    }
    return { ...risk, sannolikhet: followUp.riskvardering.sannolikhet, konsekvens: followUp.riskvardering.konsekvens };
  });
}

/** True when any risk has a riskvärdering in the period, so offering the period's view makes sense. */
export function hasPeriodRatings(view: PlanView, periodKey: string): boolean {
  return view.uppfoljningar.some((f) => f.targetType === 'risk' && f.periodKey === periodKey && f.riskvardering !== undefined);
}
