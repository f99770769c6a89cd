/** The organisation's own report shapes (list IKRapportformer): read all, create, update, delete. */
import type { SPFI } from '@pnp/sp';
import { JSONParse } from '@pnp/queryable';
import { OperationContext, toDataError } from '../httpErrors';
import type { Editable, OwnReportShape, StoredReportShape } from '../InternkontrollService';
import { CreateRetryOptions, DEFAULT_CREATE_RETRY, ListRepository, PAGE_SIZE, readPage } from '../ListRepository';
import { readETag, readId } from '../fields';
import { LIST_TITLES } from '../schema/listNames';
import { REPORT_SHAPE_SELECT, reportShapeFromItem, reportShapeToFields } from './reportShapeMapping';

/** Context of reading the shapes, for messages. */
const READ: OperationContext = { entity: 'reportShape', action: 'read' };

/** Reads and writes the items of IKRapportformer. */
export class ReportShapeRepository extends ListRepository {
  /** Creates the repository. */
  public constructor(sp: SPFI, createRetry: CreateRetryOptions = DEFAULT_CREATE_RETRY) {
    super(sp, LIST_TITLES.rapportformer, 'reportShape', REPORT_SHAPE_SELECT, false, createRetry);
  }

  /** The context of an operation on a shape, named as the user knows it ("Status per avdelning"). */
  public contextOf(entity: OwnReportShape, action: OperationContext['action']): OperationContext {
    return { entity: 'reportShape', action, itemName: entity.shape.namn || entity.shape.id };
  }

  /**
   * Every stored shape, in one request: an organisation has a handful, far below one page.
   * `takenIds` (the built-in ids) are checked against each.
   */
  public async list(takenIds: readonly string[]): Promise<StoredReportShape[]> {
    try {
      const page = await this.items().select(...this.select).top(PAGE_SIZE).using(JSONParse())().then(readPage);
      return page.rows.map((row) => reportShapeFromItem(row, takenIds));
    } catch (error) {
      throw toDataError(error, READ);
    }
  }

  /** Creates or updates the shape's item (ETag as If-Match); `seenAs` names it in messages. */
  public async save(entity: Editable<OwnReportShape>, seenAs: OwnReportShape = entity): Promise<StoredReportShape> {
    const fields = reportShapeToFields(entity);
    const value: OwnReportShape = { key: entity.key, shape: entity.shape };
    if (entity.id === undefined) {
      const item = await this.create(fields, undefined, this.contextOf(entity, 'create'));
      return { ...value, id: readId(item), etag: readETag(item), issues: [] };
    }
    const etag = await this.update(entity.id, fields, entity.etag, this.contextOf(seenAs, 'update'));
    return { ...value, id: entity.id, etag, issues: [] };
  }

  /** Deletes the shape's item if it is still the version read. */
  public remove(entity: StoredReportShape): Promise<void> {
    return this.delete(entity.id, entity.etag, this.contextOf(entity, 'delete'));
  }

  /** The context of reading, for messages. */
  public get readContext(): OperationContext {
    return READ;
  }
}
