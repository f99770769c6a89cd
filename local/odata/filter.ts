/**
 * Parser for the `$filter` subset SharePoint's REST service accepts: comparisons
 * (eq ne lt le gt ge), `and`, `or`, `not`, parentheses, `startswith(Field,'x')`,
 * `substringof('x',Field)`, and the literals string, number, true/false, null,
 * `datetime'…'` and `guid'…'`. Field paths may be projected (`Plan/Title`).
 */
import { invalidExpression } from '../errors';

/** A comparison operator. */
export type ComparisonOperator = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

/** A literal value in a filter. */
export interface LiteralOperand {
  readonly kind: 'literal';
  /** The literal's value; `datetime'…'` and `guid'…'` keep their text. */
  readonly value: string | number | boolean | null;
  /** The literal's syntactic kind, which decides how it is compared. */
  readonly type: 'string' | 'number' | 'boolean' | 'null' | 'datetime' | 'guid';
}

/** A field reference, e.g. `Title`, `PlanId` or `Plan/Title`. */
export interface FieldOperand {
  readonly kind: 'field';
  /** The path segments (one for a plain field, two for a lookup projection). */
  readonly path: readonly string[];
}

/** A boolean function call. */
export interface CallNode {
  readonly kind: 'call';
  /** The function name in lower case. */
  readonly name: 'startswith' | 'substringof';
  /** The field the function tests. */
  readonly field: FieldOperand;
  /** The text the function looks for. */
  readonly text: string;
}

/** A comparison between a field and a literal, normalised so the field is on the left. */
export interface ComparisonNode {
  readonly kind: 'compare';
  readonly op: ComparisonOperator;
  readonly field: FieldOperand;
  readonly literal: LiteralOperand;
}

/** `and` / `or` of two sub-expressions. */
export interface LogicalNode {
  readonly kind: 'and' | 'or';
  readonly left: FilterNode;
  readonly right: FilterNode;
}

/** `not` of a sub-expression. */
export interface NotNode {
  readonly kind: 'not';
  readonly operand: FilterNode;
}

/** A parsed `$filter` expression. */
export type FilterNode = ComparisonNode | CallNode | LogicalNode | NotNode;

type Token =
  | { readonly t: 'lparen' | 'rparen' | 'comma' }
  | { readonly t: 'word'; readonly text: string }
  | { readonly t: 'literal'; readonly literal: LiteralOperand };

const COMPARISON_OPERATORS: ReadonlySet<string> = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);
/** When the field is on the right, the operator flips so the field can be put on the left. */
const MIRRORED: Readonly<Record<ComparisonOperator, ComparisonOperator>> = { eq: 'eq', ne: 'ne', lt: 'gt', le: 'ge', gt: 'lt', ge: 'le' };

/** Reads a quoted literal starting at `start` (the opening quote); '' is an escaped quote. */
function readQuoted(source: string, start: number, expression: string): { text: string; end: number } {
  let text = '';
  let i = start + 1;
  for (;;) {
    if (i >= source.length) {
      throw invalidExpression(expression);
    }
    const ch = source[i];
    if (ch === "'") {
      if (source[i + 1] === "'") {
        text += "'";
        i += 2;
        continue;
      }
      return { text, end: i + 1 };
    }
    text += ch;
    i++;
  }
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(') {
      tokens.push({ t: 'lparen' });
      i++;
    } else if (ch === ')') {
      tokens.push({ t: 'rparen' });
      i++;
    } else if (ch === ',') {
      tokens.push({ t: 'comma' });
      i++;
    } else if (ch === "'") {
      const { text, end } = readQuoted(source, i, source);
      tokens.push({ t: 'literal', literal: { kind: 'literal', value: text, type: 'string' } });
      i = end;
    } else if (/[-0-9]/.test(ch)) {
      const match = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[LlDdMmFf]?/.exec(source.slice(i));
      if (match === null) {
        throw invalidExpression(source);
      }
      const numeric = Number(match[0].replace(/[LlDdMmFf]$/, ''));
      if (!Number.isFinite(numeric)) {
        throw invalidExpression(source);
      }
      tokens.push({ t: 'literal', literal: { kind: 'literal', value: numeric, type: 'number' } });
      i += match[0].length;
    } else if (/[A-Za-z_]/.test(ch)) {
      const match = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*/.exec(source.slice(i));
      const word = match === null ? ch : match[0];
      i += word.length;
      const lower = word.toLowerCase();
      if ((lower === 'datetime' || lower === 'guid') && source[i] === "'") {
        const { text, end } = readQuoted(source, i, source);
        tokens.push({ t: 'literal', literal: { kind: 'literal', value: text, type: lower === 'datetime' ? 'datetime' : 'guid' } });
        i = end;
      } else if (lower === 'true' || lower === 'false') {
        tokens.push({ t: 'literal', literal: { kind: 'literal', value: lower === 'true', type: 'boolean' } });
      } else if (lower === 'null') {
        tokens.push({ t: 'literal', literal: { kind: 'literal', value: null, type: 'null' } });
      } else {
        tokens.push({ t: 'word', text: word });
      }
    } else {
      throw invalidExpression(source);
    }
  }
  return tokens;
}

