/**
 * buildReport on a small hand-made plan: every feature of the format, each with the result
 * worked out by hand — groupings and their order, sorting, rows kept with their risk, per-period
 * columns, commentary, templates, status and level display, orientation, empty tables, the
 * summary sentences and the fingerprint.
 */
import { buildStandardPeriods, createDefaultMatrix5x5, PlanData } from '../../src/model';
import { buildReport, paragraphsText, ReportModel, ReportShape, ReportShapeTable } from '../../src/reports';
import { dataLines, tableGrid } from './support';

/**
 * Three risks: R1 (4 × 4 = 16, område A), R2 (unrated, no område), R3 (3 × 3 = 9, område B);
 * kontrollmoment K1, K2 on R1 and K3 on R3; åtgärd Å1 on R1; follow-ups in T1 and T2.
 */
function plan(): PlanData {
  return {
    plan: {
      key: 'p',
      namnd: 'Testnämnden',
      forvaltning: 'Testförvaltningen',
      ar: 2024,
      diarienummer: 'TN-2024-1',
      status: 'Beslutad',
      riskMatrix: createDefaultMatrix5x5(),
      perioder: buildStandardPeriods(2024),
      omraden: [
        { key: 'oB', namn: 'Område B', beskrivning: 'Om B.', ordning: 2 },
        { key: 'oA', namn: 'Område A', beskrivning: 'Om A.', ordning: 1 }
      ]
    },
    risker: [
      { key: 'r1', nr: 1, omradeKey: 'oA', titel: 'R1', obligatorisk: false, sannolikhet: 4, konsekvens: 4 },
      { key: 'r2', nr: 2, titel: 'R2', obligatorisk: false },
      { key: 'r3', nr: 3, omradeKey: 'oB', titel: 'R3', obligatorisk: false, sannolikhet: 3, konsekvens: 3 }
    ],
    kontrollmoment: [
      { key: 'k3', riskKey: 'r3', nr: 3, beskrivning: 'K3', ansvarig: 'Chef', obligatorisk: false },
      { key: 'k1', riskKey: 'r1', nr: 1, beskrivning: 'K1', ansvarig: 'Chef', obligatorisk: false, startdatum: '2024-02-01', avstamningsdatum: ['2024-05-01', '2024-09-01'] },
      { key: 'k2', riskKey: 'r1', nr: 2, beskrivning: '<p>K2 <em>kursiv</em></p><ul><li>a</li><li>b</li></ul>', ansvarig: 'Chef', obligatorisk: false }
    ],
    atgarder: [{ key: 'a1', riskKey: 'r1', beskrivning: 'Å1', detaljer: 'Detaljer om Å1', avstamningsdatum: [], status: 'Pågående' }],
    uppfoljningar: [
      { key: 'f1', targetType: 'kontrollmoment', targetKey: 'k1', periodKey: 'T1', status: 'Pågående', kommentar: '<p>T1 om K1</p>' },
      { key: 'f2', targetType: 'kontrollmoment', targetKey: 'k1', periodKey: 'T2', status: 'Genomförd', resultat: 'Utan anmärkning', kommentar: '<p>T2 om K1</p>' },
      { key: 'f3', targetType: 'kontrollmoment', targetKey: 'k3', periodKey: 'T2', status: 'Ej aktuellt', resultat: 'Med anmärkning' },
      { key: 'f4', targetType: 'risk', targetKey: 'r1', periodKey: 'T2', kommentar: '<p>Analys R1</p>', riskvardering: { sannolikhet: 2, konsekvens: 4 } },
      { key: 'f5', targetType: 'atgard', targetKey: 'a1', periodKey: 'T2', status: 'Pågående' }
    ],
    avvikelser: [{ key: 'v1', followUpKey: 'f3', beskrivning: 'Brist i K3', atgard: 'Rätta K3', slutdatum: '2024-10-31', status: 'Pågående' }]
  };
}

/** A one-table shape. */
function shape(table: Partial<ReportShapeTable>, extra: Partial<ReportShape> = {}): ReportShape {
  return {
    id: 'test',
    namn: 'Test',
    tabeller: [{ rader: 'kontrollmoment', kolumner: [{ falt: 'kontrollmoment.beskrivning', rubrik: 'Kontrollmoment', bredd: 1 }], ...table } as ReportShapeTable],
    ...extra
  };
}

/** Group headings and data rows' first cells, in order: "G:…" and "D:…". */
function outline(report: ReportModel): string[] {
  return tableGrid(report.tables[0]).map((line) => (line.kind === 'data' ? `D:${line.cells[0]}` : line.kind === 'group' ? `G:${line.text}` : `${line.kind}:${line.text}`));
}

const build = (s: ReportShape, period: string = 'T2'): ReportModel => buildReport(plan(), period, s, { datum: '2024-09-10' });

