/**
 * The editors' validation: the model's own rules for the item in the context of its plan (the
 * same calls the data layer makes before it writes), each issue placed on the field it names.
 */
import type { PlanView } from '../../data/InternkontrollService';
import { issuesAt, validateLockedChange, validatePlan, validatePlanData, validatePlanTransition } from '../../model';
import type { Kontrollmoment, OrganisationSettings, Plan, PlanData, Risk, ValidationIssue } from '../../model';
import type { EditTarget, StructureKind } from './structureDraft';

/** A validation problem placed on a field of the editor. */
export interface FieldIssue {
  /** The model field it concerns ("titel", "avstamningsdatum"), or undefined for the item as a whole. */
  field?: string;
  /** For a list field, the row (avstamningsdatum[1]). */
  index?: number;
  /** Swedish message naming the field. */
  message: string;
  /** English message. */
  messageEn: string;
}

/** Id of an editor field. */
export function structureFieldId(kind: StructureKind, field: string, index?: number): string {
  return index === undefined ? `ik-${kind}-${field}` : `ik-${kind}-${field}-${index}`;
}

/** The items of a kind in a plan with the edited one put last (as the data layer validates it). */
function withLast<T extends { key: string }>(items: T[], item: T): T[] {
  return items.filter((other) => other.key !== item.key).concat([item]);
}

/** Places a model issue below `prefix` on its field. */
function place(issue: ValidationIssue, prefix: string): FieldIssue {
  const rest = issue.field.indexOf(prefix) === 0 ? issue.field.slice(prefix.length).replace(/^\./, '') : '';
  const match = /^(\w+)(?:\[(\d+)\])?/.exec(rest);
  return {
    field: match ? match[1] : undefined,
    index: match && match[2] !== undefined ? Number(match[2]) : undefined,
    message: issue.message,
    messageEn: issue.messageEn
  };
}

/**
 * Validates the item a draft saves as with the model's rules: the plan's own rules, its life
 * cycle and the diarienummer pattern; an item's rules within its plan; and the lock of a decided
 * plan (a reason for a changed risk or kontrollmoment).
 */
export function validateStructureItem(
  target: EditTarget,
  item: Record<string, unknown>,
  view: PlanView | undefined,
  settings: OrganisationSettings | undefined
): FieldIssue[] {
  if (target.kind === 'plan') {
    const plan = item as unknown as Plan;
    const own = validatePlan(plan, settings).filter((issue) => /^plan\.(namnd|forvaltning|ar|diarienummer|status|beslutsdatum)\b/.test(issue.field));
    const previous = target.item ? (target.item as unknown as Plan).status : undefined;
    return [...own, ...validatePlanTransition(previous, plan)].map((issue) => place(issue, 'plan'));
  }
  if (!view) {
    return [];
  }
  if (target.kind === 'omrade') {
    const omraden = withLast(view.plan.omraden as Array<{ key: string }>, item as { key: string });
    const path = `plan.omraden[${omraden.length - 1}]`;
    const plan = { ...view.plan, omraden } as unknown as Plan;
    return issuesAt(validatePlan(plan, settings), path).map((issue) => place(issue, path));
  }
  const collection = target.kind === 'risk' ? 'risker' : target.kind === 'kontrollmoment' ? 'kontrollmoment' : 'atgarder';
  const items = withLast(view[collection] as Array<{ key: string }>, item as { key: string });
  const path = `${collection}[${items.length - 1}]`;
  const data = { ...view, [collection]: items } as unknown as PlanData;
  // The plan's own issues (e.g. its diarienummer against a changed pattern) are not this item's.
  const issues = issuesAt(validatePlanData(data, settings), path);
  if (target.kind === 'risk' || target.kind === 'kontrollmoment') {
    issues.push(
      ...validateLockedChange(view.plan.status, target.kind, target.item as unknown as Risk | Kontrollmoment | undefined, item as unknown as Risk | Kontrollmoment, path)
    );
  }
  return issues.map((issue) => place(issue, path));
}

/** The issues of one field (and row). */
export function issuesOfField(issues: FieldIssue[], field: string, index?: number): FieldIssue[] {
  return issues.filter((issue) => issue.field === field && (index === undefined || issue.index === index));
}
