/**
 * Runs an item query (`$filter`, `$orderby`, `$top`, `$skiptoken`) against a list's table.
 * Filters compile to SQL; paging is keyset paging on the sort columns plus ID, carried in
 * SharePoint's `$skiptoken=Paged=TRUE&p_ID=<n>` (and `p_<Field>=<value>` when sorted).
 *
 * The list view threshold is modelled on SharePoint's rule: on a list with more than 5 000
 * items, a query with `$orderby` must sort only on indexed columns (ID is always indexed),
 * and a query with `$filter` must start with a condition (its first top-level `and` term)
 * that uses only indexed columns and matches at most 5 000 items: SharePoint narrows the scan
 * with the first indexed condition, so `PlanId eq n and (…)` fails for a plan with more than
 * 5 000 rows however selective the rest is. Otherwise the query fails with
 * SPQueryThrottledException.
 */
import { columnNotFound, invalidExpression, listViewThreshold, SpError, ErrorCodes } from '../errors';
import { conjuncts, filterFields, type FilterNode } from '../odata/filter';
import { compileFilter, type PathResolver, type ResolvedPath, type SqlCondition } from '../odata/filter-sql';
import type { QueryOptions } from '../odata/query';
import type { Database } from './database';
import { quoteIdentifier } from './database';
import { isLookupKind, isMultiKind, isUserKind, type FieldKind, type FieldRecord } from './fields';
import type { ItemRow } from './items';
import type { ListCatalog, ListRecord } from './lists';
import type { SqlValue } from './sqlite';

/** SharePoint's list view threshold. */
export const LIST_VIEW_THRESHOLD = 5000;
/** Page size when `$top` is absent. */
export const DEFAULT_PAGE_SIZE = 100;

/** The result of one page of an item query. */
export interface ItemPage {
  /** Rows of this page. */
  readonly rows: ItemRow[];
  /** The `$skiptoken` value for the next page, undefined on the last page. */
  readonly nextSkipToken?: string;
}

/** Restrictions a caller's permissions put on a query. */
export interface QueryScope {
  /** Only items created by this user (ReadSecurity = 2 for non-owners). */
  readonly onlyAuthorId?: number;
}

const USER_COLUMNS: Readonly<Record<string, { sql: string; kind: FieldKind }>> = {
  id: { sql: 'id', kind: 'Counter' },
  title: { sql: 'title', kind: 'Text' },
  email: { sql: 'email', kind: 'Text' },
  name: { sql: "('i:0#.f|membership|' || email)", kind: 'Text' },
  username: { sql: 'email', kind: 'Text' },
  jobtitle: { sql: 'job_title', kind: 'Text' },
  department: { sql: 'department', kind: 'Text' }
};

function notFilterable(field: FieldRecord): SpError {
  return new SpError(400, ErrorCodes.spException, `The field '${field.internalName}' of type '${field.kind}' cannot be used in the query filter expression.`);
}

