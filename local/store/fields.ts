/**
 * The field (column) model of the local SharePoint: the field kinds it supports, how each is
 * stored in SQLite, how REST JSON values are validated into storage values and turned back
 * into SharePoint's JSON.
 */
import { randomUUID } from 'node:crypto';
import { SpError, ErrorCodes, wrongValueType } from '../errors';
import { SITE_TIME_ZONE, siteLocalMidnight } from '../regional';
import type { SqlValue } from './sqlite';

/** The SharePoint field types (TypeAsString) the local SharePoint stores. */
export type FieldKind =
  | 'Counter'
  | 'Text'
  | 'Note'
  | 'Number'
  | 'Currency'
  | 'Integer'
  | 'Boolean'
  | 'DateTime'
  | 'Choice'
  | 'MultiChoice'
  | 'Lookup'
  | 'LookupMulti'
  | 'User'
  | 'UserMulti'
  | 'Computed'
  | 'Guid'
  | 'Attachments';

/** One field of a list, as stored in the `fields` table (JSON) and cached in memory. */
export interface FieldRecord {
  /** Field id (GUID, lower case, no braces). */
  id: string;
  /** Internal name, unique in the list (case-insensitively). */
  internalName: string;
  /** Static name (normally the internal name). */
  staticName: string;
  /** Display name. */
  title: string;
  /** SharePoint field type. */
  kind: FieldKind;
  /** SQL column holding the value; undefined for computed fields. */
  column?: string;
  /** Whether SharePoint created the field (ID, Title, Created, …). */
  builtIn: boolean;
  /** Whether the value cannot be written through REST. */
  readOnly: boolean;
  /** Whether the field is hidden from forms. */
  hidden: boolean;
  /** Whether the field is required (not enforced on REST writes, as in SharePoint). */
  required: boolean;
  /** Whether the field has an index. */
  indexed: boolean;
  /** Whether values must be unique (needs `indexed`). */
  enforceUnique: boolean;
  /** Text: maximum length. */
  maxLength?: number;
  /** Choice / MultiChoice: offered values. */
  choices?: string[];
  /** Choice / MultiChoice: whether other values may be typed. */
  fillIn?: boolean;
  /** Lookup: target list id (GUID, no braces). */
  lookupList?: string;
  /** Lookup: target field internal name shown (normally Title). */
  lookupField?: string;
  /** User: 0 = people only, 1 = people and groups. */
  selectionMode?: number;
  /** DateTime: display format. */
  displayFormat?: 'DateOnly' | 'DateTime';
  /** Number: smallest value. */
  min?: number;
  /** Number: largest value. */
  max?: number;
  /** Number: decimals shown. */
  decimals?: number;
  /** Note: rich text. */
  richText?: boolean;
  /** Note: lines in the edit box. */
  numLines?: number;
  /** Description (help text). */
  description: string;
  /** Field group. */
  group: string;
  /** Default value as SharePoint keeps it (text); undefined for none. */
  defaultValue?: string;
  /** The schema XML the field was created from (or generated for built-ins). */
  schemaXml: string;
}

/** Static facts about a field kind. */
export interface FieldKindInfo {
  /** SQLite column type (with collation for text). */
  readonly sqlType: string;
  /** SharePoint's FieldTypeKind number. */
  readonly fieldTypeKind: number;
  /** SharePoint's REST entity type, e.g. `SP.FieldText`. */
  readonly odataType: string;
  /** The EDM type named in conversion errors. */
  readonly edmType: string;
  /** Display name of the type in SharePoint's UI. */
  readonly typeDisplayName: string;
}

const TEXT_SQL = 'TEXT COLLATE NOCASE';

