/**
 * Shape `periodens-riskanalys` built from the demo plan of seed 003 (Nacka, NAF 2024, T1),
 * compared with the seed's table "2 Periodens riskanalys" (tests/reports/seeds/seed003.ts):
 * headings, one row per risk in the seed's order, "Medium (9)"-style levels shaded with the
 * level's colour, the period's level, and the period's analysis.
 */
import { dataLines, demoReport, norm, seedCell, sentencesNotInSeed, tableGrid } from './support';
import { SEED_TEXT } from './seeds/seed003';

/** The extraction misreads "Risknivå" as "Risiknivå" on the second page. */
function fixExtraction(text: string): string {
  return text.replace(/Risiknivå/g, 'Risknivå').replace(/risiknivå/g, 'risknivå');
}

/** The seed's rows of four cells, joined across the page break. */
function seedRows(): string[][] {
  const rows: string[][] = [];
  for (const line of SEED_TEXT.split('\n')) {
    if (line.indexOf('\t') < 0) {
      continue;
    }
    const cells = line.split('\t').map((cell) => fixExtraction(seedCell(cell)));
    if (cells[0] === 'Risk') {
      continue; // the header row of each page
    }
    if (cells[0] === '' && rows.length > 0) {
      const last = rows[rows.length - 1];
      cells.forEach((cell, c) => (last[c] = norm(`${last[c] ?? ''} ${cell}`)));
      continue;
    }
    rows.push(cells);
  }
  return rows;
}

describe('periodens-riskanalys from seed 003', () => {
  const { demo, report } = demoReport('seed003-naf-2024');
  const table = report.tables[0];
  const ours = dataLines(tableGrid(table));
  const seed = seedRows();

  it('has the seed’s heading and column headings, upright page', () => {
    expect(table.heading).toBe('Periodens riskanalys');
    expect(table.columns.map((column) => column.heading)).toEqual(['Risk', 'Ursprunglig risk för året', 'Periodens riskanalys', 'Riskvärdering per tertial']);
    expect(report.orientation).toBe('portrait');
  });

  it('has one row per risk in the seed’s order, with the seed’s levels', () => {
    expect(seed).toHaveLength(12);
    expect(ours.map((row) => row.cells[0])).toEqual(seed.map((row) => row[0]));
    expect(ours.map((row) => row.cells[1])).toEqual(seed.map((row) => row[1]));
    expect(ours.map((row) => row.cells[3])).toEqual(seed.map((row) => row[3]));
    expect(seed.map((row) => row[1]).slice(0, 4)).toEqual(['Medium (9)', 'Hög (12)', 'Medium (9)', 'Hög (15)']);
  });

  it('shades each level with its colour from the plan’s risk matrix', () => {
    const colourOf = (label: string): string => {
      const level = demo.data.plan.riskMatrix.levels.filter((item) => item.label === label)[0];
      return level.colour;
    };
    seed.forEach((row, r) => {
      const original = row[1].replace(/ \(\d+\)$/, '');
      expect(ours[r].raw[1]?.shading?.fill).toBe(colourOf(original));
      expect(ours[r].raw[3]?.shading?.fill).toBe(colourOf(row[3]));
    });
  });

  it('takes every sentence of the period’s analysis from the seed, starting with its first', () => {
    // The demo plan keeps the first sentences of some analyses. The seed prints the first
    // page's analyses in italics and the second page's upright; the shape shows all upright.
    const missing: string[] = [];
    seed.forEach((row, r) => {
      const text = ours[r].cells[2] ?? '';
      expect(text.split('. ')[0]).toBe(row[2].split('. ')[0]);
      sentencesNotInSeed(text, row[2]).forEach((sentence) => missing.push(`rad ${r + 1}: "${sentence}"`));
    });
    expect(missing).toEqual([]);
  });

  it('writes no summary sentence (the shape asks for none)', () => {
    expect(report.summary.kind).toBe('ingen');
    expect(report.summary.text).toBe('');
  });
});