describe('buildReport', () => {
  it('groups by riskvärde, highest first, unrated risks last; or by the period’s rating', () => {
    const rows = { rader: 'risk' as const, kolumner: [{ falt: 'risk.titel' as const, rubrik: 'Risk', bredd: 1 }] };
    expect(outline(build(shape({ ...rows, gruppering: { typ: 'riskvarde' } })))).toEqual([
      'G:Skattning 16: sannolik risk, allvarliga konsekvenser',
      'D:R1',
      'G:Skattning 9: möjlig risk, kännbara konsekvenser',
      'D:R3',
      'G:Ej skattade risker',
      'D:R2'
    ]);
    // In T2, R1 is re-rated 2 × 4 = 8: below R3's 9.
    expect(outline(build(shape({ ...rows, gruppering: { typ: 'riskvarde', vardering: 'period', rubrik: 'Värde {varde} ({niva})', ordning: 'fallande' } })))).toEqual([
      'G:Värde 9 (Medium)',
      'D:R3',
      'G:Värde 8 (Medium)',
      'D:R1',
      'G:Ej skattade risker',
      'D:R2'
    ]);
  });

  it('groups by område in the områden’s order, risks without område last', () => {
    const rows = { rader: 'risk' as const, kolumner: [{ falt: 'risk.titel' as const, rubrik: 'Risk', bredd: 1 }] };
    expect(outline(build(shape({ ...rows, gruppering: { typ: 'omrade' } })))).toEqual(['G:Område A', 'D:R1', 'G:Område B', 'D:R3', 'G:Övriga risker', 'D:R2']);
    expect(outline(build(shape({ ...rows, gruppering: { typ: 'omrade', ordning: 'fallande', rubrikUtanGrupp: 'Utan område ({ar})', rubrik: '{omrade}, {namnd}' } })))).toEqual([
      'G:Område B, Testnämnden',
      'D:R3',
      'G:Område A, Testnämnden',
      'D:R1',
      'G:Utan område (2024)',
      'D:R2'
    ]);
  });

  it('sorts by the shape’s keys, and keeps a risk’s rows together when a cell spans the risk', () => {
    const columns = [
      { falt: 'kontrollmoment.beskrivning' as const, rubrik: 'K', bredd: 1 },
      { falt: 'uppfoljning.status' as const, rubrik: 'S', bredd: 1 }
    ];
    // Plan order by risk number: K1, K2 (R1), K3 (R3).
    expect(outline(build(shape({ kolumner: columns })))).toEqual(['D:K1', 'D:K2 kursiv a b', 'D:K3']);
    // By status descending (Ej aktuellt, Genomförd, then no status last).
    expect(outline(build(shape({ kolumner: columns, sortering: [{ falt: 'uppfoljning.status', ordning: 'fallande' }] })))).toEqual(['D:K3', 'D:K1', 'D:K2 kursiv a b']);
    // With the risk spanning its rows, K2 follows K1 however it sorts.
    const spanning = [{ falt: 'risk.titel' as const, rubrik: 'R', bredd: 1, sammanfoga: 'risk' as const }, ...columns];
    const report = build(shape({ kolumner: spanning, sortering: [{ falt: 'kontrollmoment.beskrivning', ordning: 'fallande' }] }));
    expect(dataLines(tableGrid(report.tables[0])).map((line) => line.cells[1])).toEqual(['K3', 'K2 kursiv a b', 'K1']);
    expect(dataLines(tableGrid(report.tables[0])).map((line) => line.cells[0])).toEqual(['R3', 'R1', null]);
  });

  it('repeats per-period columns for the periods of the chosen kind up to it, or all', () => {
    const columns = [{ falt: 'uppfoljning.kommentar' as const, rubrik: '{period} ({periodkod}) {ar}', bredd: 1, perPeriod: true }];
    const upTo = build(shape({ kolumner: columns, perioder: 'till-och-med-vald' }));
    expect(upTo.tables[0].columns.map((column) => column.heading)).toEqual(['Tertial 1 (T1) 2024', 'Tertial 2 (T2) 2024']);
    expect(dataLines(tableGrid(upTo.tables[0]))[0].cells).toEqual(['T1 om K1', 'T2 om K1']);
    const all = build(shape({ kolumner: columns, perioder: 'alla' }));
    expect(all.tables[0].columns.map((column) => column.periodKey)).toEqual(['T1', 'T2', 'T3']);
    // A delår report's per-period columns are the delår kind only.
    expect(build(shape({ kolumner: columns, perioder: 'alla' }), 'DELAR').tables[0].columns.map((column) => column.periodKey)).toEqual(['DELAR']);
    expect(all.tables[0].columns.map((column) => column.width)).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it('shows statuses as words, symbols or both, with the shape’s own symbols', () => {
    const column = { falt: 'uppfoljning.status' as const, rubrik: 'S', bredd: 1 };
    const cells = (s: ReportShape): Array<string | null> => dataLines(tableGrid(build(s).tables[0])).map((line) => line.cells[0]);
    expect(cells(shape({ kolumner: [column] }))).toEqual(['Genomförd', '', 'Ej aktuellt']);
    expect(cells(shape({ kolumner: [column] }, { statusvisning: 'symbol-och-ord' }))).toEqual(['✔ Genomförd', '', '– Ej aktuellt']);
    expect(cells(shape({ kolumner: [{ ...column, statusvisning: 'symbol' }] }, { statussymboler: { Genomförd: '☑' } }))).toEqual(['☑', '', '–']);
  });

  it('shows levels as "Hög (12)", "Hög" or "12", shaded unless told not to', () => {
    const rows = { rader: 'risk' as const };
    const report = build(
      shape({
        ...rows,
        kolumner: [
          { falt: 'risk.riskvarde', rubrik: 'A', bredd: 1 },
          { falt: 'risk.riskvarde', rubrik: 'B', bredd: 1, nivavisning: 'ord' },
          { falt: 'risk.uppfoljning.riskvarde', rubrik: 'C', bredd: 1, nivavisning: 'varde', nivafarg: false }
        ]
      })
    );
    const lines = dataLines(tableGrid(report.tables[0]));
    // 16 is Hög in the default 5 × 5 (Hög 12–16); the T2 re-rating 2 × 4 = 8 is Medium.
    expect(lines[0].cells).toEqual(['Hög (16)', 'Hög', '8']);
    expect(lines[0].raw[0]?.shading).toEqual({ fill: '#F28C28', textColour: '#000000' });
    expect(lines[0].raw[2]?.shading).toBeUndefined();
    expect(lines[1].cells).toEqual(['', '', '']);
  });

  it('fills cells from several fields, with bold, italics and templates, keeping rich text', () => {
    const report = build(
      shape({
        kolumner: [
          { falt: [{ falt: 'risk.titel', fet: true }, { falt: 'kontrollmoment.nr', mall: 'Nr {varde}.' }, 'kontrollmoment.beskrivning'], rubrik: 'A', bredd: 1 },
          { falt: ['kontrollmoment.startdatum', 'kontrollmoment.avstamningsdatum'], rubrik: 'B', bredd: 1 }
        ]
      })
    );
    const second = dataLines(tableGrid(report.tables[0]))[1];
    expect(second.raw[0]?.paragraphs).toEqual([
      { runs: [{ text: 'R1', bold: true }] },
      { runs: [{ text: 'Nr ' }, { text: '2' }, { text: '.' }] },
      { runs: [{ text: 'K2 ' }, { text: 'kursiv', italic: true }] },
      { runs: [{ text: 'a' }], list: { kind: 'bullet', level: 0, number: 1 } },
      { runs: [{ text: 'b' }], list: { kind: 'bullet', level: 0, number: 2 } }
    ]);
    expect(dataLines(tableGrid(report.tables[0]))[0].cells[1]).toBe('2024-02-01 2024-05-01, 2024-09-01');
  });

  it('places commentary after each risk as a paragraph or a row, and after each group', () => {
    const columns = [{ falt: 'kontrollmoment.beskrivning' as const, rubrik: 'K', bredd: 1 }];
    const paragraph = build(shape({ kolumner: columns, kommentar: { efter: 'risk', falt: 'risk.uppfoljning.kommentar' } }));
    expect(paragraph.tables[0].parts.map((part) => (part.kind === 'paragraphs' ? `P:${paragraphsText(part.paragraphs)}` : `R:${part.rows.length}`))).toEqual(['R:2', 'P:Analys R1', 'R:1']);
    const row = build(shape({ kolumner: columns, kommentar: { efter: 'risk', falt: 'risk.uppfoljning.kommentar', placering: 'rad' } }));
    expect(outline(row)).toEqual(['D:K1', 'D:K2 kursiv a b', 'commentary:Analys R1', 'D:K3']);
    const group = build(shape({ kolumner: columns, gruppering: { typ: 'omrade' }, kommentar: { efter: 'grupp', falt: 'omrade.beskrivning', placering: 'rad' } }));
    expect(outline(group)).toEqual(['G:Område A', 'D:K1', 'D:K2 kursiv a b', 'commentary:Om A.', 'G:Område B', 'D:K3', 'commentary:Om B.']);
  });

  it('avvikelse rows hold the chosen period’s avvikelser; risks without rows show on request', () => {
    const avvikelser = build(
      shape({
        rader: 'avvikelse',
        kolumner: [
          { falt: 'avvikelse.galler', rubrik: 'Gäller', bredd: 1 },
          { falt: 'avvikelse.beskrivning', rubrik: 'Avvikelse', bredd: 1 },
          { falt: 'avvikelse.slutdatum', rubrik: 'Slut', bredd: 1 }
        ]
      })
    );
    expect(dataLines(tableGrid(avvikelser.tables[0])).map((line) => line.cells)).toEqual([['Kontrollmoment 3: K3', 'Brist i K3', '2024-10-31']]);
    expect(build(shape({ rader: 'avvikelse', kolumner: [{ falt: 'avvikelse.beskrivning', rubrik: 'A', bredd: 1 }], tomText: 'Inga avvikelser {periodtyp} {periodkod}.' }), 'T1').tables[0]).toMatchObject({
      parts: [],
      dataRowCount: 0,
      emptyText: 'Inga avvikelser tertial T1.'
    });
    const atgarder = build(shape({ rader: 'atgard', visaRiskerUtanRader: true, kolumner: [{ falt: 'risk.titel', rubrik: 'Risk', bredd: 1 }, { falt: 'atgard.beskrivning', rubrik: 'Åtgärd', bredd: 1 }] }));
    expect(dataLines(tableGrid(atgarder.tables[0])).map((line) => line.cells)).toEqual([
      ['R1', 'Å1'],
      ['R2', ''],
      ['R3', '']
    ]);
  });

  it('fills headings, titles and texts with the plan’s and period’s values', () => {
    const report = build(
      shape(
        {
          rubrik: '{namnd} – {forvaltning} – {diarienummer}',
          inledning: 'Till och med {periodslut} ({periodslutmanad}); från {periodstart}.\n\nÅret före: {foregaendear}.',
          kolumner: [{ falt: 'kontrollmoment.beskrivning', rubrik: 'Kommentar per {periodtyp} {ar}', bredd: 1 }]
        },
        { titel: 'Uppföljning {periodgemen} {ar}', datumformat: 'lang' }
      )
    );
    expect(report.title).toBe('Uppföljning tertial 2 2024');
    expect(report.tables[0].heading).toBe('Testnämnden – Testförvaltningen – TN-2024-1');
    expect(report.tables[0].intro.map((p) => paragraphsText([p]))).toEqual(['Till och med 31 augusti 2024 (augusti); från 1 maj 2024.', 'Året före: 2023.']);
    expect(report.tables[0].columns[0].heading).toBe('Kommentar per tertial 2024');
    expect(report.dateText).toBe('10 september 2024');
  });

  it('turns the page when a table has more than six columns, unless the shape says otherwise', () => {
    const columns = (n: number): ReportShapeTable['kolumner'] => Array.from({ length: n }, () => ({ falt: 'kontrollmoment.beskrivning' as const, rubrik: 'K', bredd: 1 }));
    expect(build(shape({ kolumner: columns(6) })).orientation).toBe('portrait');
    expect(build(shape({ kolumner: columns(7) })).orientation).toBe('landscape');
    expect(build(shape({ kolumner: columns(7) }, { sidorientering: 'staende' })).orientation).toBe('portrait');
    expect(build(shape({ kolumner: columns(1) }, { sidorientering: 'liggande' })).orientation).toBe('landscape');
  });

  it('writes the review summary, a status summary, or none', () => {
    // T2: K1 utan anmärkning, K3 med anmärkning, K2 not reviewed.
    expect(build(shape({})).summary.text).toBe(
      'För ett av tre kontrollmoment är granskningen gjord utan anmärkning. I ett fall är granskningen gjord med anmärkning. Det gäller kontrollmoment 3. För ett av tre kontrollmoment är granskningen ännu inte gjord.'
    );
    // T2 statuses: K1 Genomförd, K3 Ej aktuellt, K2 none.
    expect(build(shape({}, { sammanfattning: 'status' })).summary.text).toBe('Av tre kontrollmoment är ett genomfört och ett ej aktuellt. Ett kontrollmoment saknar status för perioden.');
    expect(build(shape({}, { sammanfattning: 'ingen' })).summary).toMatchObject({ kind: 'ingen', text: '', total: 3 });
  });

  it('gives the same fingerprint for the same content, whatever the date, and another when data changes', () => {
    const s = shape({ kolumner: [{ falt: 'uppfoljning.kommentar', rubrik: 'K', bredd: 1 }] });
    const a = buildReport(plan(), 'T2', s, { datum: '2024-09-10' });
    const b = buildReport(plan(), 'T2', s, { datum: '2025-01-01' });
    expect(a.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(b.fingerprint).toBe(a.fingerprint);
    const changed = plan();
    changed.uppfoljningar[1].kommentar = '<p>T2 om K1, ändrad</p>';
    expect(buildReport(changed, 'T2', s, { datum: '2024-09-10' }).fingerprint).not.toBe(a.fingerprint);
  });
});
