/** @jest-environment ./tests/support/jsdomWithFetch.cjs */
/*
 * Notifications as the web part and the workbench wire them (`createNotifiedApprovalService`):
 * the approval service with the notifier that reads the setting "Avisering" from
 * IKInstallningar, over the in-process local SharePoint and its Graph subset, with the outbox
 * recording what a tenant would have delivered. The "Att godkänna" request view opened by key
 * (a deep link's subEntityId) decides; the settings section saves the setting and "Testa"
 * reports the path. Expected paths follow Graph's documented rules (no activity notification to
 * oneself; a one-on-one chat has two different members) and the setting's fallback order.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import '@testing-library/jest-dom';
import axe from 'axe-core';
import { spfi, SPBrowser, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';

import { DEFAULT_SITE_URL, LocalSharePoint } from '../../local';
import type { OutboxEntry } from '../../local/graph/outbox';
import { createNotificationNotices } from '../../src/approvals/notificationNotices';
import { AttGodkannaPage } from '../../src/components/Approvals/AttGodkannaPage';
import { App } from '../../src/components/App/App';
import { NotificationSettingsSection } from '../../src/components/Settings/NotificationSettingsSection';
import { NotificationSettingRepository } from '../../src/data/settings/NotificationSettingRepository';
import { approvalRequestDeepLink } from '../../src/teams/deepLinks';
import { createNotifiedApprovalService, type NotifiedApprovalService } from '../../src/teams/notifiedApprovalService';
import type { IGraphClient } from '../../src/teams/notify/graphClient';
import { seededSite, type DemoUser, type LocalSite } from '../components/support/localSite';
import { localGraphFor } from '../support/localGraph';

jest.setTimeout(180_000);
HTMLCanvasElement.prototype.getContext = (() => null) as unknown as typeof HTMLCanvasElement.prototype.getContext;
if (globalThis.crypto?.subtle === undefined) {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  Object.defineProperty(globalThis, 'crypto', { configurable: true, value: (require('node:crypto') as typeof import('node:crypto')).webcrypto });
}

const SHAPE = 'status-per-tertial';
let site: LocalSite;
let planId: number;
let planTitle: string;
let periodKey: string;

function spFor(user: DemoUser): SPFI {
  return spfi(DEFAULT_SITE_URL).using(SPBrowser({ baseUrl: DEFAULT_SITE_URL }), LocalSharePoint(site.core, { user }));
}

function graphFor(user: DemoUser): IGraphClient {
  return localGraphFor(site.core, user);
}

function wired(user: DemoUser, onNotificationError?: (error: unknown) => void): NotifiedApprovalService {
  return createNotifiedApprovalService(spFor(user), { plans: site.serviceFor(user), graph: graphFor(user), siteUrl: DEFAULT_SITE_URL, onNotificationError });
}

function sent(): Array<[string, string, readonly string[]]> {
  return site.core.outbox.all().map((e: OutboxEntry) => [e.channel, e.from, e.to]);
}

async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

beforeAll(async () => {
  site = await seededSite();
  const plans = await site.serviceFor('samordnare').listPlans();
  planId = plans[0].id;
  // How people name a plan: the nämnd and the year ("Arbetsmarknadsnämnden 2024").
  planTitle = `${plans[0].namnd} ${plans[0].ar}`;
  periodKey = (await site.serviceFor('samordnare').loadPlanView(planId)).uppfoljningar[0].periodKey;
  const chef = site.core.store.users.byLogin('chef')!;
  await wired('planerare').approvals.setPlanApprovers({ planId, approverIds: [chef.id], rule: 'any' });
});

beforeEach(() => site.core.outbox.clear());

test('activity feed: the request reaches the chef; the chef approves in the request opened by key; the requester hears of it', async () => {
  await new NotificationSettingRepository(spFor('samordnare')).save({ ...(await new NotificationSettingRepository(spFor('samordnare')).load()), setting: 'activity' });
  const made = await wired('handlaggare').approvals.request({ planId, periodKey, shapeId: SHAPE, note: 'Klar för nämnden.' });
  const key = made.request.key;
  expect(sent()).toEqual([['activity', 'handlaggare', ['chef']]]);
  const feed = site.core.outbox.all()[0].payload as { topic: { webUrl: string; value: string } };
  expect(feed.topic.webUrl).toBe(approvalRequestDeepLink(key));
  expect(feed.topic.value).toContain(planTitle);

  const notices: unknown[] = [];
  const asChef = wired('chef', (error) => notices.push(error));
  const view = render(<AttGodkannaPage approvals={asChef.approvals} requestKey={key} />);
  expect(await screen.findByRole('heading', { name: 'Det här går till nämnden' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(`Att godkänna: ${planTitle}`);
  expect(screen.getByText('Handläggare ber dig godkänna uppföljningen innan den går till nämnden.')).toBeInTheDocument();
  expect(screen.getByText('Meddelande: Klar för nämnden.')).toBeInTheDocument();
  expect(screen.getAllByRole('table').length).toBeGreaterThan(0);
  expect(await violations()).toEqual([]);

  // Återremittera needs a comment: refused in the form, nothing written.
  fireEvent.click(screen.getByRole('button', { name: 'Återremittera' }));
  expect(await screen.findByText('Kommentar: skriv varför uppföljningen återremitteras.')).toBeInTheDocument();
  expect(sent()).toEqual([['activity', 'handlaggare', ['chef']]]);

  fireEvent.click(screen.getByRole('button', { name: 'Godkänn' }));
  expect(await screen.findByText('Du har godkänt uppföljningen.')).toBeInTheDocument();
  await waitFor(() => expect(sent()).toEqual([
    ['activity', 'handlaggare', ['chef']],
    ['activity', 'chef', ['handlaggare']]
  ]));
  expect((site.core.outbox.all()[1].payload as { topic: { value: string } }).topic.value).toMatch(/^Godkänd: /);
  expect(notices).toEqual([]);
  expect((await wired('handlaggare').approvals.stateOf(planId, periodKey)).status).toBe('approved');

  // The request again by its link: already decided, and the list is offered.
  view.unmount();
  render(<AttGodkannaPage approvals={asChef.approvals} requestKey={key} />);
  expect(await screen.findByText('Begäran är redan beslutad: godkänd.')).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'Visa listan Att godkänna' }));
  expect(await screen.findByText('Du har inga begäranden att besluta om.')).toBeInTheDocument();
});

test('an unknown request says so in Swedish and offers the list', async () => {
  render(<AttGodkannaPage approvals={wired('chef').approvals} requestKey="3f2504e0-4f89-11d3-9a0c-0305e82c3301" />);
  expect(await screen.findByText('Begäran finns inte. Den kan ha tagits bort, eller så är länken fel.')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Visa listan Att godkänna' })).toBeInTheDocument();
  expect(await violations()).toEqual([]);
});

test('chat, e-mail and Av: each request goes out the way the setting says, or not at all; a withdrawn request says so', async () => {
  const settings = new NotificationSettingRepository(spFor('samordnare'));
  const asHandlaggare = wired('handlaggare');
  // The period is approved now (previous test) or open: a new request needs it changed or withdrawn,
  // so these requests use the next period.
  const view = await site.serviceFor('samordnare').loadPlanView(planId);
  const other = view.plan.perioder.map((p) => p.key).find((k) => k !== periodKey)!;
  const expected: Array<[Parameters<typeof settings.save>[0]['setting'], Array<[string, string, string[]]>]> = [
    ['chat', [['chat', 'handlaggare', ['chef']]]],
    ['email', [['email', 'handlaggare', ['chef@kommun.example']]]],
    ['off', []]
  ];
  let lastKey = '';
  for (const [setting, outbox] of expected) {
    await settings.save({ ...(await settings.load()), setting });
    site.core.outbox.clear();
    const made = await asHandlaggare.approvals.request({ planId, periodKey: other, shapeId: SHAPE });
    expect([setting, sent()]).toEqual([setting, outbox]);
    lastKey = made.request.key;
    await asHandlaggare.approvals.withdraw(lastKey);
  }
  render(<AttGodkannaPage approvals={wired('chef').approvals} requestKey={lastKey} />);
  expect(await screen.findByText('Begäran är återkallad av Handläggare och kan inte längre beslutas.')).toBeInTheDocument();
});

test('the setting is SharePoint\'s to refuse: 403 for a rapportör and a godkännare, a value outside the offered ones refused by the list', async () => {
  for (const user of ['handlaggare', 'chef'] as const) {
    await expect(new NotificationSettingRepository(spFor(user)).save({ setting: 'off' })).rejects.toMatchObject({ kind: 'permission' });
    // Straight through REST, past the repository: SharePoint itself answers 403.
    await expect(spFor(user).web.lists.getByTitle('IKInstallningar').items.add({ Title: 'Avisering-rest', Avisering: 'Av' })).rejects.toMatchObject({ status: 403 });
  }
  await expect(spFor('samordnare').web.lists.getByTitle('IKInstallningar').items.add({ Title: 'Avisering-fel', Avisering: 'Brevduva' })).rejects.toMatchObject({
    message: expect.stringContaining('Avisering måste vara något av')
  });
  await expect(new NotificationSettingRepository(spFor('samordnare')).save({ setting: 'brevduva' as never })).rejects.toMatchObject({ kind: 'validation' });
});

test('settings: the owner saves the path and "Testa" says which way reached them, with progress', async () => {
  const asOwner = wired('samordnare');
  render(<NotificationSettingsSection service={asOwner.notificationSettings} />);
  const chat = await screen.findByRole('radio', { name: 'Chattmeddelande i Teams' });
  expect(await violations()).toEqual([]);
  fireEvent.click(chat);
  fireEvent.click(screen.getByRole('button', { name: 'Spara aviseringen' }));
  expect(await screen.findByText('Aviseringen är sparad.')).toBeInTheDocument();
  expect((await new NotificationSettingRepository(spFor('samordnare')).load()).setting).toBe('chat');

  site.core.outbox.clear();
  fireEvent.click(screen.getByRole('button', { name: 'Testa' }));
  expect(await screen.findByText('Skickar en testavisering till dig …')).toBeInTheDocument();
  // A one-on-one chat with oneself does not exist, so the test falls back to e-mail.
  expect(await screen.findByText('Testaviseringen skickades till dig via e-post.')).toBeInTheDocument();
  expect(screen.getByText(/^chattmeddelande i Teams: Chatten kunde inte skapas/)).toBeInTheDocument();
  expect(screen.getByText('e-post: skickad')).toBeInTheDocument();
  expect(sent()).toEqual([['email', 'samordnare', ['samordnare@kommun.example']]]);

  fireEvent.click(screen.getByRole('radio', { name: 'Av' }));
  fireEvent.click(screen.getByRole('button', { name: 'Testa' }));
  expect(await screen.findByText('Aviseringen är avstängd: välj ett sätt att avisera för att testa det.')).toBeInTheDocument();
  expect(await violations()).toEqual([]);
});

test('a notification that reaches nobody leaves the decision saved and reports the Swedish reason', async () => {
  await new NotificationSettingRepository(spFor('samordnare')).save({ ...(await new NotificationSettingRepository(spFor('samordnare')).load()), setting: 'email' });
  const notices = createNotificationNotices();
  const heard: string[] = [];
  notices.subscribe((error) => heard.push((error as Error).message));
  const view = await site.serviceFor('samordnare').loadPlanView(planId);
  const third = view.plan.perioder.map((p) => p.key).filter((k) => k !== periodKey)[1] ?? view.plan.perioder[1].key;
  const made = await wired('handlaggare').approvals.request({ planId, periodKey: third, shapeId: SHAPE });
  // The requester has no e-mail address on the site any more: SharePoint's SendEmail refuses
  // the address of their login, which is then all there is to send to.
  const users = site.core.store.users as unknown as { db: { run(sql: string, ...args: unknown[]): void }; clearCache(): void };
  users.db.run('UPDATE users SET email = ? WHERE login = ?', '', 'handlaggare');
  users.clearCache();
  try {
    const asChef = wired('chef', (error) => notices.report(error));
    const content = await asChef.approvals.content(planId, third, SHAPE);
    const after = await asChef.approvals.decide(made.request.key, { outcome: 'approved', seenHash: content.hash });
    expect(after.status).toBe('approved');
    expect(heard).toEqual(['Aviseringen nådde inte Handläggare / The notification did not reach Handläggare.']);
  } finally {
    users.db.run('UPDATE users SET email = ? WHERE login = ?', 'handlaggare@kommun.example', 'handlaggare');
    users.clearCache();
  }
});

test('the settings page offers Avisering to exactly those SharePoint lets write it: a samordnare who is not site owner, not a rapportör', async () => {
  // planerare: the samordnare group, not a site owner (Contribute on IKInstallningar).
  const asPlanerare = wired('planerare');
  const first = render(<App service={site.serviceFor('planerare')} approvals={asPlanerare.approvals} notificationSettings={asPlanerare.notificationSettings} locale="sv-SE" />);
  fireEvent.click(await screen.findByRole('button', { name: 'Inställningar' }));
  expect(await screen.findByRole('heading', { name: 'Avisering' })).toBeInTheDocument();
  fireEvent.click(await screen.findByRole('radio', { name: 'E-post' }));
  fireEvent.click(screen.getByRole('button', { name: 'Spara aviseringen' }));
  expect(await screen.findByText('Aviseringen är sparad.')).toBeInTheDocument();
  expect((await new NotificationSettingRepository(spFor('samordnare')).load()).setting).toBe('email');
  first.unmount();

  // handlaggare: a rapportör, Read on IKInstallningar; no settings page, so no Avisering.
  const asHandlaggare = wired('handlaggare');
  render(<App service={site.serviceFor('handlaggare')} approvals={asHandlaggare.approvals} notificationSettings={asHandlaggare.notificationSettings} locale="sv-SE" />);
  await screen.findAllByRole('button', { name: /^Öppna internkontrollplanen för / });
  expect(screen.queryByRole('button', { name: 'Inställningar' })).toBeNull();
  expect(screen.queryByRole('heading', { name: 'Avisering' })).toBeNull();
});
