/**
 * What the views offer, from SharePoint's per-list permissions (docs/roles.md's table): a
 * samordnare who is not site owner (Bidra on the plan lists and IKInstallningar, Läsa on the
 * follow-ups), a rapportör (the reverse), a reader, and a site owner (Full Control).
 */
import { canChangePlanMatrix, canChangeRoleMembers, canCopyPlan, canOpenSettings, canSeeEveryonesDuties } from '../../src/components/common/access';
import { looksLikeEmail } from '../../src/components/Settings/roleMembersModel';
import type { CurrentUser, ListPermissions, ProductListKey } from '../../src/data/InternkontrollService';

const CONTRIBUTE: ListPermissions = { view: true, add: true, edit: true, delete: true };
const READ: ListPermissions = { view: true, add: false, edit: false, delete: false };
const PLAN_LISTS: ProductListKey[] = ['planer', 'omraden', 'risker', 'kontrollmoment', 'atgarder', 'installningar'];
const FOLLOW_UP_LISTS: ProductListKey[] = ['uppfoljningar', 'avvikelser'];

function user(plans: ListPermissions, followUps: ListPermissions, canManage = false): CurrentUser {
  const permissions = {} as Record<ProductListKey, ListPermissions>;
  PLAN_LISTS.forEach((k) => (permissions[k] = plans));
  FOLLOW_UP_LISTS.forEach((k) => (permissions[k] = followUps));
  return { id: 1, loginName: 'x', title: 'X', permissions, canEdit: plans.edit, canFollowUp: followUps.edit, isApprover: false, canManage };
}

const samordnare = user(CONTRIBUTE, READ);
const rapportor = user(READ, CONTRIBUTE);
const reader = user(READ, READ);
const owner = user(CONTRIBUTE, CONTRIBUTE, true);

test.each([
  ['samordnare', samordnare, [true, false, true, true, true]],
  ['rapportör', rapportor, [false, false, false, false, false]],
  ['reader', reader, [false, false, false, false, false]],
  ['site owner', owner, [true, true, true, true, true]]
] as const)('%s: settings, role members, copy, plan matrix, everyone’s duties', (_name, who, expected) => {
  expect([canOpenSettings(who), canChangeRoleMembers(who), canCopyPlan(who), canChangePlanMatrix(who), canSeeEveryonesDuties(who)]).toEqual(expected);
});

test('copying needs add on every list a plan has rows in', () => {
  const noAtgarder = user(CONTRIBUTE, READ);
  noAtgarder.permissions.atgarder = { ...CONTRIBUTE, add: false };
  expect(canCopyPlan(noAtgarder)).toBe(false);
});

test('a whole e-mail address is told from a search text', () => {
  expect(['anna@kommun.se', ' anna.b@nacka.kommun.se ', 'anna', 'anna@', 'anna@kommun', 'a b@kommun.se'].map(looksLikeEmail)).toEqual([true, true, false, false, false, false]);
});
