/**
 * SharePoint's list validation formulas, the subset the product's schema uses and a little
 * more: `=` then an expression of numbers, "text" (a doubled quote is a quote), TRUE/FALSE,
 * column references `[Display name]`, the operators `= <> < > <= >=`, `+ - * /`, `&` and unary
 * minus, and the functions IF, AND, OR, NOT, ISBLANK and LEN. Arguments are separated by
 * commas, as SharePoint stores formulas whatever the site's language.
 *
 * Columns are referred to by display name (SharePoint resolves `[Startdatum]` to the column
 * whose title it is), or by internal name when no title matches. Only columns SharePoint lets
 * a formula read may be named: single line of text, number, currency, date and time, choice,
 * yes/no. A formula naming any other column (multiple lines of text, lookup, person) or an
 * unknown one is refused when it is set, as SharePoint refuses it.
 *
 * Values follow Excel's rules as SharePoint applies them: a blank is 0 in arithmetic and
 * comparisons with numbers and dates, "" with text, FALSE in logic; dates compare as
 * instants. A formula that fails to evaluate (#VALUE!) makes the item invalid.
 */
import { ErrorCodes, SpError } from './errors';
import type { FieldRecord } from './store/fields';

/** A parsed formula expression. */
export type FormulaNode =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'column'; readonly field: FieldRecord }
  | { readonly kind: 'unary'; readonly operand: FormulaNode }
  | { readonly kind: 'binary'; readonly operator: string; readonly left: FormulaNode; readonly right: FormulaNode }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly FormulaNode[] };

/** A value during evaluation; `null` is a blank. */
export type FormulaValue = number | string | boolean | Date | null;

/** The column kinds a formula may read. */
const READABLE_KINDS: ReadonlySet<string> = new Set(['Text', 'Number', 'Currency', 'Integer', 'DateTime', 'Choice', 'Boolean', 'Counter']);

const FUNCTIONS: Readonly<Record<string, { min: number; max: number }>> = {
  IF: { min: 2, max: 3 },
  AND: { min: 1, max: 30 },
  OR: { min: 1, max: 30 },
  NOT: { min: 1, max: 1 },
  ISBLANK: { min: 1, max: 1 },
  LEN: { min: 1, max: 1 }
};

/** SharePoint's answer to a formula it cannot parse. */
export function formulaSyntaxError(): SpError {
  return new SpError(400, ErrorCodes.spExceptionGeneric, 'The formula contains a syntax error or is not supported.');
}

/** SharePoint's answer to a formula naming a column it cannot read. */
export function formulaColumnError(): SpError {
  return new SpError(
    400,
    ErrorCodes.spExceptionGeneric,
    'The formula refers to a column that does not exist. Check the formula for spelling mistakes or change the non-existing column to an existing column.'
  );
}

type Token = { t: 'num'; v: number } | { t: 'str'; v: string } | { t: 'col'; v: string } | { t: 'name'; v: string } | { t: 'op'; v: string };

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
    } else if (/[0-9.]/.test(ch)) {
      const match = /^(\d+(\.\d+)?|\.\d+)/.exec(text.slice(i));
      if (match === null) {
        throw formulaSyntaxError();
      }
      tokens.push({ t: 'num', v: Number(match[0]) });
      i += match[0].length;
    } else if (ch === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) {
          throw formulaSyntaxError();
        }
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i++];
      }
      tokens.push({ t: 'str', v: value });
    } else if (ch === '[') {
      const end = text.indexOf(']', i);
      if (end < 0) {
        throw formulaSyntaxError();
      }
      tokens.push({ t: 'col', v: text.slice(i + 1, end) });
      i = end + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      const match = /^[A-Za-z][A-Za-z0-9]*/.exec(text.slice(i))!;
      tokens.push({ t: 'name', v: match[0].toUpperCase() });
      i += match[0].length;
    } else {
      const two = text.slice(i, i + 2);
      if (two === '<>' || two === '<=' || two === '>=') {
        tokens.push({ t: 'op', v: two });
        i += 2;
      } else if ('=<>+-*/&(),'.includes(ch)) {
        tokens.push({ t: 'op', v: ch });
        i++;
      } else {
        throw formulaSyntaxError();
      }
    }
  }
  return tokens;
}

