/**
 * SharePoint's security REST surface on the web and on lists:
 * `roledefinitions` (GET, POST; `(id)`, `getById(id)`, `getByName('…')`, `getByType(n)`; MERGE,
 * DELETE), `roleassignments` (GET with `$expand=Member,RoleDefinitionBindings`; `(principalId)`,
 * `getByPrincipalId(n)`, DELETE; `addroleassignment(principalid=…, roledefid=…)`,
 * `removeroleassignment(…)`), `breakroleinheritance(copyroleassignments=…, clearsubscopes=…)`,
 * `resetroleinheritance`, `getusereffectivepermissions(@u)`.
 *
 * Reading assignments and other people's permissions needs EnumeratePermissions on the scope;
 * changing them, and the levels, needs ManagePermissions — Full Control, as in SharePoint.
 */
import type { RequestContext } from '../context';
import { accessDenied, ErrorCodes, resourceNotFound, SpError, unknownBodyProperty, wrongValueType } from '../errors';
import { Entity, type Payload } from '../json';
import { basePermissionsJson } from '../permissions';
import { hasPermission, maskFromJson, maskJson, PermissionKind, type Mask } from '../security/masks';
import type { Segment } from '../segments';
import { groupEntity, listPath, userEntity } from '../shapes';
import type { RoleAssignmentRecord, RoleDefinitionRecord, Scope } from '../store/security';
import { collectionPayload, entityPayload, integerArgument, jsonBody, queryOptions, requireEnd, requireMethod, textArgument } from './common';

function roleDefinitionNotFound(): SpError {
  return new SpError(404, ErrorCodes.spExceptionGeneric, 'The permission level cannot be found.');
}

function principalNotFound(id: number): SpError {
  return new SpError(404, ErrorCodes.spExceptionGeneric, `Cannot find principal with id: ${id}.`);
}

/** SP.RoleDefinition. */
function roleDefinitionEntity(ctx: RequestContext, role: RoleDefinitionRecord): Entity {
  const path = `Web/RoleDefinitions(${role.id})`;
  return new Entity(
    { type: 'SP.RoleDefinition', id: `${ctx.siteUrl}/_api/${path}`, editLink: path },
    {
      BasePermissions: maskJson(role.mask),
      Description: role.description,
      Hidden: role.hidden,
      Id: role.id,
      Name: role.name,
      Order: role.order,
      RoleTypeKind: role.roleTypeKind
    }
  );
}

function requireManagePermissionsOnWeb(ctx: RequestContext): void {
  if (!hasPermission(ctx.perms.web(), PermissionKind.ManagePermissions)) {
    throw accessDenied();
  }
}

/** Reads a role definition body (POST or MERGE). */
function roleDefinitionBody(ctx: RequestContext): { name?: string; description?: string; order?: number; mask?: Mask } {
  const result: { name?: string; description?: string; order?: number; mask?: Mask } = {};
  for (const [key, value] of Object.entries(jsonBody(ctx))) {
    switch (key) {
      case '__metadata':
        continue;
      case 'Name':
      case 'Description':
        if (typeof value !== 'string') {
          throw wrongValueType('Edm.String');
        }
        result[key === 'Name' ? 'name' : 'description'] = value;
        break;
      case 'Order':
        if (typeof value !== 'number' || !Number.isInteger(value)) {
          throw wrongValueType('Edm.Int32');
        }
        result.order = value;
        break;
      case 'BasePermissions': {
        const mask = maskFromJson(value);
        if (mask === undefined) {
          throw wrongValueType('Edm.Int64');
        }
        result.mask = mask;
        break;
      }
      default:
        throw unknownBodyProperty(key, 'SP.RoleDefinition');
    }
  }
  return result;
}

function createRoleDefinition(ctx: RequestContext): Payload {
  requireManagePermissionsOnWeb(ctx);
  const body = roleDefinitionBody(ctx);
  const name = body.name?.trim() ?? '';
  if (name === '') {
    throw new SpError(400, ErrorCodes.argument, 'Value cannot be null.\r\nParameter name: Name');
  }
  if (body.mask === undefined) {
    throw new SpError(400, ErrorCodes.argument, 'Value cannot be null.\r\nParameter name: BasePermissions');
  }
  if (ctx.store.security.roleDefinitionByName(name) !== undefined) {
    throw new SpError(400, ErrorCodes.spExceptionGeneric, 'A permission level with this name already exists. Type a different name for this permission level.');
  }
  const mask = body.mask;
  const role = ctx.store.write(() => ctx.store.security.addRoleDefinition({ name, description: body.description ?? '', order: body.order ?? 1000, mask }));
  return { kind: 'entity', entity: roleDefinitionEntity(ctx, role), metadata: 'SP.ApiData.RoleDefinitions/@Element', status: 201 };
}

