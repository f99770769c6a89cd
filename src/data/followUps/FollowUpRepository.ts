/** The follow-ups of kontrollmoment, åtgärder and risks per period (list IKUppfoljningar). */
import type { SPFI } from '@pnp/sp';
import type { FollowUp } from '../../model/types';
import { EntityRepository } from '../EntityRepository';
import type { CreateRetryOptions } from '../ListRepository';
import type { PlanRefs } from '../PlanRefs';
import { FOLLOW_UP_SELECT, followUpFromItem, followUpName, followUpToFields } from './followUpMapping';
import { LIST_TITLES } from '../schema/listNames';

/** Reads and writes follow-ups. */
export class FollowUpRepository extends EntityRepository<FollowUp> {
  /** Creates the repository. */
  public constructor(sp: SPFI, createRetry?: CreateRetryOptions) {
    super(sp, { title: LIST_TITLES.uppfoljningar, entity: 'followUp', select: FOLLOW_UP_SELECT, toFields: followUpToFields, fromItem: followUpFromItem }, createRetry);
  }

  /** "T2: Attestregler": the period and the followed-up item's name. */
  public nameOf(followUp: FollowUp, refs?: PlanRefs): string {
    return followUpName(followUp, refs);
  }
}
