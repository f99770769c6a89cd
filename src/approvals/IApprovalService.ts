/**
 * The approval service every host uses (web part, Teams personal app and ACE, Word add-in,
 * export), and the notifier it calls when something happens that someone must hear about.
 * `createApprovalService` (src/data/approvals/ApprovalService.ts) implements it over the
 * approval lists and the plan service. Every method rejects only with `DataError`s: a rule of
 * the flow that refuses (self-approval, deciding twice …) is an `ApprovalRefusedError` (kind
 * `validation`, its `refusal` names the rule and the field) with a Swedish message and an
 * English one; content that changed under an approver is a `ConcurrencyError`.
 */
import type { ReportModel } from '../reports/model/types';
import type { ApprovalContent } from './content';
import type { ContentChange } from './diff';
import type {
  ApprovalCase,
  ApprovalDecision,
  ApprovalDecisionInput,
  ApprovalPerson,
  ApprovalRequest,
  ApprovalRequestInput,
  ApprovalState,
  DeputyAppointment,
  DeputyInput,
  PlanApprovers,
  PlanApproversInput
} from './types';

/** The content of a plan's period as the approver sees it, with its hash. */
export interface ApprovalContentView {
  /** The report (the request's shape), to show as a table. */
  report: ReportModel;
  /** What the approval covers (see content.ts). */
  content: ApprovalContent;
  /** Its canonical JSON: the snapshot stored with an approval. */
  canonical: string;
  /** SHA-256 of `canonical`. */
  hash: string;
}

/** What changed since the period was approved. */
export interface ApprovalChanges {
  /** The approval compared with. */
  approvedHash: string;
  /** The content's hash now. */
  currentHash: string;
  /** The changes, in reading order; empty when nothing changed. */
  changes: ContentChange[];
}

/** The approval flow, over SharePoint lists. */
export interface IApprovalService {
  /** The plan's approvers in force now; undefined when none are named. */
  planApprovers(planId: number): Promise<PlanApprovers | undefined>;

  /** Names the plan's approvers (a new version; earlier decisions keep the version they were made under). Samordnare. */
  setPlanApprovers(input: PlanApproversInput): Promise<PlanApprovers>;

  /** Every deputy appointment, oldest first. */
  deputies(): Promise<DeputyAppointment[]>;

  /** Appoints a deputy for a date range. Samordnare. */
  appointDeputy(input: DeputyInput): Promise<DeputyAppointment>;

  /**
   * Ends an appointment early (the list is append-only: a new appointment of the same pair that
   * ended yesterday, see src/approvals/deputies.ts). Samordnare. Refused when it is over or
   * replaced already.
   */
  endDeputy(appointmentId: number): Promise<DeputyAppointment>;

  /** People who may be named (the members of the godkännare group). */
  approverCandidates(): Promise<ApprovalPerson[]>;

  /**
   * The content of a plan's period in a shape, as the approver will see it, with its hash.
   * Rejects with `NotFoundError` for an unknown plan, `ApprovalRefusedError` for an unknown period or shape.
   */
  content(planId: number, periodKey: string, shapeId: string): Promise<ApprovalContentView>;

  /**
   * Marks the period's follow-up ready and requests approval from the plan's approvers.
   * Refused when the period has an open request, is approved and unchanged, or the plan has no
   * approvers. Calls `IApprovalNotifier.requested`.
   */
  request(input: ApprovalRequestInput): Promise<ApprovalCase>;

  /** Withdraws an open request; only its requester may. */
  withdraw(requestKey: string, note?: string): Promise<ApprovalCase>;

  /** Reminds the approvers who have not decided; only the requester, only while open. Calls `IApprovalNotifier.reminded`. */
  remind(requestKey: string, note?: string): Promise<ApprovalCase>;

  /**
   * Decides an open request: Godkänn, or Återremittera with a comment. Refused for the requester,
   * for anyone who is not a named approver (or their deputy in range), for a second decision by
   * the same approver and for a closed request; a `ConcurrencyError` when the content changed
   * since `seenHash`. Stores the snapshot and hash with an approval. Calls `IApprovalNotifier.decided`.
   */
  decide(requestKey: string, input: ApprovalDecisionInput): Promise<ApprovalCase>;

  /** One request by key (a deep link's `subEntityId`); `NotFoundError` when there is none. */
  openRequest(requestKey: string): Promise<ApprovalCase>;

  /** Open requests the signed-in user may decide ("Att godkänna"), overdue first, then by deadline. */
  listForApprover(): Promise<ApprovalCase[]>;

  /** Requests the signed-in user made, newest first. */
  listForRequester(): Promise<ApprovalCase[]>;

  /** Every request of a plan, newest first. */
  listForPlan(planId: number): Promise<ApprovalCase[]>;

  /** The approval state of a plan's period (content hash now included). */
  stateOf(planId: number, periodKey: string): Promise<ApprovalState>;

  /** What changed in a period's content since its last approval; undefined when it was never approved. */
  changesSinceApproval(planId: number, periodKey: string): Promise<ApprovalChanges | undefined>;
}

/**
 * Tells people about requests and decisions (Teams activity feed, chat card or e-mail). The
 * service calls it after the record is written; a failing notifier never undoes or fails the
 * flow (the service reports it through its `onNotificationError` option).
 */
export interface IApprovalNotifier {
  /** A request was made: tell the approvers. */
  requested(request: ApprovalRequest, approvers: ApprovalPerson[]): Promise<void>;
  /** A decision was made: tell the requester. */
  decided(request: ApprovalRequest, decision: ApprovalDecision): Promise<void>;
  /** The requester reminded: tell the approvers who have not decided (`pending`). */
  reminded(request: ApprovalRequest, pending: ApprovalPerson[]): Promise<void>;
}

/** A notifier that tells nobody: the default until a host supplies one. */
export const SILENT_NOTIFIER: IApprovalNotifier = {
  requested: async () => undefined,
  decided: async () => undefined,
  reminded: async () => undefined
};
