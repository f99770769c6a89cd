/**
 * Validation of report shapes: every rule of the format, with Swedish messages (English
 * second) that name the path inside the shape, e.g. `tabeller[0].kolumner[2].falt: okänt fält
 * "Statsu" (menade du "uppfoljning.status"?)`. It takes any parsed JSON, never throws, and is
 * the one validator for built-in shapes, an organisation's own shapes and a shape editor.
 */
import {
  checkBoolean,
  checkChoice,
  checkColour,
  checkKeys,
  checkList,
  checkNumber,
  checkRequired,
  checkTemplate,
  checkText,
  childPath,
  isPlainObject,
  IssueList,
  wrongType
} from './checks';
import { isReportFieldName, REPORT_FIELD_NAMES, REPORT_FIELDS, ReportFieldName, ROW_SOURCE_LABELS } from './fields';
import { closestName, ReportShapeIssue, shapeIssue } from './issues';
import { AREA_GROUP_PLACEHOLDERS, CELL_PLACEHOLDERS, GENERAL_PLACEHOLDERS, RISK_GROUP_PLACEHOLDERS } from './templates';
import type { ReportShape, RowSource } from './types';

const ROW_SOURCES: readonly RowSource[] = ['kontrollmoment', 'atgard', 'risk', 'avvikelse'];
const STATUS_DISPLAYS = ['ord', 'symbol-och-ord', 'symbol'] as const;
const LEVEL_DISPLAYS = ['ord-och-varde', 'ord', 'varde'] as const;
const SORT_DIRECTIONS = ['stigande', 'fallande'] as const;
const GENERAL = Object.keys(GENERAL_PLACEHOLDERS);
const STATUS_KEYS = ['Ej påbörjad', 'Pågående', 'Genomförd', 'Ej aktuellt'];

/** Largest number of columns a table may have after per-period columns repeat (Word allows 63). */
export const MAX_TABLE_COLUMNS = 40;

/** Longest column heading: the header row repeats on every page, so it must stay short. */
export const MAX_COLUMN_HEADING = 200;

/** Options of validation. */
export interface ValidateReportShapeOptions {
  /** Ids taken by other shapes (built-in and the organisation's own): the shape's id must differ. */
  takenIds?: readonly string[];
}

/** What a table's fields are checked against. */
interface TableContext {
  rows: RowSource | undefined;
}

/** Checks a field name: known, and present on the table's rows. Returns it when known. */
function checkField(list: IssueList, path: string, value: unknown, table: TableContext): ReportFieldName | undefined {
  if (typeof value !== 'string') {
    wrongType(list, path, value, 'ett fältnamn (text)', 'a field name (text)');
    return undefined;
  }
  if (!isReportFieldName(value)) {
    // Likelier candidates first (closestName keeps the first of equals): fields present on the
    // table's rows, shorter names before longer ones.
    const byLength = (a: string, b: string): number => a.length - b.length;
    const onRows = REPORT_FIELD_NAMES.filter((name) => table.rows === undefined || REPORT_FIELDS[name].rows.indexOf(table.rows) >= 0).sort(byLength);
    const suggestion = closestName(value, [...onRows, ...REPORT_FIELD_NAMES.slice().sort(byLength)]);
    const hintSv = suggestion !== undefined ? ` (menade du "${suggestion}"?)` : '';
    const hintEn = suggestion !== undefined ? ` (did you mean "${suggestion}"?)` : '';
    list.add(path, 'unknown-field', `okänt fält "${value}"${hintSv}`, `unknown field "${value}"${hintEn}`);
    return undefined;
  }
  if (table.rows !== undefined && REPORT_FIELDS[value].rows.indexOf(table.rows) < 0) {
    const labels = ROW_SOURCE_LABELS[table.rows];
    list.add(
      path,
      'field-not-on-rows',
      `fältet "${value}" finns inte på rader av ${labels.sv} (tabellens "rader" är "${table.rows}")`,
      `the field "${value}" is not available on rows of ${labels.en} (the table's "rader" is "${table.rows}")`
    );
  }
  return value;
}

