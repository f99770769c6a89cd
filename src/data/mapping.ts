/**
 * Pure mapping between SharePoint list items (REST JSON) and the model. No PnPjs here: the
 * repositories send what `…ToFields` returns and hand what they read to `…FromItem`.
 *
 * References: the model links children to parents by key, SharePoint by lookup id. A
 * `PlanRefs` holds both directions for one plan; it is filled while a plan view loads (parents
 * before children) and kept up to date by the saves.
 */
import type {
  Atgard,
  Avvikelse,
  FollowUp,
  FollowUpTargetType,
  Kontrollmoment,
  Omrade,
  OrganisationSettings,
  Plan,
  Risk
} from '../model/types';
import type { FollowUpStatus, PlanStatus, Resultat } from '../model/choices';
import type { Period } from '../model/periods';
import type { RiskMatrix, RiskRating } from '../model/riskMatrix';
import { SHAREPOINT_TEXT_MAX } from '../model/limits';
import { richTextToPlainText } from '../model/richText';
import { AVSTAMNINGSDATUM_SEPARATOR, OBJEKTTYP_VALUES } from './schema/lists';
import type { Stored, StoredPlan, StoredSettings, PlanSummary } from './InternkontrollService';

/** A list item as SharePoint REST returns it: field internal names to JSON values. */
export type ListItemJson = Record<string, unknown>;

/**
 * Field values to write. `undefined` never goes out: a cleared field is sent as `null`, which
 * is how SharePoint REST empties a column. Typed as unknown so no null appears in the API.
 */
export type ItemFields = Record<string, unknown>;

/** Both directions between model keys and item ids for one kind of entity. */
export class KeyIndex {
  private readonly _idByKey: Map<string, number> = new Map();
  private readonly _keyById: Map<number, string> = new Map();

  /** Records that the entity with the key is stored as the item with the id. */
  public set(key: string, id: number): void {
    const oldId = this._idByKey.get(key);
    if (oldId !== undefined) {
      this._keyById.delete(oldId);
    }
    this._idByKey.set(key, id);
    this._keyById.set(id, key);
  }

  /** Forgets the entity (after a delete). */
  public deleteKey(key: string): void {
    const id = this._idByKey.get(key);
    if (id !== undefined) {
      this._keyById.delete(id);
    }
    this._idByKey.delete(key);
  }

  /** The item id of a key, or undefined when the entity is not stored. */
  public idOf(key: string | undefined): number | undefined {
    return key === undefined ? undefined : this._idByKey.get(key);
  }

  /** The key of an item id, or undefined when the item is not known. */
  public keyOf(id: number | undefined): string | undefined {
    return id === undefined ? undefined : this._keyById.get(id);
  }
}

/** The key ⇄ id indexes of one plan. */
export interface PlanRefs {
  /** The plan's item id. */
  planId: number;
  /** Områden. */
  omraden: KeyIndex;
  /** Risks. */
  risker: KeyIndex;
  /** Kontrollmoment. */
  kontrollmoment: KeyIndex;
  /** Åtgärder. */
  atgarder: KeyIndex;
  /** Follow-ups. */
  uppfoljningar: KeyIndex;
  /** Names of risks, kontrollmoment and åtgärder by key, for follow-up titles and messages. */
  names: Map<string, string>;
}

/** Empty indexes for a plan. */
export function createPlanRefs(planId: number): PlanRefs {
  return {
    planId,
    omraden: new KeyIndex(),
    risker: new KeyIndex(),
    kontrollmoment: new KeyIndex(),
    atgarder: new KeyIndex(),
    uppfoljningar: new KeyIndex(),
    names: new Map<string, string>()
  };
}

/** Thrown by a mapper when a parent it must point at is not stored yet; a programming error. */
export class UnresolvedReferenceError extends Error {
  /** Creates the error naming what was not found. */
  public constructor(what: string, key: string) {
    super(`${what} with key "${key}" is not stored in this plan`);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'UnresolvedReferenceError';
  }
}

/** Thrown when a stored JSON column cannot be read. */
export class StoredJsonError extends Error {
  /** Creates the error naming the column and the item. */
  public constructor(column: string, itemId: number) {
    super(`Column ${column} of item ${itemId} does not hold valid JSON`);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'StoredJsonError';
  }
}

