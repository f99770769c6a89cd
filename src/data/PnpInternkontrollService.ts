/**
 * The PnPjs implementation of IInternkontrollService: a facade that only composes the
 * capabilities in `service/` over one shared state (`ServiceContext`). The host gives it an SPFI:
 * - SPFx web part: `spfi().using(SPFx(this.context), BrowserFetch())`
 * - local workbench: `spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), BrowserFetch())`
 * - tests and bench: `spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), LocalSharePoint(core))`
 * (`BrowserFetch()` replaces PnPjs's retrying fetch, which would re-send a create after a 503;
 * the service adds its own retry, see behaviors/ThrottlingRetry.ts).
 *
 * The service keeps each loaded plan (`service/PlanCache.ts`) so a save can validate against
 * the plan and resolve parent keys without reading again; the ETag sent is always the one on
 * the object the caller passes in.
 */
import { spfi, SPFI } from '@pnp/sp';
import type { PlanCopySummary } from '../model/planCopy';
import type { ReportingOccasion } from '../model/reportingDuties';
import type { RiskMatrix } from '../model/riskMatrix';
import type { Atgard, Avvikelse, FollowUp, Kontrollmoment, Omrade, Person, Plan, PlanData, Risk } from '../model/types';
import { AtgardRepository } from './atgarder/AtgardRepository';
import { AvvikelseRepository } from './avvikelser/AvvikelseRepository';
import { ThrottlingRetry, ThrottlingRetryOptions } from './behaviors/ThrottlingRetry';
import { UnavailableError } from './errors';
import { FollowUpRepository } from './followUps/FollowUpRepository';
import type {
  CopyPlanRequest,
  CurrentUser,
  Editable,
  EnsureListsProgress,
  HistoryTarget,
  IInternkontrollService,
  ImportProgress,
  ItemHistory,
  MatrixChangePreview,
  OwnReportShape,
  PlanSummary,
  ReportingDutiesRequest,
  PlanView,
  SavedFollowUp,
  Stored,
  StoredPlan,
  StoredReportShape,
  StoredSettings
} from './InternkontrollService';
import { KontrollmomentRepository } from './kontrollmoment/KontrollmomentRepository';
import { CreateRetryOptions, DEFAULT_CREATE_RETRY } from './ListRepository';
import { OmradeRepository } from './omraden/OmradeRepository';
import { PlanRepository } from './plans/PlanRepository';
import { RiskRepository } from './risks/RiskRepository';
import { CascadingDeletes } from './service/CascadingDeletes';
import { CreateGuard } from './service/CreateGuard';
import { readCurrentUser } from './service/currentUser';
import { EnsureSchema, ensureLists, ensureListsAndRolesWithProgress } from './service/ensureLists';
import { FollowUpSave } from './service/FollowUpSave';
import { ensurePerson, searchPeople } from './service/people';
import { addRoleMember, loadRoleMembers, removeRoleMember, type RoleMembers } from './service/RoleMembers';
import type { ProductRole } from './security/roles';
import { PlanCopy } from './service/PlanCopy';
import { loadReportingOccasions } from './service/ReportingDuties';
import { copyView, PlanCache } from './service/PlanCache';
import { PlanImport } from './service/PlanImport';
import { PlanSaves } from './service/PlanSaves';
import type { ReportShapes } from './service/ReportShapes';
import type { ServiceContext } from './service/ServiceContext';
import { SettingsService } from './service/SettingsService';
import { SettingsRepository } from './settings/SettingsRepository';

export { APPROVER_GROUP_TITLE } from './service/currentUser';
export type { EnsureSchema } from './service/ensureLists';
export { ensureListsAndRolesWithProgress, ensureSchemaWithProgress } from './service/ensureLists';

/** Options of the service. */
export interface InternkontrollServiceOptions {
  /** Retry of throttled requests (429/503 with Retry-After). */
  retry?: ThrottlingRetryOptions;
  /** Retry of creates after an ambiguous failure. */
  createRetry?: Partial<CreateRetryOptions>;
  /** First setup (lists, columns and roles); `ensureListsAndRolesWithProgress` by default. */
  ensureSchema?: EnsureSchema;
}

/** Creates the service on the host's SPFI. */
export function createInternkontrollService(sp: SPFI, options: InternkontrollServiceOptions = {}): IInternkontrollService {
  return new PnpInternkontrollService(sp, options);
}

/** The PnPjs implementation; see the module comment. */
export class PnpInternkontrollService implements IInternkontrollService {
  private readonly _ctx: ServiceContext;
  private readonly _ensureSchema: EnsureSchema;
  private readonly _settings: SettingsService;
  private readonly _planSaves: PlanSaves;
  private readonly _import: PlanImport;
  private readonly _followUps: FollowUpSave;
  private readonly _deletes: CascadingDeletes;
  private readonly _copy: PlanCopy;
  private _reportShapes: Promise<ReportShapes> | undefined;

