/** The avvikelser found by follow-ups (list IKAvvikelser). */
import type { SPFI } from '@pnp/sp';
import { richTextToPlainText } from '../../model/richText';
import type { Avvikelse } from '../../model/types';
import { EntityRepository } from '../EntityRepository';
import type { Stored } from '../InternkontrollService';
import type { CreateRetryOptions } from '../ListRepository';
import { ItemFields, ListItemJson, messageName } from '../fields';
import type { PlanRefs } from '../PlanRefs';
import { AVVIKELSE_SELECT, avvikelseFromItem, avvikelseToFields } from './avvikelseMapping';
import { LIST_TITLES } from '../schema/listNames';

/** Reads and writes avvikelser. */
export class AvvikelseRepository extends EntityRepository<Avvikelse> {
  /** Creates the repository. */
  public constructor(sp: SPFI, createRetry?: CreateRetryOptions) {
    super(sp, LIST_TITLES.avvikelser, 'avvikelse', AVVIKELSE_SELECT, createRetry);
  }

  /** Field values of the avvikelse's item. */
  public toFields(avvikelse: Avvikelse, refs: PlanRefs): ItemFields {
    return avvikelseToFields(avvikelse, refs);
  }

  /** The stored avvikelse from its item. */
  public fromItem(item: ListItemJson, refs: PlanRefs): Stored<Avvikelse> {
    return avvikelseFromItem(item, refs);
  }

  /** The start of its description as plain text. */
  public nameOf(avvikelse: Avvikelse): string {
    return messageName(richTextToPlainText(avvikelse.beskrivning).replace(/\s+/g, ' '), 'avvikelse');
  }
}
