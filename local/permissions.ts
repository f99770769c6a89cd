/**
 * Permission checks against the caller's effective permissions (store/security.ts), named
 * for what each REST operation needs in SharePoint: reading the site needs Open, reading a
 * list ViewListItems, writing items Add/Edit/DeleteListItems, changing lists and columns
 * ManageLists, changing permissions ManagePermissions. A list's WriteSecurity narrows item
 * writes (2 = only items the caller created, 4 = none) and ReadSecurity 2 narrows reads to the
 * caller's own items, for everyone without ManageLists on the list.
 */
import { accessDenied } from './errors';
import type { RequestContext } from './context';
import { hasPermission, maskJson, PermissionKind, type Mask } from './security/masks';
import type { ListRecord } from './store/lists';
import type { ItemRow } from './store/items';

/** Fails with SharePoint's 403 unless the caller holds `kind` on the web. */
export function requireWebPermission(ctx: RequestContext, kind: number): void {
  if (!hasPermission(ctx.perms.web(), kind)) {
    throw accessDenied();
  }
}

/** Fails with SharePoint's 403 unless the caller holds `kind` on the list. */
export function requireListPermission(ctx: RequestContext, list: ListRecord, kind: number): void {
  if (!hasPermission(ctx.perms.list(list), kind)) {
    throw accessDenied();
  }
}

/** Fails unless the caller may open the site (any level, Limited Access included). */
export function requireRead(ctx: RequestContext): void {
  requireWebPermission(ctx, PermissionKind.Open);
}

/** Fails unless the caller may create lists on the site. */
export function requireManageWebLists(ctx: RequestContext): void {
  requireWebPermission(ctx, PermissionKind.ManageLists);
}

/** Fails unless the caller may change the list and its columns. */
export function requireManageList(ctx: RequestContext, list: ListRecord): void {
  requireListPermission(ctx, list, PermissionKind.ManageLists);
}

/** Fails unless the caller may see the list and its items. */
export function requireViewList(ctx: RequestContext, list: ListRecord): void {
  requireListPermission(ctx, list, PermissionKind.ViewListItems);
}

/** Whether the caller sees the list at all (lists the caller cannot see are left out of `web/lists`). */
export function canViewList(ctx: RequestContext, list: ListRecord): boolean {
  return hasPermission(ctx.perms.list(list), PermissionKind.ViewListItems);
}

/** Whether WriteSecurity and ReadSecurity apply to the caller (everyone without ManageLists). */
function itemLevelRulesApply(ctx: RequestContext, list: ListRecord): boolean {
  return !hasPermission(ctx.perms.list(list), PermissionKind.ManageLists);
}

/** Fails unless the caller may add items to the list. */
export function requireAddItem(ctx: RequestContext, list: ListRecord): void {
  requireListPermission(ctx, list, PermissionKind.AddListItems);
  if (itemLevelRulesApply(ctx, list) && Number(list.props.WriteSecurity ?? 1) === 4) {
    throw accessDenied();
  }
}

function requireOwnItem(ctx: RequestContext, list: ListRecord, row: ItemRow): void {
  if (!itemLevelRulesApply(ctx, list)) {
    return;
  }
  const writeSecurity = Number(list.props.WriteSecurity ?? 1);
  if (writeSecurity === 4 || (writeSecurity === 2 && Number(row.s_author) !== ctx.user.id)) {
    throw accessDenied();
  }
}

/** Fails unless the caller may edit this item. */
export function requireEditItem(ctx: RequestContext, list: ListRecord, row: ItemRow): void {
  requireListPermission(ctx, list, PermissionKind.EditListItems);
  requireOwnItem(ctx, list, row);
}

/** Fails unless the caller may delete (or recycle) this item. */
export function requireDeleteItem(ctx: RequestContext, list: ListRecord, row: ItemRow): void {
  requireListPermission(ctx, list, PermissionKind.DeleteListItems);
  requireOwnItem(ctx, list, row);
}

/** The author restriction ReadSecurity puts on the caller's reads, if any. */
export function readScope(ctx: RequestContext, list: ListRecord): { onlyAuthorId?: number } {
  if (itemLevelRulesApply(ctx, list) && Number(list.props.ReadSecurity ?? 1) === 2) {
    return { onlyAuthorId: ctx.user.id };
  }
  return {};
}

/** Fails unless the caller may read this item (ViewListItems and ReadSecurity). */
export function requireReadItem(ctx: RequestContext, list: ListRecord, row: ItemRow): void {
  requireViewList(ctx, list);
  const scope = readScope(ctx, list);
  if (scope.onlyAuthorId !== undefined && Number(row.s_author) !== scope.onlyAuthorId) {
    throw accessDenied();
  }
}

/**
 * A mask as SharePoint answers `EffectiveBasePermissions` or `GetUserEffectivePermissions`
 * (`name`): an SP.BasePermissions value in the caller's metadata level.
 */
export function basePermissionsJson(ctx: RequestContext, mask: Mask, name: string = 'EffectiveBasePermissions'): Record<string, unknown> {
  if (ctx.level === 'verbose') {
    return { d: { [name]: { __metadata: { type: 'SP.BasePermissions' }, ...maskJson(mask) } } };
  }
  return { ...(ctx.level === 'none' ? {} : { 'odata.metadata': `${ctx.siteUrl}/_api/$metadata#SP.ApiData.BasePermissions` }), ...maskJson(mask) };
}
