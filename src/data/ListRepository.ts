/**
 * The thin layer that touches PnPjs: reads a plan's rows of one list, finds items by
 * IdempotencyKey, and creates, updates and deletes items with the ETag they were read with.
 * Everything above it (mapping, validation, the plan view) is plain data.
 */
import type { SPFI } from '@pnp/sp';
import { SPQueryable } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { IItems } from '@pnp/sp/items';
import { JSONParse } from '@pnp/queryable';
import type { EntityKind } from './errors';
import { isAmbiguousFailure, OperationContext, toDataError } from './httpErrors';
import { ItemFields, ListItemJson, readETag } from './fields';
import type { ListTitle } from './schema/listNames';

/**
 * Largest page SharePoint returns for one query. A plan with more rows than this in one list
 * costs one more round trip per 5 000 rows (the loader follows `odata.nextLink`).
 */
export const PAGE_SIZE = 5000;

/** One page of list items and the link to the next page, if SharePoint has more rows. */
export interface ListPage {
  /** The rows. */
  rows: ListItemJson[];
  /** Absolute URL of the next page; undefined when this was the last. */
  nextLink?: string;
}

/** Reads a page from the JSON of an item query, in any of SharePoint's OData formats. */
export function readPage(json: unknown): ListPage {
  const body = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  const verbose = body.d && typeof body.d === 'object' ? (body.d as Record<string, unknown>) : undefined;
  const rows = (verbose ? verbose.results : body.value) as unknown;
  const next = verbose ? verbose.__next : body['odata.nextLink'] ?? body['@odata.nextLink'];
  return {
    rows: Array.isArray(rows) ? (rows as ListItemJson[]) : [],
    nextLink: typeof next === 'string' && next !== '' ? next : undefined
  };
}

/**
 * True when SharePoint refused a query for the list view threshold: a filter on an indexed
 * column that still matches more than 5 000 rows (SPQueryThrottledException).
 */
export function isListViewThresholdError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) {
    return false;
  }
  const text = String((error as { message?: unknown }).message ?? '');
  return /SPQueryThrottledException|list view threshold|-2147024860/i.test(text);
}

/** Quotes a text for an OData filter: 'it''s'. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** How creates are retried after an ambiguous failure. */
export interface CreateRetryOptions {
  /** Attempts in all (default 3). */
  attempts: number;
  /** Wait before looking the key up, in ms (default 500; doubled each attempt). */
  delayMs: number;
  /** Waits; tests pass a recorder. */
  sleep: (ms: number) => Promise<void>;
}

/** Default create retry: three attempts, 0.5 s then 1 s between them. */
export const DEFAULT_CREATE_RETRY: CreateRetryOptions = {
  attempts: 3,
  delayMs: 500,
  sleep: (ms: number) =>
    new Promise<void>((resolve) => {
      setTimeout(resolve, ms);
    })
};

/** Access to one of the product's lists. */
export class ListRepository {
  /** The SPFI all requests go through (with the retry behaviour applied). */
  public readonly sp: SPFI;
  /** The list's internal title. */
  public readonly title: ListTitle;
  /** The entity the list stores, for messages. */
  public readonly entity: EntityKind;
  /** The columns read. */
  public readonly select: readonly string[];
  /** Whether the list has the Plan lookup (every list but the plan list and settings). */
  public readonly hasPlan: boolean;
  /** How ambiguous creates are retried. */
  protected readonly createRetry: CreateRetryOptions;
  /** Person and lookup columns read with `$expand` (their projections are in `select`). */
  public expand: readonly string[] = [];

  /** Creates the repository of a list. */
  public constructor(
    sp: SPFI,
    title: ListTitle,
    entity: EntityKind,
    select: readonly string[],
    hasPlan: boolean,
    createRetry: CreateRetryOptions = DEFAULT_CREATE_RETRY
  ) {
    this.sp = sp;
    this.title = title;
    this.entity = entity;
    this.select = select;
    this.hasPlan = hasPlan;
    this.createRetry = createRetry;
  }

  /** The list's items, through the given SPFI (a batched one to join a batch). */
  public items(sp: SPFI = this.sp): IItems {
    return sp.web.lists.getByTitle(this.title).items;
  }

  /** The list's items with the repository's columns selected (and expanded). */
  public selected(sp: SPFI = this.sp): IItems {
    const items = this.items(sp).select(...this.select);
    return this.expand.length > 0 ? items.expand(...this.expand) : items;
  }

  /**
   * The first page of the plan's rows: `PlanId eq n` on the indexed Plan lookup, 5 000 at a
   * time. Pass a batched SPFI to put the request in a batch.
   */
  public planPage(planId: number, sp: SPFI = this.sp): Promise<ListPage> {
    return this.selected(sp)
      .filter(`PlanId eq ${planId}`)
      .top(PAGE_SIZE)
      .using(JSONParse())()
      .then(readPage);
  }

