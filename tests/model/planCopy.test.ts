import { copyPlanToYear, latestRating, shiftIsoDate, validateCopyYear, validatePlanData } from '../../src/model';
import { samplePlanData } from './samplePlan';

/** Keys n1, n2, … in the order the copy asks for them. */
function counter(): () => string {
  let n = 0;
  return () => `n${++n}`;
}

describe('copy to next year', () => {
  it('moves dates by whole years, 29 February to the 28th', () => {
    expect(shiftIsoDate('2024-02-29', 1)).toBe('2025-02-28');
    expect(shiftIsoDate('2024-02-29', 4)).toBe('2028-02-29');
    expect(shiftIsoDate('2023-12-31', 1)).toBe('2024-12-31');
  });

  it('takes a risk’s latest rating: the last period’s re-rating, else the original', () => {
    const data = samplePlanData();
    // r1: original 3 × 4, re-rated 2 × 4 in T1 only.
    expect(latestRating(data, data.risker[0])).toEqual({ rating: { sannolikhet: 2, konsekvens: 4 }, periodKey: 'T1' });
    // A T3 re-rating wins over T1; Tertial 3 and Helår both end 31 December, Tertial 3 starts later.
    data.uppfoljningar.push({ key: 'f9', targetType: 'risk', targetKey: 'r1', periodKey: 'T3', riskvardering: { sannolikhet: 1, konsekvens: 1 } });
    data.uppfoljningar.push({ key: 'f10', targetType: 'risk', targetKey: 'r1', periodKey: 'HELAR', riskvardering: { sannolikhet: 4, konsekvens: 4 } });
    expect(latestRating(data, data.risker[0])).toEqual({ rating: { sannolikhet: 1, konsekvens: 1 }, periodKey: 'T3' });
    // r2 has no rating at all.
    expect(latestRating(data, data.risker[1])).toBeUndefined();
  });

  it('carries områden, risks, kontrollmoment and open åtgärder with new keys and their origin', () => {
    const source = samplePlanData();
    source.atgarder.push({
      key: 'a2',
      riskKey: 'r1',
      beskrivning: 'Klar åtgärd',
      avstamningsdatum: [],
      status: 'Genomförd'
    });
    source.atgarder.push({ key: 'a3', riskKey: 'r1', beskrivning: 'Struken åtgärd', avstamningsdatum: [], status: 'Ej aktuellt' });
    source.kontrollmoment[0].startdatum = '2024-02-29';
    const { data, summary } = copyPlanToYear(source, { year: 2025, newKey: counter() });

    expect(data.plan).toEqual({
      key: 'n2',
      ursprungsnyckel: 'plan-1',
      namnd: 'Arbetsmarknadsnämnden',
      forvaltning: 'Arbetsmarknadsförvaltningen',
      ar: 2025,
      status: 'Utkast',
      riskMatrix: source.plan.riskMatrix,
      perioder: [
        { key: 'T1', label: 'Tertial 1', start: '2025-01-01', end: '2025-04-30', kind: 'tertial' },
        { key: 'T2', label: 'Tertial 2', start: '2025-05-01', end: '2025-08-31', kind: 'tertial' },
        { key: 'T3', label: 'Tertial 3', start: '2025-09-01', end: '2025-12-31', kind: 'tertial' },
        { key: 'DELAR', label: 'Delår', start: '2025-01-01', end: '2025-08-31', kind: 'delar' },
        { key: 'HELAR', label: 'Helår', start: '2025-01-01', end: '2025-12-31', kind: 'helar' }
      ],
      omraden: [{ key: 'n1', ursprungsnyckel: 'o1', namn: 'Finansiell kontroll', ordning: 1 }]
    });
    expect(data.risker).toEqual([
      { key: 'n3', ursprungsnyckel: 'r1', nr: 1, omradeKey: 'n1', titel: 'Felaktiga utbetalningar', obligatorisk: false, sannolikhet: 2, konsekvens: 4 },
      { key: 'n4', ursprungsnyckel: 'r2', nr: 2, omradeKey: 'n1', titel: 'Bristande administrativt stöd', obligatorisk: true }
    ]);
    expect(data.kontrollmoment).toEqual([
      {
        key: 'n5',
        ursprungsnyckel: 'k1',
        riskKey: 'n3',
        nr: 1,
        beskrivning: 'Kontroll av utbetalningar',
        kortnamn: 'kontroll av utbetalningar',
        kontrollmetod: 'Stickprov',
        ansvarig: 'Avdelningschef',
        frekvens: 'Tertial',
        obligatorisk: false,
        startdatum: '2025-02-28',
        avstamningsdatum: ['2025-04-30'],
        slutdatum: '2025-12-31'
      }
    ]);
    expect(data.atgarder).toEqual([
      {
        key: 'n6',
        ursprungsnyckel: 'a1',
        riskKey: 'n4',
        beskrivning: 'Processkartläggning',
        ansvarig: 'Förvaltningsdirektör',
        startdatum: '2025-03-01',
        avstamningsdatum: ['2025-05-01', '2025-09-01'],
        slutdatum: '2025-12-31',
        status: 'Pågående'
      }
    ]);
    expect(data.uppfoljningar).toEqual([]);
    expect(data.avvikelser).toEqual([]);
    expect(summary).toEqual({
      fromYear: 2024,
      toYear: 2025,
      omraden: 1,
      risker: 2,
      reRated: 1,
      kontrollmoment: 1,
      atgarder: 1,
      closedAtgarder: 2,
      uppfoljningar: 3,
      avvikelser: 1
    });
    // The copy is a valid plan on its own, and the source is untouched.
    expect(validatePlanData(data)).toEqual([]);
    expect(source.plan.ar).toBe(2024);
    expect(source.risker[0].key).toBe('r1');
  });

  it('takes the new diarienummer when given and drops the old one otherwise', () => {
    expect(copyPlanToYear(samplePlanData(), { year: 2025, newKey: counter(), diarienummer: ' AMN-2025-00012 ' }).data.plan.diarienummer).toBe('AMN-2025-00012');
    expect('diarienummer' in copyPlanToYear(samplePlanData(), { year: 2025, newKey: counter() }).data.plan).toBe(false);
  });

  it('refuses years out of range, not later than the plan’s, or missing', () => {
    expect(validateCopyYear(2024, 2025)).toEqual([]);
    expect(validateCopyYear(2024, 2024)[0]).toMatchObject({
      field: 'kopia.ar',
      code: 'copy-year',
      message: 'År för den nya planen (2024) måste vara senare än planens år (2024).'
    });
    expect(validateCopyYear(2024, 2101)[0]).toMatchObject({
      code: 'year-out-of-range',
      message: 'År för den nya planen (2101) måste vara ett helt år mellan 2000 och 2100.'
    });
    expect(validateCopyYear(2024, 2025.5)[0].code).toBe('year-out-of-range');
    expect(validateCopyYear(2024, undefined)[0].code).toBe('required');
  });
});
