/** The områden of plans (list IKOmraden). */
import type { SPFI } from '@pnp/sp';
import type { Omrade } from '../../model/types';
import { EntityRepository } from '../EntityRepository';
import type { Stored } from '../InternkontrollService';
import type { CreateRetryOptions } from '../ListRepository';
import type { ItemFields, ListItemJson } from '../fields';
import type { PlanRefs } from '../PlanRefs';
import { OMRADE_SELECT, omradeFromItem, omradeToFields } from './omradeMapping';
import { LIST_TITLES } from '../schema/listNames';

/** Reads and writes områden. */
export class OmradeRepository extends EntityRepository<Omrade> {
  /** Creates the repository. */
  public constructor(sp: SPFI, createRetry?: CreateRetryOptions) {
    super(sp, LIST_TITLES.omraden, 'omrade', OMRADE_SELECT, createRetry);
  }

  /** Field values of the område's item. */
  public toFields(omrade: Omrade, refs: PlanRefs): ItemFields {
    return omradeToFields(omrade, refs);
  }

  /** The stored område from its item. */
  public fromItem(item: ListItemJson): Stored<Omrade> {
    return omradeFromItem(item);
  }

  /** The område's name. */
  public nameOf(omrade: Omrade): string {
    return omrade.namn;
  }
}
