/** The follow-up item (list IKUppfoljningar) ⇄ the model: one lookup per kind of target, and the unique Uppfoljningsnyckel. */
import type { FollowUp, FollowUpTargetType } from '../../model/types';
import type { FollowUpStatus, Resultat } from '../../model/choices';
import type { RiskRating } from '../../model/riskMatrix';
import { OBJEKTTYP_VALUES } from '../schema/listNames';
import { compact, EMPTY, ItemFields, ListItemJson, orEmpty, readKey, readLookupId, readNumber, readText, titleText, withStoredIdentity, readRichText } from '../fields';
import type { Stored } from '../InternkontrollService';
import { KeyIndex, keyForLookup, PlanRefs, requireId } from '../PlanRefs';

/** The columns a follow-up item is read with. */
export const FOLLOW_UP_SELECT: readonly string[] = [
  'Id',
  'PlanId',
  'Period',
  'Objekttyp',
  'KontrollmomentId',
  'AtgardId',
  'RiskId',
  'UppfoljningStatus',
  'Resultat',
  'Kommentar',
  'Sannolikhet',
  'Konsekvens',
  'IdempotencyKey'
];

/** The lookup column that points at each kind of follow-up target. */
const TARGET_LOOKUP: Readonly<Record<FollowUpTargetType, 'Kontrollmoment' | 'Atgard' | 'Risk'>> = {
  kontrollmoment: 'Kontrollmoment',
  atgard: 'Atgard',
  risk: 'Risk'
};

/** The index holding each kind of follow-up target. */
function targetIndex(refs: PlanRefs, type: FollowUpTargetType): KeyIndex {
  return type === 'kontrollmoment' ? refs.kontrollmoment : type === 'atgard' ? refs.atgarder : refs.risker;
}

/** The name of a follow-up: "T2: Attestregler" (period key and the target's name). */
export function followUpName(followUp: Pick<FollowUp, 'periodKey' | 'targetKey'>, refs: PlanRefs | undefined): string {
  const target = refs ? refs.names.get(followUp.targetKey) : undefined;
  return `${followUp.periodKey}: ${target ?? followUp.targetKey}`;
}

/**
 * The value of `Uppfoljningsnyckel`: `<targetType>:<targetKey>:<periodKey>`. The column is
 * unique, so SharePoint refuses a second follow-up of the same target and period even when
 * two users create one at the same moment (each with its own IdempotencyKey).
 */
export function uppfoljningsnyckel(followUp: Pick<FollowUp, 'targetType' | 'targetKey' | 'periodKey'>): string {
  return `${followUp.targetType}:${followUp.targetKey}:${followUp.periodKey}`;
}

/** Field values of a follow-up item. */
export function followUpToFields(followUp: FollowUp, refs: PlanRefs): ItemFields {
  const lookup = TARGET_LOOKUP[followUp.targetType];
  const targetId = requireId(targetIndex(refs, followUp.targetType), followUp.targetKey, OBJEKTTYP_VALUES[followUp.targetType]);
  const fields: ItemFields = {
    Title: titleText(followUpName(followUp, refs), followUp.periodKey),
    PlanId: refs.planId,
    Period: followUp.periodKey,
    Objekttyp: OBJEKTTYP_VALUES[followUp.targetType],
    KontrollmomentId: EMPTY,
    AtgardId: EMPTY,
    RiskId: EMPTY,
    UppfoljningStatus: orEmpty(followUp.status),
    Resultat: orEmpty(followUp.resultat),
    Kommentar: orEmpty(followUp.kommentar),
    Sannolikhet: orEmpty(followUp.riskvardering ? followUp.riskvardering.sannolikhet : undefined),
    Konsekvens: orEmpty(followUp.riskvardering ? followUp.riskvardering.konsekvens : undefined),
    Uppfoljningsnyckel: uppfoljningsnyckel(followUp),
    IdempotencyKey: followUp.key
  };
  fields[lookup + 'Id'] = targetId;
  return fields;
}

/** The target type stored in Objekttyp; unknown text is read as a kontrollmoment follow-up. */
function readTargetType(item: ListItemJson): FollowUpTargetType {
  const text = readText(item, 'Objekttyp');
  const types = Object.keys(OBJEKTTYP_VALUES) as FollowUpTargetType[];
  return types.filter((type) => OBJEKTTYP_VALUES[type] === text)[0] ?? 'kontrollmoment';
}

/** A stored follow-up from its item. */
export function followUpFromItem(item: ListItemJson, refs: PlanRefs): Stored<FollowUp> {
  const targetType = readTargetType(item);
  const sannolikhet = readNumber(item, 'Sannolikhet');
  const konsekvens = readNumber(item, 'Konsekvens');
  const riskvardering: RiskRating | undefined =
    sannolikhet !== undefined && konsekvens !== undefined ? { sannolikhet, konsekvens } : undefined;
  return withStoredIdentity(
    compact({
      key: readKey(item),
      targetType,
      targetKey: keyForLookup(targetIndex(refs, targetType), readLookupId(item, TARGET_LOOKUP[targetType])) ?? '',
      periodKey: readText(item, 'Period') ?? '',
      status: readText(item, 'UppfoljningStatus') as FollowUpStatus | undefined,
      resultat: readText(item, 'Resultat') as Resultat | undefined,
      kommentar: readRichText(item, 'Kommentar'),
      riskvardering
    }),
    item
  );
}
