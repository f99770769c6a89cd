/**
 * The product's roles, enforced by SharePoint itself: after the owner's setup (ensureSchema +
 * ensureRoles) each role may do exactly what the issue specifies on each list, through PnPjs,
 * whatever the UI shows. The expected table below is written from the specification (issue 8),
 * not derived from LIST_ROLES: samordnare — plans, structure, report shapes (issue 7) and settings; rapportörer —
 * follow-ups and avvikelser, read the plans; godkännare — read; visitors read; owners
 * everything. The approval lists (issue 9) are append-only ("Lägga till och visa": read and add,
 * never edit or delete) for whoever may write them: samordnare name approvers and deputies,
 * samordnare and rapportörer request, godkännare decide; everyone else reads.
 *
 * Runs on the local SharePoint, and on a real site for each role that has a token
 * (tests/support/target.ts); a role without one is reported as skipped.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security/list';
import type { SPFI } from '@pnp/sp';
import { ensureSchema } from '../../src/data/schema/ensure';
import { LIST_TITLES, type ListTitle } from '../../src/data/schema/lists';
import { ensureRoles, RoleSetupError, type EnsureRolesProgress } from '../../src/data/security/ensureRoles';
import { LIST_ROLES, ROLE_GROUPS } from '../../src/data/security/roles';
import { hasPermission, PERMISSION_KINDS } from '../../src/data/security/permissions';
import { createTarget, localTest, userTest, type TargetUser, type TestTarget } from '../support/target';

type Operation = 'read' | 'add' | 'edit' | 'delete';
const OPERATIONS: readonly Operation[] = ['read', 'add', 'edit', 'delete'];

/** What a level allows, by operation. */
const LEVEL: Record<'full' | 'contribute' | 'addAndView' | 'read', Readonly<Record<Operation, boolean>>> = {
  full: { read: true, add: true, edit: true, delete: true },
  contribute: { read: true, add: true, edit: true, delete: true },
  addAndView: { read: true, add: true, edit: false, delete: false },
  read: { read: true, add: false, edit: false, delete: false }
};

const PLAN_LISTS: readonly ListTitle[] = [LIST_TITLES.planer, LIST_TITLES.omraden, LIST_TITLES.risker, LIST_TITLES.kontrollmoment, LIST_TITLES.atgarder];
const FOLLOW_UP_LISTS: readonly ListTitle[] = [LIST_TITLES.uppfoljningar, LIST_TITLES.avvikelser];
const APPROVAL_LISTS: readonly ListTitle[] = [LIST_TITLES.godkannare, LIST_TITLES.ersattare, LIST_TITLES.godkannanden, LIST_TITLES.beslut, LIST_TITLES.ogonblicksbilder];

/** Who may add to each approval list (append-only), by test user; the others read. */
const APPROVAL_WRITERS: Readonly<Record<string, readonly TargetUser[]>> = {
  [LIST_TITLES.godkannare]: ['planerare'],
  [LIST_TITLES.ersattare]: ['planerare'],
  [LIST_TITLES.godkannanden]: ['planerare', 'handlaggare'],
  [LIST_TITLES.beslut]: ['chef'],
  [LIST_TITLES.ogonblicksbilder]: ['chef']
};

/** The specification, by user and list. */
function expectedLevel(user: TargetUser, list: ListTitle): 'full' | 'contribute' | 'addAndView' | 'read' {
  if (user !== 'samordnare' && APPROVAL_LISTS.includes(list)) {
    return APPROVAL_WRITERS[list].includes(user) ? 'addAndView' : 'read';
  }
  switch (user) {
    case 'samordnare':
      return 'full';
    case 'planerare':
      return FOLLOW_UP_LISTS.includes(list) ? 'read' : 'contribute';
    case 'handlaggare':
      return FOLLOW_UP_LISTS.includes(list) ? 'contribute' : 'read';
    default:
      return 'read';
  }
}

const USERS: readonly TargetUser[] = ['samordnare', 'planerare', 'handlaggare', 'chef', 'lasare'];
const LISTS: readonly ListTitle[] = [...PLAN_LISTS, ...FOLLOW_UP_LISTS, LIST_TITLES.installningar, LIST_TITLES.rapportformer, ...APPROVAL_LISTS];

