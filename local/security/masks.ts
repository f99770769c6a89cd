/**
 * SharePoint's base permissions as two 32-bit words (`High`, `Low`), the way REST answers
 * them (`{"High":"432","Low":"1011028719"}`), and the built-in permission levels (role
 * definitions) with SharePoint Online's ids and masks.
 *
 * Bit n of the 64-bit mask is PermissionKind n + 1 (PnPjs `PermissionKind`, SharePoint's
 * `SP.PermissionKind`): bits 0–31 are the low word, 32–63 the high word.
 */

/** A permission mask: two unsigned 32-bit words. */
export interface Mask {
  /** Bits 32–63. */
  readonly high: number;
  /** Bits 0–31. */
  readonly low: number;
}

/** No permissions. */
export const EMPTY_MASK: Mask = { high: 0, low: 0 };

/** Every permission (Full Control; SharePoint's FullMask). */
export const FULL_MASK: Mask = { high: 0x7fffffff, low: 0xffffffff };

/** SharePoint's permission kinds the local SharePoint checks, as PnPjs numbers them. */
export const PermissionKind = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ApproveItems: 5,
  OpenItems: 6,
  ViewVersions: 7,
  DeleteVersions: 8,
  CancelCheckout: 9,
  ManagePersonalViews: 10,
  ManageLists: 12,
  ViewFormPages: 13,
  Open: 17,
  ViewPages: 18,
  AddAndCustomizePages: 19,
  ApplyThemeAndBorder: 20,
  ApplyStyleSheets: 21,
  CreateSSCSite: 23,
  CreateGroups: 25,
  ManagePermissions: 26,
  BrowseDirectories: 27,
  BrowseUserInfo: 28,
  AddDelPrivateWebParts: 29,
  UpdatePersonalWebParts: 30,
  ManageWeb: 31,
  UseClientIntegration: 37,
  UseRemoteAPIs: 38,
  CreateAlerts: 40,
  EditMyUserInfo: 41,
  EnumeratePermissions: 63
} as const;

/** One of the kinds above. */
export type PermissionKindValue = (typeof PermissionKind)[keyof typeof PermissionKind];

/** The mask with exactly the given kinds. */
export function maskOf(...kinds: readonly number[]): Mask {
  let high = 0;
  let low = 0;
  for (const kind of kinds) {
    const bit = kind - 1;
    if (bit < 32) {
      low = (low | (1 << bit)) >>> 0;
    } else {
      high = (high | (1 << (bit - 32))) >>> 0;
    }
  }
  return { high, low };
}

/** The union of masks. */
export function unionOf(...masks: readonly Mask[]): Mask {
  let high = 0;
  let low = 0;
  for (const mask of masks) {
    high = (high | mask.high) >>> 0;
    low = (low | mask.low) >>> 0;
  }
  return { high, low };
}

/** Whether `mask` holds the permission `kind`. */
export function hasPermission(mask: Mask, kind: number): boolean {
  const bit = kind - 1;
  return bit < 32 ? ((mask.low >>> bit) & 1) === 1 : ((mask.high >>> (bit - 32)) & 1) === 1;
}

/** Whether two masks are the same. */
export function sameMask(a: Mask, b: Mask): boolean {
  return a.high >>> 0 === b.high >>> 0 && a.low >>> 0 === b.low >>> 0;
}

/** The REST form of a mask: decimal strings, as SharePoint serialises Edm.Int64. */
export function maskJson(mask: Mask): { High: string; Low: string } {
  return { High: String(mask.high >>> 0), Low: String(mask.low >>> 0) };
}

/** Reads a REST mask (`{High, Low}` as strings or numbers); undefined when it is not one. */
export function maskFromJson(value: unknown): Mask | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const { High: high, Low: low } = value as { High?: unknown; Low?: unknown };
  const word = (part: unknown): number | undefined => {
    const numeric = typeof part === 'number' ? part : typeof part === 'string' && /^\d+$/.test(part.trim()) ? Number(part) : NaN;
    return Number.isInteger(numeric) && numeric >= 0 && numeric <= 0xffffffff ? numeric : undefined;
  };
  const h = word(high);
  const l = word(low);
  return h === undefined || l === undefined ? undefined : { high: h, low: l };
}

const READ_KINDS = [
  PermissionKind.ViewListItems,
  PermissionKind.OpenItems,
  PermissionKind.ViewVersions,
  PermissionKind.ViewFormPages,
  PermissionKind.Open,
  PermissionKind.ViewPages,
  PermissionKind.CreateSSCSite,
  PermissionKind.BrowseUserInfo,
  PermissionKind.UseClientIntegration,
  PermissionKind.UseRemoteAPIs,
  PermissionKind.CreateAlerts
];

