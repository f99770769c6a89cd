/**
 * Sign-in: the bearer-token behaviour puts the token on every PnPjs request (seen by the local
 * SharePoint), tokens are cached until shortly before they expire, and the host decides between
 * nested app authentication and the dialog. MSAL and Office's dialog cannot run here; they are
 * replaced by recording stand-ins at the `SignInMethods` seam.
 */
import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import { spfi, SPBrowser } from '@pnp/sp';

import { createInternkontrollService } from '../../src/data/PnpInternkontrollService';
import { BearerToken, cachedTokenProvider } from '../../src/word/auth/BearerToken';
import { createOfficeTokenProvider, dialogAddress, sharePointScopes, type SignInMethods } from '../../src/word/auth/officeSignIn';
import { checkHostSupport } from '../../src/word/document/requirements';
import { createLocalSharePointCore, DEFAULT_SITE_URL, LocalSharePoint } from '../../local';
import { provisionLocalRoles, provisionLocalSharePoint } from '../../local/provision';
import { fetchLocalToken } from '../../src/word/local/localSignIn';

/** Records the headers each request leaves with, then hands it to the local SharePoint. */
function recordHeaders(seen: Record<string, string>[]): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.pre(async (url: string, init: RequestInit, result: unknown) => {
      seen.push({ ...(init.headers as Record<string, string>) });
      return [url, init, result];
    });
    return instance;
  };
}

const SETTINGS = { clientId: 'c1d2e3f4-0000-4000-8000-000000000001', siteUrl: 'https://kommun.sharepoint.com/sites/internkontroll', dialogUrl: 'https://tillagg.kommun.example/ik/auth-dialog.html' };

describe('BearerToken', () => {
  it('signs every request of the data service with the provider’s token', async () => {
    const core = createLocalSharePointCore({ database: ':memory:' });
    await provisionLocalSharePoint(core);
    await provisionLocalRoles(core);
    // A token the local SharePoint issued for the handläggare: it alone names the caller.
    const issued = await core.handle({ method: 'POST', url: 'http://127.0.0.1:4322/_local/token', headers: {}, body: '{"user":"handlaggare"}' });
    const token = (JSON.parse(issued.body) as { access_token: string }).access_token;
    const seen: Record<string, string>[] = [];
    let asked = 0;
    const provider = cachedTokenProvider(async () => {
      asked++;
      return { token, expiresOn: new Date(Date.now() + 3600 * 1000) };
    });
    const sp = spfi(DEFAULT_SITE_URL).using(SPBrowser({ baseUrl: DEFAULT_SITE_URL }), BearerToken(provider), recordHeaders(seen), LocalSharePoint(core));
    const service = createInternkontrollService(sp);
    const user = await service.currentUser();
    expect(user.title).toBe('Handläggare');
    await service.listPlans();
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen.every((headers) => headers.Authorization === `Bearer ${token}` && headers['X-Local-User'] === undefined)).toBe(true);
    expect(asked).toBe(1);
  });

  it('is refused by the local SharePoint with a token it did not issue', async () => {
    const core = createLocalSharePointCore({ database: ':memory:' });
    await provisionLocalSharePoint(core);
    const provider = cachedTokenProvider(async () => ({ token: 'eyJ.forged.token', expiresOn: new Date(Date.now() + 3600 * 1000) }));
    const sp = spfi(DEFAULT_SITE_URL).using(SPBrowser({ baseUrl: DEFAULT_SITE_URL }), BearerToken(provider), LocalSharePoint(core));
    await expect(createInternkontrollService(sp).currentUser()).rejects.toMatchObject({ kind: 'permission', status: 401 });
  });

  it('gets the local stand-in’s token from the token endpoint, and says so in Swedish when there is none', async () => {
    const calls: Array<{ url: string; body: string }> = [];
    const fetcher = (async (url: string, init: RequestInit) => {
      calls.push({ url, body: String(init.body) });
      return new Response(JSON.stringify({ token_type: 'Bearer', access_token: 'issued', expires_in: 3600, user: 'chef' }), { status: 200 });
    }) as unknown as typeof fetch;
    const before = Date.now();
    const token = await fetchLocalToken('chef', '/_local/token', fetcher);
    expect(calls).toEqual([{ url: '/_local/token', body: '{"user":"chef"}' }]);
    expect(token.token).toBe('issued');
    expect(token.expiresOn.getTime()).toBeGreaterThanOrEqual(before + 3600 * 1000);
    const refused = (async () => new Response('{"odata.error":{}}', { status: 401 })) as unknown as typeof fetch;
    await expect(fetchLocalToken('nobody', '/_local/token', refused)).rejects.toThrow('Den lokala SharePoint gav ingen inloggning för nobody (HTTP 401).');
  });

  it('asks again shortly before expiry, and shares one acquisition between concurrent requests', async () => {
    let now = 0;
    let asked = 0;
    const provider = cachedTokenProvider(async () => {
      asked++;
      return { token: `t${asked}`, expiresOn: new Date(now + 10 * 60 * 1000) };
    }, () => now);
    expect(await Promise.all([provider.getToken(), provider.getToken()])).toEqual(['t1', 't1']);
    now += 4 * 60 * 1000;
    expect(await provider.getToken()).toBe('t1');
    now += 2 * 60 * 1000; // 4 minutes left: within the 5-minute margin.
    expect(await provider.getToken()).toBe('t2');
  });
});

