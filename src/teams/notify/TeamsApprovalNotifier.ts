/**
 * The approval flow's notifier (`IApprovalNotifier`): each person is reached by the best way
 * the organisation allows, best first — the Teams activity feed, else a one-on-one chat card,
 * else e-mail through SharePoint. The setting says where to start; a refusal (no consent 403,
 * app not installed or unknown user 404, 409, …) moves on to the next way, and every attempt
 * is kept so the administrator's "Testa" shows what happened.
 */
import type { ApprovalDecisionLike, ApprovalNotifierLike, ApprovalPersonLike, ApprovalRequestLike } from '../approvalPort';
import { TEAMS_APP_ID } from '../appIdentity';
import type { IEmailSender } from '../../data/mail/emailSender';
import { graphErrorMessage, type IGraphClient } from './graphClient';
import { decidedMessage, remindedMessage, requestedMessage, testMessage, type NotificationMessage, type RequestDescription } from './messages';
import { activityFeedPayload, chatMessagePayload, emailMessage, oneOnOneChatPayload } from './payloads';

/** The ways to notify, best first. */
export const NOTIFICATION_PATHS = ['activity', 'chat', 'email'] as const;

/** One way to notify: Teams activity feed, Teams chat, e-mail. */
export type NotificationPath = (typeof NOTIFICATION_PATHS)[number];

/** Swedish names of the ways, for the setting and the test result. */
export const NOTIFICATION_PATH_LABELS: Record<NotificationPath, string> = {
  activity: 'Aktivitetsflödet i Teams',
  chat: 'Chattmeddelande i Teams',
  email: 'E-post'
};

/** The ways tried when the setting starts at `preferred`. */
export function fallbackOrder(preferred: NotificationPath): NotificationPath[] {
  return NOTIFICATION_PATHS.slice(NOTIFICATION_PATHS.indexOf(preferred));
}

/** One try of one way. */
export interface NotificationAttempt {
  /** The way tried. */
  path: NotificationPath;
  /** Whether it was accepted. */
  ok: boolean;
  /** The HTTP status of the refusing call, when there was one. */
  status?: number;
  /** Why not, in Swedish then the service's own words. */
  message?: string;
}

/** What happened for one recipient. */
export interface NotificationOutcome {
  /** Who was to be told. */
  recipient: ApprovalPersonLike;
  /** The way that reached them; absent when none did. */
  delivered?: NotificationPath;
  /** Every try, in order. */
  attempts: NotificationAttempt[];
}

/** Thrown by the `IApprovalNotifier` methods when someone could not be reached at all. */
export class NotificationFailedError extends Error {
  /** Every recipient's outcome. */
  public readonly outcomes: NotificationOutcome[];

  public constructor(outcomes: NotificationOutcome[]) {
    const failed = outcomes.filter((outcome) => outcome.delivered === undefined).map((outcome) => outcome.recipient.title);
    super(`Aviseringen nådde inte ${failed.join(', ')} / The notification did not reach ${failed.join(', ')}.`);
    this.name = 'NotificationFailedError';
    this.outcomes = outcomes;
  }
}

/** What the notifier works with. */
export interface TeamsNotifierOptions {
  /** The way to start with (the organisation's setting). */
  preferred: NotificationPath;
  /** Graph for the signed-in user; without it only e-mail is tried. */
  graph?: IGraphClient;
  /** E-mail through SharePoint; without it e-mail is not tried. */
  email?: IEmailSender;
  /** The Teams app id for the activity feed; the product's own by default. */
  teamsAppId?: string;
  /** The site's address, linked from the chat card and the e-mail. */
  siteUrl?: string;
  /** How a request is named (plan title, period label); the period key alone by default. */
  describe?: (request: ApprovalRequestLike) => Promise<RequestDescription>;
}

/** The user principal name of a person: their e-mail, else the tail of a claims login. */
export function userPrincipalName(person: ApprovalPersonLike): string | undefined {
  if (person.email !== undefined && person.email.includes('@')) {
    return person.email;
  }
  const tail = person.loginName?.split('|').pop();
  return tail !== undefined && tail.includes('@') ? tail : undefined;
}

function refusal(prefix: string, status: number, body: unknown): NotificationAttempt['message'] {
  const detail = graphErrorMessage({ status, body });
  return detail === undefined ? `${prefix} (HTTP ${status})` : `${prefix} (HTTP ${status}) – ${detail}`;
}

/** Notifies approvers and requesters through Teams or e-mail. */
export class TeamsApprovalNotifier implements ApprovalNotifierLike {
  private senderId: Promise<string | undefined> | undefined;
  private attachmentCounter = 0;

  public constructor(private readonly options: TeamsNotifierOptions) {}

  /** @inheritDoc */
  public async requested(request: ApprovalRequestLike, approvers: ApprovalPersonLike[]): Promise<void> {
    this.ensureReached(await this.notify(requestedMessage(request, await this.description(request)), approvers));
  }

  /** @inheritDoc */
  public async decided(request: ApprovalRequestLike, decision: ApprovalDecisionLike): Promise<void> {
    this.ensureReached(await this.notify(decidedMessage(request, decision, await this.description(request)), [request.requester]));
  }

