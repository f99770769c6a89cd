/**
 * The site's people: the demo users, the three site groups and their members, and the
 * "directory" of people that `ensureuser` may add to the site. User and group ids share one
 * principal id space, as in SharePoint.
 */
import type { Database } from './database';

/** A person known to the site (its user information list row). */
export interface SiteUser {
  /** Principal id, used in Person columns (`HandlaggareId`). */
  readonly id: number;
  /** Short login, e.g. `samordnare`. */
  readonly login: string;
  /** Display name. */
  readonly title: string;
  /** E-mail address, also the user principal name. */
  readonly email: string;
  /** Job title. */
  readonly jobTitle: string;
  /** Department. */
  readonly department: string;
  /** Whether the user is a site collection administrator. */
  readonly isSiteAdmin: boolean;
  /** Whether the user is in the site's user information list (false: only in the directory). */
  readonly inSite: boolean;
}

/** A SharePoint site group. What it may do is given by role assignments (store/security.ts). */
export interface SiteGroup {
  /** Principal id. */
  readonly id: number;
  /** Group name, e.g. `Internkontroll – ägare`. */
  readonly title: string;
  /** Description. */
  readonly description: string;
  /** Principal id of the group's owner (a user or a group; a site's owners group owns itself). */
  readonly ownerId: number;
  /** Whether members may add and remove members. */
  readonly allowMembersEditMembership: boolean;
  /** Whether only members may see who the members are. */
  readonly onlyAllowMembersViewMembership: boolean;
}

/** Data for a person added to the directory (used by demo seeds). */
export interface DirectoryPerson {
  /** Short login (ASCII). */
  readonly login: string;
  /** Display name. */
  readonly title: string;
  /** E-mail; defaults to `<login>@kommun.example`. */
  readonly email?: string;
  /** Job title. */
  readonly jobTitle?: string;
  /** Department. */
  readonly department?: string;
}

/** The mail domain of the demo users. */
export const DEMO_MAIL_DOMAIN = 'kommun.example';
/** The demo user that `npm start`'s workbench acts as until another is chosen. */
export const DEFAULT_LOGIN = 'samordnare';
/** Ids of the site's associated groups, SharePoint's usual numbers for a new team site. */
export const GROUP_IDS = { owners: 3, visitors: 4, members: 5 } as const;

/**
 * The site's associated groups. Their permission levels on the site are role assignments
 * (store/security.ts): owners Full Control, members Contribute, visitors Read.
 */
const DEMO_GROUPS: readonly Pick<SiteGroup, 'id' | 'title' | 'description'>[] = [
  { id: GROUP_IDS.owners, title: 'Internkontroll – ägare', description: 'Ägare av webbplatsen Internkontroll (fullständig behörighet).' },
  { id: GROUP_IDS.visitors, title: 'Internkontroll – besökare', description: 'Besökare på webbplatsen Internkontroll (läsbehörighet).' },
  { id: GROUP_IDS.members, title: 'Internkontroll – medlemmar', description: 'Medlemmar av webbplatsen Internkontroll (bidragsbehörighet).' }
];

/**
 * The demo people and their site groups as a municipality would set the site up: the
 * handläggare and the chef are site members, the läsare a visitor, the samordnare owner and
 * site collection administrator. The product's own roles (rapportör, godkännare, …) are groups
 * the product creates on first setup; local/provision.ts puts the demo users in them.
 */
const DEMO_USERS: readonly (DirectoryPerson & { id: number; groups: readonly number[]; admin: boolean })[] = [
  { id: 6, login: 'samordnare', title: 'Samordnare intern kontroll', jobTitle: 'Samordnare intern kontroll', department: 'Kommunledningskontoret', groups: [GROUP_IDS.owners], admin: true },
  { id: 7, login: 'handlaggare', title: 'Handläggare', jobTitle: 'Handläggare', department: 'Förvaltningskontoret', groups: [GROUP_IDS.members], admin: false },
  { id: 8, login: 'chef', title: 'Förvaltningsdirektör', jobTitle: 'Förvaltningsdirektör', department: 'Förvaltningskontoret', groups: [GROUP_IDS.members], admin: false },
  { id: 9, login: 'lasare', title: 'Läsare', jobTitle: 'Läsare', department: 'Förvaltningskontoret', groups: [GROUP_IDS.visitors], admin: false }
];

