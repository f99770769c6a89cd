/**
 * Creating a whole plan with everything in it (import, demo data, and later the copy of last
 * year's plan), level by level in as few batches as possible: the plan item, områden, risks,
 * kontrollmoment and åtgärder together, follow-ups, avvikelser. All or nothing: on any
 * failure everything created is removed.
 */
import type { Atgard, Entity, Kontrollmoment, Plan, PlanData } from '../../model/types';
import { validatePlanData } from '../../model/validation';
import { executeWrites, WriteOp } from '../batchWrites';
import type { EntityRepository } from '../EntityRepository';
import { ValidationFailedError } from '../errors';
import { toDataError } from '../httpErrors';
import type { Editable, ImportProgress, PlanView, Stored, StoredPlan } from '../InternkontrollService';
import { createPlanRefs, PlanRefs } from '../PlanRefs';
import type { Created } from './CreateGuard';
import { copyView } from './PlanCache';
import { planFieldsOf } from './PlanSaves';
import type { ServiceContext } from './ServiceContext';
import type { SettingsService } from './SettingsService';

/** Creates whole plans, all or nothing. */
export class PlanImport {
  private readonly _ctx: ServiceContext;
  private readonly _settings: SettingsService;

  /** Creates the capability on the service's shared state. */
  public constructor(ctx: ServiceContext, settings: SettingsService) {
    this._ctx = ctx;
    this._settings = settings;
  }

  /**
   * Creates the whole plan, level by level; on failure removes everything it created.
   * `onProgress` hears before each level how many rows are created so far.
   */
  public async importPlan(data: PlanData, onProgress?: (progress: ImportProgress) => void): Promise<PlanView> {
    const settings = await this._settings.load();
    const issues = validatePlanData(data, settings);
    if (issues.length > 0) {
      throw new ValidationFailedError(issues);
    }
    const total =
      1 + data.plan.omraden.length + data.risker.length + data.kontrollmoment.length + data.atgarder.length + data.uppfoljningar.length + data.avvikelser.length;
    let done = 0;
    const report = (count: number, message: string, messageEn: string): void => {
      onProgress?.({ done, total, message, messageEn });
      done += count;
    };
    report(1, 'Skapar planen', 'Creating the plan');
    const repos = this._ctx.repos;
    const created: Created[] = [];
    const planFields = planFieldsOf({ ...data.plan, id: undefined, etag: undefined } as Editable<Plan>);
    delete planFields.id;
    delete planFields.etag;
    let planItem: { id: number; etag: string };
    try {
      planItem = await repos.plans.save(planFields);
    } catch (error) {
      throw toDataError(error, repos.plans.contextOf(data.plan, 'create'));
    }
    created.push({ repo: repos.plans, id: planItem.id });
    const refs = createPlanRefs(planItem.id);
    const fresh = <T extends Entity>(items: T[]): T[] => items.map((item) => ({ ...item, id: undefined, etag: undefined }));

    try {
      report(data.plan.omraden.length, `Skapar ${data.plan.omraden.length} områden`, `Creating ${data.plan.omraden.length} areas`);
      const omraden = await this._createLevel(repos.omraden, fresh(data.plan.omraden), refs, created);
      omraden.forEach((omrade) => refs.omraden.set(omrade.key, omrade.id));
      report(data.risker.length, `Skapar ${data.risker.length} risker`, `Creating ${data.risker.length} risks`);
      const risker = await this._createLevel(repos.risker, fresh(data.risker), refs, created);
      risker.forEach((risk) => {
        refs.risker.set(risk.key, risk.id);
        refs.names.set(risk.key, repos.risker.nameOf(risk));
      });
      const level3Count = data.kontrollmoment.length + data.atgarder.length;
      report(
        level3Count,
        `Skapar ${data.kontrollmoment.length} kontrollmoment och ${data.atgarder.length} åtgärder`,
        `Creating ${data.kontrollmoment.length} controls and ${data.atgarder.length} actions`
      );
      const level3 = await this._createMixedLevel(fresh(data.kontrollmoment), fresh(data.atgarder), refs, created);
      level3.kontrollmoment.forEach((km) => {
        refs.kontrollmoment.set(km.key, km.id);
        refs.names.set(km.key, repos.kontrollmoment.nameOf(km));
      });
      level3.atgarder.forEach((atgard) => {
        refs.atgarder.set(atgard.key, atgard.id);
        refs.names.set(atgard.key, repos.atgarder.nameOf(atgard));
      });
      report(data.uppfoljningar.length, `Skapar ${data.uppfoljningar.length} uppföljningar`, `Creating ${data.uppfoljningar.length} follow-ups`);
      const uppfoljningar = await this._createLevel(repos.uppfoljningar, fresh(data.uppfoljningar), refs, created);
      uppfoljningar.forEach((followUp) => refs.uppfoljningar.set(followUp.key, followUp.id));
      report(data.avvikelser.length, `Skapar ${data.avvikelser.length} avvikelser`, `Creating ${data.avvikelser.length} deviations`);
      const avvikelser = await this._createLevel(repos.avvikelser, fresh(data.avvikelser), refs, created);
      report(0, 'Planen är skapad', 'The plan is created');
      const view: PlanView = {
        plan: { ...planFields, id: planItem.id, etag: planItem.etag, omraden } as StoredPlan,
        risker,
        kontrollmoment: level3.kontrollmoment,
        atgarder: level3.atgarder,
        uppfoljningar,
        avvikelser
      };
      this._ctx.plans.set(planItem.id, { view, refs, settings });
      return copyView(view);
    } catch (error) {
      throw await this._ctx.creates.undo(created, error);
    }
  }

