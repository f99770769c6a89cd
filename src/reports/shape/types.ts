/**
 * A report shape: how one follow-up report looks, written as JSON the way a municipality would
 * write it (Swedish keys, ASCII only). The four built-in shapes and every organisation's own
 * shapes are values of these types; the report builder has no code path for any one shape.
 *
 * `docs/report-shape.schema.json` is generated from this file (`npm run generate:report-schema`),
 * so the JSDoc here is the schema's documentation too. Constraint tags (`@minimum`, `@pattern`,
 * `@minItems`, …) go into the schema as written; `validateReportShape` checks the same rules
 * with Swedish messages.
 */
import type { ReportFieldName } from './fields';

/** What one row of a table is. */
export type RowSource = 'kontrollmoment' | 'atgard' | 'risk' | 'avvikelse';

/** How a follow-up status shows: "Genomförd", "✔ Genomförd" or "✔". */
export type StatusDisplay = 'ord' | 'symbol-och-ord' | 'symbol';

/** How a risk level shows: "Hög (12)", "Hög" or "12". */
export type LevelDisplay = 'ord-och-varde' | 'ord' | 'varde';

/** Which periods a table shows side by side in its per-period columns. */
export type PeriodSelection = 'vald' | 'till-och-med-vald' | 'alla';

/** Ascending or descending. */
export type SortDirection = 'stigande' | 'fallande';

/** Page orientation; "auto" turns the page when a table has more than six columns. */
export type PageOrientation = 'staende' | 'liggande' | 'auto';

/** How dates show: "2024-09-10" or "10 september 2024". */
export type DateFormat = 'iso' | 'lang';

/** Which summary sentence the report carries. */
export type SummaryKind = 'granskning' | 'status' | 'ingen';

/** Symbols per status, for status display with symbols. Statuses left out keep the default symbol. */
export interface StatusSymbols {
  /** Default "○". */
  'Ej påbörjad'?: string;
  /** Default "▶". */
  'Pågående'?: string;
  /** Default "✔". */
  'Genomförd'?: string;
  /** Default "–". */
  'Ej aktuellt'?: string;
}

/** One source field of a cell, with its own formatting. */
export interface ShapeFieldPart {
  /** The source field, e.g. "risk.titel". */
  falt: ReportFieldName;
  /** Bold, e.g. a risk's title above its description. */
  fet?: boolean;
  /** Italic. */
  kursiv?: boolean;
  /**
   * Text around the value, with `{varde}` where the value goes, e.g. "{varde}." for "1." or
   * "Slutdatum: {varde}". Rich text keeps its paragraphs; the template wraps the first and last.
   */
  mall?: string;
}

/** A cell's source: one field name, or a part with formatting. */
export type ShapeFieldRef = ReportFieldName | ShapeFieldPart;

/** A column of a table. */
export interface ReportShapeColumn {
  /**
   * The source field, or several shown one below the other (e.g. "Ansvarig + Rapporteringsansvarig",
   * or a risk's title in bold above its description). Empty values are left out.
   */
  falt: ShapeFieldRef | ShapeFieldRef[];
  /**
   * Column heading, a template: e.g. "Ansvarig", "Status {periodkod} {ar}" (gives "Status T1 2022"
   * in a per-period column), "Kommentar per {periodtyp} {ar}". At most 200 characters: the
   * header row repeats on every page.
   * @minLength 1
   * @maxLength 200
   */
  rubrik: string;
  /**
   * Relative width: the columns share the page's width in proportion to it (e.g. 1, 2, 0.5).
   * @exclusiveMinimum 0
   * @maximum 100
   */
  bredd: number;
  /**
   * Vertical merging: "risk" makes one cell span all the rows of the same risk (a risk over all
   * its kontrollmoment); "lika" merges consecutive equal cells of the same risk.
   */
  sammanfoga?: 'risk' | 'lika';
  /** Repeat the column once per period of the table's `perioder` ("Status T1 2022", "Status T2 2022"). */
  perPeriod?: boolean;
  /** How a status shows in this column; default the table's or shape's `statusvisning`. */
  statusvisning?: StatusDisplay;
  /** How a risk level shows; default "ord-och-varde" ("Hög (12)"). */
  nivavisning?: LevelDisplay;
  /** Shade a risk level's cell with the level's colour; default true. */
  nivafarg?: boolean;
  /** Bold for the whole column. */
  fet?: boolean;
  /** Italic for the whole column. */
  kursiv?: boolean;
}

