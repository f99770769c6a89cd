/** The risk list's view-model: risks grouped under their område headings. */
import type { Omrade, Risk } from '../../model';
import { byOrdning } from './structureOrder';

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
 * Groups risks by område in the plan's område order, each group's risks in their order (moved
 * ones by `ordning`, else by nr); risks without a known område come last. Områden without risks
 * are left out unless `includeEmpty` (the plan's editors need them, to add the first risk).
 */
export function groupRisksByOmrade<T extends Risk>(omraden: Omrade[], risks: T[], includeEmpty: boolean = false): RiskGroup<T>[] {
  const sortedOmraden = omraden.slice().sort((a, b) => a.ordning - b.ordning);
  const known: Record<string, boolean> = {};
  sortedOmraden.forEach((o) => {
    known[o.key] = true;
  });
  const groups: RiskGroup<T>[] = [];
  for (const omrade of sortedOmraden) {
    const inGroup = byOrdning(risks.filter((risk) => risk.omradeKey === omrade.key));
    if (inGroup.length > 0 || includeEmpty) {
      groups.push({ key: omrade.key, omrade, risks: inGroup });
    }
  }
  const rest = byOrdning(risks.filter((risk) => risk.omradeKey === undefined || !known[risk.omradeKey]));
  if (rest.length > 0) {
    groups.push({ key: '', risks: rest });
  }
  return groups;
}
