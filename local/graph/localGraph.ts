/**
 * The small part of Microsoft Graph the product uses, answered by the local SharePoint under
 * `/_graph/v1.0/…` with Graph's status codes and error shape (`{"error":{"code","message"}}`):
 * `GET /me`, `GET /users/{id|upn}`, `POST /users/{id|upn}/teamwork/sendActivityNotification`,
 * `POST /chats` (one-on-one) and `POST /chats/{id}/messages`. Callers need a bearer token the
 * site issued (`POST /_local/token`), as Graph needs one. What the organisation allows is set
 * with `POST /_local/graph` (granted delegated scopes, who has the Teams app installed), so
 * tests can make Graph refuse as a real tenant would; accepted messages go to the outbox.
 */
import { createHash, randomUUID } from 'node:crypto';
import { identifyCaller } from '../auth';
import { SpError } from '../errors';
import type { SiteStore } from '../store/site-store';
import type { SiteUser } from '../store/users';
import { headerValue, type LocalRequest, type LocalResponse } from '../types';
import type { Outbox } from './outbox';

/** Where the local Graph answers, under the server's origin. */
export const LOCAL_GRAPH_PREFIX = '/_graph/v1.0';

/** The delegated scopes the product requests (package-solution.json's webApiPermissionRequests). */
export const GRAPH_SCOPES = ['User.Read', 'User.ReadBasic.All', 'TeamsActivity.Send', 'Chat.Create', 'ChatMessage.Send'] as const;

/** What the organisation allows; every part optional when configuring. */
export interface LocalGraphSettings {
  /** Delegated scopes consented to; default every one of {@link GRAPH_SCOPES}. */
  grantedScopes: string[];
  /** Logins of users who have the Teams app installed, or "*" for everyone (default). */
  appInstalledFor: string[] | '*';
}

function defaultSettings(): LocalGraphSettings {
  return { grantedScopes: [...GRAPH_SCOPES], appInstalledFor: '*' };
}

