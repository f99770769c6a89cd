/** The kontrollmoment item (list IKKontrollmoment) ⇄ the model. */
import type { Kontrollmoment } from '../../model/types';
import { richTextToPlainText } from '../../model/richText';
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
  readBoolean,
  readKey,
  readLookupId,
  readNumber,
  readPerson,
  readText,
  splitDates,
  titleText,
  toSharePointDate,
  withStoredIdentity, readRichText } from '../fields';
import type { Stored } from '../InternkontrollService';
import { keyForLookup, PlanRefs, requireId } from '../PlanRefs';

/** The columns a kontrollmoment item is read with. */
export const KONTROLLMOMENT_SELECT: readonly string[] = [
  'Id',
  'PlanId',
  'RiskId',
  'Nr',
  'Beskrivning',
  'Kortnamn',
  'Kontrollmetod',
  'Ansvarig',
  'Rapporteringsansvarig',
  'Frekvens',
  'Obligatorisk',
  'Startdatum',
  'Avstamningsdatum',
  'Slutdatum',
  'Ordning',
  'Andringsorsak',
  'IdempotencyKey',
  'Ursprungsnyckel',
  ...personSelect('AnsvarigPerson'),
  ...personSelect('RapporteringsansvarigPerson')
];

/** The Person columns a kontrollmoment is read with (`$expand`). */
export const KONTROLLMOMENT_EXPAND: readonly string[] = ['AnsvarigPerson', 'RapporteringsansvarigPerson'];

/** The kontrollmoment item's Title: "3. Uppföljning av insatser" (kortnamn, else the description). */
export function kontrollmomentTitle(km: Pick<Kontrollmoment, 'nr' | 'kortnamn' | 'beskrivning'>): string {
  const text = km.kortnamn !== undefined && km.kortnamn !== '' ? km.kortnamn : km.beskrivning;
  return titleText(`${km.nr}. ${richTextToPlainText(text)}`, `Kontrollmoment ${km.nr}`);
}

/** Field values of a kontrollmoment item. */
export function kontrollmomentToFields(km: Kontrollmoment, refs: PlanRefs): ItemFields {
  return {
    Title: kontrollmomentTitle(km),
    PlanId: refs.planId,
    RiskId: requireId(refs.risker, km.riskKey, 'Risk'),
    Nr: km.nr,
    Beskrivning: km.beskrivning,
    Kortnamn: orEmpty(km.kortnamn),
    Kontrollmetod: orEmpty(km.kontrollmetod),
    Ansvarig: orEmpty(km.ansvarig),
    Rapporteringsansvarig: orEmpty(km.rapporteringsansvarig),
    Frekvens: orEmpty(km.frekvens),
    Obligatorisk: km.obligatorisk,
    Startdatum: toSharePointDate(km.startdatum),
    Avstamningsdatum: joinDates(km.avstamningsdatum),
    ...avstamningBounds(km.avstamningsdatum),
    Slutdatum: toSharePointDate(km.slutdatum),
    Ordning: orEmpty(km.ordning),
    Andringsorsak: orEmpty(km.andringsorsak),
    IdempotencyKey: km.key,
    AnsvarigPersonId: personId(km.ansvarigPerson),
    RapporteringsansvarigPersonId: personId(km.rapporteringsansvarigPerson),
    Ursprungsnyckel: orEmpty(km.ursprungsnyckel)
  };
}

/** A stored kontrollmoment from its item. */
export function kontrollmomentFromItem(item: ListItemJson, refs: PlanRefs): Stored<Kontrollmoment> {
  const avstamning = splitDates(readText(item, 'Avstamningsdatum'));
  return withStoredIdentity(
    compact({
      key: readKey(item),
      riskKey: keyForLookup(refs.risker, readLookupId(item, 'Risk')) ?? '',
      nr: readNumber(item, 'Nr') ?? 0,
      beskrivning: readRichText(item, 'Beskrivning') ?? '',
      kortnamn: readText(item, 'Kortnamn'),
      kontrollmetod: readRichText(item, 'Kontrollmetod'),
      ansvarig: readText(item, 'Ansvarig'),
      rapporteringsansvarig: readText(item, 'Rapporteringsansvarig'),
      ansvarigPerson: readPerson(item, 'AnsvarigPerson'),
      rapporteringsansvarigPerson: readPerson(item, 'RapporteringsansvarigPerson'),
      frekvens: readText(item, 'Frekvens'),
      obligatorisk: readBoolean(item, 'Obligatorisk'),
      startdatum: fromSharePointDate(item.Startdatum),
      avstamningsdatum: avstamning.length > 0 ? avstamning : undefined,
      slutdatum: fromSharePointDate(item.Slutdatum),
      ordning: readNumber(item, 'Ordning'),
      andringsorsak: readText(item, 'Andringsorsak'),
      ursprungsnyckel: readText(item, 'Ursprungsnyckel')
    }),
    item
  );
}
