/** The åtgärder of plans (list IKAtgarder). */
import type { SPFI } from '@pnp/sp';
import type { Atgard } from '../../model/types';
import { EntityRepository } from '../EntityRepository';
import type { Stored } from '../InternkontrollService';
import type { CreateRetryOptions } from '../ListRepository';
import type { ItemFields, ListItemJson } from '../fields';
import type { PlanRefs } from '../PlanRefs';
import { ATGARD_EXPAND, ATGARD_SELECT, atgardFromItem, atgardToFields } from './atgardMapping';
import { LIST_TITLES } from '../schema/listNames';

/** Reads and writes åtgärder. */
export class AtgardRepository extends EntityRepository<Atgard> {
  /** Creates the repository. */
  public constructor(sp: SPFI, createRetry?: CreateRetryOptions) {
    super(sp, LIST_TITLES.atgarder, 'atgard', ATGARD_SELECT, createRetry);
    this.expand = ATGARD_EXPAND;
  }

  /** Field values of the åtgärd's item. */
  public toFields(atgard: Atgard, refs: PlanRefs): ItemFields {
    return atgardToFields(atgard, refs);
  }

  /** The stored åtgärd from its item. */
  public fromItem(item: ListItemJson, refs: PlanRefs): Stored<Atgard> {
    return atgardFromItem(item, refs);
  }

  /** The åtgärd's short description. */
  public nameOf(atgard: Atgard): string {
    return atgard.beskrivning !== '' ? atgard.beskrivning : 'åtgärd';
  }
}
