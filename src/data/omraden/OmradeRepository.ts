/** The områden of plans (list IKOmraden). */
import type { SPFI } from '@pnp/sp';
import type { Omrade } from '../../model/types';
import { EntityRepository } from '../EntityRepository';
import type { CreateRetryOptions } from '../ListRepository';
import { OMRADE_SELECT, omradeFromItem, omradeToFields } from './omradeMapping';
import { LIST_TITLES } from '../schema/listNames';

/** Reads and writes områden. */
export class OmradeRepository extends EntityRepository<Omrade> {
  /** Creates the repository. */
  public constructor(sp: SPFI, createRetry?: CreateRetryOptions) {
    super(sp, { title: LIST_TITLES.omraden, entity: 'omrade', select: OMRADE_SELECT, toFields: omradeToFields, fromItem: omradeFromItem }, createRetry);
  }

  /** The område's name. */
  public nameOf(omrade: Omrade): string {
    return omrade.namn;
  }
}
