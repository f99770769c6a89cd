/**
 * The bodies sent to Graph and SharePoint for one notification, as pure functions: the
 * activity-feed notification (`systemDefault`, with `teamsAppId`, topic = the deep link), the
 * one-on-one chat and its Adaptive Card message (only `Action.OpenUrl`: an `Action.Submit`
 * would need a bot to receive it), and the e-mail.
 */
import { TEAMS_APP_ID, TEAMS_ENTITY_IDS } from '../appIdentity';
import { approvalRequestDeepLink, buildTeamsDeepLink } from '../deepLinks';
import type { EmailMessage } from '../../data/mail/emailSender';
import { PREVIEW_MAX, type NotificationMessage } from './messages';

/** Where a notification leads: the request in the personal app, or the app itself for a test. */
export function notificationLink(message: NotificationMessage): string {
  return message.requestKey === undefined
    ? buildTeamsDeepLink({ appId: TEAMS_APP_ID, entityId: TEAMS_ENTITY_IDS.attGodkanna, label: 'Att godkänna' })
    : approvalRequestDeepLink(message.requestKey);
}

/** The body of `POST /users/{id}/teamwork/sendActivityNotification`. */
export function activityFeedPayload(message: NotificationMessage, teamsAppId: string = TEAMS_APP_ID): Record<string, unknown> {
  return {
    topic: { source: 'text', value: message.title.slice(0, 100), webUrl: notificationLink(message) },
    activityType: 'systemDefault',
    previewText: { content: message.preview.slice(0, PREVIEW_MAX) },
    templateParameters: [{ name: 'systemDefaultText', value: message.title }],
    // Named explicitly: SPFx apps share SharePoint's Entra app id, and without it Graph answers 409.
    teamsAppId
  };
}

/** `user@odata.bind` of a Graph user by id or user principal name. */
export function graphUserBind(idOrUpn: string): string {
  return `https://graph.microsoft.com/v1.0/users('${idOrUpn.replace(/'/g, "''")}')`;
}

/** The body of `POST /chats` for a one-on-one chat between the sender and the recipient. */
export function oneOnOneChatPayload(senderId: string, recipientUpn: string): Record<string, unknown> {
  const member = (idOrUpn: string): Record<string, unknown> => ({
    '@odata.type': '#microsoft.graph.aadUserConversationMember',
    roles: ['owner'],
    'user@odata.bind': graphUserBind(idOrUpn)
  });
  return { chatType: 'oneOnOne', members: [member(senderId), member(recipientUpn)] };
}

/** The Adaptive Card of a chat message: title, facts and deep links, nothing that needs a bot. */
export function chatCard(message: NotificationMessage, siteUrl?: string): Record<string, unknown> {
  const actions: Record<string, unknown>[] = [{ type: 'Action.OpenUrl', title: message.requestKey === undefined ? 'Öppna Att godkänna' : 'Öppna begäran i Teams', url: notificationLink(message) }];
  if (siteUrl !== undefined) {
    actions.push({ type: 'Action.OpenUrl', title: 'Öppna i SharePoint', url: siteUrl });
  }
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    lang: 'sv',
    body: [
      { type: 'TextBlock', text: message.title, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: message.preview, wrap: true, isSubtle: true },
      { type: 'FactSet', facts: message.facts.map(([title, value]) => ({ title, value })) }
    ],
    actions
  };
}

/** The body of `POST /chats/{id}/messages`: the card as an attachment the HTML body refers to. */
export function chatMessagePayload(message: NotificationMessage, attachmentId: string, siteUrl?: string): Record<string, unknown> {
  return {
    body: { contentType: 'html', content: `<attachment id="${attachmentId}"></attachment>` },
    attachments: [{ id: attachmentId, contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: JSON.stringify(chatCard(message, siteUrl)), name: null, thumbnailUrl: null }]
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The e-mail: the same words, with a link into Teams and (when known) to the site. */
export function emailMessage(message: NotificationMessage, to: string, siteUrl?: string): EmailMessage {
  const facts = message.facts.map(([label, value]) => `<tr><th scope="row" style="text-align:left;padding-right:12px">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`).join('');
  const links = [`<a href="${escapeHtml(notificationLink(message))}">Öppna i Teams</a>`];
  if (siteUrl !== undefined) {
    links.push(`<a href="${escapeHtml(siteUrl)}">Öppna i SharePoint</a>`);
  }
  return {
    To: [to],
    Subject: message.title,
    Body: `<p>${escapeHtml(message.preview)}</p><table>${facts}</table><p>${links.join(' · ')}</p>`
  };
}
