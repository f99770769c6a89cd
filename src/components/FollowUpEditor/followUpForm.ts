/**
 * The follow-up form's fields and validation: field ids, and the model's issues for the draft
 * (validateFollowUp) placed on the field each concerns.
 */
import type { PlanView } from '../../data/InternkontrollService';
import { validateFollowUp } from '../../model';
import type { ValidationIssue } from '../../model';
import type { FollowUpTarget } from '../common/planViewQueries';
import { FollowUpDraft, followUpToSave } from './followUpDraft';

/** A field of the follow-up itself in the form. */
export type FollowUpField = 'status' | 'resultat' | 'kommentar' | 'sannolikhet' | 'konsekvens';

/** Id of the form field of the follow-up's own fields. */
export function followUpFieldId(field: FollowUpField): string {
  return `ik-uppfoljning-${field}`;
}

/** Id of a form field of an avvikelse row. */
export function avvikelseFieldId(avvikelseKey: string, field: 'beskrivning' | 'atgard' | 'slutdatum' | 'status'): string {
  return `ik-avvikelse-${avvikelseKey}-${field}`;
}

/** A validation problem placed on a form field. */
export interface FormIssue {
  /** Id of the field it belongs to; undefined when no field of the form holds the value. */
  fieldId?: string;
  /** Swedish message naming the field. */
  message: string;
  /** English message. */
  messageEn: string;
}

/** The form field of an issue path below "uppfoljningar[0].", e.g. "riskvardering.konsekvens". */
function followUpFieldOf(path: string): FollowUpField | undefined {
  const field = path.replace(/^riskvardering\./, '');
  const fields: FollowUpField[] = ['status', 'resultat', 'kommentar', 'sannolikhet', 'konsekvens'];
  return fields.indexOf(field as FollowUpField) >= 0 ? (field as FollowUpField) : undefined;
}

/**
 * Validates the draft with the model's rules for one follow-up (validateFollowUp against the
 * plan's matrix, periods and entities) and places each issue on the form field it concerns.
 */
export function validateDraft(view: PlanView, target: FollowUpTarget, periodKey: string, draft: FollowUpDraft): FormIssue[] {
  const toSave = followUpToSave(target, periodKey, draft);
  const issues: ValidationIssue[] = validateFollowUp(toSave.followUp, toSave.avvikelser, {
    riskMatrix: view.plan.riskMatrix,
    perioder: view.plan.perioder,
    targets: { kontrollmoment: view.kontrollmoment, atgard: view.atgarder, risk: view.risker }
  });
  const formIssues: FormIssue[] = [];
  for (const issue of issues) {
    const followUpMatch = /^uppfoljningar\[0\]\.([\w.]+)/.exec(issue.field);
    if (followUpMatch) {
      const field = followUpFieldOf(followUpMatch[1]);
      formIssues.push({ fieldId: field ? followUpFieldId(field) : undefined, message: issue.message, messageEn: issue.messageEn });
      continue;
    }
    const avvikelseMatch = /^avvikelser\[(\d+)\]\.(\w+)/.exec(issue.field);
    if (avvikelseMatch) {
      const saved = toSave.avvikelser[Number(avvikelseMatch[1])];
      const field = avvikelseMatch[2];
      const fieldId =
        saved && (field === 'beskrivning' || field === 'atgard' || field === 'slutdatum' || field === 'status') ? avvikelseFieldId(saved.key, field) : undefined;
      formIssues.push({ fieldId, message: issue.message, messageEn: issue.messageEn });
      continue;
    }
    // Issues of the follow-up as a whole (e.g. its target) have no field but still stop the save.
    formIssues.push({ message: issue.message, messageEn: issue.messageEn });
  }
  return formIssues;
}

/** The issues of one field. */
export function issuesFor(issues: FormIssue[], fieldId: string): FormIssue[] {
  return issues.filter((issue) => issue.fieldId === fieldId);
}
