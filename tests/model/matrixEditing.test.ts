import {
  addLevel,
  adjacentLevelKey,
  cellsPerLevel,
  clampMatrixSize,
  createDefaultMatrix4x4,
  createDefaultMatrix5x5,
  levelContrast,
  removeLevel,
  resizeMatrix,
  sameMatrix,
  setCellLevel,
  updateLevel,
  updateStep,
  validateRiskMatrix
} from '../../src/model';

describe('resizing a matrix', () => {
  it('grows 4 × 4 to 5 × 5: new cells take the nearest kept cell, new steps have no label yet', () => {
    const before = createDefaultMatrix4x4();
    const grown = resizeMatrix(before, 5, 5);
    // Row 4 of the default 4 × 4 (values 4, 8, 12, 16) is Medium, Hög, Mycket hög, Mycket hög.
    expect(grown.grid[3]).toEqual(['medium', 'hog', 'mycket-hog', 'mycket-hog', 'mycket-hog']);
    expect(grown.grid[4]).toEqual(['medium', 'hog', 'mycket-hog', 'mycket-hog', 'mycket-hog']);
    // Row 1 (values 1, 2, 3, 4): Låg, Låg, Låg, Medium; column 5 repeats column 4.
    expect(grown.grid[0]).toEqual(['lag', 'lag', 'lag', 'medium', 'medium']);
    expect(grown.sannolikhet.map((s) => s.label)).toEqual(['Osannolik', 'Mindre sannolik', 'Möjlig', 'Sannolik', '']);
    expect(grown.konsekvens[4]).toEqual({ label: '' });
    // The input is left as it was.
    expect(before.grid).toHaveLength(4);
    // Unlabelled steps are exactly what validation reports.
    expect(validateRiskMatrix(grown).map((i) => i.field)).toEqual(['riskMatrix.sannolikhet[4].label', 'riskMatrix.konsekvens[4].label']);
  });

  it('shrinks 5 × 5 to 3 × 2 keeping the top-left cells and labels', () => {
    const shrunk = resizeMatrix(createDefaultMatrix5x5(), 3, 2);
    // 5 × 5 bands: Låg 1–5, Medium 6–10. Values of rows 1–3, columns 1–2: 1 2 / 2 4 / 3 6.
    expect(shrunk.grid).toEqual([
      ['lag', 'lag'],
      ['lag', 'lag'],
      ['lag', 'medium']
    ]);
    expect(shrunk.konsekvens.map((k) => k.label)).toEqual(['Försumbar', 'Lindrig']);
    expect(validateRiskMatrix(shrunk)).toEqual([]);
  });

  it('keeps sizes within 2–10', () => {
    expect(clampMatrixSize(1)).toBe(2);
    expect(clampMatrixSize(11)).toBe(10);
    expect(clampMatrixSize(6.4)).toBe(6);
    expect(resizeMatrix(createDefaultMatrix4x4(), 12, 0).grid.map((row) => row.length)).toEqual(new Array(10).fill(2));
  });
});

describe('editing cells and levels', () => {
  it('sets one cell without touching the input', () => {
    const before = createDefaultMatrix5x5();
    const after = setCellLevel(before, 3, 3, 'hog');
    expect(after.grid[2][2]).toBe('hog');
    expect(before.grid[2][2]).toBe('medium');
    expect(setCellLevel(before, 6, 1, 'hog').grid).toEqual(before.grid);
  });

  it('steps a cell through the levels with wrap-around (the keyboard)', () => {
    const matrix = createDefaultMatrix4x4();
    expect(adjacentLevelKey(matrix, 'lag', 1)).toBe('medium');
    expect(adjacentLevelKey(matrix, 'mycket-hog', 1)).toBe('lag');
    expect(adjacentLevelKey(matrix, 'lag', -1)).toBe('mycket-hog');
    expect(adjacentLevelKey(matrix, 'okand', 1)).toBe('lag');
  });

  it('counts cells per level', () => {
    // 4 × 4 products: 1 2 3 4 / 2 4 6 8 / 3 6 9 12 / 4 8 12 16 → Låg 1–3 (5 cells), Medium 4–6 (5), Hög 8–9 (3), Mycket hög 12–16 (3).
    expect(cellsPerLevel(createDefaultMatrix4x4())).toEqual({ lag: 5, medium: 5, hog: 3, 'mycket-hog': 3 });
  });

  it('adds a level with a readable text colour and removes one moving its cells down', () => {
    const added = addLevel(createDefaultMatrix4x4(), 'Kritisk', '#4A148C');
    expect(added.levels[4]).toEqual({ key: 'niva-5', label: 'Kritisk', colour: '#4A148C', textColour: '#FFFFFF' });
    const yellow = addLevel(createDefaultMatrix4x4(), 'Gul', '#FFEB3B');
    expect(yellow.levels[4].textColour).toBe('#000000');

    const without = removeLevel(createDefaultMatrix4x4(), 'hog');
    expect(without.levels.map((l) => l.key)).toEqual(['lag', 'medium', 'mycket-hog']);
    expect(cellsPerLevel(without)).toEqual({ lag: 5, medium: 8, 'mycket-hog': 3 });
    // The lowest level's cells go to the one above it.
    expect(cellsPerLevel(removeLevel(createDefaultMatrix4x4(), 'lag'))).toEqual({ medium: 10, hog: 3, 'mycket-hog': 3 });
    expect(validateRiskMatrix(without)).toEqual([]);
  });

  it('changes a level and a step', () => {
    const renamed = updateLevel(createDefaultMatrix4x4(), 'hog', { label: 'Betydande', colour: '#ABCDEF' });
    expect(renamed.levels[2]).toMatchObject({ key: 'hog', label: 'Betydande', colour: '#ABCDEF' });
    const step = updateStep(createDefaultMatrix4x4(), 'konsekvens', 3, { label: 'Mycket allvarlig' });
    expect(step.konsekvens[3].label).toBe('Mycket allvarlig');
  });

  it('compares matrices whatever their key order', () => {
    const a = createDefaultMatrix4x4();
    const b = JSON.parse(JSON.stringify({ templates: a.templates, grid: a.grid, levels: a.levels, konsekvens: a.konsekvens, sannolikhet: a.sannolikhet, name: a.name, key: a.key }));
    expect(sameMatrix(a, b)).toBe(true);
    expect(sameMatrix(a, setCellLevel(a, 1, 1, 'hog'))).toBe(false);
  });
});

describe('live contrast of a level', () => {
  it('shows the published ratio of #767676 on white and passes it', () => {
    const contrast = levelContrast({ colour: '#FFFFFF', textColour: '#767676' });
    expect(contrast.text).toEqual({ sv: '4,54:1', en: '4.54:1' });
    expect(contrast.passes).toBe(true);
  });

  it('fails #777777 on white (4.48:1) and white on the default Medium yellow (1.59:1)', () => {
    const grey = levelContrast({ colour: '#FFFFFF', textColour: '#777777' });
    expect(grey.ratio).toBeCloseTo(4.48, 1);
    expect(grey.passes).toBe(false);
    const yellow = levelContrast({ colour: '#F2C94C', textColour: '#FFFFFF' });
    expect(yellow.ratio).toBeCloseTo(1.59, 2);
    expect(yellow.passes).toBe(false);
    expect(levelContrast({ colour: '#F2C94C', textColour: '#000000' }).passes).toBe(true);
  });

  it('shows a dash for a colour that is not a hex colour', () => {
    expect(levelContrast({ colour: 'röd', textColour: '#000000' })).toEqual({ ratio: undefined, passes: false, text: { sv: '–', en: '–' } });
  });
});
