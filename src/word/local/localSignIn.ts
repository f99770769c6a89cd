/**
 * How the local stand-in signs in to the local SharePoint: as in Office, with a bearer token,
 * here one the local SharePoint issues for a demo user (`POST /_local/token`, loopback only;
 * the workbench passes it on from the page's own origin). The local SharePoint refuses any
 * token it did not issue, so the task pane runs the same signed path it runs in Word.
 */
import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';

import { BearerToken, cachedTokenProvider, type ExpiringToken } from '../auth/BearerToken';

/** The local SharePoint's token answer (OAuth token-endpoint shape). */
interface TokenAnswer {
  access_token?: unknown;
  expires_in?: unknown;
}

/** Asks the local SharePoint for a demo user's token. */
export async function fetchLocalToken(login: string, tokenUrl: string, fetcher: typeof fetch = fetch): Promise<ExpiringToken> {
  const answer = await fetcher(tokenUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ user: login })
  });
  const body = (answer.ok ? await answer.json() : {}) as TokenAnswer;
  if (typeof body.access_token !== 'string' || typeof body.expires_in !== 'number') {
    throw new Error(
      `Den lokala SharePoint gav ingen inloggning för ${login} (HTTP ${answer.status}). / The local SharePoint issued no sign-in for ${login}.`
    );
  }
  return { token: body.access_token, expiresOn: new Date(Date.now() + body.expires_in * 1000) };
}

/** The PnPjs behaviour that makes requests as a demo user of the local SharePoint, with its token. */
export function localSignIn(login: string, tokenUrl: string = '/_local/token'): TimelinePipe<Queryable> {
  return BearerToken(cachedTokenProvider(() => fetchLocalToken(login, tokenUrl)));
}
