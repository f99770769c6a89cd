/** The kontrollmoment of plans (list IKKontrollmoment). */
import type { SPFI } from '@pnp/sp';
import { richTextToPlainText } from '../../model/richText';
import type { Kontrollmoment } from '../../model/types';
import { EntityRepository } from '../EntityRepository';
import type { CreateRetryOptions } from '../ListRepository';
import { messageName } from '../fields';
import { KONTROLLMOMENT_EXPAND, KONTROLLMOMENT_SELECT, kontrollmomentFromItem, kontrollmomentToFields } from './kontrollmomentMapping';
import { LIST_TITLES } from '../schema/listNames';

/** Reads and writes kontrollmoment. */
export class KontrollmomentRepository extends EntityRepository<Kontrollmoment> {
  /** Creates the repository. */
  public constructor(sp: SPFI, createRetry?: CreateRetryOptions) {
    super(sp, { title: LIST_TITLES.kontrollmoment, entity: 'kontrollmoment', select: KONTROLLMOMENT_SELECT, expand: KONTROLLMOMENT_EXPAND, toFields: kontrollmomentToFields, fromItem: kontrollmomentFromItem }, createRetry);
  }

  /** Its kortnamn, else the start of its description as plain text. */
  public nameOf(km: Kontrollmoment): string {
    const text = km.kortnamn !== undefined && km.kortnamn !== '' ? km.kortnamn : richTextToPlainText(km.beskrivning).replace(/\s+/g, ' ');
    return messageName(text, `kontrollmoment ${km.nr}`);
  }
}
