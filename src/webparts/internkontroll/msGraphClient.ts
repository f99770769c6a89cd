/**
 * SPFx's `MSGraphClientV3` (`this.context.msGraphClientFactory.getClient('3')`) as the
 * notifications' `IGraphClient`: answers as status and body, Graph's errors (thrown by the
 * Graph JS client as `GraphError` with `statusCode`) turned back into Graph's error shape, so
 * the notifier falls back the same way as locally.
 */
import type { GraphResponse, IGraphClient } from '../../teams/notify/graphClient';

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
