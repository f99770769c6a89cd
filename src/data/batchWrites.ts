/**
 * Several writes in one `$batch` (up to 100 per request). SharePoint does not make a batch
 * atomic: each part succeeds or fails on its own, so every write gets its own outcome and the
 * caller decides what to undo. Creates are idempotent as in `ListRepository.create`: after an
 * ambiguous failure the keys are looked up before anything is created again.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import { DataError, UnavailableError } from './errors';
import { httpStatusOf, isAmbiguousFailure, OperationContext, toDataError } from './httpErrors';
import type { CreateRetryOptions, ListRepository } from './ListRepository';
import type { ItemFields, ListItemJson } from './fields';

/** Most requests SharePoint takes in one batch. */
export const MAX_BATCH_REQUESTS = 100;

/** Creating an item (its fields carry IdempotencyKey). */
export interface CreateOp {
  /** Discriminator. */
  kind: 'create';
  /** The list. */
  repo: ListRepository;
  /** Field values, IdempotencyKey included. */
  fields: ItemFields;
  /** The plan, for looking the key up within it. */
  planId?: number;
  /** For messages. */
  context: OperationContext;
}

/** Updating an item read with `etag`. */
export interface UpdateOp {
  /** Discriminator. */
  kind: 'update';
  /** The list. */
  repo: ListRepository;
  /** Item id. */
  id: number;
  /** ETag read; "*" only for rows the user never saw (cascades). */
  etag: string;
  /** Field values to change. */
  fields: ItemFields;
  /** For messages. */
  context: OperationContext;
}

/** Deleting an item read with `etag`. */
export interface DeleteOp {
  /** Discriminator. */
  kind: 'delete';
  /** The list. */
  repo: ListRepository;
  /** Item id. */
  id: number;
  /** ETag read; "*" only for rows the user never saw (cascades, undoing our own creates). */
  etag: string;
  /** For messages. */
  context: OperationContext;
}

/** One write. */
export type WriteOp = CreateOp | UpdateOp | DeleteOp;

/** What became of one write. */
export type WriteOutcome =
  | {
      /** The write took effect. */
      ok: true;
      /** The created item as SharePoint returned it (creates). */
      item?: ListItemJson;
      /** The new ETag (updates). */
      etag?: string;
    }
  | {
      /** The write failed. */
      ok: false;
      /** Why, as a typed error. */
      error: DataError;
    };

/** A promise's outcome without throwing. */
type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Runs the calls in one batch of the SPFI and returns each call's outcome. When the batch
 * request itself fails every call fails with that error.
 */
export async function runBatch<T>(sp: SPFI, calls: Array<(batched: SPFI) => Promise<T>>): Promise<Settled<T>[]> {
  if (calls.length === 0) {
    return [];
  }
  const [batched, execute] = sp.batched({ maxRequests: MAX_BATCH_REQUESTS });
  const settled = calls.map((call) =>
    call(batched).then(
      (value): Settled<T> => ({ ok: true, value }),
      (error): Settled<T> => ({ ok: false, error })
    )
  );
  try {
    await execute();
  } catch (error) {
    return calls.map((): Settled<T> => ({ ok: false, error }));
  }
  return Promise.all(settled);
}

/**
 * True when SharePoint did not run a batch part because an earlier part failed: SharePoint
 * Online has been seen to answer every part after a failed one with 500
 * "Index was outside the bounds of the array." (PnPjs issues #486, #1275).
 */
export function isSkippedBatchPart(error: unknown): boolean {
  const status = httpStatusOf(error);
  const text = String((error as { message?: unknown } | undefined)?.message ?? '');
  return status === 500 && /System\.IndexOutOfRangeException/.test(text);
}

/**
 * Runs read-only calls in one batch like `runBatch`, and runs again, in a further batch, the
 * calls SharePoint skipped after a failed part (isSkippedBatchPart). Reads can be repeated
 * safely; each round gets at least one real answer, so it ends.
 */
export async function runReadBatch<T>(sp: SPFI, calls: Array<(batched: SPFI) => Promise<T>>): Promise<Settled<T>[]> {
  const results = await runBatch(sp, calls);
  const skipped = results.map((result, index) => (!result.ok && isSkippedBatchPart(result.error) ? index : -1)).filter((index) => index >= 0);
  if (skipped.length === 0 || skipped.length === calls.length) {
    return results;
  }
  const again = await runReadBatch(
    sp,
    skipped.map((index) => calls[index])
  );
  skipped.forEach((index, i) => {
    results[index] = again[i];
  });
  return results;
}

