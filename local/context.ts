/**
 * What every handler gets: the store, the site's URLs, the caller and the request.
 */
import type { MetadataLevel } from './json';
import type { SiteStore } from './store/site-store';
import type { Mask } from './security/masks';
import type { ListRecord } from './store/lists';
import type { SiteUser } from './store/users';

/** What the caller may do, computed once per scope and request. */
export interface CallerPermissions {
  /** The caller's effective permissions on the web. */
  web(): Mask;
  /** The caller's effective permissions on a list (and its items, which inherit them). */
  list(list: ListRecord): Mask;
}

/** The method a request means, after `X-HTTP-Method` tunnelling. */
export type EffectiveMethod = 'GET' | 'POST' | 'MERGE' | 'PATCH' | 'PUT' | 'DELETE';

/** Per-request context passed to handlers. */
export interface RequestContext {
  /** The site's data. */
  readonly store: SiteStore;
  /** Absolute site URL, e.g. `http://127.0.0.1:4322/sites/internkontroll`. */
  readonly siteUrl: string;
  /** Server-relative site path, e.g. `/sites/internkontroll`. */
  readonly sitePath: string;
  /** The caller. */
  readonly user: SiteUser;
  /** The caller's effective permissions. */
  readonly perms: CallerPermissions;
  /** Effective method. */
  readonly method: EffectiveMethod;
  /** The request URL. */
  readonly url: URL;
  /** Request headers (as sent). */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** Request body text. */
  readonly body: string | undefined;
  /** Metadata level of the answer. */
  readonly level: MetadataLevel;
  /** The time of the request (one value for all rows it writes). */
  readonly now: Date;
}
