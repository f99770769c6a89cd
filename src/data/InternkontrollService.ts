/**
 * The service the UI uses for everything stored in SharePoint. Hosts create the PnPjs
 * implementation (`createInternkontrollService(sp)` in `PnpInternkontrollService.ts`) from the
 * SPFI they own; components see only this interface, so they can be tested with any object
 * that fulfils it.
 *
 * Versions: everything read carries the item's `etag`. Pass the object you read back into a
 * save or delete unchanged apart from your edits: the data layer sends that ETag as `If-Match`,
 * and when someone else saved in between the call fails with `ConcurrencyError` (see errors.ts).
 *
 * Errors: every method rejects only with a `DataError` subclass (errors.ts), each with a
 * Swedish `message` and an English `messageEn`. Saves validate with the model's rules first;
 * bad input rejects with `ValidationFailedError` (its `issues` name the fields) and writes nothing.
 */
import type {
  Atgard,
  Avvikelse,
  Entity,
  FollowUp,
  Kontrollmoment,
  Omrade,
  OrganisationSettings,
  Plan,
  PlanData,
  Risk
} from '../model/types';
import type { PlanStatus } from '../model/choices';
import type { LevelMove } from '../model/matrixImpact';
import type { PlanCopySummary } from '../model/planCopy';
import type { ReportingOccasion } from '../model/reportingDuties';
import type { RiskMatrix } from '../model/riskMatrix';
import type { Person } from '../model/types';
import type { HistoryTarget, ItemHistory } from './history/historyTypes';
import type { ProductRole } from './security/roles';
import type { RoleMembers } from './service/RoleMembers';

export type { RoleMembers } from './service/RoleMembers';
export type { ProductRole } from './security/roles';
export type { HistoryChange, HistoryEditor, HistoryEntry, HistoryTarget, HistoryValueKind, ItemHistory } from './history/historyTypes';
import type { ReportShapeIssue } from '../reports/shape/issues';
import type { ReportShape } from '../reports/shape/types';

/** An entity as read from SharePoint: its item id and the ETag of the version read. */
export type Stored<T extends Entity> = T & {
  /** SharePoint item id. */
  id: number;
  /** ETag of the version read, e.g. `"3"`; sent back as If-Match on update and delete. */
  etag: string;
};

/** An entity not saved yet: no id, no ETag. Its `key` must be new (see `newKey`). */
export type Unsaved<T extends Entity> = T & { id?: undefined; etag?: undefined };

/** What a save accepts: a new entity, or a stored one carrying the ETag it was read with. */
export type Editable<T extends Entity> = Unsaved<T> | Stored<T>;

/** A stored plan; its områden are stored items of their own. */
export type StoredPlan = Stored<Omit<Plan, 'omraden'>> & {
  /** The plan's områden, in `ordning`. */
  omraden: Stored<Omrade>[];
};

/** A plan and everything in it, as loaded in one go (see `loadPlanView`). */
export interface PlanView extends PlanData {
  /** The plan with its områden. */
  plan: StoredPlan;
  /** Risks, by `nr`. */
  risker: Stored<Risk>[];
  /** Kontrollmoment, by `nr`. */
  kontrollmoment: Stored<Kontrollmoment>[];
  /** Åtgärder, in creation order. */
  atgarder: Stored<Atgard>[];
  /** Follow-ups of every period. */
  uppfoljningar: Stored<FollowUp>[];
  /** Avvikelser of every follow-up. */
  avvikelser: Stored<Avvikelse>[];
}

/** One row of the plan list: enough to choose a plan without loading it. */
export interface PlanSummary {
  /** SharePoint item id of the plan. */
  id: number;
  /** The plan's key. */
  key: string;
  /** ETag of the plan item. */
  etag: string;
  /** The nämnd. */
  namnd: string;
  /** The förvaltning. */
  forvaltning?: string;
  /** The plan's year. */
  ar: number;
  /** Diarienummer. */
  diarienummer?: string;
  /** Life-cycle status. */
  status: PlanStatus;
}

/** A follow-up saved together with its avvikelser. */
export interface SavedFollowUp {
  /** The follow-up as stored. */
  followUp: Stored<FollowUp>;
  /** Its avvikelser as stored, in the order given. */
  avvikelser: Stored<Avvikelse>[];
}

