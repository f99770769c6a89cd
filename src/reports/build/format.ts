/**
 * How single values show in a report: Swedish dates, statuses with or without symbols, and
 * risk levels with their colours, all as the shape asks.
 */
import type { FollowUpStatus } from '../../model/choices';
import { isIsoDate } from '../../model/periods';
import { fillTemplate, RiskMatrix, RiskRating, riskLevelFor, riskValue } from '../../model/riskMatrix';
import type { ReportShading } from '../model/types';
import type { DateFormat, LevelDisplay, StatusDisplay, StatusSymbols } from '../shape/types';

/** Swedish month names, lower case as Swedish writes them. */
export const SWEDISH_MONTHS: readonly string[] = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december'
];

/** The month name of an ISO date ("2024-08-31" → "augusti"); "" when it is not a date. */
export function swedishMonth(iso: string): string {
  return isIsoDate(iso) ? SWEDISH_MONTHS[Number(iso.slice(5, 7)) - 1] : '';
}

/**
 * A date as the shape writes dates: "2024-09-10" (iso) or "10 september 2024" (lang). Text that
 * is not an ISO date is shown as it is, so a report never hides what it was given.
 */
export function formatSwedishDate(iso: string, format: DateFormat): string {
  if (format === 'iso' || !isIsoDate(iso)) {
    return iso;
  }
  return `${Number(iso.slice(8, 10))} ${swedishMonth(iso)} ${iso.slice(0, 4)}`;
}

/** Default status symbols; seed 004 shows "✔ Genomförd" and "▶ Pågående". */
export const DEFAULT_STATUS_SYMBOLS: Readonly<Record<FollowUpStatus, string>> = {
  'Ej påbörjad': '○',
  Pågående: '▶',
  Genomförd: '✔',
  'Ej aktuellt': '–'
};

/** A status as the shape shows statuses: "Genomförd", "✔ Genomförd" or "✔". */
export function formatStatus(status: FollowUpStatus, display: StatusDisplay, symbols: StatusSymbols | undefined): string {
  const own = symbols !== undefined ? symbols[status] : undefined;
  const symbol = own !== undefined && own !== '' ? own : DEFAULT_STATUS_SYMBOLS[status] ?? '';
  switch (display) {
    case 'symbol':
      return symbol !== '' ? symbol : status;
    case 'symbol-och-ord':
      return symbol !== '' ? `${symbol} ${status}` : status;
    default:
      return status;
  }
}

/** A rating's level as text and shading. */
export interface FormattedLevel {
  /** "Hög (12)", "Hög" or "12". */
  text: string;
  /** The level's colours; undefined when the rating has no level in the matrix. */
  shading?: ReportShading;
  /** The riskvärde, for sorting. */
  value: number;
}

/**
 * A rating as the shape shows levels. "ord-och-varde" uses the matrix's own level template
 * (seed 003's "Hög (12)"). A rating outside the matrix shows its value alone, unshaded.
 */
export function formatLevel(matrix: RiskMatrix, rating: RiskRating, display: LevelDisplay): FormattedLevel {
  const value = riskValue(rating);
  const level = riskLevelFor(matrix, rating);
  if (level === undefined) {
    return { text: String(value), value };
  }
  const shading: ReportShading = { fill: level.colour, textColour: level.textColour };
  switch (display) {
    case 'ord':
      return { text: level.label, shading, value };
    case 'varde':
      return { text: String(value), shading, value };
    default:
      return { text: fillTemplate(matrix.templates.level, { level: level.label, value: String(value) }), shading, value };
  }
}