const PRECEDENCE: ReadonlyArray<ReadonlySet<string>> = [new Set(['=', '<>', '<', '>', '<=', '>=']), new Set(['&']), new Set(['+', '-']), new Set(['*', '/'])];

/**
 * Parses a formula (with its leading `=`) against a list's fields. Throws SharePoint's 400
 * for a syntax error or a column a formula may not read.
 */
export function parseFormula(formula: string, fields: readonly FieldRecord[]): FormulaNode {
  const text = formula.trim();
  if (!text.startsWith('=')) {
    throw formulaSyntaxError();
  }
  const tokens = tokenise(text.slice(1));
  let position = 0;
  const peek = (): Token | undefined => tokens[position];
  const isOp = (value: string): boolean => {
    const token = peek();
    return token !== undefined && token.t === 'op' && token.v === value;
  };
  const expectOp = (value: string): void => {
    if (!isOp(value)) {
      throw formulaSyntaxError();
    }
    position++;
  };
  const column = (name: string): FieldRecord => {
    const lower = name.trim().toLowerCase();
    const field = fields.find((f) => f.title.toLowerCase() === lower) ?? fields.find((f) => f.internalName.toLowerCase() === lower);
    if (field === undefined || !READABLE_KINDS.has(field.kind)) {
      throw formulaColumnError();
    }
    return field;
  };
  const primary = (): FormulaNode => {
    const token = tokens[position++];
    if (token === undefined) {
      throw formulaSyntaxError();
    }
    switch (token.t) {
      case 'num':
        return { kind: 'number', value: token.v };
      case 'str':
        return { kind: 'text', value: token.v };
      case 'col':
        return { kind: 'column', field: column(token.v) };
      case 'name': {
        if ((token.v === 'TRUE' || token.v === 'FALSE') && !isOp('(')) {
          return { kind: 'boolean', value: token.v === 'TRUE' };
        }
        const signature = FUNCTIONS[token.v];
        if (signature === undefined) {
          throw formulaSyntaxError();
        }
        expectOp('(');
        const args: FormulaNode[] = [];
        if (!isOp(')')) {
          args.push(expression(0));
          while (isOp(',')) {
            position++;
            args.push(expression(0));
          }
        }
        expectOp(')');
        if (args.length < signature.min || args.length > signature.max) {
          throw formulaSyntaxError();
        }
        return { kind: 'call', name: token.v, args };
      }
      default:
        if (token.v === '(') {
          const inner = expression(0);
          expectOp(')');
          return inner;
        }
        if (token.v === '-') {
          return { kind: 'unary', operand: primary() };
        }
        throw formulaSyntaxError();
    }
  };
  const expression = (level: number): FormulaNode => {
    if (level >= PRECEDENCE.length) {
      return primary();
    }
    let left = expression(level + 1);
    for (;;) {
      const token = peek();
      if (token === undefined || token.t !== 'op' || !PRECEDENCE[level].has(token.v)) {
        return left;
      }
      position++;
      left = { kind: 'binary', operator: token.v, left, right: expression(level + 1) };
    }
  };
  const root = expression(0);
  if (position !== tokens.length) {
    throw formulaSyntaxError();
  }
  return root;
}

/** The #VALUE! of Excel: the formula cannot be evaluated for this item. */
class FormulaValueError extends Error {}

function asNumber(value: FormulaValue): number {
  if (value === null) {
    return 0;
  }
  if (typeof value === 'number') {
    return value;
  }
  if (typeof value === 'boolean') {
    return value ? 1 : 0;
  }
  if (value instanceof Date) {
    return value.getTime();
  }
  const numeric = Number(value);
  if (value.trim() === '' || !Number.isFinite(numeric)) {
    throw new FormulaValueError();
  }
  return numeric;
}

