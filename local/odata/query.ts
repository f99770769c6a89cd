/**
 * Parsing of the OData query options SharePoint's REST service honours on collections:
 * `$select`, `$expand`, `$filter`, `$orderby`, `$top` and the paging `$skiptoken`.
 * `$skip` is read but ignored for list items, as SharePoint ignores it there.
 */
import { invalidExpression, SpError, ErrorCodes } from '../errors';
import { parseFilter, type FilterNode } from './filter';

/** One `$orderby` term. */
export interface OrderTerm {
  /** The field path (one segment, or `Lookup/Field`). */
  readonly path: readonly string[];
  /** Whether the order is descending. */
  readonly descending: boolean;
}

/** The parsed query options of one request. */
export interface QueryOptions {
  /** `$select` paths, undefined when absent. */
  readonly select?: readonly (readonly string[])[];
  /** `$expand` names (lower-cased comparison is left to the caller). */
  readonly expand: readonly string[];
  /** The parsed `$filter`, undefined when absent. */
  readonly filter?: FilterNode;
  /** The `$filter` text as sent, for error messages. */
  readonly filterText?: string;
  /** `$orderby` terms in order. */
  readonly orderBy: readonly OrderTerm[];
  /** `$top`, undefined when absent. */
  readonly top?: number;
  /** `$skip`, undefined when absent. */
  readonly skip?: number;
  /** The parsed `$skiptoken` (`Paged=TRUE&p_ID=100&p_Title=…`), undefined when absent. */
  readonly skipToken?: ReadonlyMap<string, string>;
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

function parseNonNegativeInteger(name: string, value: string): number {
  if (!/^\d+$/.test(value.trim())) {
    throw new SpError(400, ErrorCodes.invalidClientQuery, `Invalid ${name} query option value '${value}'.`);
  }
  return Number(value.trim());
}

/** Looks up a query option case-insensitively (SharePoint accepts `$Filter` too). */
function option(params: URLSearchParams, name: string): string | undefined {
  for (const [key, value] of params) {
    if (key.toLowerCase() === name) {
      return value;
    }
  }
  return undefined;
}

/** Parses the OData query options of a URL's search parameters. */
export function parseQueryOptions(params: URLSearchParams): QueryOptions {
  const selectText = option(params, '$select');
  const expandText = option(params, '$expand');
  const filterText = option(params, '$filter');
  const orderText = option(params, '$orderby');
  const topText = option(params, '$top');
  const skipText = option(params, '$skip');
  const tokenText = option(params, '$skiptoken');

  const orderBy: OrderTerm[] = [];
  for (const term of splitList(orderText ?? '')) {
    const parts = term.split(/\s+/);
    if (parts.length > 2 || !/^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)?$/.test(parts[0])) {
      throw invalidExpression(orderText ?? '');
    }
    const direction = (parts[1] ?? 'asc').toLowerCase();
    if (direction !== 'asc' && direction !== 'desc') {
      throw invalidExpression(orderText ?? '');
    }
    orderBy.push({ path: parts[0].split('/'), descending: direction === 'desc' });
  }

  let skipToken: Map<string, string> | undefined;
  if (tokenText !== undefined) {
    skipToken = new Map();
    for (const [key, value] of new URLSearchParams(tokenText)) {
      skipToken.set(key, value);
    }
  }

  return {
    select: selectText === undefined ? undefined : splitList(selectText).map((path) => path.split('/')),
    expand: splitList(expandText ?? ''),
    filter: filterText === undefined ? undefined : parseFilter(filterText),
    filterText,
    orderBy,
    top: topText === undefined ? undefined : parseNonNegativeInteger('$top', topText),
    skip: skipText === undefined ? undefined : parseNonNegativeInteger('$skip', skipText),
    skipToken
  };
}
