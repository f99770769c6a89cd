/**
 * Helpers shared by the REST handlers: request bodies, `$select`/`$filter`/`$orderby`/`$top`
 * over metadata collections, and segment checks.
 */
import type { RequestContext } from '../context';
import { invalidJson, propertyNotFound, resourceNotFound, methodNotAllowed, wrongValueType } from '../errors';
import { Entity, type Payload } from '../json';
import { evaluateFilter } from '../odata/filter-eval';
import { parseQueryOptions, type QueryOptions } from '../odata/query';
import type { Segment } from '../segments';

/** The request body as a JSON object (`{}` when empty). */
export function jsonBody(ctx: RequestContext): Record<string, unknown> {
  const text = ctx.body ?? '';
  if (text.trim() === '') {
    return {};
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalidJson();
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw invalidJson();
  }
  return parsed as Record<string, unknown>;
}

/** The request's OData query options. */
export function queryOptions(ctx: RequestContext): QueryOptions {
  return parseQueryOptions(ctx.url.searchParams);
}

/** Fails with SharePoint's resource-not-found when segments remain. */
export function requireEnd(rest: readonly Segment[]): void {
  if (rest.length > 0) {
    throw resourceNotFound(rest[0].name);
  }
}

/** Fails unless the effective method is one of `allowed`. */
export function requireMethod(ctx: RequestContext, ...allowed: string[]): void {
  if (!allowed.includes(ctx.method)) {
    throw methodNotAllowed(ctx.method);
  }
}

/** The first argument of a segment as text. */
export function textArgument(segment: Segment): string {
  const value = segment.args?.[0]?.value;
  if (value === undefined) {
    throw resourceNotFound(segment.name);
  }
  return String(value);
}

/** The first argument of a segment as an integer. */
export function integerArgument(segment: Segment): number {
  const value = segment.args?.[0]?.value;
  const numeric = typeof value === 'number' ? value : Number(value);
  if (value === undefined || !Number.isInteger(numeric)) {
    throw resourceNotFound(segment.name);
  }
  return numeric;
}

/**
 * Keeps the `$select`ed properties of a metadata entity (`*` keeps all). `extras` are
 * properties SharePoint returns only when named in `$select` (e.g. a list's
 * `HasUniqueRoleAssignments`).
 */
export function selectProperties(entity: Entity, select: readonly (readonly string[])[] | undefined, extras: Record<string, unknown> = {}): Entity {
  if (select === undefined || select.some((path) => path.length === 1 && path[0] === '*')) {
    return entity;
  }
  const all: Record<string, unknown> = { ...entity.props, ...extras };
  const props: Record<string, unknown> = {};
  for (const path of select) {
    const key = Object.keys(all).find((k) => k.toLowerCase() === path[0].toLowerCase());
    if (key === undefined || path.length > 1) {
      throw propertyNotFound(path.join('/'));
    }
    props[key] = all[key];
  }
  return new Entity(entity.meta, props);
}

/** A single metadata entity with `$select` applied (`extras` only when selected). */
export function entityPayload(ctx: RequestContext, entity: Entity, metadata: string, extras: Record<string, unknown> = {}): Payload {
  return { kind: 'entity', entity: selectProperties(entity, queryOptions(ctx).select, extras), metadata };
}

function compareValues(a: unknown, b: unknown): number {
  if (a === b) {
    return 0;
  }
  if (a === null || a === undefined) {
    return -1;
  }
  if (b === null || b === undefined) {
    return 1;
  }
  if (typeof a === 'string' && typeof b === 'string') {
    return a.localeCompare(b, 'sv');
  }
  return (a as number) < (b as number) ? -1 : 1;
}

/** A metadata collection with `$filter`, `$orderby`, `$top` and `$select` applied. */
export function collectionPayload(ctx: RequestContext, entities: readonly Entity[], metadata: string): Payload {
  const options = queryOptions(ctx);
  let result = [...entities];
  if (options.filter !== undefined) {
    const filter = options.filter;
    result = result.filter((e) => evaluateFilter(filter, e.props, options.filterText ?? ''));
  }
  if (options.orderBy.length > 0) {
    for (const term of options.orderBy) {
      if (result.length > 0 && !Object.keys(result[0].props).some((k) => k.toLowerCase() === term.path[0].toLowerCase())) {
        throw propertyNotFound(term.path.join('/'));
      }
    }
    result.sort((x, y) => {
      for (const term of options.orderBy) {
        const key = Object.keys(x.props).find((k) => k.toLowerCase() === term.path[0].toLowerCase()) ?? term.path[0];
        const order = compareValues(x.props[key], y.props[key]);
        if (order !== 0) {
          return term.descending ? -order : order;
        }
      }
      return 0;
    });
  }
  if (options.top !== undefined) {
    result = result.slice(0, options.top);
  }
  return { kind: 'collection', entities: result.map((e) => selectProperties(e, options.select)), metadata };
}

/** Reads a typed property of a body for a property table (boolean, number or string). */
export function typedProperty(value: unknown, type: 'boolean' | 'number' | 'string'): boolean | number | string {
  if (type === 'number') {
    if (typeof value === 'number' && Number.isFinite(value)) {
      return value;
    }
    throw wrongValueType('Edm.Int32');
  }
  if (typeof value !== type) {
    throw wrongValueType(type === 'boolean' ? 'Edm.Boolean' : 'Edm.String');
  }
  return value as boolean | string;
}
