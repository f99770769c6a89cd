/**
 * "Kopiera till nästa år": a new utkast plan from last year's. What comes along: the områden,
 * the risks with their latest rating (the re-rating of the last period that has one, else the
 * year's original), every kontrollmoment and the open åtgärder (not Genomförd or Ej aktuellt).
 * What stays behind: follow-ups, avvikelser and the closed åtgärder. Every new item gets a new
 * key and keeps its origin's key in `ursprungsnyckel`, so one item can be followed from year to
 * year; every date moves by the difference in years (29 February becomes the 28th).
 */
import type { FollowUpStatus } from './choices';
import { YEAR_RANGE } from './limits';
import { daysInMonth, isIsoDate, isoDate, Period } from './periods';
import type { RiskRating } from './riskMatrix';
import type { Atgard, Entity, Kontrollmoment, Omrade, Plan, PlanData, Risk, ValidationIssue } from './types';

/** Åtgärd statuses that close an åtgärd: it is not carried to next year. */
export const CLOSED_ATGARD_STATUSES: readonly FollowUpStatus[] = ['Genomförd', 'Ej aktuellt'];

/** How to copy. */
export interface PlanCopyOptions {
  /** The new plan's year. */
  year: number;
  /** Makes each new item's key (a GUID in the app). */
  newKey: () => string;
  /** The new plan's diarienummer, when known already. */
  diarienummer?: string;
}

/** What a copy carries and leaves behind, for the summary shown before copying. */
export interface PlanCopySummary {
  /** Year of the plan copied from. */
  fromYear: number;
  /** Year of the new plan. */
  toYear: number;
  /** Områden carried. */
  omraden: number;
  /** Risks carried. */
  risker: number;
  /** Of those, risks whose rating is a period's re-rating rather than the year's original. */
  reRated: number;
  /** Kontrollmoment carried. */
  kontrollmoment: number;
  /** Open åtgärder carried. */
  atgarder: number;
  /** Closed åtgärder left behind. */
  closedAtgarder: number;
  /** Follow-ups left behind. */
  uppfoljningar: number;
  /** Avvikelser left behind. */
  avvikelser: number;
}

/** The copy: the new plan's data (nothing stored yet) and its summary. */
export interface PlanCopy {
  /** The new plan with its rows, validated as any import is. */
  data: PlanData;
  /** What came along and what stayed. */
  summary: PlanCopySummary;
}

/** An ISO date moved by whole years; 29 February becomes 28 February in a common year. */
export function shiftIsoDate(date: string, years: number): string {
  if (!isIsoDate(date)) {
    return date;
  }
  const year = Number(date.slice(0, 4)) + years;
  const month = Number(date.slice(5, 7));
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return isoDate(year, month, day);
}

function shiftOptional(date: string | undefined, years: number): string | undefined {
  return date === undefined ? undefined : shiftIsoDate(date, years);
}

/**
 * The year a copy may be made for: a whole year in the model's range, later than the plan's
 * own. Issues use the path `kopia.ar`.
 */
export function validateCopyYear(sourceYear: number, year: unknown): ValidationIssue[] {
  const label = 'År för den nya planen';
  if (year === undefined || year === '' || (typeof year === 'number' && isNaN(year))) {
    return [{ field: 'kopia.ar', fieldLabel: label, code: 'required', message: 'År för den nya planen måste fyllas i.', messageEn: 'The new plan’s year is required.' }];
  }
  if (typeof year !== 'number' || !Number.isInteger(year) || year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
    return [
      {
        field: 'kopia.ar',
        fieldLabel: label,
        code: 'year-out-of-range',
        message: `År för den nya planen (${String(year)}) måste vara ett helt år mellan ${YEAR_RANGE.min} och ${YEAR_RANGE.max}.`,
        messageEn: `The new plan’s year (${String(year)}) must be a whole year between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}.`
      }
    ];
  }
  if (year <= sourceYear) {
    return [
      {
        field: 'kopia.ar',
        fieldLabel: label,
        code: 'copy-year',
        message: `År för den nya planen (${year}) måste vara senare än planens år (${sourceYear}).`,
        messageEn: `The new plan’s year (${year}) must be later than the plan’s year (${sourceYear}).`
      }
    ];
  }
  return [];
}

/** Periods ordered by last day, then first day: the last is the latest. */
function byEndThenStart(a: Period, b: Period): number {
  return a.end < b.end ? -1 : a.end > b.end ? 1 : a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}

/**
 * A risk's latest rating: the re-rating of the last period (latest last day; of two ending
 * together, the one starting later, e.g. Tertial 3 before Helår) that re-rated it, else its
 * original rating; undefined when it has neither.
 */
