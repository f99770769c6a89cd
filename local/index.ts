/**
 * The local SharePoint: a SharePoint REST server for PnPjs on Node 22, used as the product's
 * tenant-free default and by every test. See local/README.md.
 */
export { createLocalSharePointCore, LocalSharePointCore, DEFAULT_PORT, DEFAULT_SITE_PATH, DEFAULT_SITE_URL } from './core';
export type { BatchFailureMode, LocalSharePointOptions } from './core';
export { LocalSharePoint, toFetchResponse } from './pnp-behavior';
export type { LocalSharePointBehaviorOptions } from './pnp-behavior';
export type { LocalRequest, LocalResponse } from './types';
export type { FaultSettings, FaultCounters } from './faults';
export { DEMO_MAIL_DOMAIN, DEFAULT_LOGIN, GROUP_IDS } from './store/users';
export type { DirectoryPerson, SiteUser, SiteGroup } from './store/users';
export { startLocalSharePoint, databaseFile } from './server';
export type { LocalSharePointServer, LocalSharePointServerOptions } from './server';
export { assignDemoRoles, DEMO_ROLE_MEMBERS, localSpfi, provisionLocalRoles, provisionLocalSharePoint, provisionSchema } from './provision';
