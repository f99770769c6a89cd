/**
 * Faults the local core cannot inject by itself, added at the transport: behaviours that wrap
 * the installed `send` (the local SharePoint's) and disturb chosen requests. The core still
 * handles every request it is given; only what reaches it, or what comes back, is changed.
 * Also a counter of requests by method and path, for asserting what a call sent.
 */
import type { TimelinePipe } from '@pnp/core';
import type { IQueryableInternal, Queryable, QueryableSendObserver } from '@pnp/queryable';

/** Which requests a fault applies to. */
export type RequestMatcher = (url: string, init: RequestInit, body: string) => boolean;

/** The effective method of a request (PnPjs tunnels MERGE and DELETE through POST). */
export function methodOf(init: RequestInit): string {
  const headers = new Headers(init.headers as HeadersInit | undefined);
  return (headers.get('X-HTTP-Method') ?? init.method ?? 'GET').toUpperCase();
}

/** Wraps the installed send with `wrap`. */
function wrapSend(
  wrap: (inner: (url: URL, init: RequestInit) => Promise<Response>, url: URL, init: RequestInit) => Promise<Response>
): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    const inner = instance.on.send.toArray()[0] as QueryableSendObserver;
    instance.on.send.replace(function (this: IQueryableInternal, url: URL, init: RequestInit): Promise<Response> {
      return wrap((u, i) => inner.call(this, u, i), url, init);
    });
    return instance;
  };
}

/**
 * The write reaches the core and is applied, but its answer is lost and replaced by a 503
 * (as when a proxy times out after SharePoint committed). Applies to the first `times`
 * matching requests.
 */
export function LoseAnswer(match: RequestMatcher, times: number = 1): TimelinePipe<Queryable> {
  let left = times;
  return wrapSend(async (inner, url, init) => {
    const response = await inner(url, init);
    if (left > 0 && match(url.toString(), init, typeof init.body === 'string' ? init.body : '')) {
      left--;
      return new Response('Service Unavailable', { status: 503, statusText: 'Service Unavailable', headers: { 'Retry-After': '0' } });
    }
    return response;
  });
}

/**
 * Makes one part of the next `$batch` of writes fail on the server: the `occurrence`-th request
 * line naming `listTitle` is pointed at a list that does not exist, so SharePoint answers that
 * part with 404 and handles the other parts normally.
 */
export function FailBatchPart(listTitle: string, occurrence: number): TimelinePipe<Queryable> {
  let done = false;
  return wrapSend((inner, url, init) => {
    if (!done && /\/_api\/\$batch/i.test(url.toString()) && typeof init.body === 'string' && /changeset_/.test(init.body)) {
      const needle = `getByTitle('${listTitle}')`;
      let index = -1;
      for (let n = 0; n < occurrence; n++) {
        index = init.body.indexOf(needle, index + 1);
        if (index < 0) {
          break;
        }
      }
      if (index >= 0) {
        done = true;
        const body = init.body.slice(0, index) + `getByTitle('${listTitle}Saknas')` + init.body.slice(index + needle.length);
        return inner(url, { ...init, body });
      }
    }
    return inner(url, init);
  });
}

/** Requests seen, as "METHOD path" (path below `_api`), with batch parts listed after their batch. */
export interface RequestLog {
  /** Every request that went to the server. */
  readonly requests: string[];
  /** Number of writes (POST other than contextinfo, a $batch with a changeset, MERGE, DELETE). */
  writes(): number;
  /** Forgets what was seen. */
  clear(): void;
}

/** Counts every request handed to the installed send. */
export function CountRequests(): { behavior: TimelinePipe<Queryable>; log: RequestLog } {
  const requests: string[] = [];
  const log: RequestLog = {
    requests,
    writes: () =>
      requests.filter((entry) => {
        const [method, path] = entry.split(' ');
        if (method === 'GET' || /contextinfo$/i.test(path)) {
          return false;
        }
        return !/\$batch/.test(path) || /changeset/.test(entry);
      }).length,
    clear: () => {
      requests.length = 0;
    }
  };
  const behavior = wrapSend((inner, url, init) => {
    const path = url.pathname.replace(/^.*\/_api\//i, '');
    const body = typeof init.body === 'string' ? init.body : '';
    requests.push(`${methodOf(init)} ${path}${/\$batch/.test(path) && /changeset_/.test(body) ? ' changeset' : ''}`);
    return inner(url, init);
  });
  return { behavior, log };
}
