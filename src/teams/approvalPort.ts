/**
 * The part of the approval contract (`src/approvals`: `IApprovalService`, `IApprovalNotifier`
 * and their records) that the Teams pieces use, written structurally: the approval service
 * satisfies it as it is, and the Teams code and its tests need nothing else of it. Fields are
 * the same names and meanings as in `src/approvals/types.ts`.
 */

/** A person as SharePoint knows them on the site. */
export interface ApprovalPersonLike {
  /** SharePoint user id on the site. */
  id: number;
  /** Display name. */
  title: string;
  /** Claims login (`i:0#.f|membership|<upn>`), when read. */
  loginName?: string;
  /** E-mail, when SharePoint knows it. */
  email?: string;
}

/** A request to approve a plan's follow-up for a period. */
export interface ApprovalRequestLike {
  /** The request's key (a GUID): the deep link's sub-entity id. */
  key: string;
  /** The plan's item id. */
  planId: number;
  /** The period's key, e.g. "T2". */
  periodKey: string;
  /** The requester's note. */
  note?: string;
  /** Last day to decide, "YYYY-MM-DD". */
  deadline?: string;
  /** SHA-256 of the content when requested. */
  contentHash: string;
  /** Who requested. */
  requester: ApprovalPersonLike;
}

/** A decision: approved, or returned with a comment. */
export interface ApprovalDecisionLike {
  /** Godkänd or återremitterad. */
  outcome: 'approved' | 'returned';
  /** The approver's comment. */
  comment?: string;
  /** Who decided. */
  decider: ApprovalPersonLike;
  /** The approver a deputy decided for. */
  forApprover?: ApprovalPersonLike;
  /** When, ISO 8601. */
  decidedAt: string;
}

/** A request with what a list of requests shows. */
export interface ApprovalCaseLike {
  /** The request. */
  request: ApprovalRequestLike;
  /** Its state. */
  status: 'requested' | 'approved' | 'returned' | 'withdrawn';
  /** Open and past its deadline. */
  overdue: boolean;
  /** The plan as a person names it, e.g. "Socialnämnden 2022". */
  planTitle: string;
  /** The period's label, e.g. "Tertial 2". */
  periodLabel: string;
}

/** What deciding needs (as `ApprovalDecisionInput`). */
export interface ApprovalDecisionInputLike {
  /** Godkänn or Återremittera. */
  outcome: 'approved' | 'returned';
  /** Required for Återremittera. */
  comment?: string;
  /** The content hash the approver saw: the decision is refused when the content changed since. */
  seenHash: string;
}

/** The approval service as the ACE and the personal app use it (a subset of `IApprovalService`). */
export interface ApprovalDeciderService {
  /** Open requests the signed-in user may decide, overdue first. */
  listForApprover(): Promise<ApprovalCaseLike[]>;
  /** Decides an open request; rejects with a Swedish message when refused. */
  decide(requestKey: string, input: ApprovalDecisionInputLike): Promise<ApprovalCaseLike>;
}

/** Tells people about requests and decisions (as `IApprovalNotifier`). */
export interface ApprovalNotifierLike {
  /** A request was made: tell the approvers. */
  requested(request: ApprovalRequestLike, approvers: ApprovalPersonLike[]): Promise<void>;
  /** A decision was made: tell the requester. */
  decided(request: ApprovalRequestLike, decision: ApprovalDecisionLike): Promise<void>;
  /** The requester reminded: tell the approvers who have not decided. */
  reminded(request: ApprovalRequestLike, pending: ApprovalPersonLike[]): Promise<void>;
}
