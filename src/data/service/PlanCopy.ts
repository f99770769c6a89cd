/**
 * "Kopiera till nästa år": the model makes the new utkast plan from the stored one
 * (`copyPlanToYear`: områden, risks with their latest rating, kontrollmoment, open åtgärder,
 * origin keys, dates moved), and the import creates it all or nothing, with progress.
 */
import { copyPlanToYear, PlanCopySummary, validateCopyYear } from '../../model/planCopy';
import type { ValidationIssue } from '../../model/types';
import { ValidationFailedError } from '../errors';
import { newKey } from '../InternkontrollService';
import type { CopyPlanRequest, ImportProgress, PlanView } from '../InternkontrollService';
import { copyView } from './PlanCache';
import type { PlanImport } from './PlanImport';
import type { ServiceContext } from './ServiceContext';

/** Copies plans to a later year. */
export class PlanCopy {
  private readonly _ctx: ServiceContext;
  private readonly _import: PlanImport;

  /** Creates the capability on the service's shared state and the import it creates through. */
  public constructor(ctx: ServiceContext, planImport: PlanImport) {
    this._ctx = ctx;
    this._import = planImport;
  }

  /** The year's issues: in range, later than the plan's, and no plan of the nämnd for that year yet. */
  private async _yearIssues(view: PlanView, year: number): Promise<ValidationIssue[]> {
    const issues = validateCopyYear(view.plan.ar, year);
    if (issues.length > 0) {
      return issues;
    }
    const plans = await this._ctx.repos.plans.summaries({ entity: 'plan', action: 'read' });
    const namnd = view.plan.namnd.trim().toLocaleLowerCase('sv-SE');
    if (plans.some((plan) => plan.ar === year && plan.namnd.trim().toLocaleLowerCase('sv-SE') === namnd)) {
      return [
        {
          field: 'kopia.ar',
          fieldLabel: 'År för den nya planen',
          code: 'copy-year',
          message: `Det finns redan en internkontrollplan för ${view.plan.namnd} ${year}.`,
          messageEn: `There is already an internal control plan for ${view.plan.namnd} ${year}.`
        }
      ];
    }
    return [];
  }

  /** What a copy of the plan to the year would carry, without writing anything. */
  public async previewCopy(planId: number, year: number): Promise<PlanCopySummary> {
    const loaded = await this._ctx.plans.load(planId);
    return copyPlanToYear(loaded.view, { year, newKey: () => '' }).summary;
  }

  /** Creates the copy; on any failure nothing of it is left. Rejects with ValidationFailedError for a bad year or diarienummer. */
  public async copyPlan(planId: number, request: CopyPlanRequest, onProgress?: (progress: ImportProgress) => void): Promise<PlanView> {
    const loaded = await this._ctx.plans.load(planId);
    const view = copyView(loaded.view);
    const issues = await this._yearIssues(view, request.year);
    if (issues.length > 0) {
      throw new ValidationFailedError(issues);
    }
    const { data } = copyPlanToYear(view, { year: request.year, newKey, diarienummer: request.diarienummer });
    return this._import.importPlan(data, onProgress);
  }
}
