/** @jest-environment ./tests/support/jsdomWithFetch.cjs */
/*
 * The card "Att godkänna" decides through `createCardApprovals`, the service its ACE creates
 * (src/adaptiveCardExtensions/attGodkanna/approvalServiceForCard.ts): the notified approval
 * service over the card's SharePoint and Graph, on the in-process local SharePoint and its Graph
 * subset. A handläggare requests; the chef's card lists it, Godkänn (the quick view's submit)
 * records the decision as the chef, and the handläggare is told through the activity feed.
 * Expected values: the request's own hash, the chef as `Author`, the setting's path.
 */
import { spfi, SPBrowser, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';

import { DEFAULT_SITE_URL, LocalSharePoint } from '../../local';
import type { OutboxEntry } from '../../local/graph/outbox';
import { createApprovalService } from '../../src/data/approvals/ApprovalService';
import { LIST_TITLES } from '../../src/data/schema/lists';
import { NotificationSettingRepository } from '../../src/data/settings/NotificationSettingRepository';
import { commentInputId, handleAttGodkannaAction, withNotificationFailure } from '../../src/teams/ace/attGodkannaCards';
import { createCardApprovals } from '../../src/teams/cardApprovals';
import type { IGraphClient } from '../../src/teams/notify/graphClient';
import { seededSite, type DemoUser, type LocalSite } from '../components/support/localSite';
import { localGraphFor } from '../support/localGraph';

jest.setTimeout(120_000);

const SHAPE = 'status-per-tertial';
let site: LocalSite;

function spFor(user: DemoUser): SPFI {
  return spfi(DEFAULT_SITE_URL).using(SPBrowser({ baseUrl: DEFAULT_SITE_URL }), LocalSharePoint(site.core, { user }));
}

function graphFor(user: DemoUser): IGraphClient {
  return localGraphFor(site.core, user);
}

beforeAll(async () => {
  site = await seededSite();
});

test('the chef\'s card lists the request, Godkänn records it as the chef, and the handläggare is told', async () => {
  const plans = await site.serviceFor('samordnare').listPlans();
  const planId = plans[0].id;
  const periodKey = (await site.serviceFor('samordnare').loadPlanView(planId)).uppfoljningar[0].periodKey;
  const chef = site.core.store.users.byLogin('chef')!;
  await createApprovalService(spFor('planerare'), { plans: site.serviceFor('planerare') }).setPlanApprovers({ planId, approverIds: [chef.id], rule: 'any' });
  const settings = new NotificationSettingRepository(spFor('samordnare'));
  await settings.save({ ...(await settings.load()), setting: 'activity' });
  const made = await createApprovalService(spFor('handlaggare'), { plans: site.serviceFor('handlaggare') }).request({ planId, periodKey, shapeId: SHAPE });
  site.core.outbox.clear();

  const failures: unknown[] = [];
  const card = createCardApprovals(spFor('chef'), { graph: graphFor('chef'), siteUrl: DEFAULT_SITE_URL, onNotificationError: (error) => failures.push(error) });
  const cases = await card.listForApprover();
  expect(cases.map((c) => c.request.key)).toEqual([made.request.key]);

  const result = await handleAttGodkannaAction(card, cases, { decision: 'approve', key: made.request.key, [commentInputId(made.request.key)]: '' });
  expect(result.decided).toBe(true);
  expect(await card.listForApprover()).toEqual([]);

  // SharePoint holds the decision, written by the chef, on the hash that was requested.
  const decisions = await spFor('samordnare').web.lists.getByTitle(LIST_TITLES.beslut).items.select('Kontrollsumma', 'AuthorId')<Array<{ Kontrollsumma: string; AuthorId: number }>>();
  expect(decisions.map((d) => [d.Kontrollsumma, d.AuthorId])).toEqual([[made.request.contentHash, chef.id]]);
  const state = await createApprovalService(spFor('handlaggare'), { plans: site.serviceFor('handlaggare') }).stateOf(planId, periodKey);
  expect(state.status).toBe('approved');

  // The requester hears of it the way the setting says, from the chef.
  expect(site.core.outbox.all().map((e: OutboxEntry) => [e.channel, e.from, e.to])).toEqual([['activity', 'chef', ['handlaggare']]]);
  expect(failures).toEqual([]);
});

test('a decision whose notification failed says both: saved, and not told', () => {
  expect(withNotificationFailure({ text: 'Socialnämnden 2024 – Tertial 1 är godkänd.', isError: false }, undefined)).toEqual({ text: 'Socialnämnden 2024 – Tertial 1 är godkänd.', isError: false });
  expect(withNotificationFailure({ text: 'Socialnämnden 2024 – Tertial 1 är godkänd.', isError: false }, 'E-post: mottagaren saknar adress')).toEqual({
    text: 'Socialnämnden 2024 – Tertial 1 är godkänd. Beslutet är sparat, men aviseringen kunde inte skickas: E-post: mottagaren saknar adress / The decision is saved, but the notification could not be sent.',
    isError: true
  });
});
