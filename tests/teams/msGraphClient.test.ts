/**
 * The web part's adapter of SPFx's MSGraphClientV3: the Graph JS client throws `GraphError`
 * (statusCode, code, message) and resolves with the parsed body; the notifier needs both as
 * status and body. The client here is a stand-in with that documented behaviour.
 */
import { msGraphClient, type MSGraphClientLike } from '../../src/teams/notify/msGraphClient';

class GraphError extends Error {
  public constructor(
    public statusCode: number,
    public code: string,
    message: string
  ) {
    super(message);
  }
}

function client(answers: Record<string, () => Promise<unknown>>): MSGraphClientLike {
  return {
    api: (path) => ({
      get: () => answers[`GET ${path}`](),
      post: () => answers[`POST ${path}`]()
    })
  };
}

describe('msGraphClient', () => {
  it('turns a thrown GraphError into its status and Graph\'s error shape', async () => {
    const graph = msGraphClient(client({ 'POST /users/x/teamwork/sendActivityNotification': () => Promise.reject(new GraphError(403, 'Forbidden', 'Missing scope permissions on the request.')) }));
    expect(await graph.post('/users/x/teamwork/sendActivityNotification', {})).toEqual({
      status: 403,
      body: { error: { code: 'Forbidden', message: 'Missing scope permissions on the request.' } }
    });
  });

  it('answers 204 for an empty answer and 201 with a body, 200 for a read', async () => {
    const graph = msGraphClient(
      client({
        'POST /users/x/teamwork/sendActivityNotification': () => Promise.resolve(undefined),
        'POST /chats': () => Promise.resolve({ id: '19:abc' }),
        'GET /me': () => Promise.resolve({ id: 'me-id' })
      })
    );
    expect(await graph.post('/users/x/teamwork/sendActivityNotification', {})).toEqual({ status: 204, body: undefined });
    expect(await graph.post('/chats', {})).toEqual({ status: 201, body: { id: '19:abc' } });
    expect(await graph.get('/me')).toEqual({ status: 200, body: { id: 'me-id' } });
  });

  it('a network failure without a status is status 0', async () => {
    const graph = msGraphClient(client({ 'GET /me': () => Promise.reject(new TypeError('Failed to fetch')) }));
    expect(await graph.get('/me')).toEqual({ status: 0, body: { error: { code: 'unknown', message: 'Failed to fetch' } } });
  });
});