/** Checks a column's `falt`: a name, a part object, or a non-empty list of them. Returns the names found. */
function checkFieldRefs(list: IssueList, path: string, value: unknown, table: TableContext): ReportFieldName[] {
  const refs: Array<[string, unknown]> = [];
  if (Array.isArray(value)) {
    if (value.length === 0) {
      list.add(path, 'empty-list', 'minst ett fält behövs', 'at least one field is needed');
    }
    value.forEach((item, i) => refs.push([`${path}[${i}]`, item]));
  } else {
    refs.push([path, value]);
  }
  const names: ReportFieldName[] = [];
  for (const [refPath, ref] of refs) {
    if (isPlainObject(ref)) {
      checkKeys(list, refPath, ref, ['falt', 'fet', 'kursiv', 'mall']);
      checkRequired(list, refPath, ref, { falt: ['fält', 'field'] });
      const name = ref.falt !== undefined ? checkField(list, childPath(refPath, 'falt'), ref.falt, table) : undefined;
      if (name !== undefined) {
        names.push(name);
      }
      for (const flag of ['fet', 'kursiv']) {
        if (ref[flag] !== undefined) {
          checkBoolean(list, childPath(refPath, flag), ref[flag]);
        }
      }
      if (ref.mall !== undefined) {
        checkTemplate(list, childPath(refPath, 'mall'), ref.mall, Object.keys(CELL_PLACEHOLDERS), ['mall', 'template']);
        if (typeof ref.mall === 'string' && ref.mall.indexOf('{varde}') < 0) {
          list.add(childPath(refPath, 'mall'), 'bad-template', `mallen "${ref.mall}" saknar {varde}, där fältets värde ska stå`, `the template "${ref.mall}" lacks {varde}, where the field's value goes`);
        }
      }
    } else if (typeof ref === 'string') {
      const name = checkField(list, refPath, ref, table);
      if (name !== undefined) {
        names.push(name);
      }
    } else if (ref !== undefined) {
      wrongType(list, refPath, ref, 'ett fältnamn eller ett objekt med "falt"', 'a field name or an object with "falt"');
    }
  }
  return names;
}

/** Checks one column; returns how many table columns it makes (per-period columns count once here). */
function checkColumn(list: IssueList, path: string, value: unknown, table: TableContext): void {
  if (!isPlainObject(value)) {
    wrongType(list, path, value, 'ett objekt', 'an object');
    return;
  }
  checkKeys(list, path, value, ['falt', 'rubrik', 'bredd', 'sammanfoga', 'perPeriod', 'statusvisning', 'nivavisning', 'nivafarg', 'fet', 'kursiv']);
  checkRequired(list, path, value, { falt: ['fält', 'field'], rubrik: ['rubrik', 'heading'], bredd: ['bredd', 'width'] });
  const fields = value.falt !== undefined && value.falt !== null ? checkFieldRefs(list, childPath(path, 'falt'), value.falt, table) : [];
  if (value.rubrik !== undefined && value.rubrik !== null) {
    checkTemplate(list, childPath(path, 'rubrik'), value.rubrik, GENERAL, ['rubrik', 'heading'], true, MAX_COLUMN_HEADING);
  }
  if (value.bredd !== undefined && value.bredd !== null) {
    const width = value.bredd;
    if (typeof width !== 'number' || !Number.isFinite(width) || width <= 0 || width > 100) {
      const shown = typeof width === 'string' ? `"${width}"` : JSON.stringify(width);
      list.add(
        childPath(path, 'bredd'),
        'bad-width',
        `bredden ska vara ett tal större än 0 och högst 100, inte ${shown}`,
        `the width must be a number above 0 and at most 100, not ${shown}`
      );
    }
  }
  if (value.sammanfoga !== undefined) {
    checkChoice(list, childPath(path, 'sammanfoga'), value.sammanfoga, ['risk', 'lika'], ['sammanfogning', 'merge']);
  }
  for (const flag of ['perPeriod', 'nivafarg', 'fet', 'kursiv']) {
    if (value[flag] !== undefined) {
      checkBoolean(list, childPath(path, flag), value[flag]);
    }
  }
  if (value.perPeriod === true) {
    const fixed = fields.filter((name) => !REPORT_FIELDS[name].perPeriod);
    if (fixed.length > 0) {
      list.add(
        childPath(path, 'perPeriod'),
        'not-per-period',
        `kolumnen kan inte upprepas per period: fältet "${fixed[0]}" hör inte till en period`,
        `the column cannot repeat per period: the field "${fixed[0]}" does not belong to a period`
      );
    }
  }
  if (value.statusvisning !== undefined) {
    checkChoice(list, childPath(path, 'statusvisning'), value.statusvisning, STATUS_DISPLAYS, ['statusvisning', 'status display']);
  }
  for (const key of ['nivavisning', 'nivafarg']) {
    if (value[key] === undefined) {
      continue;
    }
    if (key === 'nivavisning') {
      checkChoice(list, childPath(path, key), value[key], LEVEL_DISPLAYS, ['nivåvisning', 'level display']);
    }
    if (fields.length > 0 && !fields.some((name) => REPORT_FIELDS[name].kind === 'level')) {
      list.add(
        childPath(path, key),
        'not-a-level',
        `gäller bara fält med risknivå (t.ex. "risk.riskvarde"); kolumnens fält "${fields[0]}" är inte ett sådant`,
        `applies only to risk level fields (e.g. "risk.riskvarde"); the column's field "${fields[0]}" is not one`
      );
    }
  }
}

