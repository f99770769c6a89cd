/**
 * The structure editors' two-user conflict: the shared field-by-field comparison
 * (common/conflict/fieldConflict.ts) over their drafts, with the drafts' own equality.
 */
import * as fieldConflict from '../common/conflict/fieldConflict';
import type { ConflictChoices } from '../common/conflict/fieldConflict';
import { Draft, DraftValue, sameValue } from './structureDraft';

export type { ConflictChoice, ConflictChoices } from '../common/conflict/fieldConflict';
export { defaultChoices } from '../common/conflict/fieldConflict';

/** One field that differs between their draft and yours. */
export type ConflictRow = fieldConflict.ConflictRow<DraftValue>;

/** The fields that differ, in the form's field order. */
export function conflictRows(fields: string[], opened: Draft, yours: Draft, theirs: Draft): ConflictRow[] {
  return fieldConflict.conflictRows<DraftValue>(fields, opened, yours, theirs, (a, b) => sameValue(a, b));
}

/** The draft after the choices: their version with the fields you chose to keep from yours (the reason for a change is always yours). */
export function mergeChoices(yours: Draft, theirs: Draft, rows: ConflictRow[], choices: ConflictChoices): Draft {
  return fieldConflict.mergeChoices<DraftValue>(yours, theirs, rows, choices) as Draft;
}
