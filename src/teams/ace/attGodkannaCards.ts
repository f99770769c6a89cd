/**
 * The Viva Connections card "Att godkänna" as pure functions: the card view's words with the
 * count, the quick view's Adaptive Card template (adaptivecards-templating `${…}` bindings)
 * and its data, and `onAction`'s handling of Godkänn / Återremittera. The ACE (a host) only
 * wires these to SPFx; tests render the same JSON with adaptivecards in jsdom.
 */
import type { ApprovalCaseLike, ApprovalDeciderService } from '../approvalPort';

/** The quick view's id in the ACE's navigator. */
export const ATT_GODKANNA_QUICK_VIEW = 'ATT_GODKANNA_QUICK_VIEW';

/** What the submit buttons send (`Action.Submit` data, with the inputs merged in by the host). */
export interface AttGodkannaActionData {
  /** Godkänn or Återremittera. */
  decision: 'approve' | 'return';
  /** The request's key. */
  key: string;
  /** The comment boxes, one per request: `comment-<key>`. */
  [input: string]: unknown;
}

/** The card view: header and button with the count. */
export interface AttGodkannaCardView {
  /** The card bar's title. */
  title: string;
  /** The big line: "3 att godkänna". */
  primaryText: string;
  /** Under it: how many are overdue, or that nothing waits. */
  description: string;
  /** The button that opens the quick view; absent when nothing waits. */
  buttonTitle?: string;
}

/** How many requests wait, in words. */
export function countText(count: number): string {
  return count === 0 ? 'Inget att godkänna' : `${count} att godkänna`;
}

/** The card view of the requests waiting for the user. */
export function attGodkannaCardView(cases: readonly ApprovalCaseLike[]): AttGodkannaCardView {
  const overdue = cases.filter((c) => c.overdue).length;
  return {
    title: 'Att godkänna',
    primaryText: countText(cases.length),
    description: cases.length === 0 ? 'Du har inga begäranden som väntar på ditt beslut.' : overdue > 0 ? `${overdue} försenade` : 'Uppföljningar som väntar på ditt beslut',
    ...(cases.length === 0 ? {} : { buttonTitle: 'Visa och besluta' })
  };
}

/** A message shown at the top of the quick view after an action. */
export interface AttGodkannaNotice {
  /** The text, Swedish first. */
  text: string;
  /** A refusal (shown in the attention colour) or a confirmation. */
  isError: boolean;
}

/** The quick view's data, bound into {@link attGodkannaQuickViewTemplate}. */
export interface AttGodkannaQuickViewData {
  /** "3 att godkänna". */
  heading: string;
  /** Whether anything waits. */
  hasRequests: boolean;
  /** The notice after the last action, when there is one. */
  hasNotice: boolean;
  /** Its text. */
  noticeText: string;
  /** "attention" for a refusal, "good" for a confirmation. */
  noticeColor: 'attention' | 'good';
  /** One entry per request. */
  requests: {
    key: string;
    commentId: string;
    title: string;
    requester: string;
    deadline: string;
    note: string;
    hasNote: boolean;
  }[];
}

/** The input id of a request's comment box. */
export function commentInputId(key: string): string {
  return `comment-${key}`;
}

/** The quick view's data from the requests and the last notice. */
export function attGodkannaQuickViewData(cases: readonly ApprovalCaseLike[], notice?: AttGodkannaNotice): AttGodkannaQuickViewData {
  return {
    heading: countText(cases.length),
    hasRequests: cases.length > 0,
    hasNotice: notice !== undefined,
    noticeText: notice?.text ?? '',
    noticeColor: notice?.isError === true ? 'attention' : 'good',
    requests: cases.map((c) => ({
      key: c.request.key,
      commentId: commentInputId(c.request.key),
      title: `${c.planTitle} – ${c.periodLabel}`,
      requester: c.request.requester.title,
      deadline: c.request.deadline === undefined ? 'Ingen' : `${c.request.deadline}${c.overdue ? ' (försenad)' : ''}`,
      note: c.request.note ?? '',
      hasNote: c.request.note !== undefined && c.request.note !== ''
    }))
  };
}

/**
 * The quick view as an Adaptive Card template (version 1.5, what Viva Connections renders):
 * one container per request with its facts, a comment box and the two decisions, each an
 * `Action.Submit` that the ACE's `onAction` handles in the browser.
 */