/** Checks a table's grouping; returns its type when valid. */
function checkGrouping(list: IssueList, path: string, value: unknown): string | undefined {
  if (!isPlainObject(value)) {
    wrongType(list, path, value, 'ett objekt', 'an object');
    return undefined;
  }
  checkKeys(list, path, value, ['typ', 'rubrik', 'ordning', 'vardering', 'rubrikUtanGrupp', 'farg']);
  checkRequired(list, path, value, { typ: ['grupperingstyp', 'grouping type'] });
  const type = value.typ !== undefined ? checkChoice(list, childPath(path, 'typ'), value.typ, ['riskvarde', 'omrade', 'ingen'], ['gruppering', 'grouping']) : undefined;
  if (value.rubrik !== undefined) {
    const extra = type === 'riskvarde' ? RISK_GROUP_PLACEHOLDERS : type === 'omrade' ? AREA_GROUP_PLACEHOLDERS : {};
    checkTemplate(list, childPath(path, 'rubrik'), value.rubrik, [...GENERAL, ...Object.keys(extra)], ['grupprubrik', 'group heading'], true);
  }
  if (value.ordning !== undefined) {
    checkChoice(list, childPath(path, 'ordning'), value.ordning, SORT_DIRECTIONS, ['ordning', 'order']);
  }
  if (value.vardering !== undefined) {
    checkChoice(list, childPath(path, 'vardering'), value.vardering, ['ursprunglig', 'period'], ['värdering', 'rating']);
  }
  if (value.rubrikUtanGrupp !== undefined) {
    checkTemplate(list, childPath(path, 'rubrikUtanGrupp'), value.rubrikUtanGrupp, GENERAL, ['rubrik', 'heading'], true);
  }
  if (value.farg !== undefined) {
    checkColour(list, childPath(path, 'farg'), value.farg);
  }
  return type;
}

