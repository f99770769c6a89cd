/**
 * Who holds each of the product's roles: the members of its SharePoint groups
 * (`sitegroups/getByName('…')/users`), added by e-mail or login through `ensureuser` and
 * `POST …/users`, removed with `users/removeById(n)`. SharePoint decides who may change a
 * group (its owner, or whoever may manage permissions on the site); a refusal becomes a
 * PermissionError naming the group.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import type { Person } from '../../model/types';
import { PermissionError, PersonNotFoundError } from '../errors';
import { httpStatusOf, toDataError } from '../httpErrors';
import { PRODUCT_ROLES, ROLE_GROUPS, type ProductRole } from '../security/roles';
import { personFromUser } from './people';

/** The members of one role's group. */
export interface RoleMembers {
  /** The role. */
  role: ProductRole;
  /** The group's name on the site, e.g. "Internkontroll – samordnare". */
  groupTitle: string;
  /** False when the site has no such group (first setup has not run). */
  exists: boolean;
  /** The people in the group (SharePoint groups nested in it are left out), by name. */
  members: Person[];
}

/** A group member as REST returns it. */
interface MemberJson {
  Id: number;
  Title: string;
  Email?: string;
  LoginName: string;
  PrincipalType?: number;
}

/** SharePoint's PrincipalType of a person. */
const PRINCIPAL_USER = 1;

/** "ändra vem som är med i gruppen ”…”" as a PermissionError. */
function membershipRefused(role: ProductRole, status: number): PermissionError {
  const title = ROLE_GROUPS[role].title;
  return new PermissionError(`ändra vem som är med i gruppen ”${title}”`, `change who is in the group “${title}”`, status);
}

/** The members of every role's group, in the order of PRODUCT_ROLES. */
export async function loadRoleMembers(sp: SPFI): Promise<RoleMembers[]> {
  return Promise.all(
    PRODUCT_ROLES.map(async (role): Promise<RoleMembers> => {
      const groupTitle = ROLE_GROUPS[role].title;
      try {
        const users = await sp.web.siteGroups.getByName(groupTitle).users.select('Id', 'Title', 'Email', 'LoginName', 'PrincipalType')<MemberJson[]>();
        const members = users
          .filter((u) => u.PrincipalType === undefined || u.PrincipalType === PRINCIPAL_USER)
          .map(personFromUser)
          .sort((a, b) => a.title.localeCompare(b.title, 'sv'));
        return { role, groupTitle, exists: true, members };
      } catch (error) {
        if (httpStatusOf(error) === 404) {
          return { role, groupTitle, exists: false, members: [] };
        }
        throw toDataError(error, { entity: 'settings', action: 'read' });
      }
    })
  );
}

/**
 * Puts a person in a role's group: by the e-mail address or login (made a site user with
 * `ensureuser` if need be). Adding a member who is already in the group changes nothing.
 */
export async function addRoleMember(sp: SPFI, role: ProductRole, loginOrEmail: string): Promise<Person> {
  const login = loginOrEmail.trim();
  let user: MemberJson;
  try {
    user = (await sp.web.ensureUser(login)) as unknown as MemberJson;
  } catch (error) {
    if (httpStatusOf(error) === 404) {
      throw new PersonNotFoundError(login);
    }
    const status = httpStatusOf(error);
    throw status === 401 || status === 403 ? membershipRefused(role, status) : toDataError(error, { entity: 'settings', action: 'update' });
  }
  try {
    await sp.web.siteGroups.getByName(ROLE_GROUPS[role].title).users.add(user.LoginName);
  } catch (error) {
    const status = httpStatusOf(error);
    throw status === 401 || status === 403 ? membershipRefused(role, status) : toDataError(error, { entity: 'settings', action: 'update' });
  }
  return personFromUser(user);
}

/** Takes a person (by site user id) out of a role's group; one who is not in it is a not-found error. */
export async function removeRoleMember(sp: SPFI, role: ProductRole, personId: number): Promise<void> {
  try {
    await sp.web.siteGroups.getByName(ROLE_GROUPS[role].title).users.removeById(personId);
  } catch (error) {
    const status = httpStatusOf(error);
    throw status === 401 || status === 403 ? membershipRefused(role, status) : toDataError(error, { entity: 'settings', action: 'update' });
  }
}