interface GroupRow {
  id: number;
  title: string;
  description: string;
  owner_id: number;
  allow_members_edit: number;
  only_members_view: number;
}

function toGroup(row: GroupRow): SiteGroup {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    ownerId: row.owner_id,
    allowMembersEditMembership: row.allow_members_edit === 1,
    onlyAllowMembersViewMembership: row.only_members_view === 1
  };
}

interface UserRow {
  id: number;
  login: string;
  title: string;
  email: string;
  job_title: string;
  department: string;
  is_site_admin: number;
  in_site: number;
}

function toUser(row: UserRow): SiteUser {
  return {
    id: row.id,
    login: row.login,
    title: row.title,
    email: row.email,
    jobTitle: row.job_title,
    department: row.department,
    isSiteAdmin: row.is_site_admin === 1,
    inSite: row.in_site === 1
  };
}

/** The claims login SharePoint Online shows for a user (`i:0#.f|membership|upn`). */
export function claimsLogin(user: SiteUser): string {
  return `i:0#.f|membership|${user.email}`;
}

/** Access to the site's people and groups. */
export class UserDirectory {
  private readonly byIdCache: Map<number, SiteUser | undefined> = new Map();

  public constructor(private readonly db: Database) {}

  /** Adds the demo users and groups when the database has none. */
  public seedIfEmpty(): void {
    const count = this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM users')?.n ?? 0;
    if (count > 0) {
      return;
    }
    this.db.transaction(() => {
      for (const group of DEMO_GROUPS) {
        this.db.run('INSERT INTO groups (id, title, description, owner_id) VALUES (?, ?, ?, ?)', group.id, group.title, group.description, GROUP_IDS.owners);
      }
      for (const user of DEMO_USERS) {
        this.db.run(
          'INSERT INTO users (id, login, title, email, job_title, department, is_site_admin, in_site) VALUES (?, ?, ?, ?, ?, ?, ?, 1)',
          user.id,
          user.login,
          user.title,
          `${user.login}@${DEMO_MAIL_DOMAIN}`,
          user.jobTitle ?? '',
          user.department ?? '',
          user.admin ? 1 : 0
        );
        for (const group of user.groups) {
          this.db.run('INSERT INTO group_members (group_id, user_id) VALUES (?, ?)', group, user.id);
        }
      }
    });
    this.byIdCache.clear();
  }

  /** A user by principal id (site users and directory-only people). */
  public byId(id: number): SiteUser | undefined {
    if (!this.byIdCache.has(id)) {
      const row = this.db.get<UserRow>('SELECT * FROM users WHERE id = ?', id);
      this.byIdCache.set(id, row === undefined ? undefined : toUser(row));
    }
    return this.byIdCache.get(id);
  }

  /** Whether `id` is a user of the site (what Person columns may hold). */
  public isSiteUser(id: number): boolean {
    return this.byId(id)?.inSite === true;
  }

  /**
   * Finds a person by short login, e-mail or claims login (`i:0#.f|membership|x@y`),
   * case-insensitively.
   */
  public byLogin(login: string): SiteUser | undefined {
    const trimmed = login.trim();
    const bare = trimmed.includes('|') ? trimmed.slice(trimmed.lastIndexOf('|') + 1) : trimmed;
    const row = this.db.get<UserRow>('SELECT * FROM users WHERE login = ? OR email = ?', bare, bare);
    return row === undefined ? undefined : toUser(row);
  }

  /**
   * A person named exactly by short login, e-mail or claims login (`i:0#.f|membership|<e-mail>`),
   * case-insensitively; for identifying callers, where nothing else may match.
   */
  public byExactLogin(login: string): SiteUser | undefined {
    if (login === '' || login !== login.trim() || /[\u0000-\u001f\u007f]/.test(login)) {
      return undefined;
    }
    const claims = /^i:0#\.f\|membership\|([^|]+)$/i.exec(login);
    const row =
      claims !== null
        ? this.db.get<UserRow>('SELECT * FROM users WHERE email = ?', claims[1])
        : this.db.get<UserRow>('SELECT * FROM users WHERE login = ? OR email = ?', login, login);
    return row === undefined ? undefined : toUser(row);
  }

  /** Every user of the site, by id. */
  public siteUsers(): SiteUser[] {
    return this.db.all<UserRow>('SELECT * FROM users WHERE in_site = 1 ORDER BY id').map(toUser);
  }

