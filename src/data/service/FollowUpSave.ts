/**
 * Saving a follow-up with its complete set of avvikelser, and its undo. Order: the follow-up
 * (its id is needed by new avvikelser), then creates and updates of avvikelser in one batch,
 * then the deletes. If the batch fails, the items created are removed and the follow-up and
 * avvikelser updated are put back as they were, so no half-saved follow-up remains.
 */
import type { Avvikelse, FollowUp, PlanData } from '../../model/types';
import { issuesAt, validatePlanData } from '../../model/validation';
import { executeWrites, WriteOp } from '../batchWrites';
import { DataError, PartialSaveError, ValidationFailedError } from '../errors';
import { readId } from '../fields';
import { isDuplicateValuesError } from '../httpErrors';
import type { Editable, SavedFollowUp, Stored } from '../InternkontrollService';
import type { LoadedPlan } from '../PlanViewLoader';
import type { Created } from './CreateGuard';
import { followUpTaken } from './followUpTaken';
import { upsert, withLast } from './PlanCache';
import { asDataError, ServiceContext } from './ServiceContext';

/** What a failed follow-up save updated, with the ETags the updates produced. */
interface Updated {
  /** The follow-up as it was, when the save updated a stored one. */
  followUp?: { previous: Stored<FollowUp>; etag: string };
  /** The avvikelser as they were. */
  avvikelser: Array<{ previous: Stored<Avvikelse>; etag: string }>;
}

/** Saves follow-ups with their avvikelser, all or nothing. */
export class FollowUpSave {
  private readonly _ctx: ServiceContext;

  /** Creates the capability on the service's shared state. */
  public constructor(ctx: ServiceContext) {
    this._ctx = ctx;
  }

