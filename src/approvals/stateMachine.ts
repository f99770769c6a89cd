/**
 * The approval state machine, pure. A period's follow-up goes
 * draft → requested → approved | returned (återremitterad) | withdrawn, and approved → changed
 * ("ändrad efter godkännande") when its content no longer has the approved hash (back to approved
 * when it has it again). Requests are never edited: a request's state is folded from its
 * withdrawals and its decisions in the order SharePoint recorded them (`Created`, then item id;
 * a withdrawal at the same instant as a decision comes first), each decision judged by
 * `isDecisionValid`. The guards (`checkRequest`, `checkWithdraw`, `checkRemind`, `checkDecide`)
 * give the refusal the service shows before it writes anything.
 */
import { approversAt, isDecisionValid, refusalOfInvalid, type ValidityContext } from './validity';
import { refusal, type ApprovalRefusal } from './refusals';
import { compareInstants, swedishDay } from './time';
import type {
  ApprovalCase,
  ApprovalDecision,
  ApprovalEvent,
  ApprovalPerson,
  ApprovalRequest,
  ApprovalRule,
  ApprovalState,
  ApprovalStatus,
  ApprovalSummary,
  DecisionOutcome,
  JudgedDecision,
  PlanApprovers,
  RequestStatus
} from './types';

/** What can happen to a period's follow-up. */
export type ApprovalAction = 'request' | 'approve' | 'approve-partly' | 'return' | 'withdraw' | 'content-changed' | 'content-restored';

/** The transitions: from a state, by an action, to a state. Anything not listed is refused. */
export const APPROVAL_TRANSITIONS: Readonly<Record<ApprovalStatus, Readonly<Partial<Record<ApprovalAction, ApprovalStatus>>>>> = {
  draft: { request: 'requested' },
  requested: { approve: 'approved', 'approve-partly': 'requested', return: 'returned', withdraw: 'withdrawn' },
  approved: { 'content-changed': 'changed' },
  changed: { request: 'requested', 'content-restored': 'approved' },
  returned: { request: 'requested' },
  withdrawn: { request: 'requested' }
};

/** The state after an action, or the refusal of it. */
export type TransitionResult = { ok: true; status: ApprovalStatus } | { ok: false; refusal: ApprovalRefusal };

/** Why an action is refused in a state (Swedish message first). */
function refusalIn(status: ApprovalStatus, action: ApprovalAction, period?: string): ApprovalRefusal {
  if (action === 'request') {
    return status === 'requested' ? refusal('open-request', { period }) : refusal('already-approved', { period });
  }
  if (action === 'content-changed' || action === 'content-restored') {
    return refusal('no-request');
  }
  switch (status) {
    case 'withdrawn':
      return refusal('request-withdrawn');
    case 'draft':
      return refusal('no-request');
    default:
      return refusal('request-decided');
  }
}

/** One step of the state machine. */
export function transition(status: ApprovalStatus, action: ApprovalAction, period?: string): TransitionResult {
  const next = APPROVAL_TRANSITIONS[status][action];
  return next !== undefined ? { ok: true, status: next } : { ok: false, refusal: refusalIn(status, action, period) };
}

/** The approvers whose approval a request needs under a rule: everyone named but the requester. */
export function requiredApprovers(config: PlanApprovers, request: Pick<ApprovalRequest, 'requester'>): ApprovalPerson[] {
  return config.approvers.filter((a) => a.id !== request.requester.id);
}

/** What a request is folded from. */
export interface RequestRecords {
  /** The request (its `approvers` and `rule` are filled in by the fold). */
  request: ApprovalRequest;
  /** Its events, any order. */
  events: readonly ApprovalEvent[];
  /** Its decisions, any order. */
  decisions: readonly ApprovalDecision[];
}

/** What the fold needs besides the records. */
export interface FoldContext extends ValidityContext {
  /** Now, ISO 8601 (for `overdue` and the approvers of an open request). */
  now: string;
  /** The plan as a person names it. */
  planTitle: string;
  /** The period's label. */
  periodLabel: string;
}

type TimelineItem = { kind: 'event'; at: string; id: number; event: ApprovalEvent } | { kind: 'decision'; at: string; id: number; decision: ApprovalDecision };

