/**
 * Sets up the product's roles on a site through SharePoint's REST API (PnPjs), so that
 * SharePoint itself enforces them: the permission level "Lägga till och visa", the product's
 * groups, and unique permissions on each product list with exactly the levels of
 * `LIST_ROLES` for the product's groups (plus Full Control for the site's owners and Read for
 * its visitors). The feature XML cannot set permissions, so this runs from the owner's
 * "Skapa listor" / first-run step, after the lists exist.
 *
 * Idempotent: on a site that is set up it only reads. Inheritance is broken without copying the
 * site's assignments, so the site's members get nothing on the product's lists unless they are
 * in a product group. Assignments of other principals (added by an administrator) are left as
 * they are; a product group's level is corrected when it differs from the table.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security/web';
import '@pnp/sp/security/list';
import { LIST_ROLES, ADD_AND_VIEW_ROLE, BUILT_IN_ROLE_TYPES, PRODUCT_ROLES, ROLE_GROUPS, SITE_GROUP_LEVELS, type ListRoles, type ProductRole, type RoleLevel } from './roles';
import { sameMask, type BasePermissions } from './permissions';

/** Where the setup is, for a progress bar. */
export interface EnsureRolesProgress {
  /** Steps done so far (0 … total). */
  readonly completed: number;
  /** Steps in all: the permission level, the groups, then one per list. */
  readonly total: number;
  /** Swedish description of the step starting now; "Behörigheterna är klara." when done. */
  readonly message: string;
  /** English description. */
  readonly messageEn: string;
}

/** Receives progress: once before each step and once when all are done. */
export type EnsureRolesProgressCallback = (progress: EnsureRolesProgress) => void;

/** What the setup did to one list. */
export interface EnsureListRolesResult {
  /** Internal list title. */
  readonly title: string;
  /** True when this run gave the list permissions of its own. */
  readonly inheritanceBroken: boolean;
  /** Bindings added, as `<group>:<level>`. */
  readonly added: readonly string[];
  /** Bindings removed, as `<group>:<role definition id>`. */
  readonly removed: readonly string[];
}

/** What a setup run did. */
export interface EnsureRolesReport {
  /** True when this run created "Lägga till och visa". */
  readonly roleDefinitionCreated: boolean;
  /** True when this run corrected its permissions. */
  readonly roleDefinitionUpdated: boolean;
  /** Titles of the groups this run created. */
  readonly groupsCreated: readonly string[];
  /** Group ids by role, as found or created. */
  readonly groupIds: Readonly<Record<ProductRole, number>>;
  /** One result per list. */
  readonly lists: readonly EnsureListRolesResult[];
  /** True when anything was changed on the site. */
  readonly changed: boolean;
}

/** A setup step failed; the message names what, in Swedish (English in `messageEn`). */
export class RoleSetupError extends Error {
  /** What failed, e.g. "listan IKPlaner" or "gruppen Internkontroll – rapportörer". */
  public readonly subject: string;
  /** HTTP status of the failed request, when there was one. */
  public readonly status: number | undefined;
  /** English text of the message. */
  public readonly messageEn: string;
  /** What PnPjs threw. */
  public readonly reason: unknown;

  /** Builds the error for a failed step on `subject` (Swedish) / `subjectEn`. */
  public constructor(subject: string, subjectEn: string, reason: unknown) {
    const status = typeof reason === 'object' && reason !== null && typeof (reason as { status?: unknown }).status === 'number' ? (reason as { status: number }).status : undefined;
    const detail = reason instanceof Error ? reason.message : String(reason);
    const denied = status === 401 || status === 403;
    super(
      denied
        ? `Du saknar behörighet att ställa in behörigheterna för ${subject}. En webbplatsägare behöver göra det.`
        : `Det gick inte att ställa in behörigheterna för ${subject}: ${detail}`
    );
    this.name = 'RoleSetupError';
    this.subject = subject;
    this.status = status;
    this.messageEn = denied ? `You may not set up the permissions of ${subjectEn}. A site owner needs to do it.` : `Could not set up the permissions of ${subjectEn}: ${detail}`;
    this.reason = reason;
  }
}

async function step<T>(subject: string, subjectEn: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw error instanceof RoleSetupError ? error : new RoleSetupError(subject, subjectEn, error);
  }
}

interface RoleDefinitionInfo {
  Id: number;
  Name: string;
  RoleTypeKind: number;
  BasePermissions: BasePermissions;
}

