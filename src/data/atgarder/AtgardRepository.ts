/** The åtgärder of plans (list IKAtgarder). */
import type { SPFI } from '@pnp/sp';
import type { Atgard } from '../../model/types';
import { EntityRepository } from '../EntityRepository';
import type { CreateRetryOptions } from '../ListRepository';
import { ATGARD_EXPAND, ATGARD_SELECT, atgardFromItem, atgardToFields } from './atgardMapping';
import { LIST_TITLES } from '../schema/listNames';

/** Reads and writes åtgärder. */
export class AtgardRepository extends EntityRepository<Atgard> {
  /** Creates the repository. */
  public constructor(sp: SPFI, createRetry?: CreateRetryOptions) {
    super(sp, { title: LIST_TITLES.atgarder, entity: 'atgard', select: ATGARD_SELECT, expand: ATGARD_EXPAND, toFields: atgardToFields, fromItem: atgardFromItem }, createRetry);
  }

  /** The åtgärd's short description. */
  public nameOf(atgard: Atgard): string {
    return atgard.beskrivning !== '' ? atgard.beskrivning : 'åtgärd';
  }
}