function roleDefinitionRoute(ctx: RequestContext, role: RoleDefinitionRecord | undefined, rest: readonly Segment[]): Payload {
  if (role === undefined) {
    throw roleDefinitionNotFound();
  }
  requireEnd(rest);
  requireMethod(ctx, 'GET', 'MERGE', 'PATCH', 'DELETE');
  if (ctx.method === 'GET') {
    return entityPayload(ctx, roleDefinitionEntity(ctx, role), 'SP.ApiData.RoleDefinitions/@Element');
  }
  requireManagePermissionsOnWeb(ctx);
  // Full Control and Limited Access cannot be changed; built-in levels cannot be deleted.
  const locked = role.roleTypeKind === 5 || role.roleTypeKind === 1;
  if ((ctx.method === 'DELETE' && role.roleTypeKind !== 0) || locked) {
    throw new SpError(400, ErrorCodes.spExceptionGeneric, 'You cannot edit or delete this permission level.');
  }
  if (ctx.method === 'DELETE') {
    ctx.store.write(() => ctx.store.db.transaction(() => ctx.store.security.removeRoleDefinition(role.id)));
    return { kind: 'empty', status: 200 };
  }
  const changes = roleDefinitionBody(ctx);
  const other = changes.name === undefined ? undefined : ctx.store.security.roleDefinitionByName(changes.name);
  if (other !== undefined && other.id !== role.id) {
    throw new SpError(400, ErrorCodes.spExceptionGeneric, 'A permission level with this name already exists. Type a different name for this permission level.');
  }
  ctx.store.write(() => ctx.store.security.updateRoleDefinition(role.id, changes));
  return { kind: 'empty', status: 204 };
}

/** `web/roledefinitions…` */
export function roleDefinitionsRoute(ctx: RequestContext, segment: Segment, rest: readonly Segment[]): Payload {
  const security = ctx.store.security;
  if (segment.args !== undefined) {
    return roleDefinitionRoute(ctx, security.roleDefinition(integerArgument(segment)), rest);
  }
  if (rest.length === 0) {
    requireMethod(ctx, 'GET', 'POST');
    if (ctx.method === 'POST') {
      return createRoleDefinition(ctx);
    }
    return collectionPayload(
      ctx,
      security.roleDefinitions().map((role) => roleDefinitionEntity(ctx, role)),
      'SP.ApiData.RoleDefinitions'
    );
  }
  const [next, ...after] = rest;
  switch (next.lower) {
    case 'getbyid':
      return roleDefinitionRoute(ctx, security.roleDefinition(integerArgument(next)), after);
    case 'getbyname':
      return roleDefinitionRoute(ctx, security.roleDefinitionByName(textArgument(next)), after);
    case 'getbytype': {
      const kind = integerArgument(next);
      return roleDefinitionRoute(
        ctx,
        security.roleDefinitions().find((role) => role.roleTypeKind === kind && kind !== 0),
        after
      );
    }
    default:
      throw resourceNotFound(next.name);
  }
}

// ---- Securable objects ---------------------------------------------------------------------

/** The caller's permissions on a securable scope. */
function maskOn(ctx: RequestContext, scope: Scope): Mask {
  if (scope === 'web') {
    return ctx.perms.web();
  }
  const rowId = Number(scope.slice('list:'.length));
  const list = ctx.store.lists.all().find((l) => l.rowId === rowId);
  return list === undefined ? { high: 0, low: 0 } : ctx.perms.list(list);
}

/** The REST path of a scope, for `odata.id` and edit links. */
function scopePath(ctx: RequestContext, scope: Scope): string {
  if (scope === 'web') {
    return 'Web';
  }
  const rowId = Number(scope.slice('list:'.length));
  const list = ctx.store.lists.all().find((l) => l.rowId === rowId);
  return list === undefined ? 'Web' : listPath(list);
}

function requireOnScope(ctx: RequestContext, scope: Scope, kind: number): void {
  if (!hasPermission(maskOn(ctx, scope), kind)) {
    throw accessDenied();
  }
}

/** Member (user or group) of an assignment. */
function principalEntity(ctx: RequestContext, principalId: number): Entity | null {
  const group = ctx.store.users.groupById(principalId);
  if (group !== undefined) {
    return groupEntity(ctx, group);
  }
  const user = ctx.store.users.byId(principalId);
  return user === undefined ? null : userEntity(ctx, user);
}

