/**
 * Shape `granskningssammanfattning` built from the demo plan of seed 002 (Uppsala, AMN 2024,
 * delår), compared with Bilaga 1's table in the seed (tests/reports/seeds/seed002.ts) and with
 * the summary sentences of the tjänsteskrivelse.
 */
import { ReportParagraph } from '../../src/reports';
import { dataLines, demoReport, norm, seedCell, sentencesNotInSeed, tableGrid } from './support';
import { SEED_TEXT } from './seeds/seed002';

/** One numbered item of the seed's table, its cells joined across page breaks. */
interface SeedItem {
  group: string;
  cells: string[];
}

/**
 * The extraction put the last sentence of item 6's "Resultat" cell (which item 6's cell also
 * starts with) into the next group heading's line; the heading itself is "Finansiell kontroll".
 */
const KNOWN_GROUP_LINES: Readonly<Record<string, string>> = {
  'Granskningen är genomförd utan anmärkning. Finansiell kontroll': 'Finansiell kontroll'
};

/** Reads the seed's table: group lines, numbered items, and continuation lines after page breaks. */
function seedItems(): SeedItem[] {
  const items: SeedItem[] = [];
  let group = '';
  for (const line of SEED_TEXT.split('\n')) {
    if (line.indexOf('\t') < 0) {
      continue; // blank lines and the page footer (Postadress, Telefon, www)
    }
    const cells = line.split('\t').map(seedCell);
    while (cells.length < 7) {
      cells.push('');
    }
    if (cells[0] === 'Nr') {
      continue; // the header row, repeated on every page
    }
    if (/^\d+\.$/.test(cells[0])) {
      items.push({ group, cells });
    } else if (cells[0] === '' && items.length > 0) {
      const last = items[items.length - 1];
      cells.forEach((cell, c) => {
        last.cells[c] = norm(`${last.cells[c]} ${cell}`);
      });
    } else {
      group = KNOWN_GROUP_LINES[cells[0]] ?? cells[0];
    }
  }
  return items;
}

/** The demo writes "inlåsningseffekter" where the extraction split the word. */
const KNOWN_CELL_DIFFERENCES: Readonly<Record<string, string>> = {
  'Risk att klienter kvarstår i arbetsmarknadsverksamhet längre än nödvändigt vilket leder till inlåsnings effekter.':
    'Risk att klienter kvarstår i arbetsmarknadsverksamhet längre än nödvändigt vilket leder till inlåsningseffekter.'
};

describe('granskningssammanfattning from seed 002', () => {
  const { report } = demoReport('seed002-amn-2024');
  const table = report.tables[0];
  const grid = tableGrid(table);
  const ours = dataLines(grid);
  const seed = seedItems();

  it('has the seed’s heading, column headings and title', () => {
    expect(table.heading).toBe('Sammanfattning av granskningar till och med augusti 2024');
    expect(table.columns.map((column) => column.heading)).toEqual(['Nr', 'Riskbeskrivning', 'Kontrollmoment', 'Kontrollmetod', 'Ansvarig', 'Resultat av granskning', 'Åtgärd med slutdatum']);
    // The seed's Bilaga 1 is titled "Delårsrapportering av internkontrollplan för 2024 För arbetsmarknadsnämnden".
    expect(report.title).toBe('Delårsrapportering av internkontrollplan för 2024');
  });

  it('groups the nine items under the four kontrollområden in the seed’s order', () => {
    expect(seed.map((item) => item.cells[0])).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.']);
    const ourGroups: string[] = [];
    const ourItemGroups: string[] = [];
    let current = '';
    for (const line of grid) {
      if (line.kind === 'group') {
        current = line.text;
        ourGroups.push(current);
      } else if (line.kind === 'data') {
        ourItemGroups.push(current);
      }
    }
    expect(ourGroups).toEqual([
      'Kontroller av verksamhetens arbetssätt, system och rutiner',
      'Kontroll av efterlevnad av regler, policyer och beslut',
      'Finansiell kontroll',
      'Kontroll avseende oegentligheter, mutor och jäv'
    ]);
    expect(ourItemGroups).toEqual(seed.map((item) => item.group));
  });

  it('writes Nr, Riskbeskrivning, Kontrollmoment and Ansvarig as the seed does', () => {
    const mismatches: string[] = [];
    seed.forEach((item, r) => {
      for (const c of [0, 1, 2, 4]) {
        const expected = KNOWN_CELL_DIFFERENCES[item.cells[c]] ?? item.cells[c];
        if (ours[r].cells[c] !== expected) {
          mismatches.push(`punkt ${r + 1}, kolumn ${c + 1}: väntat "${expected}", fick "${ours[r].cells[c]}"`);
        }
      }
    });
    expect(mismatches).toEqual([]);
  });

  it('takes every sentence of Kontrollmetod, Resultat and Åtgärd from the seed’s cell, in order', () => {
    // The demo plan keeps the first paragraphs of these long cells (local/demo/seed002-amn-2024.ts).
    const missing: string[] = [];
    seed.forEach((item, r) => {
      for (const c of [3, 5, 6]) {
        const ourText = ours[r].cells[c] ?? '';
        sentencesNotInSeed(ourText, item.cells[c]).forEach((sentence) => missing.push(`punkt ${r + 1}, kolumn ${c + 1}: "${sentence}"`));
        expect({ item: r + 1, column: c + 1, empty: ourText === '' }).toEqual({ item: r + 1, column: c + 1, empty: item.cells[c] === '' });
      }
      // The review result opens with the seed's own first sentence.
      expect(ours[r].cells[5]?.split('. ')[0]).toBe(item.cells[5].split('. ')[0]);
    });
    expect(missing).toEqual([]);
  });

  it('keeps the cells’ rich text: italic "Obligatorisk risk:", paragraphs and lists', () => {
    const cell = (r: number, c: number): ReportParagraph[] => ours[r].raw[c]?.paragraphs ?? [];
    expect(cell(0, 1)[0].runs[0]).toEqual({ text: 'Obligatorisk risk:', italic: true });
    expect(cell(1, 1)[0].runs[0]).toEqual({ text: 'Obligatorisk risk:', italic: true });
    expect(cell(0, 2)[0].runs[0]).toEqual({ text: 'Obligatoriskt kontrollmoment:', italic: true });
    expect(cell(0, 2)).toHaveLength(2);
    // Item 1's method has a bulleted list of two items; items 4 and 5 a numbered list.
    expect(cell(0, 3).filter((p) => p.list?.kind === 'bullet').map((p) => p.list?.number)).toEqual([1, 2]);
    expect(cell(3, 3).map((p) => p.list)).toEqual([
      { kind: 'number', level: 0, number: 1 },
      { kind: 'number', level: 0, number: 2 }
    ]);
    expect(cell(5, 2)).toHaveLength(4);
  });

  it('carries the tjänsteskrivelse’s summary sentences', () => {
    // From the seed's "Ärendet" and "Föredragning".
    const seedFirst = 'För sju av nio kontrollmoment är granskningen gjord utan anmärkning.';
    const seedSecondStart = 'I två fall är granskningen gjord med mindre anmärkning';
    const seedThird = 'Det gäller kontrollmoment 3 (uppföljning av insatser) och kontrollmoment 9 (förebyggande arbete mot välfärdsbrottslighet).';
    expect(report.summary.text).toBe(`${seedFirst} ${seedSecondStart}. ${seedThird}`);
    expect(report.summary.kind).toBe('granskning');
  });
});
