/** The follow-ups of kontrollmoment, åtgärder and risks per period (list IKUppfoljningar). */
import type { SPFI } from '@pnp/sp';
import type { FollowUp } from '../../model/types';
import { EntityRepository } from '../EntityRepository';
import type { Stored } from '../InternkontrollService';
import type { CreateRetryOptions } from '../ListRepository';
import type { ItemFields, ListItemJson } from '../fields';
import type { PlanRefs } from '../PlanRefs';
import { FOLLOW_UP_SELECT, followUpFromItem, followUpName, followUpToFields } from './followUpMapping';
import { LIST_TITLES } from '../schema/listNames';

/** Reads and writes follow-ups. */
export class FollowUpRepository extends EntityRepository<FollowUp> {
  /** Creates the repository. */
  public constructor(sp: SPFI, createRetry?: CreateRetryOptions) {
    super(sp, LIST_TITLES.uppfoljningar, 'followUp', FOLLOW_UP_SELECT, createRetry);
  }

  /** Field values of the follow-up's item. */
  public toFields(followUp: FollowUp, refs: PlanRefs): ItemFields {
    return followUpToFields(followUp, refs);
  }

  /** The stored follow-up from its item. */
  public fromItem(item: ListItemJson, refs: PlanRefs): Stored<FollowUp> {
    return followUpFromItem(item, refs);
  }

  /** "T2: Attestregler": the period and the followed-up item's name. */
  public nameOf(followUp: FollowUp, refs?: PlanRefs): string {
    return followUpName(followUp, refs);
  }
}
