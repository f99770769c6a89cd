/**
 * A change of the organisation's risk matrix reaches the plans that use it: the utkast and
 * beslutade plans whose matrix is the organisation's (same matrix key). Avslutade plans and
 * plans with a matrix of their own keep theirs. Before saving, the samordnare sees which
 * ratings move level in those plans (the risks' original ratings and every period's
 * re-rating); a change that leaves a rating outside the matrix is refused, naming the risk.
 *
 * Reads: the plans (one query), then the rated risks and the risk follow-ups of the plans
 * concerned, each filtered on the indexed `PlanId`, in one batch.
 */
import type { SPFI } from '@pnp/sp';
import { JSONParse } from '@pnp/queryable';
import type { PlanStatus } from '../../model/choices';
import { LevelMove, matrixChangeImpact, RatedRisk } from '../../model/matrixImpact';
import type { Period } from '../../model/periods';
import type { RiskMatrix } from '../../model/riskMatrix';
import type { ValidationIssue } from '../../model/types';
import { runBatch } from '../batchWrites';
import { ListItemJson, readETag, readId, readKey, readLookupId, readNumber, readText } from '../fields';
import { toDataError } from '../httpErrors';
import type { MatrixChangePreview } from '../InternkontrollService';
import { odataString, PAGE_SIZE, readPage } from '../ListRepository';
import { LIST_TITLES, OBJEKTTYP_VALUES } from '../schema/listNames';

/** A plan that uses the organisation's matrix, with what it needs to be updated. */
export interface FollowingPlan {
  /** Item id. */
  id: number;
  /** ETag of the plan item as read. */
  etag: string;
  /** "Socialnämnden 2024". */
  label: string;
  /** Status. */
  status: PlanStatus;
  /** The plan's matrix as stored. */
  matrix: RiskMatrix;
  /** Every rating in the plan: originals and period re-ratings. */
  ratings: RatedRisk[];
}

/** The plans that use the matrix with key `matrixKey`, and how many keep their own copy. */
export interface MatrixUsers {
  /** Utkast and beslutade plans using it. */
  following: FollowingPlan[];
  /** Avslutade plans using it: they keep the matrix they were rated with. */
  closed: number;
  /** Plans with a matrix of their own. */
  own: number;
}

const PLAN_COLUMNS = ['Id', 'IdempotencyKey', 'Namnd', 'Ar', 'PlanStatus', 'RiskMatrix', 'Perioder'];

function parse<T>(text: string | undefined): T | undefined {
  try {
    return text === undefined ? undefined : (JSON.parse(text) as T);
  } catch {
    return undefined;
  }
}

