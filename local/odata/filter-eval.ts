/**
 * Evaluates a parsed `$filter` over plain JSON objects, for the small metadata collections
 * (lists, fields, users, groups) that are not stored as item tables.
 */
import { invalidExpression, propertyNotFound } from '../errors';
import type { FilterNode, LiteralOperand } from './filter';

function property(entity: Readonly<Record<string, unknown>>, path: readonly string[]): unknown {
  let current: unknown = entity;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) {
      return undefined;
    }
    const record = current as Record<string, unknown>;
    const key = Object.keys(record).find((k) => k.toLowerCase() === segment.toLowerCase());
    if (key === undefined) {
      throw propertyNotFound(path.join('/'));
    }
    current = record[key];
  }
  return current;
}

function normalise(value: unknown): unknown {
  if (typeof value === 'string') {
    return value.toLowerCase();
  }
  return value;
}

function compare(actual: unknown, literal: LiteralOperand, expression: string): number | undefined {
  let expected: unknown = literal.value;
  if (typeof actual === 'boolean' && typeof expected === 'number') {
    expected = expected !== 0;
  }
  if (typeof actual === 'number' && typeof expected === 'string' && expected.trim() !== '' && Number.isFinite(Number(expected))) {
    expected = Number(expected);
  }
  if (typeof actual === 'string' && literal.type === 'guid' && typeof expected === 'string') {
    expected = expected.replace(/[{}]/g, '');
  }
  if (actual === null || actual === undefined || expected === null) {
    return actual === expected || (actual === undefined && expected === null) ? 0 : undefined;
  }
  if (typeof actual !== typeof expected) {
    throw invalidExpression(expression);
  }
  const a = normalise(actual) as string | number | boolean;
  const b = normalise(expected) as string | number | boolean;
  return a === b ? 0 : a < b ? -1 : 1;
}

/** Whether `entity` satisfies `node`. */
export function evaluateFilter(node: FilterNode, entity: Readonly<Record<string, unknown>>, expression: string): boolean {
  switch (node.kind) {
    case 'and':
      return evaluateFilter(node.left, entity, expression) && evaluateFilter(node.right, entity, expression);
    case 'or':
      return evaluateFilter(node.left, entity, expression) || evaluateFilter(node.right, entity, expression);
    case 'not':
      return !evaluateFilter(node.operand, entity, expression);
    case 'call': {
      const value = property(entity, node.field.path);
      if (typeof value !== 'string') {
        return false;
      }
      const text = node.text.toLowerCase();
      return node.name === 'startswith' ? value.toLowerCase().startsWith(text) : value.toLowerCase().includes(text);
    }
    case 'compare': {
      const order = compare(property(entity, node.field.path), node.literal, expression);
      switch (node.op) {
        case 'eq':
          return order === 0;
        case 'ne':
          return order !== 0;
        case 'lt':
          return order !== undefined && order < 0;
        case 'le':
          return order !== undefined && order <= 0;
        case 'gt':
          return order !== undefined && order > 0;
        case 'ge':
          return order !== undefined && order >= 0;
      }
    }
  }
}
