/**
 * `/_api/web/lists/…/fields`: the field collection (GET, POST), `createfieldasxml` (how the
 * product provisions its columns), one field by internal name, title or id (GET, MERGE to
 * change e.g. Indexed, DELETE).
 */
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../context';
import { ErrorCodes, fieldNotFound, listIdNotFound, resourceNotFound, SpError, unknownBodyProperty, valueOutOfRange, wrongValueType } from '../errors';
import { childElement, encodeInternalName, invalidSchemaXml, parseXmlElement, xmlBoolean } from '../field-xml';
import type { Payload } from '../json';
import { requireManageList, requireViewList } from '../permissions';
import type { Segment } from '../segments';
import { fieldEntity } from '../shapes';
import { columnFor, FIELD_KINDS, isLookupKind, type FieldKind, type FieldRecord } from '../store/fields';
import type { ListRecord } from '../store/lists';
import { isUniqueViolation } from '../store/sqlite';
import { collectionPayload, entityPayload, jsonBody, requireEnd, requireMethod, textArgument, typedProperty } from './common';

/** SharePoint's `AddFieldOptions.AddFieldInternalNameHint`: take the internal name from `Name`. */
const ADD_FIELD_INTERNAL_NAME_HINT = 8;

const XML_TYPES: Readonly<Record<string, FieldKind>> = {
  text: 'Text',
  note: 'Note',
  number: 'Number',
  currency: 'Currency',
  integer: 'Integer',
  boolean: 'Boolean',
  datetime: 'DateTime',
  choice: 'Choice',
  multichoice: 'MultiChoice',
  lookup: 'Lookup',
  lookupmulti: 'LookupMulti',
  user: 'User',
  usermulti: 'UserMulti'
};

const FIELD_TYPE_KINDS: Readonly<Record<number, FieldKind>> = {
  1: 'Integer',
  2: 'Text',
  3: 'Note',
  4: 'DateTime',
  6: 'Choice',
  8: 'Boolean',
  9: 'Number',
  10: 'Currency',
  15: 'MultiChoice',
  20: 'User'
};

function numberAttribute(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') {
    return undefined;
  }
  const numeric = Number(value);
  if (!Number.isFinite(numeric)) {
    throw invalidSchemaXml();
  }
  return numeric;
}

function duplicateField(name: string): SpError {
  return new SpError(400, ErrorCodes.duplicateField, `A duplicate field name "${name}" was found.`);
}

function uniqueNeedsIndex(): SpError {
  return new SpError(400, ErrorCodes.spExceptionGeneric, 'This field must be indexed to enforce unique values.');
}

function validInternalName(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,254}$/.test(name)) {
    throw invalidSchemaXml();
  }
  return name;
}

