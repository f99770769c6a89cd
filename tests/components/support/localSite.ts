/**
 * A local SharePoint site in-process with the demo plans, and the real data service on it for
 * any demo user: component tests run against the same PnPjs code the web part runs.
 */
import { spfi, SPBrowser, type SPFI } from '@pnp/sp';
import type { IInternkontrollService } from '../../../src/data/InternkontrollService';
import { createInternkontrollService } from '../../../src/data/PnpInternkontrollService';
import { createLocalSharePointCore, DEFAULT_SITE_URL, LocalSharePoint, LocalSharePointCore } from '../../../local';
import { seedDemoData } from '../../../local/seedDemo';
import { ROLE_GROUPS } from '../../../src/data/security/roles';
import '@pnp/sp/site-groups/web';

/** Demo users of the local SharePoint; `planerare` is a samordnare who is not site owner. */
export type DemoUser = 'samordnare' | 'planerare' | 'handlaggare' | 'chef' | 'lasare';

/** A site and a way to act on it as any demo user. */
export interface LocalSite {
  /** The in-process core (an in-memory SQLite database). */
  core: LocalSharePointCore;
  /** The real service for a user. */
  serviceFor: (user: DemoUser) => IInternkontrollService;
  /** PnPjs on the site as a user (any login in the directory). */
  spFor: (user: string) => SPFI;
  /** The site user id of a login. */
  idOf: (login: string) => number;
}

/** An empty site: no lists yet. */
export function emptySite(): LocalSite {
  const core = createLocalSharePointCore({ database: ':memory:' });
  core.store.users.addToDirectory({ login: 'planerare', title: 'Planerare', jobTitle: 'Controller' });
  const spFor = (user: string): SPFI => spfi(DEFAULT_SITE_URL).using(SPBrowser({ baseUrl: DEFAULT_SITE_URL }), LocalSharePoint(core, { user }));
  const serviceFor = (user: DemoUser): IInternkontrollService => createInternkontrollService(spFor(user));
  const idOf = (login: string): number => core.store.users.byLogin(login)!.id;
  return { core, serviceFor, spFor, idOf };
}

/**
 * A site with the lists, the product's roles and the four demo plans, seeded as the
 * samordnare; the demo users are in the product's groups, `planerare` in the samordnare group.
 */
export async function seededSite(): Promise<LocalSite> {
  const site = emptySite();
  const owner = site.spFor('samordnare');
  await seedDemoData(owner);
  await owner.web.siteGroups.getByName(ROLE_GROUPS.samordnare.title).users.add('i:0#.f|membership|planerare@kommun.example');
  return site;
}
