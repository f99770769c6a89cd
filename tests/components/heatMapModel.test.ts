/** The heat map's view-model: cells, accessible names, legend ranges, tints. */
import { buildHeatMap, filterRisksByCell, heatMapCellName, tintColour } from '../../src/components/RiskMatrixHeatMap/heatMapModel';
import { levelRanges } from '../../src/components/RiskMatrixHeatMap/levelRanges';
import { riskBadgeText } from '../../src/components/common/labels';
import { SV_STRINGS } from '../../src/components/i18n';
import { EN_STRINGS } from '../../src/components/i18n/en';
import { contrastRatio, createDefaultMatrix4x4, createDefaultMatrix5x5, Risk } from '../../src/model';

function risk(key: string, sannolikhet?: number, konsekvens?: number, omradeKey?: string, nr: number = 1): Risk {
  return { key, nr, titel: key, obligatorisk: false, sannolikhet, konsekvens, omradeKey };
}


describe('heat map', () => {
  it('counts risks per cell on the plan’s own matrix, highest sannolikhet first', () => {
    const matrix = createDefaultMatrix4x4();
    const model = buildHeatMap(matrix, [risk('a', 4, 4), risk('b', 4, 4), risk('c', 1, 2), risk('d'), risk('e', 5, 1)]);
    expect(model.rows).toHaveLength(4);
    expect(model.rows[0]).toHaveLength(4);
    expect(model.rows[0][3]).toMatchObject({ sannolikhet: 4, konsekvens: 4, riskKeys: ['a', 'b'] });
    expect(model.rows[3][1]).toMatchObject({ sannolikhet: 1, konsekvens: 2, riskKeys: ['c'] });
    expect(model.rows[0][3].level!.key).toBe('mycket-hog');
    // Unrated, and rated outside a 4 × 4 matrix.
    expect(model.unratedCount).toBe(2);
    const total = model.rows.reduce((sum, row) => sum + row.reduce((s, cell) => s + cell.riskKeys.length, 0), 0);
    expect(total).toBe(3);
  });

  it('follows the matrix size and levels of the configuration', () => {
    const matrix = createDefaultMatrix5x5();
    const model = buildHeatMap(matrix, [risk('a', 3, 5)]);
    expect(model.rows).toHaveLength(5);
    expect(model.rows[2][4]).toMatchObject({ sannolikhet: 3, konsekvens: 5, riskKeys: ['a'] });
    expect(model.rows[2][4].level!.label).toBe('Hög');
  });

  it('names each cell with both steps, their labels, the count and the level in words', () => {
    const matrix = createDefaultMatrix4x4();
    const model = buildHeatMap(matrix, [risk('a', 4, 4), risk('b', 4, 4), risk('c', 3, 3)]);
    expect(heatMapCellName(matrix, model.rows[0][3], SV_STRINGS)).toBe(
      'Sannolikhet 4 (sannolik), konsekvens 4 (allvarlig): 2 risker, nivå Mycket hög'
    );
    expect(heatMapCellName(matrix, model.rows[1][2], SV_STRINGS)).toBe('Sannolikhet 3 (möjlig), konsekvens 3 (kännbar): 1 risk, nivå Hög');
    expect(heatMapCellName(matrix, model.rows[3][0], EN_STRINGS)).toBe(
      'Likelihood 1 (osannolik), consequence 1 (försumbar): 0 risks, level Low'
    );
  });

  it('writes a legend range for each level the grid uses', () => {
    const ranges = levelRanges(createDefaultMatrix5x5());
    expect(ranges.map((r) => `${r.level.label} ${r.min}–${r.max}`)).toEqual(['Låg 1–5', 'Medium 6–10', 'Hög 12–16', 'Mycket hög 20–25']);
  });

  it('tints a level colour towards white, keeping dark text readable', () => {
    expect(tintColour('#000000', 0.25)).toBe('#bfbfbf');
    expect(tintColour('#C62828', 1)).toBe('#c62828');
    expect(tintColour('not a colour', 0.3)).toBe('#ffffff');
    for (const level of createDefaultMatrix5x5().levels) {
      expect(contrastRatio('#201f1e', tintColour(level.colour, 0.3))!).toBeGreaterThan(7);
    }
  });

  it('filters the risk list to the chosen cell', () => {
    const risks = [risk('a', 4, 4), risk('b', 4, 3), risk('c')];
    expect(filterRisksByCell(risks, { sannolikhet: 4, konsekvens: 4 }).map((r) => r.key)).toEqual(['a']);
    expect(filterRisksByCell(risks, undefined)).toHaveLength(3);
  });

  it('writes the badge as "Level (value)" through the matrix’s template', () => {
    const matrix = createDefaultMatrix5x5();
    expect(riskBadgeText(matrix, risk('a', 3, 4), SV_STRINGS)).toBe('Hög (12)');
    expect(riskBadgeText(matrix, risk('a', 2, 3), EN_STRINGS)).toBe('Medium (6)');
    expect(riskBadgeText(matrix, risk('a'), SV_STRINGS)).toBeUndefined();
  });
});
