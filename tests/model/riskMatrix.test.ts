import {
  buildGridFromBands,
  contrastRatio,
  createDefaultMatrix4x4,
  createDefaultMatrix5x5,
  DEFAULT_LEVELS,
  fillTemplate,
  formatRiskLevel,
  formatSkattningHeading,
  isRatingInMatrix,
  meetsWcagAa,
  parseHexColour,
  readableTextColour,
  relativeLuminance,
  riskLevelFor,
  riskValue,
  RiskMatrix,
  validateRiskMatrix,
  WCAG_AA_NORMAL_TEXT
} from '../../src/model';

describe('colour contrast (WCAG)', () => {
  it('computes the known extremes and a published pair', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777', '#777')).toBeCloseTo(1, 5);
    // #767676 on white is the classic lightest grey that passes AA (4.54:1).
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#FFFFFF')).toBeLessThan(WCAG_AA_NORMAL_TEXT);
  });

  it('is symmetric and rejects non-hex colours', () => {
    expect(contrastRatio('#F28C28', '#000000')).toBeCloseTo(contrastRatio('#000000', '#F28C28') as number, 10);
    expect(contrastRatio('red', '#000000')).toBeUndefined();
    expect(parseHexColour('#abc')).toEqual({ r: 0xaa, g: 0xbb, b: 0xcc });
    expect(relativeLuminance({ r: 255, g: 255, b: 255 })).toBeCloseTo(1, 10);
  });

  it('gives every default level a text colour that meets AA, and picks the better of black and white', () => {
    for (const level of DEFAULT_LEVELS) {
      const ratio = contrastRatio(level.textColour, level.colour) as number;
      expect(ratio).toBeGreaterThanOrEqual(WCAG_AA_NORMAL_TEXT);
      expect(meetsWcagAa(level.textColour, level.colour)).toBe(true);
      expect(level.textColour).toBe(readableTextColour(level.colour));
    }
    expect(readableTextColour('#FFFF00')).toBe('#000000');
    expect(readableTextColour('#00008B')).toBe('#FFFFFF');
  });
});

