/**
 * `/_api/web/lists/…/items`: query (GET with OData options and paging), create (POST),
 * one item (GET, MERGE with If-Match, DELETE), `recycle`, `versions`.
 */
import type { RequestContext } from '../context';
import { etagMismatch, resourceNotFound } from '../errors';
import { ItemProjection, versionEntity } from '../item-json';
import type { Payload } from '../json';
import { basePermissionsJson, readScope, requireAddItem, requireDeleteItem, requireEditItem, requireListPermission, requireReadItem, requireViewList } from '../permissions';
import { PermissionKind } from '../security/masks';
import type { Segment } from '../segments';
import { itemSetName } from '../shapes';
import { queryItems } from '../store/item-query';
import { bodyToChanges, itemEtag, type ItemRow } from '../store/items';
import type { ListRecord } from '../store/lists';
import { headerValue } from '../types';
import { integerArgument, jsonBody, queryOptions, requireEnd, requireMethod } from './common';

/** Checks `If-Match` against the item's ETag; `*` and a missing header always match. */
export function checkItemEtag(ifMatch: string | undefined, row: ItemRow): void {
  if (ifMatch === undefined || ifMatch.trim() === '*' || ifMatch.trim() === '') {
    return;
  }
  const sent = ifMatch.trim().replace(/^W\//, '');
  const current = itemEtag(row);
  // SharePoint Online's own item ETags are the bare version ("3"); accept that form too.
  if (sent === current || sent === `"${Number(row.s_version)}"`) {
    return;
  }
  throw etagMismatch(ifMatch.trim(), current);
}

function nextLink(ctx: RequestContext, skipToken: string): string {
  const params = new URLSearchParams(ctx.url.searchParams);
  for (const key of [...params.keys()]) {
    if (key.toLowerCase() === '$skiptoken') {
      params.delete(key);
    }
  }
  params.set('$skiptoken', skipToken);
  return `${ctx.url.origin}${ctx.url.pathname}?${params.toString()}`;
}

function userExistsFor(ctx: RequestContext): (id: number) => boolean {
  return (id) => ctx.store.users.isSiteUser(id);
}

function itemRoute(ctx: RequestContext, list: ListRecord, id: number, rest: readonly Segment[]): Payload {
  requireViewList(ctx, list);
  if (rest.length > 0) {
    const [next, ...after] = rest;
    switch (next.lower) {
      case 'recycle': {
        requireEnd(after);
        requireMethod(ctx, 'POST');
        requireListPermission(ctx, list, PermissionKind.DeleteListItems);
        const recycleId = ctx.store.write(() =>
          ctx.store.items.recycle(list, id, ctx.user.id, ctx.now, (row) => requireDeleteItem(ctx, list, row))
        );
        return { kind: 'value', value: recycleId, edmType: 'Edm.Guid', verboseName: 'Recycle' };
      }
      case 'versions': {
        requireMethod(ctx, 'GET');
        const row = ctx.store.items.require(list, id);
        requireReadItem(ctx, list, row);
        requireListPermission(ctx, list, PermissionKind.ViewVersions);
        const versions = ctx.store.items.versions(list, id);
        const entities = versions.map((v) => versionEntity(ctx, list, v, v.version === Number(row.s_version)));
        const single = next.args !== undefined ? next : after[0]?.lower === 'getbyid' ? after[0] : undefined;
        if (single === undefined) {
          requireEnd(after);
          return { kind: 'collection', entities, metadata: 'SP.ApiData.ListItemVersions' };
        }
        requireEnd(next.args !== undefined ? after : after.slice(1));
        const wanted = integerArgument(single);
        const entity = entities.find((e) => e.props.VersionId === wanted);
        if (entity === undefined) {
          throw resourceNotFound(`Versions(${wanted})`);
        }
        return { kind: 'entity', entity, metadata: 'SP.ApiData.ListItemVersions/@Element' };
      }
      case 'effectivebasepermissions':
        requireEnd(after);
        ctx.store.items.require(list, id);
        // Items inherit their list's permissions here (no item-level unique permissions).
        return { kind: 'raw', json: basePermissionsJson(ctx, ctx.perms.list(list)) };
      default:
        throw resourceNotFound(next.name);
    }
  }
  requireMethod(ctx, 'GET', 'MERGE', 'PATCH', 'PUT', 'DELETE');
  if (ctx.method === 'GET') {
    const options = queryOptions(ctx);
    const projection = new ItemProjection(ctx, list, options.select, options.expand);
    const row = ctx.store.items.require(list, id);
    requireReadItem(ctx, list, row);
    const [entity] = projection.build([row]);
    return { kind: 'entity', entity, metadata: `${itemSetName(list)}/@Element`, headers: { ETag: itemEtag(row) } };
  }
  requireListPermission(ctx, list, ctx.method === 'DELETE' ? PermissionKind.DeleteListItems : PermissionKind.EditListItems);
  const ifMatch = headerValue(ctx.headers, 'If-Match');
  if (ctx.method === 'DELETE') {
    ctx.store.write(() =>
      ctx.store.items.remove(list, id, ctx.now, (row) => {
        requireDeleteItem(ctx, list, row);
        checkItemEtag(ifMatch, row);
      })
    );
    return { kind: 'empty', status: 200 };
  }
  const changes = bodyToChanges(list, jsonBody(ctx), userExistsFor(ctx));
  const row = ctx.store.write(() =>
    ctx.store.items.update(list, id, changes, ctx.user.id, ctx.now, (current) => {
      requireEditItem(ctx, list, current);
      checkItemEtag(ifMatch, current);
    })
  );
  return { kind: 'empty', status: 204, headers: { ETag: itemEtag(row) } };
}

/** `…/items…` */
export function itemsRoute(ctx: RequestContext, list: ListRecord, segment: Segment, rest: readonly Segment[]): Payload {
  requireViewList(ctx, list);
  if (segment.args !== undefined) {
    return itemRoute(ctx, list, integerArgument(segment), rest);
  }
  if (rest.length > 0) {
    if (rest[0].lower === 'getbyid') {
      return itemRoute(ctx, list, integerArgument(rest[0]), rest.slice(1));
    }
    throw resourceNotFound(rest[0].name);
  }
  requireMethod(ctx, 'GET', 'POST');
  if (ctx.method === 'GET') {
    const options = queryOptions(ctx);
    const projection = new ItemProjection(ctx, list, options.select, options.expand);
    const page = queryItems(ctx.store.db, ctx.store.lists, list, options, readScope(ctx, list));
    return {
      kind: 'collection',
      entities: projection.build(page.rows),
      metadata: itemSetName(list),
      nextLink: page.nextSkipToken === undefined ? undefined : nextLink(ctx, page.nextSkipToken)
    };
  }
  requireAddItem(ctx, list);
  const changes = bodyToChanges(list, jsonBody(ctx), userExistsFor(ctx));
  const row = ctx.store.write(() => ctx.store.items.insert(list, changes, ctx.user.id, ctx.now));
  const [entity] = new ItemProjection(ctx, list, undefined, []).build([row]);
  return { kind: 'entity', entity, metadata: `${itemSetName(list)}/@Element`, status: 201, headers: { ETag: itemEtag(row) } };
}
