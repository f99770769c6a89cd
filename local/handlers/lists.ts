/**
 * `/_api/web/lists`: the list collection (GET, POST to create), one list by title, id or URL
 * (GET, MERGE to update properties, DELETE, recycle), and the routes below a list
 * (items, fields, root folder, permissions, single properties).
 */
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../context';
import {
  ErrorCodes,
  etagMismatch,
  listIdNotFound,
  listNotFound,
  resourceNotFound,
  SpError,
  unknownBodyProperty,
  valueOutOfRange
} from '../errors';
import { Entity, type Payload } from '../json';
import { basePermissionsJson, canViewList, requireManageList, requireManageWebLists, requireRead, requireViewList } from '../permissions';
import type { Segment } from '../segments';
import { listEntity, listPath } from '../shapes';
import type { ListRecord } from '../store/lists';
import { listScope } from '../store/security';
import { collectionPayload, entityPayload, jsonBody, requireEnd, requireMethod, textArgument, typedProperty } from './common';
import { parseFormula } from '../formula';
import { builtInFields } from '../store/fields';
import { fieldsRoute } from './fields';
import { itemsRoute } from './items';
import { securableRoute } from './security';

/** The writable SP.List properties and their JSON types. */
const LIST_PROPERTY_TYPES: Readonly<Record<string, 'boolean' | 'number' | 'string'>> = {
  AllowContentTypes: 'boolean',
  BaseTemplate: 'number',
  ContentTypesEnabled: 'boolean',
  CrawlNonDefaultViews: 'boolean',
  DefaultContentApprovalWorkflowId: 'string',
  Description: 'string',
  Direction: 'string',
  DisableGridEditing: 'boolean',
  DocumentTemplateUrl: 'string',
  DraftVersionVisibility: 'number',
  EnableAttachments: 'boolean',
  EnableFolderCreation: 'boolean',
  EnableMinorVersions: 'boolean',
  EnableModeration: 'boolean',
  EnableVersioning: 'boolean',
  ExcludeFromOfflineClient: 'boolean',
  ForceCheckout: 'boolean',
  Hidden: 'boolean',
  IrmEnabled: 'boolean',
  IrmExpire: 'boolean',
  IrmReject: 'boolean',
  IsApplicationList: 'boolean',
  ListExperienceOptions: 'number',
  MajorVersionLimit: 'number',
  MajorWithMinorVersionsLimit: 'number',
  NoCrawl: 'boolean',
  OnQuickLaunch: 'boolean',
  ReadSecurity: 'number',
  TemplateFeatureId: 'string',
  Title: 'string',
  ValidationFormula: 'string',
  ValidationMessage: 'string',
  WriteSecurity: 'number'
};

/**
 * Checks a ValidationFormula against the list's columns as SharePoint does when it is set:
 * a syntax error or a column a formula cannot read is a 400.
 */
function checkValidationFormula(formula: unknown, fields: ListRecord['fields']): void {
  if (typeof formula === 'string' && formula !== '') {
    parseFormula(formula, fields);
  }
}

/** Validates a list body into typed properties. */
function listProperties(body: Readonly<Record<string, unknown>>): Record<string, boolean | number | string> {
  const props: Record<string, boolean | number | string> = {};
  for (const [name, value] of Object.entries(body)) {
    if (name === '__metadata' || name.startsWith('odata.')) {
      continue;
    }
    const type = LIST_PROPERTY_TYPES[name];
    if (type === undefined) {
      throw unknownBodyProperty(name, 'SP.List');
    }
    props[name] = typedProperty(value, type);
  }
  if (props.WriteSecurity !== undefined && ![1, 2, 4].includes(props.WriteSecurity as number)) {
    throw valueOutOfRange();
  }
  if (props.ReadSecurity !== undefined && ![1, 2].includes(props.ReadSecurity as number)) {
    throw valueOutOfRange();
  }
  return props;
}

/** SP.List properties SharePoint returns only when `$select`ed. */
function listExtras(ctx: RequestContext, list: ListRecord): Record<string, unknown> {
  return { HasUniqueRoleAssignments: ctx.store.security.hasUniqueRoleAssignments(listScope(list.rowId)) };
}

/** Checks an `If-Match` against a list's ETag ("*" and a missing header always match). */
function checkListEtag(ctx: RequestContext, list: ListRecord): void {
  const sent = Object.entries(ctx.headers).find(([k]) => k.toLowerCase() === 'if-match')?.[1];
  const current = `"${list.version}"`;
  if (sent !== undefined && sent.trim() !== '*' && sent.trim() !== current) {
    throw etagMismatch(sent, current);
  }
}

/** Finds the list a segment addresses, or SharePoint's 404. */
function resolveList(ctx: RequestContext, segment: Segment): ListRecord {
  switch (segment.lower) {
    case 'getbytitle': {
      const title = textArgument(segment);
      const list = ctx.store.lists.byTitle(title);
      if (list === undefined) {
        throw listNotFound(title, ctx.siteUrl);
      }
      return list;
    }
    case 'getbyid':
    case 'lists': {
      const list = ctx.store.lists.byId(textArgument(segment));
      if (list === undefined) {
        throw listIdNotFound();
      }
      return list;
    }
    default:
      throw resourceNotFound(segment.name);
  }
}

