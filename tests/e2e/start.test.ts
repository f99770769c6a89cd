/**
 * `npm start` as a user runs it: scripts/start.mjs prints exactly the two URLs, serves the
 * workbench and the local SharePoint, stops cleanly on Ctrl-C (SIGINT) with exit code 0, and a
 * second start finds the data as it was left.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BearerToken, BrowserFetch } from '@pnp/queryable';
import { spfi, SPBrowser, type SPFI } from '@pnp/sp';

import { createInternkontrollService } from '../../src/data/PnpInternkontrollService';

const root = resolve(__dirname, '..', '..');

/** A running `npm start` and what it has printed so far. */
interface Started {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  urls: string[];
}

/** Runs scripts/start.mjs on free ports and waits for its two URL lines. */
async function start(dataDir: string): Promise<Started> {
  const child = spawn(process.execPath, [join(root, 'scripts', 'start.mjs')], {
    cwd: root,
    env: { ...process.env, PORT: '0', SP_PORT: '0', LOCAL_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const urls = await new Promise<string[]>((resolveUrls, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start printed no URLs in 60 s. stderr: ${err}`)), 60000);
    const check = (): void => {
      const lines = out.split('\n').filter((line) => line !== '');
      if (lines.length >= 2) {
        clearTimeout(timer);
        resolveUrls(lines);
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code} before printing its URLs. stderr: ${err}`));
    });
  });
  return { child, stdout: () => out, stderr: () => err, urls };
}

/**
 * PnPjs over HTTP as the Word task pane reaches the local SharePoint: with a bearer token from
 * the loopback-only token endpoint.
 */
async function spWithToken(siteUrl: string, user: string): Promise<SPFI> {
  const answer = await fetch(`${new URL(siteUrl).origin}/_local/token`, { method: 'POST', body: JSON.stringify({ user }) });
  const { access_token: token } = (await answer.json()) as { access_token: string };
  return spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), BrowserFetch(), BearerToken(token));
}

/** Sends Ctrl-C and resolves with the exit code. */
function stop(started: Started): Promise<number | null> {
  return new Promise((resolveExit) => {
    started.child.once('exit', (code) => resolveExit(code));
    started.child.kill('SIGINT');
  });
}

describe('npm start', () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ik-start-'));
  });

  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the workbench and the local SharePoint, stops on Ctrl-C and keeps the data', async () => {
    const first = await start(dataDir);
    try {
      expect(first.urls).toHaveLength(2);
      const [workbenchUrl, siteUrl] = first.urls;
      expect(workbenchUrl).toMatch(/^http:\/\/localhost:\d+\/$/);
      expect(siteUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sites\/internkontroll$/);

      const page = await fetch(workbenchUrl);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('<html lang="sv">');
      expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
      const bundle = await fetch(new URL('/app.js', workbenchUrl));
      expect(bundle.status).toBe(200);
      expect((await bundle.text()).length).toBeGreaterThan(100000);

      // The site URL is a PnPjs _api root; a request there names its user or is refused.
      const itemsUrl = `${siteUrl}/_api/web/lists/getByTitle('IKPlaner')/items?$select=Title`;
      expect((await fetch(itemsUrl, { headers: { Accept: 'application/json;odata=nometadata' } })).status).toBe(401);
      const direct = await fetch(itemsUrl, { headers: { Accept: 'application/json;odata=nometadata', 'X-Local-User': 'lasare' } });
      expect(((await direct.json()) as { value: unknown[] }).value).toHaveLength(4);
      // The workbench proxies the same site on its own origin; the cookie picks the demo user,
      // and a request without one is the default user, as the banner says.
      const proxied = await fetch(new URL('/sites/internkontroll/_api/web/currentuser?$select=Title', workbenchUrl), {
        headers: { Accept: 'application/json;odata=nometadata', Cookie: 'local-user=lasare' }
      });
      expect(await proxied.json()).toEqual({ Title: 'Läsare' });
      const byDefault = await fetch(new URL('/sites/internkontroll/_api/web/currentuser?$select=Title', workbenchUrl), {
        headers: { Accept: 'application/json;odata=nometadata' }
      });
      expect(await byDefault.json()).toEqual({ Title: 'Samordnare intern kontroll' });
      expect(first.stderr()).toMatch(/Arbetsytan visar sidan som samordnare tills du väljer en annan demoanvändare/);

      // Change something through the real service over HTTP, with a token as a task pane would.
      const service = createInternkontrollService(await spWithToken(siteUrl, 'samordnare'));
      const plan = (await service.listPlans()).filter((p) => p.namnd === 'Socialnämnden')[0];
      const view = await service.loadPlanView(plan.id);
      const followUp = view.uppfoljningar[0];
      await service.saveFollowUp(plan.id, { ...followUp, kommentar: '<p>Ändrat före omstart.</p>' }, view.avvikelser.filter((a) => a.followUpKey === followUp.key));

      expect(await stop(first)).toBe(0);
      // Exactly the two URL lines on stdout; progress went to stderr.
      expect(first.stdout().split('\n').filter((line) => line !== '')).toEqual([workbenchUrl, siteUrl]);
      expect(first.stderr()).toMatch(/Demoplanerna är inlagda/);
      // The database was closed: no write-ahead log left behind.
      expect(readdirSync(dataDir).filter((name) => /-wal$|-shm$/.test(name))).toEqual([]);
    } finally {
      if (first.child.exitCode === null) {
        first.child.kill('SIGKILL');
      }
    }

    const second = await start(dataDir);
    try {
      const [, siteUrl] = second.urls;
      const service = createInternkontrollService(await spWithToken(siteUrl, 'lasare'));
      const plans = await service.listPlans();
      expect(plans).toHaveLength(4);
      const view = await service.loadPlanView(plans.filter((p) => p.namnd === 'Socialnämnden')[0].id);
      expect(view.uppfoljningar.map((f) => f.kommentar)).toContain('<p>Ändrat före omstart.</p>');
      expect(second.stderr()).toMatch(/Demoplanerna finns redan/);
      expect(await stop(second)).toBe(0);
    } finally {
      if (second.child.exitCode === null) {
        second.child.kill('SIGKILL');
      }
    }
    expect(existsSync(join(dataDir, 'sharepoint.sqlite'))).toBe(true);
  }, 120000);
});