describe('signing in from Office', () => {
  function methods(log: string[], silentFails: boolean): SignInMethods {
    return {
      createNestableClient: async (settings) => {
        log.push(`naa:${settings.clientId}`);
        return {
          getActiveAccount: () => null,
          getAllAccounts: () => [],
          setActiveAccount: () => log.push('active'),
          acquireTokenSilent: async (request: { scopes: string[] }) => {
            log.push(`silent:${request.scopes.join(' ')}`);
            if (silentFails) {
              throw Object.assign(new Error('needs consent'), { name: 'InteractionRequiredAuthError' });
            }
            return { accessToken: 'silent-token', expiresOn: new Date(Date.now() + 3600e3), account: { homeAccountId: 'a' } };
          },
          acquireTokenPopup: async (request: { scopes: string[] }) => {
            log.push(`popup:${request.scopes.join(' ')}`);
            return { accessToken: 'popup-token', expiresOn: new Date(Date.now() + 3600e3), account: { homeAccountId: 'a' } };
          }
        } as never;
      },
      openSignInDialog: async (url) => {
        log.push(`dialog:${url}`);
        return { token: 'dialog-token', expiresOn: new Date(Date.now() + 3600e3) };
      }
    };
  }

  it('asks for the tenant’s own SharePoint scope', () => {
    expect(sharePointScopes(SETTINGS)).toEqual(['https://kommun.sharepoint.com/.default']);
    expect(sharePointScopes({ ...SETTINGS, scopes: ['https://kommun.sharepoint.com/AllSites.Write'] })).toEqual(['https://kommun.sharepoint.com/AllSites.Write']);
  });

  it('uses nested app authentication where supported, with a popup when consent is needed', async () => {
    const log: string[] = [];
    const support = checkHostSupport({ isSetSupported: () => true });
    expect(await createOfficeTokenProvider(SETTINGS, support, methods(log, false)).getToken()).toBe('silent-token');
    expect(await createOfficeTokenProvider(SETTINGS, support, methods(log, true)).getToken()).toBe('popup-token');
    expect(log).toEqual([
      `naa:${SETTINGS.clientId}`,
      'silent:https://kommun.sharepoint.com/.default',
      'active',
      `naa:${SETTINGS.clientId}`,
      'silent:https://kommun.sharepoint.com/.default',
      'popup:https://kommun.sharepoint.com/.default',
      'active'
    ]);
  });

  it('falls back to the Office dialog where NAA is missing, and says so plainly where both are', async () => {
    const log: string[] = [];
    const dialogOnly = checkHostSupport({ isSetSupported: (name) => name !== 'NestedAppAuth' });
    expect(await createOfficeTokenProvider(SETTINGS, dialogOnly, methods(log, false)).getToken()).toBe('dialog-token');
    expect(log).toEqual([`dialog:${dialogAddress(SETTINGS)}`]);
    expect(dialogAddress(SETTINGS)).toBe(
      'https://tillagg.kommun.example/ik/auth-dialog.html?clientId=c1d2e3f4-0000-4000-8000-000000000001&authority=https%3A%2F%2Flogin.microsoftonline.com%2Forganizations&scopes=https%3A%2F%2Fkommun.sharepoint.com%2F.default'
    );
    const neither = checkHostSupport({ isSetSupported: (name) => name === 'WordApi' });
    await expect(createOfficeTokenProvider(SETTINGS, neither, methods(log, false)).getToken()).rejects.toThrow(
      'Den här versionen av Word kan inte logga in till SharePoint åt tillägget. Använd Word för Microsoft 365 eller Word på webben.'
    );
  });
});
