/**
 * Fuzz: 10 000 hostile strings (tests/reports/fuzzStrings.ts) in every text field of plans and
 * of a shape that shows every source field still give well-formed documents (libxml2 parses
 * every XML part from the stored bytes), lose no plain text, and LibreOffice opens a sample.
 * Seeded: REPORT_FUZZ_SEED=<n> reproduces a run; a failure prints its seed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertToPdf, missingRenderTools, pdfInfo } from '../../scripts/libreoffice';
import { buildTertialPeriods, createDefaultMatrix5x5, PlanData } from '../../src/model';
import {
  buildReport,
  REPORT_FIELD_NAMES,
  REPORT_FIELDS,
  renderReportDocx,
  ReportFieldName,
  ReportShape,
  ReportShapeTable,
  RowSource,
  validateReportShape,
  xmlSafeText
} from '../../src/reports';
import { readDocx, text, xmlDocumentsProblems } from './docxSupport';
import { HostileStrings } from './fuzzStrings';

const SEED = Number(process.env.REPORT_FUZZ_SEED ?? 20241210);
const STRINGS = 10000;
const RISKS_PER_PLAN = 8;

/** A shape text from a hostile string: no braces (they are placeholders) and within the length limits. */
function shapeText(strings: HostileStrings, max: number): string {
  const value = strings.next().replace(/[{}]/g, '').slice(0, max);
  return value.trim() === '' ? 'Rubrik' : value;
}

/** Columns per fuzz table: as wide as a real report's, so LibreOffice lays out 5 000-character words in sane time. */
const COLUMNS_PER_TABLE = 7;

/**
 * Tables showing every field the row kind has, seven columns each, with hostile headings,
 * introductions and empty-table texts.
 */
function everyFieldTables(strings: HostileStrings, rows: RowSource, extra: Partial<ReportShapeTable>): ReportShapeTable[] {
  const fields = REPORT_FIELD_NAMES.filter((name) => REPORT_FIELDS[name].rows.indexOf(rows) >= 0);
  const result: ReportShapeTable[] = [];
  for (let start = 0; start < fields.length; start += COLUMNS_PER_TABLE) {
    result.push({
      rubrik: shapeText(strings, 500),
      inledning: shapeText(strings, 2000),
      tomText: shapeText(strings, 2000),
      rader: rows,
      perioder: 'alla',
      kolumner: fields.slice(start, start + COLUMNS_PER_TABLE).map((falt: ReportFieldName) => ({
        falt,
        rubrik: shapeText(strings, 200),
        bredd: 1,
        perPeriod: falt === 'uppfoljning.kommentar' ? true : undefined,
        sammanfoga: falt === 'risk.titel' ? 'risk' : falt === 'kontrollmoment.ansvarig' ? 'lika' : undefined
      })),
      ...extra
    } as ReportShapeTable);
  }
  return result;
}

/** A shape with every source field in some table, and hostile text wherever a shape has text. */
function fuzzShape(strings: HostileStrings): ReportShape {
  const symbol = strings.next().replace(/[{}]/g, '').slice(0, 8);
  return {
    id: 'fuzz',
    namn: shapeText(strings, 255),
    titel: shapeText(strings, 2000),
    statusvisning: 'symbol-och-ord',
    statussymboler: { Genomförd: symbol.trim() === '' ? '✔' : symbol },
    tabeller: [
      ...everyFieldTables(strings, 'kontrollmoment', { gruppering: { typ: 'riskvarde' }, kommentar: { efter: 'risk', falt: 'risk.uppfoljning.kommentar' } }),
      ...everyFieldTables(strings, 'atgard', { gruppering: { typ: 'omrade' }, kommentar: { efter: 'grupp', falt: 'omrade.beskrivning', placering: 'rad' } }),
      ...everyFieldTables(strings, 'risk', {}),
      ...everyFieldTables(strings, 'avvikelse', {})
    ]
  };
}

