/**
 * `isDecisionValid`: the one function that decides whether a decision counts. Every reader calls
 * it (web part, Teams, ACE, Word add-in, export), on what SharePoint stored: the decider is the
 * item's `Author`, the time its `Created`. A decision written straight through REST by the
 * requester, by someone who is not a named approver, or by a deputy outside their dates is
 * shown as invalid and never counts.
 */
import { compareInstants, swedishDay } from './time';
import { refusal, type ApprovalRefusal } from './refusals';
import type { ApprovalDecision, ApprovalPerson, ApprovalRequest, DecisionValidity, DeputyAppointment, InvalidDecisionReason, PlanApprovers } from './types';

/** What a decision is judged against, besides its request. */
export interface ValidityContext {
  /** Every version of the plan's approvers (any order). */
  approverVersions: readonly PlanApprovers[];
  /** Every deputy appointment (any order). */
  deputies: readonly DeputyAppointment[];
}

/** Sorts records by time, then by item id. */
function byTime<T extends { id: number }>(time: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => compareInstants(time(a), time(b)) || a.id - b.id;
}

/**
 * The plan's approvers in force at an instant: the latest version created at or before it;
 * undefined when none was.
 */
export function approversAt(versions: readonly PlanApprovers[], planId: number, instant: string): PlanApprovers | undefined {
  const candidates = versions.filter((v) => v.planId === planId && compareInstants(v.createdAt, instant) <= 0).sort(byTime((v) => v.createdAt));
  return candidates[candidates.length - 1];
}

/**
 * The appointment of `deputyId` for `approverId` in force at an instant: the latest one created
 * at or before it (a later appointment of the same pair replaces an earlier one).
 */
export function appointmentAt(deputies: readonly DeputyAppointment[], approverId: number, deputyId: number, instant: string): DeputyAppointment | undefined {
  const candidates = deputies
    .filter((d) => d.approver.id === approverId && d.deputy.id === deputyId && compareInstants(d.createdAt, instant) <= 0)
    .sort(byTime((d) => d.createdAt));
  return candidates[candidates.length - 1];
}

/** Whether an appointment covers the Swedish day of an instant. */
export function coversDay(appointment: DeputyAppointment, instant: string): boolean {
  const day = swedishDay(instant);
  return appointment.from <= day && day <= appointment.to;
}

function invalid(reason: InvalidDecisionReason, person?: string): DecisionValidity {
  const texts: Record<InvalidDecisionReason, [string, string]> = {
    'self-approval': ['Ogiltigt: beslutet är fattat av den som begärde godkännandet (eller dennes ersättare).', 'Invalid: the decision was made by the requester (or their deputy).'],
    'not-an-approver': ['Ogiltigt: beslutet är fattat av någon som inte är godkännare för planen eller ersättare för en godkännare.', 'Invalid: the decision was made by someone who is neither an approver of the plan nor an approver’s deputy.'],
    'deputy-out-of-range': [
      `Ogiltigt: ersättaren för ${person ?? 'godkännaren'} beslutade utanför sin ersättningsperiod.`,
      `Invalid: the deputy of ${person ?? 'the approver'} decided outside their deputy period.`
    ],
    'wrong-request': ['Ogiltigt: beslutet gäller en annan plan eller period än begäran.', 'Invalid: the decision is about another plan or period than the request.'],
    'comment-missing': ['Ogiltigt: en återremiss saknar kommentar.', 'Invalid: a return has no comment.'],
    'hash-missing': ['Ogiltigt: beslutet saknar kontrollsumma för det som beslutades.', 'Invalid: the decision has no hash of what was decided.']
  };
  const [message, messageEn] = texts[reason];
  return { valid: false, reason, message, messageEn };
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Whether a decision counts, and for which approver. It counts when it belongs to the request,
 * carries a hash (and a comment when returned), its `Author` is not the requester, and the
 * `Author` is one of the plan's approvers in force when it was made — or the deputy, appointed
 * by then and for that Swedish day, of such an approver other than the requester ("för
 * <approver>").
 */
export function isDecisionValid(decision: ApprovalDecision, request: ApprovalRequest, context: ValidityContext): DecisionValidity {
  if (decision.requestKey !== request.key || decision.planId !== request.planId || decision.periodKey !== request.periodKey) {
    return invalid('wrong-request');
  }
  if (!SHA256_HEX.test(decision.contentHash)) {
    return invalid('hash-missing');
  }
  if (decision.outcome === 'returned' && (decision.comment === undefined || decision.comment.trim() === '')) {
    return invalid('comment-missing');
  }
  const decider = decision.decider;
  if (decider.id === request.requester.id) {
    return invalid('self-approval');
  }
  const config = approversAt(context.approverVersions, request.planId, decision.decidedAt);
  if (config === undefined) {
    return invalid('not-an-approver');
  }
  const named = (id: number): ApprovalPerson | undefined => config.approvers.filter((a) => a.id === id)[0];
  const actingFor = decision.forApprover !== undefined && decision.forApprover.id !== decider.id ? decision.forApprover : undefined;
  if (actingFor === undefined && named(decider.id) !== undefined) {
    return { valid: true, countsFor: named(decider.id), byDeputy: false };
  }
  // As a deputy: for the approver named, or else for the approvers the decider stands in for.
  const candidates = actingFor !== undefined ? config.approvers.filter((a) => a.id === actingFor.id) : config.approvers.filter((a) => a.id !== decider.id);
  let outOfRange: ApprovalPerson | undefined;
  for (const approver of candidates) {
    const appointment = appointmentAt(context.deputies, approver.id, decider.id, decision.decidedAt);
    if (appointment === undefined) {
      continue;
    }
    if (!coversDay(appointment, decision.decidedAt)) {
      outOfRange = outOfRange ?? approver;
      continue;
    }
    if (approver.id === request.requester.id) {
      return invalid('self-approval');
    }
    return { valid: true, countsFor: approver, byDeputy: true };
  }
  return outOfRange !== undefined ? { ...invalid('deputy-out-of-range', outOfRange.title), deputyFor: outOfRange } : invalid('not-an-approver');
}

/** The refusal the service gives before writing a decision the validity check would reject. */
export function refusalOfInvalid(validity: DecisionValidity): ApprovalRefusal | undefined {
  if (validity.valid) {
    return undefined;
  }
  switch (validity.reason) {
    case 'self-approval':
      return refusal('self-approval');
    case 'deputy-out-of-range':
      return refusal('deputy-out-of-range', { person: validity.deputyFor?.title });
    case 'comment-missing':
      return refusal('comment-required', {}, 'comment');
    default:
      return refusal('not-an-approver');
  }
}
