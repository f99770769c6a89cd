/**
 * SharePoint's security model for one site: permission levels (role definitions), securable
 * scopes (the web and each list) with their role assignments, inheritance, and the effective
 * permissions of a user on a scope.
 *
 * A list inherits the web's role assignments until inheritance is broken
 * (`breakroleinheritance`); items always inherit their list's. A site collection
 * administrator has every permission everywhere. A principal with an assignment on a list
 * with unique permissions gets Limited Access on the web, as SharePoint adds it, so the
 * person can open the site to reach the list.
 */
import { BUILT_IN_ROLES, EMPTY_MASK, FIRST_CUSTOM_ROLE_ID, FULL_MASK, RoleType, unionOf, builtInRole, type Mask } from '../security/masks';
import type { Database } from './database';
import { GROUP_IDS, type SiteUser, type UserDirectory } from './users';

/** A securable scope: the web, or a list by its row id. */
export type Scope = 'web' | `list:${number}`;

/** The scope of a list. */
export function listScope(listRowId: number): Scope {
  return `list:${listRowId}`;
}

/** A permission level. */
export interface RoleDefinitionRecord {
  /** Id (SharePoint Online's for the built-in levels). */
  readonly id: number;
  /** Name, unique on the site. */
  readonly name: string;
  /** Description. */
  readonly description: string;
  /** Position on the permission levels page. */
  readonly order: number;
  /** Hidden from the permission levels page. */
  readonly hidden: boolean;
  /** `RoleTypeKind`: 0 for custom levels. */
  readonly roleTypeKind: number;
  /** The permissions. */
  readonly mask: Mask;
}

/** The levels one principal holds on a scope. */
export interface RoleAssignmentRecord {
  /** User or group id. */
  readonly principalId: number;
  /** The permission levels bound, by id. */
  readonly roleDefinitionIds: readonly number[];
}

interface RoleRow {
  id: number;
  name: string;
  description: string;
  ord: number;
  hidden: number;
  role_type_kind: number;
  high: number;
  low: number;
}

function toRole(row: RoleRow): RoleDefinitionRecord {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    order: row.ord,
    hidden: row.hidden === 1,
    roleTypeKind: row.role_type_kind,
    mask: { high: row.high >>> 0, low: row.low >>> 0 }
  };
}

/** The site's permission levels and role assignments. */
export class SecurityStore {
  public constructor(
    private readonly db: Database,
    private readonly users: UserDirectory
  ) {}

