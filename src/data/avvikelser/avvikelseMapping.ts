/** The avvikelse item (list IKAvvikelser) ⇄ the model. */
import type { Avvikelse } from '../../model/types';
import type { FollowUpStatus } from '../../model/choices';
import { compact, fromSharePointDate, ItemFields, ListItemJson, orEmpty, readKey, readLookupId, readText, titleText, toSharePointDate, withStoredIdentity, readRichText } from '../fields';
import type { Stored } from '../InternkontrollService';
import { keyForLookup, PlanRefs, requireId } from '../PlanRefs';

/** The columns an avvikelse item is read with. */
export const AVVIKELSE_SELECT: readonly string[] = [
  'Id',
  'PlanId',
  'UppfoljningId',
  'Beskrivning',
  'AvvikelseAtgard',
  'Slutdatum',
  'AvvikelseStatus',
  'IdempotencyKey'
];

/** Field values of an avvikelse item. */
export function avvikelseToFields(avvikelse: Avvikelse, refs: PlanRefs): ItemFields {
  return {
    Title: titleText(avvikelse.beskrivning, 'Avvikelse'),
    PlanId: refs.planId,
    UppfoljningId: requireId(refs.uppfoljningar, avvikelse.followUpKey, 'Uppföljning'),
    Beskrivning: avvikelse.beskrivning,
    AvvikelseAtgard: avvikelse.atgard,
    Slutdatum: toSharePointDate(avvikelse.slutdatum),
    AvvikelseStatus: orEmpty(avvikelse.status),
    IdempotencyKey: avvikelse.key
  };
}

/** A stored avvikelse from its item. */
export function avvikelseFromItem(item: ListItemJson, refs: PlanRefs): Stored<Avvikelse> {
  return withStoredIdentity(
    compact({
      key: readKey(item),
      followUpKey: keyForLookup(refs.uppfoljningar, readLookupId(item, 'Uppfoljning')) ?? '',
      beskrivning: readRichText(item, 'Beskrivning') ?? '',
      atgard: readText(item, 'AvvikelseAtgard') ?? '',
      slutdatum: fromSharePointDate(item.Slutdatum) ?? '',
      status: readText(item, 'AvvikelseStatus') as FollowUpStatus | undefined
    }),
    item
  );
}
