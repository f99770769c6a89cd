/**
 * Who may call the local SharePoint: every way of naming nobody, somebody unknown, or
 * somebody with a token the site did not issue is 401 and writes nothing; a seeded fuzz of
 * forged headers, cookies and tokens never yields a write. Tokens from /_local/token work
 * without a digest, for their user only. Also: binding to a non-loopback interface needs a
 * flag and warns, and callers from the network can neither name themselves nor get tokens.
 */
import { createHmac } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import { createLocalSharePointCore, DEFAULT_SITE_URL, type LocalRequest, type LocalSharePointCore } from '../../local';
import { startLocalSharePoint } from '../../local/server';
import { provisionTestLists } from './support';
import { spfi, SPBrowser } from '@pnp/sp';
import { LocalSharePoint } from '../../local';

const API = `${DEFAULT_SITE_URL}/_api`;
const ITEMS = `${API}/web/lists/getByTitle('IKPlaner')/items`;

let core: LocalSharePointCore;
let digest: string;
let now: Date;

async function tokenFor(user: string, on: LocalSharePointCore = core): Promise<string> {
  const answer = await on.handle({ method: 'POST', url: 'http://127.0.0.1:4322/_local/token', headers: {}, body: JSON.stringify({ user }) });
  expect(answer.status).toBe(200);
  return (JSON.parse(answer.body) as { access_token: string }).access_token;
}

function itemCount(): number {
  return core.store.lists.byTitle('IKPlaner')!.itemCount;
}

