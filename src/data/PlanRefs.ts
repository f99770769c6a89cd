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

/**
 * Names by key, each worked out when first asked for: a plan view names every risk,
 * kontrollmoment and åtgärd for messages, but a load needs none of them (turning 2 000
 * descriptions into plain text would be a tenth of a large plan's mapping).
 */
export class NameIndex {
  private readonly known = new Map<string, string>();
  private readonly pending = new Map<string, () => string>();

  /** The name of a key, if it has one. */
  public get(key: string): string | undefined {
    const compute = this.pending.get(key);
    if (compute !== undefined) {
      this.pending.delete(key);
      this.known.set(key, compute());
    }
    return this.known.get(key);
  }

  /** Sets the name of a key. */
  public set(key: string, name: string): this {
    this.pending.delete(key);
    this.known.set(key, name);
    return this;
  }

  /** Sets how the name of a key is worked out when it is first asked for. */
  public setLazy(key: string, compute: () => string): this {
    this.known.delete(key);
    this.pending.set(key, compute);
    return this;
  }

  /** True when the key has a name (worked out or not yet). */
  public has(key: string): boolean {
    return this.known.has(key) || this.pending.has(key);
  }

  /** Forgets the name of a key. */
  public delete(key: string): boolean {
    const had = this.has(key);
    this.known.delete(key);
    this.pending.delete(key);
    return had;
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
  names: NameIndex;
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
    names: new NameIndex()
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
