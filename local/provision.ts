/**
 * Provisions the product's lists and columns on a local SharePoint with the product's own
 * `ensureSchema` (PnPjs lists.ensure/add + fields.createFieldAsXml), so the local site gets
 * exactly what a real site gets.
 */
import { spfi, SPBrowser, type SPFI } from '@pnp/sp';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import { ensureSchema, type EnsureSchemaReport } from '../src/data/schema/ensure';
import { ensureRoles, type EnsureRolesReport } from '../src/data/security/ensureRoles';
import { PRODUCT_ROLES, ROLE_GROUPS, type ProductRole } from '../src/data/security/roles';
import { DEFAULT_SITE_URL, type LocalSharePointCore } from './core';
import { LocalSharePoint } from './pnp-behavior';
import { DEMO_MAIL_DOMAIN } from './store/users';

/** A PnPjs root bound in-process to a core, acting as `user` (default: the site owner). */
export function localSpfi(core: LocalSharePointCore, user: string = 'samordnare', siteUrl: string = DEFAULT_SITE_URL): SPFI {
  return spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), LocalSharePoint(core, { user }));
}

/**
 * Ensures the product's schema through `sp` (which must act as an owner). Idempotent: on a
 * provisioned site it reads and changes nothing.
 */
export async function provisionSchema(sp: SPFI): Promise<EnsureSchemaReport> {
  return ensureSchema(sp);
}

/** Ensures the product's schema on a core in-process, as its owner. */
export async function provisionLocalSharePoint(core: LocalSharePointCore): Promise<EnsureSchemaReport> {
  return provisionSchema(localSpfi(core));
}

/**
 * The demo users in the product's groups: the samordnare (also site owner) coordinates, the
 * handläggare reports, the chef approves. The läsare stays a visitor of the site.
 */
export const DEMO_ROLE_MEMBERS: Readonly<Record<ProductRole, readonly string[]>> = {
  samordnare: ['samordnare'],
  rapportorer: ['handlaggare'],
  godkannare: ['chef']
};

/**
 * Puts the demo users in the product's groups through REST (`POST sitegroups(n)/users`), as
 * an administrator would after the first setup. Idempotent.
 */
export async function assignDemoRoles(sp: SPFI): Promise<void> {
  for (const role of PRODUCT_ROLES) {
    const group = sp.web.siteGroups.getByName(ROLE_GROUPS[role].title);
    for (const login of DEMO_ROLE_MEMBERS[role]) {
      await group.users.add(`i:0#.f|membership|${login}@${DEMO_MAIL_DOMAIN}`);
    }
  }
}

/**
 * Sets up the product's roles on a provisioned core as its owner (the product's own
 * `ensureRoles`), then puts the demo users in the groups.
 */
export async function provisionLocalRoles(core: LocalSharePointCore, siteUrl: string = DEFAULT_SITE_URL): Promise<EnsureRolesReport> {
  const sp = localSpfi(core, 'samordnare', siteUrl);
  const report = await ensureRoles(sp);
  await assignDemoRoles(sp);
  return report;
}
