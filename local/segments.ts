/**
 * Splits a REST path below `_api/` into segments with their arguments:
 * `web/lists/getByTitle('IK''s')/items(7)` → web · lists · getByTitle('IK's') · items(7).
 * Slashes inside parentheses (e.g. `getList('/sites/x/Lists/y')`) stay in the argument.
 * Aliased arguments (`siteusers(@v)?@v='…'`) are resolved from the query string.
 */
import { invalidExpression } from './errors';

/** One argument of a segment. */
export interface SegmentArgument {
  /** Name for named arguments (`logonName='x'`), undefined for positional ones. */
  readonly name?: string;
  /** The value: text of a quoted or guid literal, a number, or the raw text. */
  readonly value: string | number;
}

/** One path segment. */
export interface Segment {
  /** The segment name as written. */
  readonly name: string;
  /** The name in lower case, for matching. */
  readonly lower: string;
  /** Arguments in parentheses; undefined when the segment has none. */
  readonly args?: readonly SegmentArgument[];
}

function parseValue(text: string, query: URLSearchParams, source: string): string | number {
  const trimmed = text.trim();
  if (trimmed.startsWith('@')) {
    const aliased = query.get(trimmed);
    if (aliased === null) {
      throw invalidExpression(source);
    }
    return parseValue(aliased, query, source);
  }
  const quoted = /^(?:guid)?'((?:[^']|'')*)'$/i.exec(trimmed);
  if (quoted !== null) {
    return quoted[1].replace(/''/g, "'");
  }
  if (/^-?\d+$/.test(trimmed)) {
    return Number(trimmed);
  }
  return trimmed;
}

/** Splits the argument text on top-level commas (outside quotes). */
function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") {
      quoted = !quoted;
    }
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim() !== '' || parts.length > 0) {
    parts.push(current);
  }
  return parts;
}

function parseArguments(text: string, query: URLSearchParams, source: string): SegmentArgument[] {
  return splitArguments(text).map((part) => {
    const named = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/s.exec(part);
    if (named !== null && !/^\s*'/.test(part)) {
      return { name: named[1], value: parseValue(named[2], query, source) };
    }
    return { value: parseValue(part, query, source) };
  });
}

/** Parses a decoded path (below `_api/`) into segments. */
export function parseSegments(path: string, query: URLSearchParams): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  while (i < path.length) {
    if (path[i] === '/') {
      i++;
      continue;
    }
    let name = '';
    while (i < path.length && path[i] !== '/' && path[i] !== '(') {
      name += path[i];
      i++;
    }
    let args: SegmentArgument[] | undefined;
    if (path[i] === '(') {
      let depth = 0;
      let quoted = false;
      let text = '';
      for (i++; i < path.length; i++) {
        const ch = path[i];
        if (ch === "'") {
          quoted = !quoted;
        } else if (!quoted && ch === '(') {
          depth++;
        } else if (!quoted && ch === ')') {
          if (depth === 0) {
            break;
          }
          depth--;
        }
        text += ch;
      }
      if (i >= path.length) {
        throw invalidExpression(path);
      }
      i++;
      args = parseArguments(text, query, path);
      if (i < path.length && path[i] !== '/') {
        throw invalidExpression(path);
      }
    }
    segments.push({ name, lower: name.toLowerCase(), args });
  }
  return segments;
}