/** The fewest values an item of each list needs to pass the list's validation formula. */
const VALID_ITEM: Readonly<Record<string, Record<string, unknown>>> = {
  [LIST_TITLES.ersattare]: { Startdatum: '2024-09-01T00:00:00Z', Slutdatum: '2024-09-30T00:00:00Z' },
  [LIST_TITLES.godkannanden]: { Handelse: 'Påminnelse' },
  [LIST_TITLES.beslut]: { Kontrollsumma: 'a'.repeat(64) },
  [LIST_TITLES.ogonblicksbilder]: { Kontrollsumma: 'a'.repeat(64) }
};

function item(list: ListTitle, title: string): Record<string, unknown> {
  return { Title: title, ...(VALID_ITEM[list] ?? {}) };
}

/** Every (user, list, operation) with whether SharePoint must allow it. */
const CASES: Array<[TargetUser, ListTitle, Operation, boolean]> = USERS.flatMap((user) =>
  LISTS.flatMap((list) => OPERATIONS.map((operation): [TargetUser, ListTitle, Operation, boolean] => [user, list, operation, LEVEL[expectedLevel(user, list)][operation]]))
);

let target: TestTarget;
let owner: SPFI;
let counter = 0;

/** A title no other test row has (unique columns, shared real sites). */
function uniqueTitle(what: string): string {
  counter++;
  return `Rolltest ${what} ${Date.now()}-${counter}`;
}

beforeEach(async () => {
  target = createTarget();
  owner = target.sp('samordnare');
  await ensureSchema(owner);
  await ensureRoles(owner);
  await target.joinRoleGroups();
});

afterEach(() => {
  target.close();
});

/** The HTTP status of what a PnPjs call did: 200 for success. */
async function statusOf(call: Promise<unknown>): Promise<number> {
  try {
    await call;
    return 200;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (typeof status !== 'number') {
      throw error;
    }
    return status;
  }
}

async function attempt(user: TargetUser, list: ListTitle, operation: Operation): Promise<number> {
  const own = owner.web.lists.getByTitle(list).items;
  const mine = target.sp(user).web.lists.getByTitle(list).items;
  switch (operation) {
    case 'read':
      await own.add(item(list, uniqueTitle('läs')));
      return statusOf(mine.select('Id', 'Title').top(10)());
    case 'add':
      return statusOf(mine.add(item(list, uniqueTitle('ny'))));
    case 'edit': {
      const created = await own.add(item(list, uniqueTitle('ändra')));
      return statusOf(mine.getById(created.Id as number).update({ Title: uniqueTitle('ändrad') }));
    }
    default: {
      const created = await own.add(item(list, uniqueTitle('ta bort')));
      return statusOf(mine.getById(created.Id as number).delete());
    }
  }
}

describe('each role may do exactly what the specification says, list by list', () => {
  test('the table covers at least 30 allowed and refused pairs, and every list of the schema', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(CASES.filter((c) => c[3]).length).toBeGreaterThan(0);
    expect(CASES.filter((c) => !c[3]).length).toBeGreaterThan(0);
    expect([...LISTS].sort()).toEqual(Object.keys(LIST_ROLES).sort());
  });

  for (const user of USERS) {
    userTest('samordnare', user)(`${user}: read, add, edit and delete on every list`, async () => {
      const outcome: string[] = [];
      const expected: string[] = [];
      for (const [who, list, operation, allowed] of CASES.filter((c) => c[0] === user)) {
        const status = await attempt(who, list, operation);
        outcome.push(`${list} ${operation}: ${status === 200 ? 'allowed' : status === 403 ? 'refused' : `HTTP ${status}`}`);
        expected.push(`${list} ${operation}: ${allowed ? 'allowed' : 'refused'}`);
      }
      expect(outcome).toEqual(expected);
    });
  }
});