  /** @inheritDoc */
  public async reminded(request: ApprovalRequestLike, pending: ApprovalPersonLike[]): Promise<void> {
    this.ensureReached(await this.notify(remindedMessage(request, await this.description(request)), pending));
  }

  /**
   * The administrator's "Testa": a test message to `recipient` by the configured ways, with
   * every attempt. (The activity feed cannot notify oneself; testing on oneself shows that
   * refusal and the fallback that follows.)
   */
  public async test(recipient: ApprovalPersonLike, senderName: string): Promise<NotificationOutcome> {
    const [outcome] = await this.notify(testMessage(senderName), [recipient]);
    return outcome;
  }

  /** Sends one message to each recipient, each by the best way that works for them. */
  public async notify(message: NotificationMessage, recipients: ApprovalPersonLike[]): Promise<NotificationOutcome[]> {
    const outcomes: NotificationOutcome[] = [];
    for (const recipient of recipients) {
      const attempts: NotificationAttempt[] = [];
      let delivered: NotificationPath | undefined;
      for (const path of fallbackOrder(this.options.preferred)) {
        const attempt = await this.attempt(path, message, recipient);
        attempts.push(attempt);
        if (attempt.ok) {
          delivered = path;
          break;
        }
      }
      outcomes.push({ recipient, delivered, attempts });
    }
    return outcomes;
  }

  private ensureReached(outcomes: NotificationOutcome[]): void {
    if (outcomes.some((outcome) => outcome.delivered === undefined)) {
      throw new NotificationFailedError(outcomes);
    }
  }

  private async description(request: ApprovalRequestLike): Promise<RequestDescription> {
    if (this.options.describe !== undefined) {
      return this.options.describe(request);
    }
    return { planTitle: `Plan ${request.planId}`, periodLabel: request.periodKey };
  }

  private async attempt(path: NotificationPath, message: NotificationMessage, recipient: ApprovalPersonLike): Promise<NotificationAttempt> {
    const upn = userPrincipalName(recipient);
    if (path === 'email') {
      if (this.options.email === undefined) {
        return { path, ok: false, message: 'E-post är inte tillgänglig här / e-mail is not available here' };
      }
      if (upn === undefined) {
        return { path, ok: false, message: `${recipient.title} har ingen e-postadress / has no e-mail address` };
      }
      try {
        await this.options.email.sendEmail(emailMessage(message, upn, this.options.siteUrl));
        return { path, ok: true };
      } catch (error) {
        const status = (error as { status?: unknown }).status;
        return { path, ok: false, ...(typeof status === 'number' ? { status } : {}), message: `SharePoint skickade inte e-posten / SharePoint refused the e-mail: ${error instanceof Error ? error.message : String(error)}` };
      }
    }
    const graph = this.options.graph;
    if (graph === undefined) {
      return { path, ok: false, message: 'Microsoft Graph är inte tillgängligt här / Graph is not available here' };
    }
    if (upn === undefined) {
      return { path, ok: false, message: `${recipient.title} saknar användarnamn i Microsoft 365 / has no user principal name` };
    }
    if (path === 'activity') {
      const response = await graph.post(`/users/${encodeURIComponent(upn)}/teamwork/sendActivityNotification`, activityFeedPayload(message, this.options.teamsAppId ?? TEAMS_APP_ID));
      return response.status >= 200 && response.status < 300
        ? { path, ok: true }
        : { path, ok: false, status: response.status, message: refusal('Aktivitetsflödet tog inte emot aviseringen / the activity feed refused', response.status, response.body) };
    }
    const senderId = await this.sender(graph);
    if (senderId === undefined) {
      return { path, ok: false, message: 'Den inloggade användaren kunde inte läsas från Graph / the signed-in user could not be read' };
    }
    const chat = await graph.post('/chats', oneOnOneChatPayload(senderId, upn));
    const chatId = (chat.body as { id?: unknown } | undefined)?.id;
    if (chat.status < 200 || chat.status >= 300 || typeof chatId !== 'string') {
      return { path, ok: false, status: chat.status, message: refusal('Chatten kunde inte skapas / the chat could not be created', chat.status, chat.body) };
    }
    this.attachmentCounter++;
    const sent = await graph.post(`/chats/${encodeURIComponent(chatId)}/messages`, chatMessagePayload(message, `ik-card-${this.attachmentCounter}`, this.options.siteUrl));
    return sent.status >= 200 && sent.status < 300
      ? { path, ok: true }
      : { path, ok: false, status: sent.status, message: refusal('Chattmeddelandet skickades inte / the chat message was refused', sent.status, sent.body) };
  }

  private sender(graph: IGraphClient): Promise<string | undefined> {
    if (this.senderId === undefined) {
      this.senderId = graph.get('/me').then((response) => {
        const id = (response.body as { id?: unknown } | undefined)?.id;
        if (response.status !== 200 || typeof id !== 'string') {
          // Not cached: the next notification asks again.
          this.senderId = undefined;
          return undefined;
        }
        return id;
      });
    }
    return this.senderId;
  }
}
