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

/** Renders reports for the add-in. */
export interface ReportSource {
  /** Built-in shapes first, then the organisation's. */
  listShapes(): Promise<ReportShapeChoice[]>;
  /**
   * The report body for a plan, period and shape; with the summary sentence when asked for; its
   * tables fill `textWidthTwips` when given (the width of the section it goes into).
   */
  render(view: PlanView, periodKey: string, shapeId: string, options: { includeSummary: boolean; textWidthTwips?: number }): Promise<RenderedReport>;
  /**
   * The summary sentence the shape asks for (its `sammanfattning`: review results, statuses,
   * or "" for none) and what it was computed from (hashed to see changes). Optional: without
   * it, a summary block is the review results' sentence.
   */
  summary?(view: PlanView, periodKey: string, shapeId: string): Promise<{ text: string; model: unknown }>;
}
