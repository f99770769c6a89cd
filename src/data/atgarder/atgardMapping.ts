/** The åtgärd item (list IKAtgarder) ⇄ the model. */
import type { Atgard } from '../../model/types';
import type { FollowUpStatus } from '../../model/choices';
import {
  compact,
  fromSharePointDate,
  ItemFields,
  avstamningBounds,
  joinDates,
  ListItemJson,
  orEmpty,
  personId,
  personSelect,
  readKey,
  readLookupId,
  readNumber,
  readPerson,
  readText,
  splitDates,
  titleText,
  toSharePointDate,
  withStoredIdentity
} from '../fields';
import type { Stored } from '../InternkontrollService';
import { keyForLookup, PlanRefs, requireId } from '../PlanRefs';

/** The columns an åtgärd item is read with. */
export const ATGARD_SELECT: readonly string[] = [
  'Id',
  'Title',
  'PlanId',
  'RiskId',
  'Detaljer',
  'Ansvarig',
  'Rapporteringsansvarig',
  'Startdatum',
  'Avstamningsdatum',
  'Slutdatum',
  'AtgardStatus',
  'Ordning',
  'IdempotencyKey',
  'Ursprungsnyckel',
  ...personSelect('AnsvarigPerson'),
  ...personSelect('RapporteringsansvarigPerson')
];

/** The Person columns an åtgärd is read with (`$expand`). */
export const ATGARD_EXPAND: readonly string[] = ['AnsvarigPerson', 'RapporteringsansvarigPerson'];

/** Field values of an åtgärd item. */
export function atgardToFields(atgard: Atgard, refs: PlanRefs): ItemFields {
  return {
    Title: titleText(atgard.beskrivning, 'Åtgärd'),
    PlanId: refs.planId,
    RiskId: requireId(refs.risker, atgard.riskKey, 'Risk'),
    Detaljer: orEmpty(atgard.detaljer),
    Ansvarig: orEmpty(atgard.ansvarig),
    Rapporteringsansvarig: orEmpty(atgard.rapporteringsansvarig),
    Startdatum: toSharePointDate(atgard.startdatum),
    Avstamningsdatum: joinDates(atgard.avstamningsdatum),
    ...avstamningBounds(atgard.avstamningsdatum),
    Slutdatum: toSharePointDate(atgard.slutdatum),
    AtgardStatus: atgard.status,
    Ordning: orEmpty(atgard.ordning),
    IdempotencyKey: atgard.key,
    AnsvarigPersonId: personId(atgard.ansvarigPerson),
    RapporteringsansvarigPersonId: personId(atgard.rapporteringsansvarigPerson),
    Ursprungsnyckel: orEmpty(atgard.ursprungsnyckel)
  };
}

/** A stored åtgärd from its item. */
export function atgardFromItem(item: ListItemJson, refs: PlanRefs): Stored<Atgard> {
  return withStoredIdentity(
    compact({
      key: readKey(item),
      riskKey: keyForLookup(refs.risker, readLookupId(item, 'Risk')) ?? '',
      beskrivning: readText(item, 'Title') ?? '',
      detaljer: readText(item, 'Detaljer'),
      ansvarig: readText(item, 'Ansvarig'),
      rapporteringsansvarig: readText(item, 'Rapporteringsansvarig'),
      ansvarigPerson: readPerson(item, 'AnsvarigPerson'),
      rapporteringsansvarigPerson: readPerson(item, 'RapporteringsansvarigPerson'),
      startdatum: fromSharePointDate(item.Startdatum),
      avstamningsdatum: splitDates(readText(item, 'Avstamningsdatum')),
      slutdatum: fromSharePointDate(item.Slutdatum),
      status: (readText(item, 'AtgardStatus') ?? 'Ej påbörjad') as FollowUpStatus,
      ordning: readNumber(item, 'Ordning'),
      ursprungsnyckel: readText(item, 'Ursprungsnyckel')
    }),
    item
  );
}