/** Builds a field from `<Field …>` schema XML, as `createfieldasxml` does. */
export function fieldFromSchemaXml(ctx: RequestContext, list: ListRecord, schemaXml: string, options: number): FieldRecord {
  const element = parseXmlElement(schemaXml);
  if (element.name.toLowerCase() !== 'field') {
    throw invalidSchemaXml();
  }
  const a = element.attributes;
  const typeText = a.Type ?? '';
  let kind = XML_TYPES[typeText.toLowerCase()];
  if (kind === undefined) {
    throw new SpError(400, ErrorCodes.spExceptionGeneric, `Field type ${typeText} is not installed properly. Go to the list settings page to delete this field.`);
  }
  const multiple = xmlBoolean(a.Mult) === true;
  if (kind === 'Lookup' && multiple) {
    kind = 'LookupMulti';
  }
  if (kind === 'User' && multiple) {
    kind = 'UserMulti';
  }
  const displayName = a.DisplayName ?? a.Name ?? a.StaticName;
  if (displayName === undefined || displayName.trim() === '') {
    throw invalidSchemaXml();
  }
  const hinted = (options & ADD_FIELD_INTERNAL_NAME_HINT) !== 0 ? (a.Name ?? a.StaticName) : undefined;
  // Without the name hint SharePoint derives the internal name from the display name.
  const internalName = validInternalName(hinted ?? encodeInternalName(displayName));
  const id = (a.ID ?? randomUUID()).replace(/[{}]/g, '').toLowerCase();
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) {
    throw invalidSchemaXml();
  }
  if (list.fieldsByName.has(internalName.toLowerCase()) || list.fields.some((f) => f.id === id)) {
    throw duplicateField(internalName);
  }
  const field: FieldRecord = {
    id,
    internalName,
    staticName: a.StaticName ?? internalName,
    title: displayName,
    kind,
    column: columnFor(internalName),
    builtIn: false,
    readOnly: xmlBoolean(a.ReadOnly) === true,
    hidden: xmlBoolean(a.Hidden) === true,
    required: xmlBoolean(a.Required) === true,
    indexed: xmlBoolean(a.Indexed) === true,
    enforceUnique: xmlBoolean(a.EnforceUniqueValues) === true,
    description: a.Description ?? '',
    group: a.Group ?? 'Custom Columns',
    schemaXml
  };
  if (field.enforceUnique && !field.indexed) {
    throw uniqueNeedsIndex();
  }
  const defaultElement = childElement(element, 'Default');
  if (defaultElement !== undefined) {
    field.defaultValue = defaultElement.text;
  }
  switch (kind) {
    case 'Text': {
      const maxLength = numberAttribute(a.MaxLength) ?? 255;
      if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > 255) {
        throw valueOutOfRange();
      }
      field.maxLength = maxLength;
      break;
    }
    case 'Note':
      field.richText = xmlBoolean(a.RichText) === true;
      field.numLines = numberAttribute(a.NumLines) ?? 6;
      break;
    case 'Number':
    case 'Currency':
      field.min = numberAttribute(a.Min);
      field.max = numberAttribute(a.Max);
      field.decimals = numberAttribute(a.Decimals);
      break;
    case 'DateTime':
      field.displayFormat = (a.Format ?? 'DateTime').toLowerCase() === 'dateonly' ? 'DateOnly' : 'DateTime';
      break;
    case 'Choice':
    case 'MultiChoice': {
      const choices = childElement(element, 'CHOICES');
      field.choices = (choices?.children ?? []).filter((c) => c.name.toLowerCase() === 'choice').map((c) => c.text);
      field.fillIn = xmlBoolean(a.FillInChoice) === true;
      break;
    }
    case 'Lookup':
    case 'LookupMulti': {
      const reference = a.List ?? '';
      const target = /^\{?[0-9a-fA-F-]{36}\}?$/.test(reference) ? ctx.store.lists.byId(reference) : (ctx.store.lists.byUrl(reference) ?? ctx.store.lists.byTitle(reference));
      if (target === undefined) {
        throw listIdNotFound();
      }
      const showField = a.ShowField ?? 'Title';
      if (!target.fieldsByName.has(showField.toLowerCase())) {
        throw fieldNotFound(showField);
      }
      field.lookupList = target.id;
      field.lookupField = showField;
      break;
    }
    case 'User':
    case 'UserMulti':
      field.selectionMode = (a.UserSelectionMode ?? 'PeopleOnly').toLowerCase() === 'peopleandgroups' ? 1 : 0;
      field.lookupField = a.ShowField ?? 'ImnName';
      break;
    default:
      break;
  }
  return field;
}

/** Builds a field from a JSON `SP.Field` body (`fields.add`). */
function fieldFromJson(list: ListRecord, body: Readonly<Record<string, unknown>>): FieldRecord {
  const title = body.Title;
  const kind = FIELD_TYPE_KINDS[Number(body.FieldTypeKind)];
  if (typeof title !== 'string' || title.trim() === '' || kind === undefined) {
    throw valueOutOfRange();
  }
  const internalName = validInternalName(encodeInternalName(title));
  if (list.fieldsByName.has(internalName.toLowerCase())) {
    throw duplicateField(internalName);
  }
  const choices = body.Choices as { results?: unknown } | unknown[] | undefined;
  const choiceList = Array.isArray(choices) ? choices : Array.isArray((choices as { results?: unknown })?.results) ? ((choices as { results: unknown[] }).results) : undefined;
  const field: FieldRecord = {
    id: randomUUID(),
    internalName,
    staticName: internalName,
    title,
    kind,
    column: columnFor(internalName),
    builtIn: false,
    readOnly: false,
    hidden: false,
    required: body.Required === true,
    indexed: body.Indexed === true,
    enforceUnique: body.EnforceUniqueValues === true,
    description: typeof body.Description === 'string' ? body.Description : '',
    group: typeof body.Group === 'string' ? body.Group : 'Custom Columns',
    schemaXml: ''
  };
  if (kind === 'Text') {
    field.maxLength = typeof body.MaxLength === 'number' ? body.MaxLength : 255;
  }
  if (kind === 'Choice' || kind === 'MultiChoice') {
    field.choices = (choiceList ?? []).map(String);
  }
  if (kind === 'DateTime') {
    field.displayFormat = body.DisplayFormat === 0 ? 'DateOnly' : 'DateTime';
  }
  if (field.enforceUnique && !field.indexed) {
    throw uniqueNeedsIndex();
  }
  return field;
}