export function attGodkannaQuickViewTemplate(): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    lang: 'sv',
    body: [
      { type: 'TextBlock', text: '${heading}', size: 'Large', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', $when: '${hasNotice}', text: '${noticeText}', color: '${noticeColor}', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', $when: '${!hasRequests}', text: 'Du har inga begäranden som väntar på ditt beslut.', wrap: true },
      {
        type: 'Container',
        $data: '${requests}',
        id: 'request-${key}',
        separator: true,
        spacing: 'Large',
        items: [
          { type: 'TextBlock', text: '${title}', weight: 'Bolder', wrap: true },
          {
            type: 'FactSet',
            facts: [
              { title: 'Begärd av', value: '${requester}' },
              { title: 'Sista dag', value: '${deadline}' }
            ]
          },
          { type: 'TextBlock', $when: '${hasNote}', text: '${note}', wrap: true, isSubtle: true },
          { type: 'Input.Text', id: '${commentId}', label: 'Kommentar (krävs för att återremittera)', isMultiline: true, maxLength: 2000 },
          {
            type: 'ActionSet',
            actions: [
              { type: 'Action.Submit', title: 'Godkänn', style: 'positive', data: { decision: 'approve', key: '${key}' } },
              { type: 'Action.Submit', title: 'Återremittera', data: { decision: 'return', key: '${key}' } }
            ]
          }
        ]
      }
    ]
  };
}

/** What `onAction` did. */
export interface AttGodkannaActionResult {
  /** The notice to show. */
  notice: AttGodkannaNotice;
  /** Whether a decision was recorded (the list is then read again). */
  decided: boolean;
}

/** Swedish message of a refusal the service gives (its errors carry Swedish first). */
function messageOf(error: unknown): string {
  return error instanceof Error && error.message !== '' ? error.message : 'Beslutet kunde inte sparas. / The decision could not be saved.';
}

/**
 * Handles a quick view submit: records Godkänn or Återremittera through the approval service,
 * refusing Återremittera without a comment before anything is sent. The decision is taken on
 * the content as it was requested (`seenHash` = the request's hash): if it changed since, the
 * service refuses, and the approver opens the request in the app to see the new content.
 */
export async function handleAttGodkannaAction(service: ApprovalDeciderService, cases: readonly ApprovalCaseLike[], data: unknown): Promise<AttGodkannaActionResult> {
  const action = data as Partial<AttGodkannaActionData> | undefined;
  const refuse = (text: string): AttGodkannaActionResult => ({ notice: { text, isError: true }, decided: false });
  if (action === undefined || (action.decision !== 'approve' && action.decision !== 'return') || typeof action.key !== 'string') {
    return refuse('Okänd åtgärd. / Unknown action.');
  }
  const found = cases.find((c) => c.request.key === action.key);
  if (found === undefined) {
    return refuse('Begäran finns inte längre bland dina att godkänna. / The request is no longer waiting for you.');
  }
  const raw = action[commentInputId(action.key)];
  const comment = typeof raw === 'string' ? raw.trim() : '';
  const name = `${found.planTitle} – ${found.periodLabel}`;
  if (action.decision === 'return' && comment === '') {
    return refuse(`Kommentar: skriv varför ${name} återremitteras. / Comment: a comment is required to return.`);
  }
  try {
    await service.decide(action.key, {
      outcome: action.decision === 'approve' ? 'approved' : 'returned',
      ...(comment === '' ? {} : { comment }),
      seenHash: found.request.contentHash
    });
  } catch (error) {
    return refuse(messageOf(error));
  }
  return {
    notice: { text: action.decision === 'approve' ? `${name} är godkänd.` : `${name} är återremitterad.`, isError: false },
    decided: true
  };
}

/**
 * A decision's notice, with why the requester could not be told when the notification failed:
 * the decision stands (the service never undoes it), so the approver learns both.
 */
export function withNotificationFailure(notice: AttGodkannaNotice, failure: string | undefined): AttGodkannaNotice {
  return failure === undefined
    ? notice
    : { text: `${notice.text} Beslutet är sparat, men aviseringen kunde inte skickas: ${failure} / The decision is saved, but the notification could not be sent.`, isError: true };
}
