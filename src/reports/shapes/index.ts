/**
 * The four built-in report shapes, one JSON file each, in exactly the format an organisation
 * writes its own shapes in (see docs/report-shapes.md). They are frozen: copy one before
 * changing it (`copyReportShape`).
 */
import { ReportError } from '../errors';
import type { ReportShape } from '../shape/types';
import atgarderOchKontroller from './atgarder-och-kontroller.json';
import granskningssammanfattning from './granskningssammanfattning.json';
import periodensRiskanalys from './periodens-riskanalys.json';
import statusPerTertial from './status-per-tertial.json';

/** Freezes an object and everything in it. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value as Record<string, unknown>).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/**
 * The built-in shapes: `status-per-tertial` (seed 000/001), `granskningssammanfattning`
 * (seed 002), `periodens-riskanalys` (seed 003), `atgarder-och-kontroller` (seed 004). Their
 * JSON is checked by the tests, against the validator and the published JSON Schema.
 */
export const BUILT_IN_SHAPES: readonly ReportShape[] = deepFreeze([
  statusPerTertial,
  granskningssammanfattning,
  periodensRiskanalys,
  atgarderOchKontroller
] as unknown as ReportShape[]);

/** The ids of the built-in shapes. */
export const BUILT_IN_SHAPE_IDS: readonly string[] = BUILT_IN_SHAPES.map((shape) => shape.id);

/** The built-in shape with the id, or undefined. */
export function builtInShape(id: string): ReportShape | undefined {
  return BUILT_IN_SHAPES.filter((shape) => shape.id === id)[0];
}

/** A changeable deep copy of a shape, e.g. to start an organisation's own shape from a built-in one. */
export function copyReportShape(shape: ReportShape): ReportShape {
  return JSON.parse(JSON.stringify(shape)) as ReportShape;
}

/**
 * The shape with the id among the organisation's own shapes and the built-in ones (own shapes
 * first). Throws `ReportError` of kind "unknown-shape", naming the id and the shapes there are.
 */
export function requireReportShape(id: string, ownShapes: readonly ReportShape[] = []): ReportShape {
  const shape = ownShapes.filter((item) => item.id === id)[0] ?? builtInShape(id);
  if (shape === undefined) {
    const known = [...ownShapes.map((item) => item.id), ...BUILT_IN_SHAPE_IDS].join(', ');
    throw new ReportError('unknown-shape', `Okänd rapportform "${id}". Former: ${known}.`, `Unknown report shape "${id}". Shapes: ${known}.`);
  }
  return shape;
}