function write(headers: Record<string, string>): Promise<{ status: number; body: string; headers: Record<string, string> }> {
  return core.handle({ method: 'POST', url: ITEMS, headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': digest, ...headers }, body: '{"Title":"Får inte finnas"}' });
}

beforeEach(async () => {
  now = new Date('2026-11-25T08:00:00Z');
  core = createLocalSharePointCore({ logger: () => undefined, clock: () => now });
  await provisionTestLists(spfi(DEFAULT_SITE_URL).using(SPBrowser({ baseUrl: DEFAULT_SITE_URL }), LocalSharePoint(core, { user: 'samordnare' })));
  const info = await core.handle({ method: 'POST', url: `${API}/contextinfo`, headers: { Accept: 'application/json;odata=nometadata', 'X-Local-User': 'samordnare' } });
  digest = (JSON.parse(info.body) as { FormDigestValue: string }).FormDigestValue;
});

afterEach(() => {
  core.close();
});

describe('401 for callers the site cannot identify', () => {
  const cases: Array<[string, () => Promise<Record<string, string>>]> = [
    ['no user at all', async () => ({})],
    ['an unknown login', async () => ({ 'X-Local-User': 'nobody' })],
    ['an empty login', async () => ({ 'X-Local-User': '' })],
    ['a login with trailing text', async () => ({ 'X-Local-User': 'samordnare x' })],
    ['a claims login with another prefix', async () => ({ 'X-Local-User': 'c:0(.s|true|samordnare@kommun.example' })],
    ['a forged claims login naming a login after a pipe', async () => ({ 'X-Local-User': 'anything|samordnare' })],
    ['an unknown user in the cookie', async () => ({ Cookie: 'local-user=okand' })],
    ['two different users in cookies', async () => ({ Cookie: 'local-user=lasare; local-user=samordnare' })],
    ['a header and a cookie naming different users', async () => ({ 'X-Local-User': 'lasare', Cookie: 'local-user=samordnare' })],
    ['Bearer zzz (a token the site never issued)', async () => ({ Authorization: 'Bearer zzz' })],
    ['a bearer token signed with another secret', async () => {
      const other = createLocalSharePointCore({ logger: () => undefined, clock: () => now });
      try {
        return { Authorization: `Bearer ${await tokenFor('samordnare', other)}` };
      } finally {
        other.close();
      }
    }],
    ['a bearer token whose user was changed', async () => {
      const [header, payload, signature] = (await tokenFor('lasare')).split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
      const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'samordnare' })).toString('base64url');
      return { Authorization: `Bearer ${header}.${forged}.${signature}` };
    }],
    ['an unsigned token (alg none)', async () => {
      const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
      const payload = Buffer.from(JSON.stringify({ iss: 'internkontroll-local-sharepoint', aud: '/sites/internkontroll', sub: 'samordnare', exp: 4102444800, nbf: 0 })).toString('base64url');
      return { Authorization: `Bearer ${header}.${payload}.` };
    }],
    ['a token signed with a guessed secret', async () => {
      const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
      const payload = Buffer.from(JSON.stringify({ iss: 'internkontroll-local-sharepoint', aud: '/sites/internkontroll', sub: 'samordnare', exp: 4102444800, nbf: 0 })).toString('base64url');
      const signature = createHmac('sha256', 'internkontroll-local-sharepoint').update(`${header}.${payload}`).digest('base64url');
      return { Authorization: `Bearer ${header}.${payload}.${signature}` };
    }],
    ['an expired token', async () => {
      const token = await tokenFor('samordnare');
      now = new Date(now.getTime() + 3601 * 1000);
      return { Authorization: `Bearer ${token}` };
    }],
    ['a token issued before the site was reset', async () => {
      const token = await tokenFor('samordnare');
      core.store.reset();
      await provisionTestLists(spfi(DEFAULT_SITE_URL).using(SPBrowser({ baseUrl: DEFAULT_SITE_URL }), LocalSharePoint(core, { user: 'samordnare' })));
      return { Authorization: `Bearer ${token}` };
    }],
    ['Basic authentication', async () => ({ Authorization: `Basic ${Buffer.from('samordnare:lösen').toString('base64')}` })],
    ['an empty bearer token', async () => ({ Authorization: 'Bearer ' })]
  ];

  for (const [name, headersOf] of cases) {
    test(`${name}: 401, and nothing is written`, async () => {
      const headers = await headersOf();
      const before = itemCount();
      const answer = await write(headers);
      expect(answer.status).toBe(401);
      expect(answer.headers['WWW-Authenticate']).toMatch(/^Bearer realm=/);
      expect(JSON.parse(answer.body)['odata.error'].code).toBe('-2147024891, System.UnauthorizedAccessException');
      expect(itemCount()).toBe(before);
      // Reads and the digest endpoint are refused the same way.
      expect((await core.handle({ method: 'GET', url: `${API}/web`, headers })).status).toBe(401);
      expect((await core.handle({ method: 'POST', url: `${API}/contextinfo`, headers })).status).toBe(401);
    });
  }

  test('X-Local-User from another machine is 401 even for a real user', async () => {
    const request: LocalRequest = { method: 'GET', url: `${API}/web`, headers: { 'X-Local-User': 'samordnare' }, clientAddress: '192.168.1.23' };
    expect((await core.handle(request)).status).toBe(401);
    expect((await core.handle({ ...request, clientAddress: '127.0.0.1' })).status).toBe(200);
  });
});

