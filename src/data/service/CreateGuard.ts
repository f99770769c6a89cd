/**
 * What every write of the service shares: the guard for creates whose outcome is unknown (no
 * answer, 5xx) and the undo of the items a failed save created.
 *
 * A key whose create failed ambiguously may have been written anyway, so the next create of
 * that key looks it up first and becomes an update of what was written. A save that fails half
 * way removes what it created, newest first, so nothing is left half-saved.
 */
import type { SPFI } from '@pnp/sp';
import type { Entity } from '../../model/types';
import { executeWrites, WriteOp, WriteOutcome } from '../batchWrites';
import type { EntityRepository } from '../EntityRepository';
import { DataError, PartialSaveError } from '../errors';
import { readETag, readId } from '../fields';
import { isAmbiguousFailure, toDataError } from '../httpErrors';
import type { Editable, Stored } from '../InternkontrollService';
import type { CreateRetryOptions, ListRepository } from '../ListRepository';

/** A created item to undo if the rest of a save fails. */
export interface Created {
  /** The list. */
  repo: ListRepository;
  /** The item id. */
  id: number;
}

/** Item ids by list title of the writes that failed, for PartialSaveError. */
export function failedItemsByList(ops: WriteOp[], outcomes: WriteOutcome[]): Record<string, number[]> {
  const leftBehind: Record<string, number[]> = {};
  outcomes.forEach((outcome, i) => {
    if (!outcome.ok) {
      const op = ops[i] as { repo: ListRepository; id: number };
      leftBehind[op.repo.title] = (leftBehind[op.repo.title] ?? []).concat(op.id);
    }
  });
  return leftBehind;
}

/** The create guard and undo; one per service, shared by all its writes. */
export class CreateGuard {
  private readonly _sp: SPFI;
  private readonly _createRetry: CreateRetryOptions;
  /** Keys whose create failed ambiguously: looked up before they are created again. */
  private readonly _ambiguousKeys: Set<string> = new Set();

  /** Creates the guard that undoes through the given SPFI. */
  public constructor(sp: SPFI, createRetry: CreateRetryOptions) {
    this._sp = sp;
    this._createRetry = createRetry;
  }

  /** Remembers a key whose create in a batch failed ambiguously. */
  public rememberAmbiguous(key: string, error: unknown): void {
    if (isAmbiguousFailure(error)) {
      this._ambiguousKeys.add(key);
    }
  }

  /**
   * Runs a create; remembers the key when it fails ambiguously and forgets it once a create
   * of it succeeded. Updates pass through.
   */
  public async guard<R>(key: string, isCreate: boolean, write: () => Promise<R>): Promise<R> {
    try {
      const result = await write();
      if (isCreate) {
        this._ambiguousKeys.delete(key);
      }
      return result;
    } catch (error) {
      if (isCreate) {
        this.rememberAmbiguous(key, error);
      }
      throw error;
    }
  }

  /**
   * Turns a create of a key that failed ambiguously before into an update of the item that
   * was created then, if it exists; otherwise returns the entity unchanged.
   */
  public async resolveEarlierCreate<T extends Entity>(repo: ListRepository, entity: Editable<T>, planId: number): Promise<Editable<T>> {
    if (entity.id !== undefined || !this._ambiguousKeys.has(entity.key)) {
      return entity;
    }
    const found = (await repo.findByKeys([entity.key], planId)).get(entity.key);
    return found ? ({ ...entity, id: readId(found), etag: readETag(found) } as Stored<T>) : entity;
  }

  /**
   * The stored entities of a batch of creates. Records every created item in `created`, then
   * throws the first failure, so the caller can undo all of them.
   */
  public async collectCreates<T extends Entity>(
    items: T[],
    outcomes: WriteOutcome[],
    repo: EntityRepository<T>,
    created: Created[]
  ): Promise<Stored<T>[]> {
    const stored: Stored<T>[] = [];
    let failure: DataError | undefined;
    outcomes.forEach((outcome, i) => {
      if (outcome.ok && outcome.item) {
        created.push({ repo, id: readId(outcome.item) });
        stored.push(repo.storedFrom(items[i], outcome.item));
      } else if (!outcome.ok) {
        this.rememberAmbiguous(items[i].key, outcome.error);
        failure = failure ?? outcome.error;
      }
    });
    if (failure) {
      throw failure;
    }
    return stored;
  }

  /**
   * Removes what a failed save created (newest first) and returns the error to throw: the
   * original one, or PartialSaveError when something could not be removed.
   */
  public async undo(created: Created[], error: unknown): Promise<DataError> {
    const original = error instanceof DataError ? error : toDataError(error, { entity: 'plan', action: 'create' });
    if (created.length === 0) {
      return original;
    }
    const ops: WriteOp[] = created
      .slice()
      .reverse()
      .map((item) => ({
        kind: 'delete',
        repo: item.repo,
        id: item.id,
        etag: '*',
        context: { entity: item.repo.entity, action: 'delete' }
      }));
    const outcomes = await executeWrites(this._sp, ops, this._createRetry);
    const leftBehind = failedItemsByList(ops, outcomes);
    return Object.keys(leftBehind).length > 0 ? new PartialSaveError(leftBehind, original.status) : original;
  }
}