export function latestRating(data: PlanData, risk: Risk): { rating: RiskRating; periodKey?: string } | undefined {
  const order = data.plan.perioder.slice().sort(byEndThenStart);
  for (let i = order.length - 1; i >= 0; i--) {
    const followUp = data.uppfoljningar.filter(
      (f) => f.targetType === 'risk' && f.targetKey === risk.key && f.periodKey === order[i].key && f.riskvardering !== undefined
    )[0];
    if (followUp && followUp.riskvardering) {
      return { rating: { sannolikhet: followUp.riskvardering.sannolikhet, konsekvens: followUp.riskvardering.konsekvens }, periodKey: order[i].key };
    }
  }
  if (risk.sannolikhet !== undefined && risk.konsekvens !== undefined) {
    return { rating: { sannolikhet: risk.sannolikhet, konsekvens: risk.konsekvens } };
  }
  return undefined;
}

/** An entity as new: no stored id or ETag, a new key, the old key as its origin. */
function fresh<T extends Entity>(item: T, key: string): T & { ursprungsnyckel: string } {
  const copy = { ...item, key, ursprungsnyckel: item.key } as T & { ursprungsnyckel: string; etag?: string };
  delete copy.id;
  delete copy.etag;
  return copy;
}

/** Copies the plan to `options.year`; see the module comment for what comes along. */
export function copyPlanToYear(source: PlanData, options: PlanCopyOptions): PlanCopy {
  const years = options.year - source.plan.ar;
  const keys = new Map<string, string>();
  const keyFor = (oldKey: string): string => {
    let key = keys.get(oldKey);
    if (key === undefined) {
      key = options.newKey();
      keys.set(oldKey, key);
    }
    return key;
  };

  const omraden: Omrade[] = source.plan.omraden.map((omrade) => fresh(omrade, keyFor(omrade.key)));
  const plan: Plan = {
    ...fresh({ ...source.plan, omraden: [] }, keyFor(source.plan.key)),
    ar: options.year,
    status: 'Utkast',
    diarienummer: options.diarienummer !== undefined && options.diarienummer.trim() !== '' ? options.diarienummer.trim() : undefined,
    beslutsdatum: undefined,
    riskMatrix: JSON.parse(JSON.stringify(source.plan.riskMatrix)),
    perioder: source.plan.perioder.map((period) => ({ ...period, start: shiftIsoDate(period.start, years), end: shiftIsoDate(period.end, years) })),
    omraden
  };
  if (plan.diarienummer === undefined) {
    delete plan.diarienummer;
  }
  delete plan.beslutsdatum;

  let reRated = 0;
  const risker: Risk[] = source.risker.map((risk) => {
    const copy = fresh(risk, keyFor(risk.key));
    if (risk.omradeKey !== undefined) {
      copy.omradeKey = keyFor(risk.omradeKey);
    }
    const latest = latestRating(source, risk);
    delete copy.sannolikhet;
    delete copy.konsekvens;
    if (latest) {
      copy.sannolikhet = latest.rating.sannolikhet;
      copy.konsekvens = latest.rating.konsekvens;
      if (latest.periodKey !== undefined) {
        reRated++;
      }
    }
    return copy;
  });

  const kontrollmoment: Kontrollmoment[] = source.kontrollmoment.map((km) => {
    const copy = fresh(km, keyFor(km.key));
    copy.riskKey = keyFor(km.riskKey);
    copy.startdatum = shiftOptional(km.startdatum, years);
    copy.slutdatum = shiftOptional(km.slutdatum, years);
    copy.avstamningsdatum = km.avstamningsdatum ? km.avstamningsdatum.map((d) => shiftIsoDate(d, years)) : undefined;
    (['startdatum', 'slutdatum', 'avstamningsdatum'] as const).forEach((name) => {
      if (copy[name] === undefined) {
        delete copy[name];
      }
    });
    return copy;
  });

  const open = source.atgarder.filter((atgard) => CLOSED_ATGARD_STATUSES.indexOf(atgard.status) < 0);
  const atgarder: Atgard[] = open.map((atgard) => {
    const copy = fresh(atgard, keyFor(atgard.key));
    copy.riskKey = keyFor(atgard.riskKey);
    copy.startdatum = shiftOptional(atgard.startdatum, years);
    copy.slutdatum = shiftOptional(atgard.slutdatum, years);
    copy.avstamningsdatum = atgard.avstamningsdatum.map((d) => shiftIsoDate(d, years));
    (['startdatum', 'slutdatum'] as const).forEach((name) => {
      if (copy[name] === undefined) {
        delete copy[name];
      }
    });
    return copy;
  });

  return {
    data: { plan, risker, kontrollmoment, atgarder, uppfoljningar: [], avvikelser: [] },
    summary: {
      fromYear: source.plan.ar,
      toYear: options.year,
      omraden: omraden.length,
      risker: risker.length,
      reRated,
      kontrollmoment: kontrollmoment.length,
      atgarder: atgarder.length,
      closedAtgarder: source.atgarder.length - open.length,
      uppfoljningar: source.uppfoljningar.length,
      avvikelser: source.avvikelser.length
    }
  };
}