describe('tokens the site issued', () => {
  test('name their user, need no digest, and give that user’s permissions only', async () => {
    const owner = await tokenFor('samordnare');
    const created = await core.handle({
      method: 'POST',
      url: ITEMS,
      headers: { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', Authorization: `Bearer ${owner}` },
      body: '{"Title":"Med token"}'
    });
    expect(created.status).toBe(201);
    expect(JSON.parse(created.body)).toMatchObject({ Title: 'Med token', AuthorId: 6 });
    const reader = await tokenFor('lasare');
    const refused = await write({ Authorization: `Bearer ${reader}` });
    expect(refused.status).toBe(403);
    // A bearer token decides even when X-Local-User names someone else.
    expect((await write({ Authorization: `Bearer ${reader}`, 'X-Local-User': 'samordnare' })).status).toBe(403);
    const me = await core.handle({ method: 'GET', url: `${API}/web/currentuser?$select=Title`, headers: { Accept: 'application/json;odata=nometadata', Authorization: `Bearer ${reader}` } });
    expect(JSON.parse(me.body)).toEqual({ Title: 'Läsare' });
  });

  test('are only issued for users of the site', async () => {
    const answer = await core.handle({ method: 'POST', url: 'http://127.0.0.1:4322/_local/token', headers: {}, body: '{"user":"nobody"}' });
    expect(answer.status).toBe(400);
  });
});

/** A deterministic PRNG (mulberry32), so a failing fuzz case can be replayed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('a fuzz of forged identities', () => {
  test('400 forged headers, cookies and tokens (seed 20261125): never a write, always 401', async () => {
    const random = prng(20261125);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const junk = (length: number): string => Array.from({ length }, () => String.fromCharCode(32 + Math.floor(random() * 95))).join('');
    const logins = ['samordnare', 'handlaggare', 'chef', 'lasare', 'samordnare@kommun.example', 'i:0#.f|membership|chef@kommun.example'];
    const valid = await tokenFor('samordnare');
    const mutateToken = (token: string): string => {
      const index = Math.floor(random() * token.length);
      const replacement = pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.'.split('').filter((c) => c !== token[index]));
      return token.slice(0, index) + replacement + token.slice(index + 1);
    };
    const forgers: Array<() => Record<string, string>> = [
      () => ({ 'X-Local-User': junk(1 + Math.floor(random() * 20)) }),
      () => ({ 'X-Local-User': `${pick(logins)}${pick([' ', '.', 'x', '\u00e5', '%00', '@', '|', '#'])}${junk(Math.floor(random() * 4))}` }),
      () => ({ 'X-Local-User': `${pick(['i:0#.f|membership|', 'c:0-.f|rolemanager|', 'i:0#.w|'])}${junk(6)}|${pick(logins)}` }),
      () => ({ Cookie: `local-user=${encodeURIComponent(junk(8))}` }),
      () => ({ Cookie: `local-user=${pick(logins)}; local-user=${pick(['lasare', 'x', ''])}x` }),
      () => ({ Authorization: `Bearer ${junk(10 + Math.floor(random() * 60)).replace(/\s/g, '')}` }),
      () => ({ Authorization: `Bearer ${mutateToken(valid)}` }),
      () => ({ Authorization: `${pick(['Basic', 'Digest', 'bearer', 'Token', 'NTLM'])} ${Buffer.from(junk(12)).toString('base64')}` }),
      () => ({ Authorization: `Bearer ${[junk(8), junk(8), junk(8)].map((part) => Buffer.from(part).toString('base64url')).join('.')}` })
    ];
    const before = itemCount();
    const statuses = new Set<number>();
    for (let round = 0; round < 400; round++) {
      const headers = pick(forgers)();
      const answer = await write(headers);
      statuses.add(answer.status);
      if (answer.status !== 401) {
        throw new Error(`Round ${round}: ${JSON.stringify(headers)} was answered ${answer.status}`);
      }
    }
    expect([...statuses]).toEqual([401]);
    expect(itemCount()).toBe(before);
  });
});

describe('listening beyond this machine', () => {
  test('an interface other than loopback needs allowRemote', async () => {
    await expect(startLocalSharePoint({ port: 0, inMemory: true, host: '0.0.0.0' })).rejects.toThrow(/--allow-remote/);
  });

  const external = Object.values(networkInterfaces())
    .flat()
    .find((address) => address !== undefined && address.family === 'IPv4' && !address.internal)?.address;
  const withExternalAddress = external === undefined ? test.skip : test;

  withExternalAddress('with allowRemote it warns; callers from the network cannot name themselves or get tokens', async () => {
    const warnings: string[] = [];
    const server = await startLocalSharePoint({ port: 0, inMemory: true, host: external!, allowRemote: true, warn: (message) => warnings.push(message) });
    try {
      expect(warnings.join('\n')).toMatch(/^VARNING: den lokala SharePoint lyssnar på/);
      // The request leaves from the external address, so the server sees a network caller.
      const named = await fetch(`${server.siteUrl}/_api/web`, { headers: { 'X-Local-User': 'samordnare', Accept: 'application/json' } });
      expect(named.status).toBe(401);
      const token = await fetch(`${server.url}/_local/token`, { method: 'POST', body: '{"user":"samordnare"}' });
      expect(token.status).toBe(403);
    } finally {
      await server.close();
    }
  });
});
