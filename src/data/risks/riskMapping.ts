/** The risk item (list IKRisker) ⇄ the model; the original rating only (a period re-rating is a follow-up). */
import type { Risk } from '../../model/types';
import { compact, EMPTY, ItemFields, ListItemJson, orEmpty, readBoolean, readKey, readLookupId, readNumber, readText, titleText, withStoredIdentity, readRichText } from '../fields';
import type { Stored } from '../InternkontrollService';
import { keyForLookup, PlanRefs, requireId } from '../PlanRefs';

/** The columns a risk item is read with. */
export const RISK_SELECT: readonly string[] = [
  'Id',
  'Title',
  'PlanId',
  'OmradeId',
  'Nr',
  'Beskrivning',
  'Obligatorisk',
  'Sannolikhet',
  'Konsekvens',
  'Ordning',
  'Andringsorsak',
  'IdempotencyKey',
  'Ursprungsnyckel'
];

/** Field values of a risk item. */
export function riskToFields(risk: Risk, refs: PlanRefs): ItemFields {
  return {
    Title: titleText(risk.titel, `Risk ${risk.nr}`),
    PlanId: refs.planId,
    OmradeId: risk.omradeKey === undefined ? EMPTY : requireId(refs.omraden, risk.omradeKey, 'Område'),
    Nr: risk.nr,
    Beskrivning: orEmpty(risk.beskrivning),
    Obligatorisk: risk.obligatorisk,
    Sannolikhet: orEmpty(risk.sannolikhet),
    Konsekvens: orEmpty(risk.konsekvens),
    Ordning: orEmpty(risk.ordning),
    Andringsorsak: orEmpty(risk.andringsorsak),
    IdempotencyKey: risk.key,
    Ursprungsnyckel: orEmpty(risk.ursprungsnyckel)
  };
}

/** A stored risk from its item; the område key comes from the plan's index. */
export function riskFromItem(item: ListItemJson, refs: PlanRefs): Stored<Risk> {
  return withStoredIdentity(
    compact({
      key: readKey(item),
      nr: readNumber(item, 'Nr') ?? 0,
      omradeKey: keyForLookup(refs.omraden, readLookupId(item, 'Omrade')),
      titel: readText(item, 'Title') ?? '',
      beskrivning: readRichText(item, 'Beskrivning'),
      obligatorisk: readBoolean(item, 'Obligatorisk'),
      sannolikhet: readNumber(item, 'Sannolikhet'),
      konsekvens: readNumber(item, 'Konsekvens'),
      ordning: readNumber(item, 'Ordning'),
      andringsorsak: readText(item, 'Andringsorsak'),
      ursprungsnyckel: readText(item, 'Ursprungsnyckel')
    }),
    item
  );
}
