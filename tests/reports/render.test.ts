/**
 * Render check: LibreOffice (headless) turns each built-in shape's .docx into PDF, poppler
 * reads the pages and draws PNGs. Registered as skipped where the tools are missing
 * (scripts/test.mjs installs them on a fresh machine), never passed without running.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertToPdf, missingRenderTools, pdfInfo, pdfPageTexts, pdfPageToPng } from '../../scripts/libreoffice';
import { renderReportDocx, ReportModel } from '../../src/reports';
import { demoReport, norm, SHAPE_OF_DEMO } from './support';

const missing = missingRenderTools();
const renderTest = missing.length === 0 ? test : test.skip;
if (missing.length > 0) {
  // Says why in the output; the tests below show as skipped.
  console.warn(`Renderingstesterna hoppas över: saknar ${missing.join(', ')} (apt-get install libreoffice-writer-nogui poppler-utils)`);
}

/**
 * Pages of each demo report as a bilaga. Read off the PDFs LibreOffice 7.4 made when these
 * tests were written, after each page was looked at (docs/images shows seed 002's first page):
 * a check that the layout does not change unnoticed, not a value from the seeds.
 */
const EXPECTED_PAGES: Readonly<Record<string, number>> = {
  'seed000-afn-2022': 4,
  'seed002-amn-2024': 5,
  'seed003-naf-2024': 2,
  'seed004-sn-2022': 3
};

/**
 * The header row as pdftotext lays it out: the start of each heading, left to right on one
 * line (five letters, since narrow columns wrap long words such as "Rapporteringsansvarig").
 */
function headerPattern(report: ReportModel, table: number): RegExp {
  const starts = report.tables[table].columns.map((column) => column.heading.slice(0, 5));
  return new RegExp(starts.map((start) => start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\n]*?'));
}

/** Width and height of a PNG from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number; signature: string } {
  const bytes = readFileSync(file);
  return { signature: bytes.subarray(1, 4).toString('ascii'), width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('LibreOffice renders the built-in shapes', () => {
  const ids = Object.keys(SHAPE_OF_DEMO);
  let dir = '';
  const reports: Record<string, ReportModel> = {};
  const pdfs: Record<string, string> = {};

  beforeAll(async () => {
    if (missing.length > 0) {
      return;
    }
    dir = mkdtempSync(join(tmpdir(), 'ik-render-'));
    const files: string[] = [];
    for (const id of ids) {
      const { report } = demoReport(id);
      reports[id] = report;
      const file = join(dir, `${SHAPE_OF_DEMO[id]}.docx`);
      writeFileSync(file, await renderReportDocx(report, { layout: 'bilaga', handlaggare: 'Handläggare' }));
      files.push(file);
    }
    (await convertToPdf(files, dir)).forEach((pdf, i) => (pdfs[ids[i]] = pdf));
  }, 300000);

  afterAll(() => {
    if (dir !== '') {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  renderTest.each(ids)('%s converts to PDF with the expected pages, turned for wide shapes', (id) => {
    const info = pdfInfo(pdfs[id]);
    expect(info.pages).toBe(EXPECTED_PAGES[id]);
    // A4 in points, landscape when the report is.
    const landscape = reports[id].orientation === 'landscape';
    expect({ width: Math.round(info.width), height: Math.round(info.height) }).toEqual(landscape ? { width: 842, height: 595 } : { width: 595, height: 842 });
  });

  renderTest.each(['seed000-afn-2022', 'seed002-amn-2024', 'seed003-naf-2024'])('%s: the header row is repeated at the top of every page', (id) => {
    const pages = pdfPageTexts(pdfs[id]);
    expect(pages).toHaveLength(EXPECTED_PAGES[id]);
    const header = headerPattern(reports[id], 0);
    pages.forEach((page, i) => expect({ page: i + 1, header: header.test(page) }).toEqual({ page: i + 1, header: true }));
  });

  renderTest('seed 004: both tables’ header rows, the commentary and the avvikelser text are on the pages', () => {
    const text = pdfPageTexts(pdfs['seed004-sn-2022']).join('\n');
    expect(text).toMatch(headerPattern(reports['seed004-sn-2022'], 0));
    expect(text).toMatch(headerPattern(reports['seed004-sn-2022'], 1));
    const flat = norm(text);
    expect(flat).toContain('✔ Genomförd');
    expect(flat).toContain('Egenkontroll i form av stickprov för myndighetsutövningen');
    expect(flat).toContain('3 Avvikelser');
  });

  renderTest('seed 002: the bilaga’s title block and summary sentence are on the first page', () => {
    const first = norm(pdfPageTexts(pdfs['seed002-amn-2024'])[0]);
    expect(first).toContain('Bilaga 1');
    expect(first).toContain('Diarienummer: AMN-2024-00318');
    expect(first).toContain('För sju av nio kontrollmoment är granskningen gjord utan anmärkning.');
    expect(first).toContain('Sammanfattning av granskningar till och med augusti 2024');
  });

  renderTest.each(ids)('%s: the first page draws as a PNG', (id) => {
    const png = pdfPageToPng(pdfs[id], 1, join(dir, `${id}-1`), 40);
    const size = pngSize(png);
    expect(size.signature).toBe('PNG');
    expect(size.width > size.height).toBe(reports[id].orientation === 'landscape');
  });
});
