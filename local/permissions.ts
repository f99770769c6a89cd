/**
 * Permission checks, following SharePoint's permission levels for the three site groups:
 * owners (Full Control) do everything; members (Contribute) read and write items; visitors
 * (Read) only read. A list's WriteSecurity narrows members: 2 = only items they created,
 * 4 = no items. ReadSecurity 2 lets members and visitors see only items they created.
 */
import { accessDenied } from './errors';
import type { RequestContext } from './context';
import type { ListRecord } from './store/lists';
import type { ItemRow } from './store/items';

/** Fails unless the caller may read the site. */
export function requireRead(ctx: RequestContext): void {
  if (ctx.access === 'None') {
    throw accessDenied();
  }
}

/** Fails unless the caller may manage lists and fields (owners). */
export function requireManageLists(ctx: RequestContext): void {
  if (ctx.access !== 'FullControl') {
    throw accessDenied();
  }
}

/** Fails unless the caller may write at all (members and owners). */
export function requireContribute(ctx: RequestContext): void {
  if (ctx.access !== 'FullControl' && ctx.access !== 'Contribute') {
    throw accessDenied();
  }
}

/** Fails unless the caller may add items to the list. */
export function requireAddItem(ctx: RequestContext, list: ListRecord): void {
  requireContribute(ctx);
  if (ctx.access !== 'FullControl' && Number(list.props.WriteSecurity ?? 1) === 4) {
    throw accessDenied();
  }
}

/** Fails unless the caller may edit or delete this item. */
export function requireEditItem(ctx: RequestContext, list: ListRecord, row: ItemRow): void {
  requireContribute(ctx);
  if (ctx.access === 'FullControl') {
    return;
  }
  const writeSecurity = Number(list.props.WriteSecurity ?? 1);
  if (writeSecurity === 4 || (writeSecurity === 2 && Number(row.s_author) !== ctx.user.id)) {
    throw accessDenied();
  }
}

/** The author restriction ReadSecurity puts on the caller's reads, if any. */
export function readScope(ctx: RequestContext, list: ListRecord): { onlyAuthorId?: number } {
  if (ctx.access !== 'FullControl' && Number(list.props.ReadSecurity ?? 1) === 2) {
    return { onlyAuthorId: ctx.user.id };
  }
  return {};
}

/** Fails unless the caller may read this item (ReadSecurity). */
export function requireReadItem(ctx: RequestContext, list: ListRecord, row: ItemRow): void {
  requireRead(ctx);
  const scope = readScope(ctx, list);
  if (scope.onlyAuthorId !== undefined && Number(row.s_author) !== scope.onlyAuthorId) {
    throw accessDenied();
  }
}

/** SharePoint's effective permission masks for the three levels. */
export const PERMISSION_MASKS: Readonly<Record<string, { High: string; Low: string }>> = {
  FullControl: { High: '2147483647', Low: '4294967295' },
  Contribute: { High: '432', Low: '1011028719' },
  Read: { High: '176', Low: '138612833' },
  None: { High: '0', Low: '0' }
};
