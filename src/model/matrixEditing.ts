/**
 * Editing a risk matrix as data: resizing its scales, choosing the level of a cell, adding,
 * removing and recolouring levels, and the contrast of each level's text. Every function
 * returns a new matrix and leaves its input as it was, so an editor can keep the matrix it
 * started from to compare with (matrixImpact.ts).
 */
import { contrastRatio, readableTextColour, WCAG_AA_NORMAL_TEXT } from './colour';
import { MATRIX_SIZE_RANGE, RiskLevel, RiskMatrix, RiskScaleStep } from './riskMatrix';

/** A deep copy of a matrix (plain JSON data). */
export function cloneMatrix(matrix: RiskMatrix): RiskMatrix {
  return {
    ...matrix,
    sannolikhet: matrix.sannolikhet.map((step) => ({ ...step })),
    konsekvens: matrix.konsekvens.map((step) => ({ ...step })),
    levels: matrix.levels.map((level) => ({ ...level })),
    grid: matrix.grid.map((row) => row.slice()),
    templates: { ...matrix.templates }
  };
}

/** A whole number clamped to the sizes the model supports (2–10). */
export function clampMatrixSize(size: number): number {
  const whole = Math.round(size);
  return Math.max(MATRIX_SIZE_RANGE.min, Math.min(MATRIX_SIZE_RANGE.max, isFinite(whole) ? whole : MATRIX_SIZE_RANGE.min));
}

function resizeSteps(steps: RiskScaleStep[], size: number): RiskScaleStep[] {
  const out = steps.slice(0, size).map((step) => ({ ...step }));
  // New steps get no label: the editor asks for one (validation names the step).
  while (out.length < size) {
    out.push({ label: '' });
  }
  return out;
}

/**
 * The matrix with `rows` sannolikhet steps and `columns` konsekvens steps (each 2–10). Kept
 * steps keep their labels and kept cells their levels; a new cell takes the level of the
 * nearest kept cell (the last kept row and column), so growing a matrix never lowers a level
 * next to the edge.
 */
export function resizeMatrix(matrix: RiskMatrix, rows: number, columns: number): RiskMatrix {
  const r = clampMatrixSize(rows);
  const c = clampMatrixSize(columns);
  const oldRows = matrix.grid.length;
  const grid: string[][] = [];
  for (let s = 0; s < r; s++) {
    const sourceRow = matrix.grid[Math.min(s, oldRows - 1)] || [];
    const row: string[] = [];
    for (let k = 0; k < c; k++) {
      row.push(sourceRow[Math.min(k, sourceRow.length - 1)] ?? (matrix.levels[0] ? matrix.levels[0].key : ''));
    }
    grid.push(row);
  }
  return {
    ...cloneMatrix(matrix),
    sannolikhet: resizeSteps(matrix.sannolikhet, r),
    konsekvens: resizeSteps(matrix.konsekvens, c),
    grid
  };
}

/** The matrix with cell (sannolikhet, konsekvens), steps from 1, in the level `levelKey`. */
export function setCellLevel(matrix: RiskMatrix, sannolikhet: number, konsekvens: number, levelKey: string): RiskMatrix {
  const copy = cloneMatrix(matrix);
  const row = copy.grid[sannolikhet - 1];
  if (row !== undefined && konsekvens >= 1 && konsekvens <= row.length) {
    row[konsekvens - 1] = levelKey;
  }
  return copy;
}

/**
 * The level after (direction 1) or before (−1) `levelKey` in the matrix's order, wrapping at
 * the ends: the keyboard's way of stepping a cell through the levels.
 */
export function adjacentLevelKey(matrix: RiskMatrix, levelKey: string, direction: 1 | -1): string {
  const keys = matrix.levels.map((level) => level.key);
  if (keys.length === 0) {
    return levelKey;
  }
  const index = keys.indexOf(levelKey);
  if (index < 0) {
    return keys[0];
  }
  return keys[(index + direction + keys.length) % keys.length];
}

/** A level key not used in the matrix: "niva-2", "niva-3", … */
function freeLevelKey(matrix: RiskMatrix): string {
  const used = matrix.levels.map((level) => level.key);
  for (let n = matrix.levels.length + 1; ; n++) {
    const key = `niva-${n}`;
    if (used.indexOf(key) < 0) {
      return key;
    }
  }
}

