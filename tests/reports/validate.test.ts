/**
 * validateReportShape: every rule, each with a bad shape and the exact Swedish message that
 * names the path inside the shape (English second).
 */
import { buildReport, BUILT_IN_SHAPES, parseReportShape, ReportError, ReportShape, validateReportShape, validateReportShapes } from '../../src/reports';
import { demoPlan } from './support';

/** A small valid shape; each test breaks one thing in a copy. */
function goodShape(): Record<string, unknown> {
  return {
    id: 'min-form',
    namn: 'Min form',
    tabeller: [
      {
        rader: 'kontrollmoment',
        gruppering: { typ: 'riskvarde' },
        kolumner: [
          { falt: 'risk.titel', rubrik: 'Risk', bredd: 2, sammanfoga: 'risk' },
          { falt: 'kontrollmoment.beskrivning', rubrik: 'Kontrollmoment', bredd: 2 },
          { falt: 'uppfoljning.status', rubrik: 'Status {periodkod}', bredd: 1, perPeriod: true }
        ]
      }
    ]
  };
}

/** The shape's first table. */
function table(shape: Record<string, unknown>): Record<string, unknown> {
  return (shape.tabeller as Array<Record<string, unknown>>)[0];
}

/** The first table's column i. */
function column(shape: Record<string, unknown>, i: number): Record<string, unknown> {
  return (table(shape).kolumner as Array<Record<string, unknown>>)[i];
}

/** The Swedish messages of a shape. */
function messages(shape: unknown): string[] {
  return validateReportShape(shape).map((issue) => issue.message);
}