describe('risk matrix', () => {
  it('computes riskvärde as sannolikhet × konsekvens', () => {
    expect(riskValue({ sannolikhet: 3, konsekvens: 5 })).toBe(15);
    expect(riskValue({ sannolikhet: 4, konsekvens: 4 })).toBe(16);
  });

  it('formats level and value as seed 003 does, from the 5 × 5 configuration', () => {
    const m = createDefaultMatrix5x5();
    expect(formatRiskLevel(m, { sannolikhet: 3, konsekvens: 3 })).toBe('Medium (9)');
    expect(formatRiskLevel(m, { sannolikhet: 3, konsekvens: 4 })).toBe('Hög (12)');
    expect(formatRiskLevel(m, { sannolikhet: 3, konsekvens: 5 })).toBe('Hög (15)');
    expect(formatRiskLevel(m, { sannolikhet: 2, konsekvens: 3 })).toBe('Medium (6)');
    expect(formatRiskLevel(m, { sannolikhet: 2, konsekvens: 4 })).toBe('Medium (8)');
    expect(formatRiskLevel(m, { sannolikhet: 2, konsekvens: 2 })).toBe('Låg (4)');
    expect(formatRiskLevel(m, { sannolikhet: 5, konsekvens: 5 })).toBe('Mycket hög (25)');
  });

  it('formats skattning headings as seed 000 does', () => {
    const m4 = createDefaultMatrix4x4();
    expect(formatSkattningHeading(m4, { sannolikhet: 4, konsekvens: 4 })).toBe('Skattning 16: sannolik risk, allvarliga konsekvenser');
    expect(formatSkattningHeading(m4, { sannolikhet: 3, konsekvens: 3 })).toBe('Skattning 9: möjlig risk, kännbara konsekvenser');
    const m5 = createDefaultMatrix5x5();
    expect(formatSkattningHeading(m5, { sannolikhet: 2, konsekvens: 5 })).toBe('Skattning 10: mindre sannolik risk, mycket allvarliga konsekvenser');
  });

  it('takes the wording from the configuration, so another municipality can word it differently', () => {
    const m: RiskMatrix = createDefaultMatrix4x4();
    m.templates = { sannolikhet: 'sannolikhet {step}', konsekvens: 'konsekvens {step}', heading: 'Riskvärde {value} ({sannolikhet}; {konsekvens})', level: '{level} – {value}' };
    m.sannolikhet[3] = { label: 'Mycket trolig', phrase: 'mycket trolig' };
    m.levels[3].label = 'Kritisk';
    expect(formatSkattningHeading(m, { sannolikhet: 4, konsekvens: 4 })).toBe('Riskvärde 16 (sannolikhet mycket trolig; konsekvens allvarliga)');
    expect(formatRiskLevel(m, { sannolikhet: 4, konsekvens: 4 })).toBe('Kritisk – 16');
    expect(fillTemplate('{a} {okänd}', { a: 'x' })).toBe('x {okänd}');
  });

  it('takes levels from the grid, not from thresholds in code', () => {
    const m = createDefaultMatrix4x4();
    m.grid[0][0] = 'mycket-hog';
    expect(riskLevelFor(m, { sannolikhet: 1, konsekvens: 1 })?.label).toBe('Mycket hög');
    expect(formatRiskLevel(m, { sannolikhet: 1, konsekvens: 1 })).toBe('Mycket hög (1)');
  });

  it('knows which ratings lie inside the matrix, and shows the bare value for those outside', () => {
    const m = createDefaultMatrix4x4();
    expect(isRatingInMatrix(m, { sannolikhet: 4, konsekvens: 4 })).toBe(true);
    expect(isRatingInMatrix(m, { sannolikhet: 5, konsekvens: 3 })).toBe(false);
    expect(isRatingInMatrix(m, { sannolikhet: 0, konsekvens: 3 })).toBe(false);
    expect(riskLevelFor(m, { sannolikhet: 5, konsekvens: 3 })).toBeUndefined();
    expect(formatRiskLevel(m, { sannolikhet: 5, konsekvens: 3 })).toBe('15');
  });

  it('supports any size from 2 × 2 to 10 × 10, including non-square', () => {
    for (const [rows, columns] of [[2, 2], [3, 7], [10, 10]]) {
      const m = createDefaultMatrix5x5();
      m.sannolikhet = Array.from({ length: rows }, (_, i) => ({ label: `S${i + 1}` }));
      m.konsekvens = Array.from({ length: columns }, (_, i) => ({ label: `K${i + 1}` }));
      m.grid = buildGridFromBands(rows, columns, [{ minValue: 1, levelKey: 'lag' }, { minValue: 20, levelKey: 'hog' }]);
      expect(validateRiskMatrix(m)).toEqual([]);
      expect(formatRiskLevel(m, { sannolikhet: rows, konsekvens: columns })).toBe(rows * columns >= 20 ? `Hög (${rows * columns})` : `Låg (${rows * columns})`);
    }
  });

  it('builds a grid from value bands given in any order', () => {
    const grid = buildGridFromBands(3, 3, [{ minValue: 6, levelKey: 'hog' }, { minValue: 1, levelKey: 'lag' }, { minValue: 3, levelKey: 'medium' }]);
    expect(grid).toEqual([
      ['lag', 'lag', 'medium'],
      ['lag', 'medium', 'hog'],
      ['medium', 'hog', 'hog']
    ]);
  });

  it('returns independent copies, so editing one plan matrix leaves the defaults alone', () => {
    const a = createDefaultMatrix4x4();
    a.sannolikhet[0].label = 'Ändrad';
    a.levels[0].colour = '#000000';
    const b = createDefaultMatrix4x4();
    expect(b.sannolikhet[0].label).toBe('Osannolik');
    expect(b.levels[0].colour).toBe('#2E7D32');
  });
});
