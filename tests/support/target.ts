/**
 * Where the data-layer contract tests run: the local SharePoint in-process (default), or a
 * real SharePoint site when `SP_SITE_URL` and `SP_ACCESS_TOKEN` are set (see
 * docs/real-sharepoint.md). Tests get SPFIs from here and never build their own, so the same
 * tests run against both.
 *
 * Local: every target is a fresh in-memory site (own SQLite), so tests never see each
 * other's rows. The local behaviour's own retry is turned off (`retries: 1`): the service
 * brings its retry, and a test must see what the service does, not what the transport hides.
 */
import type { TimelinePipe } from '@pnp/core';
import { BearerToken, BrowserFetch, Queryable } from '@pnp/queryable';
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { createLocalSharePointCore, DEFAULT_SITE_URL, LocalSharePoint, LocalSharePointCore } from '../../local';

/** The demo users of the local SharePoint; on a real site only the token's user exists. */
export type TargetUser = 'samordnare' | 'handlaggare' | 'chef' | 'lasare';

/** A site to run the contract tests against. */
export interface TestTarget {
  /** `local` (in-process core) or `real` (a SharePoint Online site). */
  readonly kind: 'local' | 'real';
  /** The site URL. */
  readonly siteUrl: string;
  /** The local core; undefined for a real site (fault injection and counters need it). */
  readonly core: LocalSharePointCore | undefined;
  /**
   * An SPFI for the user, with extra behaviours applied after the transport (to count or
   * disturb requests). On a real site only `samordnare` (the token's user) and `lasare`
   * (`SP_READER_ACCESS_TOKEN`, when set) are available; others throw.
   */
  sp(user?: TargetUser, ...extra: TimelinePipe<Queryable>[]): SPFI;
  /** True when the user can be served (always locally; on a real site see `sp`). */
  hasUser(user: TargetUser): boolean;
  /** Releases the target (closes the local database). */
  close(): void;
}

/** True when the environment points the tests at a real site. */
export function isRealTarget(): boolean {
  return !!process.env.SP_SITE_URL && !!process.env.SP_ACCESS_TOKEN;
}

/** A fresh target: a new in-memory local site, or the real site from the environment. */
export function createTarget(): TestTarget {
  if (isRealTarget()) {
    return realTarget(process.env.SP_SITE_URL as string, process.env.SP_ACCESS_TOKEN as string, process.env.SP_READER_ACCESS_TOKEN);
  }
  const core = createLocalSharePointCore({ logger: () => undefined });
  const siteUrl = DEFAULT_SITE_URL;
  return {
    kind: 'local',
    siteUrl,
    core,
    sp: (user: TargetUser = 'samordnare', ...extra: TimelinePipe<Queryable>[]) =>
      spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), LocalSharePoint(core, { user, retries: 1 }), ...extra),
    hasUser: () => true,
    close: () => core.close()
  };
}

/** A real SharePoint Online site reached with bearer tokens. */
function realTarget(siteUrl: string, token: string, readerToken: string | undefined): TestTarget {
  const tokens: Partial<Record<TargetUser, string>> = { samordnare: token };
  if (readerToken) {
    tokens.lasare = readerToken;
  }
  return {
    kind: 'real',
    siteUrl,
    core: undefined,
    sp: (user: TargetUser = 'samordnare', ...extra: TimelinePipe<Queryable>[]) => {
      const bearer = tokens[user];
      if (!bearer) {
        throw new Error(`No token for ${user} on the real site`);
      }
      // BrowserFetch (no retry of its own) replaces SPBrowser's BrowserFetchWithRetry, as the
      // hosts do; the bearer token makes the digest request unnecessary.
      return spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), BrowserFetch(), BearerToken(bearer), ...extra);
    },
    hasUser: (user: TargetUser) => tokens[user] !== undefined,
    close: () => undefined
  };
}
