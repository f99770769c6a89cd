/** The avvikelser found by follow-ups (list IKAvvikelser). */
import type { SPFI } from '@pnp/sp';
import { richTextToPlainText } from '../../model/richText';
import type { Avvikelse } from '../../model/types';
import { EntityRepository } from '../EntityRepository';
import type { CreateRetryOptions } from '../ListRepository';
import { messageName } from '../fields';
import { AVVIKELSE_SELECT, avvikelseFromItem, avvikelseToFields } from './avvikelseMapping';
import { LIST_TITLES } from '../schema/listNames';

/** Reads and writes avvikelser. */
export class AvvikelseRepository extends EntityRepository<Avvikelse> {
  /** Creates the repository. */
  public constructor(sp: SPFI, createRetry?: CreateRetryOptions) {
    super(sp, { title: LIST_TITLES.avvikelser, entity: 'avvikelse', select: AVVIKELSE_SELECT, toFields: avvikelseToFields, fromItem: avvikelseFromItem }, createRetry);
  }

  /** The start of its description as plain text. */
  public nameOf(avvikelse: Avvikelse): string {
    return messageName(richTextToPlainText(avvikelse.beskrivning).replace(/\s+/g, ' '), 'avvikelse');
  }
}
