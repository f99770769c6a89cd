/**
 * The site's people: `web/currentuser`, `web/siteusers`, `web/getUserById`, `web/ensureuser`,
 * and `web/sitegroups` with members — reading them (BrowseUserInfo), creating groups
 * (`POST sitegroups`, CreateGroups) and adding or removing members (`POST sitegroups(n)/users`,
 * `users/removeById(n)`: the group's owner, members when the group lets them, or whoever may
 * manage permissions on the site).
 */
import type { RequestContext } from '../context';
import { accessDenied, ErrorCodes, resourceNotFound, SpError, unknownBodyProperty } from '../errors';
import type { Payload } from '../json';
import { requireWebPermission } from '../permissions';
import { hasPermission, PermissionKind } from '../security/masks';
import type { Segment } from '../segments';
import { groupEntity, userEntity } from '../shapes';
import { GROUP_IDS, type SiteGroup, type SiteUser } from '../store/users';
import { collectionPayload, entityPayload, integerArgument, jsonBody, requireEnd, requireMethod, textArgument, typedProperty } from './common';

function userNotFoundError(): SpError {
  return new SpError(404, ErrorCodes.spExceptionGeneric, 'User cannot be found.');
}

function groupNotFoundError(): SpError {
  return new SpError(404, ErrorCodes.spExceptionGeneric, 'Group cannot be found.');
}

function unknownLogin(login: string): SpError {
  return new SpError(404, ErrorCodes.spExceptionGeneric, `The specified user ${login} could not be found.`);
}

/** Fails unless the caller may read the site's people. */
function requireBrowseUsers(ctx: RequestContext): void {
  requireWebPermission(ctx, PermissionKind.BrowseUserInfo);
}

