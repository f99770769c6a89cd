/**
 * The shapes a user chooses from: the built-in ones first, then the organisation's own. One
 * function for every place that offers shapes (the web part's export, the shape editor, the
 * Word add-in), so they all list the same shapes in the same order.
 */
import type { StoredReportShape } from '../../data/InternkontrollService';
import type { ReportShape } from '../shape/types';
import { BUILT_IN_SHAPES } from './index';

/** One shape to choose. */
export interface ReportShapeEntry {
  /** The shape. */
  readonly shape: ReportShape;
  /** True for the product's built-in shapes, which are read-only (copy one to change it). */
  readonly builtIn: boolean;
  /** The stored item, for the organisation's own shapes. */
  readonly stored?: StoredReportShape;
}

/** Options of `allReportShapes`. */
export interface AllReportShapesOptions {
  /**
   * Also list own shapes whose stored JSON does not validate (the shape editor lists them so they
   * can be mended); left out by default, since no report can be built from them.
   */
  includeInvalid?: boolean;
}

/**
 * The built-in shapes in their fixed order, then the organisation's own (as
 * `IInternkontrollService.listReportShapes()` gives them, by name):
 *
 * ```ts
 * const shapes = allReportShapes(await service.listReportShapes());
 * ```
 */
export function allReportShapes(own: readonly StoredReportShape[], options: AllReportShapesOptions = {}): ReportShapeEntry[] {
  const builtIn = BUILT_IN_SHAPES.map((shape): ReportShapeEntry => ({ shape, builtIn: true }));
  const mine = own
    .filter((stored) => options.includeInvalid === true || stored.issues.length === 0)
    .map((stored): ReportShapeEntry => ({ shape: stored.shape, builtIn: false, stored }));
  return [...builtIn, ...mine];
}
