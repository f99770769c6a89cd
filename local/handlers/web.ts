/**
 * `/_api/web` and `/_api/site`: the web's properties, its lists, and its people: current
 * user, site users, site groups, `ensureuser`.
 */
import type { RequestContext } from '../context';
import { ErrorCodes, resourceNotFound, SpError, unknownBodyProperty } from '../errors';
import type { Payload } from '../json';
import { PERMISSION_MASKS, requireContribute, requireManageLists, requireRead } from '../permissions';
import type { Segment } from '../segments';
import { groupEntity, siteEntity, userEntity, webEntity } from '../shapes';
import { GROUP_IDS, type SiteGroup, type SiteUser } from '../store/users';
import { collectionPayload, entityPayload, integerArgument, jsonBody, requireEnd, requireMethod, textArgument, typedProperty } from './common';
import { getListRoute, listsRoute } from './lists';

function userNotFoundError(): SpError {
  return new SpError(404, ErrorCodes.spExceptionGeneric, 'User cannot be found.');
}

function groupNotFoundError(): SpError {
  return new SpError(404, ErrorCodes.spExceptionGeneric, 'Group cannot be found.');
}

function userRoute(ctx: RequestContext, user: SiteUser | undefined, rest: readonly Segment[]): Payload {
  if (user === undefined || !user.inSite) {
    throw userNotFoundError();
  }
  if (rest.length === 0) {
    requireMethod(ctx, 'GET');
    return entityPayload(ctx, userEntity(ctx, user), 'SP.ApiData.Users/@Element');
  }
  if (rest[0].lower === 'groups') {
    requireEnd(rest.slice(1));
    requireMethod(ctx, 'GET');
    return collectionPayload(
      ctx,
      ctx.store.users.groupsOf(user.id).map((g) => groupEntity(ctx, g)),
      'SP.ApiData.Groups'
    );
  }
  throw resourceNotFound(rest[0].name);
}

function groupRoute(ctx: RequestContext, group: SiteGroup | undefined, rest: readonly Segment[]): Payload {
  if (group === undefined) {
    throw groupNotFoundError();
  }
  if (rest.length === 0) {
    requireMethod(ctx, 'GET');
    return entityPayload(ctx, groupEntity(ctx, group), 'SP.ApiData.Groups/@Element');
  }
  if (rest[0].lower === 'users') {
    requireMethod(ctx, 'GET');
    const members = ctx.store.users.membersOf(group.id);
    if (rest.length === 1) {
      return collectionPayload(
        ctx,
        members.map((u) => userEntity(ctx, u)),
        'SP.ApiData.Users'
      );
    }
    if (rest[1].lower === 'getbyid') {
      const id = integerArgument(rest[1]);
      return userRoute(
        ctx,
        members.find((u) => u.id === id),
        rest.slice(2)
      );
    }
  }
  throw resourceNotFound(rest[0].name);
}

function siteUsersRoute(ctx: RequestContext, segment: Segment, rest: readonly Segment[]): Payload {
  const users = ctx.store.users;
  if (segment.args !== undefined) {
    return userRoute(ctx, users.byLogin(textArgument(segment)), rest);
  }
  if (rest.length === 0) {
    requireMethod(ctx, 'GET');
    return collectionPayload(
      ctx,
      users.siteUsers().map((u) => userEntity(ctx, u)),
      'SP.ApiData.Users'
    );
  }
  const [next, ...after] = rest;
  switch (next.lower) {
    case 'getbyid':
      return userRoute(ctx, users.byId(integerArgument(next)), after);
    case 'getbyemail':
    case 'getbyloginname':
      return userRoute(ctx, users.byLogin(textArgument(next)), after);
    default:
      throw resourceNotFound(next.name);
  }
}

function siteGroupsRoute(ctx: RequestContext, segment: Segment, rest: readonly Segment[]): Payload {
  const groups = ctx.store.users.groups();
  if (segment.args !== undefined) {
    const id = integerArgument(segment);
    return groupRoute(
      ctx,
      groups.find((g) => g.id === id),
      rest
    );
  }
  if (rest.length === 0) {
    requireMethod(ctx, 'GET');
    return collectionPayload(
      ctx,
      groups.map((g) => groupEntity(ctx, g)),
      'SP.ApiData.Groups'
    );
  }
  const [next, ...after] = rest;
  switch (next.lower) {
    case 'getbyid': {
      const id = integerArgument(next);
      return groupRoute(
        ctx,
        groups.find((g) => g.id === id),
        after
      );
    }
    case 'getbyname': {
      const name = textArgument(next).toLowerCase();
      return groupRoute(
        ctx,
        groups.find((g) => g.title.toLowerCase() === name),
        after
      );
    }
    default:
      throw resourceNotFound(next.name);
  }
}

function ensureUser(ctx: RequestContext, segment: Segment): Payload {
  requireMethod(ctx, 'POST');
  requireContribute(ctx);
  const body = segment.args === undefined ? jsonBody(ctx) : {};
  const login = segment.args !== undefined ? textArgument(segment) : body.logonName;
  if (typeof login !== 'string' || login.trim() === '') {
    throw new SpError(400, ErrorCodes.argument, 'Value cannot be null.\r\nParameter name: logonName');
  }
  const user = ctx.store.write(() => ctx.store.users.ensureInSite(login));
  if (user === undefined) {
    throw new SpError(404, ErrorCodes.spExceptionGeneric, `The specified user ${login} could not be found.`);
  }
  return { kind: 'entity', entity: userEntity(ctx, user), metadata: 'SP.ApiData.Users/@Element' };
}

function updateWeb(ctx: RequestContext): Payload {
  requireManageLists(ctx);
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
    return ctx.method === 'GET' ? entityPayload(ctx, webEntity(ctx), 'SP.Web') : updateWeb(ctx);
  }
  const [next, ...after] = rest;
  const groups = ctx.store.users.groups();
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
      return userRoute(ctx, ctx.store.users.byId(integerArgument(next)), after);
    case 'ensureuser':
      requireEnd(after);
      return ensureUser(ctx, next);
    case 'sitegroups':
      return siteGroupsRoute(ctx, next, after);
    case 'associatedownergroup':
      return groupRoute(ctx, groups.find((g) => g.id === GROUP_IDS.owners), after);
    case 'associatedmembergroup':
      return groupRoute(ctx, groups.find((g) => g.id === GROUP_IDS.members), after);
    case 'associatedvisitorgroup':
      return groupRoute(ctx, groups.find((g) => g.id === GROUP_IDS.visitors), after);
    case 'effectivebasepermissions':
      requireEnd(after);
      return { kind: 'raw', json: { ...(ctx.level === 'none' ? {} : { 'odata.metadata': `${ctx.siteUrl}/_api/$metadata#SP.ApiData.BasePermissions` }), ...PERMISSION_MASKS[ctx.access] } };
    default: {
      const entity = webEntity(ctx);
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
