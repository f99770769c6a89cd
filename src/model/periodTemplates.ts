/**
 * The organisation's default follow-up periods, kept for any year: each template names its
 * first and last day as month and day ("05-01" … "08-31"), and a plan for a year gets real
 * periods from them (`periodsForYear`). A last day of "02-29" becomes 28 February in a year
 * that is not a leap year.
 */
import { daysInMonth, isoDate, Period, PeriodKind } from './periods';

/** A period of the organisation's default set, without a year. */
export interface PeriodTemplate {
  /** Key unique within the set, e.g. "T1", "DELAR". */
  key: string;
  /** Display label, e.g. "Tertial 1". */
  label: string;
  /** First day as "MM-DD", e.g. "05-01". */
  start: string;
  /** Last day (inclusive) as "MM-DD", e.g. "08-31". */
  end: string;
  /** Kind of period. */
  kind: PeriodKind;
}

/** The named sets an organisation can start from. */
export type PeriodPreset = 'tertial' | 'tertial-delar-helar' | 'delar-helar' | 'halvar' | 'kvartal';

const MONTH_DAY = /^(\d{2})-(\d{2})$/;

/** True when the text is "MM-DD" of a day that exists in some year (29 February included). */
export function isMonthDay(text: string | undefined): text is string {
  const match = text === undefined ? null : MONTH_DAY.exec(text);
  if (!match) {
    return false;
  }
  const month = Number(match[1]);
  const day = Number(match[2]);
  // 2000 is a leap year, so 02-29 counts as a day that exists.
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2000, month);
}

/** The date of "MM-DD" in the year; 29 February falls back to the 28th outside leap years. */
export function monthDayInYear(monthDay: string, year: number): string {
  const month = Number(monthDay.slice(0, 2));
  const day = Math.min(Number(monthDay.slice(3, 5)), daysInMonth(year, month));
  return isoDate(year, month, day);
}

/** The plan periods of a year from templates (invalid month-days are passed on for validation to report). */
export function periodsForYear(templates: readonly PeriodTemplate[], year: number): Period[] {
  return templates.map((template) => ({
    key: template.key,
    label: template.label,
    start: isMonthDay(template.start) ? monthDayInYear(template.start, year) : template.start,
    end: isMonthDay(template.end) ? monthDayInYear(template.end, year) : template.end,
    kind: template.kind
  }));
}

/** Templates from a plan's periods: the year is dropped. */
export function templatesFromPeriods(periods: readonly Period[]): PeriodTemplate[] {
  return periods.map((period) => ({
    key: period.key,
    label: period.label,
    start: period.start.slice(5),
    end: period.end.slice(5),
    kind: period.kind
  }));
}

function template(key: string, label: string, start: string, end: string, kind: PeriodKind): PeriodTemplate {
  return { key, label, start, end, kind };
}

const TERTIAL: PeriodTemplate[] = [
  template('T1', 'Tertial 1', '01-01', '04-30', 'tertial'),
  template('T2', 'Tertial 2', '05-01', '08-31', 'tertial'),
  template('T3', 'Tertial 3', '09-01', '12-31', 'tertial')
];

const DELAR_HELAR: PeriodTemplate[] = [template('DELAR', 'Delår', '01-01', '08-31', 'delar'), template('HELAR', 'Helår', '01-01', '12-31', 'helar')];

/** The templates of a named set; the same periods as the model's `build…Periods` give. */
export function presetTemplates(preset: PeriodPreset): PeriodTemplate[] {
  switch (preset) {
    case 'tertial':
      return TERTIAL.map((t) => ({ ...t }));
    case 'delar-helar':
      return DELAR_HELAR.map((t) => ({ ...t }));
    case 'halvar':
      return [template('H1', 'Halvår 1', '01-01', '06-30', 'halvar'), template('H2', 'Halvår 2', '07-01', '12-31', 'halvar')];
    case 'kvartal':
      return [
        template('K1', 'Kvartal 1', '01-01', '03-31', 'kvartal'),
        template('K2', 'Kvartal 2', '04-01', '06-30', 'kvartal'),
        template('K3', 'Kvartal 3', '07-01', '09-30', 'kvartal'),
        template('K4', 'Kvartal 4', '10-01', '12-31', 'kvartal')
      ];
    default:
      return [...TERTIAL, ...DELAR_HELAR].map((t) => ({ ...t }));
  }
}
