/**
 * Shape `status-per-tertial` built from the demo plan of seed 000/001 (Nacka, AFN 2022, T2),
 * compared with the seed's own table text (tests/reports/seeds/seed000.ts): headings, group
 * rows and their order, the risk cell spanning its controls, merged Metod/Ansvarig/Frekvens
 * cells, and every cell text.
 */
import { buildReport, builtInShape, ReportShape } from '../../src/reports';
import { dataLines, demoReport, GridLine, norm, seedCell, tableGrid } from './support';
import { SEED_TEXT } from './seeds/seed000';

/** The seed's table: group headings and data rows of seven cells. */
function seedTable(): GridLine[] {
  const lines: GridLine[] = [];
  for (const line of SEED_TEXT.split('\n')) {
    const cells = line.split('\t').map(seedCell);
    if (norm(line) === '' || cells[0] === 'Område') {
      continue; // blank lines and the header row the extraction repeats on every page
    }
    if (/^Skattning \d+:/.test(cells[0]) && cells.slice(1).every((cell) => cell === '')) {
      lines.push({ kind: 'group', text: cells[0] });
      continue;
    }
    while (cells.length < 7) {
      cells.push('');
    }
    lines.push({ kind: 'data', cells, raw: [] });
  }
  return lines;
}

/**
 * Where the demo plan (local/demo/seed000-afn-2022.ts) words a cell differently from this
 * extraction, seed text → demo text, whole cells after normalising white space. Each is
 * the demo following seed 001 (the other extraction of the same report) or undoing a line break.
 */
const KNOWN_CELL_DIFFERENCES: Readonly<Record<string, string>> = {
  // Seed 001 prints typographic quotes.
  'Följ framtagna rutiner för "säkra möten" och skalskydd': 'Följ framtagna rutiner för ”säkra möten” och skalskydd',
  'Variera kontrollmetoder och utforska olika "temafrågor" på djupet': 'Variera kontrollmetoder och utforska olika ”temafrågor” på djupet',
  // A line break inside the cell ("Direktör/ ⏎ Enhetschef"); two roles on two lines become a list.
  'Direktör/ Enhetschef': 'Direktör/Enhetschef',
  'Enhetschef Rektor/ Skolchef': 'Enhetschef, Rektor/Skolchef',
  'Direktör Enhetschef': 'Direktör, Enhetschef',
  // Two frequencies of two merged method rows, on two lines.
  'Stickprov Årligen': 'Stickprov, årligen',
  'Årligen Tertial': 'Årligen, tertial',
  // The word was hyphenated at a line end.
  'Uppföljning av genomförd kompetens-utveckling': 'Uppföljning av genomförd kompetensutveckling',
  // Seed 001 reads "avvikelse".
  'Vid avvikelser': 'Vid avvikelse',
  'Årligen och vid avvikelser': 'Årligen och vid avvikelse',
  // Two status cells of two merged method rows, on two lines; the demo has one control.
  'Pågående. Pågående.': 'Pågående.',
  // Seed 001 reads "Välfärd" (000 lost the diacritic).
  'Pågående, i samverkan med fastighetsenheten och Valfärd samhällsservice.': 'Pågående, i samverkan med fastighetsenheten och Välfärd samhällsservice.',
  // The demo corrects the participle ("finansierat").
  'Arbetet med att utveckla redovisningen av nämndens kundval fortsätter. Ett projekt finansierar med framtidsfond genomförs för att utveckla kundgränssnittet i Jämföraren så att det blir mer användarvänligt och tillgängligt för alla.':
    'Arbetet med att utveckla redovisningen av nämndens kundval fortsätter. Ett projekt finansierat med framtidsfond genomförs för att utveckla kundgränssnittet i Jämföraren så att det blir mer användarvänligt och tillgängligt för alla.'
};

/**
 * Group headings the demo's risk matrix words differently: seed 000 prints five headings no
 * one product matrix can give (local/demo/seed000-afn-2022.ts explains; 15 and 10 need a fifth
 * konsekvens step, and 12 and 9 carry the same words). The heading comes from the plan's matrix.
 */
const KNOWN_HEADING_DIFFERENCES: Readonly<Record<string, string>> = {
  'Skattning 15: möjlig risk, allvarliga konsekvenser': 'Skattning 15: möjlig risk, mycket allvarliga konsekvenser',
  'Skattning 12: möjlig risk, kännbara konsekvenser': 'Skattning 12: möjlig risk, allvarliga konsekvenser',
  'Skattning 10: mindre sannolik risk, allvarliga konsekvenser': 'Skattning 10: mindre sannolik risk, mycket allvarliga konsekvenser'
};

/** The Status T2 cell of "Uppföljning av antal polisanmälningar" is only in seed 001 ("Årligen."). */
const ONLY_IN_SEED_001 = { kontrollmoment: 'Uppföljning av antal polisanmälningar', column: 6, text: 'Årligen.' };

