/** The avvikelser found by follow-ups (list IKAvvikelser). */
import type { SPFI } from '@pnp/sp';
import { richTextToPlainText } from '../../model/richText';
import type { Avvikelse } from '../../model/types';
import { EntityRepository } from '../EntityRepository';
import type { Stored } from '../InternkontrollService';
import type { CreateRetryOptions } from '../ListRepository';
import type { ItemFields, ListItemJson } from '../fields';
import type { PlanRefs } from '../PlanRefs';
import { AVVIKELSE_SELECT, avvikelseFromItem, avvikelseToFields } from './avvikelseMapping';
import { LIST_TITLES } from '../schema/lists';

/** Longest name of an avvikelse in a message before it is shortened. */
const NAME_MAX = 80;

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
    const text = richTextToPlainText(avvikelse.beskrivning).replace(/\s+/g, ' ');
    if (text === '') {
      return 'avvikelse';
    }
    return text.length > NAME_MAX ? text.slice(0, NAME_MAX - 1) + '…' : text;
  }
}
