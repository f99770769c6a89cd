/**
 * The PnPjs implementation of IInternkontrollService. The host gives it an SPFI:
 * - SPFx web part: `spfi().using(SPFx(this.context), BrowserFetch())`
 * - local workbench: `spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), BrowserFetch())`
 * - tests and bench: `spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), LocalSharePoint(core))`
 * (`BrowserFetch()` replaces PnPjs's retrying fetch, which would re-send a create after a 503;
 * the service adds its own retry, see behaviors/ThrottlingRetry.ts).
 *
 * The service keeps each loaded plan (view, key ⇄ id indexes, organisation settings) so a save
 * can validate against the plan and resolve parent keys without reading again; the ETag sent
 * is always the one on the object the caller passes in.
 */
import { spfi, SPFI, SPQueryable } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/batching';
import type { Atgard, Avvikelse, Entity, FollowUp, Kontrollmoment, Omrade, Plan, PlanData, Risk, ValidationIssue } from '../model/types';
import { issuesAt, validateDiarienummer, validatePlan, validatePlanData, validateRiskMatrix } from '../model/validation';
import { AtgardRepository } from './atgarder/AtgardRepository';
import { AvvikelseRepository } from './avvikelser/AvvikelseRepository';
import { executeWrites, runBatch, WriteOp, WriteOutcome } from './batchWrites';
import { ThrottlingRetry, ThrottlingRetryOptions } from './behaviors/ThrottlingRetry';
import type { EntityRepository } from './EntityRepository';
import {
  DataError,
  FollowUpTakenError,
  PartialSaveError,
  PermissionError,
  UnexpectedError,
  ValidationFailedError
} from './errors';
import { FollowUpRepository } from './followUps/FollowUpRepository';
import { httpStatusOf, isAmbiguousFailure, isDuplicateValuesError, OperationContext, toDataError } from './httpErrors';
import type {
  CurrentUser,
  Editable,
  EnsureListsProgress,
  IInternkontrollService,
  PlanSummary,
  PlanView,
  SavedFollowUp,
  Stored,
  StoredPlan,
  StoredSettings
} from './InternkontrollService';
import { KontrollmomentRepository } from './kontrollmoment/KontrollmomentRepository';
import { CreateRetryOptions, DEFAULT_CREATE_RETRY, ListRepository } from './ListRepository';
import { orEmpty, readETag, readId } from './fields';
import { createPlanRefs, PlanRefs, UnresolvedReferenceError } from './PlanRefs';
import { OmradeRepository } from './omraden/OmradeRepository';
import { PlanFields, PlanRepository } from './plans/PlanRepository';
import { LoadedPlan, loadPlanView, PlanViewRepositories } from './PlanViewLoader';
import { RiskRepository } from './risks/RiskRepository';
import { ensureSchema } from './schema/ensure';
import { LIST_TITLES } from './schema/lists';
import { SettingsRepository } from './settings/SettingsRepository';

/**
 * Title of the SharePoint group whose members approve a period's follow-up. Membership is
 * managed in SharePoint; the app only reads it.
 */
export const APPROVER_GROUP_TITLE = 'Internkontroll – godkännare';

/** SharePoint base permission bits (low word) the service checks. */
const PERMISSION_BITS = { addListItems: 0x2, editListItems: 0x4, manageLists: 0x800 } as const;

/** Creates the lists and columns of the schema; the schema module provides it. */
export type EnsureSchema = (sp: SPFI, onProgress?: (progress: EnsureListsProgress) => void) => Promise<void>;

/** Options of the service. */
export interface InternkontrollServiceOptions {
  /** Retry of throttled requests (429/503 with Retry-After). */
  retry?: ThrottlingRetryOptions;
  /** Retry of creates after an ambiguous failure. */
  createRetry?: Partial<CreateRetryOptions>;
  /** Provisions the lists; the schema's `ensureSchema` by default. */
  ensureSchema?: EnsureSchema;
}

/** The schema's ensureSchema with its progress worded for the UI. */
export const ensureSchemaWithProgress: EnsureSchema = async (sp, onProgress) => {
  await ensureSchema(sp, (progress) => {
    if (!onProgress) {
      return;
    }
    const done = progress.currentList === undefined;
    const name = progress.currentListDisplayName ?? progress.currentList ?? '';
    onProgress({
      done: progress.completed,
      total: progress.total,
      message: done ? 'Listorna är klara.' : `Kontrollerar listan ${name} (${progress.completed + 1} av ${progress.total})`,
      messageEn: done ? 'The lists are ready.' : `Checking the list ${name} (${progress.completed + 1} of ${progress.total})`
    });
  });
};

/** The plan's collections of child entities that are saved one by one. */
type ChildCollection = 'risker' | 'kontrollmoment' | 'atgarder';

/** Creates the service on the host's SPFI. */
export function createInternkontrollService(sp: SPFI, options: InternkontrollServiceOptions = {}): IInternkontrollService {
  return new PnpInternkontrollService(sp, options);
}

/** Replaces the entity with the same key, or appends it; the entity is always last. */
function withLast<T extends Entity>(items: T[], entity: T): T[] {
  return items.filter((item) => item.key !== entity.key).concat([entity]);
}