/** The plans using the matrix `matrixKey`, with every rating in the utkast and beslutade ones. */
export async function matrixUsers(sp: SPFI, matrixKey: string | undefined): Promise<MatrixUsers> {
  const context = { entity: 'plan' as const, action: 'read' as const };
  try {
    const rows = await sp.web.lists
      .getByTitle(LIST_TITLES.planer)
      .items.select(...PLAN_COLUMNS)
      .top(PAGE_SIZE)
      .using(JSONParse())<unknown>()
      .then(readPage);
    const users: MatrixUsers = { following: [], closed: 0, own: 0 };
    const periodsOf = new Map<number, Period[]>();
    for (const row of rows.rows) {
      const matrix = parse<RiskMatrix>(readText(row, 'RiskMatrix'));
      const status = (readText(row, 'PlanStatus') ?? 'Utkast') as PlanStatus;
      if (matrix === undefined || matrixKey === undefined || matrix.key !== matrixKey) {
        users.own++;
      } else if (status === 'Avslutad') {
        users.closed++;
      } else {
        const id = readId(row);
        users.following.push({ id, etag: readETag(row), label: `${readText(row, 'Namnd') ?? ''} ${readNumber(row, 'Ar') ?? ''}`.trim(), status, matrix, ratings: [] });
        periodsOf.set(id, parse<Period[]>(readText(row, 'Perioder')) ?? []);
      }
    }
    const calls = users.following.flatMap((plan) => [
      (batched: SPFI) =>
        batched.web.lists
          .getByTitle(LIST_TITLES.risker)
          .items.select('Id', 'IdempotencyKey', 'Nr', 'Title', 'Sannolikhet', 'Konsekvens')
          .filter(`PlanId eq ${plan.id}`)
          .top(PAGE_SIZE)
          .using(JSONParse())<unknown>()
          .then(readPage),
      (batched: SPFI) =>
        batched.web.lists
          .getByTitle(LIST_TITLES.uppfoljningar)
          .items.select('Id', 'RiskId', 'Period', 'Sannolikhet', 'Konsekvens')
          .filter(`PlanId eq ${plan.id} and Objekttyp eq ${odataString(OBJEKTTYP_VALUES.risk)}`)
          .top(PAGE_SIZE)
          .using(JSONParse())<unknown>()
          .then(readPage)
    ]);
    const answers = await runBatch(sp, calls);
    users.following.forEach((plan, i) => {
      const risks = answers[2 * i];
      const followUps = answers[2 * i + 1];
      if (!risks.ok) {
        throw risks.error;
      }
      if (!followUps.ok) {
        throw followUps.error;
      }
      const rated = (row: ListItemJson, source: ListItemJson, periodLabel?: string): RatedRisk | undefined => {
        const sannolikhet = readNumber(source, 'Sannolikhet');
        const konsekvens = readNumber(source, 'Konsekvens');
        if (sannolikhet === undefined || konsekvens === undefined) {
          return undefined;
        }
        const risk: RatedRisk = { planLabel: plan.label, planId: plan.id, riskKey: readKey(row), nr: readNumber(row, 'Nr') ?? 0, titel: readText(row, 'Title') ?? '', rating: { sannolikhet, konsekvens } };
        if (periodLabel !== undefined) {
          risk.periodLabel = periodLabel;
        }
        return risk;
      };
      const periods = periodsOf.get(plan.id) ?? [];
      const ratings: RatedRisk[] = [];
      risks.value.rows
        .slice()
        .sort((a, b) => (readNumber(a, 'Nr') ?? 0) - (readNumber(b, 'Nr') ?? 0))
        .forEach((row) => {
          const original = rated(row, row);
          if (original) {
            ratings.push(original);
          }
          followUps.value.rows
            .filter((f) => readLookupId(f, 'Risk') === readId(row))
            .map((f) => ({ f, period: periods.filter((p) => p.key === readText(f, 'Period'))[0] }))
            .sort((a, b) => periods.indexOf(a.period) - periods.indexOf(b.period))
            .forEach(({ f, period }) => {
              const reRated = rated(row, f, period ? period.label : readText(f, 'Period') ?? '');
              if (reRated) {
                ratings.push(reRated);
              }
            });
        });
      plan.ratings = ratings;
    });
    return users;
  } catch (error) {
    throw toDataError(error, context);
  }
}

/** The preview of changing the matrix `before` to `after` for the plans that use it. */
export function previewOf(users: MatrixUsers, before: RiskMatrix, after: RiskMatrix): MatrixChangePreview {
  const plans = users.following.map((plan) => ({
    planId: plan.id,
    label: plan.label,
    status: plan.status,
    moves: matrixChangeImpact(before, after, plan.ratings)
  }));
  return {
    plans,
    closedPlans: users.closed,
    ownMatrixPlans: users.own,
    blocked: plans.some((plan) => plan.moves.some((move: LevelMove) => move.after.outside))
  };
}

/** The issues of ratings that would fall outside the changed matrix, one per rating. */
export function outsideIssues(preview: MatrixChangePreview, path: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const plan of preview.plans) {
    for (const move of plan.moves.filter((m) => m.after.outside)) {
      const r = move.risk;
      const when = r.periodLabel !== undefined ? ` (${r.periodLabel})` : '';
      issues.push({
        field: path,
        fieldLabel: 'Riskmatris',
        code: 'rating-outside-matrix',
        message: `Risk ${r.nr} ”${r.titel}”${when} i ${plan.label} är skattad sannolikhet ${r.rating.sannolikhet}, konsekvens ${r.rating.konsekvens}, som inte finns i den ändrade matrisen. Skatta om risken eller behåll matrisens storlek.`,
        messageEn: `Risk ${r.nr} “${r.titel}”${when} in ${plan.label} is rated likelihood ${r.rating.sannolikhet}, consequence ${r.rating.konsekvens}, which the changed matrix does not have. Re-rate the risk or keep the matrix size.`
      });
    }
  }
  return issues;
}