describe('status-per-tertial from seed 000/001', () => {
  const { report } = demoReport('seed000-afn-2022');
  const table = report.tables[0];
  const ours = tableGrid(table);
  const seed = seedTable();

  it('has the seed’s column headings, T1 and T2 side by side for the T2 report', () => {
    expect(table.columns.map((column) => column.heading)).toEqual(['Område', 'Kontrollmoment', 'Metod', 'Ansvarig', 'Frekvens', 'Status T1 2022', 'Status T2 2022']);
    expect(table.headerRows).toHaveLength(1);
    expect(report.title).toBe('Uppföljning och statusuppdatering T2 2022');
    expect(report.orientation).toBe('landscape');
  });

  it('groups under "Skattning N: …" headings, highest first, in the seed’s order', () => {
    const seedHeadings = seed.filter((line) => line.kind === 'group').map((line) => (line as { text: string }).text);
    const ourHeadings = ours.filter((line) => line.kind === 'group').map((line) => (line as { text: string }).text);
    expect(seedHeadings).toHaveLength(5);
    expect(ourHeadings).toEqual(seedHeadings.map((heading) => KNOWN_HEADING_DIFFERENCES[heading] ?? heading));
    // The two headings a product matrix can give match word for word.
    expect(ourHeadings[0]).toBe('Skattning 16: sannolik risk, allvarliga konsekvenser');
    expect(ourHeadings[4]).toBe('Skattning 9: möjlig risk, kännbara konsekvenser');
  });

  it('puts the same rows in the same groups and order as the seed', () => {
    const shape = (lines: GridLine[]): string[] => lines.map((line) => (line.kind === 'group' ? 'G' : line.kind === 'data' ? 'D' : line.kind));
    expect(shape(ours)).toEqual(shape(seed));
    expect(dataLines(ours)).toHaveLength(24);
  });

  it('spans each risk over all its controls and merges cells the seed merges', () => {
    const seedRows = dataLines(seed);
    const ourRows = dataLines(ours);
    // Rows per risk, read from the seed: a risk starts where the Område cell is not blank.
    const seedSpans: number[] = [];
    seedRows.forEach((row) => (row.cells[0] !== '' ? seedSpans.push(1) : seedSpans[seedSpans.length - 1]++));
    expect(seedSpans).toEqual([2, 2, 3, 2, 1, 3, 4, 3, 2, 2]);
    const ourSpans = ourRows.filter((row) => row.raw[0] !== null).map((row) => (row.raw[0] as { rowSpan: number }).rowSpan);
    expect(ourSpans).toEqual(seedSpans);
    // Every cell the seed leaves blank below a filled one in Kontrollmoment, Metod, Ansvarig and
    // Frekvens is merged into it (the extraction shows merged cells as blank).
    seedRows.forEach((row, r) => {
      for (const c of [1, 2, 3, 4]) {
        const merged = ourRows[r].cells[c] === null;
        if (row.cells[c] === '' && row.cells[0] === '') {
          expect({ row: r, column: c, merged }).toEqual({ row: r, column: c, merged: true });
        }
        if (row.cells[c] !== '') {
          expect({ row: r, column: c, merged }).toEqual({ row: r, column: c, merged: false });
        }
      }
    });
  });

  it('writes every cell as the seed does', () => {
    const seedRows = dataLines(seed);
    const ourRows = dataLines(ours);
    const mismatches: string[] = [];
    seedRows.forEach((row, r) => {
      row.cells.forEach((seedText, c) => {
        let expected = KNOWN_CELL_DIFFERENCES[seedText as string] ?? (seedText as string);
        if (c === ONLY_IN_SEED_001.column && ourRows[r].cells[1] === ONLY_IN_SEED_001.kontrollmoment) {
          expected = ONLY_IN_SEED_001.text;
        }
        const actual = ourRows[r].cells[c];
        // A blank seed cell is a merged cell or an empty one.
        const ok = expected === '' ? actual === null || actual === '' : actual === expected;
        if (!ok) {
          mismatches.push(`rad ${r + 1}, kolumn ${c + 1}: väntat "${expected}", fick "${actual}"`);
        }
      });
    });
    expect(mismatches).toEqual([]);
  });

  it('prints risk titles in bold and group rows across the whole table', () => {
    const firstRisk = table.parts[0].kind === 'rows' ? table.parts[0].rows[1].cells[0] : undefined;
    expect(firstRisk?.paragraphs[0].runs).toEqual([{ text: 'Bristande kontinuitet och progress under etableringsperioden', bold: true }]);
    const group = table.parts[0].kind === 'rows' ? table.parts[0].rows[0] : undefined;
    expect(group?.kind).toBe('group');
    expect(group?.cells).toHaveLength(1);
    expect(group?.cells[0].colSpan).toBe(7);
  });

  it('shows only T1 for the T1 report and T1–T3 for T3', () => {
    const demo = demoReport('seed000-afn-2022').demo;
    const shape = builtInShape('status-per-tertial') as ReportShape;
    expect(buildReport(demo.data, 'T1', shape, { datum: '2022-05-15' }).tables[0].columns.map((column) => column.heading).slice(5)).toEqual(['Status T1 2022']);
    expect(buildReport(demo.data, 'T3', shape, { datum: '2023-01-15' }).tables[0].columns.map((column) => column.heading).slice(5)).toEqual([
      'Status T1 2022',
      'Status T2 2022',
      'Status T3 2022'
    ]);
  });
});
