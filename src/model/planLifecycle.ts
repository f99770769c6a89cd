/**
 * The plan's life cycle (utkast → beslutad → avslutad) and the lock on a decided plan: once the
 * nämnd has decided the plan, its risks, their ratings and its kontrollmoment change only with
 * a recorded reason (`andringsorsak`). Pure rules, used by the forms and by the data layer, so
 * a change without a reason is refused before anything is written, whoever sends it.
 */
import { PLAN_STATUSES, PlanStatus } from './choices';
import { FIELD_LIMITS } from './limits';
import { sanitizeRichText } from './richText';
import type { Kontrollmoment, Plan, Risk, ValidationIssue } from './types';

/** The statuses a plan may move to from each status: one step forward, never back. */
export const PLAN_TRANSITIONS: Readonly<Record<PlanStatus, readonly PlanStatus[]>> = {
  Utkast: ['Beslutad'],
  Beslutad: ['Avslutad'],
  Avslutad: []
};

/** True when the plan's risks, ratings and kontrollmoment are locked (decided or closed). */
export function isPlanLocked(status: PlanStatus | undefined): boolean {
  return status === 'Beslutad' || status === 'Avslutad';
}

function label(status: string, en: boolean): string {
  const option = PLAN_STATUSES.filter((o) => o.value === status)[0];
  return option ? (en ? option.labelEn : option.label) : status;
}

/**
 * Checks a change of the plan's status: only the steps of PLAN_TRANSITIONS, and a plan that is
 * decided must have its beslutsdatum. `previous` is the stored status, undefined for a new plan
 * (a new plan is checked only for the beslutsdatum of a non-draft status it is created with).
 */
export function validatePlanTransition(previous: PlanStatus | undefined, plan: Pick<Plan, 'status' | 'beslutsdatum'>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (previous !== undefined && previous !== plan.status && (PLAN_TRANSITIONS[previous] || []).indexOf(plan.status) < 0) {
    const allowed = (PLAN_TRANSITIONS[previous] || []).map((s) => label(s, false));
    const allowedEn = (PLAN_TRANSITIONS[previous] || []).map((s) => label(s, true));
    issues.push({
      field: 'plan.status',
      fieldLabel: 'Status',
      code: 'invalid-transition',
      message:
        `Status kan inte ändras från ${label(previous, false).toLocaleLowerCase('sv-SE')} till ${label(plan.status, false).toLocaleLowerCase('sv-SE')} för planen.` +
        (allowed.length > 0 ? ` Nästa steg är ${allowed.join(', ').toLocaleLowerCase('sv-SE')}.` : ' En avslutad plan ändrar inte status.'),
      messageEn:
        `Status cannot change from ${label(previous, true).toLowerCase()} to ${label(plan.status, true).toLowerCase()} for the plan.` +
        (allowedEn.length > 0 ? ` The next step is ${allowedEn.join(', ').toLowerCase()}.` : ' A closed plan does not change status.')
    });
  }
  const changed = previous === undefined || previous !== plan.status;
  if (changed && plan.status === 'Beslutad' && (typeof plan.beslutsdatum !== 'string' || plan.beslutsdatum.trim() === '')) {
    issues.push({
      field: 'plan.beslutsdatum',
      fieldLabel: 'Beslutsdatum',
      code: 'required',
      message: 'Beslutsdatum måste fyllas i när planen beslutas.',
      messageEn: 'Decision date is required when the plan is adopted.'
    });
  }
  return issues;
}

/** The fields of a risk a decided plan locks. Moving it (`ordning`) is not a change of the risk. */
const LOCKED_RISK_FIELDS: ReadonlyArray<keyof Risk> = ['titel', 'beskrivning', 'obligatorisk', 'sannolikhet', 'konsekvens', 'omradeKey', 'nr'];

/** The fields of a kontrollmoment a decided plan locks. */
const LOCKED_KONTROLLMOMENT_FIELDS: ReadonlyArray<keyof Kontrollmoment> = [
  'riskKey',
  'nr',
  'beskrivning',
  'kortnamn',
  'kontrollmetod',
  'ansvarig',
  'rapporteringsansvarig',
  'frekvens',
  'obligatorisk',
  'startdatum',
  'avstamningsdatum',
  'slutdatum'
];

/** Fields holding rich text, compared as sanitised HTML so an editor's spelling of the same text is no change. */
const RICH_FIELDS: readonly string[] = ['beskrivning', 'kontrollmetod'];

/** A value as compared: empty and missing are the same, text trimmed, rich text sanitised. */
function comparable(field: string, value: unknown): string {
  if (value === undefined || value === null || value === '') {
    return '';
  }
  if (Array.isArray(value)) {
    return value.join(',');
  }
  if (typeof value === 'string') {
    return RICH_FIELDS.indexOf(field) >= 0 ? sanitizeRichText(value).trim() : value.trim();
  }
  return String(value);
}

/** The locked fields whose value differs between the stored item and the edited one. */
export function lockedFieldsChanged<T extends Risk | Kontrollmoment>(kind: 'risk' | 'kontrollmoment', before: T | undefined, after: T): string[] {
  const fields = (kind === 'risk' ? LOCKED_RISK_FIELDS : LOCKED_KONTROLLMOMENT_FIELDS) as ReadonlyArray<string>;
  if (!before) {
    return fields.slice();
  }
  const a = before as unknown as Record<string, unknown>;
  const b = after as unknown as Record<string, unknown>;
  return fields.filter((field) => comparable(field, a[field]) !== comparable(field, b[field]));
}

/**
 * The lock of a decided plan on one risk or kontrollmoment: adding one, or changing a locked
 * field of one, needs an `andringsorsak` (at most its column's length). `before` is the stored
 * item (undefined for a new one); `path` the issue path of the item, e.g. "risker[3]".
 */
export function validateLockedChange<T extends Risk | Kontrollmoment>(
  planStatus: PlanStatus | undefined,
  kind: 'risk' | 'kontrollmoment',
  before: T | undefined,
  after: T,
  path: string
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const reason = typeof after.andringsorsak === 'string' ? after.andringsorsak.trim() : '';
  const limit = (kind === 'risk' ? FIELD_LIMITS.risk.andringsorsak : FIELD_LIMITS.kontrollmoment.andringsorsak).maxLength;
  if (reason.length > limit) {
    issues.push({
      field: `${path}.andringsorsak`,
      fieldLabel: 'Ändringsorsak',
      code: 'too-long',
      message: `Ändringsorsak får vara högst ${limit} tecken (nu ${reason.length}).`,
      messageEn: `Reason for change may be at most ${limit} characters (now ${reason.length}).`
    });
  }
  if (!isPlanLocked(planStatus) || reason !== '' || lockedFieldsChanged(kind, before, after).length === 0) {
    return issues;
  }
  const what =
    kind === 'risk'
      ? { sv: `risken ”${(after as Risk).titel || (after as Risk).nr}”`, en: `the risk “${(after as Risk).titel || (after as Risk).nr}”` }
      : { sv: `kontrollmoment ${(after as Kontrollmoment).nr}`, en: `control ${(after as Kontrollmoment).nr}` };
  const verb = before ? { sv: 'ändras', en: 'changed' } : { sv: 'läggs till', en: 'added' };
  issues.push({
    field: `${path}.andringsorsak`,
    fieldLabel: 'Ändringsorsak',
    code: 'reason-required',
    message: `Ändringsorsak måste fyllas i: planen är beslutad och ${what.sv} ${verb.sv}.`,
    messageEn: `A reason for the change is required: the plan is adopted and ${what.en} is being ${verb.en}.`
  });
  return issues;
}
