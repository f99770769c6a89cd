/**
 * Problems found in a report shape, each with the path inside the shape written the way the
 * shape itself is written (`tabeller[0].kolumner[2].falt`) and a Swedish message (English
 * second) that starts with that path.
 */

/** The rules a shape is checked against. */
export type ReportShapeIssueCode =
  /** The text is not JSON. */
  | 'not-json'
  /** A value has the wrong type (text where a number belongs, …). */
  | 'wrong-type'
  /** A required value is missing or empty. */
  | 'required'
  /** A key the format does not have (often a typo). */
  | 'unknown-key'
  /** A source field the catalogue does not have. */
  | 'unknown-field'
  /** A field that has no value on the table's kind of row. */
  | 'field-not-on-rows'
  /** A width that is not a number above 0 and at most 100. */
  | 'bad-width'
  /** A choice outside its allowed values (grouping, status display, …). */
  | 'unknown-value'
  /** A template with an unknown placeholder or unpaired braces. */
  | 'bad-template'
  /** An id already used by another shape. */
  | 'duplicate-id'
  /** An id with other characters than a–z, 0–9 and hyphens. */
  | 'bad-id'
  /** A list with no items where at least one is needed. */
  | 'empty-list'
  /** A list or text longer than allowed. */
  | 'too-long'
  /** A number outside its range. */
  | 'out-of-range'
  /** A colour not written "#rrggbb". */
  | 'bad-colour'
  /** A per-period column whose field does not belong to a period. */
  | 'not-per-period'
  /** A level display on a field that is not a risk level. */
  | 'not-a-level'
  /** A commentary after groups in a table without grouping. */
  | 'commentary-without-grouping';

/** One problem in a shape. */
export interface ReportShapeIssue {
  /** Where: `tabeller[0].kolumner[2].falt`; "" for the shape as a whole. */
  path: string;
  /** The rule. */
  code: ReportShapeIssueCode;
  /** Swedish message starting with the path, e.g. `tabeller[0].kolumner[2].falt: okänt fält "Statsu"`. */
  message: string;
  /** English message starting with the path. */
  messageEn: string;
}

/** Builds an issue; the path goes in front of both messages. */
export function shapeIssue(path: string, code: ReportShapeIssueCode, sv: string, en: string): ReportShapeIssue {
  const prefix = path === '' ? '' : `${path}: `;
  return { path, code, message: prefix + sv, messageEn: prefix + en };
}

/** Levenshtein distance, for "menade du …?" suggestions. */
function distance(a: string, b: string): number {
  const previous: number[] = [];
  for (let j = 0; j <= b.length; j++) {
    previous.push(j);
  }
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}

/**
 * The candidate closest to what was written, compared whole and by its last dotted segment
 * (so "Statsu" finds "uppfoljning.status"); undefined when nothing is close. Earlier candidates
 * win ties, so callers list the likelier ones first.
 */
export function closestName(written: string, candidates: readonly string[]): string | undefined {
  const input = written.toLowerCase();
  let best: string | undefined;
  let bestScore = Number.MAX_SAFE_INTEGER;
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    const last = lower.slice(lower.lastIndexOf('.') + 1);
    const score = Math.min(distance(input, lower), distance(input, last));
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(input.length / 3)) ? best : undefined;
}