  /** Adds the built-in levels and the web's assignments of a new site. */
  public seedIfEmpty(): void {
    if ((this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM role_definitions')?.n ?? 0) > 0) {
      return;
    }
    this.db.transaction(() => {
      for (const role of BUILT_IN_ROLES) {
        this.db.run(
          'INSERT INTO role_definitions (id, name, description, ord, hidden, role_type_kind, high, low) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          role.id,
          role.name,
          role.description,
          role.order,
          role.hidden ? 1 : 0,
          role.roleTypeKind,
          role.mask.high,
          role.mask.low
        );
      }
      this.db.run('INSERT INTO unique_scopes (scope) VALUES (?)', 'web');
      this.addAssignment('web', GROUP_IDS.owners, builtInRole(RoleType.Administrator).id);
      this.addAssignment('web', GROUP_IDS.members, builtInRole(RoleType.Contributor).id);
      this.addAssignment('web', GROUP_IDS.visitors, builtInRole(RoleType.Reader).id);
    });
  }

  // ---- Permission levels -------------------------------------------------------------------

  /** Every permission level, in `Order`. */
  public roleDefinitions(): RoleDefinitionRecord[] {
    return this.db.all<RoleRow>('SELECT * FROM role_definitions ORDER BY ord, id').map(toRole);
  }

  /** A level by id. */
  public roleDefinition(id: number): RoleDefinitionRecord | undefined {
    const row = this.db.get<RoleRow>('SELECT * FROM role_definitions WHERE id = ?', id);
    return row === undefined ? undefined : toRole(row);
  }

  /** A level by name (case-insensitive). */
  public roleDefinitionByName(name: string): RoleDefinitionRecord | undefined {
    const row = this.db.get<RoleRow>('SELECT * FROM role_definitions WHERE name = ?', name);
    return row === undefined ? undefined : toRole(row);
  }

  /** Creates a custom level; the caller has checked the name is free. */
  public addRoleDefinition(input: { name: string; description: string; order: number; mask: Mask }): RoleDefinitionRecord {
    const max = this.db.get<{ n: number | null }>('SELECT MAX(id) AS n FROM role_definitions')?.n ?? 0;
    const id = Math.max(FIRST_CUSTOM_ROLE_ID, max + 1);
    this.db.run(
      'INSERT INTO role_definitions (id, name, description, ord, hidden, role_type_kind, high, low) VALUES (?, ?, ?, ?, 0, 0, ?, ?)',
      id,
      input.name,
      input.description,
      input.order,
      input.mask.high,
      input.mask.low
    );
    return this.roleDefinition(id)!;
  }

  /** Changes a level's name, description, order or permissions. */
  public updateRoleDefinition(id: number, changes: { name?: string; description?: string; order?: number; mask?: Mask }): RoleDefinitionRecord {
    const current = this.roleDefinition(id)!;
    const mask = changes.mask ?? current.mask;
    this.db.run(
      'UPDATE role_definitions SET name = ?, description = ?, ord = ?, high = ?, low = ? WHERE id = ?',
      changes.name ?? current.name,
      changes.description ?? current.description,
      changes.order ?? current.order,
      mask.high,
      mask.low,
      id
    );
    return this.roleDefinition(id)!;
  }

  /** Deletes a level and every binding to it. */
  public removeRoleDefinition(id: number): void {
    this.db.run('DELETE FROM role_assignments WHERE role_def_id = ?', id);
    this.db.run('DELETE FROM role_definitions WHERE id = ?', id);
  }

  // ---- Scopes and assignments --------------------------------------------------------------

  /** Whether the scope has role assignments of its own (the web always has). */
  public hasUniqueRoleAssignments(scope: Scope): boolean {
    return scope === 'web' || this.db.get<{ scope: string }>('SELECT scope FROM unique_scopes WHERE scope = ?', scope) !== undefined;
  }

  /** The scope whose assignments apply to `scope`: itself when unique, else the web. */
  public effectiveScope(scope: Scope): Scope {
    return this.hasUniqueRoleAssignments(scope) ? scope : 'web';
  }

  /**
   * Gives the scope assignments of its own. `copy` copies the web's; otherwise the caller
   * alone gets Full Control, as SharePoint does. Nothing changes when the scope is unique.
   */
  public breakInheritance(scope: Scope, copy: boolean, callerId: number): void {
    if (this.hasUniqueRoleAssignments(scope)) {
      return;
    }
    this.db.run('INSERT INTO unique_scopes (scope) VALUES (?)', scope);
    if (copy) {
      this.db.run('INSERT INTO role_assignments (scope, principal_id, role_def_id) SELECT ?, principal_id, role_def_id FROM role_assignments WHERE scope = ?', scope, 'web');
    } else {
      this.addAssignment(scope, callerId, builtInRole(RoleType.Administrator).id);
    }
  }

  /** Makes the scope inherit the web's assignments again, dropping its own. */
  public resetInheritance(scope: Scope): void {
    if (scope === 'web') {
      return;
    }
    this.db.run('DELETE FROM role_assignments WHERE scope = ?', scope);
    this.db.run('DELETE FROM unique_scopes WHERE scope = ?', scope);
  }

  /** Forgets a deleted list's scope. */
  public dropScope(scope: Scope): void {
    this.resetInheritance(scope);
  }

  /** The assignments that apply to the scope (the web's when it inherits), by principal. */
  public assignments(scope: Scope): RoleAssignmentRecord[] {
    const rows = this.db.all<{ principal_id: number; role_def_id: number }>(
      'SELECT principal_id, role_def_id FROM role_assignments WHERE scope = ? ORDER BY principal_id, role_def_id',
      this.effectiveScope(scope)
    );
    const byPrincipal = new Map<number, number[]>();
    for (const row of rows) {
      byPrincipal.set(row.principal_id, [...(byPrincipal.get(row.principal_id) ?? []), row.role_def_id]);
    }
    return [...byPrincipal.entries()].map(([principalId, roleDefinitionIds]) => ({ principalId, roleDefinitionIds }));
  }

  /** Binds a level to a principal on a unique scope (no change when already bound). */
  public addAssignment(scope: Scope, principalId: number, roleDefId: number): void {
    this.db.run('INSERT OR IGNORE INTO role_assignments (scope, principal_id, role_def_id) VALUES (?, ?, ?)', scope, principalId, roleDefId);
  }

  /** Removes one binding. */
  public removeAssignment(scope: Scope, principalId: number, roleDefId: number): void {
    this.db.run('DELETE FROM role_assignments WHERE scope = ? AND principal_id = ? AND role_def_id = ?', scope, principalId, roleDefId);
  }

  /** Removes every binding of a principal on a scope. */
  public removePrincipal(scope: Scope, principalId: number): void {
    this.db.run('DELETE FROM role_assignments WHERE scope = ? AND principal_id = ?', scope, principalId);
  }

  // ---- Effective permissions ---------------------------------------------------------------

  /** The principals a user acts as: the user and the groups the user is in. */
  private principalsOf(user: SiteUser): number[] {
    return [user.id, ...this.users.groupsOf(user.id).map((group) => group.id)];
  }

  private maskOn(scope: Scope, principals: readonly number[]): Mask {
    if (principals.length === 0) {
      return EMPTY_MASK;
    }
    const rows = this.db.all<{ high: number; low: number }>(
      `SELECT d.high, d.low FROM role_assignments a JOIN role_definitions d ON d.id = a.role_def_id WHERE a.scope = ? AND a.principal_id IN (${principals
        .map(() => '?')
        .join(',')})`,
      scope,
      ...principals
    );
    return unionOf(EMPTY_MASK, ...rows.map((row) => ({ high: row.high >>> 0, low: row.low >>> 0 })));
  }

  /** What the user may do on the scope. */
  public effectiveMask(user: SiteUser, scope: Scope): Mask {
    if (user.isSiteAdmin) {
      return FULL_MASK;
    }
    const principals = this.principalsOf(user);
    const own = this.maskOn(this.effectiveScope(scope), principals);
    if (scope !== 'web') {
      return own;
    }
    // Limited Access on the web for principals that hold a role on a list of their own.
    const onUniqueList =
      this.db.get<{ n: number }>(
        `SELECT COUNT(*) AS n FROM role_assignments WHERE scope <> 'web' AND principal_id IN (${principals.map(() => '?').join(',')})`,
        ...principals
      )?.n ?? 0;
    return onUniqueList > 0 ? unionOf(own, builtInRole(RoleType.Guest).mask) : own;
  }
}
