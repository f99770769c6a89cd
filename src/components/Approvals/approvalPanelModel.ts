/**
 * What the approval panel offers the signed-in user, and the request's history in reading
 * order. Pure: the panel only shows; the service (and SharePoint) enforce.
 */
import type { ApprovalCase, ApprovalPerson, ApprovalState, JudgedDecision } from '../../approvals/types';

/** The actions the panel shows. */
export interface PanelActions {
  /** "Begär godkännande": no open request, and the period is not approved unchanged. */
  canRequest: boolean;
  /** "Påminn" and "Återkalla": the user's own open request. */
  canRemindOrWithdraw: boolean;
  /** Godkänn / Återremittera: the request is among the user's "Att godkänna". */
  canDecide: boolean;
}

/**
 * The actions for a user on a period's state; `toDecide` are the keys of the user's "Att
 * godkänna", `mayRequest` whether SharePoint lets the user add requests.
 */
export function panelActions(state: ApprovalState, userId: number, toDecide: ReadonlySet<string>, mayRequest: boolean): PanelActions {
  const latest = state.latest;
  const open = state.status === 'requested' && latest !== undefined;
  return {
    canRequest: mayRequest && (state.status === 'draft' || state.status === 'returned' || state.status === 'withdrawn' || state.status === 'changed'),
    canRemindOrWithdraw: open && latest.request.requester.id === userId,
    canDecide: open && latest.request.requester.id !== userId && toDecide.has(latest.request.key)
  };
}

/** One line of the history. */
export type HistoryEntry =
  | { kind: 'requested' | 'withdrawn' | 'reminded'; who: ApprovalPerson; at: string; note?: string }
  | { kind: 'decision'; at: string; judged: JudgedDecision };

/** The request, its withdrawals, reminders and decisions, oldest first. */
export function historyOf(approvalCase: ApprovalCase): HistoryEntry[] {
  const entries: HistoryEntry[] = [
    { kind: 'requested', who: approvalCase.request.requester, at: approvalCase.request.requestedAt, note: approvalCase.request.note },
    ...approvalCase.events.map((e): HistoryEntry => ({ kind: e.kind, who: e.actor, at: e.at, note: e.note })),
    ...approvalCase.decisions.map((d): HistoryEntry => ({ kind: 'decision', at: d.decision.decidedAt, judged: d }))
  ];
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
