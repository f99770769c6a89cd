/**
 * What a change of a risk matrix does to the risks rated with it: which ratings land in another
 * level ("Risk 3 Bristande administrativt stöd: Medium (9) → Hög (9)") and which no longer fit
 * in the matrix at all (a step that was removed). Shown before a changed matrix is saved.
 */
import { formatRiskLevel, isRatingInMatrix, riskLevelFor, riskValue, RiskMatrix, RiskRating } from './riskMatrix';

/** One rating of a risk: the year's original, or a period's re-rating. */
export interface RatedRisk {
  /** The plan the risk belongs to, as shown, e.g. "Socialnämnden 2024". */
  planLabel: string;
  /** SharePoint id of the plan, when stored. */
  planId?: number;
  /** Key of the risk. */
  riskKey: string;
  /** The risk's number. */
  nr: number;
  /** The risk's title. */
  titel: string;
  /** The rating. */
  rating: RiskRating;
  /** Label of the period of a re-rating; undefined for the original rating. */
  periodLabel?: string;
}

/** A rating whose level changes, or which falls outside the changed matrix. */
export interface LevelMove {
  /** The rating. */
  risk: RatedRisk;
  /** Level key and text ("Medium (9)") in the matrix before the change. */
  before: { levelKey?: string; text: string };
  /** Level key and text in the changed matrix; `outside` when the rating no longer fits. */
  after: { levelKey?: string; text: string; outside: boolean };
}

/** Longest risk title in a move's line before it is shortened with "…". */
const TITLE_MAX = 40;

/** The title on one line, at most 40 characters. */
export function shortTitle(titel: string, max: number = TITLE_MAX): string {
  const plain = titel.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
  if (plain.length <= max) {
    return plain;
  }
  const cut = plain.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '') + ' …';
}

/**
 * The ratings whose level changes from `before` to `after` (by level key), and those that
 * fall outside `after`, in the order given. Ratings that keep their level are left out.
 */
export function matrixChangeImpact(before: RiskMatrix, after: RiskMatrix, ratings: readonly RatedRisk[]): LevelMove[] {
  const moves: LevelMove[] = [];
  for (const risk of ratings) {
    const oldLevel = riskLevelFor(before, risk.rating);
    const beforeText = formatRiskLevel(before, risk.rating);
    if (!isRatingInMatrix(after, risk.rating)) {
      moves.push({ risk, before: { levelKey: oldLevel?.key, text: beforeText }, after: { text: String(riskValue(risk.rating)), outside: true } });
      continue;
    }
    const newLevel = riskLevelFor(after, risk.rating);
    if ((oldLevel ? oldLevel.key : undefined) !== (newLevel ? newLevel.key : undefined)) {
      moves.push({
        risk,
        before: { levelKey: oldLevel?.key, text: beforeText },
        after: { levelKey: newLevel?.key, text: formatRiskLevel(after, risk.rating), outside: false }
      });
    }
  }
  return moves;
}

/**
 * One move as a line: "Risk 3 Bristande administrativt stöd: Medium (9) → Hög (9)"; a
 * re-rating names its period ("Risk 3 … (Tertial 2): …"); a rating outside the changed matrix
 * says which step is missing.
 */
export function formatLevelMove(move: LevelMove, language: 'sv' | 'en' = 'sv'): string {
  const risk = move.risk;
  const period = risk.periodLabel !== undefined ? ` (${risk.periodLabel})` : '';
  const head = `Risk ${risk.nr} ${shortTitle(risk.titel)}${period}`;
  if (!move.after.outside) {
    return `${head}: ${move.before.text} → ${move.after.text}`;
  }
  const { sannolikhet, konsekvens } = risk.rating;
  if (language === 'en') {
    return `${head}: ${move.before.text} → outside the changed matrix (likelihood ${sannolikhet}, consequence ${konsekvens})`;
  }
  return `${head}: ${move.before.text} → utanför den ändrade matrisen (sannolikhet ${sannolikhet}, konsekvens ${konsekvens})`;
}