describe('what SharePoint answers', () => {
  userTest('samordnare', 'handlaggare')('a rapportör editing a plan through raw REST gets SharePoint’s 403 and its message; the plan is unchanged', async () => {
    const plan = await owner.web.lists.getByTitle(LIST_TITLES.planer).items.add({ Title: uniqueTitle('plan'), Namnd: 'Socialnämnden' });
    const reporter = target.sp('handlaggare');
    const error = await reporter.web.lists
      .getByTitle(LIST_TITLES.planer)
      .items.getById(plan.Id as number)
      .update({ Namnd: 'Ändrad av rapportör' })
      .catch((e: unknown) => e as { status: number; message: string });
    expect(error).toMatchObject({ status: 403 });
    expect((error as Error).message).toContain('-2147024891, System.UnauthorizedAccessException');
    expect((error as Error).message).toContain('Access denied. You do not have permission to perform this action or access this resource.');
    const after = await owner.web.lists.getByTitle(LIST_TITLES.planer).items.getById(plan.Id as number).select('Namnd')<{ Namnd: string }>();
    expect(after.Namnd).toBe('Socialnämnden');
  });

  userTest('samordnare', 'handlaggare', 'planerare')('effective permissions per list are what the roles give', async () => {
    const permissions = async (user: TargetUser, list: ListTitle) =>
      (await target.sp(user).web.lists.getByTitle(list).getCurrentUserEffectivePermissions()) as unknown as { High: string; Low: string };
    const reporterOnPlans = await permissions('handlaggare', LIST_TITLES.planer);
    expect(hasPermission(reporterOnPlans, PERMISSION_KINDS.viewListItems)).toBe(true);
    expect(hasPermission(reporterOnPlans, PERMISSION_KINDS.editListItems)).toBe(false);
    const reporterOnFollowUps = await permissions('handlaggare', LIST_TITLES.uppfoljningar);
    expect(hasPermission(reporterOnFollowUps, PERMISSION_KINDS.addListItems)).toBe(true);
    expect(hasPermission(reporterOnFollowUps, PERMISSION_KINDS.manageLists)).toBe(false);
    const plannerOnFollowUps = await permissions('planerare', LIST_TITLES.uppfoljningar);
    expect(hasPermission(plannerOnFollowUps, PERMISSION_KINDS.addListItems)).toBe(false);
  });

  userTest('samordnare')('every product list has permissions of its own, with the product groups on it', async () => {
    for (const title of LISTS) {
      const list = owner.web.lists.getByTitle(title);
      expect(await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>()).toMatchObject({ HasUniqueRoleAssignments: true });
      const assignments = await list.roleAssignments.expand('Member', 'RoleDefinitionBindings')<Array<{ Member: { Title: string }; RoleDefinitionBindings: Array<{ RoleTypeKind: number }> }>>();
      const byGroup = new Map(assignments.map((a) => [a.Member.Title, a.RoleDefinitionBindings.map((b) => b.RoleTypeKind)]));
      // Contributor is RoleTypeKind 3, Reader 2 (SharePoint's RoleType); a custom level such as
      // "Lägga till och visa" is 0 (None).
      const kind = (user: TargetUser): number => ({ contribute: 3, addAndView: 0, read: 2, full: 5 })[expectedLevel(user, title)];
      expect([title, byGroup.get(ROLE_GROUPS.rapportorer.title)]).toEqual([title, [kind('handlaggare')]]);
      expect([title, byGroup.get(ROLE_GROUPS.samordnare.title)]).toEqual([title, [kind('planerare')]]);
      expect([title, byGroup.get(ROLE_GROUPS.godkannare.title)]).toEqual([title, [kind('chef')]]);
    }
  });
});