/**
 * The matrix with one more level, highest, named by the caller. Its text colour is the more
 * readable of black and white on its colour. No cell uses it until one is set.
 */
export function addLevel(matrix: RiskMatrix, label: string, colour: string): RiskMatrix {
  const copy = cloneMatrix(matrix);
  copy.levels.push({ key: freeLevelKey(matrix), label, colour, textColour: readableTextColour(colour) });
  return copy;
}

/**
 * The matrix without the level `levelKey`; its cells move to `replacementKey` (by default the
 * level below it, or above it when it was the lowest). A matrix keeps at least one level.
 */
export function removeLevel(matrix: RiskMatrix, levelKey: string, replacementKey?: string): RiskMatrix {
  const index = matrix.levels.findIndex((level) => level.key === levelKey);
  if (index < 0 || matrix.levels.length <= 1) {
    return cloneMatrix(matrix);
  }
  const fallback = matrix.levels[index > 0 ? index - 1 : 1].key;
  const replacement = replacementKey !== undefined && replacementKey !== levelKey ? replacementKey : fallback;
  const copy = cloneMatrix(matrix);
  copy.levels.splice(index, 1);
  copy.grid = copy.grid.map((row) => row.map((cell) => (cell === levelKey ? replacement : cell)));
  return copy;
}

/** The matrix with one level's fields changed (label, English label, colours). */
export function updateLevel(matrix: RiskMatrix, levelKey: string, changes: Partial<Omit<RiskLevel, 'key'>>): RiskMatrix {
  const copy = cloneMatrix(matrix);
  copy.levels = copy.levels.map((level) => (level.key === levelKey ? { ...level, ...changes } : level));
  return copy;
}

/** The matrix with one step of a scale changed (label, phrase, description). */
export function updateStep(matrix: RiskMatrix, scale: 'sannolikhet' | 'konsekvens', index: number, changes: Partial<RiskScaleStep>): RiskMatrix {
  const copy = cloneMatrix(matrix);
  if (index >= 0 && index < copy[scale].length) {
    copy[scale][index] = { ...copy[scale][index], ...changes };
  }
  return copy;
}

/** A level's contrast: the ratio of its text colour on its colour, and whether it meets WCAG AA. */
export interface LevelContrast {
  /** WCAG contrast ratio (1–21); undefined when a colour is not a hex colour. */
  ratio: number | undefined;
  /** True when the ratio is at least 4.5:1. */
  passes: boolean;
  /** The ratio as shown to users, rounded down to two decimals: "4,48:1" (Swedish) / "4.48:1". */
  text: { sv: string; en: string };
}

/** The contrast of a level's text on its colour, as the matrix editor shows it live. */
export function levelContrast(level: Pick<RiskLevel, 'colour' | 'textColour'>): LevelContrast {
  const ratio = contrastRatio(level.textColour, level.colour);
  if (ratio === undefined) {
    return { ratio, passes: false, text: { sv: '–', en: '–' } };
  }
  // Rounded down, so a ratio shown as 4,50:1 really is at least 4.5:1.
  const shown = (Math.floor(ratio * 100) / 100).toFixed(2);
  return { ratio, passes: ratio >= WCAG_AA_NORMAL_TEXT, text: { sv: `${shown.replace('.', ',')}:1`, en: `${shown}:1` } };
}

/** How many cells of the grid each level has, by level key. */
export function cellsPerLevel(matrix: RiskMatrix): Record<string, number> {
  const counts: Record<string, number> = {};
  matrix.levels.forEach((level) => {
    counts[level.key] = 0;
  });
  matrix.grid.forEach((row) =>
    row.forEach((cell) => {
      counts[cell] = (counts[cell] || 0) + 1;
    })
  );
  return counts;
}

/** JSON with object keys sorted, so equal data read from anywhere gives equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** True when two matrices are the same configuration, whatever order their keys were stored in. */
export function sameMatrix(a: RiskMatrix | undefined, b: RiskMatrix | undefined): boolean {
  if (a === undefined || b === undefined) {
    return a === b;
  }
  return canonicalJson(a) === canonicalJson(b);
}