interface AssignmentInfo {
  PrincipalId: number;
  RoleDefinitionBindings: Array<{ Id: number }>;
}

/** Options of a run (tests and later issues pass their own table). */
export interface EnsureRolesOptions {
  /** The lists and their levels; `LIST_ROLES` by default. */
  readonly listRoles?: Readonly<Record<string, ListRoles>>;
}

/** Ensures "Lägga till och visa" and returns every level's id by RoleLevel. */
async function ensureRoleDefinitions(sp: SPFI): Promise<{ ids: Record<RoleLevel, number>; created: boolean; updated: boolean }> {
  const subject = `behörighetsnivån ${ADD_AND_VIEW_ROLE.name}`;
  const subjectEn = `the permission level ${ADD_AND_VIEW_ROLE.name}`;
  return step(subject, subjectEn, async () => {
    const roles = await sp.web.roleDefinitions.select('Id', 'Name', 'RoleTypeKind', 'BasePermissions')<RoleDefinitionInfo[]>();
    const byType = (kind: number): number => {
      const role = roles.filter((r) => r.RoleTypeKind === kind)[0];
      if (role === undefined) {
        throw new Error(`webbplatsen saknar den inbyggda behörighetsnivån av typ ${kind} / the site lacks the built-in level of type ${kind}`);
      }
      return role.Id;
    };
    let created = false;
    let updated = false;
    let custom = roles.filter((r) => r.Name.toLowerCase() === ADD_AND_VIEW_ROLE.name.toLowerCase())[0];
    if (custom === undefined) {
      const added = await sp.web.roleDefinitions.add(ADD_AND_VIEW_ROLE.name, ADD_AND_VIEW_ROLE.description, ADD_AND_VIEW_ROLE.order, {
        High: Number(ADD_AND_VIEW_ROLE.basePermissions.High),
        Low: Number(ADD_AND_VIEW_ROLE.basePermissions.Low)
      });
      custom = added.data as unknown as RoleDefinitionInfo;
      created = true;
    } else if (!sameMask(custom.BasePermissions, ADD_AND_VIEW_ROLE.basePermissions)) {
      // Someone widened or narrowed the level: put back add-and-view, nothing more.
      await sp.web.roleDefinitions.getById(custom.Id).update({
        BasePermissions: { High: Number(ADD_AND_VIEW_ROLE.basePermissions.High), Low: Number(ADD_AND_VIEW_ROLE.basePermissions.Low) }
      });
      updated = true;
    }
    return {
      ids: {
        fullControl: byType(BUILT_IN_ROLE_TYPES.fullControl),
        contribute: byType(BUILT_IN_ROLE_TYPES.contribute),
        read: byType(BUILT_IN_ROLE_TYPES.read),
        addAndView: custom.Id
      },
      created,
      updated
    };
  });
}

/** Ensures the product's groups; returns their ids and the titles created. */
async function ensureGroups(sp: SPFI): Promise<{ ids: Record<ProductRole, number>; created: string[]; owners: number; visitors: number }> {
  return step('grupperna', 'the groups', async () => {
    const groups = await sp.web.siteGroups.select('Id', 'Title')<Array<{ Id: number; Title: string }>>();
    const ids = {} as Record<ProductRole, number>;
    const created: string[] = [];
    for (const role of PRODUCT_ROLES) {
      const definition = ROLE_GROUPS[role];
      const existing = groups.filter((g) => g.Title.toLowerCase() === definition.title.toLowerCase())[0];
      if (existing !== undefined) {
        ids[role] = existing.Id;
      } else {
        const added = await step(`gruppen ${definition.title}`, `the group ${definition.title}`, () =>
          sp.web.siteGroups.add({ Title: definition.title, Description: definition.description })
        );
        ids[role] = (added as { Id: number }).Id;
        created.push(definition.title);
      }
    }
    const owners = await sp.web.associatedOwnerGroup.select('Id')<{ Id: number }>();
    const visitors = await sp.web.associatedVisitorGroup.select('Id')<{ Id: number }>();
    return { ids, created, owners: owners.Id, visitors: visitors.Id };
  });
}

