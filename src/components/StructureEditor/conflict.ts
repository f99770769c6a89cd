/**
 * Two users on one item: after the second save is refused, the fresh version ("theirs") and the
 * form ("yours") side by side, field by field. Each differing field is chosen separately; the
 * default keeps what you changed and takes what only they changed.
 */
import { Draft, DraftValue, sameValue } from './structureDraft';

/** One field that differs between their version and yours. */
export interface ConflictRow {
  /** Model field name. */
  field: string;
  /** Their value (the stored version now). */
  theirs: DraftValue | undefined;
  /** Your value (the form). */
  yours: DraftValue | undefined;
  /** True when you changed this field since you opened the form. */
  changedByYou: boolean;
}

/** Whose value a field takes. */
export type ConflictChoice = 'theirs' | 'yours';

/** The fields that differ, in the form's field order. */
export function conflictRows(fields: string[], opened: Draft, yours: Draft, theirs: Draft): ConflictRow[] {
  return fields
    .filter((field) => !sameValue(theirs[field], yours[field]))
    .map((field) => ({ field, theirs: theirs[field], yours: yours[field], changedByYou: !sameValue(opened[field], yours[field]) }));
}

/** The default choice of each row: yours where you changed the field, theirs elsewhere. */
export function defaultChoices(rows: ConflictRow[]): Record<string, ConflictChoice> {
  const choices: Record<string, ConflictChoice> = {};
  rows.forEach((row) => {
    choices[row.field] = row.changedByYou ? 'yours' : 'theirs';
  });
  return choices;
}

/** The draft after the choices: their version with the fields you chose to keep from yours. */
export function mergeChoices(yours: Draft, theirs: Draft, rows: ConflictRow[], choices: Record<string, ConflictChoice>): Draft {
  const merged: Draft = { ...theirs };
  // Fields that did not differ are the same either way; the reason for a change is always yours.
  Object.keys(yours).forEach((field) => {
    if (!rows.some((row) => row.field === field)) {
      merged[field] = yours[field];
    }
  });
  rows.forEach((row) => {
    merged[row.field] = choices[row.field] === 'theirs' ? (row.theirs as DraftValue) : (row.yours as DraftValue);
  });
  return merged;
}
