/**
 * The plan editor's and the structure editors' state: what each kind of item edits as a draft
 * of field values (text as typed, so a bad value is kept and reported, never lost), and what a
 * draft saves as. One shape for the plan, områden, risks, kontrollmoment and åtgärder.
 */
import type { PlanView, Stored, StoredPlan } from '../../data/InternkontrollService';
import { buildStandardPeriods, createDefaultMatrix4x4 } from '../../model';
import type { Atgard, FollowUpStatus, Kontrollmoment, Omrade, OrganisationSettings, PlanStatus, Risk } from '../../model';

/** The kinds of item the editors edit. */
export type StructureKind = 'plan' | 'omrade' | 'risk' | 'kontrollmoment' | 'atgard';

/** A field value in a draft: text as typed, a checkbox, or a list of dates. */
export type DraftValue = string | boolean | string[];

/** A draft: the field values by model field name. */
export type Draft = Record<string, DraftValue>;

/** The stored item a draft edits (undefined for a new one), by kind. */
export type StoredItem = StoredPlan | Stored<Omrade> | Stored<Risk> | Stored<Kontrollmoment> | Stored<Atgard>;

/** What an editor is opened on. */
export interface EditTarget {
  /** Kind of item. */
  kind: StructureKind;
  /** The stored item; undefined to create one. */
  item?: StoredItem;
  /** For a new risk: its område; for a new kontrollmoment or åtgärd: its risk's key. */
  parentKey?: string;
  /** The key a new item gets (made once, kept across retries and restored drafts). */
  newKey: string;
}

const text = (value: string | number | undefined): string => (value === undefined ? '' : String(value));

/** The draft of a stored item, or of a new one with its defaults. */
export function draftOf(target: EditTarget, view: PlanView | undefined, today: string): Draft {
  const item = target.item as unknown as Record<string, unknown> | undefined;
  const get = (name: string): string => text(item ? (item[name] as string | number | undefined) : undefined);
  switch (target.kind) {
    case 'plan':
      return {
        namnd: get('namnd'),
        forvaltning: get('forvaltning'),
        ar: item ? get('ar') : String(Number(today.slice(0, 4)) + 1),
        diarienummer: get('diarienummer'),
        status: item ? get('status') : 'Utkast',
        beslutsdatum: get('beslutsdatum')
      };
    case 'omrade':
      return { namn: get('namn'), beskrivning: get('beskrivning') };
    case 'risk':
      return {
        nr: item ? get('nr') : String(nextNr(view ? view.risker : [])),
        omradeKey: item ? get('omradeKey') : target.parentKey || '',
        titel: get('titel'),
        beskrivning: get('beskrivning'),
        obligatorisk: item ? item.obligatorisk === true : false,
        sannolikhet: get('sannolikhet'),
        konsekvens: get('konsekvens'),
        andringsorsak: ''
      };
    case 'kontrollmoment':
      return {
        nr: item ? get('nr') : String(nextNr(view ? view.kontrollmoment : [])),
        riskKey: item ? get('riskKey') : target.parentKey || '',
        beskrivning: get('beskrivning'),
        kortnamn: get('kortnamn'),
        kontrollmetod: get('kontrollmetod'),
        ansvarig: get('ansvarig'),
        rapporteringsansvarig: get('rapporteringsansvarig'),
        frekvens: get('frekvens'),
        obligatorisk: item ? item.obligatorisk === true : false,
        startdatum: get('startdatum'),
        avstamningsdatum: item && Array.isArray(item.avstamningsdatum) ? (item.avstamningsdatum as string[]).slice() : [],
        slutdatum: get('slutdatum'),
        andringsorsak: ''
      };
    case 'atgard':
      return {
        riskKey: item ? get('riskKey') : target.parentKey || '',
        beskrivning: get('beskrivning'),
        detaljer: get('detaljer'),
        ansvarig: get('ansvarig'),
        rapporteringsansvarig: get('rapporteringsansvarig'),
        status: item ? get('status') : 'Ej påbörjad',
        startdatum: get('startdatum'),
        avstamningsdatum: item && Array.isArray(item.avstamningsdatum) ? (item.avstamningsdatum as string[]).slice() : [],
        slutdatum: get('slutdatum')
      };
  }
}

/** The next free number after the highest in use. */
function nextNr(items: Array<{ nr: number }>): number {
  return items.reduce((max, item) => Math.max(max, typeof item.nr === 'number' ? item.nr : 0), 0) + 1;
}

