/**
 * Unit tests of the `$filter` parser: precedence, literals, function calls and the errors
 * SharePoint gives for expressions it cannot read.
 */
import { conjuncts, filterFields, parseFilter } from '../../local/odata/filter';
import { SpError } from '../../local/errors';

describe('$filter parser', () => {
  it('binds and tighter than or, and parentheses override it', () => {
    expect(parseFilter("A eq 1 or B eq 2 and C eq 3")).toEqual({
      kind: 'or',
      left: { kind: 'compare', op: 'eq', field: { kind: 'field', path: ['A'] }, literal: { kind: 'literal', value: 1, type: 'number' } },
      right: {
        kind: 'and',
        left: { kind: 'compare', op: 'eq', field: { kind: 'field', path: ['B'] }, literal: { kind: 'literal', value: 2, type: 'number' } },
        right: { kind: 'compare', op: 'eq', field: { kind: 'field', path: ['C'] }, literal: { kind: 'literal', value: 3, type: 'number' } }
      }
    });
    const grouped = parseFilter('(A eq 1 or B eq 2) and C eq 3');
    expect(grouped.kind).toBe('and');
    expect(conjuncts(grouped)).toHaveLength(2);
  });

  it('reads every literal kind', () => {
    const literal = (text: string): unknown => {
      const node = parseFilter(`X eq ${text}`);
      return node.kind === 'compare' ? node.literal : undefined;
    };
    expect(literal("'it''s'")).toEqual({ kind: 'literal', value: "it's", type: 'string' });
    expect(literal('-12.5')).toEqual({ kind: 'literal', value: -12.5, type: 'number' });
    expect(literal('7L')).toEqual({ kind: 'literal', value: 7, type: 'number' });
    expect(literal('true')).toEqual({ kind: 'literal', value: true, type: 'boolean' });
    expect(literal('null')).toEqual({ kind: 'literal', value: null, type: 'null' });
    expect(literal("datetime'2024-01-01T00:00:00Z'")).toEqual({ kind: 'literal', value: '2024-01-01T00:00:00Z', type: 'datetime' });
    expect(literal("guid'0f8fad5b-d9cb-469f-a165-70867728950e'")).toMatchObject({ type: 'guid' });
  });

  it('puts the field on the left when the literal comes first', () => {
    expect(parseFilter('5 lt Riskvarde')).toMatchObject({ kind: 'compare', op: 'gt', field: { path: ['Riskvarde'] } });
  });

  it('reads startswith, substringof, not and projected paths', () => {
    expect(parseFilter("startswith(Title,'Kon')")).toEqual({ kind: 'call', name: 'startswith', field: { kind: 'field', path: ['Title'] }, text: 'Kon' });
    expect(parseFilter("substringof('x',Plan/Title) eq true")).toMatchObject({ kind: 'call', name: 'substringof', field: { path: ['Plan', 'Title'] } });
    expect(parseFilter("substringof('x',Title) eq false")).toMatchObject({ kind: 'not', operand: { kind: 'call' } });
    expect(filterFields(parseFilter("not (PlanId eq 5) and Handlaggare/EMail eq 'a'")).map((f) => f.path.join('/'))).toEqual(['PlanId', 'Handlaggare/EMail']);
  });

  it.each(['', 'Title', 'Title eq', "Title eq 'open", 'eq 5', '(A eq 1', 'A eq 1)', 'A eq 1 and', "endswith(Title,'x')", 'A eq B', 'A == 1', "startswith('x',Title)"])(
    'rejects %p with SharePoint’s invalid-expression error',
    (text) => {
      let caught: unknown;
      try {
        parseFilter(text);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(SpError);
      expect(caught).toMatchObject({ status: 400, code: '-1, Microsoft.SharePoint.SPException', message: `The expression "${text}" is not valid.` });
    }
  );
});
