/**
 * The heat map's view-model: risks counted per cell of the plan's own matrix, each cell's
 * accessible name (everything the colour says, in words), the cell filter of the risk list,
 * and the tint of empty cells.
 */
import { isRatingInMatrix, parseHexColour, riskLevelFor } from '../../model';
import type { Risk, RiskLevel, RiskMatrix } from '../../model';
import { levelLabel, ratingOf } from '../common/labels';
import { formatText, IUiStrings } from '../i18n';

/** One cell of the heat map. */
export interface HeatMapCell {
  /** Sannolikhet step, from 1. */
  sannolikhet: number;
  /** Konsekvens step, from 1. */
  konsekvens: number;
  /** The cell's level; undefined when the grid names no known level. */
  level?: RiskLevel;
  /** Keys of the risks rated in this cell. */
  riskKeys: string[];
}

/** The heat map of a plan's risks on the plan's own matrix. */
export interface HeatMapModel {
  /** Rows with the highest sannolikhet first (as risk matrices are drawn); columns konsekvens 1 → n. */
  rows: HeatMapCell[][];
  /** Risks without a rating, or with one outside the matrix. */
  unratedCount: number;
}

/** Counts the risks per cell of the matrix. */
export function buildHeatMap(matrix: RiskMatrix, risks: Risk[]): HeatMapModel {
  const rows: HeatMapCell[][] = [];
  const cells: Record<string, HeatMapCell> = {};
  for (let s = matrix.sannolikhet.length; s >= 1; s--) {
    const row: HeatMapCell[] = [];
    for (let k = 1; k <= matrix.konsekvens.length; k++) {
      const cell: HeatMapCell = { sannolikhet: s, konsekvens: k, level: riskLevelFor(matrix, { sannolikhet: s, konsekvens: k }), riskKeys: [] };
      cells[`${s}:${k}`] = cell;
      row.push(cell);
    }
    rows.push(row);
  }
  let unratedCount = 0;
  for (const risk of risks) {
    const rating = ratingOf(risk);
    if (!rating || !isRatingInMatrix(matrix, rating)) {
      unratedCount++;
      continue;
    }
    cells[`${rating.sannolikhet}:${rating.konsekvens}`].riskKeys.push(risk.key);
  }
  return { rows, unratedCount };
}

/** A piece of a cell's name: the count and the level are also shown; the rest is for screen readers only. */
export interface CellNameSegment {
  /** The text. */
  text: string;
  /** Which shown part this is, if any. */
  shown?: 'count' | 'level';
}

/**
 * The accessible name of a cell in pieces, so the cell can show its count and level and still
 * have them inside its name (WCAG 2.5.3, label in name): the other pieces are visually hidden.
 */
export function heatMapCellNameSegments(matrix: RiskMatrix, cell: HeatMapCell, strings: IUiStrings): CellNameSegment[] {
  const count = cell.riskKeys.length;
  const template = cell.level ? strings.heatMapCellName : strings.heatMapCellNameUnrated;
  const filled = formatText(template, {
    s: cell.sannolikhet,
    sLabel: matrix.sannolikhet[cell.sannolikhet - 1].label.toLocaleLowerCase(strings.locale),
    k: cell.konsekvens,
    kLabel: matrix.konsekvens[cell.konsekvens - 1].label.toLocaleLowerCase(strings.locale),
    riskWord: count === 1 ? strings.riskSingular : strings.riskPlural
  });
  const segments: CellNameSegment[] = [];
  // What is left of the template are {count} and {level}; split on them.
  filled.split(/(\{count\}|\{level\})/).forEach((part) => {
    if (part === '{count}') {
      segments.push({ text: String(count), shown: 'count' });
    } else if (part === '{level}') {
      segments.push({ text: cell.level ? levelLabel(cell.level, strings) : '', shown: 'level' });
    } else if (part !== '') {
      segments.push({ text: part });
    }
  });
  return segments;
}

/**
 * The accessible name of a cell, e.g. "Sannolikhet 4 (sannolik), konsekvens 4 (allvarlig):
 * 2 risker, nivå Hög": everything the colour says, in words.
 */
export function heatMapCellName(matrix: RiskMatrix, cell: HeatMapCell, strings: IUiStrings): string {
  return heatMapCellNameSegments(matrix, cell, strings)
    .map((segment) => segment.text)
    .join('');
}

/** A cell chosen in the heat map; the risk list shows only the risks rated there. */
export interface CellFilter {
  /** Sannolikhet step. */
  sannolikhet: number;
  /** Konsekvens step. */
  konsekvens: number;
}

/** The risks in the chosen cell, or all risks when no cell is chosen. */
export function filterRisksByCell<T extends Risk>(risks: T[], filter: CellFilter | undefined): T[] {
  if (!filter) {
    return risks;
  }
  return risks.filter((risk) => risk.sannolikhet === filter.sannolikhet && risk.konsekvens === filter.konsekvens);
}

/**
 * The colour mixed with white: `share` of the colour, the rest white. Empty heat-map cells use a
 * tint so the cells holding risks stand out; dark text stays readable on any tint of 40 % or less.
 */
export function tintColour(hex: string, share: number): string {
  const rgb = parseHexColour(hex);
  if (!rgb) {
    return '#ffffff';
  }
  const mix = (channel: number): string => {
    const value = Math.round(channel * share + 255 * (1 - share));
    return (value + 0x100).toString(16).slice(1);
  };
  return `#${mix(rgb.r)}${mix(rgb.g)}${mix(rgb.b)}`;
}