  /** Creates the service; the retry behaviour is added to a copy of the host's SPFI. */
  public constructor(sp: SPFI, options: InternkontrollServiceOptions = {}) {
    const retried = spfi(sp).using(ThrottlingRetry(options.retry));
    const createRetry: CreateRetryOptions = { ...DEFAULT_CREATE_RETRY, ...options.createRetry };
    const repos = {
      plans: new PlanRepository(retried, createRetry),
      omraden: new OmradeRepository(retried, createRetry),
      risker: new RiskRepository(retried, createRetry),
      kontrollmoment: new KontrollmomentRepository(retried, createRetry),
      atgarder: new AtgardRepository(retried, createRetry),
      uppfoljningar: new FollowUpRepository(retried, createRetry),
      avvikelser: new AvvikelseRepository(retried, createRetry),
      settings: new SettingsRepository(retried, createRetry)
    };
    this._ctx = {
      sp: retried,
      repos,
      createRetry,
      plans: new PlanCache(retried, repos),
      creates: new CreateGuard(retried, createRetry)
    };
    this._ensureSchema = options.ensureSchema ?? ensureListsAndRolesWithProgress;
    this._settings = new SettingsService(this._ctx);
    this._planSaves = new PlanSaves(this._ctx, this._settings);
    this._import = new PlanImport(this._ctx, this._settings);
    this._followUps = new FollowUpSave(this._ctx);
    this._deletes = new CascadingDeletes(this._ctx);
    this._copy = new PlanCopy(this._ctx, this._import);
  }

  /** The SPFI the service sends through (host's behaviours plus the retry). */
  public get sp(): SPFI {
    return this._ctx.sp;
  }

  // ---- Users and lists ---------------------------------------------------------------------

  /** The signed-in user and the user's permissions (one batch). */
  public currentUser(): Promise<CurrentUser> {
    return readCurrentUser(this._ctx.sp);
  }

  /** Creates missing lists and columns, for users who may manage lists. */
  public ensureLists(onProgress?: (progress: EnsureListsProgress) => void): Promise<void> {
    return ensureLists(this._ctx.sp, this._ensureSchema, onProgress);
  }

  // ---- Plans -------------------------------------------------------------------------------

  /** All plans, newest year first. */
  public listPlans(): Promise<PlanSummary[]> {
    return this._ctx.repos.plans.summaries({ entity: 'plan', action: 'read' });
  }

  /** The plan view, loaded afresh (at most two round trips for up to 5 000 rows per list). */
  public async loadPlanView(planId: number): Promise<PlanView> {
    const loaded = await this._ctx.plans.load(planId);
    return copyView(loaded.view);
  }

  /** Saves the plan item and creates its new områden. */
  public savePlan(plan: Editable<Plan> | StoredPlan): Promise<StoredPlan> {
    return this._planSaves.savePlan(plan);
  }

  /** Creates the whole plan, level by level; on failure removes everything it created. */
  public importPlan(data: PlanData, onProgress?: (progress: ImportProgress) => void): Promise<PlanView> {
    return this._import.importPlan(data, onProgress);
  }

  // ---- Plan content ------------------------------------------------------------------------

  /** Creates or updates an område. */
  public saveOmrade(planId: number, omrade: Editable<Omrade>): Promise<Stored<Omrade>> {
    return this._planSaves.saveOmrade(planId, omrade);
  }

  /** Creates or updates a risk. */
  public saveRisk(planId: number, risk: Editable<Risk>): Promise<Stored<Risk>> {
    return this._planSaves.saveRisk(planId, risk);
  }

  /** Creates or updates a kontrollmoment. */
  public saveKontrollmoment(planId: number, kontrollmoment: Editable<Kontrollmoment>): Promise<Stored<Kontrollmoment>> {
    return this._planSaves.saveKontrollmoment(planId, kontrollmoment);
  }

  /** Creates or updates an åtgärd. */
  public saveAtgard(planId: number, atgard: Editable<Atgard>): Promise<Stored<Atgard>> {
    return this._planSaves.saveAtgard(planId, atgard);
  }

  /** Saves a follow-up and its complete set of avvikelser, all or nothing (`service/FollowUpSave.ts`). */
  public saveFollowUp(planId: number, followUp: Editable<FollowUp>, avvikelser: Editable<Avvikelse>[]): Promise<SavedFollowUp> {
    return this._followUps.saveFollowUp(planId, followUp, avvikelser);
  }

  // ---- Deletes -----------------------------------------------------------------------------

  /** Deletes the plan item, then every row of the plan. */
  public deletePlan(plan: StoredPlan | PlanSummary): Promise<void> {
    return this._deletes.deletePlan(plan);
  }

  /** Deletes an område; its risks lose their område. */
  public deleteOmrade(planId: number, omrade: Stored<Omrade>): Promise<void> {
    return this._deletes.deleteOmrade(planId, omrade);
  }

  /** Deletes a risk with everything under it. */
  public deleteRisk(planId: number, risk: Stored<Risk>): Promise<void> {
    return this._deletes.deleteRisk(planId, risk);
  }