/** The organisation settings as stored (one item in IKInstallningar). */
export type StoredSettings = OrganisationSettings & {
  /** Item id; undefined while the organisation has saved no settings yet. */
  id?: number;
  /** ETag of the settings item; undefined while none is saved. */
  etag?: string;
};

/**
 * One of the organisation's own report shapes (list IKRapportformer). The shape is the JSON
 * the format describes (docs/report-shapes.md); its `shape.id` is unique among the built-in
 * shapes and the organisation's own. `key` is the item's IdempotencyKey (`newKey()` once per
 * new shape), `id` the item id once stored.
 */
export interface OwnReportShape extends Entity {
  /** The shape. */
  shape: ReportShape;
}

/** An own report shape as read from SharePoint. */
export type StoredReportShape = Stored<OwnReportShape> & {
  /**
   * What is wrong with the stored shape, at its paths (e.g. edited in SharePoint's own list
   * view, or written for a format that has changed since); empty when it is valid. A shape with
   * issues is listed so a samordnare can mend or remove it, but no report is built from it.
   */
  issues: ReportShapeIssue[];
};

/** The product's lists, by the keys the UI uses (`LIST_TITLES` in the schema names them). */
export type ProductListKey =
  | 'planer'
  | 'omraden'
  | 'risker'
  | 'kontrollmoment'
  | 'atgarder'
  | 'uppfoljningar'
  | 'avvikelser'
  | 'installningar'
  | 'rapportformer'
  | 'godkannare'
  | 'ersattare'
  | 'godkannanden'
  | 'beslut'
  | 'ogonblicksbilder';

/** What a user may do with the items of one list, as SharePoint's effective permissions say. */
export interface ListPermissions {
  /** May read the items. */
  view: boolean;
  /** May create items. */
  add: boolean;
  /** May change items. */
  edit: boolean;
  /** May delete items. */
  delete: boolean;
}

/** The signed-in user and what the user may do. */
export interface CurrentUser {
  /** SharePoint user id on the site. */
  id: number;
  /** Login name, e.g. `i:0#.f|membership|anna@kommun.se`. */
  loginName: string;
  /** Display name. */
  title: string;
  /** E-mail address, when SharePoint knows it. */
  email?: string;
  /**
   * What SharePoint lets the user do with each of the product's lists (the user's effective
   * permissions on it). The flags below are read from these.
   */
  permissions: Record<ProductListKey, ListPermissions>;
  /** May create and edit plans (IKPlaner: add and edit) — the samordnare's work. */
  canEdit: boolean;
  /** May record follow-ups, avvikelser and period re-ratings (add and edit on both lists) — the rapportör's work. */
  canFollowUp: boolean;
  /** May approve a period's follow-up before it goes to the nämnd (the godkännare group). */
  isApprover: boolean;
  /** May create the lists and set up their permissions (Manage Lists and Manage Permissions on the site: a site owner). */
  canManage: boolean;
}

/** Progress of `ensureLists`, one call per step. */
export interface EnsureListsProgress {
  /** Steps done so far, 0 … total. */
  done: number;
  /** Steps in all. */
  total: number;
  /** Swedish description of the step, e.g. "Skapar listan Kontrollmoment". */
  message: string;
  /** English description of the step. */
  messageEn: string;
}

/** Progress of a long create (an import or a copy of a plan), one call per level and one when done. */
export interface ImportProgress {
  /** Rows created so far, 0 … total. */
  done: number;
  /** Rows in all. */
  total: number;
  /** Swedish description of the step, e.g. "Skapar 12 risker". */
  message: string;
  /** English description of the step. */
  messageEn: string;
}

/** What "Kopiera till nästa år" is asked for. */
export interface CopyPlanRequest {
  /** The new plan's year; later than the plan's, within the model's year range. */
  year: number;
  /** The new plan's diarienummer, when already known (checked against the organisation's pattern). */
  diarienummer?: string;
}

/** What changing the organisation's matrix would do: the ratings that move, per plan that uses it. */
export interface MatrixChangePreview {
  /** The utkast and beslutade plans that use the organisation's matrix, each with its moves (possibly none). */
  plans: Array<{ planId: number; label: string; status: PlanStatus; moves: LevelMove[] }>;
  /** Avslutade plans that used it: they keep the matrix they were rated with. */
  closedPlans: number;
  /** Plans with a matrix of their own: not affected. */
  ownMatrixPlans: number;
  /** True when a rating would fall outside the changed matrix: saving is refused. */
  blocked: boolean;
}

