/**
 * Notifications of the approval flow against the local SharePoint over HTTP: its Graph subset
 * (bearer tokens, consent, the Teams app installed or not) and SendEmail, with the outbox
 * recording what was sent. Expected payloads follow Graph's documented shapes
 * (sendActivityNotification with systemDefault; POST /chats and /chats/{id}/messages with an
 * adaptive card attachment) and are written out by hand here.
 */
import { pnpEmailSender } from '../../src/data/mail';
import { localSpfi } from '../../local/provision';
import { startLocalSharePoint, type LocalSharePointServer } from '../../local/server';
import type { OutboxEntry } from '../../local/graph/outbox';
import { approvalRequestDeepLink, TEAMS_APP_ID } from '../../src/teams';
import type { ApprovalDecisionLike, ApprovalPersonLike, ApprovalRequestLike } from '../../src/teams/approvalPort';
import {
  activityFeedPayload,
  chatCard,
  emailMessage,
  fallbackOrder,
  fetchGraphClient,
  NotificationFailedError,
  requestedMessage,
  TeamsApprovalNotifier,
  type IGraphClient,
  type NotificationPath
} from '../../src/teams/notify';

const KEY = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
const REQUESTER: ApprovalPersonLike = { id: 6, title: 'Samordnare intern kontroll', email: 'samordnare@kommun.example' };
const CHEF: ApprovalPersonLike = { id: 8, title: 'Förvaltningsdirektör', loginName: 'i:0#.f|membership|chef@kommun.example' };
const UNKNOWN: ApprovalPersonLike = { id: 99, title: 'Okänd Person', email: 'okand@kommun.example' };
const REQUEST: ApprovalRequestLike = { key: KEY, planId: 3, periodKey: 'T2', deadline: '2024-09-20', note: 'Inför nämndens möte', contentHash: 'ab'.repeat(32), requester: REQUESTER };
const DESCRIPTION = { planTitle: 'Socialnämnden 2022', periodLabel: 'Tertial 2' };

describe('notification payloads', () => {
  const message = requestedMessage(REQUEST, DESCRIPTION);

  it('activity feed: systemDefault, the app named, the topic a deep link to the request', () => {
    expect(activityFeedPayload(message)).toEqual({
      topic: { source: 'text', value: 'Att godkänna: Socialnämnden 2022, Tertial 2', webUrl: approvalRequestDeepLink(KEY) },
      activityType: 'systemDefault',
      previewText: { content: 'Samordnare intern kontroll ber dig godkänna uppföljningen Socialnämnden 2022, Tertial 2 senast 2024-09-20. / Approval requested.' },
      templateParameters: [{ name: 'systemDefaultText', value: 'Att godkänna: Socialnämnden 2022, Tertial 2' }],
      teamsAppId: TEAMS_APP_ID
    });
  });

  it('keeps the preview within Graph\'s 150 characters', () => {
    const long = requestedMessage({ ...REQUEST }, { planTitle: 'Nämnden för arbetsmarknad, vuxenutbildning och integration 2024', periodLabel: 'Delårsrapport augusti' });
    expect(long.preview.length).toBeLessThanOrEqual(150);
    expect(long.preview.endsWith('…')).toBe(true);
  });

  it('chat card: Action.OpenUrl deep links only, no Action.Submit anywhere', () => {
    const card = chatCard(message, 'https://kommun.sharepoint.com/sites/internkontroll');
    const types: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) {
        node.forEach(walk);
      } else if (typeof node === 'object' && node !== null) {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'type' && typeof value === 'string' && value.startsWith('Action.')) {
            types.push(value);
          }
          walk(value);
        }
      }
    };
    walk(card);
    expect(types).toEqual(['Action.OpenUrl', 'Action.OpenUrl']);
    expect(JSON.stringify(card)).not.toContain('Action.Submit');
    expect(JSON.stringify(card)).not.toContain('Action.Execute');
    expect((card.actions as { url: string }[])[0].url).toBe(approvalRequestDeepLink(KEY));
  });

  it('e-mail: the words, the facts and both links, escaped', () => {
    const mail = emailMessage(requestedMessage({ ...REQUEST, note: 'Se <bilaga> & svara' }, DESCRIPTION), 'chef@kommun.example', 'https://kommun.sharepoint.com/sites/internkontroll');
    expect(mail.To).toEqual(['chef@kommun.example']);
    expect(mail.Subject).toBe('Att godkänna: Socialnämnden 2022, Tertial 2');
    expect(mail.Body).toContain('<th scope="row" style="text-align:left;padding-right:12px">Sista dag</th><td>2024-09-20</td>');
    expect(mail.Body).toContain('Se &lt;bilaga&gt; &amp; svara');
    expect(mail.Body).toContain(`<a href="${approvalRequestDeepLink(KEY).replace(/&/g, '&amp;')}">Öppna i Teams</a>`);
    expect(mail.Body).toContain('<a href="https://kommun.sharepoint.com/sites/internkontroll">Öppna i SharePoint</a>');
  });

  it('tries the ways best first from the chosen one', () => {
    expect((['activity', 'chat', 'email'] as NotificationPath[]).map(fallbackOrder)).toEqual([['activity', 'chat', 'email'], ['chat', 'email'], ['email']]);
  });
});

