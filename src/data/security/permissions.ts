/**
 * SharePoint base permissions as the data layer reads them: REST answers masks as two 32-bit
 * words (`{"High":"432","Low":"1011028719"}`); bit n is SharePoint's PermissionKind n + 1.
 * Pure: no PnPjs here.
 */

import type { ListPermissions } from '../InternkontrollService';

/** A permission mask as REST answers it (words as strings or numbers). */
export interface BasePermissions {
  /** Bits 32–63. */
  High: string | number;
  /** Bits 0–31. */
  Low: string | number;
}

/** The permission kinds the product checks, numbered as SharePoint's `SP.PermissionKind`. */
export const PERMISSION_KINDS = {
  viewListItems: 1,
  addListItems: 2,
  editListItems: 3,
  deleteListItems: 4,
  openItems: 6,
  viewVersions: 7,
  viewFormPages: 13,
  open: 17,
  viewPages: 18,
  createSSCSite: 23,
  manageLists: 12,
  createGroups: 25,
  managePermissions: 26,
  browseUserInfo: 28,
  useClientIntegration: 37,
  useRemoteAPIs: 38,
  createAlerts: 40
} as const;

function word(value: string | number | undefined): number {
  const numeric = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(numeric) ? numeric : 0;
}

/** Whether `mask` grants the permission `kind` (a value of PERMISSION_KINDS). */
export function hasPermission(mask: BasePermissions | undefined, kind: number): boolean {
  if (mask === undefined) {
    return false;
  }
  const bit = kind - 1;
  const value = bit < 32 ? word(mask.Low) : word(mask.High);
  const shift = bit < 32 ? bit : bit - 32;
  // Division instead of >>> keeps the arithmetic right for words above 2^31.
  return Math.floor(value / Math.pow(2, shift)) % 2 === 1;
}

/** The mask with exactly the given kinds, with words as strings (as REST expects them). */
export function maskOf(kinds: readonly number[]): { High: string; Low: string } {
  let high = 0;
  let low = 0;
  for (const kind of kinds) {
    const bit = kind - 1;
    if (bit < 32) {
      low += hasPermission({ High: 0, Low: low }, kind) ? 0 : Math.pow(2, bit);
    } else {
      high += hasPermission({ High: high, Low: 0 }, kind) ? 0 : Math.pow(2, bit - 32);
    }
  }
  return { High: String(high), Low: String(low) };
}

/** Whether two masks grant the same permissions. */
export function sameMask(a: BasePermissions, b: BasePermissions): boolean {
  return word(a.High) === word(b.High) && word(a.Low) === word(b.Low);
}


/** No permissions on a list (a list that is missing, or a user without access). */
export const NO_LIST_PERMISSIONS: ListPermissions = { view: false, add: false, edit: false, delete: false };

/** The item permissions a mask grants on a list. */
export function listPermissionsOf(mask: BasePermissions | undefined): ListPermissions {
  return {
    view: hasPermission(mask, PERMISSION_KINDS.viewListItems),
    add: hasPermission(mask, PERMISSION_KINDS.addListItems),
    edit: hasPermission(mask, PERMISSION_KINDS.editListItems),
    delete: hasPermission(mask, PERMISSION_KINDS.deleteListItems)
  };
}