  /**
   * The first page of all the list's rows, by ID, for a list whose plan filter hits the list
   * view threshold (more than 5 000 rows of one plan). Callers keep the plan's rows.
   */
  public allRowsPage(sp: SPFI = this.sp): Promise<ListPage> {
    return this.selected(sp)
      .top(PAGE_SIZE)
      .using(JSONParse())()
      .then(readPage);
  }

  /** The page behind a next link (absolute URL as SharePoint sent it). */
  public nextPage(nextLink: string, sp: SPFI = this.sp): Promise<ListPage> {
    return SPQueryable([sp.web, nextLink]).using(JSONParse())().then(readPage);
  }

  /** The item with the id, with the repository's columns. */
  public async getById(id: number, context: OperationContext, sp: SPFI = this.sp): Promise<ListItemJson> {
    try {
      const item = this.items(sp).getById(id).select(...this.select);
      return await (this.expand.length > 0 ? item.expand(...this.expand) : item)<ListItemJson>();
    } catch (error) {
      throw toDataError(error, context);
    }
  }

  /**
   * The filter that finds items by IdempotencyKey (within the plan when the list has one).
   * The keys come first: SharePoint narrows a query on a list over 5 000 items with the first
   * condition only, and a plan may hold more than 5 000 rows of one list, while each key
   * matches one row.
   */
  public keyFilter(keys: string[], planId: number | undefined): string {
    const byKey = keys.map((key) => `IdempotencyKey eq ${odataString(key)}`).join(' or ');
    const keyPart = keys.length > 1 ? `(${byKey})` : byKey;
    return this.hasPlan && planId !== undefined ? `${keyPart} and PlanId eq ${planId}` : keyPart;
  }

  /** Items with the keys, by key. At most 50 keys per request keep the URL short. */
  public async findByKeys(keys: string[], planId: number | undefined, sp: SPFI = this.sp): Promise<Map<string, ListItemJson>> {
    const found = new Map<string, ListItemJson>();
    for (let start = 0; start < keys.length; start += 50) {
      const chunk = keys.slice(start, start + 50);
      const page = await this.selected(sp)
        .filter(this.keyFilter(chunk, planId))
        .top(PAGE_SIZE)
        .using(JSONParse())()
        .then(readPage);
      for (const row of page.rows) {
        const key = row.IdempotencyKey;
        if (typeof key === 'string') {
          found.set(key, row);
        }
      }
    }
    return found;
  }

  /**
   * Creates an item that carries `fields.IdempotencyKey`. After an ambiguous failure (no
   * answer, 5xx) it looks the key up before trying again, so a write that was applied but
   * whose answer was lost is never created twice.
   */
  public async create(fields: ItemFields, planId: number | undefined, context: OperationContext): Promise<ListItemJson> {
    const key = fields.IdempotencyKey;
    if (typeof key !== 'string' || key === '') {
      throw new Error(`Create in ${this.title} without IdempotencyKey`);
    }
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.items().add(fields);
      } catch (error) {
        if (!isAmbiguousFailure(error) || attempt >= this.createRetry.attempts) {
          throw toDataError(error, context);
        }
        await this.createRetry.sleep(this.createRetry.delayMs * Math.pow(2, attempt - 1));
        let existing: ListItemJson | undefined;
        try {
          existing = (await this.findByKeys([key], planId)).get(key);
        } catch (lookupError) {
          throw toDataError(lookupError, { ...context, action: 'read' });
        }
        if (existing) {
          return existing;
        }
      }
    }
  }

  /**
   * Updates an item if it still has the ETag it was read with (If-Match). Returns the new ETag.
   * 412 becomes ConcurrencyError.
   */
  public async update(id: number, fields: ItemFields, etag: string, context: OperationContext): Promise<string> {
    let result: { etag?: string | null };
    try {
      result = await this.items().getById(id).update(fields, etag);
    } catch (error) {
      throw toDataError(error, context);
    }
    return this.etagAfterUpdate(id, result, context);
  }

  /**
   * The ETag an update answered with; read from the item when the server sent no ETag header
   * (costs one request, only then).
   */
  public async etagAfterUpdate(id: number, result: { etag?: string | null } | undefined, context: OperationContext): Promise<string> {
    if (result && typeof result.etag === 'string' && result.etag !== '') {
      return result.etag;
    }
    const item = await this.getById(id, { ...context, action: 'read' });
    return readETag(item);
  }

  /** Deletes an item if it still has the ETag it was read with; 412 becomes ConcurrencyError. */
  public async delete(id: number, etag: string, context: OperationContext): Promise<void> {
    try {
      await this.items().getById(id).delete(etag);
    } catch (error) {
      throw toDataError(error, context);
    }
  }
}
