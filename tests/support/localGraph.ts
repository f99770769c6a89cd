/**
 * Graph for a user over the local SharePoint's core in process, with a bearer token from
 * `/_local/token` as Graph needs: the tests' own view of the local Graph subset and its outbox.
 */
import type { IGraphClient } from '../../src/teams/notify/graphClient';

/** The part of the local core used: one request in, one answer out. */
export interface LocalCoreLike {
  handle(request: { method: string; url: string; headers: Record<string, string>; body?: string }): Promise<{ status: number; body: string }>;
}

/** Graph as `user` over `core`. */
export function localGraphFor(core: LocalCoreLike, user: string): IGraphClient {
  const send = async (method: string, path: string, body?: unknown) => {
    const issued = await core.handle({ method: 'POST', url: 'http://127.0.0.1/_local/token', headers: {}, body: JSON.stringify({ user }) });
    const token = (JSON.parse(issued.body) as { access_token: string }).access_token;
    const answer = await core.handle({
      method,
      url: `http://127.0.0.1/_graph/v1.0${path}`,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    return { status: answer.status, body: answer.body === '' ? undefined : (JSON.parse(answer.body) as unknown) };
  };
  return { get: (path) => send('GET', path), post: (path, body) => send('POST', path, body) };
}