/** Per-kind facts. */
export const FIELD_KINDS: Readonly<Record<FieldKind, FieldKindInfo>> = {
  Counter: { sqlType: 'INTEGER', fieldTypeKind: 5, odataType: 'SP.Field', edmType: 'Edm.Int32', typeDisplayName: 'Counter' },
  Text: { sqlType: TEXT_SQL, fieldTypeKind: 2, odataType: 'SP.FieldText', edmType: 'Edm.String', typeDisplayName: 'Single line of text' },
  Note: { sqlType: TEXT_SQL, fieldTypeKind: 3, odataType: 'SP.FieldMultiLineText', edmType: 'Edm.String', typeDisplayName: 'Multiple lines of text' },
  Number: { sqlType: 'REAL', fieldTypeKind: 9, odataType: 'SP.FieldNumber', edmType: 'Edm.Double', typeDisplayName: 'Number' },
  Currency: { sqlType: 'REAL', fieldTypeKind: 10, odataType: 'SP.FieldCurrency', edmType: 'Edm.Double', typeDisplayName: 'Currency' },
  Integer: { sqlType: 'INTEGER', fieldTypeKind: 1, odataType: 'SP.Field', edmType: 'Edm.Int32', typeDisplayName: 'Integer' },
  Boolean: { sqlType: 'INTEGER', fieldTypeKind: 8, odataType: 'SP.Field', edmType: 'Edm.Boolean', typeDisplayName: 'Yes/No' },
  DateTime: { sqlType: 'TEXT', fieldTypeKind: 4, odataType: 'SP.FieldDateTime', edmType: 'Edm.DateTime', typeDisplayName: 'Date and Time' },
  Choice: { sqlType: TEXT_SQL, fieldTypeKind: 6, odataType: 'SP.FieldChoice', edmType: 'Edm.String', typeDisplayName: 'Choice' },
  MultiChoice: { sqlType: 'TEXT', fieldTypeKind: 15, odataType: 'SP.FieldMultiChoice', edmType: 'Collection(Edm.String)', typeDisplayName: 'Choice' },
  Lookup: { sqlType: 'INTEGER', fieldTypeKind: 7, odataType: 'SP.FieldLookup', edmType: 'Edm.Int32', typeDisplayName: 'Lookup' },
  LookupMulti: { sqlType: 'TEXT', fieldTypeKind: 7, odataType: 'SP.FieldLookup', edmType: 'Collection(Edm.Int32)', typeDisplayName: 'Lookup' },
  User: { sqlType: 'INTEGER', fieldTypeKind: 20, odataType: 'SP.FieldUser', edmType: 'Edm.Int32', typeDisplayName: 'Person or Group' },
  UserMulti: { sqlType: 'TEXT', fieldTypeKind: 20, odataType: 'SP.FieldUser', edmType: 'Collection(Edm.Int32)', typeDisplayName: 'Person or Group' },
  Computed: { sqlType: 'TEXT', fieldTypeKind: 12, odataType: 'SP.FieldComputed', edmType: 'Edm.String', typeDisplayName: 'Computed' },
  Guid: { sqlType: 'TEXT', fieldTypeKind: 14, odataType: 'SP.Field', edmType: 'Edm.Guid', typeDisplayName: 'Guid' },
  Attachments: { sqlType: 'INTEGER', fieldTypeKind: 19, odataType: 'SP.Field', edmType: 'Edm.Boolean', typeDisplayName: 'Attachments' }
};

/** Whether a kind is a lookup to a list or to the site's users (appears as `<Name>Id`). */
export function isLookupKind(kind: FieldKind): boolean {
  return kind === 'Lookup' || kind === 'LookupMulti' || kind === 'User' || kind === 'UserMulti';
}

/** Whether a kind points at site users. */
export function isUserKind(kind: FieldKind): boolean {
  return kind === 'User' || kind === 'UserMulti';
}

/** Whether a kind holds several values (stored as a JSON array). */
export function isMultiKind(kind: FieldKind): boolean {
  return kind === 'MultiChoice' || kind === 'LookupMulti' || kind === 'UserMulti';
}

/** Whether a kind is compared as text. */
export function isTextKind(kind: FieldKind): boolean {
  return kind === 'Text' || kind === 'Note' || kind === 'Choice' || kind === 'Computed' || kind === 'Guid';
}

/** The item JSON property a field appears under (`PlanId` for the lookup `Plan`). */
export function jsonName(field: FieldRecord): string {
  return isLookupKind(field.kind) ? `${field.internalName}Id` : jsonNameForPlain(field);
}

function jsonNameForPlain(field: FieldRecord): string {
  // SharePoint prefixes REST names that start with an underscore with "OData_".
  return field.internalName.startsWith('_') ? `OData_${field.internalName}` : field.internalName;
}

/** The storage column of a user-created field. */
export function columnFor(internalName: string): string {
  return `f_${internalName}`;
}

/** Formats an instant the way SharePoint's REST JSON does: UTC, seconds, `Z`. */
export function formatDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** Parses a date/time text into SharePoint's stored form, or undefined when it is not one. */
export function parseDateTime(text: string): string | undefined {
  const trimmed = text.trim();
  // A date or date-time without an offset is taken as UTC (documented deviation: SharePoint
  // may apply the site's time zone).
  const normalised = /^\d{4}-\d{2}-\d{2}$/.test(trimmed)
    ? `${trimmed}T00:00:00Z`
    : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(trimmed)
      ? `${trimmed}Z`
      : trimmed;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(normalised)) {
    return undefined;
  }
  const date = new Date(normalised);
  return Number.isNaN(date.getTime()) ? undefined : formatDateTime(date);
}

