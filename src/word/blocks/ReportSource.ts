/**
 * What the add-in needs from the reports feature: the shapes to choose from and a report body
 * rendered as a .docx. `reportsSource.ts` adapts `src/reports`; tests may pass any
 * implementation that renders real .docx files.
 */
import type { PlanView } from '../../data/InternkontrollService';

/** A report shape the user can choose. */
export interface ReportShapeChoice {
  /** The shape's id, e.g. `status-per-tertial`. */
  readonly id: string;
  /** Its name, e.g. "Status per tertial". */
  readonly title: string;
  /** True for the product's own shapes, false for the organisation's. */
  readonly builtIn: boolean;
}

/** A report rendered for a plan and period. */
export interface RenderedReport {
  /** The report body (no page setup, no heading block) as a .docx. */
  readonly docx: Uint8Array;
  /**
   * The report model it was rendered from, or anything JSON-serialisable that changes exactly
   * when the report's content does; its hash is the block's data hash.
   */
  readonly model: unknown;
}

/** How to render a report body. */
export interface RenderOptions {
  /** Put the summary sentence above the tables. */
  readonly includeSummary: boolean;
  /** Width the tables fill, in twips. */
  readonly textWidthTwips?: number;
  /** The approval state in a line ("Godkänd 2024-09-10 av …"), shown under the tables as "Godkännande: …"; absent: no line. */
  readonly approvalLine?: string;
}

/** Renders reports for the add-in. */
export interface ReportSource {
  /** Built-in shapes first, then the organisation's. */
  listShapes(): Promise<ReportShapeChoice[]>;
  /**
   * The report body for a plan, period and shape; with the summary sentence when asked for; its
   * tables fill `textWidthTwips` when given (the width of the section it goes into).
   */
  render(view: PlanView, periodKey: string, shapeId: string, options: RenderOptions): Promise<RenderedReport>;
  /**
   * SHA-256 of what an approval of this report covers (`approvalContent` of src/approvals, the
   * hash the approval service stores): equal to an approval's hash exactly when the report
   * shows what was approved. Optional: without it, a block is judged by the hash the approval
   * service computes of the data now.
   */
  approvalHash?(view: PlanView, periodKey: string, shapeId: string): Promise<string>;
  /**
   * The summary sentence the shape asks for (its `sammanfattning`: review results, statuses,
   * or "" for none) and what it was computed from (hashed to see changes). Optional: without
   * it, a summary block is the review results' sentence.
   */
  summary?(view: PlanView, periodKey: string, shapeId: string): Promise<{ text: string; model: unknown }>;
}
