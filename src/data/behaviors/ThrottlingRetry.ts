/**
 * Retries throttled requests, honouring SharePoint's Retry-After.
 *
 * Why not PnPjs's own `BrowserFetchWithRetry` (installed by `SPBrowser` and `SPFx`):
 * - it re-sends every method after a 503/504, so a create whose write was applied but whose
 *   response was lost is created twice;
 * - it reads Retry-After only as seconds, never as an HTTP date, and does not cap the wait;
 * - it lives in the `send` moment, which the local SharePoint's behaviour replaces, so tests
 *   and the bench would run without any retry.
 *
 * This behaviour wraps whatever `send` is installed (fetch, SPFx, the local SharePoint) instead:
 * - 429 is retried for every method: SharePoint has not processed a throttled request;
 * - 503/504 and network errors are retried only for requests that change nothing (GET, HEAD,
 *   a `$batch` of GETs only, `contextinfo`); for a write they are ambiguous (it may have been
 *   applied), so they are passed on and the repository decides (it looks the IdempotencyKey
 *   up before creating again);
 * - attempts are bounded; the wait is Retry-After (seconds or date) when given, else
 *   exponential backoff with jitter, never longer than `maxDelayMs`.
 *
 * Hosts should give the service an SPFI whose `send` does not retry by itself, i.e. add
 * `BrowserFetch()` after `SPFx(context)` / `SPBrowser(…)` (see docs/architecture.md).
 */
import type { TimelinePipe } from '@pnp/core';
import type { IQueryableInternal, Queryable, QueryableSendObserver } from '@pnp/queryable';

/** How throttled requests are retried. */
export interface ThrottlingRetryOptions {
  /** Attempts in all, the first included (default 5). */
  attempts?: number;
  /** Backoff of the first retry when the server gives no Retry-After, in ms (default 500). */
  baseDelayMs?: number;
  /** Longest wait between two attempts, in ms, whatever Retry-After says (default 30 000). */
  maxDelayMs?: number;
  /** Waits the given time; tests pass a recorder here. Defaults to setTimeout. */
  sleep?: (ms: number) => Promise<void>;
}

/** Statuses that mean "try again later". */
const THROTTLED = 429;
const UNAVAILABLE: readonly number[] = [503, 504];

/** Waits with setTimeout. */
function defaultSleep(ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });
}

/**
 * Wait in ms that a Retry-After header asks for: delta seconds ("120") or an HTTP date.
 * Undefined when the header is absent or unreadable. `now` is the current time in ms.
 */
export function parseRetryAfter(header: string | undefined, now: number): number | undefined {
  if (header === undefined || header.trim() === '') {
    return undefined;
  }
  const text = header.trim();
  if (/^\d+(\.\d+)?$/.test(text)) {
    return Math.round(parseFloat(text) * 1000);
  }
  const date = Date.parse(text);
  if (isNaN(date)) {
    return undefined;
  }
  return Math.max(0, date - now);
}

/**
 * The wait before retry number `retry` (1 for the first retry): Retry-After when the server
 * gave one, else base × 2^(retry−1) with ±20 % jitter; always between 0 and maxDelayMs.
 */
export function retryDelay(
  retry: number,
  retryAfterMs: number | undefined,
  baseDelayMs: number,
  maxDelayMs: number,
  random: () => number = Math.random
): number {
  const wanted =
    retryAfterMs !== undefined ? retryAfterMs : baseDelayMs * Math.pow(2, retry - 1) * (0.8 + 0.4 * random());
  return Math.max(0, Math.min(maxDelayMs, Math.round(wanted)));
}

/** The HTTP method actually meant (PnPjs tunnels MERGE and DELETE through POST). */
function effectiveMethod(init: RequestInit): string {
  const headers = new Headers(init.headers as HeadersInit | undefined);
  const tunnelled = headers.get('X-HTTP-Method');
  return (tunnelled || init.method || 'GET').toUpperCase();
}

/**
 * True when sending the request twice has the same effect as sending it once: reads, the
 * digest request, and a `$batch` whose parts are all GETs.
 */
export function isSafeToResend(url: string, init: RequestInit): boolean {
  const method = effectiveMethod(init);
  if (method === 'GET' || method === 'HEAD') {
    return true;
  }
  if (/\/_api\/contextinfo(\?|$)/i.test(url)) {
    return true;
  }
  if (/\/_api\/\$batch(\?|$)/i.test(url) && typeof init.body === 'string') {
    // A changeset holds the writes; a batch without one only reads.
    return !/changeset_/i.test(init.body);
  }
  return false;
}

/** True when the error is a cancellation, which must never be retried. */
function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && /AbortError/.test(String((error as { name?: unknown }).name));
}

/**
 * The behaviour. Apply it after the behaviour that installs `send` (SPBrowser + BrowserFetch,
 * SPFx + BrowserFetch, or the local SharePoint).
 */
export function ThrottlingRetry(options: ThrottlingRetryOptions = {}): TimelinePipe<Queryable> {
  const attempts = Math.max(1, options.attempts ?? 5);
  const baseDelayMs = options.baseDelayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? 30000;
  const sleep = options.sleep ?? defaultSleep;

  return (instance: Queryable) => {
    const inner = instance.on.send.toArray()[0] as QueryableSendObserver | undefined;
    if (!inner) {
      throw new Error('ThrottlingRetry needs a send behaviour (SPBrowser, SPFx or the local SharePoint) applied before it');
    }
    instance.on.send.replace(async function (this: IQueryableInternal, url: URL, init: RequestInit): Promise<Response> {
      const safe = isSafeToResend(url.toString(), init);
      for (let attempt = 1; ; attempt++) {
        let response: Response | undefined;
        let failure: unknown;
        try {
          response = await inner.call(this, url, init);
        } catch (error) {
          if (isAbort(error)) {
            throw error;
          }
          failure = error;
        }
        const retriable =
          response === undefined
            ? safe
            : response.status === THROTTLED || (safe && UNAVAILABLE.indexOf(response.status) >= 0);
        if (!retriable || attempt >= attempts) {
          if (response !== undefined) {
            return response;
          }
          throw failure;
        }
        const retryAfter = response ? parseRetryAfter(response.headers.get('Retry-After') ?? undefined, Date.now()) : undefined;
        const wait = retryDelay(attempt, retryAfter, baseDelayMs, maxDelayMs);
        this.log(`Retry ${attempt} of ${init.method} ${url.toString()} after ${wait} ms (${response ? response.status : 'network error'})`, 1);
        await sleep(wait);
      }
    });
    return instance;
  };
}
