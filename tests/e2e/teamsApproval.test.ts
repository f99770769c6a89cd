/**
 * "Att godkänna" in the Teams personal app, in a real browser (Debian's Chromium) on the
 * workbench's `/teams` page, which hands the page the context Teams would (`theme`, `entity`,
 * `subEntityId`). The handläggare's request reaches the förvaltningsdirektör's activity feed
 * with a deep link; the director opens that link's request (its subEntityId) in each of Teams'
 * three themes and at phone width, then approves by keyboard; the outbox records the
 * notification to the handläggare. A notification that reaches nobody leaves the decision
 * saved and shows the Swedish notice. axe-core with every rule on the new views.
 */
import type { Page } from 'playwright-core';

import type { OutboxEntry } from '../../local/graph/outbox';
import { localSpfi } from '../../local/provision';
import { createInternkontrollService } from '../../src/data/PnpInternkontrollService';
import { NotificationSettingRepository } from '../../src/data/settings/NotificationSettingRepository';
import { parseTeamsDeepLink, TEAMS_ENTITY_IDS } from '../../src/teams';
import { createNotifiedApprovalService } from '../../src/teams/notifiedApprovalService';
import type { IGraphClient } from '../../src/teams/notify/graphClient';
import { axeViolations, startBrowserProduct, type BrowserProduct } from './support/browserProduct';
import { localGraphFor } from '../support/localGraph';

jest.setTimeout(300_000);

let product: BrowserProduct;

beforeAll(async () => {
  product = await startBrowserProduct({ seed: true });
}, 240_000);

afterAll(async () => {
  await product?.close();
});

function graphFor(user: string): IGraphClient {
  return localGraphFor(product.core, user);
}

