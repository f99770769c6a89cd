/**
 * Reports: report shapes as data, the one report model and its .docx rendering. Pure and
 * host-free (no SPFx, Office or Node APIs), so the web part, the Word task pane, the CLI and the
 * tests all call the same functions:
 *
 * ```ts
 * const report = buildReport(view, 'T2', builtInShape('status-per-tertial')!);
 * const bytes = await renderReportDocx(report, { layout: 'fragment', includeSummary: true });
 * ```
 */
export type {
  DateFormat,
  LevelDisplay,
  PageOrientation,
  PeriodSelection,
  ReportShape,
  ReportShapeColumn,
  ReportShapeCommentary,
  ReportShapeGrouping,
  ReportShapeSort,
  ReportShapeTable,
  RowSource,
  ShapeFieldPart,
  ShapeFieldRef,
  SortDirection,
  StatusDisplay,
  StatusSymbols,
  SummaryKind
} from './shape/types';
export { REPORT_FIELDS, REPORT_FIELD_NAMES, ROW_SOURCE_LABELS, isReportFieldName, reportFieldInfo } from './shape/fields';
export type { FieldKind, ReportFieldInfo, ReportFieldName } from './shape/fields';
export { AREA_GROUP_PLACEHOLDERS, CELL_PLACEHOLDERS, GENERAL_PLACEHOLDERS, RISK_GROUP_PLACEHOLDERS, fillReportTemplate, templateParts } from './shape/templates';
export { MAX_COLUMN_HEADING, MAX_TABLE_COLUMNS, parseReportShape, validateReportShape, validateReportShapes } from './shape/validate';
export type { ParsedReportShape, ValidateReportShapeOptions } from './shape/validate';
export type { ReportShapeIssue, ReportShapeIssueCode } from './shape/issues';
export { BUILT_IN_SHAPES, BUILT_IN_SHAPE_IDS, builtInShape, copyReportShape, requireReportShape } from './shapes';
export { allReportShapes } from './shapes/allReportShapes';
export type { AllReportShapesOptions, ReportShapeEntry } from './shapes/allReportShapes';
export { AUTO_LANDSCAPE_COLUMNS, DEFAULT_TABLE_FONT_SIZE, buildReport } from './build/buildReport';
export type { BuildReportOptions } from './build/buildReport';
export { DEFAULT_STATUS_SYMBOLS, formatStatus, formatSwedishDate } from './build/format';
export { paragraphsText } from './build/paragraphs';
export type {
  ReportCell,
  ReportColumn,
  ReportListItem,
  ReportModel,
  ReportParagraph,
  ReportPeriodInfo,
  ReportPlanInfo,
  ReportRow,
  ReportRowKind,
  ReportRun,
  ReportShading,
  ReportSummary,
  ReportTable,
  ReportTablePart
} from './model/types';
export { A4, PAGE_MARGIN, renderReportDocx, textWidthTwips } from './docx/renderReportDocx';
export type { RenderReportDocxOptions, ReportDocxLayout } from './docx/renderReportDocx';
export { xmlSafeText } from './docx/text';
export { ReportError } from './errors';
export type { ReportErrorKind } from './errors';