/** Replaces the stored entity with the same key in place, or appends it. */
function upsert<T extends Entity>(items: T[], entity: T): T[] {
  const index = items.map((item) => item.key).indexOf(entity.key);
  if (index < 0) {
    return items.concat([entity]);
  }
  const copy = items.slice();
  copy[index] = entity;
  return copy;
}

/** A copy of the view whose arrays the caller may change without touching the service's. */
function copyView(view: PlanView): PlanView {
  return {
    plan: { ...view.plan, omraden: view.plan.omraden.slice() },
    risker: view.risker.slice(),
    kontrollmoment: view.kontrollmoment.slice(),
    atgarder: view.atgarder.slice(),
    uppfoljningar: view.uppfoljningar.slice(),
    avvikelser: view.avvikelser.slice()
  };
}

/** The plan without its områden and without stored identity, as the plan item stores it. */
function planFieldsOf(plan: Plan | StoredPlan | Editable<Plan>): PlanFields & { id?: number; etag?: string } {
  const fields: PlanFields & { id?: number; etag?: string; omraden?: unknown } = { ...plan };
  delete fields.omraden;
  return fields;
}

/** A created item to undo if the rest of a save fails. */
interface Created {
  /** The list. */
  repo: ListRepository;
  /** The item id. */
  id: number;
}

/** The PnPjs implementation; see the module comment. */
export class PnpInternkontrollService implements IInternkontrollService {
  private readonly _sp: SPFI;
  private readonly _repos: PlanViewRepositories;
  private readonly _createRetry: CreateRetryOptions;
  private readonly _ensureSchema: EnsureSchema;
  private readonly _plans: Map<number, LoadedPlan> = new Map();
  /** Keys whose create failed ambiguously: looked up before they are created again. */
  private readonly _ambiguousKeys: Set<string> = new Set();

  /** Creates the service; the retry behaviour is added to a copy of the host's SPFI. */
  public constructor(sp: SPFI, options: InternkontrollServiceOptions = {}) {
    this._sp = spfi(sp).using(ThrottlingRetry(options.retry));
    this._createRetry = { ...DEFAULT_CREATE_RETRY, ...options.createRetry };
    this._ensureSchema = options.ensureSchema ?? ensureSchemaWithProgress;
    const retry = this._createRetry;
    this._repos = {
      plans: new PlanRepository(this._sp, retry),
      omraden: new OmradeRepository(this._sp, retry),
      risker: new RiskRepository(this._sp, retry),
      kontrollmoment: new KontrollmomentRepository(this._sp, retry),
      atgarder: new AtgardRepository(this._sp, retry),
      uppfoljningar: new FollowUpRepository(this._sp, retry),
      avvikelser: new AvvikelseRepository(this._sp, retry),
      settings: new SettingsRepository(this._sp, retry)
    };
  }

  /** The SPFI the service sends through (host's behaviours plus the retry). */
  public get sp(): SPFI {
    return this._sp;
  }

  // ---- Users and lists ---------------------------------------------------------------------

  /** The signed-in user and the user's permissions (one batch). */
  public async currentUser(): Promise<CurrentUser> {
    const context: OperationContext = { entity: 'plan', action: 'read' };
    try {
      const [user, listPermissions, webPermissions, groups] = await runBatch<unknown>(this._sp, [
        (b) => b.web.currentUser.select('Id', 'LoginName', 'Title', 'Email')(),
        (b) => b.web.lists.getByTitle(LIST_TITLES.planer).effectiveBasePermissions(),
        (b) => SPQueryable(b.web, 'EffectiveBasePermissions')(),
        (b) => b.web.currentUser.groups.select('Title')()
      ]);
      if (!user.ok) {
        throw user.error;
      }
      const info = user.value as { Id: number; LoginName: string; Title: string; Email?: string };
      const low = (result: typeof webPermissions): number => {
        if (!result.ok) {
          return 0;
        }
        const value = (result.value as { Low?: unknown }).Low;
        return typeof value === 'number' || typeof value === 'string' ? Number(value) : 0;
      };
      // Lists inherit the site's permissions until someone breaks inheritance; before the
      // lists exist the site's permissions are what counts.
      const listLow = listPermissions.ok ? low(listPermissions) : low(webPermissions);
      const webLow = low(webPermissions);
      const groupTitles = groups.ok ? (groups.value as Array<{ Title: string }>).map((group) => group.Title) : [];
      return {
        id: info.Id,
        loginName: info.LoginName,
        title: info.Title,
        email: info.Email !== undefined && info.Email !== '' ? info.Email : undefined,
        canEdit: (listLow & PERMISSION_BITS.addListItems) !== 0 && (listLow & PERMISSION_BITS.editListItems) !== 0,
        isApprover: groupTitles.indexOf(APPROVER_GROUP_TITLE) >= 0,
        canManage: (webLow & PERMISSION_BITS.manageLists) !== 0
      };
    } catch (error) {
      throw toDataError(error, context);
    }
  }

