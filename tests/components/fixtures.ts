/** Test data for the view helpers: model data dressed as stored items (ids and ETags). */
import type { PlanView, Stored } from '../../src/data/InternkontrollService';
import type { Entity, PlanData } from '../../src/model';

/** Gives every entity an id and an ETag, as a loaded plan view has them. */
export function asPlanView(data: PlanData): PlanView {
  let next = 1;
  const store = <T extends Entity>(entity: T): Stored<T> => ({ ...entity, id: next++, etag: '"1"' });
  return {
    plan: { ...store(data.plan), omraden: data.plan.omraden.map(store) },
    risker: data.risker.map(store),
    kontrollmoment: data.kontrollmoment.map(store),
    atgarder: data.atgarder.map(store),
    uppfoljningar: data.uppfoljningar.map(store),
    avvikelser: data.avvikelser.map(store)
  };
}

/** Keys "n1", "n2", … so tests can name the keys a form makes. */
export function counterKeys(prefix: string = 'n'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}
