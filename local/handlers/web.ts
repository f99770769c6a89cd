/**
 * `/_api/web` and `/_api/site`: the web's properties, its lists, and its people: current
 * user, site users, site groups, `ensureuser`.
 */
import type { RequestContext } from '../context';
import { resourceNotFound, unknownBodyProperty } from '../errors';
import { Entity, type Payload } from '../json';
import { basePermissionsJson, requireRead, requireWebPermission } from '../permissions';
import { SITE_TIME_ZONE_INFO } from '../regional';
import { PermissionKind } from '../security/masks';
import type { Segment } from '../segments';
import { siteEntity, webEntity } from '../shapes';
import { entityPayload, integerArgument, jsonBody, requireEnd, requireMethod, typedProperty } from './common';
import { getListRoute, listsRoute } from './lists';
import { associatedGroupRoute, ensureUser, siteGroupsRoute, siteUsersRoute, userRoute } from './people';
import { roleDefinitionsRoute, securableRoute } from './security';

/** SP.Web properties SharePoint returns only when `$select`ed; the root web always has unique permissions. */
const WEB_EXTRAS: Readonly<Record<string, unknown>> = { HasUniqueRoleAssignments: true };

function updateWeb(ctx: RequestContext): Payload {
  requireWebPermission(ctx, PermissionKind.ManageWeb);
  for (const [name, value] of Object.entries(jsonBody(ctx))) {
    if (name === '__metadata') {
      continue;
    }
    if (name !== 'Title') {
      throw unknownBodyProperty(name, 'SP.Web');
    }
    ctx.store.setWebTitle(String(typedProperty(value, 'string')));
  }
  return { kind: 'empty', status: 204 };
}

/** `/_api/web…` */
export function webRoute(ctx: RequestContext, rest: readonly Segment[]): Payload {
  requireRead(ctx);
  if (rest.length === 0) {
    requireMethod(ctx, 'GET', 'MERGE', 'PATCH');
    return ctx.method === 'GET' ? entityPayload(ctx, webEntity(ctx), 'SP.Web', WEB_EXTRAS) : updateWeb(ctx);
  }
  const [next, ...after] = rest;
  switch (next.lower) {
    case 'lists':
      return listsRoute(ctx, next, after);
    case 'getlist':
      return getListRoute(ctx, next, after);
    case 'currentuser':
      return userRoute(ctx, ctx.user, after);
    case 'siteusers':
      return siteUsersRoute(ctx, next, after);
    case 'getuserbyid':
      requireWebPermission(ctx, PermissionKind.BrowseUserInfo);
      return userRoute(ctx, ctx.store.users.byId(integerArgument(next)), after);
    case 'ensureuser':
      requireEnd(after);
      return ensureUser(ctx, next);
    case 'sitegroups':
      return siteGroupsRoute(ctx, next, after);
    case 'associatedownergroup':
      return associatedGroupRoute(ctx, 'owners', after);
    case 'associatedmembergroup':
      return associatedGroupRoute(ctx, 'members', after);
    case 'associatedvisitorgroup':
      return associatedGroupRoute(ctx, 'visitors', after);
    case 'effectivebasepermissions':
      requireEnd(after);
      return { kind: 'raw', json: basePermissionsJson(ctx, ctx.perms.web()) };
    case 'roledefinitions':
      return roleDefinitionsRoute(ctx, next, after);
    case 'regionalsettings':
      // Only the time zone: it decides how date-only values are stored (regional.ts).
      if (after.length !== 1 || after[0].lower !== 'timezone') {
        throw resourceNotFound(after[0]?.name ?? next.name);
      }
      requireMethod(ctx, 'GET');
      return entityPayload(ctx, new Entity({ type: 'SP.TimeZone', id: `${ctx.siteUrl}/_api/Web/RegionalSettings/TimeZone`, editLink: 'Web/RegionalSettings/TimeZone' }, { ...SITE_TIME_ZONE_INFO }), 'SP.TimeZone');
    case 'roleassignments':
    case 'breakroleinheritance':
    case 'resetroleinheritance':
    case 'getusereffectivepermissions':
      return securableRoute(ctx, 'web', next, after);
    default: {
      const base = webEntity(ctx);
      const entity = new Entity(base.meta, { ...base.props, ...WEB_EXTRAS });
      const key = Object.keys(entity.props).find((k) => k.toLowerCase() === next.lower);
      if (key === undefined || next.args !== undefined) {
        throw resourceNotFound(next.name);
      }
      requireEnd(after);
      return { kind: 'value', value: entity.props[key], edmType: `SP.Web/${key}`, verboseName: key };
    }
  }
}

/** `/_api/site` */
export function siteRoute(ctx: RequestContext, rest: readonly Segment[]): Payload {
  requireRead(ctx);
  requireEnd(rest);
  requireMethod(ctx, 'GET');
  return entityPayload(ctx, siteEntity(ctx), 'SP.Site');
}
