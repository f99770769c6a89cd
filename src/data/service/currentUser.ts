/**
 * The signed-in user and what SharePoint lets the user do: the effective permissions on the
 * site and on each of the product's lists, and membership of the approvers' group, read in
 * one batch. The UI decides what to offer from these; SharePoint enforces them.
 */
import { SPFI, SPQueryable } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import { runReadBatch } from '../batchWrites';
import { httpStatusOf, OperationContext, toDataError } from '../httpErrors';
import type { CurrentUser, ListPermissions, ProductListKey } from '../InternkontrollService';
import { LIST_TITLES } from '../schema/listNames';
import { hasPermission, listPermissionsOf, NO_LIST_PERMISSIONS, PERMISSION_KINDS, type BasePermissions } from '../security/permissions';
import { ROLE_GROUPS } from '../security/roles';

/**
 * Title of the SharePoint group whose members approve a period's follow-up. The product creates
 * it (`ensureRoles`); membership is managed in SharePoint; the app only reads it.
 */
export const APPROVER_GROUP_TITLE: string = ROLE_GROUPS.godkannare.title;

/** The product's lists in the order they are read. */
const LIST_KEYS = Object.keys(LIST_TITLES) as ProductListKey[];

type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };

function maskOf(result: Settled): BasePermissions | undefined {
  return result.ok ? (result.value as BasePermissions) : undefined;
}

/** The signed-in user and the user's permissions (one batch). */
export async function readCurrentUser(sp: SPFI): Promise<CurrentUser> {
  const context: OperationContext = { entity: 'plan', action: 'read' };
  try {
    const [user, webPermissions, groups, ...listResults] = await runReadBatch<unknown>(sp, [
      (b) => b.web.currentUser.select('Id', 'LoginName', 'Title', 'Email')(),
      (b) => SPQueryable(b.web, 'EffectiveBasePermissions')(),
      (b) => b.web.currentUser.groups.select('Title')(),
      ...LIST_KEYS.map((key) => (b: SPFI) => b.web.lists.getByTitle(LIST_TITLES[key]).effectiveBasePermissions())
    ]);
    if (!user.ok) {
      throw user.error;
    }
    const info = user.value as { Id: number; LoginName: string; Title: string; Email?: string };
    const web = maskOf(webPermissions);
    const permissions = {} as Record<ProductListKey, ListPermissions>;
    LIST_KEYS.forEach((key, index) => {
      const result = listResults[index];
      // A list that does not exist yet would inherit the site's permissions when created; a list
      // the user may not see gives nothing.
      permissions[key] = result.ok
        ? listPermissionsOf(maskOf(result))
        : httpStatusOf(result.error) === 404
          ? listPermissionsOf(web)
          : { ...NO_LIST_PERMISSIONS };
    });
    const groupTitles = groups.ok ? (groups.value as Array<{ Title: string }>).map((group) => group.Title) : [];
    const may = (key: ProductListKey): boolean => permissions[key].add && permissions[key].edit;
    return {
      id: info.Id,
      loginName: info.LoginName,
      title: info.Title,
      email: info.Email !== undefined && info.Email !== '' ? info.Email : undefined,
      permissions,
      canEdit: may('planer'),
      canFollowUp: may('uppfoljningar') && may('avvikelser'),
      isApprover: groupTitles.indexOf(APPROVER_GROUP_TITLE) >= 0,
      canManage: hasPermission(web, PERMISSION_KINDS.manageLists) && hasPermission(web, PERMISSION_KINDS.managePermissions)
    };
  } catch (error) {
    throw toDataError(error, context);
  }
}
