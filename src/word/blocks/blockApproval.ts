/**
 * The approval of a block's data: what the task pane shows before inserting, the line a block
 * carries under its tables, and what its record keeps. Validity is never judged here: the state
 * comes from `IApprovalService.stateOf`, which counts only decisions `isDecisionValid` accepts;
 * this module only compares the hash of the data a block shows with the approval's.
 */
import { reportApprovalOf } from '../../approvals/reportApproval';
import type { IApprovalService } from '../../approvals/IApprovalService';
import type { ApprovalState } from '../../approvals/types';
import type { PlanView } from '../../data/InternkontrollService';
import type { BlockApprovalRecord } from './records';
import type { ReportSource } from './ReportSource';

/** The approval of a block's data, with the line in both languages. */
export interface BlockApproval extends BlockApprovalRecord {
  /** The line in English. */
  readonly lineEn: string;
  /** Why the state could not be read (status `unavailable`), Swedish. */
  readonly error?: string;
}

/** Whether inserting or refreshing a block in this state needs the user's yes first. */
export function needsConfirmation(approval: BlockApproval | undefined): boolean {
  return approval !== undefined && approval.status !== 'approved';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The approval of data whose approval content hashes to `currentHash` (undefined: the hash the
 * service computed of the data now), shown in `shapeId`, given the period's state; the same
 * reading as the web part's export (`reportApprovalOf`).
 */
export function blockApprovalOf(state: ApprovalState | Error, shapeId: string, currentHash: string | undefined): BlockApproval {
  if (state instanceof Error) {
    return { status: 'unavailable', line: '', lineEn: '', error: state.message };
  }
  return reportApprovalOf(state, shapeId, currentHash);
}

/** The part of a block record kept of an approval (the English line and the error are shown, not stored). */
export function approvalRecordOf(approval: BlockApproval): BlockApprovalRecord {
  const { status, line, approvedHash, currentHash } = approval;
  return { status, line, ...(approvedHash !== undefined ? { approvedHash } : {}), ...(currentHash !== undefined ? { currentHash } : {}) };
}

/** Reads approval states once per plan and period within one operation (an insert, a refresh, a check). */
export interface ApprovalStates {
  /** The state of a plan's period, or the error reading it. */
  stateOf(planId: number, periodKey: string): Promise<ApprovalState | Error>;
  /** The approval of a block showing `shapeId` of the view's period. */
  blockApproval(view: PlanView, periodKey: string, shapeId: string): Promise<BlockApproval>;
}

/** Approval states over the service, each read once; the source hashes what a block shows. */
export function approvalStates(approvals: Pick<IApprovalService, 'stateOf'>, source: Pick<ReportSource, 'approvalHash'>): ApprovalStates {
  const states = new Map<string, Promise<ApprovalState | Error>>();
  const stateOf = (planId: number, periodKey: string): Promise<ApprovalState | Error> => {
    const key = `${planId}|${periodKey}`;
    let state = states.get(key);
    if (state === undefined) {
      state = approvals.stateOf(planId, periodKey).catch((error: unknown) => new Error(`Godkännandet kunde inte läsas: ${messageOf(error)}`));
      states.set(key, state);
    }
    return state;
  };
  return {
    stateOf,
    async blockApproval(view, periodKey, shapeId) {
      const state = await stateOf(view.plan.id, periodKey);
      // The hash of the view the block is built from, not of the data when the state was read.
      const hash = shapeId !== '' && source.approvalHash ? await source.approvalHash(view, periodKey, shapeId).catch(() => undefined) : undefined;
      return blockApprovalOf(state, shapeId, hash);
    }
  };
}