type Operand = FieldOperand | LiteralOperand | CallNode;

class Parser {
  private position: number = 0;

  public constructor(private readonly tokens: readonly Token[], private readonly source: string) {}

  public parse(): FilterNode {
    const node = this.parseOr();
    if (this.position !== this.tokens.length) {
      throw this.fail();
    }
    return node;
  }

  private fail(): Error {
    return invalidExpression(this.source);
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private isWord(text: string): boolean {
    const token = this.peek();
    return token !== undefined && token.t === 'word' && token.text.toLowerCase() === text;
  }

  private expect(kind: 'lparen' | 'rparen' | 'comma'): void {
    const token = this.peek();
    if (token === undefined || token.t !== kind) {
      throw this.fail();
    }
    this.position++;
  }

  private parseOr(): FilterNode {
    let left = this.parseAnd();
    while (this.isWord('or')) {
      this.position++;
      left = { kind: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): FilterNode {
    let left = this.parseUnary();
    while (this.isWord('and')) {
      this.position++;
      left = { kind: 'and', left, right: this.parseUnary() };
    }
    return left;
  }

  private parseUnary(): FilterNode {
    if (this.isWord('not')) {
      this.position++;
      return { kind: 'not', operand: this.parseUnary() };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): FilterNode {
    const token = this.peek();
    if (token !== undefined && token.t === 'lparen') {
      this.position++;
      const inner = this.parseOr();
      this.expect('rparen');
      return inner;
    }
    const left = this.parseOperand();
    const next = this.peek();
    if (next !== undefined && next.t === 'word' && COMPARISON_OPERATORS.has(next.text.toLowerCase())) {
      this.position++;
      const op = next.text.toLowerCase() as ComparisonOperator;
      const right = this.parseOperand();
      return this.comparison(left, op, right);
    }
    if (left.kind === 'call') {
      return left;
    }
    throw this.fail();
  }

  /** Builds a comparison with the field on the left; a call compared to a boolean stays a call. */
  private comparison(left: Operand, op: ComparisonOperator, right: Operand): FilterNode {
    if (left.kind === 'field' && right.kind === 'literal') {
      return { kind: 'compare', op, field: left, literal: right };
    }
    if (left.kind === 'literal' && right.kind === 'field') {
      return { kind: 'compare', op: MIRRORED[op], field: right, literal: left };
    }
    const call = left.kind === 'call' ? left : right.kind === 'call' ? right : undefined;
    const other = left.kind === 'call' ? right : left;
    if (call !== undefined && other.kind === 'literal' && other.type === 'boolean' && (op === 'eq' || op === 'ne')) {
      const wantsTrue = (other.value === true) === (op === 'eq');
      return wantsTrue ? call : { kind: 'not', operand: call };
    }
    throw this.fail();
  }

  private parseOperand(): Operand {
    const token = this.peek();
    if (token === undefined) {
      throw this.fail();
    }
    if (token.t === 'literal') {
      this.position++;
      return token.literal;
    }
    if (token.t !== 'word') {
      throw this.fail();
    }
    const lower = token.text.toLowerCase();
    const following = this.tokens[this.position + 1];
    if ((lower === 'startswith' || lower === 'substringof') && following !== undefined && following.t === 'lparen') {
      this.position += 2;
      const first = this.parseOperand();
      this.expect('comma');
      const second = this.parseOperand();
      this.expect('rparen');
      const field = lower === 'startswith' ? first : second;
      const text = lower === 'startswith' ? second : first;
      if (field.kind !== 'field' || text.kind !== 'literal' || text.type !== 'string') {
        throw this.fail();
      }
      return { kind: 'call', name: lower, field, text: String(text.value) };
    }
    if (COMPARISON_OPERATORS.has(lower) || lower === 'and' || lower === 'or' || lower === 'not') {
      throw this.fail();
    }
    if (following !== undefined && following.t === 'lparen') {
      // Any other function (endswith, contains, day, …) is not supported by SharePoint's REST filter.
      throw this.fail();
    }
    this.position++;
    return { kind: 'field', path: token.text.split('/') };
  }
}

/**
 * Parses a `$filter` value. Throws SharePoint's 400 "The expression "…" is not valid." on any
 * syntax error.
 */
export function parseFilter(source: string): FilterNode {
  if (source.trim() === '') {
    throw invalidExpression(source);
  }
  return new Parser(tokenize(source), source).parse();
}

/** Every field path a filter refers to, in order of appearance. */
export function filterFields(node: FilterNode): FieldOperand[] {
  switch (node.kind) {
    case 'compare':
    case 'call':
      return [node.field];
    case 'not':
      return filterFields(node.operand);
    default:
      return [...filterFields(node.left), ...filterFields(node.right)];
  }
}

/** The top-level conjuncts of a filter: `a and (b and c)` → [a, b, c]. */
export function conjuncts(node: FilterNode): FilterNode[] {
  return node.kind === 'and' ? [...conjuncts(node.left), ...conjuncts(node.right)] : [node];
}
