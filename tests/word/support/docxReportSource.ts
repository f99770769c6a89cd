/**
 * A report source for the add-in's tests, rendering real .docx files with the `docx` package:
 * per risk, its kontrollmoment with the period's status and result; the risk cell spans its
 * kontrollmoment, the header row repeats, result cells are shaded. It stands where the reports
 * feature's renderer goes, so the add-in is tested on real Word packages.
 */
import { Document, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { PlanView } from '../../../src/data/InternkontrollService';
import { resultSummarySentence } from '../../../src/model';
import type { RenderedReport, ReportShapeChoice, ReportSource } from '../../../src/word/blocks/ReportSource';

/** The shapes this source offers. */
export const FIXTURE_SHAPES: ReportShapeChoice[] = [
  { id: 'status-per-tertial', title: 'Status per tertial', builtIn: true },
  { id: 'egen-kort', title: 'Kort uppföljning (egen)', builtIn: false }
];

/** One row of the fixture report model. */
export interface FixtureRow {
  risk: string;
  nr: number;
  kontrollmoment: string;
  status: string;
  resultat: string;
}

/** The rows of the report for a period, risk by risk, kontrollmoment by number. */
export function fixtureRows(view: PlanView, periodKey: string): FixtureRow[] {
  const rows: FixtureRow[] = [];
  for (const risk of view.risker.slice().sort((a, b) => a.nr - b.nr)) {
    for (const km of view.kontrollmoment.filter((k) => k.riskKey === risk.key).sort((a, b) => a.nr - b.nr)) {
      const followUp = view.uppfoljningar.filter((f) => f.targetType === 'kontrollmoment' && f.targetKey === km.key && f.periodKey === periodKey)[0];
      rows.push({ risk: risk.titel, nr: km.nr, kontrollmoment: km.beskrivning.replace(/<[^>]+>/g, ''), status: followUp?.status ?? '', resultat: followUp?.resultat ?? '' });
    }
  }
  return rows;
}

const WIDTHS = [2400, 700, 3600, 1300, 1600];

function cell(text: string, width: number, extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun(text)] })], ...extra });
}

/** Renders the fixture report as a .docx. */
export async function renderFixtureDocx(view: PlanView, periodKey: string, includeSummary: boolean): Promise<{ docx: Uint8Array; rows: FixtureRow[] }> {
  const rows = fixtureRows(view, periodKey);
  const header = new TableRow({
    tableHeader: true,
    children: ['Risk', 'Nr', 'Kontrollmoment', `Status ${periodKey}`, 'Resultat'].map((text, i) =>
      cell(text, WIDTHS[i], { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' } })
    )
  });
  const body: TableRow[] = [];
  rows.forEach((row, index) => {
    const first = index === 0 || rows[index - 1].risk !== row.risk;
    const span = rows.filter((r) => r.risk === row.risk).length;
    const cells: TableCell[] = [];
    if (first) {
      cells.push(cell(row.risk, WIDTHS[0], { rowSpan: span }));
    }
    cells.push(cell(String(row.nr), WIDTHS[1]), cell(row.kontrollmoment, WIDTHS[2]), cell(row.status, WIDTHS[3]));
    cells.push(cell(row.resultat, WIDTHS[4], row.resultat === 'Med anmärkning' ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F4CCCC' } } : {}));
    body.push(new TableRow({ children: cells }));
  });
  const children: (Paragraph | Table)[] = [new Table({ columnWidths: WIDTHS, width: { size: 9600, type: WidthType.DXA }, rows: [header, ...body] })];
  if (includeSummary) {
    children.push(new Paragraph({ children: [new TextRun(resultSummarySentence(view, periodKey))] }));
  }
  const document = new Document({ sections: [{ children }] });
  return { docx: new Uint8Array(await Packer.toBuffer(document)), rows };
}

/** The fixture source. */
export const docxReportSource: ReportSource = {
  listShapes: async () => FIXTURE_SHAPES,
  render: async (view: PlanView, periodKey: string, shapeId: string, options: { includeSummary: boolean }): Promise<RenderedReport> => {
    if (!FIXTURE_SHAPES.some((shape) => shape.id === shapeId)) {
      throw new Error(`Okänd rapportmall "${shapeId}".`);
    }
    const { docx, rows } = await renderFixtureDocx(view, periodKey, options.includeSummary);
    return { docx, model: { rows, includeSummary: options.includeSummary } };
  }
};