/** What "Att rapportera" is asked for. */
export interface ReportingDutiesRequest {
  /** Today, "YYYY-MM-DD": decides the current period and what is overdue. */
  today: string;
  /** Whose duties: the signed-in user's id; undefined for everyone's (the samordnare's overview). */
  personId?: number;
}

/** Everything the UI reads and writes. All methods reject only with `DataError`s. */
export interface IInternkontrollService {
  /** The signed-in user and the user's permissions on the product's lists. */
  currentUser(): Promise<CurrentUser>;

  /**
   * Creates any missing list or column of the schema and sets up the product's roles (its
   * groups and each list's permissions; idempotent); for site owners on first use. Rejects
   * with `PermissionError` for users who may not manage lists and permissions.
   */
  ensureLists(onProgress?: (progress: EnsureListsProgress) => void): Promise<void>;

  /** All plans on the site, newest year first. */
  listPlans(): Promise<PlanSummary[]>;

  /**
   * The plan with all its områden, risks, kontrollmoment, åtgärder, follow-ups (all periods)
   * and avvikelser, in at most two HTTP round trips (plus one per 5 000 rows of one list).
   * Rejects with `NotFoundError` when the plan does not exist.
   */
  loadPlanView(planId: number): Promise<PlanView>;

  /**
   * Creates or updates the plan's own item (nämnd, year, matrix, periods …). New områden in
   * `plan.omraden` (those without id) are created with it; change or remove existing
   * områden with `saveOmrade` / `deleteOmrade`.
   */
  savePlan(plan: Editable<Plan> | StoredPlan): Promise<StoredPlan>;

  /**
   * Creates a whole plan with everything in it in as few batches as possible (import, copy of
   * last year's plan, demo data). All or nothing: on failure every created item is removed.
   */
  importPlan(data: PlanData, onProgress?: (progress: ImportProgress) => void): Promise<PlanView>;

  /** Creates or updates an område of the plan. */
  saveOmrade(planId: number, omrade: Editable<Omrade>): Promise<Stored<Omrade>>;

  /** Creates or updates a risk of the plan. */
  saveRisk(planId: number, risk: Editable<Risk>): Promise<Stored<Risk>>;

  /** Creates or updates a kontrollmoment of the plan. */
  saveKontrollmoment(planId: number, kontrollmoment: Editable<Kontrollmoment>): Promise<Stored<Kontrollmoment>>;

  /** Creates or updates an åtgärd of the plan. */
  saveAtgard(planId: number, atgard: Editable<Atgard>): Promise<Stored<Atgard>>;

  /**
   * Saves a follow-up with its avvikelser: `avvikelser` is the follow-up's complete set after
   * the edit (new ones are created, stored ones updated, stored ones left out are deleted).
   * New items are all or nothing: if any write fails, the items this call created are removed.
   */
  saveFollowUp(
    planId: number,
    followUp: Editable<FollowUp>,
    avvikelser: Editable<Avvikelse>[]
  ): Promise<SavedFollowUp>;

  /** Deletes the plan and everything in it. */
  deletePlan(plan: StoredPlan | PlanSummary): Promise<void>;

  /** Deletes an område; its risks stay, without område. */
  deleteOmrade(planId: number, omrade: Stored<Omrade>): Promise<void>;

  /** Deletes a risk with its kontrollmoment, åtgärder, follow-ups and avvikelser. */
  deleteRisk(planId: number, risk: Stored<Risk>): Promise<void>;

  /** Deletes a kontrollmoment with its follow-ups and their avvikelser. */
  deleteKontrollmoment(planId: number, kontrollmoment: Stored<Kontrollmoment>): Promise<void>;

  /** Deletes an åtgärd with its follow-ups and their avvikelser. */
  deleteAtgard(planId: number, atgard: Stored<Atgard>): Promise<void>;

  /** Deletes a follow-up with its avvikelser. */
  deleteFollowUp(planId: number, followUp: Stored<FollowUp>): Promise<void>;

  /** Deletes one avvikelse. */
  deleteAvvikelse(planId: number, avvikelse: Stored<Avvikelse>): Promise<void>;

