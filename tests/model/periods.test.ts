import {
  buildDelarHelarPeriods,
  buildHalvarPeriods,
  buildKvartalPeriods,
  buildStandardPeriods,
  buildTertialPeriods,
  findPeriod,
  findPeriodContaining,
  findPeriodsContaining,
  isIsoDate,
  validatePeriods
} from '../../src/model';

describe('periods', () => {
  it('builds the tertials T1 jan–apr, T2 maj–aug, T3 sep–dec', () => {
    expect(buildTertialPeriods(2024).map((p) => [p.key, p.start, p.end])).toEqual([
      ['T1', '2024-01-01', '2024-04-30'],
      ['T2', '2024-05-01', '2024-08-31'],
      ['T3', '2024-09-01', '2024-12-31']
    ]);
  });

  it('builds delår per 31 August (or another month) and helår', () => {
    expect(buildDelarHelarPeriods(2022).map((p) => [p.key, p.start, p.end])).toEqual([
      ['DELAR', '2022-01-01', '2022-08-31'],
      ['HELAR', '2022-01-01', '2022-12-31']
    ]);
    expect(buildDelarHelarPeriods(2022, 6)[0].end).toBe('2022-06-30');
  });

  it('builds halvår and kvartal with correct month ends, leap years included', () => {
    expect(buildHalvarPeriods(2024).map((p) => p.end)).toEqual(['2024-06-30', '2024-12-31']);
    expect(buildKvartalPeriods(2024).map((p) => `${p.key} ${p.start}–${p.end}`)).toEqual([
      'K1 2024-01-01–2024-03-31',
      'K2 2024-04-01–2024-06-30',
      'K3 2024-07-01–2024-09-30',
      'K4 2024-10-01–2024-12-31'
    ]);
  });

  it('produces period sets that validate', () => {
    for (const year of [2022, 2024, 2100]) {
      expect(validatePeriods([...buildStandardPeriods(year), ...buildHalvarPeriods(year), ...buildKvartalPeriods(year)])).toEqual([]);
    }
  });

  it('finds the shortest period containing a date, or one of a given kind', () => {
    const periods = buildStandardPeriods(2024);
    expect(findPeriodContaining(periods, '2024-05-01')?.key).toBe('T2');
    expect(findPeriodContaining(periods, '2024-04-30')?.key).toBe('T1');
    expect(findPeriodContaining(periods, '2024-12-31')?.key).toBe('T3');
    expect(findPeriodContaining(periods, '2024-06-15', 'delar')?.key).toBe('DELAR');
    expect(findPeriodContaining(periods, '2024-10-01', 'delar')).toBeUndefined();
    expect(findPeriodContaining(periods, '2025-01-01')).toBeUndefined();
    expect(findPeriodsContaining(periods, '2024-08-31').map((p) => p.key)).toEqual(['T2', 'DELAR', 'HELAR']);
    expect(findPeriod(periods, 'HELAR')?.label).toBe('Helår');
  });

  it('accepts only real ISO dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-04-31')).toBe(false);
    expect(isIsoDate('2024-4-30')).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
  });
});
