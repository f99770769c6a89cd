/**
 * The small checks the shape validator is built from: types, choices, templates, colours,
 * each adding Swedish and English issues named by path. They never throw.
 */
import { closestName, ReportShapeIssue, ReportShapeIssueCode, shapeIssue } from './issues';
import { templateParts } from './templates';

/** Collects issues while a shape is walked. */
export class IssueList {
  /** The issues found so far, in the order found. */
  public readonly issues: ReportShapeIssue[] = [];

  /** Adds an issue. */
  public add(path: string, code: ReportShapeIssueCode, sv: string, en: string): void {
    this.issues.push(shapeIssue(path, code, sv, en));
  }
}

/** Joins a path and a key: "tabeller[0]" + "rubrik" → "tabeller[0].rubrik". */
export function childPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** Swedish and English name of what a value is, for "ska vara ett tal, inte text". */
function typeName(value: unknown): [string, string] {
  if (value === null) {
    return ['null', 'null'];
  }
  if (Array.isArray(value)) {
    return ['en lista', 'a list'];
  }
  switch (typeof value) {
    case 'string':
      return ['text', 'text'];
    case 'number':
      return ['ett tal', 'a number'];
    case 'boolean':
      return ['sant/falskt', 'true/false'];
    default:
      return ['ett objekt', 'an object'];
  }
}

/** Adds "ska vara …, inte …". */
export function wrongType(list: IssueList, path: string, value: unknown, wantedSv: string, wantedEn: string): void {
  const [sv, en] = typeName(value);
  list.add(path, 'wrong-type', `ska vara ${wantedSv}, inte ${sv}`, `must be ${wantedEn}, not ${en}`);
}

/** True for a plain object (not a list, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text of at most `max` characters; `required` also refuses blank text. Returns the text when it is one. */
export function checkText(list: IssueList, path: string, value: unknown, label: [string, string], max: number, required: boolean = false): string | undefined {
  if (typeof value !== 'string') {
    wrongType(list, path, value, 'text', 'text');
    return undefined;
  }
  if (required && value.trim() === '') {
    list.add(path, 'required', `${label[0]} saknas`, `${label[1]} is missing`);
  } else if (value.length > max) {
    list.add(path, 'too-long', `${label[0]} får vara högst ${max} tecken, inte ${value.length}`, `${label[1]} may be at most ${max} characters, not ${value.length}`);
  }
  return value;
}

/** A boolean. */
export function checkBoolean(list: IssueList, path: string, value: unknown): void {
  if (typeof value !== 'boolean') {
    wrongType(list, path, value, 'true eller false', 'true or false');
  }
}

/** One of the allowed values. Returns the value when it is allowed. */
export function checkChoice<T extends string>(list: IssueList, path: string, value: unknown, allowed: readonly T[], label: [string, string]): T | undefined {
  if (typeof value !== 'string') {
    wrongType(list, path, value, 'text', 'text');
    return undefined;
  }
  if ((allowed as readonly string[]).indexOf(value) >= 0) {
    return value as T;
  }
  const quoted = allowed.map((choice) => `"${choice}"`).join(', ');
  const suggestion = closestName(value, allowed);
  const hintSv = suggestion !== undefined ? ` (menade du "${suggestion}"?)` : '';
  const hintEn = suggestion !== undefined ? ` (did you mean "${suggestion}"?)` : '';
  list.add(path, 'unknown-value', `okänd ${label[0]} "${value}"${hintSv}; tillåtna: ${quoted}`, `unknown ${label[1]} "${value}"${hintEn}; allowed: ${quoted}`);
  return undefined;
}

/** A number within [min, max]. */
export function checkNumber(list: IssueList, path: string, value: unknown, min: number, max: number, label: [string, string]): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    wrongType(list, path, value, 'ett tal', 'a number');
    return;
  }
  if (value < min || value > max) {
    list.add(path, 'out-of-range', `${label[0]} ska vara mellan ${min} och ${max}, inte ${value}`, `${label[1]} must be between ${min} and ${max}, not ${value}`);
  }
}

/** A colour "#rrggbb". */
export function checkColour(list: IssueList, path: string, value: unknown): void {
  if (typeof value !== 'string') {
    wrongType(list, path, value, 'text', 'text');
    return;
  }
  if (!/^#[0-9A-Fa-f]{6}$/.test(value)) {
    list.add(path, 'bad-colour', `ogiltig färg "${value}"; skriv den som #rrggbb, t.ex. #F2F2F2`, `invalid colour "${value}"; write it as #rrggbb, e.g. #F2F2F2`);
  }
}

/** A template of at most `max` characters whose placeholders are all among `allowed`. */
export function checkTemplate(list: IssueList, path: string, value: unknown, allowed: readonly string[], label: [string, string], required: boolean = false, max: number = 2000): void {
  const text = checkText(list, path, value, label, max, required);
  if (text === undefined) {
    return;
  }
  const parts = templateParts(text);
  if (parts.malformed) {
    list.add(path, 'bad-template', `mallen "${text}" har en klammer { eller } utan partner eller en tom platshållare {}`, `the template "${text}" has an unpaired brace { or } or an empty placeholder {}`);
  }
  const listed = allowed.map((name) => `{${name}}`).join(', ');
  for (const name of parts.placeholders) {
    if (allowed.indexOf(name) < 0) {
      const suggestion = closestName(name, allowed);
      const hintSv = suggestion !== undefined ? ` (menade du "{${suggestion}}"?)` : '';
      const hintEn = suggestion !== undefined ? ` (did you mean "{${suggestion}}"?)` : '';
      list.add(path, 'bad-template', `okänd platshållare "{${name}}"${hintSv}; tillåtna här: ${listed}`, `unknown placeholder "{${name}}"${hintEn}; allowed here: ${listed}`);
    }
  }
}

/** Refuses keys the format does not have, with a suggestion for typos. */
export function checkKeys(list: IssueList, path: string, value: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (known.indexOf(key) < 0) {
      const suggestion = closestName(key, known);
      const hintSv = suggestion !== undefined ? ` (menade du "${suggestion}"?)` : '';
      const hintEn = suggestion !== undefined ? ` (did you mean "${suggestion}"?)` : '';
      const listed = known.map((name) => `"${name}"`).join(', ');
      list.add(childPath(path, key), 'unknown-key', `okänd nyckel "${key}"${hintSv}; kända nycklar: ${listed}`, `unknown key "${key}"${hintEn}; known keys: ${listed}`);
    }
  }
}

/** Refuses missing required keys: "tabeller[0].kolumner[1].rubrik: rubrik saknas". */
export function checkRequired(list: IssueList, path: string, value: Record<string, unknown>, required: Readonly<Record<string, [string, string]>>): void {
  for (const key of Object.keys(required)) {
    if (value[key] === undefined || value[key] === null) {
      const [sv, en] = required[key];
      list.add(childPath(path, key), 'required', `${sv} saknas`, `${en} is missing`);
    }
  }
}

/** A list with between 1 and `max` items; returns it when it is a list. */
export function checkList(list: IssueList, path: string, value: unknown, max: number, label: [string, string]): unknown[] | undefined {
  if (!Array.isArray(value)) {
    wrongType(list, path, value, 'en lista', 'a list');
    return undefined;
  }
  if (value.length === 0) {
    list.add(path, 'empty-list', `minst ${label[0]} behövs`, `at least ${label[1]} is needed`);
  } else if (value.length > max) {
    list.add(path, 'too-long', `högst ${max} får finnas, inte ${value.length}`, `at most ${max} are allowed, not ${value.length}`);
  }
  return value;
}
