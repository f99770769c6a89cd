/**
 * Creates whatever is missing of the product's lists and columns on a site, through PnPjs.
 * Used when the solution's feature has not run (or a site predates a column), by a user who
 * may manage lists. Idempotent: on a complete site it reads and changes nothing.
 *
 * Only lists, columns, indexes, WriteSecurity and the list validation formula are ensured here. Content types and views
 * come from the feature XML; a list created at runtime has content types off and shows the
 * columns SharePoint adds for CreateFieldAsXml.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import type { IList } from '@pnp/sp/lists';
import { LIST_DEFINITIONS } from './lists';
import type { FieldDefinition, Guid, ListDefinition } from './types';
import { CREATE_FIELD_OPTIONS, runtimeFieldXml } from './xml';

/** Where the ensure run is, for a progress bar. */
export interface EnsureSchemaProgress {
  /** Lists finished so far (0 … total). */
  readonly completed: number;
  /** Number of lists the run ensures. */
  readonly total: number;
  /** Internal title of the list being ensured now; undefined once all are done. */
  readonly currentList?: string;
  /** Swedish name of that list, for the progress text. */
  readonly currentListDisplayName?: string;
}

/** Receives progress: once before each list and once when all are done. */
export type EnsureSchemaProgressCallback = (progress: EnsureSchemaProgress) => void;

/** What the run did to one list. */
export interface EnsureListResult {
  /** Internal list title. */
  readonly title: string;
  /** The list's Id on this site. */
  readonly listId: Guid;
  /** True when the list was created by this run. */
  readonly created: boolean;
  /** Internal names of the columns this run created. */
  readonly fieldsCreated: readonly string[];
  /** Internal names of columns (including Title) this run indexed or made unique. */
  readonly fieldsIndexed: readonly string[];
  /** True when this run set the list's WriteSecurity. */
  readonly writeSecuritySet: boolean;
  /** True when this run set the list's validation formula and message. */
  readonly validationSet: boolean;
  /** True when this run turned the list's version history on (it was off). */
  readonly versioningSet?: boolean;
}

/** What an ensure run did, list by list. */
export interface EnsureSchemaReport {
  /** One result per ensured list, in dependency order. */
  readonly lists: readonly EnsureListResult[];
  /** Titles of the lists created. */
  readonly listsCreated: readonly string[];
  /** Created columns as `List.Column`. */
  readonly fieldsCreated: readonly string[];
  /** Columns indexed or made unique, as `List.Column`. */
  readonly fieldsIndexed: readonly string[];
  /** True when anything at all was changed on the site. */
  readonly changed: boolean;
}

/** An ensure step failed; names the list (and column) so an administrator can act on it. */
export class SchemaEnsureError extends Error {
  /** Internal title of the list being ensured. */
  public readonly listTitle: string;
  /** Internal name of the column, when a column step failed. */
  public readonly fieldName: string | undefined;
  /** HTTP status of the failed request, when there was one. */
  public readonly status: number | undefined;
  /** English text of the message. */
  public readonly messageEn: string;
  /** What PnPjs threw. */
  public readonly reason: unknown;

  /** Builds the error with a Swedish message (English in `messageEn`). */
  public constructor(listTitle: string, fieldName: string | undefined, reason: unknown) {
    const status = statusOf(reason);
    const what = fieldName === undefined ? `listan ${listTitle}` : `kolumnen ${fieldName} i listan ${listTitle}`;
    const whatEn = fieldName === undefined ? `the list ${listTitle}` : `the column ${fieldName} in the list ${listTitle}`;
    const denied = status === 401 || status === 403;
    const sv = denied
      ? `Du saknar behörighet att skapa eller ändra ${what}. En webbplatsägare behöver göra det.`
      : `Det gick inte att skapa eller ändra ${what}: ${detailOf(reason)}`;
    const en = denied
      ? `You may not create or change ${whatEn}. A site owner needs to do it.`
      : `Could not create or change ${whatEn}: ${detailOf(reason)}`;
    super(sv);
    this.name = 'SchemaEnsureError';
    this.listTitle = listTitle;
    this.fieldName = fieldName;
    this.status = status;
    this.messageEn = en;
    this.reason = reason;
  }
}

/** The HTTP status PnPjs attaches to a failed request. */
function statusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== undefined && error !== null) {
    const status = (error as { status?: unknown }).status;
    return typeof status === 'number' ? status : undefined;
  }
  return undefined;
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The fields of a list as ensure needs them. */
interface ExistingField {
  readonly InternalName: string;
  readonly Indexed?: boolean;
  readonly EnforceUniqueValues?: boolean;
}

