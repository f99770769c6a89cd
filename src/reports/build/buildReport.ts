/**
 * `buildReport`: plan view + period + shape → report model. Pure apart from the default report
 * date (today when none is given). Every output renders the model it returns; none reads the
 * plan again.
 */
import { findPeriod, Period } from '../../model/periods';
import type { PlanData } from '../../model/types';
import { ReportError } from '../errors';
import type { ReportColumn, ReportModel, ReportParagraph, ReportRow, ReportTable, ReportTablePart } from '../model/types';
import { fillReportTemplate } from '../shape/templates';
import type { ReportShape, ReportShapeTable } from '../shape/types';
import { validateReportShape } from '../shape/validate';
import { CellContent, cellContent, DataRow, GridColumn, mergeDataRows } from './cells';
import { reportFingerprint } from './fingerprint';
import { formatSwedishDate, swedishMonth } from './format';
import { groupRows, sortRows } from './groups';
import { plainTextParagraphs } from './paragraphs';
import { buildSummary } from './summary';
import { PlanIndex, RowContext } from './planIndex';
import { fieldValue, ValueStyle } from './values';

/** Options of `buildReport`. */
export interface BuildReportOptions {
  /** The report date "YYYY-MM-DD"; default today (the one impure default). */
  datum?: string;
}

/** Default text size of tables, in points. */
export const DEFAULT_TABLE_FONT_SIZE = 9;

/** Tables with more columns than this turn the page when the shape's orientation is "auto". */
export const AUTO_LANDSCAPE_COLUMNS = 6;

const DEFAULT_GROUP_FILL = '#F2F2F2';

/** The word for a period's kind, for "Kommentar per {periodtyp} {ar}". */
const PERIOD_KIND_WORDS: Readonly<Record<string, string>> = {
  tertial: 'tertial',
  delar: 'delår',
  helar: 'helår',
  halvar: 'halvår',
  kvartal: 'kvartal',
  manad: 'månad',
  annan: 'period'
};

