/** The period progress bar's view-model: status counts of a period's follow-ups. */
import type { PlanView } from '../../data/InternkontrollService';
import type { FollowUpStatus } from '../../model';
import { findFollowUp } from '../common/planViewQueries';

/** Status counts of a period's follow-ups of kontrollmoment and åtgärder. */
export interface PeriodProgress {
  /** Kontrollmoment plus åtgärder. */
  total: number;
  /** Count per status; `none` counts those with no follow-up or no status in the period. */
  counts: Record<FollowUpStatus | 'none', number>;
}

/** How far the period's follow-up has come. */
export function periodProgress(view: PlanView, periodKey: string): PeriodProgress {
  const counts: Record<FollowUpStatus | 'none', number> = {
    Genomförd: 0,
    Pågående: 0,
    'Ej påbörjad': 0,
    'Ej aktuellt': 0,
    none: 0
  };
  const count = (type: 'kontrollmoment' | 'atgard', key: string): void => {
    const followUp = findFollowUp(view, type, key, periodKey);
    const status = followUp ? followUp.status : undefined;
    counts[status !== undefined && counts[status] !== undefined ? status : 'none']++;
  };
  view.kontrollmoment.forEach((km) => count('kontrollmoment', km.key));
  view.atgarder.forEach((a) => count('atgard', a.key));
  return { total: view.kontrollmoment.length + view.atgarder.length, counts };
}