/** Checks one table. */
function checkTable(list: IssueList, path: string, value: unknown): void {
  if (!isPlainObject(value)) {
    wrongType(list, path, value, 'ett objekt', 'an object');
    return;
  }
  const known = ['rubrik', 'inledning', 'rader', 'kolumner', 'gruppering', 'sortering', 'perioder', 'kommentar', 'tomText', 'statusvisning', 'visaRiskerUtanRader', 'rubrikfarg'];
  checkKeys(list, path, value, known);
  checkRequired(list, path, value, { rader: ['radtyp ("rader")', 'row kind ("rader")'], kolumner: ['kolumner', 'columns'] });
  const rows = value.rader !== undefined ? checkChoice(list, childPath(path, 'rader'), value.rader, ROW_SOURCES, ['radtyp', 'row kind']) : undefined;
  const table: TableContext = { rows };
  for (const key of ['rubrik', 'inledning', 'tomText']) {
    if (value[key] !== undefined) {
      checkTemplate(list, childPath(path, key), value[key], GENERAL, [key === 'rubrik' ? 'rubrik' : 'text', key === 'rubrik' ? 'heading' : 'text']);
    }
  }
  if (value.kolumner !== undefined && value.kolumner !== null) {
    const columns = checkList(list, childPath(path, 'kolumner'), value.kolumner, MAX_TABLE_COLUMNS, ['en kolumn', 'one column']);
    (columns ?? []).forEach((column, i) => checkColumn(list, `${childPath(path, 'kolumner')}[${i}]`, column, table));
  }
  const grouping = value.gruppering !== undefined ? checkGrouping(list, childPath(path, 'gruppering'), value.gruppering) : undefined;
  if (value.sortering !== undefined) {
    if (!Array.isArray(value.sortering)) {
      wrongType(list, childPath(path, 'sortering'), value.sortering, 'en lista', 'a list');
    } else {
      value.sortering.forEach((key, i) => {
        const keyPath = `${childPath(path, 'sortering')}[${i}]`;
        if (!isPlainObject(key)) {
          wrongType(list, keyPath, key, 'ett objekt med "falt"', 'an object with "falt"');
          return;
        }
        checkKeys(list, keyPath, key, ['falt', 'ordning']);
        checkRequired(list, keyPath, key, { falt: ['fält', 'field'] });
        if (key.falt !== undefined) {
          checkField(list, childPath(keyPath, 'falt'), key.falt, table);
        }
        if (key.ordning !== undefined) {
          checkChoice(list, childPath(keyPath, 'ordning'), key.ordning, SORT_DIRECTIONS, ['ordning', 'order']);
        }
      });
    }
  }
  if (value.perioder !== undefined) {
    checkChoice(list, childPath(path, 'perioder'), value.perioder, ['vald', 'till-och-med-vald', 'alla'], ['periodurval', 'period selection']);
  }
  if (value.kommentar !== undefined) {
    const commentPath = childPath(path, 'kommentar');
    const comment = value.kommentar;
    if (!isPlainObject(comment)) {
      wrongType(list, commentPath, comment, 'ett objekt', 'an object');
    } else {
      checkKeys(list, commentPath, comment, ['efter', 'falt', 'placering']);
      checkRequired(list, commentPath, comment, { efter: ['"efter"', '"efter"'], falt: ['fält', 'field'] });
      const after = comment.efter !== undefined ? checkChoice(list, childPath(commentPath, 'efter'), comment.efter, ['risk', 'grupp'], ['placering efter', 'position after']) : undefined;
      if (after === 'grupp' && (grouping === undefined || grouping === 'ingen')) {
        list.add(childPath(commentPath, 'efter'), 'commentary-without-grouping', 'kommentar efter "grupp" kräver en gruppering av tabellen', 'a commentary after "grupp" needs the table to be grouped');
      }
      if (comment.falt !== undefined) {
        checkField(list, childPath(commentPath, 'falt'), comment.falt, table);
      }
      if (comment.placering !== undefined) {
        checkChoice(list, childPath(commentPath, 'placering'), comment.placering, ['stycke', 'rad'], ['placering', 'placement']);
      }
    }
  }
  if (value.statusvisning !== undefined) {
    checkChoice(list, childPath(path, 'statusvisning'), value.statusvisning, STATUS_DISPLAYS, ['statusvisning', 'status display']);
  }
  if (value.visaRiskerUtanRader !== undefined) {
    checkBoolean(list, childPath(path, 'visaRiskerUtanRader'), value.visaRiskerUtanRader);
  }
  if (value.rubrikfarg !== undefined) {
    checkColour(list, childPath(path, 'rubrikfarg'), value.rubrikfarg);
  }
}

/**
 * Validates a report shape given as parsed JSON. Returns every issue found (empty when the shape
 * is valid), each naming its path, e.g. `tabeller[0].kolumner[2].falt`.
 */