/** A plan with hostile text in every text field, rated so every grouping has groups. */
function fuzzPlan(strings: HostileStrings, n: number): PlanData {
  const s = (): string => strings.next();
  const perioder = buildTertialPeriods(2024).map((period) => ({ ...period, label: s() }));
  const data: PlanData = {
    plan: { key: `fuzz-${n}`, namnd: s(), forvaltning: s(), ar: 2024, diarienummer: s(), status: 'Beslutad', riskMatrix: createDefaultMatrix5x5(), perioder, omraden: [] },
    risker: [],
    kontrollmoment: [],
    atgarder: [],
    uppfoljningar: [],
    avvikelser: []
  };
  for (let o = 1; o <= 3; o++) {
    data.plan.omraden.push({ key: `o${o}`, namn: s(), beskrivning: s(), ordning: o });
  }
  for (let r = 1; r <= RISKS_PER_PLAN; r++) {
    const riskKey = `r${r}`;
    data.risker.push({ key: riskKey, nr: r, omradeKey: `o${(r % 3) + 1}`, titel: s(), beskrivning: s(), obligatorisk: false, sannolikhet: 1 + (r % 5), konsekvens: 1 + ((r * 3) % 5) });
    for (const periodKey of ['T1', 'T2']) {
      data.uppfoljningar.push({ key: `f-${riskKey}-${periodKey}`, targetType: 'risk', targetKey: riskKey, periodKey, kommentar: s(), riskvardering: { sannolikhet: 1 + (r % 3), konsekvens: 2 } });
    }
    for (let k = 1; k <= 2; k++) {
      const kmKey = `k${r}-${k}`;
      data.kontrollmoment.push({
        key: kmKey,
        riskKey,
        nr: r * 10 + k,
        beskrivning: s(),
        kortnamn: s(),
        kontrollmetod: s(),
        ansvarig: s(),
        rapporteringsansvarig: s(),
        frekvens: s(),
        obligatorisk: false,
        startdatum: '2024-01-01',
        avstamningsdatum: ['2024-05-01'],
        slutdatum: '2024-12-31'
      });
      for (const periodKey of ['T1', 'T2']) {
        const followUpKey = `f-${kmKey}-${periodKey}`;
        data.uppfoljningar.push({ key: followUpKey, targetType: 'kontrollmoment', targetKey: kmKey, periodKey, status: 'Genomförd', resultat: 'Med anmärkning', kommentar: s() });
        if (periodKey === 'T2') {
          data.avvikelser.push({ key: `a-${kmKey}`, followUpKey, beskrivning: s(), atgard: s(), slutdatum: '2024-12-31', status: 'Pågående' });
        }
      }
    }
    const atgardKey = `a${r}`;
    data.atgarder.push({ key: atgardKey, riskKey, beskrivning: s(), detaljer: s(), ansvarig: s(), rapporteringsansvarig: s(), startdatum: '2024-01-01', avstamningsdatum: [], slutdatum: '2024-12-31', status: 'Pågående' });
    data.uppfoljningar.push({ key: `f-${atgardKey}-T2`, targetType: 'atgard', targetKey: atgardKey, periodKey: 'T2', status: 'Pågående', kommentar: s() });
  }
  return data;
}

/** Text without any white space, to compare what a field held with what the document shows. */
function squeeze(value: string): string {
  return value.replace(/\s+/g, '');
}

describe(`report fuzz (REPORT_FUZZ_SEED=${SEED})`, () => {
  const strings = new HostileStrings(SEED);
  const plans: Array<{ data: PlanData; shape: ReportShape }> = [];
  while (strings.count < STRINGS) {
    const shape = fuzzShape(strings);
    plans.push({ shape, data: fuzzPlan(strings, plans.length) });
  }

  /** The plan's report as a bilaga (with the title block) or as a fragment with the summary. */
  async function render(p: number, layout: 'bilaga' | 'fragment'): Promise<Uint8Array> {
    const { data, shape } = plans[p];
    const report = buildReport(data, 'T2', shape, { datum: '2024-09-10' });
    return layout === 'bilaga'
      ? renderReportDocx(report, { layout, handlaggare: data.plan.forvaltning })
      : renderReportDocx(report, { layout, includeSummary: true });
  }

  it(`${STRINGS}+ strings in every text field give well-formed documents that keep the plain text`, async () => {
    const problems: string[] = [];
    const lost: string[] = [];
    for (let p = 0; p < plans.length; p++) {
      const { data, shape } = plans[p];
      expect({ plan: p, issues: validateReportShape(shape) }).toEqual({ plan: p, issues: [] });
      // Every other plan as a bilaga (title block), the others as a fragment with the summary.
      const bytes = await render(p, p % 2 === 0 ? 'bilaga' : 'fragment');
      const docx = await readDocx(bytes);
      (await xmlDocumentsProblems(docx.xmlParts)).forEach((problem) => problems.push(`plan ${p}: ${problem}`));
      // Plain-text fields reach the document whole (made XML-safe, white space aside).
      const shown = squeeze(text(docx.document));
      const plain = [
        ...data.risker.map((risk) => risk.titel),
        ...data.kontrollmoment.map((km) => km.ansvarig ?? ''),
        ...data.atgarder.map((atgard) => atgard.beskrivning),
        ...data.avvikelser.map((avvikelse) => avvikelse.atgard),
        // The nämnd is in the bilaga's title block.
        ...(p % 2 === 0 ? [data.plan.namnd] : [])
      ];
      plain.forEach((value) => {
        if (shown.indexOf(squeeze(xmlSafeText(value))) < 0) {
          lost.push(`plan ${p}: ${JSON.stringify(value.slice(0, 80))}`);
        }
      });
    }
    expect(strings.count).toBeGreaterThanOrEqual(STRINGS);
    expect(problems).toEqual([]);
    expect(lost).toEqual([]);
  }, 240000);

  const lo = missingRenderTools().length === 0 ? test : test.skip;
  lo('LibreOffice opens a sample: the first plan as a bilaga, the last as a fragment', async () => {
    // Two documents of some 40 pages each: about half a minute each on two cores.
    const dir = mkdtempSync(join(tmpdir(), 'ik-fuzz-'));
    try {
      const first = join(dir, 'fuzz-first-bilaga.docx');
      const last = join(dir, 'fuzz-last-fragment.docx');
      writeFileSync(first, await render(0, 'bilaga'));
      writeFileSync(last, await render(plans.length - 1, 'fragment'));
      for (const pdf of await convertToPdf([first, last], dir)) {
        expect(pdfInfo(pdf).pages).toBeGreaterThan(0);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300000);
});
