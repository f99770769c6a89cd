/**
 * The plan's own matrix: whether the plan follows the organisation's matrix or has its own,
 * the ratings in the plan (originals and period re-ratings) and what a changed matrix does to
 * them, and the issues that stop saving (a rating outside the matrix among them).
 */
import type { PlanView } from '../../data/InternkontrollService';
import {
  cloneMatrix,
  findPeriod,
  LevelMove,
  matrixChangeImpact,
  RatedRisk,
  RiskMatrix,
  validatePlanData,
  validateRiskMatrix,
  ValidationIssue
} from '../../model';

/** Path of the plan's matrix in issues. */
export const PLAN_MATRIX_PATH = 'plan.riskMatrix';

/** Every rating in the plan: each risk's original, then its re-ratings in period order. */
export function planRatings(view: PlanView): RatedRisk[] {
  const label = `${view.plan.namnd} ${view.plan.ar}`;
  const ratings: RatedRisk[] = [];
  for (const risk of view.risker) {
    const base = { planLabel: label, planId: view.plan.id, riskKey: risk.key, nr: risk.nr, titel: risk.titel };
    if (risk.sannolikhet !== undefined && risk.konsekvens !== undefined) {
      ratings.push({ ...base, rating: { sannolikhet: risk.sannolikhet, konsekvens: risk.konsekvens } });
    }
    view.plan.perioder.forEach((period) => {
      const followUp = view.uppfoljningar.filter((f) => f.targetType === 'risk' && f.targetKey === risk.key && f.periodKey === period.key)[0];
      if (followUp && followUp.riskvardering) {
        ratings.push({ ...base, rating: { ...followUp.riskvardering }, periodLabel: (findPeriod(view.plan.perioder, period.key) || period).label });
      }
    });
  }
  return ratings;
}

/** True when the plan uses the organisation's matrix (same key). */
export function followsOrganisation(view: PlanView, organisationMatrix: RiskMatrix | undefined): boolean {
  return organisationMatrix !== undefined && view.plan.riskMatrix.key === organisationMatrix.key;
}

/** A matrix of the plan's own, starting from `from`: its own key and name, so the organisation's changes no longer reach it. */
export function ownMatrix(view: PlanView, from: RiskMatrix, name: string): RiskMatrix {
  const matrix = cloneMatrix(from);
  matrix.key = `plan-${view.plan.key}`;
  matrix.name = name;
  return matrix;
}

/** What changing the plan's matrix to `matrix` does to its ratings. */
export function planMatrixMoves(view: PlanView, matrix: RiskMatrix): LevelMove[] {
  return matrixChangeImpact(view.plan.riskMatrix, matrix, planRatings(view));
}

/** The issues that stop saving: the matrix's own, and every rating that would fall outside it. */
export function planMatrixIssues(view: PlanView, matrix: RiskMatrix): ValidationIssue[] {
  const own = validateRiskMatrix(matrix, PLAN_MATRIX_PATH);
  if (own.length > 0) {
    return own;
  }
  const data = { ...view, plan: { ...view.plan, riskMatrix: matrix } };
  return validatePlanData(data).filter((issue) => issue.code === 'rating-outside-matrix');
}
