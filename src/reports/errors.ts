/**
 * Why a report cannot be built: an unknown period or shape, or a shape that does not validate.
 * Each error carries a Swedish message (English second) naming what was asked for, so a CLI,
 * the web part and the Word task pane show the same words.
 */
import type { ReportShapeIssue } from './shape/issues';

/** What went wrong. */
export type ReportErrorKind = 'unknown-period' | 'unknown-shape' | 'invalid-shape';

/** A report that cannot be built. */
export class ReportError extends Error {
  /** Always "ReportError", also after bundling. */
  public readonly name: string = 'ReportError';

  /**
   * @param kind - what went wrong
   * @param message - Swedish message naming the period or shape
   * @param messageEn - English message
   * @param issues - the shape's issues, for an invalid shape
   */
  public constructor(
    public readonly kind: ReportErrorKind,
    message: string,
    public readonly messageEn: string,
    public readonly issues: ReportShapeIssue[] = []
  ) {
    super(message);
    Object.setPrototypeOf(this, ReportError.prototype);
  }
}