/** Grouping rows: a heading row above each group of rows. */
export interface ReportShapeGrouping {
  /** "riskvarde" (by riskvärde), "omrade" (by kontrollområde) or "ingen". */
  typ: 'riskvarde' | 'omrade' | 'ingen';
  /**
   * Heading of each group, a template. By riskvärde: `{varde}`, `{sannolikhet}`, `{konsekvens}`,
   * `{niva}` (e.g. "Skattning {varde}: {sannolikhet}, {konsekvens}" gives "Skattning 16: sannolik
   * risk, allvarliga konsekvenser", worded by the plan's risk matrix); by område: `{omrade}`.
   * Default: the matrix's own heading, or the område's name.
   */
  rubrik?: string;
  /** Group order: by riskvärde default "fallande" (highest first); by område the områden's order. */
  ordning?: SortDirection;
  /** Which rating groups risks: the original for the year (default) or the period's re-rating. */
  vardering?: 'ursprunglig' | 'period';
  /** Heading of the group of risks without rating or område; default "Ej skattade risker" / "Övriga risker". */
  rubrikUtanGrupp?: string;
  /**
   * Background of group rows, "#rrggbb"; default "#F2F2F2".
   * @pattern ^#[0-9A-Fa-f]{6}$
   */
  farg?: string;
}

/** One sort key. */
export interface ReportShapeSort {
  /** The field sorted on. */
  falt: ReportFieldName;
  /** Default "stigande". */
  ordning?: SortDirection;
}

/** A commentary paragraph after each risk's rows or each group. */
export interface ReportShapeCommentary {
  /** After each risk's rows, or after each group. */
  efter: 'risk' | 'grupp';
  /** The text, e.g. "risk.uppfoljning.kommentar" (the period's analysis of the risk). */
  falt: ReportFieldName;
  /**
   * "stycke": a paragraph between the table's parts (the header row repeats after it, as in
   * seed 004); "rad": a row across the whole table. Default "stycke".
   */
  placering?: 'stycke' | 'rad';
}

/** One table of a report. */
export interface ReportShapeTable {
  /** Heading above the table, a template, e.g. "Sammanfattning av granskningar till och med {periodslutmanad} {ar}". */
  rubrik?: string;
  /** Fixed text before the table (a template); blank lines separate paragraphs. */
  inledning?: string;
  /** What a row is: a kontrollmoment, an åtgärd, a risk or an avvikelse found in the period. */
  rader: RowSource;
  /**
   * The columns, left to right.
   * @minItems 1
   * @maxItems 40
   */
  kolumner: ReportShapeColumn[];
  /** Grouping rows; default none. */
  gruppering?: ReportShapeGrouping;
  /** Row order within a group; default by risk number, then the row's own number. Rows of one risk stay together when a column spans the risk or a commentary follows it. */
  sortering?: ReportShapeSort[];
  /** Periods of the per-period columns, of the chosen period's kind: "vald" (default), "till-och-med-vald" or "alla". */
  perioder?: PeriodSelection;
  /** Commentary paragraph after each risk or group. */
  kommentar?: ReportShapeCommentary;
  /** Text shown instead of the table when it has no rows; without it the table is left out (its heading and inledning stay). */
  tomText?: string;
  /** How statuses show in this table; default the shape's. */
  statusvisning?: StatusDisplay;
  /** Show risks with no rows in this table (e.g. a risk without åtgärder) as a row of their own; default false. */
  visaRiskerUtanRader?: boolean;
  /**
   * Background of the header row, "#rrggbb"; default "#D9E2F3".
   * @pattern ^#[0-9A-Fa-f]{6}$
   */
  rubrikfarg?: string;
}

/** A report shape. */
export interface ReportShape {
  /** Where the JSON Schema is, for editors, e.g. "../../docs/report-shape.schema.json"; ignored by the product. */
  $schema?: string;
  /**
   * Stable id: lower-case letters, digits and hyphens, e.g. "status-per-tertial".
   * @pattern ^[a-z0-9]+(-[a-z0-9]+)*$
   * @maxLength 64
   */
  id: string;
  /**
   * Name shown when choosing a shape, e.g. "Status per tertial".
   * @minLength 1
   * @maxLength 255
   */
  namn: string;
  /** What the shape is for. */
  beskrivning?: string;
  /** Title of the report as a bilaga, a template, e.g. "Uppföljning och statusuppdatering {periodkod} {ar}". */
  titel?: string;
  /** Page orientation; default "auto". */
  sidorientering?: PageOrientation;
  /** How dates show; default "iso". */
  datumformat?: DateFormat;
  /** How statuses show; default "ord". */
  statusvisning?: StatusDisplay;
  /** Symbols of statuses shown with symbols. */
  statussymboler?: StatusSymbols;
  /** Which summary sentence the report carries: "granskning" (the review results, seed 002's sentence; default), "status" (kontrollmoment per status) or "ingen". */
  sammanfattning?: SummaryKind;
  /**
   * Text size in the tables, in points; default 9.
   * @minimum 6
   * @maximum 16
   */
  textstorlek?: number;
  /**
   * The tables, in order.
   * @minItems 1
   * @maxItems 20
   */
  tabeller: ReportShapeTable[];
}
