/**
 * Helpers of the report tests: the demo plan and built-in shape of each seed, the report model
 * as a grid of cell texts (merged-over cells as null), and text normalisation for comparing
 * with the seeds' plain-text extractions.
 */
import { createDemoPlans, DemoPlan } from '../../local/demo';
import { buildReport, builtInShape, paragraphsText, ReportCell, ReportModel, ReportParagraph, ReportTable } from '../../src/reports';

/** The built-in shape of each demo plan. */
export const SHAPE_OF_DEMO: Readonly<Record<string, string>> = {
  'seed000-afn-2022': 'status-per-tertial',
  'seed002-amn-2024': 'granskningssammanfattning',
  'seed003-naf-2024': 'periodens-riskanalys',
  'seed004-sn-2022': 'atgarder-och-kontroller'
};

/** The demo plan with the id. */
export function demoPlan(id: string): DemoPlan {
  const demo = createDemoPlans().filter((plan) => plan.id === id)[0];
  if (demo === undefined) {
    throw new Error(`no demo plan ${id}`);
  }
  return demo;
}

/** The demo plan's report in its built-in shape, for the period its seed shows. */
export function demoReport(id: string, date: string = '2024-09-10'): { demo: DemoPlan; report: ReportModel } {
  const demo = demoPlan(id);
  const shape = builtInShape(SHAPE_OF_DEMO[id]);
  if (shape === undefined) {
    throw new Error(`no shape for ${id}`);
  }
  return { demo, report: buildReport(demo.data, demo.reportPeriodKey, shape, { datum: date }) };
}

/** Collapses white space (also line breaks) and trims: how the plain-text extractions read. */
export function norm(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A seed cell without the HTML the extraction kept and without bullet characters. */
export function seedCell(html: string): string {
  return norm(
    html
      .replace(/<\/?(b|i|p|ul|ol|li)\b[^>]*>/g, ' ')
      .replace(/(^|\s)•(?=\s)/g, ' ')
  );
}

/** A report cell's text as the extraction would read it: paragraphs joined by spaces, no list markers. */
export function cellText(paragraphs: readonly ReportParagraph[]): string {
  return norm(paragraphs.map((paragraph) => paragraph.runs.map((run) => run.text).join('')).join(' '));
}

/** One line of a table grid. */
export type GridLine =
  | { kind: 'group' | 'commentary'; text: string }
  | { kind: 'data'; riskKey?: string; cells: Array<string | null>; raw: Array<ReportCell | null> }
  | { kind: 'paragraph'; text: string };

/**
 * A table as lines of cell texts, header rows left out. A cell covered by a merged cell above
 * (vMerge continue) or to the left (gridSpan) is null, so merges can be compared with the blank
 * cells of the seeds' extractions.
 */
export function tableGrid(table: ReportTable): GridLine[] {
  const lines: GridLine[] = [];
  const columns = table.columns.length;
  for (const part of table.parts) {
    if (part.kind === 'paragraphs') {
      lines.push({ kind: 'paragraph', text: norm(paragraphsText(part.paragraphs)) });
      continue;
    }
    const remaining: number[] = new Array(columns).fill(0);
    for (const row of part.rows) {
      if (row.kind === 'group' || row.kind === 'commentary') {
        lines.push({ kind: row.kind, text: cellText(row.cells[0].paragraphs) });
        continue;
      }
      const cells: Array<string | null> = new Array(columns).fill(null);
      const raw: Array<ReportCell | null> = new Array(columns).fill(null);
      const starting = new Map(row.cells.map((cell) => [cell.column, cell] as [number, ReportCell]));
      for (let c = 0; c < columns; c++) {
        if (remaining[c] > 0) {
          remaining[c]--;
          if (starting.has(c)) {
            throw new Error(`cell at column ${c} overlaps a merged cell`);
          }
          continue;
        }
        const cell = starting.get(c);
        if (cell === undefined) {
          continue; // covered by a gridSpan to the left
        }
        cells[c] = cellText(cell.paragraphs);
        raw[c] = cell;
        for (let s = 0; s < cell.colSpan; s++) {
          remaining[c + s] = cell.rowSpan - 1;
        }
      }
      lines.push({ kind: 'data', riskKey: row.riskKey, cells, raw });
    }
  }
  return lines;
}

/** The data lines of a grid. */
export function dataLines(grid: GridLine[]): Array<Extract<GridLine, { kind: 'data' }>> {
  return grid.filter((line): line is Extract<GridLine, { kind: 'data' }> => line.kind === 'data');
}

/** Sentences of a text (split after . ! ? followed by a space). */
export function sentences(text: string): string[] {
  return norm(text)
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => sentence !== '');
}

/**
 * The sentences of `ours` that the seed's cell does not contain, in order. The demo plans keep
 * the first sentences of long cells and sometimes end a sentence early, so each of our sentences
 * (without its final full stop) must occur in the seed's text, after the previous one.
 */
export function sentencesNotInSeed(ours: string, seed: string): string[] {
  const missing: string[] = [];
  let from = 0;
  for (const sentence of sentences(ours)) {
    const probe = sentence.replace(/[.!?]$/, '');
    const at = seed.indexOf(probe, from);
    if (at < 0) {
      missing.push(sentence);
    } else {
      from = at + probe.length;
    }
  }
  return missing;
}
