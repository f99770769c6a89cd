/**
 * The signed-in user and what SharePoint lets the user do: effective permission masks of the
 * plan list and the site, and membership of the approvers' group, read in one batch.
 */
import { SPFI, SPQueryable } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import { runReadBatch } from '../batchWrites';
import { OperationContext, toDataError } from '../httpErrors';
import type { CurrentUser } from '../InternkontrollService';
import { LIST_TITLES } from '../schema/lists';

/**
 * Title of the SharePoint group whose members approve a period's follow-up. Membership is
 * managed in SharePoint; the app only reads it.
 */
export const APPROVER_GROUP_TITLE = 'Internkontroll – godkännare';

/** SharePoint base permission bits (low word) the service checks. */
const PERMISSION_BITS = { addListItems: 0x2, editListItems: 0x4, manageLists: 0x800 } as const;

/** The low word of an EffectiveBasePermissions answer; 0 when it was refused. */
function lowWord(result: { ok: true; value: unknown } | { ok: false }): number {
  if (!result.ok) {
    return 0;
  }
  const value = (result.value as { Low?: unknown }).Low;
  return typeof value === 'number' || typeof value === 'string' ? Number(value) : 0;
}

/** The signed-in user and the user's permissions (one batch). */
export async function readCurrentUser(sp: SPFI): Promise<CurrentUser> {
  const context: OperationContext = { entity: 'plan', action: 'read' };
  try {
    const [user, listPermissions, webPermissions, groups] = await runReadBatch<unknown>(sp, [
      (b) => b.web.currentUser.select('Id', 'LoginName', 'Title', 'Email')(),
      (b) => b.web.lists.getByTitle(LIST_TITLES.planer).effectiveBasePermissions(),
      (b) => SPQueryable(b.web, 'EffectiveBasePermissions')(),
      (b) => b.web.currentUser.groups.select('Title')()
    ]);
    if (!user.ok) {
      throw user.error;
    }
    const info = user.value as { Id: number; LoginName: string; Title: string; Email?: string };
    // Lists inherit the site's permissions until someone breaks inheritance; before the
    // lists exist the site's permissions are what counts.
    const listLow = listPermissions.ok ? lowWord(listPermissions) : lowWord(webPermissions);
    const webLow = lowWord(webPermissions);
    const groupTitles = groups.ok ? (groups.value as Array<{ Title: string }>).map((group) => group.Title) : [];
    return {
      id: info.Id,
      loginName: info.LoginName,
      title: info.Title,
      email: info.Email !== undefined && info.Email !== '' ? info.Email : undefined,
      canEdit: (listLow & PERMISSION_BITS.addListItems) !== 0 && (listLow & PERMISSION_BITS.editListItems) !== 0,
      isApprover: groupTitles.indexOf(APPROVER_GROUP_TITLE) >= 0,
      canManage: (webLow & PERMISSION_BITS.manageLists) !== 0
    };
  } catch (error) {
    throw toDataError(error, context);
  }
}