/** Runs one step, turning a failure into a SchemaEnsureError naming what failed. */
async function step<T>(listTitle: string, fieldName: string | undefined, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof SchemaEnsureError) {
      throw error;
    }
    throw new SchemaEnsureError(listTitle, fieldName, error);
  }
}

/** What ensure reads of a list. */
interface FoundList {
  readonly Id: Guid;
  readonly WriteSecurity?: number;
  readonly ValidationFormula?: string | null;
  readonly ValidationMessage?: string | null;
  readonly EnableVersioning?: boolean;
}

/** Reads a list's Id, WriteSecurity, validation and versioning; undefined when the site has no list with that title. */
async function findList(sp: SPFI, title: string): Promise<FoundList | undefined> {
  try {
    return await sp.web.lists.getByTitle(title).select('Id', 'WriteSecurity', 'ValidationFormula', 'ValidationMessage', 'EnableVersioning')<FoundList>();
  } catch (error) {
    if (statusOf(error) === 404) {
      return undefined;
    }
    throw error;
  }
}

/** Index (and uniqueness) changes a column needs, as the properties to send. */
function missingIndexProperties(
  wanted: { indexed?: boolean; enforceUnique?: boolean },
  existing: ExistingField | { Indexed?: boolean; EnforceUniqueValues?: boolean }
): Record<string, boolean> | undefined {
  const properties: Record<string, boolean> = {};
  if (wanted.indexed === true && existing.Indexed !== true) {
    properties.Indexed = true;
  }
  if (wanted.enforceUnique === true && existing.EnforceUniqueValues !== true) {
    properties.EnforceUniqueValues = true;
  }
  return Object.keys(properties).length === 0 ? undefined : properties;
}

/** The Id of a lookup's target list: from this run, or read from the site. */
async function lookupListIds(sp: SPFI, list: ListDefinition, known: Map<string, Guid>): Promise<Record<string, Guid>> {
  for (const field of list.fields) {
    if (field.type === 'Lookup' && !known.has(field.targetList)) {
      const target = await step(list.title, field.internalName, () => findList(sp, field.targetList));
      if (target === undefined) {
        throw new SchemaEnsureError(
          list.title,
          field.internalName,
          new Error(`uppslagslistan ${field.targetList} finns inte / lookup list ${field.targetList} is missing`)
        );
      }
      known.set(field.targetList, target.Id);
    }
  }
  const ids: Record<string, Guid> = {};
  known.forEach((id, title) => {
    ids[title] = id;
  });
  return ids;
}

/** Ensures one list and its columns. */
async function ensureList(sp: SPFI, list: ListDefinition, listIds: Map<string, Guid>): Promise<EnsureListResult> {
  let found = await step(list.title, undefined, () => findList(sp, list.title));
  const created = found === undefined;
  if (found === undefined) {
    // Every product list keeps its version history: the History view reads who changed what.
    const info = await step(list.title, undefined, () =>
      sp.web.lists.add(list.title, list.description, list.templateType, false, { EnableVersioning: true })
    );
    found = {
      Id: info.Id as Guid,
      WriteSecurity: info.WriteSecurity,
      ValidationFormula: info.ValidationFormula,
      ValidationMessage: info.ValidationMessage,
      EnableVersioning: info.EnableVersioning
    };
  }
  const listId = found.Id;
  listIds.set(list.title, listId);
  const spList: IList = sp.web.lists.getById(listId);

  let writeSecuritySet = false;
  if (list.writeSecurity !== undefined && found.WriteSecurity !== list.writeSecurity) {
    await step(list.title, undefined, () => spList.update({ WriteSecurity: list.writeSecurity }));
    writeSecuritySet = true;
  }
  let versioningSet = false;
  if (found.EnableVersioning === false) {
    await step(list.title, undefined, () => spList.update({ EnableVersioning: true }));
    versioningSet = true;
  }

  // One read of the list's columns decides everything below.
  const existing = await step(list.title, undefined, () =>
    spList.fields.select('InternalName', 'Indexed', 'EnforceUniqueValues')<ExistingField[]>()
  );
  const byName = new Map(existing.map((field) => [field.InternalName, field]));
  const fieldsCreated: string[] = [];
  const fieldsIndexed: string[] = [];

  const title = byName.get('Title');
  const titleChanges: Record<string, string | boolean> = {
    ...(title === undefined ? {} : missingIndexProperties(list.titleField, title))
  };
  if (created) {
    // Name Title for this list only when we made the list; an owner's later rename stays.
    titleChanges.Title = list.titleField.displayName;
  }
  if (Object.keys(titleChanges).length > 0) {
    await step(list.title, 'Title', () => spList.fields.getByInternalNameOrTitle('Title').update(titleChanges, 'SP.FieldText'));
    if (titleChanges.Indexed === true || titleChanges.EnforceUniqueValues === true) {
      fieldsIndexed.push('Title');
    }
  }

  const missing = list.fields.filter((field) => !byName.has(field.internalName));
  const lookupIds = missing.some((field) => field.type === 'Lookup') ? await lookupListIds(sp, list, listIds) : {};
  for (const field of list.fields) {
    const current = byName.get(field.internalName);
    if (current === undefined) {
      const info = await step(list.title, field.internalName, () =>
        spList.fields.createFieldAsXml({ SchemaXml: runtimeFieldXml(field, lookupIds), Options: CREATE_FIELD_OPTIONS })
      );
      fieldsCreated.push(field.internalName);
      // SharePoint may ignore Indexed in the XML; check what it created.
      const stillMissing = missingIndexProperties(field, { Indexed: info.Indexed, EnforceUniqueValues: info.EnforceUniqueValues });
      if (stillMissing !== undefined) {
        await updateField(spList, list, field, stillMissing);
      }
    } else {
      const changes = missingIndexProperties(field, current);
      if (changes !== undefined) {
        await updateField(spList, list, field, changes);
        fieldsIndexed.push(field.internalName);
      }
    }
  }
  // After the columns: the formula names them, and SharePoint refuses a formula naming a missing one.
  let validationSet = false;
  const validation = list.validation;
  if (validation !== undefined && (found.ValidationFormula !== validation.formula || found.ValidationMessage !== validation.message)) {
    await step(list.title, undefined, () => spList.update({ ValidationFormula: validation.formula, ValidationMessage: validation.message }));
    validationSet = true;
  }
  return { title: list.title, listId, created, fieldsCreated, fieldsIndexed, writeSecuritySet, validationSet, versioningSet };
}

