/**
 * The site's people: the demo users, the three site groups and their members, and the
 * "directory" of people that `ensureuser` may add to the site. User and group ids share one
 * principal id space, as in SharePoint.
 */
import type { Database } from './database';

/** A permission level a site group grants. */
export type SiteRole = 'FullControl' | 'Contribute' | 'Read';

/** The effective access of a caller: a role, or none. */
export type Access = SiteRole | 'None';

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

/** A SharePoint site group. */
export interface SiteGroup {
  /** Principal id. */
  readonly id: number;
  /** Group name, e.g. `Internkontroll – ägare`. */
  readonly title: string;
  /** Description. */
  readonly description: string;
  /** The permission level the group has on the site. */
  readonly role: SiteRole;
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
/** The login every request falls back to when none (or an unknown one) is given. */
export const DEFAULT_LOGIN = 'samordnare';
/** Ids of the three site groups, SharePoint's usual numbers for a new team site. */
export const GROUP_IDS = { owners: 3, visitors: 4, members: 5, approvers: 10 } as const;

const DEMO_GROUPS: readonly SiteGroup[] = [
  { id: GROUP_IDS.owners, title: 'Internkontroll – ägare', description: 'Ägare av webbplatsen Internkontroll (fullständig behörighet).', role: 'FullControl' },
  { id: GROUP_IDS.visitors, title: 'Internkontroll – besökare', description: 'Besökare på webbplatsen Internkontroll (läsbehörighet).', role: 'Read' },
  { id: GROUP_IDS.members, title: 'Internkontroll – medlemmar', description: 'Medlemmar av webbplatsen Internkontroll (bidragsbehörighet).', role: 'Contribute' },
  // Approving a period's follow-up is a duty, not a permission level: the group grants what
  // members have, and the app reads membership to offer approval.
  { id: GROUP_IDS.approvers, title: 'Internkontroll – godkännare', description: 'Chefer som godkänner periodens uppföljning innan den går till nämnden.', role: 'Contribute' }
];

const DEMO_USERS: readonly (DirectoryPerson & { id: number; groups: readonly number[]; admin: boolean })[] = [
  { id: 6, login: 'samordnare', title: 'Samordnare intern kontroll', jobTitle: 'Samordnare intern kontroll', department: 'Kommunledningskontoret', groups: [GROUP_IDS.owners], admin: true },
  { id: 7, login: 'handlaggare', title: 'Handläggare', jobTitle: 'Handläggare', department: 'Förvaltningskontoret', groups: [GROUP_IDS.members], admin: false },
  { id: 8, login: 'chef', title: 'Förvaltningsdirektör', jobTitle: 'Förvaltningsdirektör', department: 'Förvaltningskontoret', groups: [GROUP_IDS.members, GROUP_IDS.approvers], admin: false },
  { id: 9, login: 'lasare', title: 'Läsare', jobTitle: 'Läsare', department: 'Förvaltningskontoret', groups: [GROUP_IDS.visitors], admin: false }
];

const ROLE_RANK: Readonly<Record<Access, number>> = { None: 0, Read: 1, Contribute: 2, FullControl: 3 };

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
        this.db.run('INSERT INTO groups (id, title, description, role) VALUES (?, ?, ?, ?)', group.id, group.title, group.description, group.role);
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

  /** Every user of the site, by id. */
  public siteUsers(): SiteUser[] {
    return this.db.all<UserRow>('SELECT * FROM users WHERE in_site = 1 ORDER BY id').map(toUser);
  }

  /** Every site group, by id. */
  public groups(): SiteGroup[] {
    return this.db.all<SiteGroup>('SELECT id, title, description, role FROM groups ORDER BY id');
  }

  /** The groups a user belongs to. */
  public groupsOf(userId: number): SiteGroup[] {
    return this.db.all<SiteGroup>(
      'SELECT g.id, g.title, g.description, g.role FROM groups g JOIN group_members m ON m.group_id = g.id WHERE m.user_id = ? ORDER BY g.id',
      userId
    );
  }

  /** The members of a group. */
  public membersOf(groupId: number): SiteUser[] {
    return this.db
      .all<UserRow>('SELECT u.* FROM users u JOIN group_members m ON m.user_id = u.id WHERE m.group_id = ? ORDER BY u.id', groupId)
      .map(toUser);
  }

  /** The highest permission level the user has through the site groups (admins: full control). */
  public accessOf(user: SiteUser): Access {
    if (user.isSiteAdmin) {
      return 'FullControl';
    }
    let best: Access = 'None';
    for (const group of this.groupsOf(user.id)) {
      if (ROLE_RANK[group.role] > ROLE_RANK[best]) {
        best = group.role;
      }
    }
    return best;
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