/** Today as "YYYY-MM-DD" in local time. */
function today(): string {
  const now = new Date();
  const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Values of the general placeholders for a period. */
function generalValues(data: PlanData, period: Period, shape: ReportShape): Record<string, string> {
  const dates = shape.datumformat ?? 'iso';
  return {
    ar: String(data.plan.ar),
    foregaendear: String(data.plan.ar - 1),
    period: period.label,
    periodgemen: period.label.toLocaleLowerCase('sv-SE'),
    periodkod: period.key,
    periodtyp: PERIOD_KIND_WORDS[period.kind] ?? 'period',
    periodstart: formatSwedishDate(period.start, dates),
    periodslut: formatSwedishDate(period.end, dates),
    periodslutmanad: swedishMonth(period.end),
    namnd: data.plan.namnd,
    forvaltning: data.plan.forvaltning ?? '',
    diarienummer: data.plan.diarienummer ?? ''
  };
}

/** The periods of a table's per-period columns: of the chosen period's kind, in date order. */
function tablePeriods(data: PlanData, chosen: Period, table: ReportShapeTable): Period[] {
  const selection = table.perioder ?? 'vald';
  if (selection === 'vald') {
    return [chosen];
  }
  return data.plan.perioder
    .filter((period) => period.kind === chosen.kind && (selection === 'alla' || period.start <= chosen.start))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** A group heading row across the whole table. */
function fullWidthRow(kind: 'group' | 'commentary', paragraphs: ReportParagraph[], columns: number, fill: string | undefined, riskKey?: string): ReportRow {
  const row: ReportRow = { kind, cells: [{ column: 0, colSpan: columns, rowSpan: 1, paragraphs }] };
  if (fill !== undefined) {
    row.cells[0].shading = { fill, textColour: '#000000' };
  }
  if (riskKey !== undefined) {
    row.riskKey = riskKey;
  }
  return row;
}

/** What a table is made of before parts and merges: rows and commentary paragraphs in order. */
type TableItem = { kind: 'row'; row: ReportRow } | { kind: 'data'; row: DataRow } | { kind: 'paragraphs'; paragraphs: ReportParagraph[] };

/** Builds one table. */
function buildTable(index: PlanIndex, shape: ReportShape, table: ReportShapeTable, chosen: Period): ReportTable {
  const data = index.data;
  const general = generalValues(data, chosen, shape);
  const baseStyle: ValueStyle = {
    dates: shape.datumformat ?? 'iso',
    status: table.statusvisning ?? shape.statusvisning ?? 'ord',
    symbols: shape.statussymboler,
    level: 'ord-och-varde',
    levelColour: true
  };
  const periods = tablePeriods(data, chosen, table);
  const grid: GridColumn[] = [];
  for (const column of table.kolumner) {
    const style: ValueStyle = {
      ...baseStyle,
      status: column.statusvisning ?? baseStyle.status,
      level: column.nivavisning ?? baseStyle.level,
      levelColour: column.nivafarg !== false
    };
    for (const period of column.perPeriod === true ? periods : [chosen]) {
      grid.push({ column, periodKey: period.key, heading: fillReportTemplate(column.rubrik, generalValues(data, period, shape)), style });
    }
  }
  const totalWidth = grid.reduce((sum, column) => sum + column.column.bredd, 0);
  const columns: ReportColumn[] = grid.map((column) => {
    const reportColumn: ReportColumn = { heading: column.heading, width: column.column.bredd / totalWidth };
    if (column.column.perPeriod === true) {
      reportColumn.periodKey = column.periodKey;
    }
    return reportColumn;
  });
  const headerRows: ReportRow[] = [
    {
      kind: 'header',
      cells: grid.map((column, c) => ({
        column: c,
        colSpan: 1,
        rowSpan: 1,
        paragraphs: [{ runs: [{ text: column.heading, bold: true }] }],
        shading: { fill: table.rubrikfarg ?? '#D9E2F3', textColour: '#000000' }
      }))
    }
  ];

  let rows: RowContext[] = index.rows(table.rader, chosen.key);
  if (table.visaRiskerUtanRader === true && table.rader !== 'risk') {
    const withRows = new Set(rows.map((row) => row.risk?.key));
    const extra = data.risker.filter((risk) => !withRows.has(risk.key)).map((risk, i): RowContext => ({ source: table.rader, risk, order: rows.length + i }));
    rows = rows.concat(extra);
  }
  const keepTogether = table.kommentar?.efter === 'risk' || table.kolumner.some((column) => column.sammanfoga !== undefined);
  const groups = groupRows(index, rows, table.gruppering, chosen.key, general);
  const commentary = table.kommentar;
  const commentaryText = (row: RowContext): ReportParagraph[] =>
    commentary !== undefined ? fieldValue(index, row, commentary.falt, chosen.key, baseStyle).paragraphs : [];
  const items: TableItem[] = [];
  const addCommentary = (row: RowContext): void => {
    const paragraphs = commentaryText(row);
    if (paragraphs.length === 0 || commentary === undefined) {
      return;
    }
    if (commentary.placering === 'rad') {
      items.push({ kind: 'row', row: fullWidthRow('commentary', paragraphs, grid.length, undefined, row.risk?.key) });
    } else {
      items.push({ kind: 'paragraphs', paragraphs });
    }
  };
  let dataRowCount = 0;
  for (const group of groups) {
    if (group.heading !== undefined) {
      const fill = table.gruppering?.farg ?? DEFAULT_GROUP_FILL;
      items.push({ kind: 'row', row: fullWidthRow('group', [{ runs: [{ text: group.heading, bold: true }] }], grid.length, fill) });
    }
    const sorted = sortRows(index, group.rows, table.sortering ?? [], chosen.key, baseStyle, keepTogether);
    sorted.forEach((row, i) => {
      const cells: CellContent[] = grid.map((column) => cellContent(index, row, column));
      items.push({ kind: 'data', row: { context: row, cells } });
      dataRowCount++;
      const next = sorted[i + 1];
      if (commentary?.efter === 'risk' && (next === undefined || next.risk?.key !== row.risk?.key)) {
        addCommentary(row);
      }
    });
    if (commentary?.efter === 'grupp' && sorted.length > 0) {
      addCommentary(sorted[0]);
    }
  }

  const parts: ReportTablePart[] = [];
  let currentRows: ReportRow[] | undefined;
  let pendingData: DataRow[] = [];
  const flushData = (): void => {
    if (pendingData.length > 0) {
      if (currentRows === undefined) {
        currentRows = [];
        parts.push({ kind: 'rows', rows: currentRows });
      }
      currentRows.push(...mergeDataRows(pendingData, grid));
      pendingData = [];
    }
  };
  for (const item of items) {
    if (item.kind === 'data') {
      pendingData.push(item.row);
      continue;
    }
    flushData();
    if (item.kind === 'row') {
      if (currentRows === undefined) {
        currentRows = [];
        parts.push({ kind: 'rows', rows: currentRows });
      }
      currentRows.push(item.row);
    } else {
      parts.push({ kind: 'paragraphs', paragraphs: item.paragraphs });
      currentRows = undefined;
    }
  }
  flushData();

  const result: ReportTable = {
    intro: table.inledning !== undefined ? plainTextParagraphs(fillReportTemplate(table.inledning, general)) : [],
    columns,
    headerRows,
    parts: dataRowCount === 0 ? [] : parts,
    fontSize: shape.textstorlek ?? DEFAULT_TABLE_FONT_SIZE,
    dataRowCount
  };
  if (table.rubrik !== undefined) {
    result.heading = fillReportTemplate(table.rubrik, general);
  }
  if (table.tomText !== undefined && dataRowCount === 0) {
    result.emptyText = fillReportTemplate(table.tomText, general);
  }
  return result;
}

/**
 * Builds the report model of a plan for a period in a shape. Throws `ReportError` when the
 * period is not one of the plan's (kind "unknown-period") or the shape does not validate
 * ("invalid-shape", with the issues).
 */
export function buildReport(view: PlanData, periodKey: string, shape: ReportShape, options: BuildReportOptions = {}): ReportModel {
  const issues = validateReportShape(shape);
  if (issues.length > 0) {
    throw new ReportError(
      'invalid-shape',
      `Rapportformen "${String((shape as { id?: unknown }).id)}" är ogiltig: ${issues.map((issue) => issue.message).join('; ')}`,
      `The report shape "${String((shape as { id?: unknown }).id)}" is invalid: ${issues.map((issue) => issue.messageEn).join('; ')}`,
      issues
    );
  }
  const period = findPeriod(view.plan.perioder, periodKey);
  if (period === undefined) {
    const known = view.plan.perioder.map((item) => item.key).join(', ');
    throw new ReportError(
      'unknown-period',
      `Perioden "${periodKey}" finns inte i planen för ${view.plan.namnd} ${view.plan.ar}; planens perioder: ${known || 'inga'}`,
      `The period "${periodKey}" is not in the plan of ${view.plan.namnd} ${view.plan.ar}; the plan's periods: ${known || 'none'}`
    );
  }
  const index = new PlanIndex(view);
  const tables = shape.tabeller.map((table) => buildTable(index, shape, table, period));
  const orientationSetting = shape.sidorientering ?? 'auto';
  const wide = tables.some((table) => table.columns.length > AUTO_LANDSCAPE_COLUMNS);
  const date = options.datum ?? today();
  const general = generalValues(view, period, shape);
  const model: ReportModel = {
    shapeId: shape.id,
    shapeName: shape.namn,
    title: shape.titel !== undefined ? fillReportTemplate(shape.titel, general) : shape.namn,
    plan: {
      key: view.plan.key,
      namnd: view.plan.namnd,
      ar: view.plan.ar
    },
    period: {
      key: period.key,
      label: period.label,
      start: period.start,
      end: period.end,
      startText: formatSwedishDate(period.start, shape.datumformat ?? 'iso'),
      endText: formatSwedishDate(period.end, shape.datumformat ?? 'iso')
    },
    date,
    dateText: formatSwedishDate(date, shape.datumformat ?? 'iso'),
    orientation: orientationSetting === 'liggande' || (orientationSetting === 'auto' && wide) ? 'landscape' : 'portrait',
    summary: buildSummary(view, period.key, shape.sammanfattning ?? 'granskning'),
    tables,
    fingerprint: ''
  };
  if (view.plan.id !== undefined) {
    model.plan.id = view.plan.id;
  }
  if (view.plan.forvaltning !== undefined) {
    model.plan.forvaltning = view.plan.forvaltning;
  }
  if (view.plan.diarienummer !== undefined) {
    model.plan.diarienummer = view.plan.diarienummer;
  }
  model.fingerprint = reportFingerprint(model);
  return model;
}