/** `web/lists…` */
export function listsRoute(ctx: RequestContext, segment: Segment, rest: readonly Segment[]): Payload {
  if (segment.args !== undefined) {
    return listRoute(ctx, resolveList(ctx, segment), rest);
  }
  if (rest.length > 0) {
    return listRoute(ctx, resolveList(ctx, rest[0]), rest.slice(1));
  }
  requireMethod(ctx, 'GET', 'POST');
  requireRead(ctx);
  if (ctx.method === 'GET') {
    // SharePoint lists only what the caller may see.
    return collectionPayload(
      ctx,
      ctx.store.lists
        .all()
        .filter((list) => canViewList(ctx, list))
        .map((list) => listEntity(ctx, list)),
      'SP.ApiData.Lists'
    );
  }
  requireManageWebLists(ctx);
  const props = listProperties(jsonBody(ctx));
  const title = typeof props.Title === 'string' ? props.Title.trim() : '';
  if (title === '') {
    throw new SpError(400, ErrorCodes.argument, 'Value cannot be null.\r\nParameter name: title');
  }
  if (ctx.store.lists.byTitle(title) !== undefined) {
    throw new SpError(
      409,
      ErrorCodes.duplicateList,
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.'
    );
  }
  const { Description: description, BaseTemplate: baseTemplate, ...others } = props;
  delete others.Title;
  // A new list has only SharePoint's built-in columns for a formula to name.
  checkValidationFormula(others.ValidationFormula, builtInFields());
  const list = ctx.store.write(() =>
    ctx.store.db.transaction(() =>
      ctx.store.lists.create({
        title,
        description: typeof description === 'string' ? description : '',
        baseTemplate: typeof baseTemplate === 'number' ? baseTemplate : 100,
        props: others,
        now: ctx.now
      })
    )
  );
  return { kind: 'entity', entity: listEntity(ctx, list), metadata: 'SP.ApiData.Lists/@Element', status: 201 };
}

/** `web/getList('/sites/…/Lists/X')` */
export function getListRoute(ctx: RequestContext, segment: Segment, rest: readonly Segment[]): Payload {
  const url = textArgument(segment);
  const list = ctx.store.lists.byUrl(url);
  if (list === undefined) {
    throw new SpError(404, ErrorCodes.argument, 'List does not exist.');
  }
  return listRoute(ctx, list, rest);
}

function updateList(ctx: RequestContext, list: ListRecord): Payload {
  requireManageList(ctx, list);
  checkListEtag(ctx, list);
  const props = listProperties(jsonBody(ctx));
  checkValidationFormula(props.ValidationFormula, list.fields);
  const { Title: title, Description: description, BaseTemplate: baseTemplate, ...others } = props;
  if (baseTemplate !== undefined && baseTemplate !== list.baseTemplate) {
    throw new SpError(400, ErrorCodes.invalidClientQuery, "The property 'BaseTemplate' cannot be changed after the list is created.");
  }
  if (typeof title === 'string') {
    const other = ctx.store.lists.byTitle(title);
    if (other !== undefined && other.id !== list.id) {
      throw new SpError(
        409,
        ErrorCodes.duplicateList,
        'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.'
      );
    }
  }
  ctx.store.write(() =>
    ctx.store.lists.update(list, {
      title: typeof title === 'string' ? title : undefined,
      description: typeof description === 'string' ? description : undefined,
      props: others
    })
  );
  return { kind: 'empty', status: 204 };
}

function listRoute(ctx: RequestContext, list: ListRecord, rest: readonly Segment[]): Payload {
  requireRead(ctx);
  requireViewList(ctx, list);
  if (rest.length === 0) {
    requireMethod(ctx, 'GET', 'MERGE', 'PATCH', 'PUT', 'DELETE');
    switch (ctx.method) {
      case 'GET':
        return entityPayload(ctx, listEntity(ctx, list), 'SP.ApiData.Lists/@Element', listExtras(ctx, list));
      case 'DELETE':
        requireManageList(ctx, list);
        checkListEtag(ctx, list);
        ctx.store.write(() => ctx.store.removeList(list));
        return { kind: 'empty', status: 200 };
      default:
        return updateList(ctx, list);
    }
  }
  const [next, ...after] = rest;
  switch (next.lower) {
    case 'items':
      return itemsRoute(ctx, list, next, after);
    case 'fields':
      return fieldsRoute(ctx, list, next, after);
    case 'recycle': {
      requireEnd(after);
      requireMethod(ctx, 'POST');
      requireManageList(ctx, list);
      ctx.store.write(() => ctx.store.removeList(list));
      return { kind: 'value', value: randomUUID(), edmType: 'Edm.Guid', verboseName: 'Recycle' };
    }
    case 'effectivebasepermissions':
      requireEnd(after);
      return { kind: 'raw', json: basePermissionsJson(ctx, ctx.perms.list(list)) };
    case 'rootfolder': {
      requireEnd(after);
      const path = `${listPath(list)}/RootFolder`;
      return entityPayload(
        ctx,
        new Entity(
          { type: 'SP.Folder', id: `${ctx.siteUrl}/_api/${path}`, editLink: path },
          { Exists: true, ItemCount: list.itemCount, Name: list.urlName, ServerRelativeUrl: `${ctx.sitePath}/Lists/${list.urlName}`, UniqueId: list.id }
        ),
        'SP.ApiData.Folders/@Element'
      );
    }
    case 'roleassignments':
    case 'breakroleinheritance':
    case 'resetroleinheritance':
    case 'getusereffectivepermissions':
      return securableRoute(ctx, listScope(list.rowId), next, after);
    default: {
      // A single property, e.g. lists/getByTitle('X')/ItemCount.
      const entity = new Entity(listEntity(ctx, list).meta, { ...listEntity(ctx, list).props, ...listExtras(ctx, list) });
      const key = Object.keys(entity.props).find((k) => k.toLowerCase() === next.lower);
      if (key === undefined || next.args !== undefined) {
        throw resourceNotFound(next.name);
      }
      requireEnd(after);
      return { kind: 'value', value: entity.props[key], edmType: `SP.List/${key}`, verboseName: key };
    }
  }
}
