/**
 * What a notification says, in Swedish (English second), for each event of the approval flow.
 * Pure: the activity feed, the chat card and the e-mail all take their words from here.
 */
import type { ApprovalDecisionLike, ApprovalRequestLike } from '../approvalPort';

/** What happened. */
export type NotificationKind = 'requested' | 'decided' | 'reminded' | 'test';

/** How a request is named to a person. */
export interface RequestDescription {
  /** The plan, e.g. "Socialnämnden 2022". */
  planTitle: string;
  /** The period, e.g. "Tertial 2". */
  periodLabel: string;
}

/** One notification's words and where it leads. */
export interface NotificationMessage {
  /** What happened. */
  kind: NotificationKind;
  /** The request's key (the deep link's sub-entity id); absent for a test. */
  requestKey?: string;
  /** Heading, e.g. "Att godkänna: Socialnämnden 2022, Tertial 2". */
  title: string;
  /** One line for the activity feed (at most 150 characters). */
  preview: string;
  /** Facts shown in the chat card and the e-mail, label → value. */
  facts: [string, string][];
  /** The person who acted, shown as the sender. */
  actor: string;
}

/** Graph's limit for `previewText.content`. */
export const PREVIEW_MAX = 150;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function name(description: RequestDescription): string {
  return `${description.planTitle}, ${description.periodLabel}`;
}

/** A request was made: to the approvers. */
export function requestedMessage(request: ApprovalRequestLike, description: RequestDescription): NotificationMessage {
  const facts: [string, string][] = [
    ['Plan', description.planTitle],
    ['Period', description.periodLabel],
    ['Begärd av', request.requester.title]
  ];
  if (request.deadline !== undefined) {
    facts.push(['Sista dag', request.deadline]);
  }
  if (request.note !== undefined && request.note !== '') {
    facts.push(['Meddelande', request.note]);
  }
  return {
    kind: 'requested',
    requestKey: request.key,
    title: `Att godkänna: ${name(description)}`,
    preview: clip(`${request.requester.title} ber dig godkänna uppföljningen ${name(description)}${request.deadline === undefined ? '' : ` senast ${request.deadline}`}. / Approval requested.`, PREVIEW_MAX),
    facts,
    actor: request.requester.title
  };
}

/** The requester reminded: to the approvers who have not decided. */
export function remindedMessage(request: ApprovalRequestLike, description: RequestDescription): NotificationMessage {
  const message = requestedMessage(request, description);
  return {
    ...message,
    kind: 'reminded',
    title: `Påminnelse – att godkänna: ${name(description)}`,
    preview: clip(`Påminnelse från ${request.requester.title}: uppföljningen ${name(description)} väntar på ditt beslut. / Reminder: a decision is awaited.`, PREVIEW_MAX)
  };
}

/** A decision was made: to the requester. */
export function decidedMessage(request: ApprovalRequestLike, decision: ApprovalDecisionLike, description: RequestDescription): NotificationMessage {
  const approved = decision.outcome === 'approved';
  const who = decision.forApprover === undefined ? decision.decider.title : `${decision.decider.title} för ${decision.forApprover.title}`;
  const facts: [string, string][] = [
    ['Plan', description.planTitle],
    ['Period', description.periodLabel],
    ['Beslut', approved ? 'Godkänd' : 'Återremitterad'],
    ['Beslutad av', who],
    ['Datum', decision.decidedAt.slice(0, 10)]
  ];
  if (decision.comment !== undefined && decision.comment !== '') {
    facts.push(['Kommentar', decision.comment]);
  }
  return {
    kind: 'decided',
    requestKey: request.key,
    title: `${approved ? 'Godkänd' : 'Återremitterad'}: ${name(description)}`,
    preview: clip(
      approved
        ? `${who} har godkänt uppföljningen ${name(description)}. / Approved.`
        : `${who} har återremitterat uppföljningen ${name(description)}: ${decision.comment ?? ''} / Returned.`,
      PREVIEW_MAX
    ),
    facts,
    actor: who
  };
}

/** The administrator's test of the chosen path. */
export function testMessage(sender: string): NotificationMessage {
  return {
    kind: 'test',
    title: 'Test av aviseringar från Internkontroll',
    preview: `Ett test från ${sender}: aviseringar om godkännanden når dig. / A test: approval notifications reach you.`,
    facts: [['Skickat av', sender]],
    actor: sender
  };
}
