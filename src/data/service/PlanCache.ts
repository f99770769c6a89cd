/**
 * The plans the service has loaded: each plan's view, its key ⇄ id references and the
 * organisation settings it is validated with. Saves validate against the cached plan and
 * resolve parent keys from it without reading again; the ETag sent is always the one on the
 * object the caller passes in, never one from the cache.
 */
import type { SPFI } from '@pnp/sp';
import type { Entity } from '../../model/types';
import type { PlanView, StoredSettings } from '../InternkontrollService';
import { LoadedPlan, loadPlanView, PlanViewRepositories } from '../PlanViewLoader';

/** Replaces the entity with the same key, or appends it; the entity is always last. */
export function withLast<T extends Entity>(items: T[], entity: T): T[] {
  return items.filter((item) => item.key !== entity.key).concat([entity]);
}

/** Replaces the stored entity with the same key in place, or appends it. */
export function upsert<T extends Entity>(items: T[], entity: T): T[] {
  const index = items.map((item) => item.key).indexOf(entity.key);
  if (index < 0) {
    return items.concat([entity]);
  }
  const copy = items.slice();
  copy[index] = entity;
  return copy;
}

/** A copy of the view whose arrays the caller may change without touching the cache's. */
export function copyView(view: PlanView): PlanView {
  return {
    plan: { ...view.plan, omraden: view.plan.omraden.slice() },
    risker: view.risker.slice(),
    kontrollmoment: view.kontrollmoment.slice(),
    atgarder: view.atgarder.slice(),
    uppfoljningar: view.uppfoljningar.slice(),
    avvikelser: view.avvikelser.slice()
  };
}

/** Removes deleted rows (by key) from a loaded plan's view and references. */
export function forgetRows(loaded: LoadedPlan, keys: string[]): void {
  const keep = <T extends Entity>(items: T[]): T[] => items.filter((item) => keys.indexOf(item.key) < 0);
  const view = loaded.view;
  view.plan = { ...view.plan, omraden: keep(view.plan.omraden) };
  view.risker = keep(view.risker);
  view.kontrollmoment = keep(view.kontrollmoment);
  view.atgarder = keep(view.atgarder);
  view.uppfoljningar = keep(view.uppfoljningar);
  view.avvikelser = keep(view.avvikelser);
  const refs = loaded.refs;
  keys.forEach((key) => {
    refs.omraden.deleteKey(key);
    refs.risker.deleteKey(key);
    refs.kontrollmoment.deleteKey(key);
    refs.atgarder.deleteKey(key);
    refs.uppfoljningar.deleteKey(key);
    refs.names.delete(key);
  });
}

/** The loaded plans by plan id. */
export class PlanCache {
  private readonly _sp: SPFI;
  private readonly _repos: PlanViewRepositories;
  private readonly _plans: Map<number, LoadedPlan> = new Map();

  /** Creates an empty cache that loads through the given SPFI and repositories. */
  public constructor(sp: SPFI, repos: PlanViewRepositories) {
    this._sp = sp;
    this._repos = repos;
  }

  /** Loads the plan afresh and keeps it. */
  public async load(planId: number): Promise<LoadedPlan> {
    const loaded = await loadPlanView(this._sp, this._repos, planId);
    this._plans.set(planId, loaded);
    return loaded;
  }

  /** The loaded plan, loading it when it is not kept yet. */
  public async get(planId: number): Promise<LoadedPlan> {
    const cached = this._plans.get(planId);
    return cached ?? this.load(planId);
  }

  /** Keeps a plan the service built itself (a new or imported plan). */
  public set(planId: number, loaded: LoadedPlan): void {
    this._plans.set(planId, loaded);
  }

  /** Forgets the plan: the next use reads it again (after ETags changed behind the cache). */
  public forget(planId: number): void {
    this._plans.delete(planId);
  }

  /** Gives every kept plan the newly saved organisation settings. */
  public updateSettings(settings: StoredSettings): void {
    this._plans.forEach((loaded) => {
      loaded.settings = settings;
    });
  }
}
