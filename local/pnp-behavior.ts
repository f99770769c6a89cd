/**
 * `LocalSharePoint(core, { user })`: a PnPjs behaviour that replaces the `send` moment so
 * requests reach the local core in-process instead of going over HTTP. Everything else of
 * `SPBrowser` (headers, request digest, parsing, batching) runs unchanged.
 *
 * Because `send` is replaced, the retry of PnPjs's `BrowserFetchWithRetry` (which lives in
 * its send) is replaced too; this behaviour repeats it exactly: up to 3 attempts, retrying
 * 429, 503 and 504, waiting `Retry-After` seconds when given, else 200 ms doubling.
 */
import type { TimelinePipe } from '@pnp/core';
import type { IQueryableInternal, Queryable } from '@pnp/queryable';
import type { LocalSharePointCore } from './core';
import { reasonPhrase, type LocalResponse } from './types';

/** Options of the behaviour. */
export interface LocalSharePointBehaviorOptions {
  /** Login of the caller (`samordnare`, `handlaggare`, `chef`, `lasare`); sent as `X-Local-User`. */
  readonly user?: string;
  /** Attempts in all, as PnPjs's default (3). */
  readonly retries?: number;
  /** First wait in ms when no Retry-After is given, doubling (PnPjs default 200). */
  readonly interval?: number;
}

function headersOf(init: RequestInit): Record<string, string> {
  const result: Record<string, string> = {};
  new Headers(init.headers).forEach((value, name) => {
    result[name] = value;
  });
  return result;
}

function bodyText(body: RequestInit['body']): string | undefined {
  if (body === undefined || body === null) {
    return undefined;
  }
  if (typeof body === 'string') {
    return body;
  }
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    return Buffer.from(body as ArrayBuffer).toString('utf8');
  }
  return String(body);
}

/** Turns a core answer into a fetch `Response`. */
export function toFetchResponse(answer: LocalResponse): Response {
  // 204 and friends must not carry a body in a fetch Response.
  const nullBody = answer.status === 204 || answer.status === 205 || answer.status === 304;
  return new Response(nullBody ? null : answer.body, {
    status: answer.status,
    statusText: reasonPhrase(answer.status),
    headers: answer.headers
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The PnPjs behaviour that sends requests to a local core. */
export function LocalSharePoint(core: LocalSharePointCore, options: LocalSharePointBehaviorOptions = {}): TimelinePipe<Queryable> {
  const retries = options.retries ?? 3;
  const interval = options.interval ?? 200;
  return (instance: Queryable) => {
    instance.on.send.replace(async function (this: IQueryableInternal, url: URL, init: RequestInit): Promise<Response> {
      const headers = headersOf(init);
      if (options.user !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'x-local-user')) {
        headers['X-Local-User'] = options.user;
      }
      const request = { method: init.method ?? 'GET', url: url.toString(), headers, body: bodyText(init.body) };
      let wait = interval;
      let response: Response | undefined;
      for (let attempt = 1; attempt <= retries; attempt++) {
        if (init.signal?.aborted === true) {
          throw new DOMException('The operation was aborted.', 'AbortError');
        }
        response = toFetchResponse(await core.handle(request));
        if (response.ok || ![429, 503, 504].includes(response.status) || attempt === retries) {
          break;
        }
        const retryAfter = response.headers.get('Retry-After');
        if (retryAfter !== null && /^\d+$/.test(retryAfter)) {
          wait = Number(retryAfter) * 1000;
        } else {
          wait *= 2;
        }
        this.log(`Attempt #${attempt + 1} to retry request which failed with ${response.status}: ${response.statusText}`, 0);
        await delay(wait);
      }
      return response!;
    });
    return instance;
  };
}
