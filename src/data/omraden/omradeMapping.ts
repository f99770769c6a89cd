/** The område item (list IKOmraden) ⇄ the model. */
import type { Omrade } from '../../model/types';
import { compact, ItemFields, ListItemJson, orEmpty, readKey, readNumber, readText, titleText, withStoredIdentity, readRichText } from '../fields';
import type { Stored } from '../InternkontrollService';
import type { PlanRefs } from '../PlanRefs';

/** The columns an område item is read with. */
export const OMRADE_SELECT: readonly string[] = ['Id', 'Title', 'PlanId', 'Beskrivning', 'Sortering', 'IdempotencyKey', 'Ursprungsnyckel'];

/** Field values of an område item. */
export function omradeToFields(omrade: Omrade, refs: PlanRefs): ItemFields {
  return {
    Title: titleText(omrade.namn, 'Område'),
    PlanId: refs.planId,
    Beskrivning: orEmpty(omrade.beskrivning),
    Sortering: omrade.ordning,
    IdempotencyKey: omrade.key,
    Ursprungsnyckel: orEmpty(omrade.ursprungsnyckel)
  };
}

/** A stored område from its item. */
export function omradeFromItem(item: ListItemJson): Stored<Omrade> {
  return withStoredIdentity(
    compact({
      key: readKey(item),
      namn: readText(item, 'Title') ?? '',
      beskrivning: readRichText(item, 'Beskrivning'),
      ordning: readNumber(item, 'Sortering') ?? 1,
      ursprungsnyckel: readText(item, 'Ursprungsnyckel')
    }),
    item
  );
}