// ---- Field value helpers -------------------------------------------------------------------

/** SharePoint REST's empty value; written for cleared fields only. */
// eslint-disable-next-line @rushstack/no-new-null
const EMPTY: null = null;

/** The value to write for an optional field: the value, or SharePoint's empty value. */
export function orEmpty(value: string | number | boolean | undefined): unknown {
  return value === undefined || value === '' ? EMPTY : value;
}

/** A text field read from an item; empty and missing both become undefined. */
export function readText(item: ListItemJson, field: string): string | undefined {
  const value = item[field];
  if (typeof value === 'string') {
    return value === '' ? undefined : value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return undefined;
}

/** A number field read from an item (SharePoint sends numbers, some proxies strings). */
export function readNumber(item: ListItemJson, field: string): number | undefined {
  const value = item[field];
  if (typeof value === 'number') {
    return isFinite(value) ? value : undefined;
  }
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

/** A Yes/No field read from an item. */
export function readBoolean(item: ListItemJson, field: string): boolean {
  const value = item[field];
  return value === true || value === 1 || value === '1' || value === 'true' || value === 'True';
}

/** A lookup id read from an item (`<Field>Id`); 0 and missing mean none. */
export function readLookupId(item: ListItemJson, field: string): number | undefined {
  const id = readNumber(item, field + 'Id');
  return id === undefined || id <= 0 ? undefined : id;
}

/** The item id. */
export function readId(item: ListItemJson): number {
  const id = readNumber(item, 'Id') ?? readNumber(item, 'ID');
  if (id === undefined) {
    throw new Error('List item without Id');
  }
  return id;
}

/**
 * The item's ETag as SharePoint sends it in the JSON (minimal metadata `odata.etag`, OData 4
 * `@odata.etag`, verbose `__metadata.etag`), e.g. `"3"`. Empty when the response had none.
 */
export function readETag(item: ListItemJson): string {
  const minimal = item['odata.etag'] ?? item['@odata.etag'];
  if (typeof minimal === 'string') {
    return minimal;
  }
  const metadata = item.__metadata;
  if (metadata && typeof metadata === 'object') {
    const etag = (metadata as Record<string, unknown>).etag;
    if (typeof etag === 'string') {
      return etag;
    }
  }
  return '';
}

/**
 * A date to write to a date-only column. Midnight UTC: SharePoint stores it as is, or (on a
 * site whose zone is east of UTC, as Swedish sites are) as local midnight of the same day,
 * which `fromSharePointDate` reads back as the same day.
 */
export function toSharePointDate(date: string | undefined): unknown {
  return date === undefined || date === '' ? EMPTY : `${date}T00:00:00Z`;
}

/**
 * The day of a date-only value read from SharePoint. SharePoint returns the instant in UTC,
 * e.g. "2024-04-30T22:00:00Z" for 1 May on a Stockholm site, so the instant is rounded to the
 * nearest midnight UTC; correct for site zones from UTC−11 to UTC+11.
 */
export function fromSharePointDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') {
    return undefined;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return value;
  }
  const time = Date.parse(value);
  if (isNaN(time)) {
    return undefined;
  }
  const day = 86400000;
  return new Date(Math.round(time / day) * day).toISOString().slice(0, 10);
}

/** Dates joined for the Avstamningsdatum text column; undefined or none gives empty. */
export function joinDates(dates: string[] | undefined): unknown {
  return dates === undefined || dates.length === 0 ? EMPTY : dates.join(AVSTAMNINGSDATUM_SEPARATOR);
}

