/**
 * Where the data-layer contract tests run: the local SharePoint in-process (default), or a
 * real SharePoint site when `SP_SITE_URL` and `SP_ACCESS_TOKEN` are set (see
 * docs/real-sharepoint.md). Tests get SPFIs from here and never build their own, so the same
 * tests run against both. On a real site each role needs a token of its own (TOKEN_VARIABLES);
 * a test for a user without one is registered as skipped (`userTest`), never passed.
 *
 * Local: every target is a fresh in-memory site (own SQLite), so tests never see each
 * other's rows. The local behaviour's own retry is turned off (`retries: 1`): the service
 * brings its retry, and a test must see what the service does, not what the transport hides.
 */
import type { TimelinePipe } from '@pnp/core';
import { BearerToken, BrowserFetch, Queryable } from '@pnp/queryable';
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import '@pnp/sp/site-groups/web';
import { assignDemoRoles, createLocalSharePointCore, DEFAULT_SITE_URL, LocalSharePoint, LocalSharePointCore, type BatchFailureMode } from '../../local';
import { ROLE_GROUPS } from '../../src/data/security/roles';

/**
 * The users of the tests, by role: `samordnare` site owner (and the samordnare group),
 * `planerare` only in the samordnare group, `handlaggare` rapportör, `chef` godkännare,
 * `lasare` visitor. Locally they are demo users; on a real site each is a token's user.
 */
export type TargetUser = 'samordnare' | 'planerare' | 'handlaggare' | 'chef' | 'lasare';

/** The environment variable holding each user's token on a real site. */
export const TOKEN_VARIABLES: Readonly<Record<TargetUser, string>> = {
  samordnare: 'SP_ACCESS_TOKEN',
  planerare: 'SP_SAMORDNARE_ACCESS_TOKEN',
  handlaggare: 'SP_RAPPORTOR_ACCESS_TOKEN',
  chef: 'SP_GODKANNARE_ACCESS_TOKEN',
  lasare: 'SP_READER_ACCESS_TOKEN'
};

/** Whether tests for `user` can run here (always locally; on a real site only with its token). */
export function targetHasUser(user: TargetUser): boolean {
  return !isRealTarget() || !!process.env[TOKEN_VARIABLES[user]];
}

/** `test` when the user can be served here, else `test.skip` (reported as skipped). */
export function userTest(...users: TargetUser[]): jest.It {
  return users.every(targetHasUser) ? test : test.skip;
}

/** `test` when the target is the local SharePoint (fault injection, hooks), else `test.skip`. */
export const localTest: jest.It = isRealTarget() ? test.skip : test;

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
   * disturb requests). On a real site only users with a token (TOKEN_VARIABLES) are
   * available; others throw.
   */
  sp(user?: TargetUser, ...extra: TimelinePipe<Queryable>[]): SPFI;
  /** True when the user can be served (always locally; on a real site see `sp`). */
  hasUser(user: TargetUser): boolean;
  /**
   * Puts the users in the product's groups after the roles are set up. Locally the demo users
   * (and `planerare`, a samordnare who is not site owner) join through REST; on a real site
   * the tokens' users must already be members (docs/real-sharepoint.md), so nothing is done.
   */
  joinRoleGroups(): Promise<void>;
  /** Releases the target (closes the local database). */
  close(): void;
}

/** True when the environment points the tests at a real site. */
export function isRealTarget(): boolean {
  return !!process.env.SP_SITE_URL && !!process.env.SP_ACCESS_TOKEN;
}

/** Options of a local target. */
export interface TargetOptions {
  /** What the local SharePoint's `$batch` answers after a failed part. */
  readonly batchFailure?: BatchFailureMode;
}

/** A fresh target: a new in-memory local site, or the real site from the environment. */
export function createTarget(options: TargetOptions = {}): TestTarget {
  if (isRealTarget()) {
    return realTarget(process.env.SP_SITE_URL as string);
  }
  const core = createLocalSharePointCore({ logger: () => undefined, batchFailure: options.batchFailure });
  // A samordnare who is not site owner: what the samordnare group alone gives.
  core.store.users.addToDirectory({ login: 'planerare', title: 'Planerare', jobTitle: 'Controller', department: 'Kommunledningskontoret' });
  const siteUrl = DEFAULT_SITE_URL;
  const sp = (user: TargetUser = 'samordnare', ...extra: TimelinePipe<Queryable>[]): SPFI =>
    spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), LocalSharePoint(core, { user, retries: 1 }), ...extra);
  return {
    kind: 'local',
    siteUrl,
    core,
    sp,
    hasUser: () => true,
    joinRoleGroups: async () => {
      const owner = sp('samordnare');
      await assignDemoRoles(owner);
      await owner.web.siteGroups.getByName(ROLE_GROUPS.samordnare.title).users.add('i:0#.f|membership|planerare@kommun.example');
    },
    close: () => core.close()
  };
}

/** A real SharePoint Online site reached with one bearer token per user. */
function realTarget(siteUrl: string): TestTarget {
  const tokens: Partial<Record<TargetUser, string>> = {};
  (Object.keys(TOKEN_VARIABLES) as TargetUser[]).forEach((user) => {
    const token = process.env[TOKEN_VARIABLES[user]];
    if (token) {
      tokens[user] = token;
    }
  });
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
    joinRoleGroups: async () => undefined,
    close: () => undefined
  };
}
