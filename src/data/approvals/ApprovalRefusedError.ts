/**
 * A rule of the approval flow refused an action (self-approval, deciding twice, a withdrawn
 * request …). Kind `validation`: nothing was written; the Swedish message says why.
 */
import type { ApprovalRefusal } from '../../approvals/refusals';
import { DataError } from '../errors';

/** Thrown by the approval service when the flow refuses; carries the refusal. */
export class ApprovalRefusedError extends DataError {
  /** What refused, and the field concerned. */
  public readonly refusal: ApprovalRefusal;

  /** Creates the error from a refusal of the state machine. */
  public constructor(refusal: ApprovalRefusal) {
    super('validation', refusal.message, refusal.messageEn);
    this.refusal = refusal;
  }
}
