/**
 * Saves of a plan and its content: the plan item with its new områden, and one område, risk,
 * kontrollmoment or åtgärd at a time. Each is validated in the context of its cached plan
 * first (nothing is written while there are issues) and kept in the cache once saved.
 */
import type { Atgard, Entity, Kontrollmoment, Omrade, Plan, PlanData, Risk, ValidationIssue } from '../../model/types';
import { validateLockedChange, validatePlanTransition } from '../../model/planLifecycle';
import { issuesAt, validatePlan, validatePlanData } from '../../model/validation';
import { executeWrites } from '../batchWrites';
import type { EntityRepository } from '../EntityRepository';
import { ValidationFailedError } from '../errors';
import { toDataError } from '../httpErrors';
import type { Editable, Stored, StoredPlan } from '../InternkontrollService';
import type { PlanFields } from '../plans/PlanRepository';
import { createPlanRefs } from '../PlanRefs';
import type { LoadedPlan } from '../PlanViewLoader';
import type { Created } from './CreateGuard';
import { upsert, withLast } from './PlanCache';
import { asDataError, ServiceContext } from './ServiceContext';
import type { SettingsService } from './SettingsService';

/** The plan's collections of child entities that are saved one by one. */
type ChildCollection = 'risker' | 'kontrollmoment' | 'atgarder';

/** The plan without its områden and without stored identity, as the plan item stores it. */
export function planFieldsOf(plan: Plan | StoredPlan | Editable<Plan>): PlanFields & { id?: number; etag?: string } {
  const fields: PlanFields & { id?: number; etag?: string; omraden?: unknown } = { ...plan };
  delete fields.omraden;
  return fields;
}

/** Saves plans, områden, risks, kontrollmoment and åtgärder. */
export class PlanSaves {
  private readonly _ctx: ServiceContext;
  private readonly _settings: SettingsService;

  /** Creates the capability on the service's shared state. */
  public constructor(ctx: ServiceContext, settings: SettingsService) {
    this._ctx = ctx;
    this._settings = settings;
  }

  /** Saves the plan item and creates its new områden; a new plan goes away with them on failure. */
  public async savePlan(plan: Editable<Plan> | StoredPlan): Promise<StoredPlan> {
    const { repos, plans, creates } = this._ctx;
    const loaded = plan.id !== undefined ? await plans.get(plan.id) : undefined;
    const settings = loaded ? loaded.settings : await this._settings.load();
    const issues = validatePlan(plan as Plan, settings).filter((issue) => issue.field.indexOf('plan') === 0);
    // The life cycle: one step forward, and a decided plan has its beslutsdatum.
    issues.push(...validatePlanTransition(loaded ? loaded.view.plan.status : undefined, plan));
    if (issues.length > 0) {
      throw new ValidationFailedError(issues);
    }
    const repo = repos.plans;
    const fields = planFieldsOf(plan);
    const created: Created[] = [];
    let saved: { id: number; etag: string };
    try {
      saved = await creates.guard(plan.key, plan.id === undefined, () => repo.save(fields, loaded ? loaded.view.plan : plan));
    } catch (error) {
      throw toDataError(error, repo.contextOf(loaded ? loaded.view.plan : plan, plan.id === undefined ? 'create' : 'update'));
    }
    if (plan.id === undefined) {
      created.push({ repo, id: saved.id });
    }
    const refs = loaded ? loaded.refs : createPlanRefs(saved.id);
    const newOmraden = plan.omraden.filter((omrade) => omrade.id === undefined);
    const outcomes = await executeWrites(
      this._ctx.sp,
      newOmraden.map((omrade) => repos.omraden.saveOp(omrade as Editable<Omrade>, refs)),
      this._ctx.createRetry
    );
    let storedNew: Stored<Omrade>[];
    try {
      storedNew = await creates.collectCreates(newOmraden, outcomes, repos.omraden, created);
    } catch (error) {
      // A new plan goes away with its områden; an existing plan keeps its saved fields.
      if (loaded) {
        plans.forget(loaded.refs.planId);
      }
      throw await creates.undo(created, error);
    }
    const omraden = plan.omraden.filter((omrade) => omrade.id !== undefined).concat(storedNew) as Stored<Omrade>[];
    omraden.forEach((omrade) => refs.omraden.set(omrade.key, omrade.id));
    const storedPlan: StoredPlan = { ...fields, id: saved.id, etag: saved.etag, omraden: omraden.sort((a, b) => a.ordning - b.ordning) } as StoredPlan;
    if (loaded) {
      loaded.view.plan = { ...storedPlan, omraden: storedPlan.omraden.slice() };
    } else {
      plans.set(saved.id, {
        view: { plan: storedPlan, risker: [], kontrollmoment: [], atgarder: [], uppfoljningar: [], avvikelser: [] },
        refs,
        settings
      });
    }
    return { ...storedPlan, omraden: storedPlan.omraden.slice() };
  }

