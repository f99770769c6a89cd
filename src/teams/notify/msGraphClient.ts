/**
 * SPFx's `MSGraphClientV3` (`this.context.msGraphClientFactory.getClient('3')`) as the
 * notifications' `IGraphClient`: answers as status and body, Graph's errors (thrown by the
 * Graph JS client as `GraphError` with `statusCode`) turned back into Graph's error shape, so
 * the notifier falls back the same way as locally. Structural, so every SPFx host (the web part,
 * the ACE) uses it without this module importing SPFx.
 */
import type { GraphResponse, IGraphClient } from './graphClient';

/** The part of `MSGraphClientV3` used (structural, so no Graph SDK types are pulled in). */
export interface MSGraphClientLike {
  /** A request builder for a path such as `/me`. */
  api(path: string): { get(): Promise<unknown>; post(body: unknown): Promise<unknown> };
}

function failure(error: unknown): GraphResponse {
  const { statusCode, code, message } = (error ?? {}) as { statusCode?: unknown; code?: unknown; message?: unknown };
  return {
    status: typeof statusCode === 'number' ? statusCode : 0,
    body: { error: { code: typeof code === 'string' ? code : 'unknown', message: typeof message === 'string' ? message : String(error) } }
  };
}

/** The notifications' Graph client over SPFx's. */
export function msGraphClient(client: MSGraphClientLike): IGraphClient {
  return {
    get: async (path) => {
      try {
        return { status: 200, body: await client.api(path).get() };
      } catch (error) {
        return failure(error);
      }
    },
    post: async (path, body) => {
      try {
        const answer = await client.api(path).post(body);
        // sendActivityNotification answers 204 with no body; everything else used answers 201 with one.
        return { status: answer === undefined || answer === null || answer === '' ? 204 : 201, body: answer ?? undefined };
      } catch (error) {
        return failure(error);
      }
    }
  };
}

/**
 * Graph over a client that SPFx hands out asynchronously (`msGraphClientFactory.getClient('3')`):
 * asked for on the first call, and again after a failed sign-in (not remembered). A client that
 * cannot be had answers as Graph would fail (status 0), so the notifier falls back.
 */
export function deferredGraphClient(client: () => Promise<MSGraphClientLike>): IGraphClient {
  let loading: Promise<IGraphClient> | undefined;
  const graph = (): Promise<IGraphClient> => {
    if (loading === undefined) {
      loading = client().then(msGraphClient);
      loading.catch(() => {
        loading = undefined;
      });
    }
    return loading;
  };
  const unavailable = (error: unknown): GraphResponse => ({ status: 0, body: { error: { code: 'unavailable', message: error instanceof Error ? error.message : String(error) } } });
  return {
    get: (path) => graph().then((g) => g.get(path), unavailable),
    post: (path, body) => graph().then((g) => g.post(path, body), unavailable)
  };
}