/** SP.RoleAssignment, with `Member` and `RoleDefinitionBindings` when expanded. */
function roleAssignmentEntity(ctx: RequestContext, scope: Scope, assignment: RoleAssignmentRecord): Entity {
  const path = `${scopePath(ctx, scope)}/RoleAssignments/GetByPrincipalId(${assignment.principalId})`;
  const expand = new Set(queryOptions(ctx).expand.map((name) => name.toLowerCase()));
  const props: Record<string, unknown> = { PrincipalId: assignment.principalId };
  if (expand.has('member')) {
    props.Member = principalEntity(ctx, assignment.principalId);
  }
  if (expand.has('roledefinitionbindings')) {
    props.RoleDefinitionBindings = assignment.roleDefinitionIds
      .map((id) => ctx.store.security.roleDefinition(id))
      .filter((role): role is RoleDefinitionRecord => role !== undefined)
      .map((role) => roleDefinitionEntity(ctx, role));
  }
  return new Entity({ type: 'SP.RoleAssignment', id: `${ctx.siteUrl}/_api/${path}`, editLink: path }, props);
}

/** Keeps `$select`ed properties; expanded navigation properties are kept whole when named. */
function selectAssignment(ctx: RequestContext, entity: Entity): Entity {
  const select = queryOptions(ctx).select;
  if (select === undefined || select.some((path) => path[0] === '*')) {
    return entity;
  }
  const wanted = new Set(select.map((path) => path[0].toLowerCase()));
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity.props)) {
    if (wanted.has(key.toLowerCase())) {
      props[key] = value;
    }
  }
  return new Entity(entity.meta, props);
}

/** A named (or positional) argument of a segment. */
function namedArgument(segment: Segment, name: string, position: number): string | number | undefined {
  const args = segment.args ?? [];
  const named = args.find((arg) => arg.name?.toLowerCase() === name);
  return named !== undefined ? named.value : args[position]?.name === undefined ? args[position]?.value : undefined;
}

function integerNamed(segment: Segment, name: string, position: number): number {
  const value = namedArgument(segment, name, position);
  const numeric = typeof value === 'number' ? value : Number(value);
  if (value === undefined || !Number.isInteger(numeric)) {
    throw new SpError(400, ErrorCodes.argument, `Value cannot be null.\r\nParameter name: ${name}`);
  }
  return numeric;
}

function booleanNamed(segment: Segment, name: string, position: number): boolean {
  const value = String(namedArgument(segment, name, position) ?? '').toLowerCase();
  if (value !== 'true' && value !== 'false') {
    throw new SpError(400, ErrorCodes.argument, `Value cannot be null.\r\nParameter name: ${name}`);
  }
  return value === 'true';
}

function requireUnique(ctx: RequestContext, scope: Scope): void {
  if (!ctx.store.security.hasUniqueRoleAssignments(scope)) {
    throw new SpError(400, ErrorCodes.spExceptionGeneric, 'This operation is not allowed on an object that inherits permissions.');
  }
}

function changeAssignment(ctx: RequestContext, scope: Scope, segment: Segment, add: boolean): Payload {
  requireMethod(ctx, 'POST');
  requireOnScope(ctx, scope, PermissionKind.ManagePermissions);
  requireUnique(ctx, scope);
  const principalId = integerNamed(segment, 'principalid', 0);
  const roleDefId = integerNamed(segment, 'roledefid', 1);
  if (principalEntity(ctx, principalId) === null) {
    throw principalNotFound(principalId);
  }
  if (ctx.store.security.roleDefinition(roleDefId) === undefined) {
    throw roleDefinitionNotFound();
  }
  ctx.store.write(() =>
    add ? ctx.store.security.addAssignment(scope, principalId, roleDefId) : ctx.store.security.removeAssignment(scope, principalId, roleDefId)
  );
  return { kind: 'raw', json: ctx.level === 'verbose' ? { d: { [add ? 'AddRoleAssignment' : 'RemoveRoleAssignment']: null } } : { 'odata.null': true } };
}