  /** Creates one level of a plan's rows in batches; throws (after nothing) on any failure. */
  private async _createLevel<T extends Entity>(repo: EntityRepository<T>, items: T[], refs: PlanRefs, created: Created[]): Promise<Stored<T>[]> {
    const outcomes = await executeWrites(
      this._ctx.sp,
      items.map((item) => repo.saveOp(item as Editable<T>, refs)),
      this._ctx.createRetry
    );
    return this._ctx.creates.collectCreates(items, outcomes, repo, created);
  }

  /** Kontrollmoment and åtgärder depend only on risks, so they go in the same batches. */
  private async _createMixedLevel(
    kontrollmoment: Kontrollmoment[],
    atgarder: Atgard[],
    refs: PlanRefs,
    created: Created[]
  ): Promise<{ kontrollmoment: Stored<Kontrollmoment>[]; atgarder: Stored<Atgard>[] }> {
    const { repos, creates } = this._ctx;
    const ops: WriteOp[] = [
      ...kontrollmoment.map((km) => repos.kontrollmoment.saveOp(km as Editable<Kontrollmoment>, refs)),
      ...atgarder.map((atgard) => repos.atgarder.saveOp(atgard as Editable<Atgard>, refs))
    ];
    const outcomes = await executeWrites(this._ctx.sp, ops, this._ctx.createRetry);
    const kmOutcomes = outcomes.slice(0, kontrollmoment.length);
    const atgardOutcomes = outcomes.slice(kontrollmoment.length);
    // Record every create of both lists before throwing, so the undo sees them all.
    let failure: unknown;
    const storedKm = await creates.collectCreates(kontrollmoment, kmOutcomes, repos.kontrollmoment, created).catch((error) => {
      failure = error;
      return [] as Stored<Kontrollmoment>[];
    });
    const storedAtgarder = await creates.collectCreates(atgarder, atgardOutcomes, repos.atgarder, created).catch((error) => {
      failure = failure ?? error;
      return [] as Stored<Atgard>[];
    });
    if (failure !== undefined) {
      throw failure;
    }
    return { kontrollmoment: storedKm, atgarder: storedAtgarder };
  }
}