describe('setting up the roles', () => {
  localTest('a second run changes nothing, and progress runs from 0 to the total', async () => {
    const progress: EnsureRolesProgress[] = [];
    const again = await ensureRoles(owner, (p) => progress.push(p));
    expect(again.changed).toBe(false);
    expect(again.groupsCreated).toEqual([]);
    expect(again.lists.every((l) => !l.inheritanceBroken && l.added.length === 0 && l.removed.length === 0)).toBe(true);
    // Two steps (groups, the level "Lägga till och visa") and one per list: the fourteen lists.
    expect(progress[0]).toMatchObject({ completed: 0, total: 16 });
    expect(progress[progress.length - 1]).toMatchObject({ completed: 16, total: 16, message: 'Behörigheterna är klara.' });
    expect(progress.map((p) => p.completed)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
  });

  localTest('the site’s members lose what they had on the product lists; a product group restores only its level', async () => {
    // handlaggare is a site member (Contribute on the site) and a rapportör.
    const core = target.core!;
    const member = core.store.users.addToDirectory({ login: 'medlem', title: 'Medlem utan roll' });
    core.store.users.addToGroup(5, member.id);
    const plans = target.sp('samordnare').web.lists.getByTitle(LIST_TITLES.planer).items;
    const plan = await plans.add({ Title: uniqueTitle('plan') });
    const asMember = target.sp('medlem' as TargetUser).web.lists.getByTitle(LIST_TITLES.planer).items;
    expect(await statusOf(asMember.getById(plan.Id as number).update({ Title: 'Medlemmens ändring' }))).toBe(403);
    expect(await statusOf(asMember.select('Id')())).toBe(403);
  });

  localTest('an administrator’s change to a product group’s level is put back; other principals are left alone', async () => {
    const list = owner.web.lists.getByTitle(LIST_TITLES.planer);
    const groups = await owner.web.siteGroups.select('Id', 'Title')<Array<{ Id: number; Title: string }>>();
    const reporters = groups.filter((g) => g.Title === ROLE_GROUPS.rapportorer.title)[0].Id;
    const contribute = (await owner.web.roleDefinitions.getByType(3)<{ Id: number }>()).Id;
    const read = (await owner.web.roleDefinitions.getByType(2)<{ Id: number }>()).Id;
    await list.roleAssignments.add(reporters, contribute);
    await list.roleAssignments.add(5, read);
    const report = await ensureRoles(owner);
    expect(report.changed).toBe(true);
    expect(report.lists.filter((l) => l.title === LIST_TITLES.planer)[0].removed).toEqual([`${ROLE_GROUPS.rapportorer.title}:${contribute}`]);
    const assignments = await list.roleAssignments.expand('RoleDefinitionBindings')<Array<{ PrincipalId: number; RoleDefinitionBindings: Array<{ Id: number }> }>>();
    expect(assignments.filter((a) => a.PrincipalId === reporters)[0].RoleDefinitionBindings.map((b) => b.Id)).toEqual([read]);
    expect(assignments.filter((a) => a.PrincipalId === 5)[0].RoleDefinitionBindings.map((b) => b.Id)).toEqual([read]);
  });

  userTest('handlaggare')('a rapportör cannot set up roles: RoleSetupError with a Swedish message', async () => {
    const error = await ensureRoles(target.sp('handlaggare')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RoleSetupError);
    expect((error as RoleSetupError).status).toBe(403);
    expect((error as RoleSetupError).message).toMatch(/^Du saknar behörighet att ställa in behörigheterna för /);
  });

  localTest('“Lägga till och visa” lets a group add and read but neither edit nor delete', async () => {
    const sp = owner;
    await sp.web.lists.add('IKTestGodkannanden', 'Godkännanden i test', 100, false);
    const report = await ensureRoles(sp, undefined, {
      listRoles: { ...LIST_ROLES, IKTestGodkannanden: { samordnare: 'read', rapportorer: 'read', godkannare: 'addAndView' } }
    });
    expect(report.lists.filter((l) => l.title === 'IKTestGodkannanden')[0].added).toContain(`${ROLE_GROUPS.godkannare.title}:addAndView`);
    const approver = target.sp('chef').web.lists.getByTitle('IKTestGodkannanden').items;
    const decision = await approver.add({ Title: 'Godkänt T2' });
    expect((await approver.select('Title')<Array<{ Title: string }>>()).map((d) => d.Title)).toEqual(['Godkänt T2']);
    expect(await statusOf(approver.getById(decision.Id as number).update({ Title: 'Ändrat beslut' }))).toBe(403);
    expect(await statusOf(approver.getById(decision.Id as number).delete())).toBe(403);
    expect(await statusOf(target.sp('handlaggare').web.lists.getByTitle('IKTestGodkannanden').items.add({ Title: 'Nej' }))).toBe(403);
  });
});