/** The request of one write, through a batched SPFI. */
function send(op: WriteOp, batched: SPFI): Promise<unknown> {
  const items = op.repo.items(batched);
  switch (op.kind) {
    case 'create':
      return items.add(op.fields);
    case 'update':
      return items.getById(op.id).update(op.fields, op.etag);
    default:
      return items.getById(op.id).delete(op.etag);
  }
}

/**
 * Executes the writes in batches of at most 100, in order. Ambiguous creates are looked up by
 * key and tried again up to `retry.attempts` times; a delete of an item that is already gone
 * counts as done. Never throws for a failed write: see each outcome.
 */
export async function executeWrites(sp: SPFI, ops: WriteOp[], retry: CreateRetryOptions): Promise<WriteOutcome[]> {
  const outcomes: Array<WriteOutcome | undefined> = ops.map(() => undefined);
  let pending: number[] = ops.map((op, index) => index);
  for (let attempt = 1; pending.length > 0; attempt++) {
    const ambiguous: number[] = [];
    for (let start = 0; start < pending.length; start += MAX_BATCH_REQUESTS) {
      const chunk = pending.slice(start, start + MAX_BATCH_REQUESTS);
      const results = await runBatch(
        sp,
        chunk.map((index) => (batched: SPFI) => send(ops[index], batched))
      );
      for (let i = 0; i < chunk.length; i++) {
        const index = chunk[i];
        const op = ops[index];
        const result = results[i];
        if (result.ok) {
          outcomes[index] =
            op.kind === 'create'
              ? { ok: true, item: result.value as ListItemJson }
              : op.kind === 'update'
                ? { ok: true, etag: ((result.value || {}) as { etag?: string }).etag ?? undefined }
                : { ok: true };
        } else if (op.kind === 'delete' && httpStatusOf(result.error) === 404) {
          outcomes[index] = { ok: true };
        } else if (op.kind === 'create' && isAmbiguousFailure(result.error) && attempt < retry.attempts) {
          ambiguous.push(index);
        } else {
          outcomes[index] = { ok: false, error: toDataError(result.error, op.context) };
        }
      }
    }
    pending = [];
    if (ambiguous.length > 0) {
      await retry.sleep(retry.delayMs * Math.pow(2, attempt - 1));
      pending = await resolveAmbiguousCreates(ops, ambiguous, outcomes);
    }
  }
  // Updates whose answer had no ETag header: read the ETag (only then costs requests).
  for (let index = 0; index < ops.length; index++) {
    const op = ops[index];
    const outcome = outcomes[index];
    if (op.kind === 'update' && outcome && outcome.ok && (outcome.etag === undefined || outcome.etag === '')) {
      try {
        outcomes[index] = { ok: true, etag: await op.repo.etagAfterUpdate(op.id, undefined, op.context) };
      } catch (error) {
        outcomes[index] = { ok: false, error: toDataError(error, op.context) };
      }
    }
  }
  return outcomes.map((outcome) => outcome ?? { ok: false, error: new UnavailableError() });
}

/**
 * Looks up the keys of creates that failed ambiguously: found ones are done (the write was
 * applied), the others are returned to be tried again.
 */
async function resolveAmbiguousCreates(ops: WriteOp[], indexes: number[], outcomes: Array<WriteOutcome | undefined>): Promise<number[]> {
  const retryAgain: number[] = [];
  const byList = new Map<ListRepository, number[]>();
  for (const index of indexes) {
    const repo = ops[index].repo;
    byList.set(repo, (byList.get(repo) ?? []).concat(index));
  }
  for (const [repo, listIndexes] of Array.from(byList.entries())) {
    const creates = listIndexes.map((index) => ops[index] as CreateOp);
    const keys = creates.map((op) => op.fields.IdempotencyKey as string);
    let found: Map<string, ListItemJson>;
    try {
      found = await repo.findByKeys(keys, creates[0].planId);
    } catch (error) {
      listIndexes.forEach((index) => {
        outcomes[index] = { ok: false, error: toDataError(error, { ...ops[index].context, action: 'read' }) };
      });
      continue;
    }
    listIndexes.forEach((index, i) => {
      const item = found.get(keys[i]);
      if (item) {
        outcomes[index] = { ok: true, item };
      } else {
        retryAgain.push(index);
      }
    });
  }
  return retryAgain;
}