  /** The organisation's settings (empty when none are saved yet). */
  loadSettings(): Promise<StoredSettings>;

  /**
   * Saves the organisation's settings; site owners only. A changed default matrix is also
   * written to the utkast and beslutade plans that use it (see `previewMatrixChange`); it is
   * refused while a rating would fall outside it, and undone everywhere if a plan's update fails.
   */
  saveSettings(settings: StoredSettings): Promise<StoredSettings>;

  // ---- Settings, Att rapportera, history, copy to next year ------------------------------

  /** Which ratings in the plans using the organisation's matrix would move level if it became `matrix`. */
  previewMatrixChange(matrix: RiskMatrix): Promise<MatrixChangePreview>;

  /** Site users (people) whose name or e-mail contains the text: at most 20; none for fewer than 2 characters. */
  searchPeople(text: string): Promise<Person[]>;

  /** The person with the e-mail address or login, made a site user if needed (`ensureuser`). */
  ensurePerson(loginOrEmail: string): Promise<Person>;

  /** Who holds each of the product's roles: the members of its three SharePoint groups. */
  loadRoleMembers(): Promise<RoleMembers[]>;

  /**
   * Puts the person (e-mail address or login; made a site user if needed) in the role's group.
   * SharePoint refuses it unless the user owns the group or may manage the site's permissions.
   */
  addRoleMember(role: ProductRole, loginOrEmail: string): Promise<Person>;

  /** Takes the person (site user id) out of the role's group; SharePoint's rules as for adding. */
  removeRoleMember(role: ProductRole, personId: number): Promise<void>;

  /** An item's history from SharePoint's version history, as field-level changes, newest first. */
  loadItemHistory(target: HistoryTarget): Promise<ItemHistory>;

  /**
   * What must be reported across the beslutade plans of this year and last: every reporting
   * occasion of the person (as ansvarig or rapporteringsansvarig), or of everyone.
   */
  loadReportingDuties(request: ReportingDutiesRequest): Promise<ReportingOccasion[]>;

  /** What a copy of the plan to `year` would carry and leave behind; writes nothing. */
  previewPlanCopy(planId: number, year: number): Promise<PlanCopySummary>;

  /**
   * A new utkast plan for `request.year` from the plan: områden, risks with their latest
   * rating, kontrollmoment and open åtgärder, each keeping its origin's key; follow-ups and
   * avvikelser stay. All or nothing, with progress.
   */
  copyPlanToNextYear(planId: number, request: CopyPlanRequest, onProgress?: (progress: ImportProgress) => void): Promise<PlanView>;

  /**
   * The organisation's own report shapes (list IKRapportformer), by name. The built-in shapes
   * are not stored; `allReportShapes` (src/reports) lists both, built-in first.
   */
  listReportShapes(): Promise<StoredReportShape[]>;

  /**
   * Creates or updates one of the organisation's own report shapes. Checked first with
   * `validateReportShape`, its id against the built-in shapes and the other own ones; bad input
   * rejects with `ValidationFailedError` whose issues carry the path inside the shape as
   * `field` (`tabeller[0].kolumner[2].falt`) and messages that start with it, and nothing is
   * written. SharePoint refuses users outside the samordnare group (`PermissionError`), a stale
   * ETag (`ConcurrencyError`) and a second shape with the same id (`DuplicateValuesError`).
   */
  saveReportShape(shape: Editable<OwnReportShape>): Promise<StoredReportShape>;

  /** Deletes one of the organisation's own report shapes (ETag as If-Match). */
  deleteReportShape(shape: StoredReportShape): Promise<void>;
}

/**
 * A new random key (GUID, 8-4-4-4-12 lower-case hex) for an entity created in the UI. The key
 * doubles as the item's IdempotencyKey, so it must be made once per new entity and kept across
 * retries of the same save.
 */
export function newKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  // RFC 4122 version 4, variant 1.
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex: string[] = [];
  bytes.forEach((byte) => hex.push((byte + 0x100).toString(16).slice(1)));
  return (
    hex.slice(0, 4).join('') +
    '-' +
    hex.slice(4, 6).join('') +
    '-' +
    hex.slice(6, 8).join('') +
    '-' +
    hex.slice(8, 10).join('') +
    '-' +
    hex.slice(10, 16).join('')
  );
}