/** Resolves field paths of a list for filters and sorting. */
export function listPathResolver(list: ListRecord, catalog: ListCatalog): PathResolver {
  const byName = (name: string): FieldRecord | undefined => list.fieldsByName.get(name.toLowerCase());
  return (path) => {
    const [first, second] = path;
    if (path.length === 1) {
      const field = byName(first);
      if (field !== undefined) {
        if (isLookupKind(field.kind) || field.kind === 'Note' || field.column === undefined) {
          throw notFilterable(field);
        }
        return { root: field, sql: quoteIdentifier(field.column), kind: field.kind, multi: isMultiKind(field.kind) };
      }
      const lookup = /Id$/i.test(first) ? byName(first.slice(0, -2)) : undefined;
      if (lookup !== undefined && isLookupKind(lookup.kind) && lookup.column !== undefined) {
        return { root: lookup, sql: quoteIdentifier(lookup.column), kind: lookup.kind, multi: isMultiKind(lookup.kind) };
      }
      throw columnNotFound(first);
    }
    if (path.length !== 2) {
      throw columnNotFound(path.join('/'));
    }
    const lookup = byName(first);
    if (lookup === undefined || lookup.column === undefined) {
      throw columnNotFound(first);
    }
    if (!isLookupKind(lookup.kind)) {
      throw columnNotFound(path.join('/'));
    }
    const multi = isMultiKind(lookup.kind);
    const lookupSql = quoteIdentifier(lookup.column);
    if (second.toLowerCase() === 'id') {
      return { root: lookup, sql: lookupSql, kind: lookup.kind, multi };
    }
    if (isUserKind(lookup.kind)) {
      const column = USER_COLUMNS[second.toLowerCase()];
      if (column === undefined) {
        throw columnNotFound(path.join('/'));
      }
      return { root: lookup, sql: column.sql, kind: column.kind, multi: false, via: { lookupSql, multi, table: 'users', idColumn: 'id' } };
    }
    const target = lookup.lookupList === undefined ? undefined : catalog.byId(lookup.lookupList);
    const targetField = target?.fieldsByName.get(second.toLowerCase());
    if (target === undefined || targetField === undefined || targetField.column === undefined || isLookupKind(targetField.kind)) {
      throw columnNotFound(path.join('/'));
    }
    return {
      root: lookup,
      sql: quoteIdentifier(targetField.column),
      kind: targetField.kind,
      multi: isMultiKind(targetField.kind),
      via: { lookupSql, multi, table: quoteIdentifier(target.table), idColumn: 'ID' }
    };
  };
}

interface SortTerm {
  readonly column: string;
  readonly field: FieldRecord;
  readonly descending: boolean;
}

function sortTerms(list: ListRecord, options: QueryOptions, resolve: PathResolver): SortTerm[] {
  const terms: SortTerm[] = [];
  for (const term of options.orderBy) {
    if (term.path.length !== 1) {
      throw invalidExpression(term.path.join('/'));
    }
    let resolved: ResolvedPath;
    try {
      resolved = resolve(term.path);
    } catch (error) {
      // A lookup can be sorted by its id column even though it cannot be filtered bare.
      const field = list.fieldsByName.get(term.path[0].toLowerCase());
      if (field === undefined || field.column === undefined || !isLookupKind(field.kind)) {
        throw error;
      }
      resolved = { root: field, sql: quoteIdentifier(field.column), kind: field.kind, multi: isMultiKind(field.kind) };
    }
    if (resolved.multi || resolved.via !== undefined) {
      throw notFilterable(resolved.root);
    }
    terms.push({ column: resolved.root.column!, field: resolved.root, descending: term.descending });
  }
  if (!terms.some((t) => t.column === 'ID')) {
    terms.push({ column: 'ID', field: list.fieldsByName.get('id')!, descending: false });
  }
  return terms;
}

function isIndexed(field: FieldRecord): boolean {
  return field.column === 'ID' || field.indexed || field.enforceUnique;
}