/** Graph's object id of a local user: a stable GUID made from the login. */
export function graphUserId(user: Pick<SiteUser, 'login'>): string {
  const hex = createHash('sha256').update(`graph-user:${user.login}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

class GraphError extends Error {
  public constructor(
    public readonly status: number,
    public readonly code: string,
    message: string
  ) {
    super(message);
  }
}

interface LocalChat {
  id: string;
  members: string[];
  messages: number;
}

/** The local Graph of one site. */
export class LocalGraph {
  private settings: LocalGraphSettings = defaultSettings();
  private readonly chats = new Map<string, LocalChat>();

  public constructor(
    private readonly store: SiteStore,
    private readonly sitePath: string,
    private readonly outbox: Outbox,
    private readonly clock: () => Date
  ) {}

  /** Changes what the organisation allows (absent parts keep their value). */
  public configure(settings: Partial<LocalGraphSettings>): LocalGraphSettings {
    if (settings.grantedScopes !== undefined) {
      if (!Array.isArray(settings.grantedScopes) || settings.grantedScopes.some((scope) => typeof scope !== 'string')) {
        throw new Error('grantedScopes must be a list of scope names');
      }
      this.settings.grantedScopes = [...settings.grantedScopes];
    }
    if (settings.appInstalledFor !== undefined) {
      const value = settings.appInstalledFor;
      if (value !== '*' && (!Array.isArray(value) || value.some((login) => typeof login !== 'string'))) {
        throw new Error('appInstalledFor must be "*" or a list of logins');
      }
      this.settings.appInstalledFor = value === '*' ? '*' : [...value];
    }
    return this.current();
  }

  /** The settings in force. */
  public current(): LocalGraphSettings {
    return { grantedScopes: [...this.settings.grantedScopes], appInstalledFor: this.settings.appInstalledFor === '*' ? '*' : [...this.settings.appInstalledFor] };
  }

  /** Back to the defaults, without chats. */
  public reset(): void {
    this.settings = defaultSettings();
    this.chats.clear();
  }

  /** Answers one request under {@link LOCAL_GRAPH_PREFIX}. Never throws. */
  public handle(request: LocalRequest, url: URL): LocalResponse {
    try {
      return this.route(request, url);
    } catch (error) {
      if (error instanceof GraphError) {
        return this.error(error.status, error.code, error.message);
      }
      return this.error(500, 'generalException', error instanceof Error ? error.message : String(error));
    }
  }

  private route(request: LocalRequest, url: URL): LocalResponse {
    const path = url.pathname.slice(LOCAL_GRAPH_PREFIX.length).replace(/\/+$/, '');
    const method = request.method.toUpperCase();
    const caller = this.caller(request);
    let match: RegExpExecArray | null;
    if (path.toLowerCase() === '/me' && method === 'GET') {
      this.requireScope('User.Read');
      return this.json(200, this.userResource(caller));
    }
    if ((match = /^\/users\/([^/]+)$/i.exec(path)) !== null && method === 'GET') {
      this.requireScope('User.ReadBasic.All', 'User.Read.All');
      return this.json(200, this.userResource(this.user(decodeURIComponent(match[1]))));
    }
    if ((match = /^\/users\/([^/]+)\/teamwork\/sendActivityNotification$/i.exec(path)) !== null && method === 'POST') {
      this.requireScope('TeamsActivity.Send');
      const recipient = this.user(decodeURIComponent(match[1]));
      return this.sendActivityNotification(caller, recipient, this.body(request));
    }
    if (path.toLowerCase() === '/chats' && method === 'POST') {
      this.requireScope('Chat.Create');
      return this.createChat(caller, this.body(request));
    }
    if ((match = /^\/chats\/([^/]+)\/messages$/i.exec(path)) !== null && method === 'POST') {
      this.requireScope('ChatMessage.Send');
      return this.sendChatMessage(caller, decodeURIComponent(match[1]), this.body(request));
    }
    throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${path.split('/')[1] ?? ''}'.`);
  }

  private caller(request: LocalRequest): SiteUser {
    if (headerValue(request.headers, 'Authorization') === undefined) {
      throw new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    }
    try {
      return identifyCaller(this.store, request, this.sitePath, this.clock()).user;
    } catch (error) {
      throw new GraphError(401, 'InvalidAuthenticationToken', error instanceof SpError ? error.message : 'Access token validation failure.');
    }
  }

  private requireScope(...anyOf: string[]): void {
    if (!anyOf.some((scope) => this.settings.grantedScopes.includes(scope))) {
      throw new GraphError(
        403,
        'Forbidden',
        `Missing scope permissions on the request. API requires one of '${anyOf.join(', ')}'. Scopes on the request '${this.settings.grantedScopes.join(', ')}'`
      );
    }
  }

  /** A user by Graph object id or user principal name (the local e-mail). */
  private user(idOrUpn: string): SiteUser {
    const wanted = idOrUpn.toLowerCase();
    const found = wanted.includes('@')
      ? this.store.users.byLogin(wanted)
      : this.store.users.siteUsers().find((user) => graphUserId(user) === wanted);
    if (found === undefined || (wanted.includes('@') && found.email.toLowerCase() !== wanted)) {
      throw new GraphError(404, 'Request_ResourceNotFound', `Resource '${idOrUpn}' does not exist or one of its queried reference-property objects are not present.`);
    }
    return found;
  }

  private userResource(user: SiteUser): Record<string, unknown> {
    return {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/$entity',
      id: graphUserId(user),
      displayName: user.title,
      userPrincipalName: user.email,
      mail: user.email,
      jobTitle: user.jobTitle
    };
  }

  private body(request: LocalRequest): Record<string, unknown> {
    try {
      const value = JSON.parse(request.body ?? '') as unknown;
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        return value as Record<string, unknown>;
      }
    } catch {
      // answered below
    }
    throw new GraphError(400, 'BadRequest', 'Invalid request body: a JSON object is required.');
  }

  private sendActivityNotification(caller: SiteUser, recipient: SiteUser, body: Record<string, unknown>): LocalResponse {
    if (recipient.id === caller.id) {
      throw new GraphError(400, 'BadRequest', 'Sending an activity notification to yourself is not supported.');
    }
    const topic = body.topic as { source?: unknown; value?: unknown; webUrl?: unknown } | undefined;
    if (topic === undefined || topic === null || (topic.source !== 'text' && topic.source !== 'entityUrl') || typeof topic.value !== 'string' || topic.value === '') {
      throw new GraphError(400, 'BadRequest', 'topic is required: source "text" or "entityUrl" with a value.');
    }
    if (topic.source === 'text' && (typeof topic.webUrl !== 'string' || !topic.webUrl.startsWith('https://teams.microsoft.com/l/'))) {
      throw new GraphError(400, 'BadRequest', 'topic.webUrl must be a Teams deep link when topic.source is text.');
    }
    if (typeof body.activityType !== 'string' || body.activityType === '') {
      throw new GraphError(400, 'BadRequest', 'activityType is required.');
    }
    const preview = body.previewText as { content?: unknown } | undefined;
    if (preview === undefined || typeof preview.content !== 'string' || preview.content.length > 150) {
      throw new GraphError(400, 'BadRequest', 'previewText.content is required and at most 150 characters.');
    }
    if (typeof body.teamsAppId !== 'string' || body.teamsAppId === '') {
      // What sp-dev-docs#8719 describes for SPFx apps when the app is not named.
      throw new GraphError(409, 'Conflict', 'Found multiple applications with the same Azure AD App ID. Pass teamsAppId.');
    }
    const installed = this.settings.appInstalledFor;
    if (installed !== '*' && !installed.includes(recipient.login)) {
      throw new GraphError(404, 'NotFound', `The Teams app ${String(body.teamsAppId)} is not installed for the recipient.`);
    }
    this.outbox.record({ channel: 'activity', from: caller.login, to: [recipient.login], at: this.clock().toISOString(), payload: body });
    return { status: 204, headers: this.headers(), body: '' };
  }

  private createChat(caller: SiteUser, body: Record<string, unknown>): LocalResponse {
    if (body.chatType !== 'oneOnOne') {
      throw new GraphError(400, 'BadRequest', 'Only chatType oneOnOne is supported here.');
    }
    const members = Array.isArray(body.members) ? (body.members as Record<string, unknown>[]) : [];
    const logins = members.map((member) => {
      const bind = member['user@odata.bind'];
      const match = typeof bind === 'string' ? /\/users(?:\('([^']+)'\)|\/([^/]+))$/.exec(bind) : null;
      if (member['@odata.type'] !== '#microsoft.graph.aadUserConversationMember' || match === null) {
        throw new GraphError(400, 'BadRequest', 'Each member needs @odata.type #microsoft.graph.aadUserConversationMember and user@odata.bind.');
      }
      return this.user(match[1] ?? match[2]).login;
    });
    if (logins.length !== 2 || logins[0] === logins[1] || !logins.includes(caller.login)) {
      throw new GraphError(400, 'BadRequest', 'A one-on-one chat has exactly two members, one of them the caller.');
    }
    const sorted = [...logins].sort();
    // Graph gives back the existing chat of the same two people.
    let chat = [...this.chats.values()].find((c) => c.members.join('|') === sorted.join('|'));
    if (chat === undefined) {
      chat = { id: `19:${sorted.map((login) => graphUserId({ login })).join('_')}@unq.gbl.spaces`, members: sorted, messages: 0 };
      this.chats.set(chat.id, chat);
    }
    return this.json(201, { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#chats/$entity', id: chat.id, chatType: 'oneOnOne', createdDateTime: this.clock().toISOString() });
  }

  private sendChatMessage(caller: SiteUser, chatId: string, body: Record<string, unknown>): LocalResponse {
    const chat = this.chats.get(chatId);
    if (chat === undefined) {
      throw new GraphError(404, 'NotFound', `Chat ${chatId} not found.`);
    }
    if (!chat.members.includes(caller.login)) {
      throw new GraphError(403, 'Forbidden', 'The caller is not a member of the chat.');
    }
    const messageBody = body.body as { contentType?: unknown; content?: unknown } | undefined;
    if (messageBody === undefined || typeof messageBody.content !== 'string') {
      throw new GraphError(400, 'BadRequest', 'body.content is required.');
    }
    const attachments = Array.isArray(body.attachments) ? (body.attachments as Record<string, unknown>[]) : [];
    for (const attachment of attachments) {
      if (typeof attachment.id !== 'string' || !messageBody.content.includes(`<attachment id="${attachment.id}"></attachment>`)) {
        throw new GraphError(400, 'BadRequest', 'Each attachment must be referenced in body.content as <attachment id="…"></attachment>.');
      }
      if (attachment.contentType === 'application/vnd.microsoft.card.adaptive') {
        try {
          JSON.parse(String(attachment.content));
        } catch {
          throw new GraphError(400, 'BadRequest', 'An adaptive card attachment needs its card as a JSON string in content.');
        }
      }
    }
    chat.messages++;
    const to = chat.members.filter((login) => login !== caller.login);
    this.outbox.record({ channel: 'chat', from: caller.login, to, at: this.clock().toISOString(), payload: { chatId, ...body } });
    return this.json(201, { '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#chats('${chatId}')/messages/$entity`, id: randomUUID(), chatId, createdDateTime: this.clock().toISOString() });
  }

  private headers(): Record<string, string> {
    return { 'request-id': randomUUID(), 'Cache-Control': 'no-cache' };
  }

  private json(status: number, body: unknown): LocalResponse {
    return { status, headers: { ...this.headers(), 'Content-Type': 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8' }, body: JSON.stringify(body) };
  }

  private error(status: number, code: string, message: string): LocalResponse {
    const requestId = randomUUID();
    return this.json(status, { error: { code, message, innerError: { date: this.clock().toISOString(), 'request-id': requestId, 'client-request-id': requestId } } });
  }
}