  /** Creates missing lists and columns, for users who may manage lists. */
  public async ensureLists(onProgress?: (progress: EnsureListsProgress) => void): Promise<void> {
    const user = await this.currentUser();
    if (!user.canManage) {
      throw new PermissionError('skapa listorna för intern kontroll', 'create the internal control lists');
    }
    try {
      await this._ensureSchema(this._sp, onProgress);
    } catch (error) {
      throw toDataError(error, { entity: 'settings', action: 'manage', itemName: 'listorna' });
    }
  }

  // ---- Plans -------------------------------------------------------------------------------

  /** All plans, newest year first. */
  public listPlans(): Promise<PlanSummary[]> {
    return this._repos.plans.summaries({ entity: 'plan', action: 'read' });
  }

  /** The plan view, loaded afresh (at most two round trips for up to 5 000 rows per list). */
  public async loadPlanView(planId: number): Promise<PlanView> {
    const loaded = await loadPlanView(this._sp, this._repos, planId);
    this._plans.set(planId, loaded);
    return copyView(loaded.view);
  }

  /** The loaded plan, loading it when this service has not yet. */
  private async _plan(planId: number): Promise<LoadedPlan> {
    const cached = this._plans.get(planId);
    if (cached) {
      return cached;
    }
    await this.loadPlanView(planId);
    return this._plans.get(planId) as LoadedPlan;
  }

  /** Saves the plan item and creates its new områden. */
  public async savePlan(plan: Editable<Plan> | StoredPlan): Promise<StoredPlan> {
    const loaded = plan.id !== undefined ? await this._plan(plan.id) : undefined;
    const settings = loaded ? loaded.settings : await this.loadSettings();
    const issues = validatePlan(plan as Plan, settings).filter((issue) => issue.field.indexOf('plan') === 0);
    if (issues.length > 0) {
      throw new ValidationFailedError(issues);
    }
    const repo = this._repos.plans;
    const fields = planFieldsOf(plan);
    const created: Created[] = [];
    let saved: { id: number; etag: string };
    try {
      saved = await this._guardCreate(plan.key, plan.id === undefined, () => repo.save(fields, loaded ? loaded.view.plan : plan));
    } catch (error) {
      throw toDataError(error, repo.contextOf(loaded ? loaded.view.plan : plan, plan.id === undefined ? 'create' : 'update'));
    }
    if (plan.id === undefined) {
      created.push({ repo, id: saved.id });
    }
    const refs = loaded ? loaded.refs : createPlanRefs(saved.id);
    const newOmraden = plan.omraden.filter((omrade) => omrade.id === undefined);
    const outcomes = await executeWrites(
      this._sp,
      newOmraden.map((omrade) => this._repos.omraden.saveOp(omrade as Editable<Omrade>, refs)),
      this._createRetry
    );
    let storedNew: Stored<Omrade>[];
    try {
      storedNew = await this._collectCreates(newOmraden, outcomes, this._repos.omraden, created);
    } catch (error) {
      // A new plan goes away with its områden; an existing plan keeps its saved fields.
      if (loaded) {
        this._plans.delete(loaded.refs.planId);
      }
      throw await this._undo(created, error);
    }
    const omraden = plan.omraden.filter((omrade) => omrade.id !== undefined).concat(storedNew) as Stored<Omrade>[];
    omraden.forEach((omrade) => refs.omraden.set(omrade.key, omrade.id));
    const storedPlan: StoredPlan = { ...fields, id: saved.id, etag: saved.etag, omraden: omraden.sort((a, b) => a.ordning - b.ordning) } as StoredPlan;
    if (loaded) {
      loaded.view.plan = { ...storedPlan, omraden: storedPlan.omraden.slice() };
    } else {
      this._plans.set(saved.id, {
        view: { plan: storedPlan, risker: [], kontrollmoment: [], atgarder: [], uppfoljningar: [], avvikelser: [] },
        refs,
        settings
      });
    }
    return { ...storedPlan, omraden: storedPlan.omraden.slice() };
  }