function asText(value: FormulaValue): string {
  if (value === null) {
    return '';
  }
  if (typeof value === 'boolean') {
    return value ? 'TRUE' : 'FALSE';
  }
  if (value instanceof Date) {
    return value.toISOString();
  }
  return String(value);
}

function asBoolean(value: FormulaValue): boolean {
  if (value === null) {
    return false;
  }
  if (typeof value === 'boolean') {
    return value;
  }
  if (typeof value === 'string') {
    throw new FormulaValueError();
  }
  return asNumber(value) !== 0;
}

function compare(operator: string, left: FormulaValue, right: FormulaValue): boolean {
  const textual = typeof left === 'string' || typeof right === 'string';
  const order = textual
    ? asText(left).localeCompare(asText(right), 'sv', { sensitivity: 'accent' })
    : Math.sign(asNumber(left) - asNumber(right));
  switch (operator) {
    case '=':
      return order === 0;
    case '<>':
      return order !== 0;
    case '<':
      return order < 0;
    case '>':
      return order > 0;
    case '<=':
      return order <= 0;
    default:
      return order >= 0;
  }
}

/** Evaluates a parsed formula against an item's values (by field). */
export function evaluateFormula(node: FormulaNode, valueOf: (field: FieldRecord) => FormulaValue): FormulaValue {
  switch (node.kind) {
    case 'number':
    case 'text':
    case 'boolean':
      return node.value;
    case 'column':
      return valueOf(node.field);
    case 'unary':
      return -asNumber(evaluateFormula(node.operand, valueOf));
    case 'binary': {
      const left = evaluateFormula(node.left, valueOf);
      const right = evaluateFormula(node.right, valueOf);
      switch (node.operator) {
        case '&':
          return asText(left) + asText(right);
        case '+':
          return asNumber(left) + asNumber(right);
        case '-':
          return asNumber(left) - asNumber(right);
        case '*':
          return asNumber(left) * asNumber(right);
        case '/': {
          const divisor = asNumber(right);
          if (divisor === 0) {
            throw new FormulaValueError();
          }
          return asNumber(left) / divisor;
        }
        default:
          return compare(node.operator, left, right);
      }
    }
    case 'call': {
      const arg = (index: number): FormulaValue => evaluateFormula(node.args[index], valueOf);
      switch (node.name) {
        case 'IF':
          return asBoolean(arg(0)) ? arg(1) : node.args.length > 2 ? arg(2) : false;
        case 'AND':
          return node.args.every((_a, i) => asBoolean(arg(i)));
        case 'OR':
          return node.args.some((_a, i) => asBoolean(arg(i)));
        case 'NOT':
          return !asBoolean(arg(0));
        case 'ISBLANK': {
          const value = arg(0);
          return value === null || value === '';
        }
        default:
          return asText(arg(0)).length;
      }
    }
  }
}

/** Whether an item passes the formula; a formula that cannot be evaluated fails it. */
export function passesFormula(node: FormulaNode, valueOf: (field: FieldRecord) => FormulaValue): boolean {
  try {
    return asBoolean(evaluateFormula(node, valueOf));
  } catch (error) {
    if (error instanceof FormulaValueError) {
      return false;
    }
    throw error;
  }
}

/** The formula's view of a stored item value. */
export function storedFormulaValue(field: FieldRecord, stored: unknown): FormulaValue {
  if (stored === null || stored === undefined) {
    return null;
  }
  switch (field.kind) {
    case 'DateTime':
      return new Date(String(stored));
    case 'Boolean':
      return Number(stored) !== 0;
    case 'Number':
    case 'Currency':
    case 'Integer':
    case 'Counter':
      return Number(stored);
    default:
      return String(stored);
  }
}