/** SharePoint's entity type of a column, which PnPjs would otherwise read first. */
function fieldEntityType(field: FieldDefinition): string {
  switch (field.type) {
    case 'Lookup':
      return 'SP.FieldLookup';
    case 'User':
      return 'SP.FieldUser';
    case 'Note':
      return 'SP.FieldMultiLineText';
    case 'Number':
      return 'SP.FieldNumber';
    case 'DateTime':
      return 'SP.FieldDateTime';
    case 'Choice':
      return 'SP.FieldChoice';
    case 'MultiChoice':
      return 'SP.FieldMultiChoice';
    case 'Text':
      return 'SP.FieldText';
    default:
      return 'SP.Field';
  }
}

async function updateField(spList: IList, list: ListDefinition, field: FieldDefinition, changes: Record<string, boolean>): Promise<void> {
  await step(list.title, field.internalName, () =>
    spList.fields.getByInternalNameOrTitle(field.internalName).update(changes, fieldEntityType(field))
  );
}

/**
 * Ensures the product's lists and columns on the site `sp` points at: creates missing lists
 * in dependency order, creates missing columns with CreateFieldAsXml (lookups pointing at the
 * target list's real Id), indexes columns that should be indexed, and sets WriteSecurity and
 * the list validation formula where the schema defines them. A second run on the same site changes nothing.
 *
 * @param sp PnPjs root for the site, with the caller's rights (creating lists needs Manage Lists).
 * @param onProgress Called before each list and when done, for a progress bar.
 * @param lists The lists to ensure, in dependency order; the product's lists by default.
 * @returns What was created or changed.
 * @throws SchemaEnsureError naming the list and column that could not be ensured.
 */
export async function ensureSchema(
  sp: SPFI,
  onProgress?: EnsureSchemaProgressCallback,
  lists: readonly ListDefinition[] = LIST_DEFINITIONS
): Promise<EnsureSchemaReport> {
  const listIds = new Map<string, Guid>();
  const results: EnsureListResult[] = [];
  for (let index = 0; index < lists.length; index++) {
    const list = lists[index];
    onProgress?.({ completed: index, total: lists.length, currentList: list.title, currentListDisplayName: list.displayName });
    results.push(await ensureList(sp, list, listIds));
  }
  onProgress?.({ completed: lists.length, total: lists.length });
  const qualified = (pick: (result: EnsureListResult) => readonly string[]): string[] =>
    results.flatMap((result) => pick(result).map((name) => `${result.title}.${name}`));
  const listsCreated = results.filter((result) => result.created).map((result) => result.title);
  const fieldsCreated = qualified((result) => result.fieldsCreated);
  const fieldsIndexed = qualified((result) => result.fieldsIndexed);
  return {
    lists: results,
    listsCreated,
    fieldsCreated,
    fieldsIndexed,
    changed:
      listsCreated.length > 0 ||
      fieldsCreated.length > 0 ||
      fieldsIndexed.length > 0 ||
      results.some((result) => result.writeSecuritySet || result.validationSet || result.versioningSet === true)
  };
}
