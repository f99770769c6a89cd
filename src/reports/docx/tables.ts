/**
 * A report table as WordprocessingML tables: one `w:tbl` per part (the header rows open each
 * part again, as in seed 004), header rows marked `w:tblHeader` so they repeat on every page,
 * an explicit `w:tblGrid` and `w:tcW` on every cell in twips (Word on the web collapses tables
 * without them), `w:gridSpan` for cells across columns, `w:vMerge` for cells down rows and
 * `w:shd` for level colours.
 */
import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { ReportRow, ReportTable } from '../model/types';
import { docxParagraph, docxParagraphs } from './text';

/** Twips per grid column: the shares of the text width, rounded so they add up exactly. */
export function columnTwips(table: ReportTable, textWidth: number): number[] {
  const widths: number[] = [];
  let used = 0;
  let share = 0;
  table.columns.forEach((column) => {
    share += column.width;
    const end = Math.round(share * textWidth);
    widths.push(Math.max(end - used, 1));
    used = end;
  });
  return widths;
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '7F7F7F' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

/** Colour "#rrggbb" as docx writes it, "rrggbb". */
function hexColour(colour: string): string {
  return colour.replace(/^#/, '').toUpperCase();
}

/** One docx row. */
function docxRow(row: ReportRow, widths: number[], fontSize: number): TableRow {
  const size = fontSize * 2;
  const cells = row.cells.map((cell) => {
    const width = widths.slice(cell.column, cell.column + cell.colSpan).reduce((sum, twips) => sum + twips, 0);
    const style = { size, colour: cell.shading !== undefined ? hexColour(cell.shading.textColour) : undefined };
    return new TableCell({
      children: docxParagraphs(cell.paragraphs, { style, spacingAfter: 60, keepNext: row.kind === 'group' || row.kind === 'header' ? true : undefined }),
      width: { size: width, type: WidthType.DXA },
      columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
      rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
      shading: cell.shading !== undefined ? { type: ShadingType.CLEAR, color: 'auto', fill: hexColour(cell.shading.fill) } : undefined
    });
  });
  return new TableRow({
    children: cells,
    tableHeader: row.kind === 'header' ? true : undefined,
    cantSplit: row.kind === 'header' || row.kind === 'group' ? true : undefined
  });
}

/** One `w:tbl`: the header rows, then the part's rows. */
function docxTable(table: ReportTable, rows: ReportRow[], widths: number[]): Table {
  const total = widths.reduce((sum, twips) => sum + twips, 0);
  return new Table({
    rows: [...table.headerRows, ...rows].map((row) => docxRow(row, widths, table.fontSize)),
    columnWidths: widths,
    width: { size: total, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    // Cell margins once for the table (w:tblCellMar), not on every cell.
    margins: { top: 40, bottom: 40, left: 80, right: 80 }
  });
}

/**
 * The body elements of one report table: its parts as tables, with the commentary paragraphs
 * between them. A table with no rows gives its `emptyText` as a paragraph, or nothing.
 */
export function docxTableBody(table: ReportTable, textWidth: number): Array<Table | Paragraph> {
  const widths = columnTwips(table, textWidth);
  const body: Array<Table | Paragraph> = [];
  if (table.parts.length === 0) {
    if (table.emptyText !== undefined) {
      body.push(docxParagraph({ runs: [{ text: table.emptyText }] }, { style: {}, spacingAfter: 120 }));
    }
    return body;
  }
  for (const part of table.parts) {
    if (part.kind === 'rows') {
      body.push(docxTable(table, part.rows, widths));
    } else {
      // Space before and after keeps the paragraph off the tables on both sides.
      part.paragraphs.forEach((paragraph) => body.push(docxParagraph(paragraph, { style: {}, spacingBefore: 120, spacingAfter: 120 })));
    }
  }
  return body;
}