function timeline(records: RequestRecords): TimelineItem[] {
  const items: TimelineItem[] = [
    ...records.events.map((event): TimelineItem => ({ kind: 'event', at: event.at, id: event.id, event })),
    ...records.decisions.map((decision): TimelineItem => ({ kind: 'decision', at: decision.decidedAt, id: decision.id, decision }))
  ];
  return items.sort((a, b) => compareInstants(a.at, b.at) || (a.kind === b.kind ? a.id - b.id : a.kind === 'event' ? -1 : 1));
}

/**
 * A request's state from its records: every decision judged, the first effective return or the
 * approval that completes the rule closes it, and a withdrawal by the requester while open closes
 * it as withdrawn. Decisions after it closed, invalid ones and an approver's second one stay in
 * the history without effect.
 */
export function foldRequest(records: RequestRecords, context: FoldContext): ApprovalCase {
  const request = records.request;
  let status: RequestStatus = 'requested';
  let closedAt: string | undefined;
  let closing: JudgedDecision | undefined;
  let approvedHash: string | undefined;
  const approvedBy = new Set<number>();
  const decidedBy = new Set<number>();
  const judged: JudgedDecision[] = [];
  const events: ApprovalEvent[] = [];
  for (const item of timeline(records)) {
    if (item.kind === 'event') {
      events.push(item.event);
      if (item.event.kind === 'withdrawn' && status === 'requested' && item.event.actor.id === request.requester.id) {
        status = 'withdrawn';
        closedAt = item.at;
      }
      continue;
    }
    const decision = item.decision;
    const validity = isDecisionValid(decision, request, context);
    const entry: JudgedDecision = { decision, validity, effective: false };
    judged.push(entry);
    const approverId = validity.countsFor?.id;
    if (!validity.valid || approverId === undefined || status !== 'requested' || decidedBy.has(approverId)) {
      continue;
    }
    if (decision.outcome === 'approved' && approvedHash !== undefined && approvedHash !== decision.contentHash) {
      // All of them must approve the same content; a different one does not count.
      continue;
    }
    entry.effective = true;
    decidedBy.add(approverId);
    if (decision.outcome === 'returned') {
      status = 'returned';
      closedAt = item.at;
      closing = entry;
      continue;
    }
    approvedBy.add(approverId);
    approvedHash = decision.contentHash;
    const config = approversAt(context.approverVersions, request.planId, decision.decidedAt);
    const complete = config === undefined || config.rule === 'any' || requiredApprovers(config, request).every((a) => approvedBy.has(a.id));
    if (complete) {
      status = 'approved';
      closedAt = item.at;
      closing = entry;
    }
  }
  const config = approversAt(context.approverVersions, request.planId, closedAt ?? context.now);
  const approvers = config ? config.approvers : [];
  const rule: ApprovalRule = config ? config.rule : 'any';
  const required = config ? requiredApprovers(config, request) : [];
  const pendingApprovers = status !== 'requested' ? [] : rule === 'all' ? required.filter((a) => !approvedBy.has(a.id)) : required;
  return {
    request: { ...request, approvers, rule },
    status,
    events,
    decisions: judged,
    pendingApprovers,
    closingDecision: closing,
    closedAt,
    overdue: status === 'requested' && request.deadline !== undefined && swedishDay(context.now) > request.deadline,
    planTitle: context.planTitle,
    periodLabel: context.periodLabel
  };
}

/** The approval in a line of a case that was approved. */
export function approvalSummaryOf(approved: ApprovalCase): ApprovalSummary | undefined {
  if (approved.status !== 'approved' || approved.closingDecision === undefined) {
    return undefined;
  }
  const effective = approved.decisions.filter((d) => d.effective && d.decision.outcome === 'approved');
  const deputies: Record<number, ApprovalPerson> = {};
  effective.forEach((d) => {
    if (d.validity.byDeputy && d.validity.countsFor) {
      deputies[d.validity.countsFor.id] = d.decision.decider;
    }
  });
  const closing = approved.closingDecision.decision;
  return {
    requestKey: approved.request.key,
    shapeId: approved.request.shapeId,
    date: swedishDay(closing.decidedAt),
    approvers: effective.map((d) => d.validity.countsFor as ApprovalPerson),
    deputies,
    hash: closing.contentHash,
    snapshot: effective.map((d) => d.decision.snapshot).filter((s): s is string => s !== undefined).pop()
  };
}

/**
 * The state of a period from its requests' cases: the latest request's state, `changed` when
 * it was approved and the content's hash now differs; `draft` without requests.
 */