/** Checks a user id exists; supplied by the store so field conversion stays pure. */
export type UserExists = (id: number) => boolean;

function multiValues(value: unknown, edmType: string): unknown[] {
  if (Array.isArray(value)) {
    return value;
  }
  // The verbose form: { "__metadata": { "type": "Collection(Edm.String)" }, "results": [...] }
  if (typeof value === 'object' && value !== null && Array.isArray((value as { results?: unknown }).results)) {
    return (value as { results: unknown[] }).results;
  }
  throw wrongValueType(edmType);
}

function integerValue(value: unknown, edmType: string): number {
  if (typeof value === 'number' && Number.isInteger(value)) {
    return value;
  }
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) {
    return Number(value);
  }
  throw wrongValueType(edmType);
}

/** SharePoint Online's wrapper around enhanced rich text: `<div class="ExternalClass<32 hex>">`. */
const EXTERNAL_CLASS = /^<div class="ExternalClass[0-9A-F]{32}">/;

/**
 * A rich-text value as SharePoint Online stores it: wrapped in a `<div class="ExternalClass…">`
 * with a new hex id on every save, unless it already is.
 */
export function wrapRichText(html: string): string {
  return EXTERNAL_CLASS.test(html) ? html : `<div class="ExternalClass${randomUUID().replace(/-/g, '').toUpperCase()}">${html}</div>`;
}

/**
 * Converts one JSON body value into the value stored in SQLite, validating its type the way
 * SharePoint's OData reader does (a wrong type is a 400). A date-only value becomes the
 * site-local midnight of its day (regional.ts); rich text gets SharePoint Online's wrapper.
 */
export function toStorage(field: FieldRecord, value: unknown, userExists: UserExists, timeZone: string = SITE_TIME_ZONE): SqlValue {
  const info = FIELD_KINDS[field.kind];
  if (value === null || value === undefined) {
    return null;
  }
  switch (field.kind) {
    case 'Text':
    case 'Note':
    case 'Choice': {
      if (typeof value !== 'string') {
        throw wrongValueType(info.edmType);
      }
      if (field.kind === 'Text' && field.maxLength !== undefined && value.length > field.maxLength) {
        throw new SpError(
          400,
          ErrorCodes.fieldValidation,
          `The value of the field '${field.title}' is longer than its maximum length of ${field.maxLength} characters.`
        );
      }
      // SharePoint keeps an empty text as no value.
      if (value === '') {
        return null;
      }
      return field.kind === 'Note' && field.richText === true ? wrapRichText(value) : value;
    }
    case 'Number':
    case 'Currency': {
      const numeric = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      if (!Number.isFinite(numeric)) {
        throw wrongValueType(info.edmType);
      }
      return numeric;
    }
    case 'Integer':
      return integerValue(value, info.edmType);
    case 'Boolean':
      if (typeof value !== 'boolean') {
        throw wrongValueType(info.edmType);
      }
      return value ? 1 : 0;
    case 'DateTime': {
      const parsed = typeof value === 'string' ? parseDateTime(value) : undefined;
      if (parsed === undefined) {
        throw wrongValueType(info.edmType);
      }
      return field.displayFormat === 'DateOnly' ? siteLocalMidnight(new Date(parsed), timeZone) : parsed;
    }
    case 'MultiChoice': {
      const values = multiValues(value, info.edmType);
      if (!values.every((v): v is string => typeof v === 'string')) {
        throw wrongValueType(info.edmType);
      }
      const kept = values.filter((v) => v !== '');
      return kept.length === 0 ? null : JSON.stringify(kept);
    }
    case 'Lookup':
      return integerValue(value, info.edmType);
    case 'User': {
      const id = integerValue(value, info.edmType);
      if (!userExists(id)) {
        throw userNotFound();
      }
      return id;
    }
    case 'LookupMulti':
    case 'UserMulti': {
      const ids = multiValues(value, info.edmType).map((v) => integerValue(v, info.edmType));
      if (field.kind === 'UserMulti' && !ids.every(userExists)) {
        throw userNotFound();
      }
      return ids.length === 0 ? null : JSON.stringify(ids);
    }
    default:
      throw wrongValueType(info.edmType);
  }
}

/** 400: a person id that is not a user of the site. */
export function userNotFound(): SpError {
  return new SpError(400, ErrorCodes.spExceptionGeneric, 'The user does not exist or is not unique.');
}