async function teamsPage(login: string, query: string, width: number): Promise<{ page: Page; errors: string[] }> {
  const context = await product.browser.newContext({ viewport: { width, height: 800 }, locale: 'sv-SE' });
  await context.addCookies([{ name: 'local-user', value: login, url: product.workbenchUrl }]);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${product.workbenchUrl}teams?${query}`);
  return { page, errors };
}

/**
 * What makes the page scroll sideways (WCAG 1.4.10 reflow at 320 CSS pixels): the elements
 * reaching past the viewport, outside any region that scrolls by itself; empty when none.
 */
function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) {
      return [];
    }
    const inScroller = (element: Element): boolean => {
      for (let parent = element.parentElement; parent !== null; parent = parent.parentElement) {
        const overflow = getComputedStyle(parent).overflowX;
        if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') {
          return true;
        }
      }
      return false;
    };
    return Array.from(document.querySelectorAll('body *'))
      .filter((element) => element.getBoundingClientRect().right > width + 0.5 && !inScroller(element))
      .slice(0, 8)
      .map((element) => `${element.tagName.toLowerCase()}${element.id ? '#' + element.id : ''}.${String(element.className).slice(0, 40)} ${Math.round(element.getBoundingClientRect().right)}px`);
  });
}

test('approver opens the deep link in Teams, in every theme and at phone width, and approves by keyboard; the requester is notified', async () => {
  const owner = localSpfi(product.core, 'samordnare', product.siteUrl);
  const plans = await createInternkontrollService(owner).listPlans();
  const plan = plans[0];
  const periodKey = (await createInternkontrollService(owner).loadPlanView(plan.id)).uppfoljningar[0].periodKey;
  const chef = product.core.store.users.byLogin('chef')!;
  await new NotificationSettingRepository(owner).save({ setting: 'activity' });
  const wired = (user: string) => {
    const sp = localSpfi(product.core, user, product.siteUrl);
    return createNotifiedApprovalService(sp, { plans: createInternkontrollService(sp), graph: graphFor(user), siteUrl: product.siteUrl }).approvals;
  };
  await wired('samordnare').setPlanApprovers({ planId: plan.id, approverIds: [chef.id], rule: 'any' });
  product.core.outbox.clear();
  const { request } = await wired('handlaggare').request({ planId: plan.id, periodKey, shapeId: 'status-per-tertial', note: 'Inför nämndens möte.' });

  // The activity feed's deep link names the personal app's tab and the request.
  const [feed] = product.core.outbox.all();
  expect([feed.channel, feed.from, feed.to]).toEqual(['activity', 'handlaggare', ['chef']]);
  const link = parseTeamsDeepLink((feed.payload as { topic: { webUrl: string } }).topic.webUrl)!;
  expect([link.entityId, link.subEntityId]).toEqual([TEAMS_ENTITY_IDS.attGodkanna, request.key]);

  // The tab without a request: the list, with the request in it.
  const inbox = await teamsPage('chef', `entity=${link.entityId}`, 1024);
  await inbox.page.getByRole('heading', { name: 'Att godkänna', exact: true }).waitFor();
  await inbox.page.getByRole('button', { name: /^Öppna: / }).waitFor();
  expect(await axeViolations(inbox.page)).toEqual([]);
  await inbox.page.context().close();

  for (const theme of ['default', 'dark', 'contrast']) {
    const { page, errors } = await teamsPage('chef', `theme=${theme}&entity=${link.entityId}&subEntityId=${encodeURIComponent(link.subEntityId!)}`, 320);
    await page.getByRole('heading', { name: 'Det här går till nämnden' }).waitFor();
    await page.getByText('Handläggare ber dig godkänna uppföljningen innan den går till nämnden.').waitFor();
    expect([theme, await sidewaysOverflow(page)]).toEqual([theme, []]);
    expect([theme, await axeViolations(page)]).toEqual([theme, []]);
    expect(errors).toEqual([]);
    await page.context().close();
  }

  const { page, errors } = await teamsPage('chef', `entity=${link.entityId}&subEntityId=${encodeURIComponent(link.subEntityId!)}`, 1024);
  const comment = page.getByLabel('Kommentar (krävs vid återremiss)');
  await comment.waitFor();
  await comment.focus();
  await page.keyboard.type('Godkänd inför nämnden.');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Godkänn');
  await page.keyboard.press('Enter');
  await page.getByText('Du har godkänt uppföljningen.').waitFor();
  expect(errors).toEqual([]);

  const sent = product.core.outbox.all().map((e: OutboxEntry) => [e.channel, e.from, e.to]);
  expect(sent).toEqual([
    ['activity', 'handlaggare', ['chef']],
    ['activity', 'chef', ['handlaggare']]
  ]);
  const decided = product.core.outbox.all()[1].payload as { topic: { value: string; webUrl: string } };
  expect(decided.topic.value).toMatch(/^Godkänd: /);
  expect((await wired('handlaggare').stateOf(plan.id, periodKey)).status).toBe('approved');
  await page.context().close();
});

test('a notification that reaches nobody: the decision stands and the page says so in Swedish', async () => {
  const owner = localSpfi(product.core, 'samordnare', product.siteUrl);
  const plan = (await createInternkontrollService(owner).listPlans())[1];
  const periodKey = (await createInternkontrollService(owner).loadPlanView(plan.id)).uppfoljningar[0].periodKey;
  const chef = product.core.store.users.byLogin('chef')!;
  const handlaggare = localSpfi(product.core, 'handlaggare', product.siteUrl);
  await createNotifiedApprovalService(owner, { plans: createInternkontrollService(owner) }).approvals.setPlanApprovers({ planId: plan.id, approverIds: [chef.id], rule: 'any' });
  await new NotificationSettingRepository(owner).save({ ...(await new NotificationSettingRepository(owner).load()), setting: 'chat' });
  const { request } = await createNotifiedApprovalService(handlaggare, { plans: createInternkontrollService(handlaggare), graph: graphFor('handlaggare') }).approvals.request({
    planId: plan.id,
    periodKey,
    shapeId: 'status-per-tertial'
  });
  // The organisation has not consented to the chat scopes, and SharePoint knows no e-mail address for the requester.
  product.core.graph.configure({ grantedScopes: ['User.Read', 'User.ReadBasic.All', 'TeamsActivity.Send'] });
  const users = product.core.store.users as unknown as { db: { run(sql: string, ...args: unknown[]): void }; clearCache(): void };
  users.db.run('UPDATE users SET email = ? WHERE login = ?', '', 'handlaggare');
  users.clearCache();
  try {
    product.core.outbox.clear();
    const { page, errors } = await teamsPage('chef', `entity=${TEAMS_ENTITY_IDS.attGodkanna}&subEntityId=${encodeURIComponent(request.key)}`, 1024);
    await page.getByRole('button', { name: 'Godkänn' }).click();
    await page.getByText('Du har godkänt uppföljningen.').waitFor();
    await page.getByText('Godkännandet är sparat, men aviseringen kunde inte skickas: Aviseringen nådde inte Handläggare').waitFor();
    expect(product.core.outbox.all()).toEqual([]);
    expect((await createNotifiedApprovalService(handlaggare, { plans: createInternkontrollService(handlaggare) }).approvals.stateOf(plan.id, periodKey)).status).toBe('approved');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  } finally {
    product.core.graph.reset();
    users.db.run('UPDATE users SET email = ? WHERE login = ?', 'handlaggare@kommun.example', 'handlaggare');
    users.clearCache();
  }
});
