/** The plans (list IKPlaner). */
import type { SPFI } from '@pnp/sp';
import { JSONParse } from '@pnp/queryable';
import type { Plan } from '../../model/types';
import type { DeleteOp } from '../batchWrites';
import { OperationContext, toDataError } from '../httpErrors';
import type { PlanSummary, Stored } from '../InternkontrollService';
import { CreateRetryOptions, DEFAULT_CREATE_RETRY, ListRepository, PAGE_SIZE, readPage } from '../ListRepository';
import { ItemFields, ListItemJson, readETag, readId } from '../fields';
import { PLAN_SELECT, PLAN_SUMMARY_SELECT, planSummaryFromItem, planTitle, planToFields } from './planMapping';
import { LIST_TITLES } from '../schema/listNames';

/** A plan without its områden, as the plan item stores it. */
export type PlanFields = Omit<Plan, 'omraden'>;

/** Reads and writes plan items. */
export class PlanRepository extends ListRepository {
  /** Creates the repository. */
  public constructor(sp: SPFI, createRetry: CreateRetryOptions = DEFAULT_CREATE_RETRY) {
    super(sp, LIST_TITLES.planer, 'plan', PLAN_SELECT, false, createRetry);
  }

  /** The plan's name, e.g. "Internkontrollplan 2025 Socialnämnden". */
  public nameOf(plan: Pick<Plan, 'ar' | 'namnd'>): string {
    return planTitle(plan);
  }

  /** The context of an operation on the plan, for messages. */
  public contextOf(plan: Pick<Plan, 'ar' | 'namnd'>, action: OperationContext['action']): OperationContext {
    return { entity: 'plan', action, itemName: this.nameOf(plan) };
  }

  /** Field values of the plan item. */
  public toFields(plan: PlanFields): ItemFields {
    return planToFields(plan);
  }

  /** Every plan on the site, newest year first (the list holds one row per nämnd and year). */
  public async summaries(context: OperationContext): Promise<PlanSummary[]> {
    try {
      const page = await this.items()
        .select(...PLAN_SUMMARY_SELECT)
        .orderBy('Ar', false)
        .top(PAGE_SIZE)
        .using(JSONParse())()
        .then(readPage);
      return page.rows.map(planSummaryFromItem);
    } catch (error) {
      throw toDataError(error, context);
    }
  }

  /** The plan item (for a batched plan-view load pass the batched SPFI). */
  public item(planId: number, sp: SPFI = this.sp): Promise<ListItemJson> {
    return this.items(sp).getById(planId).select(...this.select)<ListItemJson>();
  }

  /** Creates or updates the plan item (ETag as If-Match); returns id and ETag. `seenAs` names it in messages. */
  public async save(plan: PlanFields & { id?: number; etag?: string }, seenAs: Pick<Plan, 'ar' | 'namnd'> = plan): Promise<{ id: number; etag: string }> {
    const fields = this.toFields(plan);
    if (plan.id === undefined) {
      const item = await this.create(fields, undefined, this.contextOf(plan, 'create'));
      return { id: readId(item), etag: readETag(item) };
    }
    const etag = await this.update(plan.id, fields, plan.etag ?? '', this.contextOf(seenAs, 'update'));
    return { id: plan.id, etag };
  }

  /** The write that deletes the plan item. */
  public deleteOp(plan: Stored<PlanFields> | PlanSummary): DeleteOp {
    return { kind: 'delete', repo: this, id: plan.id, etag: plan.etag, context: this.contextOf(plan, 'delete') };
  }
}
