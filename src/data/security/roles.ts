/**
 * The product's roles, written once: the SharePoint groups it creates on first setup, the
 * custom permission level "Lägga till och visa", and which level each group holds on each of
 * the product's lists. `ensureRoles` (ensureRoles.ts) makes a site match this; docs/roles.md
 * explains it to administrators. A new list is one line in LIST_ROLES.
 */
import { LIST_TITLES, type ListTitle } from '../schema/listNames';
import { maskOf, PERMISSION_KINDS } from './permissions';

/** One of the product's own groups. */
export interface RoleGroupDefinition {
  /** The group's name on the site. */
  readonly title: string;
  /** Swedish description shown in SharePoint's group settings. */
  readonly description: string;
}

/** The product's groups, by role. */
export const ROLE_GROUPS = {
  samordnare: {
    title: 'Internkontroll – samordnare',
    description: 'Samordnar den interna kontrollen: planer, risker, kontrollmoment, åtgärder, struktur, rapportformer och inställningar.'
  },
  rapportorer: {
    title: 'Internkontroll – rapportörer',
    description: 'Rapporterar periodens uppföljning, avvikelser och riskvärderingar. Läser planerna.'
  },
  godkannare: {
    title: 'Internkontroll – godkännare',
    description: 'Chefer som godkänner periodens uppföljning innan den går till nämnden.'
  }
} as const satisfies Record<string, RoleGroupDefinition>;

/** A role of the product (one of its groups). */
export type ProductRole = keyof typeof ROLE_GROUPS;

/** The product's roles in the order they are set up. */
export const PRODUCT_ROLES: readonly ProductRole[] = ['samordnare', 'rapportorer', 'godkannare'];

/** The permission levels the role table uses. */
export type RoleLevel = 'fullControl' | 'contribute' | 'addAndView' | 'read';

/** SharePoint's `RoleTypeKind` of the built-in levels (their names are localised; their types are not). */
export const BUILT_IN_ROLE_TYPES: Readonly<Record<Exclude<RoleLevel, 'addAndView'>, number>> = {
  fullControl: 5,
  contribute: 3,
  read: 2
};

/** SharePoint's Read level (Läsa), as the custom level builds on it. */
const READ_KINDS = [
  PERMISSION_KINDS.viewListItems,
  PERMISSION_KINDS.openItems,
  PERMISSION_KINDS.viewVersions,
  PERMISSION_KINDS.viewFormPages,
  PERMISSION_KINDS.open,
  PERMISSION_KINDS.viewPages,
  PERMISSION_KINDS.createSSCSite,
  PERMISSION_KINDS.browseUserInfo,
  PERMISSION_KINDS.useClientIntegration,
  PERMISSION_KINDS.useRemoteAPIs,
  PERMISSION_KINDS.createAlerts
];

/**
 * "Lägga till och visa": what Read gives, plus adding items — no editing, no deleting. For
 * lists that must be append-only, such as a record of approval decisions.
 */
export const ADD_AND_VIEW_ROLE = {
  name: 'Lägga till och visa',
  description: 'Kan visa listobjekt och lägga till nya, men inte ändra eller ta bort dem.',
  order: 180,
  basePermissions: maskOf([...READ_KINDS, PERMISSION_KINDS.addListItems])
} as const;

/** Which level each product group holds on one list. */
export type ListRoles = Readonly<Record<ProductRole, RoleLevel>>;

/**
 * Every product list with its levels per group. The site's owners always get Full Control and
 * its visitors Read on every list; the site's other groups (e.g. its members) get nothing on
 * the product's lists: the product's groups decide.
 *
 * The approval lists are append-only for every product group (docs/approvals.md): the
 * samordnare names approvers and deputies, samordnare and rapportörer request (and withdraw
 * and remind, which are new items too), the godkännare decide. Nobody but the site's owners can
 * change or delete what was recorded.
 */
export const LIST_ROLES: Readonly<Record<ListTitle, ListRoles>> = {
  [LIST_TITLES.planer]: { samordnare: 'contribute', rapportorer: 'read', godkannare: 'read' },
  [LIST_TITLES.omraden]: { samordnare: 'contribute', rapportorer: 'read', godkannare: 'read' },
  [LIST_TITLES.risker]: { samordnare: 'contribute', rapportorer: 'read', godkannare: 'read' },
  [LIST_TITLES.kontrollmoment]: { samordnare: 'contribute', rapportorer: 'read', godkannare: 'read' },
  [LIST_TITLES.atgarder]: { samordnare: 'contribute', rapportorer: 'read', godkannare: 'read' },
  [LIST_TITLES.uppfoljningar]: { samordnare: 'read', rapportorer: 'contribute', godkannare: 'read' },
  [LIST_TITLES.avvikelser]: { samordnare: 'read', rapportorer: 'contribute', godkannare: 'read' },
  [LIST_TITLES.installningar]: { samordnare: 'contribute', rapportorer: 'read', godkannare: 'read' },
  [LIST_TITLES.rapportformer]: { samordnare: 'contribute', rapportorer: 'read', godkannare: 'read' },
  [LIST_TITLES.godkannare]: { samordnare: 'addAndView', rapportorer: 'read', godkannare: 'read' },
  [LIST_TITLES.ersattare]: { samordnare: 'addAndView', rapportorer: 'read', godkannare: 'read' },
  [LIST_TITLES.godkannanden]: { samordnare: 'addAndView', rapportorer: 'addAndView', godkannare: 'read' },
  [LIST_TITLES.beslut]: { samordnare: 'read', rapportorer: 'read', godkannare: 'addAndView' },
  [LIST_TITLES.ogonblicksbilder]: { samordnare: 'read', rapportorer: 'read', godkannare: 'addAndView' }
};

/** The levels of the site's own owners and visitors on every product list. */
export const SITE_GROUP_LEVELS = { owners: 'fullControl', visitors: 'read' } as const satisfies Record<string, RoleLevel>;
