/** The kontrollmoment of plans (list IKKontrollmoment). */
import type { SPFI } from '@pnp/sp';
import { richTextToPlainText } from '../../model/richText';
import type { Kontrollmoment } from '../../model/types';
import { EntityRepository } from '../EntityRepository';
import type { Stored } from '../InternkontrollService';
import type { CreateRetryOptions } from '../ListRepository';
import { ItemFields, ListItemJson, messageName } from '../fields';
import type { PlanRefs } from '../PlanRefs';
import { KONTROLLMOMENT_EXPAND, KONTROLLMOMENT_SELECT, kontrollmomentFromItem, kontrollmomentToFields } from './kontrollmomentMapping';
import { LIST_TITLES } from '../schema/listNames';

/** Reads and writes kontrollmoment. */
export class KontrollmomentRepository extends EntityRepository<Kontrollmoment> {
  /** Creates the repository. */
  public constructor(sp: SPFI, createRetry?: CreateRetryOptions) {
    super(sp, LIST_TITLES.kontrollmoment, 'kontrollmoment', KONTROLLMOMENT_SELECT, createRetry);
    this.expand = KONTROLLMOMENT_EXPAND;
  }

  /** Field values of the kontrollmoment's item. */
  public toFields(km: Kontrollmoment, refs: PlanRefs): ItemFields {
    return kontrollmomentToFields(km, refs);
  }

  /** The stored kontrollmoment from its item. */
  public fromItem(item: ListItemJson, refs: PlanRefs): Stored<Kontrollmoment> {
    return kontrollmomentFromItem(item, refs);
  }

  /** Its kortnamn, else the start of its description as plain text. */
  public nameOf(km: Kontrollmoment): string {
    const text = km.kortnamn !== undefined && km.kortnamn !== '' ? km.kortnamn : richTextToPlainText(km.beskrivning).replace(/\s+/g, ' ');
    return messageName(text, `kontrollmoment ${km.nr}`);
  }
}