export function periodState(planId: number, periodKey: string, cases: readonly ApprovalCase[], currentHash: string | undefined): ApprovalState {
  const sorted = [...cases].sort((a, b) => compareInstants(a.request.requestedAt, b.request.requestedAt) || a.request.id - b.request.id);
  const latest = sorted[sorted.length - 1];
  const lastApproved = sorted.filter((c) => c.status === 'approved').pop();
  const approval = lastApproved ? approvalSummaryOf(lastApproved) : undefined;
  let status: ApprovalStatus = latest ? latest.status : 'draft';
  if (status === 'approved' && approval !== undefined && currentHash !== undefined && currentHash !== approval.hash) {
    status = 'changed';
  }
  return { planId, periodKey, status, latest, approval, currentHash };
}

// ---- Guards -----------------------------------------------------------------------------------

/** Whether a period may be requested now: the refusal, or undefined. */
export function checkRequest(state: ApprovalState, config: PlanApprovers | undefined, requester: Pick<ApprovalPerson, 'id'>, periodLabel: string): ApprovalRefusal | undefined {
  if (state.status === 'requested') {
    return refusal('open-request', { period: periodLabel });
  }
  if (state.status === 'approved') {
    return refusal('already-approved', { period: periodLabel });
  }
  if (config === undefined || config.approvers.length === 0) {
    return refusal('no-approvers');
  }
  if (config.approvers.every((a) => a.id === requester.id)) {
    return refusal('only-approver-is-requester');
  }
  return undefined;
}

/** Whether the user may withdraw (or remind about) the request: the refusal, or undefined. */
export function checkWithdraw(current: ApprovalCase, user: Pick<ApprovalPerson, 'id'>): ApprovalRefusal | undefined {
  if (current.request.requester.id !== user.id) {
    return refusal('not-requester');
  }
  const step = transition(current.status, 'withdraw');
  return step.ok ? undefined : step.refusal;
}

/** Whether the user may remind about the request (same rules as withdrawing). */
export const checkRemind = checkWithdraw;

/** A decision the user is about to make, judged as readers will judge it. */
export interface DecisionAttempt {
  /** The user (the `Author` the decision will get). */
  user: ApprovalPerson;
  /** Godkänn or Återremittera. */
  outcome: DecisionOutcome;
  /** The comment. */
  comment?: string;
  /** The approver acted for, when deciding as a deputy. */
  forApprover?: ApprovalPerson;
  /** The content hash the decision will carry. */
  contentHash: string;
  /** Now, ISO 8601. */
  now: string;
}

/**
 * Whether the user may decide the request now: the refusal, or undefined. It judges the decision
 * the user would write with `isDecisionValid` (so the service refuses exactly what readers
 * would not count) and then the request's state.
 */
export function checkDecide(current: ApprovalCase, attempt: DecisionAttempt, context: ValidityContext): ApprovalRefusal | undefined {
  if (attempt.outcome === 'returned' && (attempt.comment === undefined || attempt.comment.trim() === '')) {
    return refusal('comment-required', {}, 'comment');
  }
  const draft: ApprovalDecision = {
    id: Number.MAX_SAFE_INTEGER,
    key: '',
    requestKey: current.request.key,
    planId: current.request.planId,
    periodKey: current.request.periodKey,
    outcome: attempt.outcome,
    comment: attempt.comment,
    forApprover: attempt.forApprover,
    contentHash: attempt.contentHash,
    decider: attempt.user,
    decidedAt: attempt.now
  };
  const validity = isDecisionValid(draft, current.request, context);
  const invalid = refusalOfInvalid(validity);
  if (invalid !== undefined) {
    return invalid;
  }
  const step = transition(current.status, attempt.outcome === 'approved' ? 'approve' : 'return');
  if (!step.ok) {
    return step.refusal;
  }
  const countsFor = validity.countsFor as ApprovalPerson;
  if (current.decisions.some((d) => d.effective && d.validity.countsFor?.id === countsFor.id)) {
    return refusal('already-decided', { person: countsFor.id === attempt.user.id ? undefined : countsFor.title });
  }
  const earlier = current.decisions.filter((d) => d.effective && d.decision.outcome === 'approved')[0];
  if (attempt.outcome === 'approved' && earlier !== undefined && earlier.decision.contentHash !== attempt.contentHash) {
    return refusal('content-changed-during-approval');
  }
  return undefined;
}
