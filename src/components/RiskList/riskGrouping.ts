/** The risk list's view-model: risks grouped under their område headings. */
import type { Omrade, Risk } from '../../model';

/** Risks under one område heading. */
export interface RiskGroup<T extends Risk = Risk> {
  /** Stable key for React: the område's key, or "" for risks without område. */
  key: string;
  /** The område; undefined for the group of risks without one. */
  omrade?: Omrade;
  /** The risks, by nr. */
  risks: T[];
}

/**
 * Groups risks by område in the plan's område order; risks without a known område come last.
 * Områden without risks are left out.
 */
export function groupRisksByOmrade<T extends Risk>(omraden: Omrade[], risks: T[]): RiskGroup<T>[] {
  const sortedOmraden = omraden.slice().sort((a, b) => a.ordning - b.ordning);
  const known: Record<string, boolean> = {};
  sortedOmraden.forEach((o) => {
    known[o.key] = true;
  });
  const byNr = (a: T, b: T): number => a.nr - b.nr;
  const groups: RiskGroup<T>[] = [];
  for (const omrade of sortedOmraden) {
    const inGroup = risks.filter((risk) => risk.omradeKey === omrade.key).sort(byNr);
    if (inGroup.length > 0) {
      groups.push({ key: omrade.key, omrade, risks: inGroup });
    }
  }
  const rest = risks.filter((risk) => risk.omradeKey === undefined || !known[risk.omradeKey]).sort(byNr);
  if (rest.length > 0) {
    groups.push({ key: '', risks: rest });
  }
  return groups;
}
