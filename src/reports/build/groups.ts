/**
 * Grouping and ordering of a table's rows: groups by riskvärde (highest first) or by område,
 * rows sorted by the shape's keys, and a risk's rows kept together when a cell spans them or a
 * commentary follows them.
 */
import { fillTemplate, formatSkattningHeading, riskLevelFor, RiskRating, riskValue, stepPhrase } from '../../model/riskMatrix';
import type { Risk } from '../../model/types';
import { fillReportTemplate } from '../shape/templates';
import type { ReportShapeGrouping, ReportShapeSort } from '../shape/types';
import type { PlanIndex, RowContext } from './planIndex';
import { fieldValue, ValueStyle } from './values';

/** One group of rows with its heading (no heading when the table is not grouped). */
export interface RowGroup {
  /** The heading, filled in. */
  heading?: string;
  /** The rows, in order. */
  rows: RowContext[];
}

/** The rating a risk is grouped by. */
function groupRating(index: PlanIndex, risk: Risk | undefined, grouping: ReportShapeGrouping, periodKey: string): RiskRating | undefined {
  if (risk === undefined) {
    return undefined;
  }
  if (grouping.vardering === 'period') {
    const followUp = index.followUp('risk', risk.key, periodKey);
    if (followUp !== undefined && followUp.riskvardering !== undefined) {
      return followUp.riskvardering;
    }
  }
  return risk.sannolikhet !== undefined && risk.konsekvens !== undefined ? { sannolikhet: risk.sannolikhet, konsekvens: risk.konsekvens } : undefined;
}

/** Heading of a riskvärde group, worded by the plan's matrix. */
function riskGroupHeading(index: PlanIndex, rating: RiskRating, grouping: ReportShapeGrouping, general: Readonly<Record<string, string>>): string {
  const matrix = index.data.plan.riskMatrix;
  if (grouping.rubrik === undefined) {
    return formatSkattningHeading(matrix, rating);
  }
  const sannolikhetStep = matrix.sannolikhet[rating.sannolikhet - 1];
  const konsekvensStep = matrix.konsekvens[rating.konsekvens - 1];
  const level = riskLevelFor(matrix, rating);
  return fillReportTemplate(grouping.rubrik, {
    ...general,
    varde: String(riskValue(rating)),
    sannolikhet: sannolikhetStep ? fillTemplate(matrix.templates.sannolikhet, { step: stepPhrase(sannolikhetStep) }) : String(rating.sannolikhet),
    konsekvens: konsekvensStep ? fillTemplate(matrix.templates.konsekvens, { step: stepPhrase(konsekvensStep) }) : String(rating.konsekvens),
    niva: level !== undefined ? level.label : ''
  });
}

/**
 * Splits rows into groups. By riskvärde: one group per value, highest first unless `ordning`
 * is "stigande", the heading worded from the group's first risk; unrated risks last. By
 * område: the plan's områden in their order; risks without område last. Empty groups are left out.
 */
export function groupRows(index: PlanIndex, rows: RowContext[], grouping: ReportShapeGrouping | undefined, periodKey: string, general: Readonly<Record<string, string>>): RowGroup[] {
  if (grouping === undefined || grouping.typ === 'ingen') {
    return rows.length === 0 ? [] : [{ rows }];
  }
  const ungrouped: RowContext[] = [];
  const groups: Array<{ sortKey: number; heading: string; rows: RowContext[] }> = [];
  const byKey = new Map<string, { sortKey: number; heading: string; rows: RowContext[] }>();
  for (const row of rows) {
    let key: string | undefined;
    let sortKey = 0;
    let heading = '';
    if (grouping.typ === 'riskvarde') {
      const rating = groupRating(index, row.risk, grouping, periodKey);
      if (rating !== undefined) {
        sortKey = riskValue(rating);
        key = String(sortKey);
        heading = byKey.has(key) ? '' : riskGroupHeading(index, rating, grouping, general);
      }
    } else {
      const omrade = row.risk !== undefined && row.risk.omradeKey !== undefined ? index.omraden.get(row.risk.omradeKey) : undefined;
      if (omrade !== undefined) {
        key = omrade.key;
        sortKey = omrade.ordning;
        heading = byKey.has(key) ? '' : grouping.rubrik !== undefined ? fillReportTemplate(grouping.rubrik, { ...general, omrade: omrade.namn }) : omrade.namn;
      }
    }
    if (key === undefined) {
      ungrouped.push(row);
      continue;
    }
    let group = byKey.get(key);
    if (group === undefined) {
      group = { sortKey, heading, rows: [] };
      byKey.set(key, group);
      groups.push(group);
    }
    group.rows.push(row);
  }
  const descending = grouping.ordning !== undefined ? grouping.ordning === 'fallande' : grouping.typ === 'riskvarde';
  groups.sort((a, b) => (descending ? b.sortKey - a.sortKey : a.sortKey - b.sortKey));
  const result: RowGroup[] = groups.map((group) => ({ heading: group.heading, rows: group.rows }));
  if (ungrouped.length > 0) {
    const fallback = grouping.typ === 'riskvarde' ? 'Ej skattade risker' : 'Övriga risker';
    result.push({ heading: grouping.rubrikUtanGrupp !== undefined ? fillReportTemplate(grouping.rubrikUtanGrupp, general) : fallback, rows: ungrouped });
  }
  return result;
}

/** Compares sort keys; missing keys last, numbers before text. */
function compareKeys(a: number | string | undefined, b: number | string | undefined): number {
  if (a === undefined || b === undefined) {
    return a === b ? 0 : a === undefined ? 1 : -1;
  }
  if (typeof a === 'number' && typeof b === 'number') {
    return a - b;
  }
  return String(a).localeCompare(String(b), 'sv-SE');
}

/**
 * Orders a group's rows: by the shape's sort keys, then by risk number and the plan's own
 * order (a stable default). With `keepRisksTogether`, each risk's rows follow its first row.
 */
export function sortRows(index: PlanIndex, rows: RowContext[], sort: readonly ReportShapeSort[], periodKey: string, style: ValueStyle, keepRisksTogether: boolean): RowContext[] {
  const keyed = rows.map((row) => ({
    row,
    keys: sort.map((key) => fieldValue(index, row, key.falt, periodKey, style).sortKey)
  }));
  keyed.sort((a, b) => {
    for (let i = 0; i < sort.length; i++) {
      const x = a.keys[i];
      const y = b.keys[i];
      // Rows without a value come last in either direction.
      if (x === undefined || y === undefined) {
        if (x !== y) {
          return x === undefined ? 1 : -1;
        }
        continue;
      }
      const order = compareKeys(x, y);
      if (order !== 0) {
        return sort[i].ordning === 'fallande' ? -order : order;
      }
    }
    return compareKeys(a.row.risk?.nr, b.row.risk?.nr) || a.row.order - b.row.order;
  });
  const sorted = keyed.map((item) => item.row);
  if (!keepRisksTogether) {
    return sorted;
  }
  const byRisk = new Map<string, RowContext[]>();
  const order: RowContext[][] = [];
  sorted.forEach((row, i) => {
    const key = row.risk !== undefined ? row.risk.key : `\u0000${i}`;
    let list = byRisk.get(key);
    if (list === undefined) {
      list = [];
      byRisk.set(key, list);
      order.push(list);
    }
    list.push(row);
  });
  return order.reduce<RowContext[]>((all, list) => all.concat(list), []);
}
