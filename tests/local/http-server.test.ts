/**
 * Contract tests over real HTTP: the node:http server with PnPjs's own fetch-based
 * SPBrowser, CORS for localhost pages, the admin endpoint, bad requests, concurrent
 * same-ETag updates and data surviving a restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { startLocalSharePoint, type LocalSharePointServer } from '../../local/server';
import { spErrorOf } from './support';

/** PnPjs over HTTP exactly as in a browser, with the caller in X-Local-User. */
function httpSp(server: LocalSharePointServer, user: string = 'samordnare'): SPFI {
  return spfi(server.siteUrl).using(SPBrowser({ baseUrl: server.siteUrl }), InjectHeaders({ 'X-Local-User': user }));
}

/** The owner, named as the tests' raw fetches name their caller. */
const OWNER = { 'X-Local-User': 'samordnare' };

async function digestOf(server: LocalSharePointServer): Promise<string> {
  const answer = await fetch(`${server.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json;odata=nometadata', ...OWNER } });
  return ((await answer.json()) as { FormDigestValue: string }).FormDigestValue;
}

describe('local SharePoint over HTTP', () => {
  let server: LocalSharePointServer;
  const logged: string[] = [];

  beforeAll(async () => {
    server = await startLocalSharePoint({ port: 0, inMemory: true, logger: (message) => logged.push(message), corsOrigins: ['http://localhost:5173'] });
    await httpSp(server).web.lists.add('IKPlaner');
  });

  afterAll(async () => {
    await server.close();
  });

  it('serves PnPjs over HTTP at http://127.0.0.1:<port>/sites/internkontroll', async () => {
    expect(server.siteUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sites\/internkontroll$/);
    const sp = httpSp(server);
    const created = await sp.web.lists.getByTitle('IKPlaner').items.add({ Title: 'Plan över HTTP' });
    const read = await sp.web.lists.getByTitle('IKPlaner').items.getById(created.Id)();
    expect(read).toMatchObject({ Title: 'Plan över HTTP', 'odata.etag': created['odata.etag'] });
    expect(await spErrorOf(httpSp(server, 'lasare').web.lists.getByTitle('IKPlaner').items.add({ Title: 'Nej' }))).toMatchObject({ status: 403 });
  });

  it('answers a malformed filter and a bad body with 400 and keeps serving', async () => {
    const bad = await fetch(`${server.siteUrl}/_api/web/lists/getByTitle('IKPlaner')/items?$filter=Title eq 'x`, { headers: { Accept: 'application/json', ...OWNER } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { 'odata.error': { code: string } })['odata.error'].code).toBe('-1, Microsoft.SharePoint.SPException');
    const badJson = await fetch(`${server.siteUrl}/_api/web/lists/getByTitle('IKPlaner')/items`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'X-RequestDigest': await digestOf(server), ...OWNER },
      body: '{'
    });
    expect(badJson.status).toBe(400);
    const unknownPath = await fetch(`${server.siteUrl}/_api/web/nonsense`, { headers: { Accept: 'application/json', ...OWNER } });
    expect(unknownPath.status).toBe(404);
    const good = await fetch(`${server.siteUrl}/_api/web?$select=Title`, { headers: { Accept: 'application/json;odata=nometadata', ...OWNER } });
    expect(await good.json()).toEqual({ Title: 'Internkontroll' });
  });

  it('answers an unexpected exception with 500, logs it and keeps serving', async () => {
    const lists = server.core.store.lists;
    const original = lists.byTitle.bind(lists);
    lists.byTitle = () => {
      throw new Error('simulated storage failure');
    };
    try {
      const answer = await fetch(`${server.siteUrl}/_api/web/lists/getByTitle('IKPlaner')`, { headers: { Accept: 'application/json', ...OWNER } });
      expect(answer.status).toBe(500);
      expect(((await answer.json()) as { 'odata.error': { message: { value: string } } })['odata.error'].message.value).toBe('simulated storage failure');
    } finally {
      lists.byTitle = original;
    }
    expect(logged.some((m) => m.includes("getByTitle('IKPlaner')"))).toBe(true);
    expect((await fetch(`${server.siteUrl}/_api/web/lists/getByTitle('IKPlaner')`, { headers: OWNER })).status).toBe(200);
  });

  it('answers CORS preflights and requests from the trusted origin only', async () => {
    const preflight = await fetch(`${server.siteUrl}/_api/web`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-requestdigest,content-type' }
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('x-requestdigest,content-type');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('MERGE');
    const trusted = await fetch(`${server.siteUrl}/_api/web`, { headers: { Origin: 'http://localhost:5173', ...OWNER } });
    expect(trusted.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(trusted.headers.get('access-control-expose-headers')).toContain('ETag');
    // Another localhost port is another origin: not trusted.
    const otherPort = await fetch(`${server.siteUrl}/_api/web`, { headers: { Origin: 'http://127.0.0.1:8080', ...OWNER } });
    expect(otherPort.headers.get('access-control-allow-origin')).toBeNull();
    const foreign = await fetch(`${server.siteUrl}/_api/web`, { headers: { Origin: 'https://evil.example', ...OWNER } });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const foreignPreflight = await fetch(`${server.siteUrl}/_api/web`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' }
    });
    expect(foreignPreflight.status).toBe(403);
    expect(foreignPreflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('changes faults at run time through /_local/faults', async () => {
    const set = await fetch(`${server.url}/_local/faults`, { method: 'POST', body: JSON.stringify({ throttleNext: 1, retryAfterSeconds: 0, throttleStatus: 503 }) });
    expect(set.status).toBe(200);
    const throttled = await fetch(`${server.siteUrl}/_api/web`, { headers: OWNER });
    expect(throttled.status).toBe(503);
    expect(throttled.headers.get('retry-after')).toBe('0');
    expect((await fetch(`${server.siteUrl}/_api/web`, { headers: OWNER })).status).toBe(200);
    const state = (await (await fetch(`${server.url}/_local/faults`)).json()) as { settings: { throttleNext: number }; counters: { throttled: number } };
    expect(state.settings.throttleNext).toBe(0);
    expect(state.counters.throttled).toBeGreaterThanOrEqual(1);
    const invalid = await fetch(`${server.url}/_local/faults`, { method: 'POST', body: JSON.stringify({ throttleShare: 5 }) });
    expect(invalid.status).toBe(400);
  });

  it('lets exactly one of two simultaneous same-ETag updates through; the other gets 412', async () => {
    const sp = httpSp(server);
    const created = await sp.web.lists.getByTitle('IKPlaner').items.add({ Title: 'Kapplöpning' });
    const digest = await digestOf(server);
    const update = (title: string): Promise<Response> =>
      fetch(`${server.siteUrl}/_api/web/lists/getByTitle('IKPlaner')/items(${created.Id as number})`, {
        method: 'POST',
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          'X-RequestDigest': digest,
          ...OWNER,
          'X-HTTP-Method': 'MERGE',
          'If-Match': created['odata.etag'] as string
        },
        body: JSON.stringify({ Title: title })
      });
    for (let round = 0; round < 5; round++) {
      const current = (await sp.web.lists.getByTitle('IKPlaner').items.getById(created.Id)())['odata.etag'] as string;
      created['odata.etag'] = current;
      const answers = await Promise.all([update(`A${round}`), update(`B${round}`)]);
      expect(answers.map((a) => a.status).sort()).toEqual([204, 412]);
    }
    const item = await sp.web.lists.getByTitle('IKPlaner').items.getById(created.Id)();
    expect(item.OData__UIVersionString).toBe('6.0');
  });
});

describe('local SharePoint: restart', () => {
  it('keeps lists and items in the data directory across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'local-sharepoint-'));
    try {
      const first = await startLocalSharePoint({ port: 0, dataDir });
      const sp1 = httpSp(first);
      await sp1.web.lists.add('IKPlaner');
      const created = await sp1.web.lists.getByTitle('IKPlaner').items.add({ Title: 'Överlever omstart' });
      await sp1.web.lists.getByTitle('IKPlaner').items.getById(created.Id).update({ Title: 'Överlever omstart, version 2' });
      await first.close();

      const second = await startLocalSharePoint({ port: 0, dataDir });
      try {
        const sp2 = httpSp(second);
        const item = await sp2.web.lists.getByTitle('IKPlaner').items.getById(created.Id)();
        expect(item).toMatchObject({ Title: 'Överlever omstart, version 2', OData__UIVersionString: '2.0', GUID: created.GUID });
        const versions = await sp2.web.lists.getByTitle('IKPlaner').items.getById(created.Id).versions();
        expect(versions).toHaveLength(2);
        const another = await sp2.web.lists.getByTitle('IKPlaner').items.add({ Title: 'Efter omstart' });
        expect(another.Id).toBe((created.Id as number) + 1);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
