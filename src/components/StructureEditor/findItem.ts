/** The stored item of a kind with a key in a plan view (the fresh version after a reload, a kept draft's item). */
import type { PlanView } from '../../data/InternkontrollService';
import type { StoredItem, StructureKind } from './structureDraft';

/** The item, or undefined when the plan no longer has it. */
export function findItem(view: PlanView, kind: StructureKind, key: string): StoredItem | undefined {
  switch (kind) {
    case 'plan':
      return view.plan.key === key ? view.plan : undefined;
    case 'omrade':
      return view.plan.omraden.filter((o) => o.key === key)[0];
    case 'risk':
      return view.risker.filter((r) => r.key === key)[0];
    case 'kontrollmoment':
      return view.kontrollmoment.filter((k) => k.key === key)[0];
    case 'atgard':
      return view.atgarder.filter((a) => a.key === key)[0];
  }
}
