/**
 * Cells of a table: a column's fields read for a row and formatted (bold, italics, templates),
 * and the vertical merges of runs of data rows ("risk": one cell over a risk's rows; "lika":
 * consecutive equal cells of one risk).
 */
import type { ReportCell, ReportParagraph, ReportRow, ReportRun, ReportShading } from '../model/types';
import type { ReportShapeColumn, ShapeFieldPart, ShapeFieldRef } from '../shape/types';
import type { PlanIndex, RowContext } from './planIndex';
import { fieldValue, ValueStyle } from './values';

/** A shape column as it appears in the table: per-period columns once per period. */
export interface GridColumn {
  /** The shape's column. */
  column: ReportShapeColumn;
  /** The period its period-dependent fields are read for. */
  periodKey: string;
  /** The heading, filled in. */
  heading: string;
  /** How its values show. */
  style: ValueStyle;
}

/** A cell's content before merging. */
export interface CellContent {
  /** Paragraphs; empty for an empty cell. */
  paragraphs: ReportParagraph[];
  /** Shading. */
  shading?: ReportShading;
}

/** The column's field references as a list of parts. */
function parts(column: ReportShapeColumn): ShapeFieldPart[] {
  const refs: ShapeFieldRef[] = Array.isArray(column.falt) ? column.falt : [column.falt];
  return refs.map((ref) => (typeof ref === 'string' ? { falt: ref } : ref));
}

/** Applies bold and italics to runs. */
function styleRuns(runs: ReportRun[], bold: boolean, italic: boolean): ReportRun[] {
  if (!bold && !italic) {
    return runs;
  }
  return runs.map((run) => {
    const styled: ReportRun = { ...run };
    if (bold) {
      styled.bold = true;
    }
    if (italic) {
      styled.italic = true;
    }
    return styled;
  });
}

/** Wraps paragraphs in a template "before{varde}after": before goes into the first, after into the last. */
function applyTemplate(paragraphs: ReportParagraph[], template: string | undefined): ReportParagraph[] {
  if (template === undefined || paragraphs.length === 0) {
    return paragraphs;
  }
  const at = template.indexOf('{varde}');
  const before = at < 0 ? template : template.slice(0, at);
  const after = at < 0 ? '' : template.slice(at + '{varde}'.length);
  const result = paragraphs.map((paragraph) => ({ ...paragraph, runs: paragraph.runs.slice() }));
  if (before !== '') {
    result[0].runs.unshift({ text: before });
  }
  if (after !== '') {
    result[result.length - 1].runs.push({ text: after });
  }
  return result;
}

/** The content of a column's cell on a row. */
export function cellContent(index: PlanIndex, row: RowContext, grid: GridColumn): CellContent {
  const content: CellContent = { paragraphs: [] };
  for (const part of parts(grid.column)) {
    const value = fieldValue(index, row, part.falt, grid.periodKey, grid.style);
    if (value.paragraphs.length === 0) {
      continue;
    }
    const bold = grid.column.fet === true || part.fet === true;
    const italic = grid.column.kursiv === true || part.kursiv === true;
    const formatted = applyTemplate(value.paragraphs, part.mall).map((paragraph) => ({ ...paragraph, runs: styleRuns(paragraph.runs, bold, italic) }));
    content.paragraphs.push(...formatted);
    if (content.shading === undefined && value.shading !== undefined) {
      content.shading = value.shading;
    }
  }
  return content;
}

/** A data row before merging. */
export interface DataRow {
  /** What the row is about. */
  context: RowContext;
  /** One content per grid column. */
  cells: CellContent[];
}

/** Same content and shading: cells that may merge under "lika". */
function sameContent(a: CellContent, b: CellContent): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Turns a run of consecutive data rows into report rows with vertical merges: a merged cell
 * gets `rowSpan` and is left out of the rows it covers. Merges never leave the risk they
 * belong to.
 */
export function mergeDataRows(rows: DataRow[], columns: GridColumn[]): ReportRow[] {
  // covered[r][c]: the cell is covered by a merged cell above it.
  const covered: boolean[][] = rows.map(() => columns.map(() => false));
  const spans: number[][] = rows.map(() => columns.map(() => 1));
  columns.forEach((grid, c) => {
    const mode = grid.column.sammanfoga;
    if (mode === undefined) {
      return;
    }
    let start = 0;
    while (start < rows.length) {
      let end = start + 1;
      const riskKey = rows[start].context.risk?.key;
      while (
        end < rows.length &&
        riskKey !== undefined &&
        rows[end].context.risk?.key === riskKey &&
        (mode === 'risk' || (rows[start].cells[c].paragraphs.length > 0 && sameContent(rows[start].cells[c], rows[end].cells[c])))
      ) {
        end++;
      }
      spans[start][c] = end - start;
      for (let r = start + 1; r < end; r++) {
        covered[r][c] = true;
      }
      start = end;
    }
  });
  return rows.map((row, r) => {
    const cells: ReportCell[] = [];
    row.cells.forEach((content, c) => {
      if (covered[r][c]) {
        return;
      }
      const cell: ReportCell = { column: c, colSpan: 1, rowSpan: spans[r][c], paragraphs: content.paragraphs };
      if (content.shading !== undefined) {
        cell.shading = content.shading;
      }
      cells.push(cell);
    });
    const reportRow: ReportRow = { kind: 'data', cells };
    if (row.context.risk !== undefined) {
      reportRow.riskKey = row.context.risk.key;
    }
    return reportRow;
  });
}
