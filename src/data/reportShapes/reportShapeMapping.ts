/**
 * An own report shape's item (list IKRapportformer) ⇄ the stored shape: the id is the item's
 * unique Title, the name goes into Rapportnamn for SharePoint's own list view, and the whole
 * shape is JSON in Rapportform. What is read is checked with the one validator, so a shape
 * edited outside the app is listed with its issues rather than lost or trusted.
 */
import { NOTE_MAX, SHAREPOINT_TEXT_MAX } from '../../model/limits';
import { shapeIssue, type ReportShapeIssue } from '../../reports/shape/issues';
import type { ReportShape } from '../../reports/shape/types';
import { validateReportShape } from '../../reports/shape/validate';
import { ItemFields, ListItemJson, readETag, readId, readKey, readText } from '../fields';
import type { OwnReportShape, StoredReportShape } from '../InternkontrollService';

/** The columns a shape item is read with. */
export const REPORT_SHAPE_SELECT: readonly string[] = ['Id', 'Title', 'Rapportnamn', 'Rapportform', 'IdempotencyKey'];

/** Largest shape JSON the Rapportform column takes, in characters. */
export const REPORT_SHAPE_JSON_MAX = NOTE_MAX;

/** The shape as it is stored: compact JSON (the format's own keys, in the order written). */
export function reportShapeJson(shape: ReportShape): string {
  return JSON.stringify(shape);
}

/** Field values of an own shape's item. */
export function reportShapeToFields(entity: OwnReportShape): ItemFields {
  const name = entity.shape.namn;
  return {
    Title: entity.shape.id,
    Rapportnamn: name.length > SHAREPOINT_TEXT_MAX ? name.slice(0, SHAREPOINT_TEXT_MAX - 1) + '…' : name,
    Rapportform: reportShapeJson(entity.shape),
    IdempotencyKey: entity.key
  };
}

/**
 * The stored shape from its item. `takenIds` are the ids other shapes hold (the built-in ones):
 * a stored shape that reuses one is listed with that issue.
 */
export function reportShapeFromItem(item: ListItemJson, takenIds: readonly string[]): StoredReportShape {
  const identity = { key: readKey(item), id: readId(item), etag: readETag(item) };
  const text = readText(item, 'Rapportform');
  const title = readText(item, 'Title') ?? `rapportform-${identity.id}`;
  let parsed: unknown;
  try {
    parsed = text === undefined ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined) {
    // Nothing a report can be built from: a placeholder that names the item, so it can be removed.
    const placeholder: ReportShape = { id: title, namn: readText(item, 'Rapportnamn') ?? title, tabeller: [] };
    const issue: ReportShapeIssue = shapeIssue(
      '',
      'not-json',
      `rapportformen i listan (rad ${identity.id}) är inte giltig JSON`,
      `the report shape in the list (item ${identity.id}) is not valid JSON`
    );
    return { ...identity, shape: placeholder, issues: [issue] };
  }
  const issues = validateReportShape(parsed, { takenIds });
  return { ...identity, shape: parsed as ReportShape, issues };
}