describe('validateReportShape', () => {
  it('accepts a valid shape and the four built-in shapes', () => {
    expect(validateReportShape(goodShape())).toEqual([]);
    for (const shape of BUILT_IN_SHAPES) {
      expect({ id: shape.id, issues: validateReportShape(shape) }).toEqual({ id: shape.id, issues: [] });
    }
  });

  it('unknown field, with a suggestion among the fields on the table’s rows', () => {
    const shape = goodShape();
    column(shape, 2).falt = 'Statsu';
    const issues = validateReportShape(shape);
    expect(issues).toEqual([
      {
        path: 'tabeller[0].kolumner[2].falt',
        code: 'unknown-field',
        message: 'tabeller[0].kolumner[2].falt: okänt fält "Statsu" (menade du "uppfoljning.status"?)',
        messageEn: 'tabeller[0].kolumner[2].falt: unknown field "Statsu" (did you mean "uppfoljning.status"?)'
      }
    ]);
    column(shape, 2).falt = 'xyzzy';
    expect(messages(shape)).toEqual(['tabeller[0].kolumner[2].falt: okänt fält "xyzzy"']);
  });

  it('field not on the table’s kind of row', () => {
    const shape = goodShape();
    column(shape, 1).falt = 'atgard.beskrivning';
    expect(messages(shape)).toEqual(['tabeller[0].kolumner[1].falt: fältet "atgard.beskrivning" finns inte på rader av kontrollmoment (tabellens "rader" är "kontrollmoment")']);
  });

  it('missing or blank heading, and other required values', () => {
    const shape = goodShape();
    delete column(shape, 1).rubrik;
    column(shape, 0).rubrik = '   ';
    delete shape.namn;
    expect(messages(shape)).toEqual(['namn: namn saknas', 'tabeller[0].kolumner[0].rubrik: rubrik saknas', 'tabeller[0].kolumner[1].rubrik: rubrik saknas']);
    expect(messages({ namn: 'X', tabeller: [{ kolumner: [{ rubrik: 'A', bredd: 1 }] }] })).toEqual([
      'id: id saknas',
      'tabeller[0].rader: radtyp ("rader") saknas',
      'tabeller[0].kolumner[0].falt: fält saknas'
    ]);
  });

  it('bad width', () => {
    const widths: unknown[] = [0, -1, 101, '2', null];
    const expected = ['0', '-1', '101', '"2"', null];
    widths.forEach((width, i) => {
      const shape = goodShape();
      column(shape, 0).bredd = width;
      expect(messages(shape)).toEqual([
        expected[i] === null ? 'tabeller[0].kolumner[0].bredd: bredd saknas' : `tabeller[0].kolumner[0].bredd: bredden ska vara ett tal större än 0 och högst 100, inte ${expected[i]}`
      ]);
    });
  });

  it('unknown grouping, row kind, merge, status and level display', () => {
    const shape = goodShape();
    (table(shape).gruppering as Record<string, unknown>).typ = 'riskvärde';
    column(shape, 0).sammanfoga = 'alla';
    column(shape, 2).statusvisning = 'ikon';
    expect(messages(shape)).toEqual([
      'tabeller[0].kolumner[0].sammanfoga: okänd sammanfogning "alla"; tillåtna: "risk", "lika"',
      'tabeller[0].kolumner[2].statusvisning: okänd statusvisning "ikon"; tillåtna: "ord", "symbol-och-ord", "symbol"',
      'tabeller[0].gruppering.typ: okänd gruppering "riskvärde" (menade du "riskvarde"?); tillåtna: "riskvarde", "omrade", "ingen"'
    ]);
    const rows = goodShape();
    table(rows).rader = 'kontrollmomnet';
    expect(messages(rows)).toEqual(['tabeller[0].rader: okänd radtyp "kontrollmomnet" (menade du "kontrollmoment"?); tillåtna: "kontrollmoment", "atgard", "risk", "avvikelse"']);
  });

  it('bad template placeholder, unpaired braces, placeholders of another place', () => {
    const shape = goodShape();
    column(shape, 2).rubrik = 'Status {periood}';
    column(shape, 1).rubrik = 'Status {periodkod';
    (table(shape).gruppering as Record<string, unknown>).rubrik = 'Område {omrade}';
    const found = messages(shape);
    const general = '{ar}, {foregaendear}, {period}, {periodgemen}, {periodkod}, {periodtyp}, {periodstart}, {periodslut}, {periodslutmanad}, {namnd}, {forvaltning}, {diarienummer}';
    expect(found).toEqual([
      'tabeller[0].kolumner[1].rubrik: mallen "Status {periodkod" har en klammer { eller } utan partner eller en tom platshållare {}',
      `tabeller[0].kolumner[2].rubrik: okänd platshållare "{periood}" (menade du "{period}"?); tillåtna här: ${general}`,
      `tabeller[0].gruppering.rubrik: okänd platshållare "{omrade}"; tillåtna här: ${general}, {varde}, {sannolikhet}, {konsekvens}, {niva}`
    ]);
    const cell = goodShape();
    column(cell, 0).falt = { falt: 'risk.nr', mall: 'Nr' };
    expect(messages(cell)).toEqual(['tabeller[0].kolumner[0].falt.mall: mallen "Nr" saknar {varde}, där fältets värde ska stå']);
  });

  it('duplicate id, against taken ids and within a list of shapes', () => {
    const shape = goodShape();
    shape.id = 'status-per-tertial';
    expect(validateReportShape(shape, { takenIds: BUILT_IN_SHAPES.map((item) => item.id) }).map((issue) => issue.message)).toEqual([
      'id: id "status-per-tertial" används redan av en annan rapportform'
    ]);
    const broken = goodShape();
    column(broken, 0).bredd = 0;
    expect(validateReportShapes([goodShape(), goodShape(), broken]).map((issue) => issue.message)).toEqual([
      '[1].id: id "min-form" finns redan i rapportform [0]',
      '[2].tabeller[0].kolumner[0].bredd: bredden ska vara ett tal större än 0 och högst 100, inte 0',
      '[2].id: id "min-form" finns redan i rapportform [0]'
    ]);
  });

  it('bad id', () => {
    const shape = goodShape();
    shape.id = 'Min Form';
    expect(messages(shape)).toEqual(['id: ogiltigt id "Min Form": använd gemena a–z, siffror och bindestreck, t.ex. "status-per-tertial"']);
  });

  it('wrong types', () => {
    const shape = goodShape();
    shape.namn = 5;
    column(shape, 2).perPeriod = 'ja';
    column(shape, 1).falt = 7;
    table(shape).sortering = { falt: 'risk.nr' };
    expect(messages(shape)).toEqual([
      'namn: ska vara text, inte ett tal',
      'tabeller[0].kolumner[1].falt: ska vara ett fältnamn eller ett objekt med "falt", inte ett tal',
      'tabeller[0].kolumner[2].perPeriod: ska vara true eller false, inte text',
      'tabeller[0].sortering: ska vara en lista, inte ett objekt'
    ]);
    expect(messages([])).toEqual(['ska vara ett objekt (en rapportform), inte en lista']);
    expect(messages({ id: 'a', namn: 'A', tabeller: {} })).toEqual(['tabeller: ska vara en lista, inte ett objekt']);
  });

  it('unknown keys, with a suggestion for typos', () => {
    const shape = goodShape();
    column(shape, 0).rubirk = 'Risk';
    expect(messages(shape)).toEqual([
      'tabeller[0].kolumner[0].rubirk: okänd nyckel "rubirk" (menade du "rubrik"?); kända nycklar: "falt", "rubrik", "bredd", "sammanfoga", "perPeriod", "statusvisning", "nivavisning", "nivafarg", "fet", "kursiv"'
    ]);
  });

  it('empty lists and too many columns', () => {
    expect(messages({ id: 'a', namn: 'A', tabeller: [] })).toEqual(['tabeller: minst en tabell behövs']);
    const shape = goodShape();
    table(shape).kolumner = [];
    expect(messages(shape)).toEqual(['tabeller[0].kolumner: minst en kolumn behövs']);
    const wide = goodShape();
    table(wide).kolumner = Array.from({ length: 41 }, () => ({ falt: 'risk.titel', rubrik: 'R', bredd: 1 }));
    expect(messages(wide)).toEqual(['tabeller[0].kolumner: högst 40 får finnas, inte 41']);
    const parts = goodShape();
    column(parts, 0).falt = [];
    expect(messages(parts)).toEqual(['tabeller[0].kolumner[0].falt: minst ett fält behövs']);
  });

  it('too long, out of range and bad colour', () => {
    const shape = goodShape();
    shape.namn = 'x'.repeat(256);
    shape.textstorlek = 40;
    (table(shape).gruppering as Record<string, unknown>).farg = 'grå';
    expect(messages(shape)).toEqual([
      'namn: namn får vara högst 255 tecken, inte 256',
      'textstorlek: textstorleken ska vara mellan 6 och 16, inte 40',
      'tabeller[0].gruppering.farg: ogiltig färg "grå"; skriv den som #rrggbb, t.ex. #F2F2F2'
    ]);
  });

  it('per-period column of a field outside any period; level display of a non-level field', () => {
    const shape = goodShape();
    column(shape, 0).perPeriod = true;
    column(shape, 1).nivavisning = 'ord';
    expect(messages(shape)).toEqual([
      'tabeller[0].kolumner[0].perPeriod: kolumnen kan inte upprepas per period: fältet "risk.titel" hör inte till en period',
      'tabeller[0].kolumner[1].nivavisning: gäller bara fält med risknivå (t.ex. "risk.riskvarde"); kolumnens fält "kontrollmoment.beskrivning" är inte ett sådant'
    ]);
  });

  it('commentary after groups in a table without grouping', () => {
    const shape = goodShape();
    delete table(shape).gruppering;
    table(shape).kommentar = { efter: 'grupp', falt: 'omrade.beskrivning' };
    expect(messages(shape)).toEqual(['tabeller[0].kommentar.efter: kommentar efter "grupp" kräver en gruppering av tabellen']);
  });

  it('JSON that does not parse', () => {
    const parsed = parseReportShape('{ "id": "a", ');
    expect(parsed.shape).toBeUndefined();
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0].code).toBe('not-json');
    expect(parsed.issues[0].message).toMatch(/^texten är inte giltig JSON: /);
    expect(parseReportShape(JSON.stringify(goodShape())).shape?.id).toBe('min-form');
  });

  it('buildReport refuses an invalid shape and an unknown period, naming them', () => {
    const data = demoPlan('seed002-amn-2024').data;
    const shape = goodShape();
    column(shape, 2).falt = 'Statsu';
    expect(() => buildReport(data, 'DELAR', shape as unknown as ReportShape)).toThrow(
      new ReportError('invalid-shape', 'Rapportformen "min-form" är ogiltig: tabeller[0].kolumner[2].falt: okänt fält "Statsu" (menade du "uppfoljning.status"?)', '')
    );
    let error: unknown;
    try {
      buildReport(data, 'T9', goodShape() as unknown as ReportShape);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).kind).toBe('unknown-period');
    expect((error as ReportError).message).toBe('Perioden "T9" finns inte i planen för Arbetsmarknadsnämnden 2024; planens perioder: DELAR, HELAR');
  });
});
