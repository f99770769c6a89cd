/**
 * The follow-up form's two-user conflict: its draft as field values for the shared comparison
 * (common/conflict/fieldConflict.ts), the draft the choices make, and the rows as the
 * comparison shows them. Fields: the period's rating (a risk), status, resultat (a
 * kontrollmoment), kommentar, and per avvikelse its beskrivning, åtgärd, slutdatum and status;
 * an avvikelse only one version has is one row of its own ("Avvikelse 2").
 */
import type { FollowUpStatus, Resultat, RiskMatrix } from '../../model';
import { conflictRows, ConflictChoices, ConflictRow, choiceOf, FieldValues, SameValue } from '../common/conflict/fieldConflict';
import type { ConflictPanelRow, ConflictValue } from '../common/ConflictPanel/ConflictPanel';
import { resultatLabel, statusLabel } from '../common/labels';
import type { FollowUpTarget } from '../common/planViewQueries';
import { formatText } from '../i18n';
import type { IUiStrings } from '../i18n';
import { sameRichText } from '../RichTextEditor/editorHtml';
import type { AvvikelseDraft, FollowUpDraft } from './followUpDraft';

/** A value of the follow-up form: a field's text, or a whole avvikelse (its presence row). */
export type FollowUpConflictValue = string | AvvikelseDraft;

/** The fields of an avvikelse the comparison shows, in the form's order. */
export const AVVIKELSE_FIELDS = ['beskrivning', 'atgard', 'slutdatum', 'status'] as const;

/** An avvikelse's own field. */
export type AvvikelseField = (typeof AVVIKELSE_FIELDS)[number];

/** The name of an avvikelse's presence row, or of one of its fields. */
export function avvikelseConflictField(key: string, field?: AvvikelseField): string {
  return field ? `avvikelse:${key}:${field}` : `avvikelse:${key}`;
}

/** The avvikelse key and field of a row name made by `avvikelseConflictField`; undefined for the follow-up's own fields. */
export function parseAvvikelseField(name: string): { key: string; field?: AvvikelseField } | undefined {
  const match = /^avvikelse:(.+?)(?::(beskrivning|atgard|slutdatum|status))?$/.exec(name);
  return match ? { key: match[1], field: match[2] as AvvikelseField | undefined } : undefined;
}

/** The follow-up's own fields the form shows for the target, in the form's order. */
function ownFields(target: FollowUpTarget): string[] {
  if (target.type === 'risk') {
    return ['sannolikhet', 'konsekvens', 'kommentar'];
  }
  return target.type === 'kontrollmoment' ? ['status', 'resultat', 'kommentar'] : ['status', 'kommentar'];
}

const text = (value: string | number | undefined): string | undefined => (value === undefined || value === '' ? undefined : String(value));

/** The draft as field values: the follow-up's own fields and each avvikelse with its fields. */
export function followUpValues(draft: FollowUpDraft): FieldValues<FollowUpConflictValue> {
  const values: Record<string, FollowUpConflictValue | undefined> = {
    status: text(draft.status),
    resultat: text(draft.resultat),
    sannolikhet: text(draft.sannolikhet),
    konsekvens: text(draft.konsekvens),
    kommentar: draft.kommentar
  };
  draft.avvikelser.forEach((avvikelse) => {
    values[avvikelseConflictField(avvikelse.key)] = avvikelse;
    AVVIKELSE_FIELDS.forEach((field) => {
      values[avvikelseConflictField(avvikelse.key, field)] = text(avvikelse[field]);
    });
  });
  return values;
}

/** Same value: rich text as stored, an avvikelse by presence (its fields have rows of their own), text as typed but trimmed. */
export const sameFollowUpValue: SameValue<FollowUpConflictValue> = (a, b, field) => {
  if (field === 'kommentar') {
    return sameRichText(a as string | undefined, b as string | undefined);
  }
  if (typeof a === 'object' || typeof b === 'object') {
    return (a === undefined) === (b === undefined);
  }
  return (a || '').trim() === (b || '').trim();
};

/** The avvikelse keys of both versions: yours in your order, then those only they have. */
function avvikelseKeys(yours: FollowUpDraft, theirs: FollowUpDraft): string[] {
  const keys = yours.avvikelser.map((a) => a.key);
  theirs.avvikelser.forEach((a) => {
    if (keys.indexOf(a.key) < 0) {
      keys.push(a.key);
    }
  });
  return keys;
}

const has = (draft: FollowUpDraft, key: string): boolean => draft.avvikelser.some((a) => a.key === key);

/**
 * The rows that differ between their follow-up and your form. `opened` is the form as it was
 * opened (so "changed by you" is known).
 */
export function followUpConflictRows(target: FollowUpTarget, opened: FollowUpDraft, yours: FollowUpDraft, theirs: FollowUpDraft): ConflictRow<FollowUpConflictValue>[] {
  const fields = ownFields(target);
  avvikelseKeys(yours, theirs).forEach((key) => {
    if (has(yours, key) && has(theirs, key)) {
      AVVIKELSE_FIELDS.forEach((field) => fields.push(avvikelseConflictField(key, field)));
    } else {
      fields.push(avvikelseConflictField(key));
    }
  });
  return conflictRows(fields, followUpValues(opened), followUpValues(yours), followUpValues(theirs), sameFollowUpValue);
}

/**
 * The draft after the choices: their follow-up (its key and fresh ETag, their avvikelser with
 * theirs) with your value in every row you chose. An avvikelse they removed that you keep is
 * written again as new; one you removed stays removed unless you choose theirs.
 */
