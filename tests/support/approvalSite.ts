/**
 * A site for the approval tests on a test target (in process): the demo plans seeded by the
 * samordnare, the users in their groups, more people in the godkännare group, and the user ids
 * of everyone the tests name.
 */
import '@pnp/sp/webs';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import type { SPFI } from '@pnp/sp';
import { seedDemoData } from '../../local/seedDemo';
import { createInternkontrollService } from '../../src/data/PnpInternkontrollService';
import { ROLE_GROUPS } from '../../src/data/security/roles';
import type { TestTarget } from './target';

const DOMAIN = 'kommun.example';

/** A person the directory gets and the godkännare group takes in. */
export interface ExtraApprover {
  login: string;
  title: string;
}

/** What the approval tests work on. */
export interface ApprovalSite {
  /** PnPjs as the samordnare, the site's owner. */
  owner: SPFI;
  /** The first demo plan. */
  planId: number;
  /** The period of that plan's first follow-up. */
  periodKey: string;
  /** Site user id by login, for everyone in `named`. */
  ids: Record<string, number>;
}

/** The site user id of a login, as SharePoint's `ensureUser` gives it. */
export async function siteUserId(owner: SPFI, login: string): Promise<number> {
  const user = await owner.web.ensureUser(`i:0#.f|membership|${login}@${DOMAIN}`);
  return (user as unknown as { Id?: number; data?: { Id: number } }).Id ?? (user as unknown as { data: { Id: number } }).data.Id;
}

/**
 * Seeds the target's site as its samordnare, puts the demo users in their groups and the extra
 * approvers in the godkännare group, and looks up the ids of `named` (in that order).
 */
export async function seededApprovalSite(target: TestTarget, options: { approvers: ExtraApprover[]; named: string[] }): Promise<ApprovalSite> {
  for (const approver of options.approvers) {
    target.core!.store.users.addToDirectory(approver);
  }
  const owner = target.sp('samordnare');
  const seeded = await seedDemoData(owner);
  await target.joinRoleGroups();
  for (const approver of options.approvers) {
    await owner.web.siteGroups.getByName(ROLE_GROUPS.godkannare.title).users.add(`i:0#.f|membership|${approver.login}@${DOMAIN}`);
  }
  const ids: Record<string, number> = {};
  for (const login of options.named) {
    ids[login] = await siteUserId(owner, login);
  }
  const planId = Object.values(seeded.imported)[0];
  const periodKey = (await createInternkontrollService(owner).loadPlanView(planId)).uppfoljningar[0].periodKey;
  return { owner, planId, periodKey, ids };
}

/** The HTTP status a call ends with: 200 when it goes through, -1 when the error carries none. */
export async function statusOf(call: Promise<unknown>): Promise<number> {
  try {
    await call;
    return 200;
  } catch (error) {
    return (error as { status?: number }).status ?? -1;
  }
}