/** Gives one list unique permissions with the table's levels. */
async function ensureListRoles(
  sp: SPFI,
  title: string,
  wanted: ReadonlyMap<number, number>,
  principalNames: ReadonlyMap<number, string>,
  levelNames: ReadonlyMap<number, string>
): Promise<EnsureListRolesResult> {
  return step(`listan ${title}`, `the list ${title}`, async () => {
    const list = sp.web.lists.getByTitle(title);
    const info = await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
    let inheritanceBroken = false;
    if (!info.HasUniqueRoleAssignments) {
      // Not copying: the site's members must not keep their rights on the product's lists.
      await list.breakRoleInheritance(false, true);
      inheritanceBroken = true;
    }
    const assignments = await list.roleAssignments.expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Id')<AssignmentInfo[]>();
    const bound = new Map<number, number[]>(assignments.map((a) => [a.PrincipalId, a.RoleDefinitionBindings.map((b) => b.Id)]));
    const added: string[] = [];
    const removed: string[] = [];
    for (const [principalId, roleDefId] of Array.from(wanted.entries())) {
      const current = bound.get(principalId) ?? [];
      if (current.indexOf(roleDefId) < 0) {
        await list.roleAssignments.add(principalId, roleDefId);
        added.push(`${principalNames.get(principalId) ?? principalId}:${levelNames.get(roleDefId) ?? roleDefId}`);
      }
      for (const other of current.filter((id) => id !== roleDefId)) {
        await list.roleAssignments.remove(principalId, other);
        removed.push(`${principalNames.get(principalId) ?? principalId}:${other}`);
      }
    }
    return { title, inheritanceBroken, added, removed };
  });
}

/**
 * Ensures the product's roles on the site `sp` points at. The caller needs Full Control (to
 * create groups and levels and to change permissions): a site owner.
 *
 * @param sp PnPjs root for the site, acting as a site owner.
 * @param onProgress Called before each step and when done.
 * @param options The role table (LIST_ROLES by default).
 * @returns What was created or changed.
 * @throws RoleSetupError naming the level, group or list that could not be set up.
 */
export async function ensureRoles(sp: SPFI, onProgress?: EnsureRolesProgressCallback, options: EnsureRolesOptions = {}): Promise<EnsureRolesReport> {
  const table: Readonly<Record<string, ListRoles>> = options.listRoles ?? LIST_ROLES;
  const titles = Object.keys(table);
  const total = 2 + titles.length;
  const report = (completed: number, message: string, messageEn: string): void => onProgress?.({ completed, total, message, messageEn });

  report(0, `Kontrollerar behörighetsnivån ${ADD_AND_VIEW_ROLE.name}`, `Checking the permission level ${ADD_AND_VIEW_ROLE.name}`);
  const levels = await ensureRoleDefinitions(sp);
  report(1, 'Kontrollerar grupperna för intern kontroll', 'Checking the internal control groups');
  const groups = await ensureGroups(sp);

  const principalNames = new Map<number, string>([
    [groups.owners, 'ägare'],
    [groups.visitors, 'besökare'],
    ...PRODUCT_ROLES.map((role): [number, string] => [groups.ids[role], ROLE_GROUPS[role].title])
  ]);
  const levelNames = new Map<number, string>((Object.keys(levels.ids) as RoleLevel[]).map((level): [number, string] => [levels.ids[level], level]));
  const results: EnsureListRolesResult[] = [];
  for (let index = 0; index < titles.length; index++) {
    const title = titles[index];
    report(2 + index, `Ställer in behörigheter för listan ${title} (${index + 1} av ${titles.length})`, `Setting permissions of the list ${title} (${index + 1} of ${titles.length})`);
    const wanted = new Map<number, number>([
      [groups.owners, levels.ids[SITE_GROUP_LEVELS.owners]],
      [groups.visitors, levels.ids[SITE_GROUP_LEVELS.visitors]],
      ...PRODUCT_ROLES.map((role): [number, number] => [groups.ids[role], levels.ids[table[title][role]]])
    ]);
    results.push(await ensureListRoles(sp, title, wanted, principalNames, levelNames));
  }
  report(total, 'Behörigheterna är klara.', 'The permissions are ready.');
  return {
    roleDefinitionCreated: levels.created,
    roleDefinitionUpdated: levels.updated,
    groupsCreated: groups.created,
    groupIds: groups.ids,
    lists: results,
    changed: levels.created || levels.updated || groups.created.length > 0 || results.some((r) => r.inheritanceBroken || r.added.length > 0 || r.removed.length > 0)
  };
}
