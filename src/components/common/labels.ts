/**
 * Labels of the model's values in the UI's language: risk levels, statuses, results, plan
 * statuses, the status symbols, a risk's level badge ("Hög (12)") and validation messages.
 */
import { FOLLOW_UP_STATUSES, PLAN_STATUSES, RESULTAT_VALUES, fillTemplate, riskLevelFor, riskValue } from '../../model';
import type { FollowUpStatus, PlanStatus, Resultat, Risk, RiskLevel, RiskMatrix, RiskRating } from '../../model';
import type { IUiStrings } from '../i18n';

/** The rating of a risk, when it has a complete one. */
export function ratingOf(risk: Risk): RiskRating | undefined {
  if (risk.sannolikhet === undefined || risk.konsekvens === undefined) {
    return undefined;
  }
  return { sannolikhet: risk.sannolikhet, konsekvens: risk.konsekvens };
}

/** A level's label in the UI's language. */
export function levelLabel(level: RiskLevel, strings: IUiStrings): string {
  return strings.language === 'en' && level.labelEn ? level.labelEn : level.label;
}

/** A follow-up status in the UI's language. */
export function statusLabel(status: FollowUpStatus, strings: IUiStrings): string {
  const option = FOLLOW_UP_STATUSES.filter((o) => o.value === status)[0];
  return option && strings.language === 'en' ? option.labelEn : status;
}

/** A review result in the UI's language. */
export function resultatLabel(resultat: Resultat, strings: IUiStrings): string {
  const option = RESULTAT_VALUES.filter((o) => o.value === resultat)[0];
  return option && strings.language === 'en' ? option.labelEn : resultat;
}

/** A plan status in the UI's language. */
export function planStatusLabel(status: PlanStatus, strings: IUiStrings): string {
  const option = PLAN_STATUSES.filter((o) => o.value === status)[0];
  return option && strings.language === 'en' ? option.labelEn : status;
}

/**
 * The symbol seed 004 prints before a status (✔ Genomförd, ▶ Pågående), extended to the other
 * two, so a status reads at a glance without relying on colour.
 */
export function statusSymbol(status: FollowUpStatus | undefined): string {
  switch (status) {
    case 'Genomförd':
      return '✔';
    case 'Pågående':
      return '▶';
    case 'Ej påbörjad':
      return '○';
    case 'Ej aktuellt':
      return '–';
    default:
      return '·';
  }
}

/** The risk's level with value, e.g. "Hög (12)", in the UI's language; undefined when unrated. */
export function riskBadgeText(matrix: RiskMatrix, risk: Risk, strings: IUiStrings): string | undefined {
  const rating = ratingOf(risk);
  if (!rating) {
    return undefined;
  }
  const level = riskLevelFor(matrix, rating);
  const value = String(riskValue(rating));
  return level ? fillTemplate(matrix.templates.level, { level: levelLabel(level, strings), value }) : value;
}

/** A message in the UI's language. */
export function issueText(issue: { message: string; messageEn: string }, strings: IUiStrings): string {
  return strings.language === 'en' ? issue.messageEn : issue.message;
}