function countMatching(db: Database, list: ListRecord, condition: SqlCondition): number {
  return db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${quoteIdentifier(list.table)} WHERE ${condition.sql}`, ...condition.params)?.n ?? 0;
}

function checkThreshold(db: Database, list: ListRecord, options: QueryOptions, terms: readonly SortTerm[], resolve: PathResolver): void {
  if (list.itemCount <= LIST_VIEW_THRESHOLD) {
    return;
  }
  if ((options.top ?? 0) > LIST_VIEW_THRESHOLD) {
    throw listViewThreshold();
  }
  if (options.orderBy.length > 0 && !terms.every((t) => isIndexed(t.field))) {
    throw listViewThreshold();
  }
  if (options.filter === undefined) {
    return;
  }
  // SharePoint narrows the scan with the index of the filter's first condition: it must use
  // only indexed columns (every branch of an `or`) and match at most 5 000 items. A selective
  // condition later in the filter does not help.
  const first: FilterNode = conjuncts(options.filter)[0];
  const indexed = filterFields(first).every((operand) => isIndexed(resolve(operand.path).root));
  if (!indexed || countMatching(db, list, compileFilter(first, resolve, options.filterText ?? '')) > LIST_VIEW_THRESHOLD) {
    throw listViewThreshold();
  }
}

/** Reads a skiptoken value back into the stored form of a sort column. */
function tokenValue(field: FieldRecord, text: string | undefined): SqlValue {
  if (text === undefined || text === '') {
    return null;
  }
  switch (field.kind) {
    case 'Counter':
    case 'Number':
    case 'Currency':
    case 'Integer':
    case 'Boolean':
    case 'Lookup':
    case 'User':
      return Number(text);
    default:
      return text;
  }
}

/**
 * The keyset condition "after this row" for sort terms with mixed directions. SQLite sorts
 * NULL first ascending and last descending, which the condition mirrors.
 */
function afterCondition(terms: readonly SortTerm[], values: readonly SqlValue[]): SqlCondition {
  const alternatives: string[] = [];
  const params: SqlValue[] = [];
  for (let i = 0; i < terms.length; i++) {
    const parts: string[] = [];
    for (let j = 0; j < i; j++) {
      const column = quoteIdentifier(terms[j].column);
      if (values[j] === null) {
        parts.push(`${column} IS NULL`);
      } else {
        parts.push(`${column} = ?`);
        params.push(values[j]);
      }
    }
    const column = quoteIdentifier(terms[i].column);
    const value = values[i];
    if (terms[i].descending) {
      if (value === null) {
        continue;
      }
      parts.push(`(${column} < ? OR ${column} IS NULL)`);
      params.push(value);
    } else if (value === null) {
      parts.push(`${column} IS NOT NULL`);
    } else {
      parts.push(`${column} > ?`);
      params.push(value);
    }
    alternatives.push(`(${parts.join(' AND ')})`);
  }
  return { sql: alternatives.length === 0 ? '0' : `(${alternatives.join(' OR ')})`, params };
}

function skipTokenFor(terms: readonly SortTerm[], row: ItemRow): string {
  const token = new URLSearchParams();
  token.set('Paged', 'TRUE');
  for (const term of terms) {
    if (term.column !== 'ID') {
      const value = row[term.column];
      token.set(`p_${term.field.internalName}`, value === null || value === undefined ? '' : String(value));
    }
  }
  token.set('p_ID', String(row.ID));
  return token.toString();
}

/** Runs one page of an item query. */
export function queryItems(db: Database, catalog: ListCatalog, list: ListRecord, options: QueryOptions, scope: QueryScope): ItemPage {
  const resolve = listPathResolver(list, catalog);
  const terms = sortTerms(list, options, resolve);
  checkThreshold(db, list, options, terms, resolve);

  const where: string[] = [];
  const params: SqlValue[] = [];
  if (options.filter !== undefined) {
    const condition = compileFilter(options.filter, resolve, options.filterText ?? '');
    where.push(condition.sql);
    params.push(...condition.params);
  }
  if (scope.onlyAuthorId !== undefined) {
    where.push('s_author = ?');
    params.push(scope.onlyAuthorId);
  }
  const token = options.skipToken;
  const lastId = token?.get('p_ID');
  if (lastId !== undefined && /^\d+$/.test(lastId)) {
    const anchor = db.get<ItemRow>(`SELECT * FROM ${quoteIdentifier(list.table)} WHERE ID = ?`, Number(lastId));
    // Sort values come from the anchor row when it still exists, else from the token.
    const values = terms.map((term) =>
      term.column === 'ID' ? Number(lastId) : anchor !== undefined ? (anchor[term.column] ?? null) : tokenValue(term.field, token?.get(`p_${term.field.internalName}`))
    );
    const after = afterCondition(terms, values);
    where.push(after.sql);
    params.push(...after.params);
  }
  const pageSize = options.top ?? DEFAULT_PAGE_SIZE;
  const order = terms.map((t) => `${quoteIdentifier(t.column)} ${t.descending ? 'DESC' : 'ASC'}`).join(', ');
  const sql =
    `SELECT * FROM ${quoteIdentifier(list.table)}` +
    (where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '') +
    ` ORDER BY ${order} LIMIT ?`;
  const rows = db.all<ItemRow>(sql, ...params, pageSize + 1);
  if (rows.length > pageSize) {
    const page = rows.slice(0, pageSize);
    return { rows: page, nextSkipToken: pageSize > 0 ? skipTokenFor(terms, page[page.length - 1]) : undefined };
  }
  return { rows };
}
