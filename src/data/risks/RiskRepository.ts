/** The risks of plans (list IKRisker). */
import type { SPFI } from '@pnp/sp';
import type { Risk } from '../../model/types';
import { EntityRepository } from '../EntityRepository';
import type { CreateRetryOptions } from '../ListRepository';
import { RISK_SELECT, riskFromItem, riskToFields } from './riskMapping';
import { LIST_TITLES } from '../schema/listNames';

/** Reads and writes risks. */
export class RiskRepository extends EntityRepository<Risk> {
  /** Creates the repository. */
  public constructor(sp: SPFI, createRetry?: CreateRetryOptions) {
    super(sp, { title: LIST_TITLES.risker, entity: 'risk', select: RISK_SELECT, toFields: riskToFields, fromItem: riskFromItem }, createRetry);
  }

  /** The risk's title. */
  public nameOf(risk: Risk): string {
    return risk.titel !== '' ? risk.titel : `risk ${risk.nr}`;
  }
}