  /** Creates the whole plan, level by level; on failure removes everything it created. */
  public async importPlan(data: PlanData): Promise<PlanView> {
    const settings = await this.loadSettings();
    const issues = validatePlanData(data, settings);
    if (issues.length > 0) {
      throw new ValidationFailedError(issues);
    }
    const repos = this._repos;
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
      const omraden = await this._createLevel(repos.omraden, fresh(data.plan.omraden), refs, created);
      omraden.forEach((omrade) => refs.omraden.set(omrade.key, omrade.id));
      const risker = await this._createLevel(repos.risker, fresh(data.risker), refs, created);
      risker.forEach((risk) => {
        refs.risker.set(risk.key, risk.id);
        refs.names.set(risk.key, repos.risker.nameOf(risk));
      });
      const level3 = await this._createMixedLevel(
        fresh(data.kontrollmoment),
        fresh(data.atgarder),
        refs,
        created
      );
      level3.kontrollmoment.forEach((km) => {
        refs.kontrollmoment.set(km.key, km.id);
        refs.names.set(km.key, repos.kontrollmoment.nameOf(km));
      });
      level3.atgarder.forEach((atgard) => {
        refs.atgarder.set(atgard.key, atgard.id);
        refs.names.set(atgard.key, repos.atgarder.nameOf(atgard));
      });
      const uppfoljningar = await this._createLevel(repos.uppfoljningar, fresh(data.uppfoljningar), refs, created);
      uppfoljningar.forEach((followUp) => refs.uppfoljningar.set(followUp.key, followUp.id));
      const avvikelser = await this._createLevel(repos.avvikelser, fresh(data.avvikelser), refs, created);
      const view: PlanView = {
        plan: { ...planFields, id: planItem.id, etag: planItem.etag, omraden } as StoredPlan,
        risker,
        kontrollmoment: level3.kontrollmoment,
        atgarder: level3.atgarder,
        uppfoljningar,
        avvikelser
      };
      this._plans.set(planItem.id, { view, refs, settings });
      return copyView(view);
    } catch (error) {
      throw await this._undo(created, error);
    }
  }

  /** Creates one level of a plan's rows in batches; throws (after nothing) on any failure. */
  private async _createLevel<T extends Entity>(repo: EntityRepository<T>, items: T[], refs: PlanRefs, created: Created[]): Promise<Stored<T>[]> {
    const outcomes = await executeWrites(
      this._sp,
      items.map((item) => repo.saveOp(item as Editable<T>, refs)),
      this._createRetry
    );
    return this._collectCreates(items, outcomes, repo, created);
  }

  /** Kontrollmoment and åtgärder depend only on risks, so they go in the same batches. */
  private async _createMixedLevel(
    kontrollmoment: Kontrollmoment[],
    atgarder: Atgard[],
    refs: PlanRefs,
    created: Created[]
  ): Promise<{ kontrollmoment: Stored<Kontrollmoment>[]; atgarder: Stored<Atgard>[] }> {
    const ops: WriteOp[] = [
      ...kontrollmoment.map((km) => this._repos.kontrollmoment.saveOp(km as Editable<Kontrollmoment>, refs)),
      ...atgarder.map((atgard) => this._repos.atgarder.saveOp(atgard as Editable<Atgard>, refs))
    ];
    const outcomes = await executeWrites(this._sp, ops, this._createRetry);
    const kmOutcomes = outcomes.slice(0, kontrollmoment.length);
    const atgardOutcomes = outcomes.slice(kontrollmoment.length);
    // Record every create of both lists before throwing, so the undo sees them all.
    let failure: unknown;
    const storedKm = await this._collectCreates(kontrollmoment, kmOutcomes, this._repos.kontrollmoment, created).catch((error) => {
      failure = error;
      return [] as Stored<Kontrollmoment>[];
    });
    const storedAtgarder = await this._collectCreates(atgarder, atgardOutcomes, this._repos.atgarder, created).catch((error) => {
      failure = failure ?? error;
      return [] as Stored<Atgard>[];
    });
    if (failure !== undefined) {
      throw failure;
    }
    return { kontrollmoment: storedKm, atgarder: storedAtgarder };
  }

  /**
   * The stored entities of a batch of creates. Records every created item in `created`, then
   * throws the first failure, so the caller can undo all of them.
   */
  private async _collectCreates<T extends Entity>(
    items: T[],
    outcomes: WriteOutcome[],
    repo: EntityRepository<T>,
    created: Created[]
  ): Promise<Stored<T>[]> {
    const stored: Stored<T>[] = [];
    let failure: DataError | undefined;
    outcomes.forEach((outcome, i) => {
      if (outcome.ok && outcome.item) {
        created.push({ repo, id: readId(outcome.item) });
        stored.push(repo.storedFrom(items[i], outcome.item));
      } else if (!outcome.ok) {
        if (isAmbiguousFailure(outcome.error)) {
          this._ambiguousKeys.add(items[i].key);
        }
        failure = failure ?? outcome.error;
      }
    });
    if (failure) {
      throw failure;
    }
    return stored;
  }

  /**
   * Removes what a failed save created (newest first) and returns the error to throw: the
   * original one, or PartialSaveError when something could not be removed.
   */
  private async _undo(created: Created[], error: unknown): Promise<DataError> {
    const original = error instanceof DataError ? error : toDataError(error, { entity: 'plan', action: 'create' });
    if (created.length === 0) {
      return original;
    }
    const ops: WriteOp[] = created
      .slice()
      .reverse()
      .map((item) => ({
        kind: 'delete',
        repo: item.repo,
        id: item.id,
        etag: '*',
        context: { entity: item.repo.entity, action: 'delete' }
      }));
    const outcomes = await executeWrites(this._sp, ops, this._createRetry);
    const leftBehind: Record<string, number[]> = {};
    outcomes.forEach((outcome, i) => {
      if (!outcome.ok) {
        const op = ops[i] as { repo: ListRepository; id: number };
        leftBehind[op.repo.title] = (leftBehind[op.repo.title] ?? []).concat(op.id);
      }
    });
    return Object.keys(leftBehind).length > 0 ? new PartialSaveError(leftBehind, original.status) : original;
  }

  /**
   * Runs a create; when an earlier create of the same key failed ambiguously, looks the key up
   * first (the earlier write may have been applied). Remembers keys that fail ambiguously.
   */
  private async _guardCreate<R>(key: string, isCreate: boolean, write: () => Promise<R>): Promise<R> {
    try {
      const result = await write();
      if (isCreate) {
        this._ambiguousKeys.delete(key);
      }
      return result;
    } catch (error) {
      if (isCreate && isAmbiguousFailure(error)) {
        this._ambiguousKeys.add(key);
      }
      throw error;
    }
  }

  /**
   * Turns a create of a key that failed ambiguously before into an update of the item that
   * was created then, if it exists; otherwise returns the entity unchanged.
   */
  private async _resolveEarlierCreate<T extends Entity>(repo: ListRepository, entity: Editable<T>, planId: number): Promise<Editable<T>> {
    if (entity.id !== undefined || !this._ambiguousKeys.has(entity.key)) {
      return entity;
    }
    const found = (await repo.findByKeys([entity.key], planId)).get(entity.key);
    return found ? ({ ...entity, id: readId(found), etag: readETag(found) } as Stored<T>) : entity;
  }

  // ---- Plan content ------------------------------------------------------------------------

  /** Validates one child entity in the context of its plan (it is placed last, see withLast). */
  private _validateChild<T extends Entity>(loaded: LoadedPlan, collection: ChildCollection, entity: T): ValidationIssue[] {
    const items = withLast(loaded.view[collection] as unknown as T[], entity);
    const data = { ...loaded.view, [collection]: items } as unknown as PlanData;
    return issuesAt(validatePlanData(data, loaded.settings), `${collection}[${items.length - 1}]`);
  }

  /** Saves a risk, kontrollmoment or åtgärd. */
  private async _saveChild<T extends Entity>(
    planId: number,
    collection: ChildCollection,
    repo: EntityRepository<T>,
    entity: Editable<T>
  ): Promise<Stored<T>> {
    const loaded = await this._plan(planId);
    const issues = this._validateChild(loaded, collection, entity);
    if (issues.length > 0) {
      throw new ValidationFailedError(issues);
    }
    const seenAs = (loaded.view[collection] as unknown as Stored<T>[]).filter((item) => item.key === entity.key)[0] ?? entity;
    try {
      const target = await this._resolveEarlierCreate(repo, entity, planId);
      const stored = await this._guardCreate(entity.key, target.id === undefined, () => repo.save(target, loaded.refs, seenAs));
      const index = collection === 'risker' ? loaded.refs.risker : collection === 'kontrollmoment' ? loaded.refs.kontrollmoment : loaded.refs.atgarder;
      index.set(stored.key, stored.id);
      loaded.refs.names.set(stored.key, repo.nameOf(stored, loaded.refs));
      (loaded.view as unknown as Record<ChildCollection, Stored<T>[]>)[collection] = upsert(
        loaded.view[collection] as unknown as Stored<T>[],
        stored
      );
      return stored;
    } catch (error) {
      throw this._asDataError(error, repo.contextOf(seenAs, entity.id === undefined ? 'create' : 'update', loaded.refs));
    }
  }

  /** Any error as a DataError; a parent that is not stored is a validation problem of the caller's data. */
  private _asDataError(error: unknown, context: OperationContext): DataError {
    if (error instanceof UnresolvedReferenceError) {
      return new UnexpectedError(error.message);
    }
    return toDataError(error, context);
  }

  /** Creates or updates an område. */
  public async saveOmrade(planId: number, omrade: Editable<Omrade>): Promise<Stored<Omrade>> {
    const loaded = await this._plan(planId);
    const omraden = withLast(loaded.view.plan.omraden as Omrade[], omrade);
    const issues = issuesAt(validatePlan({ ...loaded.view.plan, omraden }, loaded.settings), `plan.omraden[${omraden.length - 1}]`);
    if (issues.length > 0) {
      throw new ValidationFailedError(issues);
    }
    const repo = this._repos.omraden;
    const seenAs = loaded.view.plan.omraden.filter((item) => item.key === omrade.key)[0] ?? omrade;
    try {
      const target = await this._resolveEarlierCreate(repo, omrade, planId);
      const stored = await this._guardCreate(omrade.key, target.id === undefined, () => repo.save(target, loaded.refs, seenAs));
      loaded.refs.omraden.set(stored.key, stored.id);
      loaded.view.plan = {
        ...loaded.view.plan,
        omraden: upsert(loaded.view.plan.omraden, stored).sort((a, b) => a.ordning - b.ordning)
      };
      return stored;
    } catch (error) {
      throw this._asDataError(error, repo.contextOf(seenAs, omrade.id === undefined ? 'create' : 'update'));
    }
  }

  /** Creates or updates a risk. */
  public saveRisk(planId: number, risk: Editable<Risk>): Promise<Stored<Risk>> {
    return this._saveChild(planId, 'risker', this._repos.risker, risk);
  }

  /** Creates or updates a kontrollmoment. */
  public saveKontrollmoment(planId: number, kontrollmoment: Editable<Kontrollmoment>): Promise<Stored<Kontrollmoment>> {
    return this._saveChild(planId, 'kontrollmoment', this._repos.kontrollmoment, kontrollmoment);
  }

  /** Creates or updates an åtgärd. */
  public saveAtgard(planId: number, atgard: Editable<Atgard>): Promise<Stored<Atgard>> {
    return this._saveChild(planId, 'atgarder', this._repos.atgarder, atgard);
  }

  /**
   * Saves a follow-up and its complete set of avvikelser. Order: the follow-up (its id is
   * needed by new avvikelser), then creates and updates of avvikelser in one batch, then the
   * deletes. If the batch fails, the items created are removed and the follow-up and
   * avvikelser updated are put back as they were, so no half-saved follow-up remains.
   */
  public async saveFollowUp(planId: number, followUp: Editable<FollowUp>, avvikelser: Editable<Avvikelse>[]): Promise<SavedFollowUp> {
    const loaded = await this._plan(planId);
    const repos = this._repos;
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
      const target = await this._resolveEarlierCreate(repos.uppfoljningar, followUp, planId);
      storedFollowUp = await this._guardCreate(followUp.key, target.id === undefined, () =>
        repos.uppfoljningar.save(target, loaded.refs, previousFollowUp ?? followUp)
      );
      if (target.id === undefined) {
        created.push({ repo: repos.uppfoljningar, id: storedFollowUp.id });
      }
    } catch (error) {
      if (isDuplicateValuesError(error)) {
        // Someone else saved this target's follow-up for the period first; nothing was written.
        this._plans.delete(planId);
        throw this._followUpTaken(loaded, followUp, error);
      }
      throw this._asDataError(error, repos.uppfoljningar.contextOf(followUp, followUp.id === undefined ? 'create' : 'update', loaded.refs));
    }
    loaded.refs.uppfoljningar.set(storedFollowUp.key, storedFollowUp.id);

    // 2. Creates and updates of its avvikelser, in one batch.
    const ops = given.map((avvikelse) =>
      repos.avvikelser.saveOp(avvikelse, loaded.refs, previousAvvikelser.filter((old) => old.key === avvikelse.key)[0] ?? avvikelse)
    );
    const outcomes = await executeWrites(this._sp, ops, this._createRetry);
    const storedAvvikelser: Stored<Avvikelse>[] = [];
    let failure: DataError | undefined;
    const updated: Array<{ previous: Stored<Avvikelse>; etag: string }> = [];
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
        if (avvikelse.id === undefined && isAmbiguousFailure(outcome.error)) {
          this._ambiguousKeys.add(avvikelse.key);
        }
        failure = failure ?? outcome.error;
      }
    });
    if (failure) {
      throw await this._undoFollowUp(loaded, created, failure, {
        followUp: followUp.id !== undefined && previousFollowUp ? { previous: previousFollowUp, etag: storedFollowUp.etag } : undefined,
        avvikelser: updated
      });
    }

    // 3. Avvikelser left out of the set are deleted, last, so a failure above leaves them.
    const deleteOutcomes = await executeWrites(
      this._sp,
      removed.map((avvikelse) => repos.avvikelser.deleteOp(avvikelse, loaded.refs)),
      this._createRetry
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
   * The error for a follow-up refused by the unique `Uppfoljningsnyckel`: names the target
   * ("kontrollmoment 7", "åtgärden ”…”", "risken ”…”") and the period by its label.
   */
  private _followUpTaken(loaded: LoadedPlan, followUp: FollowUp, error: unknown): FollowUpTakenError {
    const view = loaded.view;
    let targetSv: string;
    let targetEn: string;
    if (followUp.targetType === 'kontrollmoment') {
      const km = view.kontrollmoment.filter((item) => item.key === followUp.targetKey)[0];
      const nr = km ? String(km.nr) : followUp.targetKey;
      targetSv = `kontrollmoment ${nr}`;
      targetEn = `control ${nr}`;
    } else if (followUp.targetType === 'atgard') {
      const atgard = view.atgarder.filter((item) => item.key === followUp.targetKey)[0];
      const name = atgard ? atgard.beskrivning : followUp.targetKey;
      targetSv = `åtgärden ”${name}”`;
      targetEn = `the action “${name}”`;
    } else {
      const risk = view.risker.filter((item) => item.key === followUp.targetKey)[0];
      const name = risk ? risk.titel : followUp.targetKey;
      targetSv = `risken ”${name}”`;
      targetEn = `the risk “${name}”`;
    }
    const period = view.plan.perioder.filter((item) => item.key === followUp.periodKey)[0];
    const periodLabel = period ? period.label : followUp.periodKey;
    return new FollowUpTakenError(this._repos.uppfoljningar.nameOf(followUp, loaded.refs), targetSv, targetEn, periodLabel, httpStatusOf(error) ?? 500);
  }

  /**
   * Undo of a failed follow-up save: deletes what was created and writes back the previous
   * values of what was updated (with the ETag the update produced).
   */
  private async _undoFollowUp(
    loaded: LoadedPlan,
    created: Created[],
    failure: DataError,
    updated: { followUp?: { previous: Stored<FollowUp>; etag: string }; avvikelser: Array<{ previous: Stored<Avvikelse>; etag: string }> }
  ): Promise<DataError> {
    const restores: WriteOp[] = [];
    if (updated.followUp) {
      const op = this._repos.uppfoljningar.saveOp(updated.followUp.previous, loaded.refs);
      restores.push({ ...op, etag: updated.followUp.etag } as WriteOp);
    }
    updated.avvikelser.forEach((entry) => {
      const op = this._repos.avvikelser.saveOp(entry.previous, loaded.refs);
      restores.push({ ...op, etag: entry.etag } as WriteOp);
    });
    const restoreOutcomes = await executeWrites(this._sp, restores, this._createRetry);
    const result = await this._undo(created, failure);
    // The previous follow-up and avvikelser are back, but with new ETags: reload before editing.
    this._plans.delete(loaded.refs.planId);
    if (restoreOutcomes.some((outcome) => !outcome.ok) && !(result instanceof PartialSaveError)) {
      return new PartialSaveError({}, failure.status);
    }
    return result;
  }

  // ---- Deletes -----------------------------------------------------------------------------

  /**
   * Deletes the item the user saw (If-Match with its ETag), then the rows that belong to it
   * (they go with it whatever their version). Rows left behind by a failure show as rows
   * whose parent is missing; the error says so.
   */
  private async _deleteWithChildren(loaded: LoadedPlan, first: WriteOp, children: WriteOp[]): Promise<void> {
    const [outcome] = await executeWrites(this._sp, [first], this._createRetry);
    if (!outcome.ok) {
      throw outcome.error;
    }
    const outcomes = await executeWrites(this._sp, children, this._createRetry);
    const leftBehind: Record<string, number[]> = {};
    outcomes.forEach((result, i) => {
      if (!result.ok) {
        const op = children[i] as { repo: ListRepository; id: number };
        leftBehind[op.repo.title] = (leftBehind[op.repo.title] ?? []).concat(op.id);
      }
    });
    if (Object.keys(leftBehind).length > 0) {
      this._plans.delete(loaded.refs.planId);
      throw new PartialSaveError(leftBehind);
    }
  }

  /** Follow-ups of the targets and the avvikelser of those follow-ups. */
  private _followUpsOf(loaded: LoadedPlan, targetKeys: string[]): { uppfoljningar: Stored<FollowUp>[]; avvikelser: Stored<Avvikelse>[] } {
    const uppfoljningar = loaded.view.uppfoljningar.filter((followUp) => targetKeys.indexOf(followUp.targetKey) >= 0);
    const followUpKeys = uppfoljningar.map((followUp) => followUp.key);
    const avvikelser = loaded.view.avvikelser.filter((avvikelse) => followUpKeys.indexOf(avvikelse.followUpKey) >= 0);
    return { uppfoljningar, avvikelser };
  }

  /** Removes deleted rows from the loaded plan. */
  private _forget(loaded: LoadedPlan, keys: string[]): void {
    const keep = <T extends Entity>(items: T[]): T[] => items.filter((item) => keys.indexOf(item.key) < 0);
    const view = loaded.view;
    view.plan = { ...view.plan, omraden: keep(view.plan.omraden) };
    view.risker = keep(view.risker);
    view.kontrollmoment = keep(view.kontrollmoment);
    view.atgarder = keep(view.atgarder);
    view.uppfoljningar = keep(view.uppfoljningar);
    view.avvikelser = keep(view.avvikelser);
    const refs = loaded.refs;
    keys.forEach((key) => {
      refs.omraden.deleteKey(key);
      refs.risker.deleteKey(key);
      refs.kontrollmoment.deleteKey(key);
      refs.atgarder.deleteKey(key);
      refs.uppfoljningar.deleteKey(key);
      refs.names.delete(key);
    });
  }

  /** Deletes the plan item, then every row of the plan. */
  public async deletePlan(plan: StoredPlan | PlanSummary): Promise<void> {
    const loaded = await this.loadPlanView(plan.id).then(() => this._plans.get(plan.id) as LoadedPlan);
    const view = loaded.view;
    const repos = this._repos;
    const refs = loaded.refs;
    const children: WriteOp[] = [
      ...view.avvikelser.map((item) => repos.avvikelser.deleteOp(item, refs, '*')),
      ...view.uppfoljningar.map((item) => repos.uppfoljningar.deleteOp(item, refs, '*')),
      ...view.kontrollmoment.map((item) => repos.kontrollmoment.deleteOp(item, refs, '*')),
      ...view.atgarder.map((item) => repos.atgarder.deleteOp(item, refs, '*')),
      ...view.risker.map((item) => repos.risker.deleteOp(item, refs, '*')),
      ...view.plan.omraden.map((item) => repos.omraden.deleteOp(item, refs, '*'))
    ];
    try {
      await this._deleteWithChildren(loaded, repos.plans.deleteOp(plan), children);
    } finally {
      this._plans.delete(plan.id);
    }
  }

  /** Deletes an område; its risks lose their område. */
  public async deleteOmrade(planId: number, omrade: Stored<Omrade>): Promise<void> {
    const loaded = await this._plan(planId);
    const repos = this._repos;
    const risks = loaded.view.risker.filter((risk) => risk.omradeKey === omrade.key);
    const detach: WriteOp[] = risks.map((risk) => ({
      kind: 'update',
      repo: repos.risker,
      id: risk.id,
      etag: '*',
      fields: { OmradeId: orEmpty(undefined) },
      context: repos.risker.contextOf(risk, 'update', loaded.refs)
    }));
    await this._deleteWithChildren(loaded, repos.omraden.deleteOp(omrade, loaded.refs), detach);
    // The detached risks have new ETags: reload them with the plan next time.
    this._forget(loaded, [omrade.key]);
    if (risks.length > 0) {
      this._plans.delete(planId);
    }
  }

  /** Deletes a risk with everything under it. */
  public async deleteRisk(planId: number, risk: Stored<Risk>): Promise<void> {
    const loaded = await this._plan(planId);
    const repos = this._repos;
    const refs = loaded.refs;
    const kontrollmoment = loaded.view.kontrollmoment.filter((km) => km.riskKey === risk.key);
    const atgarder = loaded.view.atgarder.filter((atgard) => atgard.riskKey === risk.key);
    const targets = [risk.key, ...kontrollmoment.map((km) => km.key), ...atgarder.map((atgard) => atgard.key)];
    const followUps = this._followUpsOf(loaded, targets);
    const children: WriteOp[] = [
      ...followUps.avvikelser.map((item) => repos.avvikelser.deleteOp(item, refs, '*')),
      ...followUps.uppfoljningar.map((item) => repos.uppfoljningar.deleteOp(item, refs, '*')),
      ...kontrollmoment.map((item) => repos.kontrollmoment.deleteOp(item, refs, '*')),
      ...atgarder.map((item) => repos.atgarder.deleteOp(item, refs, '*'))
    ];
    await this._deleteWithChildren(loaded, repos.risker.deleteOp(risk, refs), children);
    this._forget(loaded, [...targets, ...followUps.uppfoljningar.map((f) => f.key), ...followUps.avvikelser.map((a) => a.key)]);
  }

  /** Deletes a kontrollmoment with its follow-ups and their avvikelser. */
  public async deleteKontrollmoment(planId: number, kontrollmoment: Stored<Kontrollmoment>): Promise<void> {
    await this._deleteTargetWithFollowUps(planId, this._repos.kontrollmoment, kontrollmoment);
  }

  /** Deletes an åtgärd with its follow-ups and their avvikelser. */
  public async deleteAtgard(planId: number, atgard: Stored<Atgard>): Promise<void> {
    await this._deleteTargetWithFollowUps(planId, this._repos.atgarder, atgard);
  }

  /** Deletes a follow-up target and its follow-ups with their avvikelser. */
  private async _deleteTargetWithFollowUps<T extends Entity>(planId: number, repo: EntityRepository<T>, target: Stored<T>): Promise<void> {
    const loaded = await this._plan(planId);
    const refs = loaded.refs;
    const followUps = this._followUpsOf(loaded, [target.key]);
    const children: WriteOp[] = [
      ...followUps.avvikelser.map((item) => this._repos.avvikelser.deleteOp(item, refs, '*')),
      ...followUps.uppfoljningar.map((item) => this._repos.uppfoljningar.deleteOp(item, refs, '*'))
    ];
    await this._deleteWithChildren(loaded, repo.deleteOp(target, refs), children);
    this._forget(loaded, [target.key, ...followUps.uppfoljningar.map((f) => f.key), ...followUps.avvikelser.map((a) => a.key)]);
  }

  /** Deletes a follow-up with its avvikelser. */
  public async deleteFollowUp(planId: number, followUp: Stored<FollowUp>): Promise<void> {
    const loaded = await this._plan(planId);
    const refs = loaded.refs;
    const avvikelser = loaded.view.avvikelser.filter((avvikelse) => avvikelse.followUpKey === followUp.key);
    await this._deleteWithChildren(
      loaded,
      this._repos.uppfoljningar.deleteOp(followUp, refs),
      avvikelser.map((item) => this._repos.avvikelser.deleteOp(item, refs, '*'))
    );
    this._forget(loaded, [followUp.key, ...avvikelser.map((a) => a.key)]);
  }

  /** Deletes one avvikelse. */
  public async deleteAvvikelse(planId: number, avvikelse: Stored<Avvikelse>): Promise<void> {
    const loaded = await this._plan(planId);
    await this._deleteWithChildren(loaded, this._repos.avvikelser.deleteOp(avvikelse, loaded.refs), []);
    this._forget(loaded, [avvikelse.key]);
  }

  // ---- Settings ----------------------------------------------------------------------------

  /** The organisation settings. */
  public async loadSettings(): Promise<StoredSettings> {
    try {
      return await this._repos.settings.load();
    } catch (error) {
      throw toDataError(error, this._repos.settings.readContext);
    }
  }

  /** Saves the organisation settings after checking the matrix and the diarienummer pattern. */
  public async saveSettings(settings: StoredSettings): Promise<StoredSettings> {
    const issues: ValidationIssue[] = [];
    if (settings.defaultRiskMatrix !== undefined) {
      issues.push(...validateRiskMatrix(settings.defaultRiskMatrix, 'installningar.defaultRiskMatrix'));
    }
    issues.push(...validateDiarienummer(settings.diarienummerExample, settings, 'installningar.diarienummerExample'));
    if (issues.length > 0) {
      throw new ValidationFailedError(issues);
    }
    const saved = await this._repos.settings.save(settings);
    this._plans.forEach((loaded) => {
      loaded.settings = saved;
    });
    return saved;
  }
}
