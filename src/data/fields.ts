/**
 * Shared readers and writers of SharePoint field values, pure: the entity mappings beside each
 * repository (`plans/planMapping.ts`, `risks/riskMapping.ts`, …) are built from these. No
 * PnPjs here: repositories send what a mapping's `…ToFields` returns and hand what they read
 * to its `…FromItem`.
 */
import { SHAREPOINT_TEXT_MAX } from '../model/limits';
import type { Person } from '../model/types';
import { richTextToPlainText } from '../model/richText';
import { unwrapExternalClass } from './richTextStorage';
import { AVSTAMNINGSDATUM_SEPARATOR } from './schema/listNames';

/** A list item as SharePoint REST returns it: field internal names to JSON values. */
export type ListItemJson = Record<string, unknown>;

/**
 * Field values to write. `undefined` never goes out: a cleared field is sent as `null`, which
 * is how SharePoint REST empties a column. Typed as unknown so no null appears in the API.
 */
export type ItemFields = Record<string, unknown>;

/** Thrown when a stored JSON column cannot be read. */
export class StoredJsonError extends Error {
  /** Creates the error naming the column and the item. */
  public constructor(column: string, itemId: number) {
    super(`Column ${column} of item ${itemId} does not hold valid JSON`);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'StoredJsonError';
  }
}

/** SharePoint REST's empty value; written for cleared fields only. */
// eslint-disable-next-line @rushstack/no-new-null
export const EMPTY: null = null;

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

/**
 * A rich-text field read from an item: as readText, without the ExternalClass wrapper
 * SharePoint Online puts around rich text (richTextStorage.ts).
 */
export function readRichText(item: ListItemJson, field: string): string | undefined {
  const value = readText(item, field);
  if (value === undefined) {
    return undefined;
  }
  const inner = unwrapExternalClass(value);
  return inner === '' ? undefined : inner;
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

/**
 * The columns that read a Person column `field` with its person: the id, and the expanded
 * projection (`$expand=<field>`) for the name and e-mail.
 */
export function personSelect(field: string): string[] {
  return [`${field}Id`, `${field}/Id`, `${field}/Title`, `${field}/EMail`];
}

/**
 * The person in a Person column read with `personSelect`: the expanded projection when
 * SharePoint sent one, else the bare id with no name. An empty column (no id, a null or
 * missing projection) is undefined.
 */
export function readPerson(item: ListItemJson, field: string): Person | undefined {
  const expanded = item[field];
  const id = readLookupId(item, field) ?? (expanded && typeof expanded === 'object' ? readNumber(expanded as ListItemJson, 'Id') : undefined);
  if (id === undefined || id <= 0) {
    return undefined;
  }
  const projection = expanded && typeof expanded === 'object' ? (expanded as ListItemJson) : {};
  const title = readText(projection, 'Title') ?? '';
  const email = readText(projection, 'EMail');
  return email !== undefined ? { id, title, email } : { id, title };
}

/** The value to write to a Person column's `<field>Id`: the person's id, or empty. */
export function personId(person: Person | undefined): unknown {
  return person === undefined ? EMPTY : person.id;
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

/**
 * The first and the last avstämningsdatum, for the date-only columns beside the text column that
 * SharePoint's list validation formula reads (it cannot read the text). Written with every save
 * of the text, so the two never disagree.
 */
export function avstamningBounds(dates: string[] | undefined): { ForstaAvstamning: unknown; SistaAvstamning: unknown } {
  const days = (dates ?? []).filter((date) => /^\d{4}-\d{2}-\d{2}$/.test(date)).sort();
  return { ForstaAvstamning: toSharePointDate(days[0]), SistaAvstamning: toSharePointDate(days[days.length - 1]) };
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

/** Longest name of an item in a message before it is shortened. */
const MESSAGE_NAME_MAX = 80;

/** An item's name for messages: one line, at most 80 characters ("…" when cut); the fallback when empty. */
export function messageName(text: string, fallback: string): string {
  if (text === '') {
    return fallback;
  }
  return text.length > MESSAGE_NAME_MAX ? text.slice(0, MESSAGE_NAME_MAX - 1) + '…' : text;
}

/** Parses a JSON column; throws StoredJsonError when it is missing or not JSON. */
export function readJson<T>(item: ListItemJson, field: string): T {
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

/** Copies the stored identity onto a model object. */
export function withStoredIdentity<T extends object>(entity: T, item: ListItemJson): T & { id: number; etag: string } {
  return { ...entity, id: readId(item), etag: readETag(item) };
}

/** Removes properties whose value is undefined, so mapped objects compare equal to inputs. */
export function compact<T extends object>(value: T): T {
  const out = {} as T;
  (Object.keys(value) as Array<keyof T>).forEach((name) => {
    if (value[name] !== undefined) {
      out[name] = value[name];
    }
  });
  return out;
}