export function mergeFollowUpChoices(yours: FollowUpDraft, theirs: FollowUpDraft, rows: ConflictRow<FollowUpConflictValue>[], choices: ConflictChoices): FollowUpDraft {
  const chosen = (field: string): 'theirs' | 'yours' | undefined => {
    const row = rows.filter((r) => r.field === field)[0];
    return row ? choiceOf(row, choices) : undefined;
  };
  const merged: FollowUpDraft = { ...theirs };
  (['status', 'resultat', 'sannolikhet', 'konsekvens', 'kommentar'] as const).forEach((field) => {
    if (chosen(field) === 'yours') {
      (merged as unknown as Record<string, unknown>)[field] = yours[field];
    }
  });
  merged.avvikelser = [];
  avvikelseKeys(yours, theirs).forEach((key) => {
    const mine = yours.avvikelser.filter((a) => a.key === key)[0];
    const their = theirs.avvikelser.filter((a) => a.key === key)[0];
    if (mine && their) {
      const both: AvvikelseDraft = { ...their };
      AVVIKELSE_FIELDS.forEach((field) => {
        if (chosen(avvikelseConflictField(key, field)) === 'yours') {
          (both as unknown as Record<string, unknown>)[field] = mine[field];
        }
      });
      merged.avvikelser.push(both);
      return;
    }
    const side = chosen(avvikelseConflictField(key));
    if (side === 'theirs' && their) {
      merged.avvikelser.push(their);
    } else if (side === 'yours' && mine) {
      // Kept though they deleted it: it is created again rather than updated.
      merged.avvikelser.push(mine.stored ? { ...mine, stored: undefined } : mine);
    }
  });
  return merged;
}

/** The shown number of an avvikelse ("Avvikelse 2"): its place in your form, else in theirs. */
function avvikelseNumber(key: string, yours: FollowUpDraft, theirs: FollowUpDraft): number {
  const mine = yours.avvikelser.map((a) => a.key).indexOf(key);
  return mine >= 0 ? mine + 1 : theirs.avvikelser.map((a) => a.key).indexOf(key) + 1;
}

/**
 * The rows as the comparison shows them: labels as in the form, choices by their labels
 * (steps by the plan's matrix), the kommentar as rich text.
 */
export function followUpConflictPanelRows(
  target: FollowUpTarget,
  matrix: RiskMatrix,
  rows: ConflictRow<FollowUpConflictValue>[],
  yours: FollowUpDraft,
  theirs: FollowUpDraft,
  strings: IUiStrings
): ConflictPanelRow[] {
  const step = (steps: RiskMatrix['sannolikhet'], value: string | undefined): string => {
    const n = Number(value);
    return value === undefined ? strings.ratingStepNotSet : formatText(strings.ratingStepOption, { n, label: steps[n - 1] ? steps[n - 1].label : '' });
  };
  const avvikelseText = (a: AvvikelseDraft | undefined): string =>
    a === undefined
      ? strings.conflictAvvikelseMissing
      : [
          `${strings.fieldAvvikelseBeskrivning}: ${a.beskrivning.trim() || strings.emptyValue}`,
          `${strings.fieldAvvikelseAtgard}: ${a.atgard.trim() || strings.emptyValue}`,
          `${strings.fieldAvvikelseSlutdatum}: ${a.slutdatum || strings.emptyValue}`,
          `${strings.fieldAvvikelseStatus}: ${a.status ? statusLabel(a.status, strings) : strings.statusNotSet}`
        ].join('\n');
  const fieldLabels: Record<AvvikelseField, string> = {
    beskrivning: strings.fieldAvvikelseBeskrivning,
    atgard: strings.fieldAvvikelseAtgard,
    slutdatum: strings.fieldAvvikelseSlutdatum,
    status: strings.fieldAvvikelseStatus
  };
  return rows.map((row) => {
    const shown = (value: FollowUpConflictValue | undefined): ConflictValue => {
      const typed = typeof value === 'string' ? value : undefined;
      switch (row.field) {
        case 'status':
          return { text: typed ? statusLabel(typed as FollowUpStatus, strings) : strings.statusNotSet };
        case 'resultat':
          return { text: typed ? resultatLabel(typed as Resultat, strings) : strings.resultatNotSet };
        case 'sannolikhet':
          return { text: step(matrix.sannolikhet, typed) };
        case 'konsekvens':
          return { text: step(matrix.konsekvens, typed) };
        case 'kommentar':
          return { richText: typed || '' };
      }
      const field = (parseAvvikelseField(row.field) || { field: undefined }).field;
      if (field === undefined) {
        return { text: avvikelseText(value as AvvikelseDraft | undefined) };
      }
      return { text: field === 'status' ? (typed ? statusLabel(typed as FollowUpStatus, strings) : strings.statusNotSet) : (typed || '').trim() };
    };
    const label = ((): string => {
      switch (row.field) {
        case 'status':
          return strings.fieldStatus;
        case 'resultat':
          return strings.fieldResultat;
        case 'sannolikhet':
          return strings.fieldSannolikhet;
        case 'konsekvens':
          return strings.fieldKonsekvens;
        case 'kommentar':
          return target.type === 'risk' ? strings.fieldRiskanalys : strings.fieldKommentar;
      }
      const parsed = parseAvvikelseField(row.field) || { key: '', field: undefined };
      const heading = formatText(strings.avvikelseHeading, { n: avvikelseNumber(parsed.key, yours, theirs) });
      return parsed.field ? `${heading}: ${fieldLabels[parsed.field]}` : heading;
    })();
    return { field: row.field, label, theirs: shown(row.theirs), yours: shown(row.yours) };
  });
}