const CONTRIBUTE_KINDS = [
  ...READ_KINDS,
  PermissionKind.AddListItems,
  PermissionKind.EditListItems,
  PermissionKind.DeleteListItems,
  PermissionKind.DeleteVersions,
  PermissionKind.ManagePersonalViews,
  PermissionKind.BrowseDirectories,
  PermissionKind.AddDelPrivateWebParts,
  PermissionKind.UpdatePersonalWebParts,
  PermissionKind.EditMyUserInfo
];

const EDIT_KINDS = [...CONTRIBUTE_KINDS, PermissionKind.ManageLists];

const DESIGN_KINDS = [
  ...EDIT_KINDS,
  PermissionKind.ApproveItems,
  PermissionKind.CancelCheckout,
  PermissionKind.AddAndCustomizePages,
  PermissionKind.ApplyThemeAndBorder,
  PermissionKind.ApplyStyleSheets
];

const LIMITED_ACCESS_KINDS = [
  PermissionKind.ViewFormPages,
  PermissionKind.Open,
  PermissionKind.BrowseUserInfo,
  PermissionKind.UseClientIntegration,
  PermissionKind.UseRemoteAPIs
];

/** SharePoint's role types (`RoleTypeKind`). */
export const RoleType = { None: 0, Guest: 1, Reader: 2, Contributor: 3, WebDesigner: 4, Administrator: 5, Editor: 6 } as const;

/** A built-in permission level as a new SharePoint Online site has it. */
export interface BuiltInRole {
  /** SharePoint Online's id of the level (the same on every site). */
  readonly id: number;
  /** Name on a Swedish site (the names are localised; code finds levels by `roleTypeKind`). */
  readonly name: string;
  /** Swedish description. */
  readonly description: string;
  /** Position on the permission levels page. */
  readonly order: number;
  /** `RoleTypeKind`. */
  readonly roleTypeKind: number;
  /** Hidden from the permission levels page (Limited Access). */
  readonly hidden: boolean;
  /** The permissions. */
  readonly mask: Mask;
}

/**
 * The built-in levels. Masks: Read 176/138612833, Contribute 432/1011028719, Edit
 * 432/1011030767, Design 432/1012866047, Full Control 2147483647/4294967295 — the values
 * SharePoint Online returns for a new site's `roledefinitions`.
 */
export const BUILT_IN_ROLES: readonly BuiltInRole[] = [
  { id: 1073741829, name: 'Fullständig behörighet', description: 'Har fullständig behörighet.', order: 1, roleTypeKind: RoleType.Administrator, hidden: false, mask: FULL_MASK },
  {
    id: 1073741828,
    name: 'Design',
    description: 'Kan visa, lägga till, uppdatera, ta bort, godkänna och anpassa.',
    order: 32,
    roleTypeKind: RoleType.WebDesigner,
    hidden: false,
    mask: maskOf(...DESIGN_KINDS)
  },
  {
    id: 1073741830,
    name: 'Redigera',
    description: 'Kan lägga till, redigera och ta bort listor; kan visa, lägga till, uppdatera och ta bort listobjekt och dokument.',
    order: 48,
    roleTypeKind: RoleType.Editor,
    hidden: false,
    mask: maskOf(...EDIT_KINDS)
  },
  {
    id: 1073741827,
    name: 'Bidra',
    description: 'Kan visa, lägga till, uppdatera och ta bort listobjekt och dokument.',
    order: 64,
    roleTypeKind: RoleType.Contributor,
    hidden: false,
    mask: maskOf(...CONTRIBUTE_KINDS)
  },
  { id: 1073741826, name: 'Läsa', description: 'Kan visa sidor och listobjekt och hämta dokument.', order: 128, roleTypeKind: RoleType.Reader, hidden: false, mask: maskOf(...READ_KINDS) },
  {
    id: 1073741825,
    name: 'Begränsad åtkomst',
    description: 'Kan visa specifika listor, dokumentbibliotek, listobjekt, mappar eller dokument när behörighet har getts.',
    order: 160,
    roleTypeKind: RoleType.Guest,
    hidden: true,
    mask: maskOf(...LIMITED_ACCESS_KINDS)
  }
];

/** The built-in level of a role type. */
export function builtInRole(roleTypeKind: number): BuiltInRole {
  const role = BUILT_IN_ROLES.find((r) => r.roleTypeKind === roleTypeKind);
  if (role === undefined) {
    throw new Error(`No built-in role of type ${roleTypeKind}`);
  }
  return role;
}

/** Ids custom levels start from (SharePoint Online numbers them above the built-in ones). */
export const FIRST_CUSTOM_ROLE_ID = 1073741925;
