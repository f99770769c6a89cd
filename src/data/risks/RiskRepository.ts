/** The risks of plans (list IKRisker). */
import type { SPFI } from '@pnp/sp';
import type { Risk } from '../../model/types';
import { EntityRepository } from '../EntityRepository';
import type { Stored } from '../InternkontrollService';
import type { CreateRetryOptions } from '../ListRepository';
import type { ItemFields, ListItemJson } from '../fields';
import type { PlanRefs } from '../PlanRefs';
import { RISK_SELECT, riskFromItem, riskToFields } from './riskMapping';
import { LIST_TITLES } from '../schema/listNames';

/** Reads and writes risks. */
export class RiskRepository extends EntityRepository<Risk> {
  /** Creates the repository. */
  public constructor(sp: SPFI, createRetry?: CreateRetryOptions) {
    super(sp, LIST_TITLES.risker, 'risk', RISK_SELECT, createRetry);
  }

  /** Field values of the risk's item. */
  public toFields(risk: Risk, refs: PlanRefs): ItemFields {
    return riskToFields(risk, refs);
  }

  /** The stored risk from its item. */
  public fromItem(item: ListItemJson, refs: PlanRefs): Stored<Risk> {
    return riskFromItem(item, refs);
  }

  /** The risk's title. */
  public nameOf(risk: Risk): string {
    return risk.titel !== '' ? risk.titel : `risk ${risk.nr}`;
  }
}
