/**
 * The organisation settings: read, and saved after the model's checks (matrix, default
 * periods, the diarienummer pattern with its example). A changed default matrix also reaches
 * the plans that use it (`MatrixChange.ts`): refused while a rating would fall outside it,
 * and undone — settings and plans — when a plan's update fails.
 */
import { sameMatrix } from '../../model/matrixEditing';
import type { RiskMatrix } from '../../model/riskMatrix';
import { validateOrganisationSettings } from '../../model/settingsValidation';
import { executeWrites, UpdateOp, WriteOutcome } from '../batchWrites';
import { DataError, ValidationFailedError } from '../errors';
import { toDataError } from '../httpErrors';
import type { MatrixChangePreview, StoredSettings } from '../InternkontrollService';
import { FollowingPlan, matrixUsers, MatrixUsers, outsideIssues, previewOf } from './MatrixChange';
import type { ServiceContext } from './ServiceContext';

/** Path of the default matrix in settings issues. */
const MATRIX_PATH = 'installningar.defaultRiskMatrix';

/** Loads and saves the organisation settings; saved settings reach every cached plan. */
export class SettingsService {
  private readonly _ctx: ServiceContext;

  /** Creates the capability on the service's shared state. */
  public constructor(ctx: ServiceContext) {
    this._ctx = ctx;
  }

  /** The organisation settings. */
  public async load(): Promise<StoredSettings> {
    const repo = this._ctx.repos.settings;
    try {
      return await repo.load();
    } catch (error) {
      throw toDataError(error, repo.readContext);
    }
  }

  /** What saving `matrix` as the organisation's default would do to the plans that use the current one. */
  public async previewMatrixChange(matrix: RiskMatrix): Promise<MatrixChangePreview> {
    const current = await this.load();
    const before = current.defaultRiskMatrix;
    if (before === undefined) {
      return { plans: [], closedPlans: 0, ownMatrixPlans: 0, blocked: false };
    }
    return previewOf(await matrixUsers(this._ctx.sp, before.key), before, matrix);
  }

  /** Saves the settings; a changed default matrix is also written to the plans that use it. */
  public async save(settings: StoredSettings): Promise<StoredSettings> {
    const issues = validateOrganisationSettings(settings);
    if (issues.length > 0) {
      throw new ValidationFailedError(issues);
    }
    const current = await this.load();
    const before = current.defaultRiskMatrix;
    const after = settings.defaultRiskMatrix;
    let users: MatrixUsers | undefined;
    if (before !== undefined && after !== undefined && !sameMatrix(before, after)) {
      users = await matrixUsers(this._ctx.sp, before.key);
      const outside = outsideIssues(previewOf(users, before, after), MATRIX_PATH);
      if (outside.length > 0) {
        throw new ValidationFailedError(outside);
      }
    }
    const repo = this._ctx.repos.settings;
    const saved = await repo.save(settings);
    if (users !== undefined && after !== undefined && users.following.length > 0) {
      try {
        await this._writeMatrix(users.following, after);
      } catch (error) {
        // The plans could not all follow: the organisation keeps its former settings too.
        await repo.save({ ...current, id: saved.id, etag: saved.etag }).catch(() => undefined);
        throw error;
      }
      users.following.forEach((plan) => this._ctx.plans.forget(plan.id));
    }
    this._ctx.plans.updateSettings(saved);
    return saved;
  }

  /** Gives each plan the matrix; on any failure puts back the plans already changed and throws. */
  private async _writeMatrix(plans: FollowingPlan[], matrix: RiskMatrix): Promise<void> {
    const repo = this._ctx.repos.plans;
    const op = (plan: FollowingPlan, etag: string, value: RiskMatrix): UpdateOp => ({
      kind: 'update',
      repo,
      id: plan.id,
      etag,
      fields: { RiskMatrix: JSON.stringify(value) },
      context: { entity: 'plan', action: 'update', itemName: plan.label }
    });
    const outcomes: WriteOutcome[] = await executeWrites(
      this._ctx.sp,
      plans.map((plan) => op(plan, plan.etag, matrix)),
      this._ctx.createRetry
    );
    const failed = outcomes.filter((outcome) => !outcome.ok)[0];
    if (failed === undefined) {
      return;
    }
    const restore: UpdateOp[] = [];
    outcomes.forEach((outcome, i) => {
      if (outcome.ok) {
        restore.push(op(plans[i], outcome.etag ?? '*', plans[i].matrix));
      }
    });
    await executeWrites(this._ctx.sp, restore, this._ctx.createRetry);
    throw (failed as { ok: false; error: DataError }).error;
  }
}
