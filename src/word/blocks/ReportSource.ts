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
  /** The report body for a plan, period and shape; with the summary sentence when asked for. */
  render(view: PlanView, periodKey: string, shapeId: string, options: { includeSummary: boolean }): Promise<RenderedReport>;
}