export function validateReportShape(input: unknown, options: ValidateReportShapeOptions = {}): ReportShapeIssue[] {
  const list = new IssueList();
  if (!isPlainObject(input)) {
    wrongType(list, '', input, 'ett objekt (en rapportform)', 'an object (a report shape)');
    return list.issues;
  }
  const known = ['$schema', 'id', 'namn', 'beskrivning', 'titel', 'sidorientering', 'datumformat', 'statusvisning', 'statussymboler', 'sammanfattning', 'textstorlek', 'tabeller'];
  checkKeys(list, '', input, known);
  checkRequired(list, '', input, { id: ['id', 'id'], namn: ['namn', 'name'], tabeller: ['tabeller', 'tables'] });
  if (input.id !== undefined && input.id !== null) {
    const id = checkText(list, 'id', input.id, ['id', 'id'], 64, true);
    if (id !== undefined && id.trim() !== '' && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      list.add('id', 'bad-id', `ogiltigt id "${id}": använd gemena a–z, siffror och bindestreck, t.ex. "status-per-tertial"`, `invalid id "${id}": use lower-case a–z, digits and hyphens, e.g. "status-per-tertial"`);
    }
    if (id !== undefined && options.takenIds !== undefined && options.takenIds.indexOf(id) >= 0) {
      list.add('id', 'duplicate-id', `id "${id}" används redan av en annan rapportform`, `id "${id}" is already used by another report shape`);
    }
  }
  if (input.namn !== undefined && input.namn !== null) {
    checkText(list, 'namn', input.namn, ['namn', 'name'], 255, true);
  }
  if (input.beskrivning !== undefined) {
    checkText(list, 'beskrivning', input.beskrivning, ['beskrivning', 'description'], 2000);
  }
  if (input.titel !== undefined) {
    checkTemplate(list, 'titel', input.titel, GENERAL, ['titel', 'title']);
  }
  if (input.sidorientering !== undefined) {
    checkChoice(list, 'sidorientering', input.sidorientering, ['staende', 'liggande', 'auto'], ['sidorientering', 'page orientation']);
  }
  if (input.datumformat !== undefined) {
    checkChoice(list, 'datumformat', input.datumformat, ['iso', 'lang'], ['datumformat', 'date format']);
  }
  if (input.statusvisning !== undefined) {
    checkChoice(list, 'statusvisning', input.statusvisning, STATUS_DISPLAYS, ['statusvisning', 'status display']);
  }
  if (input.statussymboler !== undefined) {
    if (!isPlainObject(input.statussymboler)) {
      wrongType(list, 'statussymboler', input.statussymboler, 'ett objekt', 'an object');
    } else {
      const symbols = input.statussymboler;
      checkKeys(list, 'statussymboler', symbols, STATUS_KEYS);
      STATUS_KEYS.filter((key) => symbols[key] !== undefined).forEach((key) => checkText(list, childPath('statussymboler', key), symbols[key], ['symbol', 'symbol'], 8, true));
    }
  }
  if (input.sammanfattning !== undefined) {
    checkChoice(list, 'sammanfattning', input.sammanfattning, ['granskning', 'status', 'ingen'], ['sammanfattning', 'summary']);
  }
  if (input.textstorlek !== undefined) {
    checkNumber(list, 'textstorlek', input.textstorlek, 6, 16, ['textstorleken', 'the text size']);
  }
  if (input.tabeller !== undefined && input.tabeller !== null) {
    const tables = checkList(list, 'tabeller', input.tabeller, 20, ['en tabell', 'one table']);
    (tables ?? []).forEach((table, i) => checkTable(list, `tabeller[${i}]`, table));
  }
  return list.issues;
}

/** Validates several shapes together (an organisation's own with the built-in): ids must differ. Paths start with the shape's index, e.g. `[1].id`. */
export function validateReportShapes(inputs: readonly unknown[]): ReportShapeIssue[] {
  const issues: ReportShapeIssue[] = [];
  const seen = new Map<string, number>();
  inputs.forEach((input, i) => {
    const prefix = `[${i}]`;
    for (const issue of validateReportShape(input)) {
      // The messages start with the path; rebuild them under the shape's index.
      const strip = issue.path === '' ? 0 : issue.path.length + 2;
      const path = issue.path === '' ? prefix : `${prefix}.${issue.path}`;
      issues.push(shapeIssue(path, issue.code, issue.message.slice(strip), issue.messageEn.slice(strip)));
    }
    const id = isPlainObject(input) && typeof input.id === 'string' ? input.id : undefined;
    if (id !== undefined) {
      const first = seen.get(id);
      if (first !== undefined) {
        issues.push(shapeIssue(`${prefix}.id`, 'duplicate-id', `id "${id}" finns redan i rapportform [${first}]`, `id "${id}" is already used by report shape [${first}]`));
      } else {
        seen.set(id, i);
      }
    }
  });
  return issues;
}

/** The result of reading a shape from JSON text. */
export interface ParsedReportShape {
  /** The shape, when it is valid. */
  shape?: ReportShape;
  /** The issues; empty when the shape is valid. */
  issues: ReportShapeIssue[];
}

/** Reads a shape from JSON text (a file, the editor's text field) and validates it. */
export function parseReportShape(text: string, options: ValidateReportShapeOptions = {}): ParsedReportShape {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { issues: [shapeIssue('', 'not-json', `texten är inte giltig JSON: ${detail}`, `the text is not valid JSON: ${detail}`)] };
  }
  const issues = validateReportShape(input, options);
  return issues.length === 0 ? { shape: input as ReportShape, issues } : { issues };
}
