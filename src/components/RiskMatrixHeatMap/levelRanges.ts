/** The heat map legend's view-model: each level with the riskvärden its cells span. */
import type { RiskLevel, RiskMatrix } from '../../model';

/** A level with the riskvärden its cells span, for the legend. */
export interface LevelRange {
  /** The level. */
  level: RiskLevel;
  /** Lowest riskvärde of the level's cells. */
  min: number;
  /** Highest riskvärde of the level's cells. */
  max: number;
}

/** The levels the grid uses, lowest first, each with the riskvärden it spans ("Hög 12–16"). */
export function levelRanges(matrix: RiskMatrix): LevelRange[] {
  const ranges: LevelRange[] = [];
  for (const level of matrix.levels) {
    let min = Number.POSITIVE_INFINITY;
    let max = 0;
    matrix.grid.forEach((row, s) =>
      row.forEach((key, k) => {
        if (key === level.key) {
          const value = (s + 1) * (k + 1);
          min = Math.min(min, value);
          max = Math.max(max, value);
        }
      })
    );
    if (max > 0) {
      ranges.push({ level, min, max });
    }
  }
  return ranges;
}
