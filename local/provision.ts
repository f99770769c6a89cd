/**
 * Provisions the product's lists and columns on a local SharePoint with the product's own
 * `ensureSchema` (PnPjs lists.ensure/add + fields.createFieldAsXml), so the local site gets
 * exactly what a real site gets.
 */
import { spfi, SPBrowser, type SPFI } from '@pnp/sp';
import { ensureSchema, type EnsureSchemaReport } from '../src/data/schema/ensure';
import { DEFAULT_SITE_URL, type LocalSharePointCore } from './core';
import { LocalSharePoint } from './pnp-behavior';

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