/** Dates read from the Avstamningsdatum text column; separators a user may type are accepted. */
export function splitDates(text: string | undefined): string[] {
  if (text === undefined) {
    return [];
  }
  return text
    .split(/[,;\s]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** One line of plain text for a Title column: no markup, single spaces, at most 255 characters. */
export function titleText(text: string | undefined, fallback: string): string {
  const plain = richTextToPlainText(text).replace(/\s+/g, ' ').trim();
  const value = plain === '' ? fallback : plain;
  return value.length > SHAREPOINT_TEXT_MAX ? value.slice(0, SHAREPOINT_TEXT_MAX - 1) + '…' : value;
}

/** Parses a JSON column; throws StoredJsonError when it is missing or not JSON. */
function readJson<T>(item: ListItemJson, field: string): T {
  const text = readText(item, field);
  if (text === undefined) {
    throw new StoredJsonError(field, readId(item));
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new StoredJsonError(field, readId(item));
  }
}

/** The entity's key from IdempotencyKey; items made outside the app get one from their id. */
export function readKey(item: ListItemJson): string {
  return readText(item, 'IdempotencyKey') ?? `sp-${readId(item)}`;
}

/** Key of a parent for a lookup id; a parent missing from the plan keeps a visible placeholder. */
function keyForLookup(index: KeyIndex, id: number | undefined): string | undefined {
  if (id === undefined) {
    return undefined;
  }
  return index.keyOf(id) ?? `saknas-${id}`;
}

/** The lookup id for a parent key; throws when the parent is not stored. */
function requireId(index: KeyIndex, key: string, what: string): number {
  const id = index.idOf(key);
  if (id === undefined) {
    throw new UnresolvedReferenceError(what, key);
  }
  return id;
}

/** Copies the stored identity onto a model object. */
function stored<T extends object>(entity: T, item: ListItemJson): T & { id: number; etag: string } {
  return { ...entity, id: readId(item), etag: readETag(item) };
}

/** Removes properties whose value is undefined, so mapped objects compare equal to inputs. */
function compact<T extends object>(value: T): T {
  const out = {} as T;
  (Object.keys(value) as Array<keyof T>).forEach((name) => {
    if (value[name] !== undefined) {
      out[name] = value[name];
    }
  });
  return out;
}

// ---- Plans ---------------------------------------------------------------------------------

/** The columns a plan item is read with. */
export const PLAN_SELECT: readonly string[] = [
  'Id',
  'Title',
  'Namnd',
  'Forvaltning',
  'Ar',
  'Diarienummer',
  'PlanStatus',
  'Beslutsdatum',
  'RiskMatrix',
  'Perioder',
  'IdempotencyKey'
];

/** The columns of the plan list view (no JSON columns). */
export const PLAN_SUMMARY_SELECT: readonly string[] = ['Id', 'Namnd', 'Forvaltning', 'Ar', 'Diarienummer', 'PlanStatus', 'IdempotencyKey'];

/** The plan item's Title, e.g. "Internkontrollplan 2025 Socialnämnden". */
export function planTitle(plan: Pick<Plan, 'ar' | 'namnd'>): string {
  return titleText(`Internkontrollplan ${plan.ar} ${plan.namnd}`, 'Internkontrollplan');
}

/** Field values of a plan item (its områden are items of their own). */
export function planToFields(plan: Omit<Plan, 'omraden'>): ItemFields {
  return {
    Title: planTitle(plan),
    Namnd: plan.namnd,
    Forvaltning: orEmpty(plan.forvaltning),
    Ar: plan.ar,
    Diarienummer: orEmpty(plan.diarienummer),
    PlanStatus: plan.status,
    Beslutsdatum: toSharePointDate(plan.beslutsdatum),
    RiskMatrix: JSON.stringify(plan.riskMatrix),
    Perioder: JSON.stringify(plan.perioder),
    IdempotencyKey: plan.key
  };
}

/** A stored plan from its item and its områden (already mapped, in any order). */
export function planFromItem(item: ListItemJson, omraden: Stored<Omrade>[]): StoredPlan {
  const plan = compact({
    key: readKey(item),
    namnd: readText(item, 'Namnd') ?? '',
    forvaltning: readText(item, 'Forvaltning'),
    ar: readNumber(item, 'Ar') ?? 0,
    diarienummer: readText(item, 'Diarienummer'),
    status: (readText(item, 'PlanStatus') ?? 'Utkast') as PlanStatus,
    beslutsdatum: fromSharePointDate(item.Beslutsdatum),
    riskMatrix: readJson<RiskMatrix>(item, 'RiskMatrix'),
    perioder: readJson<Period[]>(item, 'Perioder')
  });
  return { ...stored(plan, item), omraden: omraden.slice().sort((a, b) => a.ordning - b.ordning) };
}

/** A row of the plan list. */
export function planSummaryFromItem(item: ListItemJson): PlanSummary {
  return compact({
    id: readId(item),
    key: readKey(item),
    etag: readETag(item),
    namnd: readText(item, 'Namnd') ?? '',
    forvaltning: readText(item, 'Forvaltning'),
    ar: readNumber(item, 'Ar') ?? 0,
    diarienummer: readText(item, 'Diarienummer'),
    status: (readText(item, 'PlanStatus') ?? 'Utkast') as PlanStatus
  });
}

// ---- Områden -------------------------------------------------------------------------------

/** The columns an område item is read with. */
export const OMRADE_SELECT: readonly string[] = ['Id', 'Title', 'PlanId', 'Beskrivning', 'Sortering', 'IdempotencyKey'];

/** Field values of an område item. */
export function omradeToFields(omrade: Omrade, refs: PlanRefs): ItemFields {
  return {
    Title: titleText(omrade.namn, 'Område'),
    PlanId: refs.planId,
    Beskrivning: orEmpty(omrade.beskrivning),
    Sortering: omrade.ordning,
    IdempotencyKey: omrade.key
  };
}

/** A stored område from its item. */
export function omradeFromItem(item: ListItemJson): Stored<Omrade> {
  return stored(
    compact({
      key: readKey(item),
      namn: readText(item, 'Title') ?? '',
      beskrivning: readText(item, 'Beskrivning'),
      ordning: readNumber(item, 'Sortering') ?? 1
    }),
    item
  );
}

// ---- Risks ---------------------------------------------------------------------------------

/** The columns a risk item is read with. */
export const RISK_SELECT: readonly string[] = [
  'Id',
  'Title',
  'PlanId',
  'OmradeId',
  'Nr',
  'Beskrivning',
  'Obligatorisk',
  'Sannolikhet',
  'Konsekvens',
  'IdempotencyKey'
];

/** Field values of a risk item. */
export function riskToFields(risk: Risk, refs: PlanRefs): ItemFields {
  return {
    Title: titleText(risk.titel, `Risk ${risk.nr}`),
    PlanId: refs.planId,
    OmradeId: risk.omradeKey === undefined ? EMPTY : requireId(refs.omraden, risk.omradeKey, 'Område'),
    Nr: risk.nr,
    Beskrivning: orEmpty(risk.beskrivning),
    Obligatorisk: risk.obligatorisk,
    Sannolikhet: orEmpty(risk.sannolikhet),
    Konsekvens: orEmpty(risk.konsekvens),
    IdempotencyKey: risk.key
  };
}

/** A stored risk from its item; the område key comes from the plan's index. */
export function riskFromItem(item: ListItemJson, refs: PlanRefs): Stored<Risk> {
  return stored(
    compact({
      key: readKey(item),
      nr: readNumber(item, 'Nr') ?? 0,
      omradeKey: keyForLookup(refs.omraden, readLookupId(item, 'Omrade')),
      titel: readText(item, 'Title') ?? '',
      beskrivning: readText(item, 'Beskrivning'),
      obligatorisk: readBoolean(item, 'Obligatorisk'),
      sannolikhet: readNumber(item, 'Sannolikhet'),
      konsekvens: readNumber(item, 'Konsekvens')
    }),
    item
  );
}

// ---- Kontrollmoment ------------------------------------------------------------------------

/** The columns a kontrollmoment item is read with. */
export const KONTROLLMOMENT_SELECT: readonly string[] = [
  'Id',
  'PlanId',
  'RiskId',
  'Nr',
  'Beskrivning',
  'Kortnamn',
  'Kontrollmetod',
  'Ansvarig',
  'Rapporteringsansvarig',
  'Frekvens',
  'Obligatorisk',
  'Startdatum',
  'Avstamningsdatum',
  'Slutdatum',
  'IdempotencyKey'
];

/** The kontrollmoment item's Title: "3. Uppföljning av insatser" (kortnamn, else the description). */
export function kontrollmomentTitle(km: Pick<Kontrollmoment, 'nr' | 'kortnamn' | 'beskrivning'>): string {
  const text = km.kortnamn !== undefined && km.kortnamn !== '' ? km.kortnamn : km.beskrivning;
  return titleText(`${km.nr}. ${richTextToPlainText(text)}`, `Kontrollmoment ${km.nr}`);
}

/** Field values of a kontrollmoment item. */
export function kontrollmomentToFields(km: Kontrollmoment, refs: PlanRefs): ItemFields {
  return {
    Title: kontrollmomentTitle(km),
    PlanId: refs.planId,
    RiskId: requireId(refs.risker, km.riskKey, 'Risk'),
    Nr: km.nr,
    Beskrivning: km.beskrivning,
    Kortnamn: orEmpty(km.kortnamn),
    Kontrollmetod: orEmpty(km.kontrollmetod),
    Ansvarig: orEmpty(km.ansvarig),
    Rapporteringsansvarig: orEmpty(km.rapporteringsansvarig),
    Frekvens: orEmpty(km.frekvens),
    Obligatorisk: km.obligatorisk,
    Startdatum: toSharePointDate(km.startdatum),
    Avstamningsdatum: joinDates(km.avstamningsdatum),
    Slutdatum: toSharePointDate(km.slutdatum),
    IdempotencyKey: km.key
  };
}

/** A stored kontrollmoment from its item. */
export function kontrollmomentFromItem(item: ListItemJson, refs: PlanRefs): Stored<Kontrollmoment> {
  const avstamning = splitDates(readText(item, 'Avstamningsdatum'));
  return stored(
    compact({
      key: readKey(item),
      riskKey: keyForLookup(refs.risker, readLookupId(item, 'Risk')) ?? '',
      nr: readNumber(item, 'Nr') ?? 0,
      beskrivning: readText(item, 'Beskrivning') ?? '',
      kortnamn: readText(item, 'Kortnamn'),
      kontrollmetod: readText(item, 'Kontrollmetod'),
      ansvarig: readText(item, 'Ansvarig'),
      rapporteringsansvarig: readText(item, 'Rapporteringsansvarig'),
      frekvens: readText(item, 'Frekvens'),
      obligatorisk: readBoolean(item, 'Obligatorisk'),
      startdatum: fromSharePointDate(item.Startdatum),
      avstamningsdatum: avstamning.length > 0 ? avstamning : undefined,
      slutdatum: fromSharePointDate(item.Slutdatum)
    }),
    item
  );
}

// ---- Åtgärder ------------------------------------------------------------------------------

/** The columns an åtgärd item is read with. */
export const ATGARD_SELECT: readonly string[] = [
  'Id',
  'Title',
  'PlanId',
  'RiskId',
  'Detaljer',
  'Ansvarig',
  'Rapporteringsansvarig',
  'Startdatum',
  'Avstamningsdatum',
  'Slutdatum',
  'AtgardStatus',
  'IdempotencyKey'
];

/** Field values of an åtgärd item. */
export function atgardToFields(atgard: Atgard, refs: PlanRefs): ItemFields {
  return {
    Title: titleText(atgard.beskrivning, 'Åtgärd'),
    PlanId: refs.planId,
    RiskId: requireId(refs.risker, atgard.riskKey, 'Risk'),
    Detaljer: orEmpty(atgard.detaljer),
    Ansvarig: orEmpty(atgard.ansvarig),
    Rapporteringsansvarig: orEmpty(atgard.rapporteringsansvarig),
    Startdatum: toSharePointDate(atgard.startdatum),
    Avstamningsdatum: joinDates(atgard.avstamningsdatum),
    Slutdatum: toSharePointDate(atgard.slutdatum),
    AtgardStatus: atgard.status,
    IdempotencyKey: atgard.key
  };
}

/** A stored åtgärd from its item. */
export function atgardFromItem(item: ListItemJson, refs: PlanRefs): Stored<Atgard> {
  return stored(
    compact({
      key: readKey(item),
      riskKey: keyForLookup(refs.risker, readLookupId(item, 'Risk')) ?? '',
      beskrivning: readText(item, 'Title') ?? '',
      detaljer: readText(item, 'Detaljer'),
      ansvarig: readText(item, 'Ansvarig'),
      rapporteringsansvarig: readText(item, 'Rapporteringsansvarig'),
      startdatum: fromSharePointDate(item.Startdatum),
      avstamningsdatum: splitDates(readText(item, 'Avstamningsdatum')),
      slutdatum: fromSharePointDate(item.Slutdatum),
      status: (readText(item, 'AtgardStatus') ?? 'Ej påbörjad') as FollowUpStatus
    }),
    item
  );
}

// ---- Follow-ups ----------------------------------------------------------------------------

/** The columns a follow-up item is read with. */
export const FOLLOW_UP_SELECT: readonly string[] = [
  'Id',
  'PlanId',
  'Period',
  'Objekttyp',
  'KontrollmomentId',
  'AtgardId',
  'RiskId',
  'UppfoljningStatus',
  'Resultat',
  'Kommentar',
  'Sannolikhet',
  'Konsekvens',
  'IdempotencyKey'
];

/** The lookup column that points at each kind of follow-up target. */
const TARGET_LOOKUP: Readonly<Record<FollowUpTargetType, 'Kontrollmoment' | 'Atgard' | 'Risk'>> = {
  kontrollmoment: 'Kontrollmoment',
  atgard: 'Atgard',
  risk: 'Risk'
};

/** The index holding each kind of follow-up target. */
function targetIndex(refs: PlanRefs, type: FollowUpTargetType): KeyIndex {
  return type === 'kontrollmoment' ? refs.kontrollmoment : type === 'atgard' ? refs.atgarder : refs.risker;
}

/** The name of a follow-up: "T2: Attestregler" (period key and the target's name). */
export function followUpName(followUp: Pick<FollowUp, 'periodKey' | 'targetKey'>, refs: PlanRefs | undefined): string {
  const target = refs ? refs.names.get(followUp.targetKey) : undefined;
  return `${followUp.periodKey}: ${target ?? followUp.targetKey}`;
}

/**
 * The value of `Uppfoljningsnyckel`: `<targetType>:<targetKey>:<periodKey>`. The column is
 * unique, so SharePoint refuses a second follow-up of the same target and period even when
 * two users create one at the same moment (each with its own IdempotencyKey).
 */
export function uppfoljningsnyckel(followUp: Pick<FollowUp, 'targetType' | 'targetKey' | 'periodKey'>): string {
  return `${followUp.targetType}:${followUp.targetKey}:${followUp.periodKey}`;
}

/** Field values of a follow-up item. */
export function followUpToFields(followUp: FollowUp, refs: PlanRefs): ItemFields {
  const lookup = TARGET_LOOKUP[followUp.targetType];
  const targetId = requireId(targetIndex(refs, followUp.targetType), followUp.targetKey, OBJEKTTYP_VALUES[followUp.targetType]);
  const fields: ItemFields = {
    Title: titleText(followUpName(followUp, refs), followUp.periodKey),
    PlanId: refs.planId,
    Period: followUp.periodKey,
    Objekttyp: OBJEKTTYP_VALUES[followUp.targetType],
    KontrollmomentId: EMPTY,
    AtgardId: EMPTY,
    RiskId: EMPTY,
    UppfoljningStatus: orEmpty(followUp.status),
    Resultat: orEmpty(followUp.resultat),
    Kommentar: orEmpty(followUp.kommentar),
    Sannolikhet: orEmpty(followUp.riskvardering ? followUp.riskvardering.sannolikhet : undefined),
    Konsekvens: orEmpty(followUp.riskvardering ? followUp.riskvardering.konsekvens : undefined),
    Uppfoljningsnyckel: uppfoljningsnyckel(followUp),
    IdempotencyKey: followUp.key
  };
  fields[lookup + 'Id'] = targetId;
  return fields;
}

/** The target type stored in Objekttyp; unknown text is read as a kontrollmoment follow-up. */
function readTargetType(item: ListItemJson): FollowUpTargetType {
  const text = readText(item, 'Objekttyp');
  const types = Object.keys(OBJEKTTYP_VALUES) as FollowUpTargetType[];
  return types.filter((type) => OBJEKTTYP_VALUES[type] === text)[0] ?? 'kontrollmoment';
}

/** A stored follow-up from its item. */
export function followUpFromItem(item: ListItemJson, refs: PlanRefs): Stored<FollowUp> {
  const targetType = readTargetType(item);
  const sannolikhet = readNumber(item, 'Sannolikhet');
  const konsekvens = readNumber(item, 'Konsekvens');
  const riskvardering: RiskRating | undefined =
    sannolikhet !== undefined && konsekvens !== undefined ? { sannolikhet, konsekvens } : undefined;
  return stored(
    compact({
      key: readKey(item),
      targetType,
      targetKey: keyForLookup(targetIndex(refs, targetType), readLookupId(item, TARGET_LOOKUP[targetType])) ?? '',
      periodKey: readText(item, 'Period') ?? '',
      status: readText(item, 'UppfoljningStatus') as FollowUpStatus | undefined,
      resultat: readText(item, 'Resultat') as Resultat | undefined,
      kommentar: readText(item, 'Kommentar'),
      riskvardering
    }),
    item
  );
}

// ---- Avvikelser ----------------------------------------------------------------------------

/** The columns an avvikelse item is read with. */
export const AVVIKELSE_SELECT: readonly string[] = [
  'Id',
  'PlanId',
  'UppfoljningId',
  'Beskrivning',
  'AvvikelseAtgard',
  'Slutdatum',
  'AvvikelseStatus',
  'IdempotencyKey'
];

/** Field values of an avvikelse item. */
export function avvikelseToFields(avvikelse: Avvikelse, refs: PlanRefs): ItemFields {
  return {
    Title: titleText(avvikelse.beskrivning, 'Avvikelse'),
    PlanId: refs.planId,
    UppfoljningId: requireId(refs.uppfoljningar, avvikelse.followUpKey, 'Uppföljning'),
    Beskrivning: avvikelse.beskrivning,
    AvvikelseAtgard: avvikelse.atgard,
    Slutdatum: toSharePointDate(avvikelse.slutdatum),
    AvvikelseStatus: orEmpty(avvikelse.status),
    IdempotencyKey: avvikelse.key
  };
}

/** A stored avvikelse from its item. */
export function avvikelseFromItem(item: ListItemJson, refs: PlanRefs): Stored<Avvikelse> {
  return stored(
    compact({
      key: readKey(item),
      followUpKey: keyForLookup(refs.uppfoljningar, readLookupId(item, 'Uppfoljning')) ?? '',
      beskrivning: readText(item, 'Beskrivning') ?? '',
      atgard: readText(item, 'AvvikelseAtgard') ?? '',
      slutdatum: fromSharePointDate(item.Slutdatum) ?? '',
      status: readText(item, 'AvvikelseStatus') as FollowUpStatus | undefined
    }),
    item
  );
}

// ---- Settings ------------------------------------------------------------------------------

/** Title of the IKInstallningar item that holds the organisation settings. */
export const ORGANISATION_SETTINGS_TITLE = 'Organisation';

/** The columns a settings item is read with. */
export const SETTINGS_SELECT: readonly string[] = ['Id', 'Title', 'Varde', 'IdempotencyKey'];

/** Field values of the organisation settings item. */
export function settingsToFields(settings: OrganisationSettings): ItemFields {
  const value: OrganisationSettings = compact({
    organisation: settings.organisation,
    diarienummerPattern: settings.diarienummerPattern,
    diarienummerExample: settings.diarienummerExample,
    defaultRiskMatrix: settings.defaultRiskMatrix
  });
  return {
    Title: ORGANISATION_SETTINGS_TITLE,
    Varde: JSON.stringify(value),
    IdempotencyKey: ORGANISATION_SETTINGS_TITLE
  };
}

/** The organisation settings from their item. */
export function settingsFromItem(item: ListItemJson): StoredSettings {
  const value = readJson<OrganisationSettings>(item, 'Varde');
  return { ...compact(value), id: readId(item), etag: readETag(item) };
}
