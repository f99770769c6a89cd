/**
 * The approval of a period's follow-up: the contract every host builds on (web part, Teams
 * personal app and ACE, Word add-in, export). Pure logic and types only; the SharePoint
 * implementation of `IApprovalService` is `createApprovalService` in src/data/approvals.
 * docs/approvals.md explains the flow, the record and the canonical form of the snapshot.
 */
export * from './types';
export * from './refusals';
export { swedishDay, compareInstants } from './time';
export { canonicalJson, CanonicalJsonError, sha256Hex, shortHash, SHORT_HASH_LENGTH } from './canonicalJson';
export { approvalContent, parseApprovalContent, approvalText, cellText, paragraphText, APPROVAL_CONTENT_VERSION } from './content';
export type { ApprovalContent, ApprovedCell, ApprovedRow, ApprovedTable, ApprovedTablePart } from './content';
export { diffApprovalContent } from './diff';
export { dayBefore, deputyStanding, endingOf } from './deputies';
export type { DeputyStanding } from './deputies';
export { requestSlotKey, eventSlotKey } from './requestSlot';
export type { ContentChange, ContentChangeKind } from './diff';
export { isDecisionValid, approversAt, appointmentAt, coversDay, refusalOfInvalid } from './validity';
export type { ValidityContext } from './validity';
export {
  APPROVAL_TRANSITIONS,
  transition,
  requiredApprovers,
  foldRequest,
  approvalSummaryOf,
  periodState,
  checkRequest,
  checkWithdraw,
  checkRemind,
  checkDecide
} from './stateMachine';
export type { ApprovalAction, TransitionResult, RequestRecords, FoldContext, DecisionAttempt } from './stateMachine';
export { SILENT_NOTIFIER } from './IApprovalService';
export type { IApprovalService, IApprovalNotifier, ApprovalContentView, ApprovalChanges } from './IApprovalService';
export { approvalLine, approvalLineEn, verifyCurrentData, verifyDocumentText } from './line';
export type { VerifyResult, VerifyVerdict } from './line';
export { reportApprovalOf, reportContentHash } from './reportApproval';
export type { ReportApproval, ReportApprovalStatus } from './reportApproval';