/** The SP.Field properties a MERGE may change, with their JSON types. */
const FIELD_UPDATE_TYPES: Readonly<Record<string, 'boolean' | 'number' | 'string' | 'choices'>> = {
  Title: 'string',
  Description: 'string',
  Required: 'boolean',
  Indexed: 'boolean',
  EnforceUniqueValues: 'boolean',
  Hidden: 'boolean',
  MaxLength: 'number',
  DefaultValue: 'string',
  Choices: 'choices',
  FillInChoice: 'boolean',
  Group: 'string',
  MinimumValue: 'number',
  MaximumValue: 'number',
  SelectionMode: 'number',
  StaticName: 'string',
  ValidationFormula: 'string',
  ValidationMessage: 'string'
};

function updatedField(field: FieldRecord, body: Readonly<Record<string, unknown>>): FieldRecord {
  const next: FieldRecord = { ...field };
  for (const [name, value] of Object.entries(body)) {
    if (name === '__metadata' || name.startsWith('odata.')) {
      continue;
    }
    const type = FIELD_UPDATE_TYPES[name];
    if (type === undefined) {
      throw unknownBodyProperty(name, FIELD_KINDS[field.kind].odataType);
    }
    // SharePoint's own columns only take a new index (and Title its display settings).
    if (field.builtIn && name !== 'Indexed' && !(field.internalName === 'Title' && ['Title', 'Description', 'Required', 'EnforceUniqueValues'].includes(name))) {
      throw new SpError(400, ErrorCodes.spExceptionGeneric, `The property '${name}' of the field '${field.internalName}' cannot be changed.`);
    }
    if (type === 'choices') {
      const list = Array.isArray(value) ? value : Array.isArray((value as { results?: unknown } | null)?.results) ? (value as { results: unknown[] }).results : undefined;
      if (list === undefined || !list.every((v) => typeof v === 'string')) {
        throw wrongValueType('Collection(Edm.String)');
      }
      next.choices = list as string[];
      continue;
    }
    const typed = value === null && (name === 'DefaultValue' || name === 'ValidationFormula' || name === 'ValidationMessage') ? null : typedProperty(value, type);
    switch (name) {
      case 'Title':
        next.title = typed as string;
        break;
      case 'Description':
        next.description = typed as string;
        break;
      case 'Required':
        next.required = typed as boolean;
        break;
      case 'Indexed':
        next.indexed = typed as boolean;
        break;
      case 'EnforceUniqueValues':
        next.enforceUnique = typed as boolean;
        break;
      case 'Hidden':
        next.hidden = typed as boolean;
        break;
      case 'MaxLength':
        if (field.kind === 'Text' && (!Number.isInteger(typed) || (typed as number) < 1 || (typed as number) > 255)) {
          throw valueOutOfRange();
        }
        next.maxLength = typed as number;
        break;
      case 'DefaultValue':
        next.defaultValue = typed === null ? undefined : (typed as string);
        break;
      case 'FillInChoice':
        next.fillIn = typed as boolean;
        break;
      case 'Group':
        next.group = typed as string;
        break;
      case 'MinimumValue':
        next.min = typed as number;
        break;
      case 'MaximumValue':
        next.max = typed as number;
        break;
      case 'SelectionMode':
        next.selectionMode = typed as number;
        break;
      case 'StaticName':
        next.staticName = typed as string;
        break;
      default:
        break;
    }
  }
  if (next.enforceUnique && !next.indexed && next.column !== 'ID') {
    throw uniqueNeedsIndex();
  }
  if (next.indexed && next.column === undefined) {
    throw new SpError(400, ErrorCodes.spExceptionGeneric, `The field '${field.internalName}' cannot be indexed.`);
  }
  return next;
}