/** Converts a stored value into the JSON value SharePoint returns for the field. */
export function fromStorage(field: FieldRecord, value: SqlValue | undefined): unknown {
  if (value === null || value === undefined) {
    if (field.kind === 'LookupMulti' || field.kind === 'UserMulti') {
      return [];
    }
    return field.kind === 'Attachments' ? false : null;
  }
  switch (field.kind) {
    case 'Boolean':
    case 'Attachments':
      return Number(value) !== 0;
    case 'MultiChoice':
    case 'LookupMulti':
    case 'UserMulti':
      return JSON.parse(String(value)) as unknown;
    case 'Number':
    case 'Currency':
    case 'Integer':
    case 'Counter':
    case 'Lookup':
    case 'User':
      return Number(value);
    default:
      return value;
  }
}

/** The stored default for a new item, from the field's DefaultValue, or undefined for none. */
export function defaultStorageValue(field: FieldRecord, now: Date, timeZone: string = SITE_TIME_ZONE): SqlValue | undefined {
  const text = field.defaultValue;
  if (text === undefined || text === '') {
    return undefined;
  }
  switch (field.kind) {
    case 'Text':
    case 'Note':
    case 'Choice':
      return text;
    case 'MultiChoice':
      return JSON.stringify([text]);
    case 'Number':
    case 'Currency':
    case 'Integer': {
      const numeric = Number(text);
      return Number.isFinite(numeric) ? numeric : undefined;
    }
    case 'Boolean':
      return text === '1' || text.toLowerCase() === 'true' ? 1 : 0;
    case 'DateTime': {
      if (text.toLowerCase() === '[today]') {
        return siteLocalMidnight(now, timeZone);
      }
      const parsed = parseDateTime(text);
      return parsed !== undefined && field.displayFormat === 'DateOnly' ? siteLocalMidnight(new Date(parsed), timeZone) : parsed;
    }
    default:
      return undefined;
  }
}

function builtIn(partial: Partial<FieldRecord> & Pick<FieldRecord, 'id' | 'internalName' | 'title' | 'kind'>): FieldRecord {
  return {
    staticName: partial.internalName,
    builtIn: true,
    readOnly: true,
    hidden: false,
    required: false,
    indexed: false,
    enforceUnique: false,
    description: '',
    group: '_Hidden',
    schemaXml: `<Field ID="{${partial.id}}" Name="${partial.internalName}" StaticName="${partial.internalName}" DisplayName="${partial.title}" Type="${partial.kind}" />`,
    ...partial
  };
}

/**
 * The built-in fields every generic list has, with SharePoint's own field ids. `Title` is
 * the only writable one; `ID` is always indexed.
 */
export function builtInFields(): FieldRecord[] {
  return [
    builtIn({ id: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1', internalName: 'ID', title: 'ID', kind: 'Counter', column: 'ID', indexed: true }),
    builtIn({
      id: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247',
      internalName: 'Title',
      title: 'Title',
      kind: 'Text',
      column: columnFor('Title'),
      readOnly: false,
      required: true,
      maxLength: 255,
      group: 'Custom Columns',
      schemaXml:
        '<Field ID="{fa564e0f-0c70-4ab9-b863-0177e6ddd247}" Type="Text" Name="Title" DisplayName="Title" Required="TRUE" SourceID="http://schemas.microsoft.com/sharepoint/v3" StaticName="Title" FromBaseType="TRUE" MaxLength="255" />'
    }),
    builtIn({ id: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', internalName: 'Modified', title: 'Modified', kind: 'DateTime', column: 's_modified', displayFormat: 'DateTime' }),
    builtIn({ id: '8c06beca-0777-48f7-91c7-6da68bc07b69', internalName: 'Created', title: 'Created', kind: 'DateTime', column: 's_created', displayFormat: 'DateTime' }),
    builtIn({ id: '1df5e554-ec7e-46a6-901d-d85a3881cb18', internalName: 'Author', title: 'Created By', kind: 'User', column: 's_author', lookupField: 'Title' }),
    builtIn({ id: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2', internalName: 'Editor', title: 'Modified By', kind: 'User', column: 's_editor', lookupField: 'Title' }),
    builtIn({ id: '7841bf41-43d0-4434-9f50-a673baef7631', internalName: '_UIVersionString', title: 'Version', kind: 'Text', hidden: true }),
    builtIn({ id: '67df98f4-9dec-48ff-a553-29bece9c5bf4', internalName: 'Attachments', title: 'Attachments', kind: 'Attachments' }),
    builtIn({ id: 'ae069f25-3ac2-4256-b9c3-15dbc15da0e0', internalName: 'GUID', title: 'GUID', kind: 'Guid', column: 's_guid', hidden: true })
  ];
}
