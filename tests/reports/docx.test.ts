/**
 * renderReportDocx: the .docx of each built-in shape, unzipped and read — header rows that
 * repeat (w:tblHeader), the grid and cell widths, vertical merges, column spans, level shading,
 * landscape pages, the title block and the summary paragraph — and every XML part well-formed.
 */
import { renderReportDocx, ReportModel, textWidthTwips } from '../../src/reports';
import { cells, count, DocxParts, packageXmlProblems, readDocx, rows, tables, text } from './docxSupport';
import { demoReport } from './support';

/** The report of a demo plan and its .docx read back. */
async function rendered(id: string, layout: 'bilaga' | 'fragment', includeSummary?: boolean): Promise<{ report: ReportModel; docx: DocxParts }> {
  const { report } = demoReport(id);
  const bytes = await renderReportDocx(report, { layout, includeSummary, handlaggare: 'Handläggare' });
  return { report, docx: await readDocx(bytes) };
}

/** Counts of the model's merges, computed from the model as the renderer's input. */
function modelMerges(report: ReportModel): { restarts: number; continues: number } {
  let restarts = 0;
  let continues = 0;
  for (const table of report.tables) {
    for (const part of table.parts) {
      if (part.kind !== 'rows') {
        continue;
      }
      for (const row of part.rows) {
        for (const cell of row.cells) {
          if (cell.rowSpan > 1) {
            restarts++;
            continues += cell.rowSpan - 1;
          }
        }
      }
    }
  }
  return { restarts, continues };
}

const IDS = ['seed000-afn-2022', 'seed002-amn-2024', 'seed003-naf-2024', 'seed004-sn-2022'];