  /** Deletes a kontrollmoment with its follow-ups and their avvikelser. */
  public deleteKontrollmoment(planId: number, kontrollmoment: Stored<Kontrollmoment>): Promise<void> {
    return this._deletes.deleteKontrollmoment(planId, kontrollmoment);
  }

  /** Deletes an åtgärd with its follow-ups and their avvikelser. */
  public deleteAtgard(planId: number, atgard: Stored<Atgard>): Promise<void> {
    return this._deletes.deleteAtgard(planId, atgard);
  }

  /** Deletes a follow-up with its avvikelser. */
  public deleteFollowUp(planId: number, followUp: Stored<FollowUp>): Promise<void> {
    return this._deletes.deleteFollowUp(planId, followUp);
  }

  /** Deletes one avvikelse. */
  public deleteAvvikelse(planId: number, avvikelse: Stored<Avvikelse>): Promise<void> {
    return this._deletes.deleteAvvikelse(planId, avvikelse);
  }

  // ---- Settings ----------------------------------------------------------------------------

  /** The organisation settings. */
  public loadSettings(): Promise<StoredSettings> {
    return this._settings.load();
  }

  /** Saves the organisation settings after the model's checks; a changed matrix reaches the plans using it. */
  public saveSettings(settings: StoredSettings): Promise<StoredSettings> {
    return this._settings.save(settings);
  }

  /** Which ratings would move level if the organisation's matrix became `matrix`. */
  public previewMatrixChange(matrix: RiskMatrix): Promise<MatrixChangePreview> {
    return this._settings.previewMatrixChange(matrix);
  }

  // ---- People, history, Att rapportera, copy -----------------------------------------------

  /** Site users whose name or e-mail contains the text. */
  public searchPeople(text: string): Promise<Person[]> {
    return searchPeople(this._ctx.sp, text);
  }

  /** The person with the e-mail or login, made a site user if needed. */
  public ensurePerson(loginOrEmail: string): Promise<Person> {
    return ensurePerson(this._ctx.sp, loginOrEmail);
  }

  /** The members of the product's groups (`service/RoleMembers.ts`). */
  public loadRoleMembers(): Promise<RoleMembers[]> {
    return loadRoleMembers(this._ctx.sp);
  }

  /** Puts the person in the role's group. */
  public addRoleMember(role: ProductRole, loginOrEmail: string): Promise<Person> {
    return addRoleMember(this._ctx.sp, role, loginOrEmail);
  }

  /** Takes the person out of the role's group. */
  public removeRoleMember(role: ProductRole, personId: number): Promise<void> {
    return removeRoleMember(this._ctx.sp, role, personId);
  }

  /** An item's history from SharePoint's version history. */
  public async loadItemHistory(target: HistoryTarget): Promise<ItemHistory> {
    // On demand: the history needs the list definitions (column names), not the first paint.
    const { loadItemHistory } = await import(/* webpackChunkName: 'ik-historik-data' */ './service/ItemHistory');
    return loadItemHistory(this._ctx.sp, target);
  }

  /** The reporting occasions of a person, or of everyone (`service/ReportingDuties.ts`). */
  public loadReportingDuties(request: ReportingDutiesRequest): Promise<ReportingOccasion[]> {
    return loadReportingOccasions(this._ctx.sp, request);
  }

  /** What a copy of the plan to the year would carry. */
  public previewPlanCopy(planId: number, year: number): Promise<PlanCopySummary> {
    return this._copy.previewCopy(planId, year);
  }

  /** Copies the plan to a later year, all or nothing. */
  public copyPlanToNextYear(planId: number, request: CopyPlanRequest, onProgress?: (progress: ImportProgress) => void): Promise<PlanView> {
    return this._copy.copyPlan(planId, request, onProgress);
  }

  // ---- Report shapes -----------------------------------------------------------------------

  /**
   * The report-shape capability, loaded the first time it is used: the validator and the
   * built-in shapes come with it (a chunk of its own in the web part's bundle).
   */
  private reportShapes(): Promise<ReportShapes> {
    if (!this._reportShapes) {
      this._reportShapes = import(/* webpackChunkName: 'ik-rapportformer-data' */ './service/ReportShapes').then(
        (module) => new module.ReportShapes(this._ctx),
        () => {
          // The chunk did not arrive (network): try again next time, and say so as a DataError.
          this._reportShapes = undefined;
          throw new UnavailableError();
        }
      );
    }
    return this._reportShapes;
  }

  /** The organisation's own report shapes, by name, each checked. */
  public async listReportShapes(): Promise<StoredReportShape[]> {
    return (await this.reportShapes()).list();
  }

  /** Validates, then creates or updates one of the organisation's own report shapes. */
  public async saveReportShape(shape: Editable<OwnReportShape>): Promise<StoredReportShape> {
    return (await this.reportShapes()).save(shape);
  }

  /** Deletes one of the organisation's own report shapes. */
  public async deleteReportShape(shape: StoredReportShape): Promise<void> {
    return (await this.reportShapes()).remove(shape);
  }
}
