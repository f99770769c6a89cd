/**
 * The organisation's own report shapes: listed, saved after the one shape validator has passed
 * them, and deleted. Loaded on demand by the service facade (with the validator and the
 * built-in shapes it checks ids against), so a page that never touches shapes does not carry
 * them.
 */
import type { ValidationIssue } from '../../model/types';
import type { ReportShapeIssue } from '../../reports/shape/issues';
import { shapeIssue } from '../../reports/shape/issues';
import { validateReportShape } from '../../reports/shape/validate';
import { BUILT_IN_SHAPE_IDS } from '../../reports/shapes';
import { DuplicateValuesError, ValidationFailedError } from '../errors';
import type { Editable, OwnReportShape, StoredReportShape } from '../InternkontrollService';
import { REPORT_SHAPE_JSON_MAX, reportShapeJson } from '../reportShapes/reportShapeMapping';
import { ReportShapeRepository } from '../reportShapes/ReportShapeRepository';
import type { ServiceContext } from './ServiceContext';

/**
 * A shape's issue as the data layer's validation issue: `field` is the path inside the shape as
 * the shape writes it (`tabeller[0].kolumner[2].falt`, "" for the shape as a whole), and the
 * messages start with it.
 */
export function shapeValidationIssue(issue: ReportShapeIssue): ValidationIssue {
  return { field: issue.path, fieldLabel: issue.path === '' ? 'rapportform' : issue.path, code: 'invalid-value', message: issue.message, messageEn: issue.messageEn };
}

/** Lists, saves and deletes the organisation's own shapes. */
export class ReportShapes {
  private readonly _repo: ReportShapeRepository;

  /** Creates the capability on the service's shared state. */
  public constructor(ctx: ServiceContext) {
    this._repo = new ReportShapeRepository(ctx.sp, ctx.createRetry);
  }

  /** The own shapes, by name (Swedish order), each checked; ids of built-in shapes count as taken. */
  public async list(): Promise<StoredReportShape[]> {
    const shapes = await this._repo.list(BUILT_IN_SHAPE_IDS);
    return shapes.sort((a, b) => String(a.shape.namn).localeCompare(String(b.shape.namn), 'sv') || a.id - b.id);
  }

  /**
   * Validates the shape (its id against the built-in shapes and the other stored ones, read
   * now), then creates or updates its item. Nothing is written while there are issues.
   */
  public async save(entity: Editable<OwnReportShape>): Promise<StoredReportShape> {
    const others = (await this._repo.list([])).filter((stored) => stored.id !== entity.id);
    const takenIds = [...BUILT_IN_SHAPE_IDS, ...others.map((stored) => stored.shape.id)];
    const issues = validateReportShape(entity.shape, { takenIds });
    if (issues.length === 0) {
      const length = reportShapeJson(entity.shape).length;
      if (length > REPORT_SHAPE_JSON_MAX) {
        issues.push(
          shapeIssue(
            '',
            'too-long',
            `rapportformen är för stor för listan: ${length} tecken som JSON, högst ${REPORT_SHAPE_JSON_MAX}`,
            `the report shape is too large for the list: ${length} characters as JSON, at most ${REPORT_SHAPE_JSON_MAX}`
          )
        );
      }
    }
    if (issues.length > 0) {
      throw new ValidationFailedError(issues.map(shapeValidationIssue));
    }
    try {
      return await this._repo.save(entity);
    } catch (error) {
      if (error instanceof DuplicateValuesError) {
        // The unique Title refused the id: another samordnare saved a shape with it just now.
        const id = entity.shape.id;
        throw new DuplicateValuesError('reportShape', entity.shape.namn, error.status ?? 500, {
          message: `Någon annan har just sparat en rapportform med id ”${id}”. Välj ett annat id, eller ladda om och öppna den formen.`,
          messageEn: `Someone else has just saved a report shape with the id “${id}”. Choose another id, or reload and open that shape.`
        });
      }
      throw error;
    }
  }

  /** Deletes the shape's item (If-Match with the ETag read). */
  public remove(entity: StoredReportShape): Promise<void> {
    return this._repo.remove(entity);
  }
}
