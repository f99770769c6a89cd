/**
 * Two users on one item, for any form: after the second save is refused, the fresh version
 * ("theirs") and the form ("yours") side by side, field by field. A form describes itself as
 * field values by name; each differing field is chosen separately, and the default keeps what
 * you changed and takes what only they changed. Pure: the editors map their drafts to and from
 * these records.
 */

/** A form's values by field name; a missing or undefined value is "not set". */
export type FieldValues<V> = Readonly<Record<string, V | undefined>>;

/** Whether two values of a field are the same (rich text compares as the model stores it, …). */
export type SameValue<V> = (a: V | undefined, b: V | undefined, field: string) => boolean;

/** One field that differs between their version and yours. */
export interface ConflictRow<V> {
  /** Field name. */
  field: string;
  /** Their value (the stored version now). */
  theirs: V | undefined;
  /** Your value (the form). */
  yours: V | undefined;
  /** True when you changed this field since you opened the form. */
  changedByYou: boolean;
}

/** Whose value a field takes. */
export type ConflictChoice = 'theirs' | 'yours';

/** The choice per field name. */
export type ConflictChoices = Record<string, ConflictChoice>;

/** The fields that differ between theirs and yours, in the order of `fields`. */
export function conflictRows<V>(fields: string[], opened: FieldValues<V>, yours: FieldValues<V>, theirs: FieldValues<V>, same: SameValue<V>): ConflictRow<V>[] {
  return fields
    .filter((field) => !same(theirs[field], yours[field], field))
    .map((field) => ({ field, theirs: theirs[field], yours: yours[field], changedByYou: !same(opened[field], yours[field], field) }));
}

/** The default choice of each row: yours where you changed the field, theirs elsewhere. */
export function defaultChoices<V>(rows: ConflictRow<V>[]): ConflictChoices {
  const choices: ConflictChoices = {};
  rows.forEach((row) => {
    choices[row.field] = row.changedByYou ? 'yours' : 'theirs';
  });
  return choices;
}

/** Yours in every row: "Skriv över med min version". */
export function allYours<V>(rows: ConflictRow<V>[]): ConflictChoices {
  const choices: ConflictChoices = {};
  rows.forEach((row) => {
    choices[row.field] = 'yours';
  });
  return choices;
}

/** The choice of a field: the one made, or the default when none was (a field added later). */
export function choiceOf<V>(row: ConflictRow<V>, choices: ConflictChoices): ConflictChoice {
  return choices[row.field] || (row.changedByYou ? 'yours' : 'theirs');
}

/**
 * The values after the choices: their version, with your values wherever the field did not
 * differ (the same either way, or a field only the form has, such as a change's reason) and
 * the chosen side wherever it did.
 */
export function mergeChoices<V>(yours: FieldValues<V>, theirs: FieldValues<V>, rows: ConflictRow<V>[], choices: ConflictChoices): Record<string, V | undefined> {
  const merged: Record<string, V | undefined> = { ...theirs };
  Object.keys(yours).forEach((field) => {
    if (!rows.some((row) => row.field === field)) {
      merged[field] = yours[field];
    }
  });
  rows.forEach((row) => {
    merged[row.field] = choiceOf(row, choices) === 'theirs' ? row.theirs : row.yours;
  });
  return merged;
}
