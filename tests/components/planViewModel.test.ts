/** View-models of the plan view, risk list and period progress: grouping, default period, progress, rating source. */
import { periodProgress } from '../../src/components/PeriodProgress/periodProgressModel';
import { defaultPeriodKey, risksRatedFor } from '../../src/components/PlanView/planViewModel';
import { groupRisksByOmrade } from '../../src/components/RiskList/riskGrouping';
import { buildStandardPeriods, Risk } from '../../src/model';
import { samplePlanData } from '../model/samplePlan';
import { asPlanView } from './fixtures';

function risk(key: string, sannolikhet?: number, konsekvens?: number, omradeKey?: string, nr: number = 1): Risk {
  return { key, nr, titel: key, obligatorisk: false, sannolikhet, konsekvens, omradeKey };
}


describe('plan view helpers', () => {
  it('groups risks by område in område order, risks without område last', () => {
    const omraden = [
      { key: 'o2', namn: 'Andra', ordning: 2 },
      { key: 'o1', namn: 'Första', ordning: 1 },
      { key: 'o3', namn: 'Tomt', ordning: 3 }
    ];
    const groups = groupRisksByOmrade(omraden, [
      risk('x', 1, 1, undefined, 5),
      risk('b', 1, 1, 'o2', 3),
      risk('a2', 1, 1, 'o1', 2),
      risk('a1', 1, 1, 'o1', 1),
      risk('y', 1, 1, 'okänt', 4)
    ]);
    expect(groups.map((g) => [g.key, g.risks.map((r) => r.key)])).toEqual([
      ['o1', ['a1', 'a2']],
      ['o2', ['b']],
      ['', ['y', 'x']]
    ]);
  });

  it('opens on the shortest period containing today, else the latest reported or ended one', () => {
    const periods = buildStandardPeriods(2024);
    expect(defaultPeriodKey(periods, '2024-06-15')).toBe('T2');
    expect(defaultPeriodKey(periods, '2024-02-01')).toBe('T1');
    expect(defaultPeriodKey(periods, '2025-03-01')).toBe('HELAR');
    expect(defaultPeriodKey(periods, '2023-03-01')).toBe('T1');
    expect(defaultPeriodKey([], '2023-03-01')).toBeUndefined();
    // A past plan opens on what was last reported, not on an empty later period.
    expect(defaultPeriodKey(periods, '2026-11-25', ['T1', 'T2', 'T1'])).toBe('T2');
    expect(defaultPeriodKey(periods, '2026-11-25', ['DELAR'])).toBe('DELAR');
    // Today's period wins even when it has nothing yet.
    expect(defaultPeriodKey(periods, '2024-10-01', ['T1'])).toBe('T3');
  });

  it('counts the period’s statuses over kontrollmoment and åtgärder', () => {
    const view = asPlanView(samplePlanData());
    const t1 = periodProgress(view, 'T1');
    expect(t1.total).toBe(2);
    expect(t1.counts).toEqual({ Genomförd: 1, Pågående: 0, 'Ej påbörjad': 0, 'Ej aktuellt': 0, none: 1 });
    const delar = periodProgress(view, 'DELAR');
    expect(delar.counts.Pågående).toBe(1);
    expect(delar.counts.none).toBe(1);
  });

  it('uses the period’s riskvärdering when asked to', () => {
    const view = asPlanView(samplePlanData());
    const rated = risksRatedFor(view, view.risker, 'T1', 'period');
    expect(rated[0]).toMatchObject({ key: 'r1', sannolikhet: 2, konsekvens: 4 });
    expect(risksRatedFor(view, view.risker, 'T1', 'ursprunglig')[0]).toMatchObject({ sannolikhet: 3, konsekvens: 4 });
    expect(risksRatedFor(view, view.risker, 'T2', 'period')[0]).toMatchObject({ sannolikhet: 3, konsekvens: 4 });
  });
});
