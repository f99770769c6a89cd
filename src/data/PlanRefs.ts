/**
 * References between a plan's rows: the model links children to parents by key, SharePoint by
 * lookup id. A `PlanRefs` holds both directions for one plan; it is filled while a plan view
 * loads (parents before children) and kept up to date by the saves.
 */

/** Both directions between model keys and item ids for one kind of entity. */
export class KeyIndex {
  private readonly _idByKey: Map<string, number> = new Map();
  private readonly _keyById: Map<number, string> = new Map();

  /** Records that the entity with the key is stored as the item with the id. */
  public set(key: string, id: number): void {
    const oldId = this._idByKey.get(key);
    if (oldId !== undefined) {
      this._keyById.delete(oldId);
    }
    this._idByKey.set(key, id);
    this._keyById.set(id, key);
  }

  /** Forgets the entity (after a delete). */
  public deleteKey(key: string): void {
    const id = this._idByKey.get(key);
    if (id !== undefined) {
      this._keyById.delete(id);
    }
    this._idByKey.delete(key);
  }

  /** The item id of a key, or undefined when the entity is not stored. */
  public idOf(key: string | undefined): number | undefined {
    return key === undefined ? undefined : this._idByKey.get(key);
  }

  /** The key of an item id, or undefined when the item is not known. */
  public keyOf(id: number | undefined): string | undefined {
    return id === undefined ? undefined : this._keyById.get(id);
  }
}

/** The key ⇄ id indexes of one plan. */
export interface PlanRefs {
  /** The plan's item id. */
  planId: number;
  /** Områden. */
  omraden: KeyIndex;
  /** Risks. */
  risker: KeyIndex;
  /** Kontrollmoment. */
  kontrollmoment: KeyIndex;
  /** Åtgärder. */
  atgarder: KeyIndex;
  /** Follow-ups. */
  uppfoljningar: KeyIndex;
  /** Names of risks, kontrollmoment and åtgärder by key, for follow-up titles and messages. */
  names: Map<string, string>;
}

/** Empty indexes for a plan. */
export function createPlanRefs(planId: number): PlanRefs {
  return {
    planId,
    omraden: new KeyIndex(),
    risker: new KeyIndex(),
    kontrollmoment: new KeyIndex(),
    atgarder: new KeyIndex(),
    uppfoljningar: new KeyIndex(),
    names: new Map<string, string>()
  };
}

/** Thrown by a mapper when a parent it must point at is not stored yet; a programming error. */
export class UnresolvedReferenceError extends Error {
  /** Creates the error naming what was not found. */
  public constructor(what: string, key: string) {
    super(`${what} with key "${key}" is not stored in this plan`);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'UnresolvedReferenceError';
  }
}

/** Key of a parent for a lookup id; a parent missing from the plan keeps a visible placeholder. */
export function keyForLookup(index: KeyIndex, id: number | undefined): string | undefined {
  if (id === undefined) {
    return undefined;
  }
  return index.keyOf(id) ?? `saknas-${id}`;
}

/** The lookup id for a parent key; throws when the parent is not stored. */
export function requireId(index: KeyIndex, key: string, what: string): number {
  const id = index.idOf(key);
  if (id === undefined) {
    throw new UnresolvedReferenceError(what, key);
  }
  return id;
}