  /** Saves the follow-up and its avvikelser; see the module comment. */
  public async saveFollowUp(planId: number, followUp: Editable<FollowUp>, avvikelser: Editable<Avvikelse>[]): Promise<SavedFollowUp> {
    const { repos, plans, creates } = this._ctx;
    const loaded = await plans.get(planId);
    const given = avvikelser.map((avvikelse) => ({ ...avvikelse, followUpKey: followUp.key }) as Editable<Avvikelse>);

    // Validate the follow-up and all its avvikelser in the plan before writing anything.
    const uppfoljningar = withLast(loaded.view.uppfoljningar as FollowUp[], followUp);
    const others = loaded.view.avvikelser.filter((avvikelse) => avvikelse.followUpKey !== followUp.key) as Avvikelse[];
    const data: PlanData = { ...loaded.view, uppfoljningar, avvikelser: others.concat(given) };
    const all = validatePlanData(data, loaded.settings);
    const issues = issuesAt(all, `uppfoljningar[${uppfoljningar.length - 1}]`);
    given.forEach((avvikelse, i) => issues.push(...issuesAt(all, `avvikelser[${others.length + i}]`)));
    if (issues.length > 0) {
      throw new ValidationFailedError(issues);
    }

    const previousFollowUp = loaded.view.uppfoljningar.filter((item) => item.key === followUp.key)[0];
    const previousAvvikelser = loaded.view.avvikelser.filter((avvikelse) => avvikelse.followUpKey === followUp.key);
    const keptKeys = given.map((avvikelse) => avvikelse.key);
    const removed = previousAvvikelser.filter((avvikelse) => keptKeys.indexOf(avvikelse.key) < 0);
    const created: Created[] = [];

    // 1. The follow-up itself.
    let storedFollowUp: Stored<FollowUp>;
    try {
      const target = await creates.resolveEarlierCreate(repos.uppfoljningar, followUp, planId);
      storedFollowUp = await creates.guard(followUp.key, target.id === undefined, () =>
        repos.uppfoljningar.save(target, loaded.refs, previousFollowUp ?? followUp)
      );
      if (target.id === undefined) {
        created.push({ repo: repos.uppfoljningar, id: storedFollowUp.id });
      }
    } catch (error) {
      if (isDuplicateValuesError(error)) {
        // Someone else saved this target's follow-up for the period first; nothing was written.
        plans.forget(planId);
        throw followUpTaken(repos.uppfoljningar, loaded, followUp, error);
      }
      throw asDataError(error, repos.uppfoljningar.contextOf(followUp, followUp.id === undefined ? 'create' : 'update', loaded.refs));
    }
    loaded.refs.uppfoljningar.set(storedFollowUp.key, storedFollowUp.id);

    // 2. Creates and updates of its avvikelser, in one batch.
    const ops = given.map((avvikelse) =>
      repos.avvikelser.saveOp(avvikelse, loaded.refs, previousAvvikelser.filter((old) => old.key === avvikelse.key)[0] ?? avvikelse)
    );
    const outcomes = await executeWrites(this._ctx.sp, ops, this._ctx.createRetry);
    const storedAvvikelser: Stored<Avvikelse>[] = [];
    let failure: DataError | undefined;
    const updated: Updated['avvikelser'] = [];
    outcomes.forEach((outcome, i) => {
      const avvikelse = given[i];
      if (outcome.ok) {
        if (avvikelse.id === undefined) {
          const item = outcome.item as Record<string, unknown>;
          created.push({ repo: repos.avvikelser, id: readId(item) });
          storedAvvikelser.push(repos.avvikelser.storedFrom(avvikelse, item));
        } else {
          const previous = previousAvvikelser.filter((old) => old.key === avvikelse.key)[0];
          if (previous) {
            updated.push({ previous, etag: outcome.etag ?? '*' });
          }
          storedAvvikelser.push({ ...avvikelse, etag: outcome.etag ?? avvikelse.etag });
        }
      } else {
        if (avvikelse.id === undefined) {
          creates.rememberAmbiguous(avvikelse.key, outcome.error);
        }
        failure = failure ?? outcome.error;
      }
    });
    if (failure) {
      throw await this._undo(loaded, created, failure, {
        followUp: followUp.id !== undefined && previousFollowUp ? { previous: previousFollowUp, etag: storedFollowUp.etag } : undefined,
        avvikelser: updated
      });
    }

    // 3. Avvikelser left out of the set are deleted, last, so a failure above leaves them.
    const deleteOutcomes = await executeWrites(
      this._ctx.sp,
      removed.map((avvikelse) => repos.avvikelser.deleteOp(avvikelse, loaded.refs)),
      this._ctx.createRetry
    );
    const deleteFailure = deleteOutcomes.filter((outcome) => !outcome.ok)[0];
    const stillThere = removed.filter((avvikelse, i) => !deleteOutcomes[i].ok);

    loaded.view.uppfoljningar = upsert(loaded.view.uppfoljningar, storedFollowUp);
    loaded.view.avvikelser = loaded.view.avvikelser
      .filter((avvikelse) => avvikelse.followUpKey !== followUp.key)
      .concat(storedAvvikelser, stillThere);
    if (deleteFailure && !deleteFailure.ok) {
      throw deleteFailure.error;
    }
    return { followUp: storedFollowUp, avvikelser: storedAvvikelser };
  }

  /**
   * Undo of a failed follow-up save: deletes what was created and writes back the previous
   * values of what was updated (with the ETag the update produced).
   */
  private async _undo(loaded: LoadedPlan, created: Created[], failure: DataError, updated: Updated): Promise<DataError> {
    const { repos } = this._ctx;
    const restores: WriteOp[] = [];
    if (updated.followUp) {
      const op = repos.uppfoljningar.saveOp(updated.followUp.previous, loaded.refs);
      restores.push({ ...op, etag: updated.followUp.etag } as WriteOp);
    }
    updated.avvikelser.forEach((entry) => {
      const op = repos.avvikelser.saveOp(entry.previous, loaded.refs);
      restores.push({ ...op, etag: entry.etag } as WriteOp);
    });
    const restoreOutcomes = await executeWrites(this._ctx.sp, restores, this._ctx.createRetry);
    const result = await this._ctx.creates.undo(created, failure);
    // The previous follow-up and avvikelser are back, but with new ETags: reload before editing.
    this._ctx.plans.forget(loaded.refs.planId);
    if (restoreOutcomes.some((outcome) => !outcome.ok) && !(result instanceof PartialSaveError)) {
      return new PartialSaveError({}, failure.status);
    }
    return result;
  }
}
