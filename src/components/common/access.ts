/**
 * What the signed-in user is offered, read from SharePoint's per-list permissions
 * (`CurrentUser.permissions`): the UI shows what SharePoint would allow, and SharePoint still
 * refuses the rest. One place, so the views ask the same question the same way.
 */
import type { CurrentUser } from '../../data/InternkontrollService';

/** The organisation's settings: those who may change the settings item (samordnare, site owners). */
export function canOpenSettings(user: CurrentUser): boolean {
  return user.permissions.installningar.edit || user.canManage;
}

/**
 * How approval notifications go out ("Avisering", a row of the settings list): SharePoint lets
 * exactly those who may change the settings item write it, so the page offers it to them.
 */
export function canChangeNotifications(user: CurrentUser): boolean {
  return user.permissions.installningar.edit;
}

/**
 * Who holds each role: changing a product group needs its owner or Manage Permissions on the
 * site (the groups are created by the site owner who ran first setup).
 */
export function canChangeRoleMembers(user: CurrentUser): boolean {
  return user.canManage;
}

/** Copy to next year creates a plan with its områden, risks, kontrollmoment and åtgärder. */
export function canCopyPlan(user: CurrentUser): boolean {
  const p = user.permissions;
  return p.planer.add && p.omraden.add && p.risker.add && p.kontrollmoment.add && p.atgarder.add;
}

/** A plan's own matrix is a change of the plan item. */
export function canChangePlanMatrix(user: CurrentUser): boolean {
  return user.permissions.planer.edit;
}

/** Everyone's duties per person: for those who keep the plans (samordnare). */
export function canSeeEveryonesDuties(user: CurrentUser): boolean {
  return user.permissions.planer.edit;
}
