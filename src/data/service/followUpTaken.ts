/**
 * The message when SharePoint refuses a follow-up for its unique `Uppfoljningsnyckel`: someone
 * else just registered the follow-up of the same target and period.
 */
import type { FollowUp } from '../../model/types';
import { FollowUpTakenError } from '../errors';
import type { FollowUpRepository } from '../followUps/FollowUpRepository';
import { httpStatusOf } from '../httpErrors';
import type { LoadedPlan } from '../PlanViewLoader';

/**
 * The error naming the target ("kontrollmoment 7", "åtgärden ”…”", "risken ”…”") and the
 * period by its label, e.g. "Någon annan har just registrerat uppföljningen av kontrollmoment 7
 * för Tertial 2. Ladda om och försök igen."
 */
export function followUpTaken(repo: FollowUpRepository, loaded: LoadedPlan, followUp: FollowUp, error: unknown): FollowUpTakenError {
  const view = loaded.view;
  let targetSv: string;
  let targetEn: string;
  if (followUp.targetType === 'kontrollmoment') {
    const km = view.kontrollmoment.filter((item) => item.key === followUp.targetKey)[0];
    const nr = km ? String(km.nr) : followUp.targetKey;
    targetSv = `kontrollmoment ${nr}`;
    targetEn = `control ${nr}`;
  } else if (followUp.targetType === 'atgard') {
    const atgard = view.atgarder.filter((item) => item.key === followUp.targetKey)[0];
    const name = atgard ? atgard.beskrivning : followUp.targetKey;
    targetSv = `åtgärden ”${name}”`;
    targetEn = `the action “${name}”`;
  } else {
    const risk = view.risker.filter((item) => item.key === followUp.targetKey)[0];
    const name = risk ? risk.titel : followUp.targetKey;
    targetSv = `risken ”${name}”`;
    targetEn = `the risk “${name}”`;
  }
  const period = view.plan.perioder.filter((item) => item.key === followUp.periodKey)[0];
  const periodLabel = period ? period.label : followUp.periodKey;
  return new FollowUpTakenError(repo.nameOf(followUp, loaded.refs), targetSv, targetEn, periodLabel, httpStatusOf(error) ?? 500);
}