  /** Every site group, by id. */
  public groups(): SiteGroup[] {
    return this.db.all<GroupRow>('SELECT * FROM groups ORDER BY id').map(toGroup);
  }

  /** A group by principal id. */
  public groupById(id: number): SiteGroup | undefined {
    const row = this.db.get<GroupRow>('SELECT * FROM groups WHERE id = ?', id);
    return row === undefined ? undefined : toGroup(row);
  }

  /** A group by name (case-insensitive, as SharePoint). */
  public groupByTitle(title: string): SiteGroup | undefined {
    const row = this.db.get<GroupRow>('SELECT * FROM groups WHERE title = ?', title);
    return row === undefined ? undefined : toGroup(row);
  }

  /** The groups a user belongs to. */
  public groupsOf(userId: number): SiteGroup[] {
    return this.db
      .all<GroupRow>('SELECT g.* FROM groups g JOIN group_members m ON m.group_id = g.id WHERE m.user_id = ? ORDER BY g.id', userId)
      .map(toGroup);
  }

  /** Whether the user is a member of the group. */
  public isMember(groupId: number, userId: number): boolean {
    return this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM group_members WHERE group_id = ? AND user_id = ?', groupId, userId)?.n === 1;
  }

  /** Creates a site group owned by `ownerId`; the caller checks the name is free. */
  public createGroup(input: { title: string; description: string; ownerId: number; allowMembersEditMembership?: boolean; onlyAllowMembersViewMembership?: boolean }): SiteGroup {
    const id = this.nextPrincipalId();
    this.db.run(
      'INSERT INTO groups (id, title, description, owner_id, allow_members_edit, only_members_view) VALUES (?, ?, ?, ?, ?, ?)',
      id,
      input.title,
      input.description,
      input.ownerId,
      input.allowMembersEditMembership === true ? 1 : 0,
      input.onlyAllowMembersViewMembership === true ? 1 : 0
    );
    return this.groupById(id)!;
  }

  /** Removes a user from a group. */
  public removeFromGroup(groupId: number, userId: number): void {
    this.db.run('DELETE FROM group_members WHERE group_id = ? AND user_id = ?', groupId, userId);
  }

  /** The members of a group. */
  public membersOf(groupId: number): SiteUser[] {
    return this.db
      .all<UserRow>('SELECT u.* FROM users u JOIN group_members m ON m.user_id = u.id WHERE m.group_id = ? ORDER BY u.id', groupId)
      .map(toUser);
  }

  /** Adds a person to the directory (not yet a site user); returns the stored person. */
  public addToDirectory(person: DirectoryPerson): SiteUser {
    const existing = this.byLogin(person.login);
    if (existing !== undefined) {
      return existing;
    }
    const id = this.nextPrincipalId();
    this.db.run(
      'INSERT INTO users (id, login, title, email, job_title, department, is_site_admin, in_site) VALUES (?, ?, ?, ?, ?, ?, 0, 0)',
      id,
      person.login,
      person.title,
      person.email ?? `${person.login}@${DEMO_MAIL_DOMAIN}`,
      person.jobTitle ?? '',
      person.department ?? ''
    );
    this.byIdCache.delete(id);
    return this.byId(id)!;
  }

  /** Makes a directory person a site user (what `ensureuser` does); undefined if unknown. */
  public ensureInSite(login: string): SiteUser | undefined {
    const person = this.byLogin(login);
    if (person === undefined) {
      return undefined;
    }
    if (!person.inSite) {
      this.db.run('UPDATE users SET in_site = 1 WHERE id = ?', person.id);
      this.byIdCache.delete(person.id);
    }
    return this.byId(person.id);
  }

  /** Adds a user to a group. */
  public addToGroup(groupId: number, userId: number): void {
    this.db.run('INSERT OR IGNORE INTO group_members (group_id, user_id) VALUES (?, ?)', groupId, userId);
    this.db.run('UPDATE users SET in_site = 1 WHERE id = ?', userId);
    this.byIdCache.delete(userId);
  }

  /** Forgets cached rows (after a reset). */
  public clearCache(): void {
    this.byIdCache.clear();
  }

  private nextPrincipalId(): number {
    const row = this.db.get<{ n: number | null }>('SELECT MAX(id) AS n FROM (SELECT id FROM users UNION ALL SELECT id FROM groups)');
    return Math.max(10, (row?.n ?? 0) + 1);
  }
}