/**
 * A number field as typed: a whole number becomes a number, empty becomes absent, anything else
 * is passed on as typed so validation names it ("Nr (tre) måste vara ett positivt heltal").
 */
export function numberOf(value: DraftValue | undefined): number | undefined {
  const typed = typeof value === 'string' ? value.trim() : '';
  if (typed === '') {
    return undefined;
  }
  return /^-?\d+$/.test(typed) ? Number(typed) : (typed as unknown as number);
}

const optional = (value: DraftValue | undefined): string | undefined => {
  const typed = typeof value === 'string' ? value.trim() : '';
  return typed === '' ? undefined : typed;
};
const required = (value: DraftValue | undefined): string => (typeof value === 'string' ? value.trim() : '');
const dates = (value: DraftValue | undefined): string[] => (Array.isArray(value) ? value.map((d) => d.trim()).filter((d) => d !== '') : []);

/**
 * The item a draft saves as: the stored item with the edits (keeping its ETag), or a new one.
 * A new plan takes the organisation's default matrix and the standard tertial periods of its year.
 */
export function itemOf(target: EditTarget, draft: Draft, settings: OrganisationSettings | undefined): Record<string, unknown> {
  const base = (target.item ? { ...target.item } : { key: target.newKey }) as Record<string, unknown>;
  const set = (name: string, value: unknown): void => {
    if (value === undefined) {
      delete base[name];
    } else {
      base[name] = value;
    }
  };
  switch (target.kind) {
    case 'plan': {
      base.namnd = required(draft.namnd);
      set('forvaltning', optional(draft.forvaltning));
      set('ar', numberOf(draft.ar));
      set('diarienummer', optional(draft.diarienummer));
      base.status = (optional(draft.status) || 'Utkast') as PlanStatus;
      set('beslutsdatum', optional(draft.beslutsdatum));
      if (!target.item) {
        const year = typeof base.ar === 'number' ? base.ar : new Date().getFullYear();
        base.riskMatrix = settings && settings.defaultRiskMatrix ? settings.defaultRiskMatrix : createDefaultMatrix4x4();
        base.perioder = buildStandardPeriods(year);
        base.omraden = [];
      }
      return base;
    }
    case 'omrade':
      base.namn = required(draft.namn);
      set('beskrivning', optional(draft.beskrivning));
      if (!target.item) {
        base.ordning = 0; // set by the editor from the plan's områden
      }
      return base;
    case 'risk':
      set('nr', numberOf(draft.nr));
      set('omradeKey', optional(draft.omradeKey));
      base.titel = required(draft.titel);
      set('beskrivning', optional(draft.beskrivning));
      base.obligatorisk = draft.obligatorisk === true;
      set('sannolikhet', numberOf(draft.sannolikhet));
      set('konsekvens', numberOf(draft.konsekvens));
      set('andringsorsak', optional(draft.andringsorsak));
      return base;
    case 'kontrollmoment':
      set('nr', numberOf(draft.nr));
      base.riskKey = required(draft.riskKey);
      base.beskrivning = required(draft.beskrivning);
      ['kortnamn', 'kontrollmetod', 'ansvarig', 'rapporteringsansvarig', 'frekvens', 'startdatum', 'slutdatum', 'andringsorsak'].forEach((name) =>
        set(name, optional(draft[name]))
      );
      base.obligatorisk = draft.obligatorisk === true;
      set('avstamningsdatum', dates(draft.avstamningsdatum).length > 0 ? dates(draft.avstamningsdatum) : undefined);
      return base;
    case 'atgard':
      base.riskKey = required(draft.riskKey);
      base.beskrivning = required(draft.beskrivning);
      ['detaljer', 'ansvarig', 'rapporteringsansvarig', 'startdatum', 'slutdatum'].forEach((name) => set(name, optional(draft[name])));
      base.status = (optional(draft.status) || 'Ej påbörjad') as FollowUpStatus;
      base.avstamningsdatum = dates(draft.avstamningsdatum);
      return base;
  }
}

/** True when two field values are the same as far as the user can tell. */
export function sameValue(a: DraftValue | undefined, b: DraftValue | undefined): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return dates(a).join(',') === dates(b).join(',');
  }
  if (typeof a === 'boolean' || typeof b === 'boolean') {
    return (a === true) === (b === true);
  }
  return (a || '').trim() === (b || '').trim();
}

/** True when the draft differs from another in any field. */
export function draftChanged(draft: Draft, other: Draft): boolean {
  const names = Object.keys(draft).concat(Object.keys(other));
  return names.some((name) => !sameValue(draft[name], other[name]));
}
