/**
 * The approval record as plain data: who is named to approve a plan, their deputies, the
 * requests (with their withdrawals and reminders) and the decisions. Every record is an item of
 * an append-only list (docs/approvals.md); who did a thing and when is what SharePoint itself
 * wrote (`Author`, `Created`), never a value a client sent.
 */

/** A person as SharePoint knows them on the site. */
export interface ApprovalPerson {
  /** SharePoint user id on the site. */
  id: number;
  /** Display name, e.g. "Förvaltningsdirektör". */
  title: string;
  /** Login name (claims), when read. */
  loginName?: string;
  /** E-mail, when SharePoint knows it. */
  email?: string;
}

/** How several approvers decide: any one of them, or every one. */
export type ApprovalRule = 'any' | 'all';

/**
 * The approvers named for a plan: one version of the configuration. The list is append-only:
 * naming other approvers adds a version, and a decision is judged by the version in force when
 * it was made (the latest with `createdAt` not after the decision).
 */
export interface PlanApprovers {
  /** Item id. */
  id: number;
  /** The version's key. */
  key: string;
  /** The plan's item id. */
  planId: number;
  /** The approvers (at least one). */
  approvers: ApprovalPerson[];
  /** Any one of them, or all of them. */
  rule: ApprovalRule;
  /** Who named them (SharePoint `Author`). */
  author: ApprovalPerson;
  /** When (SharePoint `Created`, ISO 8601 UTC). */
  createdAt: string;
}

/**
 * A deputy (ersättare) who may decide in an approver's place from `from` to `to` (inclusive,
 * Swedish calendar days). Append-only like the approvers: a later appointment of the same
 * approver and deputy replaces an earlier one from its `createdAt` on (e.g. to end it early).
 */
export interface DeputyAppointment {
  /** Item id. */
  id: number;
  /** The appointment's key. */
  key: string;
  /** The approver who is away. */
  approver: ApprovalPerson;
  /** The deputy. */
  deputy: ApprovalPerson;
  /** First day, "YYYY-MM-DD". */
  from: string;
  /** Last day, "YYYY-MM-DD". */
  to: string;
  /** Who appointed (SharePoint `Author`). */
  author: ApprovalPerson;
  /** When (SharePoint `Created`). */
  createdAt: string;
}

/** A request to approve a plan's follow-up for a period. */
export interface ApprovalRequest {
  /** Item id. */
  id: number;
  /** The request's key (a GUID); deep links and events name the request by it. */
  key: string;
  /** The plan's item id. */
  planId: number;
  /** The period's key, e.g. "T2". */
  periodKey: string;
  /** The report shape that goes to the nämnd and that the approver sees, e.g. "granskningssammanfattning". */
  shapeId: string;
  /** The requester's note to the approvers. */
  note?: string;
  /** The last day to decide, "YYYY-MM-DD". */
  deadline?: string;
  /** SHA-256 of the content when the request was made (see `approvalContent`). */
  contentHash: string;
  /** Who requested (SharePoint `Author`). */
  requester: ApprovalPerson;
  /** When (SharePoint `Created`, ISO 8601 UTC). */
  requestedAt: string;
  /**
   * The approvers the request waits on: the plan's approvers in force now (or, for a closed
   * request, when it closed). Filled in by the service from `PlanApprovers`, not stored on the
   * request, so a requester cannot name approvers of their own.
   */
  approvers: ApprovalPerson[];
  /** The rule of those approvers. */
  rule: ApprovalRule;
}

/** What can happen to a request besides decisions. */
export type ApprovalEventKind = 'withdrawn' | 'reminded';

/** A withdrawal or a reminder of a request. */
export interface ApprovalEvent {
  /** Item id. */
  id: number;
  /** The event's key. */
  key: string;
  /** The request's key. */
  requestKey: string;
  /** What happened. */
  kind: ApprovalEventKind;
  /** Optional note (a reminder's message, a withdrawal's reason). */
  note?: string;
  /** Who (SharePoint `Author`). */
  actor: ApprovalPerson;
  /** When (SharePoint `Created`). */
  at: string;
}

/** What an approver decided. */
export type DecisionOutcome = 'approved' | 'returned';

/** A decision: Godkänd, or Återremitterad with a comment. */
export interface ApprovalDecision {
  /** Item id. */
  id: number;
  /** The decision's key. */
  key: string;
  /** The request's key. */
  requestKey: string;
  /** The plan's item id (as written with the decision). */
  planId: number;
  /** The period's key (as written with the decision). */
  periodKey: string;
  /** Godkänd or återremitterad. */
  outcome: DecisionOutcome;
  /** The approver's comment; required when returned. */
  comment?: string;
  /** The approver a deputy decided for ("för <approver>"); absent when the approver decided. */
  forApprover?: ApprovalPerson;
  /** SHA-256 of the canonical JSON of the content decided on. */
  contentHash: string;
  /** The canonical JSON itself (the snapshot), kept with approvals; absent when not stored. */
  snapshot?: string;
  /** Who decided (SharePoint `Author`): the only identity a reader trusts. */
  decider: ApprovalPerson;
  /** When (SharePoint `Created`). */
  decidedAt: string;
}

/** Why a decision does not count. */
export type InvalidDecisionReason =
  | 'self-approval'
  | 'not-an-approver'
  | 'deputy-out-of-range'
  | 'wrong-request'
  | 'comment-missing'
  | 'hash-missing';