describe('renderReportDocx', () => {
  it.each(IDS)('%s: every XML part is well-formed and the package has the parts Word needs', async (id) => {
    const { docx } = await rendered(id, 'bilaga');
    expect(docx.names).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml']));
    expect(await packageXmlProblems(docx)).toEqual([]);
  });

  it.each(IDS)('%s: each table opens with a repeating header row and has an explicit grid and cell widths', async (id) => {
    const { report, docx } = await rendered(id, 'bilaga');
    const all = tables(docx.document);
    const parts = report.tables.reduce((sum, table) => sum + table.parts.filter((part) => part.kind === 'rows').length, 0);
    expect(all).toHaveLength(parts);
    const width = textWidthTwips(report.orientation);
    let t = 0;
    for (const table of report.tables) {
      for (const part of table.parts.filter((item) => item.kind === 'rows')) {
        const xml = all[t++];
        const tableRows = rows(xml);
        // The header row repeats on every page; no other row does.
        expect(tableRows[0]).toMatch(/<w:trPr>[\s\S]*<w:tblHeader\/>[\s\S]*<\/w:trPr>/);
        expect(count(xml, /<w:tblHeader\/>/)).toBe(1);
        expect(text(tableRows[0])).toBe(table.columns.map((column) => column.heading).join(''));
        // Grid columns in twips that fill the text width, fixed layout, and a width on every cell.
        const grid = (xml.match(/<w:gridCol w:w="(\d+)"\/>/g) ?? []).map((col) => Number(/\d+/.exec(col)?.[0]));
        expect(grid).toHaveLength(table.columns.length);
        expect(grid.reduce((sum, w) => sum + w, 0)).toBe(width);
        expect(xml).toMatch(new RegExp(`<w:tblW w:type="dxa" w:w="${width}"/>`));
        expect(xml).toMatch(/<w:tblLayout w:type="fixed"\/>/);
        const allCells = tableRows.reduce<string[]>((list, row) => list.concat(cells(row)), []);
        expect(allCells.every((cell) => /<w:tcW w:type="dxa" w:w="\d+"\/>/.test(cell))).toBe(true);
        // Rows in the document: header plus the part's rows.
        expect(tableRows).toHaveLength(1 + (part.kind === 'rows' ? part.rows.length : 0));
      }
    }
  });

  it.each(IDS)('%s: vertical merges as w:vMerge, one restart per merged cell and a continue per row it covers', async (id) => {
    const { report, docx } = await rendered(id, 'bilaga');
    const expected = modelMerges(report);
    expect(count(docx.document, /<w:vMerge w:val="restart"\/>/)).toBe(expected.restarts);
    expect(count(docx.document, /<w:vMerge w:val="continue"\/>/)).toBe(expected.continues);
  });

  it('seed 000: the risk cell over its two controls, group rows across all seven columns', async () => {
    const { docx } = await rendered('seed000-afn-2022', 'bilaga');
    const table = tables(docx.document)[0];
    const tableRows = rows(table);
    // Row 1: the group heading across the table.
    expect(cells(tableRows[1])).toHaveLength(1);
    expect(cells(tableRows[1])[0]).toMatch(/<w:gridSpan w:val="7"\/>/);
    expect(text(tableRows[1])).toBe('Skattning 16: sannolik risk, allvarliga konsekvenser');
    // Row 2 starts the risk's cell, row 3 continues it (its first cell is the vMerge continue).
    expect(cells(tableRows[2])[0]).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(text(cells(tableRows[2])[0])).toBe('Bristande kontinuitet och progress under etableringsperioden');
    expect(cells(tableRows[3])[0]).toMatch(/<w:vMerge w:val="continue"\/>/);
    expect(text(cells(tableRows[3])[0])).toBe('');
    expect(count(table, /<w:gridSpan w:val="7"\/>/)).toBe(5);
    // The risk title is bold.
    expect(cells(tableRows[2])[0]).toMatch(/<w:b\/>/);
  });

  it('seed 003: level cells shaded with the level’s colour and text colour', async () => {
    const { report, docx } = await rendered('seed003-naf-2024', 'bilaga');
    const tableRows = rows(tables(docx.document)[0]);
    // "Medium (9)": the plan's Medium colour with its text colour; "Hög (12)" likewise.
    const medium = report.tables[0].parts[0].kind === 'rows' ? report.tables[0].parts[0].rows[0].cells[1].shading : undefined;
    expect(medium).toBeDefined();
    const levels = demoReport('seed003-naf-2024').demo.data.plan.riskMatrix.levels;
    const colour = (label: string): { fill: string; text: string } => {
      const level = levels.filter((item) => item.label === label)[0];
      return { fill: level.colour.slice(1).toUpperCase(), text: level.textColour.slice(1).toUpperCase() };
    };
    const first = cells(tableRows[1]);
    expect(text(first[1])).toBe('Medium (9)');
    expect(first[1]).toContain(`<w:shd w:fill="${colour('Medium').fill}" w:color="auto" w:val="clear"/>`);
    expect(first[1]).toContain(`<w:color w:val="${colour('Medium').text}"/>`);
    const second = cells(tableRows[2]);
    expect(text(second[1])).toBe('Hög (12)');
    expect(second[1]).toContain(`<w:shd w:fill="${colour('Hög').fill}" w:color="auto" w:val="clear"/>`);
    // The "Låg" of the lowered risk (row 9) in its own colour.
    expect(text(cells(tableRows[9])[3])).toBe('Låg');
    expect(cells(tableRows[9])[3]).toContain(`w:fill="${colour('Låg').fill}"`);
  });

  it('turns the page for wide shapes and keeps seed 003 upright', async () => {
    for (const id of ['seed000-afn-2022', 'seed002-amn-2024', 'seed004-sn-2022']) {
      const { docx } = await rendered(id, 'bilaga');
      expect({ id, pgSz: /<w:pgSz [^>]*\/>/.exec(docx.document)?.[0] }).toEqual({ id, pgSz: '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' });
    }
    const { docx } = await rendered('seed003-naf-2024', 'bilaga');
    expect(/<w:pgSz [^>]*\/>/.exec(docx.document)?.[0]).toBe('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
  });

  it('bilaga: the title block (Bilaga 1, nämnd, plan, period, diarienummer, datum) and the summary paragraph above the table', async () => {
    const { report, docx } = await rendered('seed002-amn-2024', 'bilaga');
    const body = text(docx.document);
    for (const expected of [
      'Bilaga 1',
      'Förvaltning: Arbetsmarknadsförvaltningen',
      'Nämnd: Arbetsmarknadsnämnden',
      'Plan: Internkontrollplan 2024',
      'Period: Delår 2024 (2024-01-01 – 2024-08-31)',
      'Diarienummer: AMN-2024-00318',
      'Datum: 2024-09-10',
      'Handläggare: Handläggare',
      'Delårsrapportering av internkontrollplan för 2024',
      'Sammanfattning av granskningar till och med augusti 2024'
    ]) {
      expect(body).toContain(expected);
    }
    const paragraphs = (docx.document.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? []).map(text);
    expect(paragraphs).toContain(report.summary.text);
    expect(body.indexOf(report.summary.text)).toBeLessThan(body.indexOf('Sammanfattning av granskningar'));
  });

  it('fragment: only the tables, and the summary paragraph only on request', async () => {
    const plain = await rendered('seed002-amn-2024', 'fragment');
    const body = text(plain.docx.document);
    expect(body).not.toContain('Bilaga 1');
    expect(body).not.toContain('Diarienummer');
    expect(body).not.toContain(plain.report.summary.text);
    expect(body).toContain('Sammanfattning av granskningar till och med augusti 2024');
    expect(tables(plain.docx.document)).toHaveLength(1);
    const withSummary = await rendered('seed002-amn-2024', 'fragment', true);
    expect(text(withSummary.docx.document)).toContain(withSummary.report.summary.text);
    // A fragment goes into an upright tjänsteskrivelse: upright page, tables as wide as its text, unless told the width.
    expect(/<w:pgSz [^>]*\/>/.exec(plain.docx.document)?.[0]).toBe('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(tables(plain.docx.document)[0]).toContain(`<w:tblW w:type="dxa" w:w="${textWidthTwips('portrait')}"/>`);
    const wide = await readDocx(await renderReportDocx(plain.report, { layout: 'fragment', textWidthTwips: 14570 }));
    expect(tables(wide.document)[0]).toContain('<w:tblW w:type="dxa" w:w="14570"/>');
    const summaryOnly = await readDocx(await renderReportDocx(withSummary.report, { layout: 'fragment', includeSummary: true, includeTables: false }));
    expect(tables(summaryOnly.document)).toHaveLength(0);
    expect(text(summaryOnly.document)).toBe(withSummary.report.summary.text);
  });

  it('seed 004: table 2 in two parts, each opening with the header row, a commentary paragraph after each', async () => {
    const { report, docx } = await rendered('seed004-sn-2022', 'bilaga');
    const all = tables(docx.document);
    expect(all).toHaveLength(3);
    const body = docx.document;
    const commentary = report.tables[1].parts.filter((part) => part.kind === 'paragraphs');
    expect(commentary).toHaveLength(2);
    // Order in the document: table 2a, its paragraph, table 2b, its paragraph.
    const second = body.indexOf(all[1]);
    const third = body.indexOf(all[2]);
    const firstComment = body.indexOf('Egenkontroll i form av stickprov');
    const secondComment = body.indexOf('Stickprov avseende behörighetstilldelning');
    expect(second).toBeLessThan(firstComment);
    expect(firstComment).toBeLessThan(third);
    expect(third).toBeLessThan(secondComment);
    expect(text(rows(all[2])[0])).toBe('RiskanalysRiskKontrollStatusAnsvarigRapporteringsansvarigStartdatumAvstämningsdatumSlutdatum');
    // Statuses with their symbols.
    expect(text(all[0])).toContain('▶ Pågående');
    expect(text(all[0])).toContain('✔ Genomförd');
  });

  it('writes the Swedish long date form when the shape asks for it', async () => {
    const { demo } = demoReport('seed004-sn-2022');
    const { buildReport, builtInShape, copyReportShape } = await import('../../src/reports');
    const shape = copyReportShape(builtInShape('atgarder-och-kontroller')!);
    shape.datumformat = 'lang';
    const report = buildReport(demo.data, 'DELAR', shape, { datum: '2024-09-10' });
    const docx = await readDocx(await renderReportDocx(report, { layout: 'bilaga' }));
    expect(text(docx.document)).toContain('Datum: 10 september 2024');
    expect(text(docx.document)).toContain('Period: Delår 2022 (1 januari 2022 – 31 augusti 2022)');
    expect(text(tables(docx.document)[0])).toContain('1 januari 2022');
    expect(text(tables(docx.document)[0])).toContain('1 maj 2022, 1 september 2022');
  });
});