function assignmentRoute(ctx: RequestContext, scope: Scope, principalId: number, rest: readonly Segment[]): Payload {
  const assignment = ctx.store.security.assignments(scope).find((a) => a.principalId === principalId);
  if (assignment === undefined) {
    throw principalNotFound(principalId);
  }
  if (rest.length === 0) {
    requireMethod(ctx, 'GET', 'DELETE');
    if (ctx.method === 'DELETE') {
      requireOnScope(ctx, scope, PermissionKind.ManagePermissions);
      requireUnique(ctx, scope);
      ctx.store.write(() => ctx.store.security.removePrincipal(scope, principalId));
      return { kind: 'empty', status: 200 };
    }
    return { kind: 'entity', entity: selectAssignment(ctx, roleAssignmentEntity(ctx, scope, assignment)), metadata: 'SP.ApiData.RoleAssignments/@Element' };
  }
  const [next, ...after] = rest;
  requireEnd(after);
  requireMethod(ctx, 'GET');
  switch (next.lower) {
    case 'member': {
      const member = principalEntity(ctx, principalId)!;
      return { kind: 'entity', entity: member, metadata: member.meta.type === 'SP.Group' ? 'SP.ApiData.Groups/@Element' : 'SP.ApiData.Users/@Element' };
    }
    case 'roledefinitionbindings':
      return collectionPayload(
        ctx,
        assignment.roleDefinitionIds
          .map((id) => ctx.store.security.roleDefinition(id))
          .filter((role): role is RoleDefinitionRecord => role !== undefined)
          .map((role) => roleDefinitionEntity(ctx, role)),
        'SP.ApiData.RoleDefinitions'
      );
    default:
      throw resourceNotFound(next.name);
  }
}

function roleAssignmentsRoute(ctx: RequestContext, scope: Scope, segment: Segment, rest: readonly Segment[]): Payload {
  if (segment.args !== undefined) {
    requireOnScope(ctx, scope, PermissionKind.EnumeratePermissions);
    return assignmentRoute(ctx, scope, integerArgument(segment), rest);
  }
  if (rest.length === 0) {
    requireMethod(ctx, 'GET');
    requireOnScope(ctx, scope, PermissionKind.EnumeratePermissions);
    const entities = ctx.store.security.assignments(scope).map((a) => selectAssignment(ctx, roleAssignmentEntity(ctx, scope, a)));
    return { kind: 'collection', entities, metadata: 'SP.ApiData.RoleAssignments' };
  }
  const [next, ...after] = rest;
  switch (next.lower) {
    case 'getbyprincipalid':
      requireOnScope(ctx, scope, PermissionKind.EnumeratePermissions);
      return assignmentRoute(ctx, scope, integerArgument(next), after);
    case 'addroleassignment':
    case 'removeroleassignment':
      requireEnd(after);
      return changeAssignment(ctx, scope, next, next.lower === 'addroleassignment');
    default:
      throw resourceNotFound(next.name);
  }
}

/**
 * The security members of a securable (`segment` is the member's name): role assignments,
 * breaking and resetting inheritance, other users' effective permissions.
 */
export function securableRoute(ctx: RequestContext, scope: Scope, segment: Segment, rest: readonly Segment[]): Payload {
  switch (segment.lower) {
    case 'roleassignments':
      return roleAssignmentsRoute(ctx, scope, segment, rest);
    case 'breakroleinheritance':
    case 'resetroleinheritance': {
      requireEnd(rest);
      requireMethod(ctx, 'POST');
      requireOnScope(ctx, scope, PermissionKind.ManagePermissions);
      if (scope === 'web') {
        throw new SpError(400, ErrorCodes.spExceptionGeneric, 'This securable object is a site and it is the top level site.');
      }
      if (segment.lower === 'breakroleinheritance') {
        const copy = booleanNamed(segment, 'copyroleassignments', 0);
        // clearSubscopes matters for child scopes; items here always inherit their list.
        booleanNamed(segment, 'clearsubscopes', 1);
        ctx.store.write(() => ctx.store.db.transaction(() => ctx.store.security.breakInheritance(scope, copy, ctx.user.id)));
      } else {
        ctx.store.write(() => ctx.store.db.transaction(() => ctx.store.security.resetInheritance(scope)));
      }
      return { kind: 'raw', json: ctx.level === 'verbose' ? { d: { [segment.name]: null } } : { 'odata.null': true } };
    }
    case 'getusereffectivepermissions': {
      requireEnd(rest);
      requireMethod(ctx, 'GET');
      requireOnScope(ctx, scope, PermissionKind.EnumeratePermissions);
      const login = textArgument(segment);
      const user = ctx.store.users.byLogin(login);
      if (user === undefined) {
        throw new SpError(404, ErrorCodes.spExceptionGeneric, 'User cannot be found.');
      }
      const rowId = scope === 'web' ? undefined : Number(scope.slice('list:'.length));
      const mask = ctx.store.security.effectiveMask(user, rowId === undefined ? 'web' : `list:${rowId}`);
      return { kind: 'raw', json: basePermissionsJson(ctx, mask, 'GetUserEffectivePermissions') };
    }
    default:
      throw resourceNotFound(segment.name);
  }
}