/** The verdict of `isDecisionValid` on one decision. */
export interface DecisionValidity {
  /** True when the decision counts. */
  valid: boolean;
  /** Why not, when it does not. */
  reason?: InvalidDecisionReason;
  /** Swedish explanation, when invalid. */
  message?: string;
  /** English explanation, when invalid. */
  messageEn?: string;
  /** The approver the decision counts for (the decider, or the approver a deputy acted for). */
  countsFor?: ApprovalPerson;
  /** True when a deputy decided. */
  byDeputy?: boolean;
  /** The approver whose deputy decided outside the deputy period (reason `deputy-out-of-range`). */
  deputyFor?: ApprovalPerson;
}

/** A decision with the verdict every reader gives it. */
export interface JudgedDecision {
  /** The decision as stored. */
  decision: ApprovalDecision;
  /** Whether it counts, and for whom. */
  validity: DecisionValidity;
  /**
   * Whether it took effect: valid and made while the request was open. A valid decision made
   * after the request had closed (a second approver at the same moment, after a withdrawal)
   * stays in the history without effect.
   */
  effective: boolean;
}

/** The state of one request. */
export type RequestStatus = 'requested' | 'approved' | 'returned' | 'withdrawn';

/**
 * The state of a plan's follow-up for a period: no request yet (`draft`), waiting, approved,
 * returned (återremitterad), withdrawn, or approved but changed since (`changed`, "ändrad
 * efter godkännande").
 */
export type ApprovalStatus = 'draft' | RequestStatus | 'changed';

/** A request with everything read about it and its state. */
export interface ApprovalCase {
  /** The request. */
  request: ApprovalRequest;
  /** Its state. */
  status: RequestStatus;
  /** Its withdrawals and reminders, oldest first. */
  events: ApprovalEvent[];
  /** Its decisions, oldest first, each judged. */
  decisions: JudgedDecision[];
  /** Approvers who may still decide (all of them for "any", those not yet approved for "all"); empty once closed. */
  pendingApprovers: ApprovalPerson[];
  /** The decision that closed the request (approval or return), when one did. */
  closingDecision?: JudgedDecision;
  /** When it closed (decision or withdrawal), ISO 8601. */
  closedAt?: string;
  /** Open and past its deadline. */
  overdue: boolean;
  /** The plan, as a person names it: "Socialnämnden 2022". */
  planTitle: string;
  /** The period's label, e.g. "Tertial 2". */
  periodLabel: string;
}

/** The approval state of a plan's period, as every host shows it. */
export interface ApprovalState {
  /** The plan's item id. */
  planId: number;
  /** The period's key. */
  periodKey: string;
  /** The state. */
  status: ApprovalStatus;
  /** The latest request of the period, when there is one. */
  latest?: ApprovalCase;
  /**
   * The last approval of the period that took effect (also when a later request is open or
   * the content changed): what the nämnd last got approved.
   */
  approval?: ApprovalSummary;
  /** SHA-256 of the content now (absent when it could not be built). */
  currentHash?: string;
}

/** An approval in a line: "Godkänd 2024-09-10 av Förvaltningsdirektör", with its hash. */
export interface ApprovalSummary {
  /** The request approved. */
  requestKey: string;
  /** The report shape approved. */
  shapeId: string;
  /** The day of the (last completing) approval, "YYYY-MM-DD" in Swedish time. */
  date: string;
  /** Who approved: the approvers the decisions count for, in decision order. */
  approvers: ApprovalPerson[];
  /** The deputies who decided, by the approver they acted for (approver id → deputy). */
  deputies: Record<number, ApprovalPerson>;
  /** SHA-256 of the approved content. */
  hash: string;
  /** The approved snapshot (canonical JSON), when stored. */
  snapshot?: string;
}

/** What `IApprovalService.request` needs. */
export interface ApprovalRequestInput {
  /** The plan's item id. */
  planId: number;
  /** The period's key. */
  periodKey: string;
  /** The report shape that goes to the nämnd. */
  shapeId: string;
  /** A note to the approvers. */
  note?: string;
  /** The last day to decide, "YYYY-MM-DD". */
  deadline?: string;
}

/** What `IApprovalService.decide` needs. */
export interface ApprovalDecisionInput {
  /** Godkänn or Återremittera. */
  outcome: DecisionOutcome;
  /** Required for Återremittera. */
  comment?: string;
  /**
   * The content hash the approver saw (from `content`): the decision is refused when the
   * content changed since, so nobody approves what they did not see.
   */
  seenHash: string;
  /** When a deputy decides: the approver acted for (optional when only one fits). */
  forApproverId?: number;
}

/** What `IApprovalService.setPlanApprovers` needs. */
export interface PlanApproversInput {
  /** The plan's item id. */
  planId: number;
  /** Site user ids of the approvers (at least one). */
  approverIds: number[];
  /** Any one of them, or all. */
  rule: ApprovalRule;
}

/** What `IApprovalService.appointDeputy` needs. */
export interface DeputyInput {
  /** The approver's site user id. */
  approverId: number;
  /** The deputy's site user id. */
  deputyId: number;
  /** First day, "YYYY-MM-DD". */
  from: string;
  /** Last day, "YYYY-MM-DD". */
  to: string;
}
