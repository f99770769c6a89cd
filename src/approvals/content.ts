/**
 * What is approved: the period's follow-up as the report shows it. `approvalContent` takes the
 * report model (`buildReport` of the request's shape) and keeps what a reader of the report
 * sees — title, plan, period, summary sentence, table headings, column headings, every cell's
 * text with its bold, italic and list marks, and how cells span — and leaves out layout
 * (column widths, colours, text size, orientation), the report date and internal keys, so a
 * new date or a wider column is not a change of what was approved.
 */
import type { ReportModel, ReportParagraph, ReportRow, ReportRowKind } from '../reports/model/types';

/** Version of the content's form; part of the hashed JSON. */
export const APPROVAL_CONTENT_VERSION = 1;

/** A cell as approved: where it starts, how it spans, its paragraphs. */
export interface ApprovedCell {
  /** First grid column, from 0. */
  column: number;
  /** Grid columns covered (absent: 1). */
  colSpan?: number;
  /** Rows covered (absent: 1). */
  rowSpan?: number;
  /** The paragraphs, as in the report model. */
  paragraphs: ReportParagraph[];
}

/** A row as approved. */
export interface ApprovedRow {
  /** Header, group, data or commentary row. */
  kind: ReportRowKind;
  /** The cells starting in the row. */
  cells: ApprovedCell[];
}

/** A part of a table as approved. */
export type ApprovedTablePart = { kind: 'rows'; rows: ApprovedRow[] } | { kind: 'paragraphs'; paragraphs: ReportParagraph[] };

/** A table as approved. */
export interface ApprovedTable {
  /** Heading above the table. */
  heading?: string;
  /** Paragraphs before the table. */
  intro: ReportParagraph[];
  /** Column headings, left to right. */
  columns: string[];
  /** Header rows. */
  headerRows: ApprovedRow[];
  /** The table's parts. */
  parts: ApprovedTablePart[];
  /** Text shown instead of an empty table. */
  emptyText?: string;
}

/** The content of an approval: canonical JSON of this is the snapshot, its SHA-256 the hash. */
export interface ApprovalContent {
  /** Form version (APPROVAL_CONTENT_VERSION). */
  v: number;
  /** The report shape's id. */
  shapeId: string;
  /** The report's title. */
  title: string;
  /** The plan as the report names it. */
  plan: { key: string; namnd: string; forvaltning?: string; ar: number; diarienummer?: string };
  /** The period. */
  period: { key: string; label: string; start: string; end: string };
  /** The summary sentence ("" when the shape has none). */
  summary: string;
  /** The tables. */
  tables: ApprovedTable[];
}

function row(source: ReportRow): ApprovedRow {
  return {
    kind: source.kind,
    cells: source.cells.map((cell) => ({
      column: cell.column,
      colSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
      rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
      paragraphs: cell.paragraphs.map(paragraph)
    }))
  };
}

function paragraph(source: ReportParagraph): ReportParagraph {
  return {
    runs: source.runs.map((run) => ({ text: run.text, bold: run.bold ? true : undefined, italic: run.italic ? true : undefined })),
    list: source.list ? { kind: source.list.kind, level: source.list.level, number: source.list.number } : undefined
  };
}

/** The content of a report that an approval covers (see the module comment). */
export function approvalContent(report: ReportModel): ApprovalContent {
  return {
    v: APPROVAL_CONTENT_VERSION,
    shapeId: report.shapeId,
    title: report.title,
    plan: {
      key: report.plan.key,
      namnd: report.plan.namnd,
      forvaltning: report.plan.forvaltning,
      ar: report.plan.ar,
      diarienummer: report.plan.diarienummer
    },
    period: { key: report.period.key, label: report.period.label, start: report.period.start, end: report.period.end },
    summary: report.summary.text,
    tables: report.tables.map((table) => ({
      heading: table.heading,
      intro: table.intro.map(paragraph),
      columns: table.columns.map((column) => column.heading),
      headerRows: table.headerRows.map(row),
      parts: table.parts.map((part): ApprovedTablePart => (part.kind === 'rows' ? { kind: 'rows', rows: part.rows.map(row) } : { kind: 'paragraphs', paragraphs: part.paragraphs.map(paragraph) })),
      emptyText: table.emptyText
    }))
  };
}

/** Reads a snapshot back; undefined when it is not the content's JSON (damaged, other version). */
export function parseApprovalContent(snapshot: string | undefined): ApprovalContent | undefined {
  if (snapshot === undefined || snapshot === '') {
    return undefined;
  }
  try {
    const value = JSON.parse(snapshot) as ApprovalContent;
    return value && value.v === APPROVAL_CONTENT_VERSION && Array.isArray(value.tables) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Markers of list levels, as the .docx writes them ("•", "◦", "▪"). */
const BULLETS = ['•', '◦', '▪'];

/** The text of a paragraph as the .docx writes it: the list marker, then the runs. */
export function paragraphText(source: ReportParagraph): string {
  const marker = source.list ? (source.list.kind === 'number' ? `${source.list.number}.` : BULLETS[Math.max(0, Math.min(source.list.level, 8)) % BULLETS.length]) + '\t' : '';
  return marker + source.runs.map((run) => run.text).join('');
}

/** The text of a cell's paragraphs, one per line. */
export function cellText(paragraphs: readonly ReportParagraph[]): string {
  return paragraphs.map(paragraphText).join('\n');
}

/**
 * All the text of the content in the order the Word fragment shows it (the summary first when
 * asked for; per table its heading, intro, and each part opening with the header rows again),
 * for comparing a table in a document with what was approved. `includeTables: false` gives
 * the summary sentence alone (a summary block in Word).
 */
export function approvalText(content: ApprovalContent, options: { includeSummary: boolean; includeTables?: boolean }): string {
  const lines: string[] = [];
  if (options.includeSummary && content.summary !== '') {
    lines.push(content.summary);
  }
  if (options.includeTables === false) {
    return lines.join('\n');
  }
  const rowsText = (rows: readonly ApprovedRow[]): void => {
    for (const r of rows) {
      for (const cell of r.cells) {
        lines.push(cellText(cell.paragraphs));
      }
    }
  };
  for (const table of content.tables) {
    if (table.heading !== undefined && table.heading !== '') {
      lines.push(table.heading);
    }
    table.intro.forEach((p) => lines.push(paragraphText(p)));
    if (table.parts.length === 0) {
      if (table.emptyText !== undefined) {
        lines.push(table.emptyText);
      }
      continue;
    }
    for (const part of table.parts) {
      if (part.kind === 'rows') {
        rowsText(table.headerRows);
        rowsText(part.rows);
      } else {
        part.paragraphs.forEach((p) => lines.push(paragraphText(p)));
      }
    }
  }
  return lines.join('\n');
}
