/**
 * The approval of one report: a period's state read against the report a reader shows (its
 * shape and the hash of its content). The Word add-in's blocks and the web part's .docx export
 * both put this line in the document, so the two never disagree. Validity is never judged here:
 * the state comes from `IApprovalService.stateOf`, which counts only valid decisions.
 */
import type { ReportModel } from '../reports/model/types';
import { canonicalJson, sha256Hex } from './canonicalJson';
import { approvalContent } from './content';
import { approvalLine, approvalLineEn } from './line';
import type { ApprovalState } from './types';

/** The state of a report's approval. */
export type ReportApprovalStatus = 'approved' | 'changed' | 'requested' | 'returned' | 'not-approved' | 'other-shape';

/** A report's approval with its line in both languages and the hashes compared. */
export interface ReportApproval {
  /** The state. */
  readonly status: ReportApprovalStatus;
  /** The line in Swedish, e.g. "Godkänd 2024-09-10 av Förvaltningsdirektör (kontrollsumma 05ea383f9ef6)". */
  readonly line: string;
  /** The line in English. */
  readonly lineEn: string;
  /** SHA-256 of what was approved, when the period was. */
  readonly approvedHash?: string;
  /** SHA-256 of the report's content now, when known. */
  readonly currentHash?: string;
}

/** SHA-256 of a report's approval content: the hash an approval of this report stores. */
export function reportContentHash(report: ReportModel): Promise<string> {
  return sha256Hex(canonicalJson(approvalContent(report)));
}

/**
 * The approval of a report in `shapeId` whose content hashes to `currentHash` (undefined: the
 * hash the service computed of the data now), given the period's state. An approval of another
 * shape's report does not cover this one: its content was never approved.
 */
export function reportApprovalOf(state: ApprovalState, shapeId: string, currentHash: string | undefined): ReportApproval {
  const approval = state.approval;
  if (approval !== undefined && approval.shapeId === shapeId) {
    const hash = currentHash ?? state.currentHash;
    const status: ReportApprovalStatus = hash === approval.hash ? 'approved' : 'changed';
    const as: ApprovalState = { ...state, status };
    return { status, line: approvalLine(as), lineEn: approvalLineEn(as), approvedHash: approval.hash, ...(hash !== undefined ? { currentHash: hash } : {}) };
  }
  if (approval !== undefined) {
    return {
      status: 'other-shape',
      line: `Inte godkänd i den här rapportformen (periodens uppföljning godkändes ${approval.date} i en annan)`,
      lineEn: `Not approved in this report shape (the period's follow-up was approved on ${approval.date} in another)`,
      approvedHash: approval.hash,
      ...(currentHash !== undefined ? { currentHash } : {})
    };
  }
  const status: ReportApprovalStatus = state.status === 'requested' ? 'requested' : state.status === 'returned' ? 'returned' : 'not-approved';
  const as: ApprovalState = { ...state, status: status === 'not-approved' ? 'draft' : status };
  return { status, line: approvalLine(as), lineEn: approvalLineEn(as), ...(currentHash !== undefined ? { currentHash } : {}) };
}