function resolveField(list: ListRecord, segment: Segment): FieldRecord {
  const key = textArgument(segment);
  let field: FieldRecord | undefined;
  switch (segment.lower) {
    case 'getbyinternalnameortitle':
      field = list.fieldsByName.get(key.toLowerCase()) ?? list.fields.find((f) => f.title.toLowerCase() === key.toLowerCase());
      break;
    case 'getbytitle':
      field = list.fields.find((f) => f.title.toLowerCase() === key.toLowerCase());
      break;
    case 'getbyid':
    case 'fields':
      field = list.fields.find((f) => f.id === key.replace(/[{}]/g, '').toLowerCase());
      break;
    default:
      throw resourceNotFound(segment.name);
  }
  if (field === undefined) {
    throw fieldNotFound(key);
  }
  return field;
}

function addField(ctx: RequestContext, list: ListRecord, field: FieldRecord): Payload {
  const updated = ctx.store.write(() => ctx.store.db.transaction(() => ctx.store.lists.addField(list, field)));
  const stored = updated.fieldsByName.get(field.internalName.toLowerCase())!;
  return { kind: 'entity', entity: fieldEntity(ctx, updated, stored), metadata: 'SP.ApiData.Fields/@Element', status: 201 };
}

function fieldRoute(ctx: RequestContext, list: ListRecord, field: FieldRecord, rest: readonly Segment[]): Payload {
  if (rest.length > 0) {
    // setShowInDisplayForm(true) and friends only affect SharePoint's own forms.
    if (/^setshowin(display|edit|new)form$/.test(rest[0].lower)) {
      requireEnd(rest.slice(1));
      requireMethod(ctx, 'POST');
      requireManageList(ctx, list);
      return { kind: 'empty', status: 200 };
    }
    throw resourceNotFound(rest[0].name);
  }
  requireMethod(ctx, 'GET', 'MERGE', 'PATCH', 'PUT', 'DELETE');
  if (ctx.method === 'GET') {
    return entityPayload(ctx, fieldEntity(ctx, list, field), 'SP.ApiData.Fields/@Element');
  }
  requireManageList(ctx, list);
  if (ctx.method === 'DELETE') {
    if (field.builtIn) {
      throw new SpError(400, ErrorCodes.spExceptionGeneric, 'You cannot delete a column that SharePoint requires.');
    }
    ctx.store.write(() => ctx.store.db.transaction(() => ctx.store.lists.removeField(list, field)));
    return { kind: 'empty', status: 200 };
  }
  const next = updatedField(field, jsonBody(ctx));
  try {
    ctx.store.write(() => ctx.store.db.transaction(() => ctx.store.lists.updateField(list, field, next)));
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new SpError(400, ErrorCodes.duplicateValues, 'This field contains duplicate values. Remove all duplicate values and try the operation again.');
    }
    throw error;
  }
  return { kind: 'empty', status: 204 };
}

/** `…/fields…` */
export function fieldsRoute(ctx: RequestContext, list: ListRecord, segment: Segment, rest: readonly Segment[]): Payload {
  requireViewList(ctx, list);
  if (segment.args !== undefined) {
    return fieldRoute(ctx, list, resolveField(list, segment), rest);
  }
  if (rest.length === 0) {
    requireMethod(ctx, 'GET', 'POST');
    if (ctx.method === 'GET') {
      return collectionPayload(
        ctx,
        list.fields.map((f) => fieldEntity(ctx, list, f)),
        'SP.ApiData.Fields'
      );
    }
    requireManageList(ctx, list);
    return addField(ctx, list, fieldFromJson(list, jsonBody(ctx)));
  }
  const [next, ...after] = rest;
  if (next.lower === 'createfieldasxml') {
    requireEnd(after);
    requireMethod(ctx, 'POST');
    requireManageList(ctx, list);
    const body = jsonBody(ctx);
    const parameters = body.parameters as { SchemaXml?: unknown; Options?: unknown } | undefined;
    if (typeof parameters !== 'object' || parameters === null || typeof parameters.SchemaXml !== 'string') {
      throw invalidSchemaXml();
    }
    const options = typeof parameters.Options === 'number' ? parameters.Options : 0;
    const field = fieldFromSchemaXml(ctx, list, parameters.SchemaXml, options);
    if (isLookupKind(field.kind) && field.kind !== 'User' && field.kind !== 'UserMulti' && field.lookupList === undefined) {
      throw invalidSchemaXml();
    }
    return addField(ctx, list, field);
  }
  return fieldRoute(ctx, list, resolveField(list, next), after);
}
