/**
 * Follow-up periods are configuration: a plan carries its own list (tertial, delår, helår,
 * halvår, kvartal or anything an organisation defines). Dates are ISO "YYYY-MM-DD" strings, which
 * compare correctly as text.
 */

/** The kind of a period; "annan" for organisation-specific periods. */
export type PeriodKind = 'tertial' | 'delar' | 'helar' | 'halvar' | 'kvartal' | 'manad' | 'annan';

/** A follow-up period of a plan. */
export interface Period {
  /** Key unique within the plan, e.g. "T1", "DELAR"; follow-ups refer to it. */
  key: string;
  /** Display label, e.g. "Tertial 1", "Delår (jan–aug)". */
  label: string;
  /** First day, "YYYY-MM-DD". */
  start: string;
  /** Last day (inclusive), "YYYY-MM-DD". */
  end: string;
  /** Kind of period; tells reports which periods are comparable. */
  kind: PeriodKind;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when the text is a real calendar date written "YYYY-MM-DD". */
export function isIsoDate(text: string | undefined): text is string {
  if (text === undefined) {
    return false;
  }
  const match = ISO_DATE.exec(text);
  if (!match) {
    return false;
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Number of days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].indexOf(month) >= 0 ? 30 : 31;
}

/** Writes a date "YYYY-MM-DD" from its parts. */
export function isoDate(year: number, month: number, day: number): string {
  const pad = (n: number): string => (n < 10 ? '0' + n : String(n));
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Last day of a month as "YYYY-MM-DD". */
function monthEnd(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month));
}

/** T1 = jan–apr, T2 = maj–aug, T3 = sep–dec. */
export function buildTertialPeriods(year: number): Period[] {
  return [
    { key: 'T1', label: 'Tertial 1', start: isoDate(year, 1, 1), end: monthEnd(year, 4), kind: 'tertial' },
    { key: 'T2', label: 'Tertial 2', start: isoDate(year, 5, 1), end: monthEnd(year, 8), kind: 'tertial' },
    { key: 'T3', label: 'Tertial 3', start: isoDate(year, 9, 1), end: monthEnd(year, 12), kind: 'tertial' }
  ];
}

/** Halvår 1 = jan–jun, halvår 2 = jul–dec. */
export function buildHalvarPeriods(year: number): Period[] {
  return [
    { key: 'H1', label: 'Halvår 1', start: isoDate(year, 1, 1), end: monthEnd(year, 6), kind: 'halvar' },
    { key: 'H2', label: 'Halvår 2', start: isoDate(year, 7, 1), end: monthEnd(year, 12), kind: 'halvar' }
  ];
}

/** Kvartal 1–4. */
export function buildKvartalPeriods(year: number): Period[] {
  const periods: Period[] = [];
  for (let q = 1; q <= 4; q++) {
    periods.push({
      key: 'K' + q,
      label: 'Kvartal ' + q,
      start: isoDate(year, q * 3 - 2, 1),
      end: monthEnd(year, q * 3),
      kind: 'kvartal'
    });
  }
  return periods;
}

/**
 * Delår (from 1 January to the delårsbokslut, by default 31 August) and helår. The delår's last
 * month is configurable because some organisations close the delår per 30 June.
 */
export function buildDelarHelarPeriods(year: number, delarEndMonth: number = 8): Period[] {
  return [
    {
      key: 'DELAR',
      label: 'Delår',
      start: isoDate(year, 1, 1),
      end: monthEnd(year, delarEndMonth),
      kind: 'delar'
    },
    { key: 'HELAR', label: 'Helår', start: isoDate(year, 1, 1), end: monthEnd(year, 12), kind: 'helar' }
  ];
}

/** The usual set for a plan: T1–T3, delår and helår. */
export function buildStandardPeriods(year: number): Period[] {
  return [...buildTertialPeriods(year), ...buildDelarHelarPeriods(year)];
}

/** Number of days a period covers, for ordering (dates compare as text, lengths need arithmetic). */
function periodLengthDays(period: Period): number {
  const start = Date.UTC(Number(period.start.slice(0, 4)), Number(period.start.slice(5, 7)) - 1, Number(period.start.slice(8, 10)));
  const end = Date.UTC(Number(period.end.slice(0, 4)), Number(period.end.slice(5, 7)) - 1, Number(period.end.slice(8, 10)));
  return Math.round((end - start) / 86400000) + 1;
}

/** Periods containing the date (start ≤ date ≤ end), shortest first. */
export function findPeriodsContaining(periods: Period[], date: string, kind?: PeriodKind): Period[] {
  return periods
    .filter((period) => (kind === undefined || period.kind === kind) && period.start <= date && date <= period.end)
    .sort((a, b) => periodLengthDays(a) - periodLengthDays(b));
}

/**
 * The period containing the date; the shortest when several do (a date in May is in T2 rather
 * than in the delår). Give a kind to choose among one kind only. Undefined when none does.
 */
export function findPeriodContaining(periods: Period[], date: string, kind?: PeriodKind): Period | undefined {
  return findPeriodsContaining(periods, date, kind)[0];
}

/** The period with the key, or undefined. */
export function findPeriod(periods: Period[], key: string): Period | undefined {
  return periods.filter((period) => period.key === key)[0];
}