  /** Creates or updates an område. */
  public async saveOmrade(planId: number, omrade: Editable<Omrade>): Promise<Stored<Omrade>> {
    const { repos, plans, creates } = this._ctx;
    const loaded = await plans.get(planId);
    const omraden = withLast(loaded.view.plan.omraden as Omrade[], omrade);
    const issues = issuesAt(validatePlan({ ...loaded.view.plan, omraden }, loaded.settings), `plan.omraden[${omraden.length - 1}]`);
    if (issues.length > 0) {
      throw new ValidationFailedError(issues);
    }
    const repo = repos.omraden;
    const seenAs = loaded.view.plan.omraden.filter((item) => item.key === omrade.key)[0] ?? omrade;
    try {
      const target = await creates.resolveEarlierCreate(repo, omrade, planId);
      const stored = await creates.guard(omrade.key, target.id === undefined, () => repo.save(target, loaded.refs, seenAs));
      loaded.refs.omraden.set(stored.key, stored.id);
      loaded.view.plan = {
        ...loaded.view.plan,
        omraden: upsert(loaded.view.plan.omraden, stored).sort((a, b) => a.ordning - b.ordning)
      };
      return stored;
    } catch (error) {
      throw asDataError(error, repo.contextOf(seenAs, omrade.id === undefined ? 'create' : 'update'));
    }
  }

  /** Creates or updates a risk. */
  public saveRisk(planId: number, risk: Editable<Risk>): Promise<Stored<Risk>> {
    return this._saveChild(planId, 'risker', this._ctx.repos.risker, risk);
  }

  /** Creates or updates a kontrollmoment. */
  public saveKontrollmoment(planId: number, kontrollmoment: Editable<Kontrollmoment>): Promise<Stored<Kontrollmoment>> {
    return this._saveChild(planId, 'kontrollmoment', this._ctx.repos.kontrollmoment, kontrollmoment);
  }

  /** Creates or updates an åtgärd. */
  public saveAtgard(planId: number, atgard: Editable<Atgard>): Promise<Stored<Atgard>> {
    return this._saveChild(planId, 'atgarder', this._ctx.repos.atgarder, atgard);
  }

  /** Validates one child entity in the context of its plan (it is placed last, see withLast). */
  private _validateChild<T extends Entity>(loaded: LoadedPlan, collection: ChildCollection, entity: T): ValidationIssue[] {
    const items = withLast(loaded.view[collection] as unknown as T[], entity);
    const data = { ...loaded.view, [collection]: items } as unknown as PlanData;
    const path = `${collection}[${items.length - 1}]`;
    const issues = issuesAt(validatePlanData(data, loaded.settings), path);
    if (collection === 'risker' || collection === 'kontrollmoment') {
      // A decided plan's risks and kontrollmoment change only with a reason, recorded with the change.
      const kind = collection === 'risker' ? 'risk' : 'kontrollmoment';
      const before = (loaded.view[collection] as unknown as Array<Risk | Kontrollmoment>).filter((item) => item.key === entity.key)[0];
      issues.push(...validateLockedChange(loaded.view.plan.status, kind, before, entity as unknown as Risk | Kontrollmoment, path));
    }
    return issues;
  }

  /** Saves a risk, kontrollmoment or åtgärd. */
  private async _saveChild<T extends Entity>(
    planId: number,
    collection: ChildCollection,
    repo: EntityRepository<T>,
    entity: Editable<T>
  ): Promise<Stored<T>> {
    const { plans, creates } = this._ctx;
    const loaded = await plans.get(planId);
    const issues = this._validateChild(loaded, collection, entity);
    if (issues.length > 0) {
      throw new ValidationFailedError(issues);
    }
    const seenAs = (loaded.view[collection] as unknown as Stored<T>[]).filter((item) => item.key === entity.key)[0] ?? entity;
    try {
      const target = await creates.resolveEarlierCreate(repo, entity, planId);
      const stored = await creates.guard(entity.key, target.id === undefined, () => repo.save(target, loaded.refs, seenAs));
      const index = collection === 'risker' ? loaded.refs.risker : collection === 'kontrollmoment' ? loaded.refs.kontrollmoment : loaded.refs.atgarder;
      index.set(stored.key, stored.id);
      loaded.refs.names.set(stored.key, repo.nameOf(stored, loaded.refs));
      (loaded.view as unknown as Record<ChildCollection, Stored<T>[]>)[collection] = upsert(
        loaded.view[collection] as unknown as Stored<T>[],
        stored
      );
      return stored;
    } catch (error) {
      throw asDataError(error, repo.contextOf(seenAs, entity.id === undefined ? 'create' : 'update', loaded.refs));
    }
  }
}
