/**
 * The report model: a follow-up report as plain, serialisable data — tables, header rows,
 * rows, cells with their spans and shading, rich-text runs, group rows, commentary paragraphs
 * and the summary sentence. `buildReport` makes it from a plan view, a period and a shape;
 * every output (.docx, the Word add-in's OOXML, a preview) renders it and none re-derives data.
 */

/** A piece of text with one formatting. Line breaks inside a paragraph are "\n" in `text`. */
export interface ReportRun {
  /** The text, as stored (the renderer makes it safe for its format). */
  text: string;
  /** Bold. */
  bold?: boolean;
  /** Italic. */
  italic?: boolean;
}

/** A list item's place: bullet or number, nesting level from 0. */
export interface ReportListItem {
  /** Bullet ("•") or numbered ("1."). */
  kind: 'bullet' | 'number';
  /** Nesting level, 0 for a top-level item. */
  level: number;
  /** The item's number within its list, from 1 (numbered lists). */
  number: number;
}

/** A paragraph of runs; a list item when `list` is set. */
export interface ReportParagraph {
  /** The runs, in order. */
  runs: ReportRun[];
  /** Set for list items. */
  list?: ReportListItem;
}

/** Background and text colour of a cell, e.g. a risk level's colours. */
export interface ReportShading {
  /** Background, "#rrggbb". */
  fill: string;
  /** Text colour on the background, "#rrggbb" (meets WCAG AA for level colours). */
  textColour: string;
}

/** A cell. Rows hold only the cells that start in them; a cell spanning rows is left out of the rows below. */
export interface ReportCell {
  /** Index of the first grid column the cell covers, from 0. */
  column: number;
  /** Grid columns covered, at least 1 (`w:gridSpan`). */
  colSpan: number;
  /** Rows covered, at least 1 (`w:vMerge`). */
  rowSpan: number;
  /** Content; an empty list for an empty cell. */
  paragraphs: ReportParagraph[];
  /** Shading, e.g. a level's colour. */
  shading?: ReportShading;
}

/** What a row is. */
export type ReportRowKind = 'header' | 'group' | 'data' | 'commentary';

/** A table row. */
export interface ReportRow {
  /** Header row (repeats on every page), group heading, data row or commentary row. */
  kind: ReportRowKind;
  /** The cells starting in this row, left to right. */
  cells: ReportCell[];
  /** Key of the row's risk (data and commentary rows), for previews and tests. */
  riskKey?: string;
}

/** A grid column of a table. */
export interface ReportColumn {
  /** The heading as shown. */
  heading: string;
  /** Share of the table's width, 0–1; the columns' shares add up to 1. */
  width: number;
  /** The period of a per-period column. */
  periodKey?: string;
}

/** One part of a table: rows (a Word table of their own, starting with the header rows) or paragraphs between parts. */
export type ReportTablePart =
  | {
      /** Rows of the table. */
      kind: 'rows';
      /** Group, data and commentary rows (header rows are the table's `headerRows`). */
      rows: ReportRow[];
    }
  | {
      /** A commentary paragraph between parts of the table. */
      kind: 'paragraphs';
      /** The paragraphs. */
      paragraphs: ReportParagraph[];
    };

/** One table of the report with its heading and text. */
export interface ReportTable {
  /** Heading above the table. */
  heading?: string;
  /** Paragraphs before the table. */
  intro: ReportParagraph[];
  /** Grid columns, left to right (per-period columns repeated). */
  columns: ReportColumn[];
  /** Header rows; they repeat at the top of every page and of every part. */
  headerRows: ReportRow[];
  /** The table's parts in order; empty when the table has no rows. */
  parts: ReportTablePart[];
  /** Shown instead of the table when it has no rows (the shape's `tomText`); absent: the table is left out. */
  emptyText?: string;
  /** Text size in points. */
  fontSize: number;
  /** Number of data rows (not header, group or commentary rows). */
  dataRowCount: number;
}

/** The plan the report is about. */
export interface ReportPlanInfo {
  /** SharePoint item id, when stored. */
  id?: number;
  /** The plan's key. */
  key: string;
  /** The nämnd. */
  namnd: string;
  /** The förvaltning. */
  forvaltning?: string;
  /** The plan's year. */
  ar: number;
  /** Diarienummer. */
  diarienummer?: string;
}

/** The period the report is for. */
export interface ReportPeriodInfo {
  /** Key, e.g. "T2". */
  key: string;
  /** Label, e.g. "Tertial 2". */
  label: string;
  /** First day "YYYY-MM-DD". */
  start: string;
  /** Last day "YYYY-MM-DD". */
  end: string;
  /** First and last day as the shape writes dates, e.g. "1 januari 2024" – "31 augusti 2024". */
  startText: string;
  /** Last day as the shape writes dates. */
  endText: string;
}

/** The summary sentence and what it counts. */
export interface ReportSummary {
  /** The kind of sentence: review results, statuses, or none. */
  kind: 'granskning' | 'status' | 'ingen';
  /** The sentence(s), e.g. "För sju av nio kontrollmoment är granskningen gjord utan anmärkning. …"; "" when none. */
  text: string;
  /** Kontrollmoment counted. */
  total: number;
  /** Kontrollmoment per review result in the period. */
  perResultat: Record<string, number>;
  /** Kontrollmoment per status in the period. */
  perStatus: Record<string, number>;
  /** Kontrollmoment not reviewed in the period. */
  ejGranskade: number;
}

/** A whole report. */
export interface ReportModel {
  /** The shape's id. */
  shapeId: string;
  /** The shape's name. */
  shapeName: string;
  /** The report's title (the shape's `titel` filled in). */
  title: string;
  /** The plan. */
  plan: ReportPlanInfo;
  /** The period. */
  period: ReportPeriodInfo;
  /** The report date, "YYYY-MM-DD". */
  date: string;
  /** The report date as the shape writes dates ("2024-09-10" or "10 september 2024"). */
  dateText: string;
  /** Page orientation. */
  orientation: 'portrait' | 'landscape';
  /** The summary sentence. */
  summary: ReportSummary;
  /** The tables, in order. */
  tables: ReportTable[];
  /**
   * Fingerprint of the content (tables and summary, not the date), 16 hex digits: equal
   * fingerprints mean the same report, so a refresh can tell whether anything changed.
   */
  fingerprint: string;
}
