/**
 * What goes with a delete, counted from the loaded plan, and the sentence that names it:
 * "3 områden, 12 risker, 20 kontrollmoment, 4 åtgärder, 37 uppföljningar och 2 avvikelser tas
 * bort." The counts follow the data layer's cascading deletes exactly.
 */
import type { ListPermissions, PlanView, ProductListKey, Stored } from '../../data/InternkontrollService';
import type { Atgard, FollowUp, Kontrollmoment, Omrade, Risk } from '../../model';
import { formatText } from '../i18n';
import type { IUiStrings } from '../i18n';

/** What can be deleted, with the item. */
export type DeleteTarget =
  | { kind: 'plan' }
  | { kind: 'omrade'; item: Stored<Omrade> }
  | { kind: 'risk'; item: Stored<Risk> }
  | { kind: 'kontrollmoment'; item: Stored<Kontrollmoment> }
  | { kind: 'atgard'; item: Stored<Atgard> }
  | { kind: 'followUp'; item: Stored<FollowUp> };

/** The rows that go with a delete (the item itself not counted), and for an område the risks it leaves. */
export interface DeleteImpact {
  omraden: number;
  risker: number;
  kontrollmoment: number;
  atgarder: number;
  uppfoljningar: number;
  avvikelser: number;
  /** Risks that stay, without område (deleting an område). */
  risksLeft: number;
}

const none = (): DeleteImpact => ({ omraden: 0, risker: 0, kontrollmoment: 0, atgarder: 0, uppfoljningar: 0, avvikelser: 0, risksLeft: 0 });

/** Counts follow-ups of the targets and their avvikelser into the impact. */
function countFollowUps(view: PlanView, targetKeys: string[], impact: DeleteImpact): void {
  const followUps = view.uppfoljningar.filter((f) => targetKeys.indexOf(f.targetKey) >= 0);
  const keys = followUps.map((f) => f.key);
  impact.uppfoljningar += followUps.length;
  impact.avvikelser += view.avvikelser.filter((a) => keys.indexOf(a.followUpKey) >= 0).length;
}

/** What goes with the delete of a target. */
export function deleteImpact(view: PlanView, target: DeleteTarget): DeleteImpact {
  const impact = none();
  switch (target.kind) {
    case 'plan':
      return {
        omraden: view.plan.omraden.length,
        risker: view.risker.length,
        kontrollmoment: view.kontrollmoment.length,
        atgarder: view.atgarder.length,
        uppfoljningar: view.uppfoljningar.length,
        avvikelser: view.avvikelser.length,
        risksLeft: 0
      };
    case 'omrade':
      impact.risksLeft = view.risker.filter((r) => r.omradeKey === target.item.key).length;
      return impact;
    case 'risk': {
      const km = view.kontrollmoment.filter((k) => k.riskKey === target.item.key);
      const atgarder = view.atgarder.filter((a) => a.riskKey === target.item.key);
      impact.kontrollmoment = km.length;
      impact.atgarder = atgarder.length;
      countFollowUps(view, [target.item.key, ...km.map((k) => k.key), ...atgarder.map((a) => a.key)], impact);
      return impact;
    }
    case 'kontrollmoment':
    case 'atgard':
      countFollowUps(view, [target.item.key], impact);
      return impact;
    case 'followUp':
      impact.avvikelser = view.avvikelser.filter((a) => a.followUpKey === target.item.key).length;
      return impact;
  }
}

/** The list each kind of deleted item lives in. */
const OWN_LIST: Record<DeleteTarget['kind'], ProductListKey> = {
  plan: 'planer',
  omrade: 'omraden',
  risk: 'risker',
  kontrollmoment: 'kontrollmoment',
  atgard: 'atgarder',
  followUp: 'uppfoljningar'
};

/**
 * The lists a delete writes to that the user may not write as it needs (delete, or edit for the
 * risks an område leaves), in the order of the impact sentence. The data layer deletes the item
 * first and then what goes with it, so a delete is offered only when all of it may go: never a
 * risk gone and its follow-ups left behind.
 */
export function listsRefusingDelete(target: DeleteTarget, impact: DeleteImpact, permissions: Record<ProductListKey, ListPermissions>): ProductListKey[] {
  const needed: Array<[ProductListKey, boolean]> = [
    ['planer', target.kind === 'plan'],
    ['omraden', target.kind === 'omrade' || impact.omraden > 0],
    ['risker', target.kind === 'risk' || impact.risker > 0],
    ['kontrollmoment', target.kind === 'kontrollmoment' || impact.kontrollmoment > 0],
    ['atgarder', target.kind === 'atgard' || impact.atgarder > 0],
    ['uppfoljningar', target.kind === 'followUp' || impact.uppfoljningar > 0],
    ['avvikelser', impact.avvikelser > 0]
  ];
  const refused = needed.filter(([list, needs]) => needs && !(permissions[list] && permissions[list].delete)).map(([list]) => list);
  if (impact.risksLeft > 0 && !(permissions.risker && permissions.risker.edit) && refused.indexOf('risker') < 0) {
    refused.push('risker');
  }
  // The item's own list first: it is what the user asked to delete.
  const own = OWN_LIST[target.kind];
  return refused.indexOf(own) >= 0 ? [own, ...refused.filter((l) => l !== own)] : refused;
}

/** "3 områden, 12 risker … och 2 avvikelser tas bort.", or that nothing else goes. */
export function impactSentence(impact: DeleteImpact, strings: IUiStrings): string {
  const parts: string[] = [];
  const add = (n: number, one: string, many: string): void => {
    if (n > 0) {
      parts.push(formatText(n === 1 ? one : many, { n }));
    }
  };
  add(impact.omraden, strings.countOmrade, strings.countOmraden);
  add(impact.risker, strings.countRisk, strings.countRisker);
  add(impact.kontrollmoment, strings.countKontrollmoment, strings.countKontrollmomentPlural);
  add(impact.atgarder, strings.countAtgard, strings.countAtgarder);
  add(impact.uppfoljningar, strings.countUppfoljning, strings.countUppfoljningar);
  add(impact.avvikelser, strings.countAvvikelse, strings.countAvvikelser);
  const sentences: string[] = [];
  if (parts.length > 0) {
    const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} ${strings.and} ${parts[parts.length - 1]}`;
    sentences.push(formatText(strings.deleteGoesWith, { list }));
  } else {
    sentences.push(strings.deleteNothingElse);
  }
  if (impact.risksLeft > 0) {
    sentences.push(formatText(impact.risksLeft === 1 ? strings.deleteRiskLeft : strings.deleteRisksLeft, { n: impact.risksLeft }));
  }
  return sentences.join(' ');
}