/** `…/currentuser`, `siteusers(…)`, `getUserById(n)` and what is below them. */
export function userRoute(ctx: RequestContext, user: SiteUser | undefined, rest: readonly Segment[]): Payload {
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

/** Whether the caller may change the group's members: owner, allowed member, or permission manager. */
function mayEditMembership(ctx: RequestContext, group: SiteGroup): boolean {
  if (hasPermission(ctx.perms.web(), PermissionKind.ManagePermissions)) {
    return true;
  }
  const users = ctx.store.users;
  const ownsIt = group.ownerId === ctx.user.id || users.isMember(group.ownerId, ctx.user.id);
  return ownsIt || (group.allowMembersEditMembership && users.isMember(group.id, ctx.user.id));
}

function addMember(ctx: RequestContext, group: SiteGroup): Payload {
  if (!mayEditMembership(ctx, group)) {
    throw accessDenied();
  }
  const body = jsonBody(ctx);
  for (const name of Object.keys(body)) {
    if (name !== 'LoginName' && name !== '__metadata') {
      throw unknownBodyProperty(name, 'SP.User');
    }
  }
  const login = body.LoginName;
  if (typeof login !== 'string' || login.trim() === '') {
    throw new SpError(400, ErrorCodes.argument, 'Value cannot be null.\r\nParameter name: loginName');
  }
  const person = ctx.store.users.byLogin(login);
  if (person === undefined) {
    throw unknownLogin(login);
  }
  ctx.store.write(() => ctx.store.db.transaction(() => ctx.store.users.addToGroup(group.id, person.id)));
  return { kind: 'entity', entity: userEntity(ctx, ctx.store.users.byId(person.id)!), metadata: 'SP.ApiData.Users/@Element', status: 201 };
}

function groupUsersRoute(ctx: RequestContext, group: SiteGroup, rest: readonly Segment[]): Payload {
  const members = ctx.store.users.membersOf(group.id);
  if (rest.length === 0) {
    requireMethod(ctx, 'GET', 'POST');
    if (ctx.method === 'POST') {
      return addMember(ctx, group);
    }
    return collectionPayload(
      ctx,
      members.map((u) => userEntity(ctx, u)),
      'SP.ApiData.Users'
    );
  }
  const [next, ...after] = rest;
  switch (next.lower) {
    case 'getbyid':
      return userRoute(
        ctx,
        members.find((u) => u.id === integerArgument(next)),
        after
      );
    case 'removebyid':
    case 'removebyloginname': {
      requireEnd(after);
      requireMethod(ctx, 'POST');
      if (!mayEditMembership(ctx, group)) {
        throw accessDenied();
      }
      const user = next.lower === 'removebyid' ? ctx.store.users.byId(integerArgument(next)) : ctx.store.users.byLogin(textArgument(next));
      if (user === undefined || !ctx.store.users.isMember(group.id, user.id)) {
        throw userNotFoundError();
      }
      ctx.store.write(() => ctx.store.users.removeFromGroup(group.id, user.id));
      return { kind: 'empty', status: 200 };
    }
    default:
      throw resourceNotFound(next.name);
  }
}

/** One site group and what is below it. */
export function groupRoute(ctx: RequestContext, group: SiteGroup | undefined, rest: readonly Segment[]): Payload {
  if (group === undefined) {
    throw groupNotFoundError();
  }
  if (rest.length === 0) {
    requireMethod(ctx, 'GET');
    return entityPayload(ctx, groupEntity(ctx, group), 'SP.ApiData.Groups/@Element');
  }
  if (rest[0].lower === 'users') {
    return groupUsersRoute(ctx, group, rest.slice(1));
  }
  throw resourceNotFound(rest[0].name);
}

/** The writable SP.Group properties and their JSON types. */
const GROUP_PROPERTY_TYPES: Readonly<Record<string, 'boolean' | 'string'>> = {
  Title: 'string',
  Description: 'string',
  AllowMembersEditMembership: 'boolean',
  AllowRequestToJoinLeave: 'boolean',
  AutoAcceptRequestToJoinLeave: 'boolean',
  OnlyAllowMembersViewMembership: 'boolean',
  RequestToJoinLeaveEmailSetting: 'string'
};

/** `POST web/sitegroups`: a new group owned by the caller. */
function createGroup(ctx: RequestContext): Payload {
  requireWebPermission(ctx, PermissionKind.CreateGroups);
  const props: Record<string, boolean | string> = {};
  for (const [name, value] of Object.entries(jsonBody(ctx))) {
    if (name === '__metadata' || name.startsWith('odata.')) {
      continue;
    }
    const type = GROUP_PROPERTY_TYPES[name];
    if (type === undefined) {
      throw unknownBodyProperty(name, 'SP.Group');
    }
    props[name] = typedProperty(value, type) as boolean | string;
  }
  const title = typeof props.Title === 'string' ? props.Title.trim() : '';
  if (title === '') {
    throw new SpError(400, ErrorCodes.argument, 'Value cannot be null.\r\nParameter name: name');
  }
  if (ctx.store.users.groupByTitle(title) !== undefined || ctx.store.users.byLogin(title) !== undefined) {
    throw new SpError(400, ErrorCodes.groupNameInUse, 'The specified name is already in use.\n\nPlease go back and type a different name.');
  }
  const group = ctx.store.write(() =>
    ctx.store.users.createGroup({
      title,
      description: typeof props.Description === 'string' ? props.Description : '',
      ownerId: ctx.user.id,
      allowMembersEditMembership: props.AllowMembersEditMembership === true,
      onlyAllowMembersViewMembership: props.OnlyAllowMembersViewMembership === true
    })
  );
  return { kind: 'entity', entity: groupEntity(ctx, group), metadata: 'SP.ApiData.Groups/@Element', status: 201 };
}

/** `web/siteusers…` */
export function siteUsersRoute(ctx: RequestContext, segment: Segment, rest: readonly Segment[]): Payload {
  requireBrowseUsers(ctx);
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

/** `web/sitegroups…` */
export function siteGroupsRoute(ctx: RequestContext, segment: Segment, rest: readonly Segment[]): Payload {
  requireBrowseUsers(ctx);
  const users = ctx.store.users;
  if (segment.args !== undefined) {
    return groupRoute(ctx, users.groupById(integerArgument(segment)), rest);
  }
  if (rest.length === 0) {
    requireMethod(ctx, 'GET', 'POST');
    if (ctx.method === 'POST') {
      return createGroup(ctx);
    }
    return collectionPayload(
      ctx,
      users.groups().map((g) => groupEntity(ctx, g)),
      'SP.ApiData.Groups'
    );
  }
  const [next, ...after] = rest;
  switch (next.lower) {
    case 'getbyid':
      return groupRoute(ctx, users.groupById(integerArgument(next)), after);
    case 'getbyname':
      return groupRoute(ctx, users.groupByTitle(textArgument(next)), after);
    default:
      throw resourceNotFound(next.name);
  }
}

/** `web/associatedOwnerGroup`, `…MemberGroup`, `…VisitorGroup`. */
export function associatedGroupRoute(ctx: RequestContext, which: 'owners' | 'members' | 'visitors', rest: readonly Segment[]): Payload {
  requireBrowseUsers(ctx);
  return groupRoute(ctx, ctx.store.users.groupById(GROUP_IDS[which]), rest);
}

/**
 * `web/ensureuser`: makes a person of the directory a site user. Needs BrowseUserInfo on the
 * site and the right to add items somewhere on it (a person is added to Person columns).
 */
export function ensureUser(ctx: RequestContext, segment: Segment): Payload {
  requireMethod(ctx, 'POST');
  requireBrowseUsers(ctx);
  const mayAdd =
    hasPermission(ctx.perms.web(), PermissionKind.AddListItems) ||
    ctx.store.lists.all().some((list) => hasPermission(ctx.perms.list(list), PermissionKind.AddListItems));
  if (!mayAdd) {
    throw accessDenied();
  }
  const body = segment.args === undefined ? jsonBody(ctx) : {};
  const login = segment.args !== undefined ? textArgument(segment) : body.logonName;
  if (typeof login !== 'string' || login.trim() === '') {
    throw new SpError(400, ErrorCodes.argument, 'Value cannot be null.\r\nParameter name: logonName');
  }
  const user = ctx.store.write(() => ctx.store.users.ensureInSite(login));
  if (user === undefined) {
    throw unknownLogin(login);
  }
  return { kind: 'entity', entity: userEntity(ctx, user), metadata: 'SP.ApiData.Users/@Element' };
}
