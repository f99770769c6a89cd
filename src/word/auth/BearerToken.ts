/**
 * `BearerToken(provider)`: a PnPjs behaviour that signs every request with a delegated access
 * token (`Authorization: Bearer …`) on the `pre` moment, as PnPjs's own `InjectHeaders` sets
 * headers. The provider decides where the token comes from (MSAL in Office, the local
 * SharePoint's demo tokens locally) and caches it.
 */
import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';

/** Gives an access token for the SharePoint site. */
export interface AccessTokenProvider {
  /** A token valid for at least a few minutes; rejects with a Swedish message when sign-in fails. */
  getToken(): Promise<string>;
}

/** The behaviour. */
export function BearerToken(provider: AccessTokenProvider): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.pre(async function (url: string, init: RequestInit, result: unknown): Promise<[string, RequestInit, unknown]> {
      const token = await provider.getToken();
      init.headers = { ...(init.headers as Record<string, string> | undefined), Authorization: `Bearer ${token}` };
      return [url, init, result];
    });
    return instance;
  };
}

/** A token and when it stops working. */
export interface ExpiringToken {
  /** The access token. */
  readonly token: string;
  /** When it expires. */
  readonly expiresOn: Date;
}

/**
 * A provider that asks `acquire` only when it has no token or the one it has runs out within
 * five minutes; concurrent requests share one acquisition.
 */
export function cachedTokenProvider(acquire: () => Promise<ExpiringToken>, now: () => number = Date.now): AccessTokenProvider {
  let current: ExpiringToken | undefined;
  let pending: Promise<ExpiringToken> | undefined;
  return {
    async getToken(): Promise<string> {
      if (current && current.expiresOn.getTime() - now() > 5 * 60 * 1000) {
        return current.token;
      }
      if (!pending) {
        pending = acquire().then(
          (token) => {
            current = token;
            pending = undefined;
            return token;
          },
          (error: unknown) => {
            pending = undefined;
            throw error;
          }
        );
      }
      return (await pending).token;
    }
  };
}
