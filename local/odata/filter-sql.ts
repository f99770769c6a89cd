/**
 * Compiles a parsed `$filter` into an SQL condition over a list's items table. Field paths
 * are resolved by the caller (so the compiler knows each column's kind); literals are
 * coerced to the column's kind and bound as parameters.
 */
import { invalidExpression } from '../errors';
import { isTextKind, parseDateTime, type FieldKind, type FieldRecord } from '../store/fields';
import type { SqlValue } from '../store/sqlite';
import type { ComparisonOperator, FieldOperand, FilterNode, LiteralOperand } from './filter';

/** Where a filtered value lives. */
export interface ResolvedPath {
  /** The list field the path starts at (for the index check of the threshold). */
  readonly root: FieldRecord;
  /** SQL expression of the compared value (a column of the items table or of the target). */
  readonly sql: string;
  /** Kind of the compared value, which decides literal coercion. */
  readonly kind: FieldKind;
  /** Whether the value is a JSON array (MultiChoice, LookupMulti, UserMulti). */
  readonly multi: boolean;
  /**
   * For projections (`Plan/Title`): the lookup column on the items table, whether it holds
   * several ids, and the target table and id column that `sql` belongs to.
   */
  readonly via?: { readonly lookupSql: string; readonly multi: boolean; readonly table: string; readonly idColumn: string };
}

/** Resolves a field path of the filter; throws SharePoint's column error when unknown. */
export type PathResolver = (path: readonly string[]) => ResolvedPath;

/** An SQL condition with its bound parameters. */
export interface SqlCondition {
  readonly sql: string;
  readonly params: SqlValue[];
}

const SQL_OPERATORS: Readonly<Record<ComparisonOperator, string>> = { eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' };

/** Coerces a literal to the stored form of `kind`, or throws the invalid-expression error. */
export function coerceLiteral(kind: FieldKind, literal: LiteralOperand, expression: string): SqlValue {
  const value = literal.value;
  switch (kind) {
    case 'Number':
    case 'Currency':
    case 'Integer':
    case 'Counter':
    case 'Lookup':
    case 'LookupMulti':
    case 'User':
    case 'UserMulti': {
      const numeric = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      if (!Number.isFinite(numeric) || literal.type === 'boolean' || literal.type === 'datetime') {
        throw invalidExpression(expression);
      }
      return numeric;
    }
    case 'Boolean':
    case 'Attachments':
      // SharePoint accepts both 1/0 and true/false for Yes/No columns.
      if (value === true || value === 1 || value === '1' || value === 'true') {
        return 1;
      }
      if (value === false || value === 0 || value === '0' || value === 'false') {
        return 0;
      }
      throw invalidExpression(expression);
    case 'DateTime': {
      const parsed = typeof value === 'string' ? parseDateTime(value) : undefined;
      if (parsed === undefined) {
        throw invalidExpression(expression);
      }
      return parsed;
    }
    default:
      if (typeof value === 'string') {
        return value;
      }
      if (typeof value === 'number') {
        return String(value);
      }
      throw invalidExpression(expression);
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** Wraps a condition on the compared value into one on the items row (for projections and arrays). */
function place(resolved: ResolvedPath, valueCondition: (valueSql: string) => string): string {
  let condition: string;
  if (resolved.multi) {
    condition = `EXISTS (SELECT 1 FROM json_each(${resolved.sql}) AS je WHERE ${valueCondition('je.value')})`;
  } else {
    condition = valueCondition(resolved.sql);
  }
  if (resolved.via === undefined) {
    return condition;
  }
  const subquery = `SELECT ${resolved.via.idColumn} FROM ${resolved.via.table} WHERE ${condition}`;
  return resolved.via.multi
    ? `EXISTS (SELECT 1 FROM json_each(${resolved.via.lookupSql}) AS jl WHERE jl.value IN (${subquery}))`
    : `${resolved.via.lookupSql} IN (${subquery})`;
}

/** Compiles a filter into an SQL condition. */
export function compileFilter(node: FilterNode, resolve: PathResolver, expression: string): SqlCondition {
  const params: SqlValue[] = [];

  const visit = (current: FilterNode): string => {
    switch (current.kind) {
      case 'and':
      case 'or':
        return `(${visit(current.left)} ${current.kind.toUpperCase()} ${visit(current.right)})`;
      case 'not':
        return `(NOT ${visit(current.operand)})`;
      case 'call': {
        const resolved = resolve(current.field.path);
        if (!isTextKind(resolved.kind) && resolved.kind !== 'MultiChoice') {
          throw invalidExpression(expression);
        }
        const pattern = current.name === 'startswith' ? `${escapeLike(current.text)}%` : `%${escapeLike(current.text)}%`;
        params.push(pattern);
        return place(resolved, (value) => `${value} LIKE ? ESCAPE '\\'`);
      }
      case 'compare':
        return compileComparison(current.field, current.op, current.literal);
    }
  };

  const compileComparison = (field: FieldOperand, op: ComparisonOperator, literal: LiteralOperand): string => {
    const resolved = resolve(field.path);
    if (literal.type === 'null') {
      if (op !== 'eq' && op !== 'ne') {
        throw invalidExpression(expression);
      }
      const isNull = resolved.via === undefined ? `${resolved.sql} IS NULL` : `${resolved.via.lookupSql} IS NULL`;
      return op === 'eq' ? isNull : `(NOT ${isNull})`;
    }
    const value = coerceLiteral(resolved.kind, literal, expression);
    if (resolved.multi && op !== 'eq' && op !== 'ne') {
      throw invalidExpression(expression);
    }
    params.push(value);
    const collate = resolved.multi && resolved.kind === 'MultiChoice' ? ' COLLATE NOCASE' : '';
    if (resolved.multi && op === 'ne') {
      // A multi-value column "ne x" means: x is not among its values.
      return `(NOT ${place(resolved, (v) => `${v} = ?${collate}`)})`;
    }
    return place(resolved, (v) => `${v} ${SQL_OPERATORS[op]} ?${collate}`);
  };

  const sql = visit(node);
  return { sql, params };
}