describe('notifications through the local SharePoint', () => {
  let server: LocalSharePointServer;

  const token = async (user: string): Promise<string> => {
    const answer = await fetch(`${server.url}/_local/token`, { method: 'POST', body: JSON.stringify({ user }) });
    return ((await answer.json()) as { access_token: string }).access_token;
  };
  const graphFor = (user: string): IGraphClient => fetchGraphClient({ baseUrl: `${server.url}/_graph/v1.0`, token: () => token(user) });
  const outbox = async (): Promise<OutboxEntry[]> => ((await (await fetch(`${server.url}/_local/outbox`)).json()) as { value: OutboxEntry[] }).value;
  const configure = async (settings: unknown): Promise<void> => {
    const answer = await fetch(`${server.url}/_local/graph`, { method: 'POST', body: JSON.stringify(settings) });
    expect(answer.status).toBe(200);
  };
  const notifier = (user: string, preferred: NotificationPath): TeamsApprovalNotifier =>
    new TeamsApprovalNotifier({
      preferred,
      graph: graphFor(user),
      email: pnpEmailSender(localSpfi(server.core, user, server.siteUrl)),
      siteUrl: server.siteUrl,
      describe: async () => DESCRIPTION
    });

  beforeAll(async () => {
    server = await startLocalSharePoint({ port: 0, inMemory: true, logger: () => undefined });
  });

  afterAll(async () => {
    await server.close();
  });

  beforeEach(async () => {
    await fetch(`${server.url}/_local/outbox`, { method: 'DELETE' });
    await fetch(`${server.url}/_local/graph`, { method: 'DELETE' });
  });

  it('Graph refuses a caller without a token (401) and answers Graph\'s error shape', async () => {
    const answer = await fetch(`${server.url}/_graph/v1.0/me`);
    expect(answer.status).toBe(401);
    expect(((await answer.json()) as { error: { code: string } }).error.code).toBe('InvalidAuthenticationToken');
    const forged = await fetch(`${server.url}/_graph/v1.0/me`, { headers: { Authorization: 'Bearer a.b.c' } });
    expect(forged.status).toBe(401);
  });

  it('a request reaches the approver in the activity feed, and the outbox has exactly that', async () => {
    await notifier('samordnare', 'activity').requested(REQUEST, [CHEF]);
    const sent = await outbox();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ sequence: 1, channel: 'activity', from: 'samordnare', to: ['chef'] });
    expect(sent[0].payload).toEqual(activityFeedPayload(requestedMessage(REQUEST, DESCRIPTION)));
  });

  it('without TeamsActivity.Send (403) the approver gets a chat card instead', async () => {
    await configure({ grantedScopes: ['User.Read', 'User.ReadBasic.All', 'Chat.Create', 'ChatMessage.Send'] });
    const outcomes = await notifier('samordnare', 'activity').notify(requestedMessage(REQUEST, DESCRIPTION), [CHEF]);
    expect(outcomes[0].delivered).toBe('chat');
    expect(outcomes[0].attempts.map((a) => [a.path, a.ok, a.status])).toEqual([
      ['activity', false, 403],
      ['chat', true, undefined]
    ]);
    expect(outcomes[0].attempts[0].message).toContain("API requires one of 'TeamsActivity.Send'");
    const [entry] = await outbox();
    expect(entry).toMatchObject({ channel: 'chat', from: 'samordnare', to: ['chef'] });
    const payload = entry.payload as { body: { content: string }; attachments: { id: string; contentType: string; content: string }[] };
    expect(payload.attachments).toHaveLength(1);
    expect(payload.body.content).toBe(`<attachment id="${payload.attachments[0].id}"></attachment>`);
    expect(payload.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(payload.attachments[0].content).not.toContain('Action.Submit');
    expect(JSON.parse(payload.attachments[0].content)).toEqual(chatCard(requestedMessage(REQUEST, DESCRIPTION), server.siteUrl));
  });

  it('when the Teams app is not installed (404) and chats are not allowed (403), e-mail through SharePoint', async () => {
    await configure({ appInstalledFor: ['handlaggare'], grantedScopes: ['User.Read', 'TeamsActivity.Send'] });
    const outcomes = await notifier('samordnare', 'activity').notify(requestedMessage(REQUEST, DESCRIPTION), [CHEF]);
    expect(outcomes[0].attempts.map((a) => [a.path, a.ok, a.status])).toEqual([
      ['activity', false, 404],
      ['chat', false, 403],
      ['email', true, undefined]
    ]);
    const [entry] = await outbox();
    expect(entry).toMatchObject({ channel: 'email', from: 'samordnare', to: ['chef@kommun.example'] });
    expect(entry.payload).toMatchObject(emailMessage(requestedMessage(REQUEST, DESCRIPTION), 'chef@kommun.example', server.siteUrl));
  });

  it('the requester hears of the decision; the setting "e-post" uses e-mail alone', async () => {
    const decision: ApprovalDecisionLike = { outcome: 'returned', comment: 'Komplettera kontrollmoment 4.', decider: CHEF, decidedAt: '2024-09-10T08:30:00Z' };
    await notifier('chef', 'email').decided(REQUEST, decision);
    const sent = await outbox();
    expect(sent.map((e) => [e.channel, e.from, e.to])).toEqual([['email', 'chef', ['samordnare@kommun.example']]]);
    const body = (sent[0].payload as { Subject: string; Body: string });
    expect(body.Subject).toBe('Återremitterad: Socialnämnden 2022, Tertial 2');
    expect(body.Body).toContain('<th scope="row" style="text-align:left;padding-right:12px">Kommentar</th><td>Komplettera kontrollmoment 4.</td>');
  });

  it('an unknown user: Graph answers 404, SharePoint refuses the e-mail, and the notifier says so in Swedish', async () => {
    const error = await notifier('samordnare', 'activity').requested(REQUEST, [CHEF, UNKNOWN]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotificationFailedError);
    expect((error as Error).message).toBe('Aviseringen nådde inte Okänd Person / The notification did not reach Okänd Person.');
    const outcomes = (error as NotificationFailedError).outcomes;
    expect(outcomes[0].delivered).toBe('activity');
    expect(outcomes[1].attempts.map((a) => [a.path, a.ok, a.status])).toEqual([
      ['activity', false, 404],
      ['chat', false, 404],
      ['email', false, 400]
    ]);
    expect(outcomes[1].attempts[2].message).toContain('Make sure the e-mail has a valid recipient');
    // The approver who could be reached was, once.
    expect((await outbox()).map((e) => [e.channel, e.to])).toEqual([['activity', ['chef']]]);
  });

  it('the administrator\'s test on themselves: the activity feed refuses self-notification, the chat refuses a chat with oneself, e-mail arrives', async () => {
    const outcome = await notifier('samordnare', 'activity').test(REQUESTER, 'Samordnare intern kontroll');
    expect(outcome.attempts.map((a) => [a.path, a.ok, a.status])).toEqual([
      ['activity', false, 400],
      ['chat', false, 400],
      ['email', true, undefined]
    ]);
    const [entry] = await outbox();
    expect(entry).toMatchObject({ channel: 'email', to: ['samordnare@kommun.example'] });
    expect((entry.payload as { Subject: string }).Subject).toBe('Test av aviseringar från Internkontroll');
  });

  it('the test to a chosen user goes by the activity feed', async () => {
    const outcome = await notifier('samordnare', 'activity').test(CHEF, 'Samordnare intern kontroll');
    expect(outcome.delivered).toBe('activity');
    const [entry] = await outbox();
    expect((entry.payload as { topic: { webUrl: string } }).topic.webUrl).toBe(`https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/attGodkanna?label=Att%20godk%C3%A4nna`);
  });

  it('Graph answers 409 without teamsAppId, as for SPFx apps sharing SharePoint\'s app id', async () => {
    const graph = graphFor('samordnare');
    const { teamsAppId: _omitted, ...withoutApp } = activityFeedPayload(requestedMessage(REQUEST, DESCRIPTION));
    const answer = await graph.post('/users/chef%40kommun.example/teamwork/sendActivityNotification', withoutApp);
    expect(answer.status).toBe(409);
    expect(await outbox()).toEqual([]);
  });

  it('SendEmail needs a named caller and a recipient, as SharePoint does', async () => {
    const unnamed = await fetch(`${server.siteUrl}/_api/SP.Utilities.Utility.SendEmail`, { method: 'POST', body: JSON.stringify({ properties: { To: ['chef@kommun.example'], Subject: 's', Body: 'b' } }) });
    expect(unnamed.status).toBe(401);
    const noRecipient = await pnpEmailSender(localSpfi(server.core, 'samordnare', server.siteUrl))
      .sendEmail({ To: [], Subject: 's', Body: 'b' })
      .catch((e: unknown) => e);
    expect((noRecipient as { status?: number }).status).toBe(400);
    expect(await outbox()).toEqual([]);
  });
});
