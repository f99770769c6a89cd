/**
 * Every refusal of the approval flow, with its Swedish message first and its English one. The
 * state machine, the validity check and the service give these; the UI shows `message` (or
 * `messageEn`), never a code.
 */

/** Why an action of the flow is refused. */
export type ApprovalRefusalCode =
  | 'no-approvers'
  | 'only-approver-is-requester'
  | 'open-request'
  | 'already-approved'
  | 'no-request'
  | 'unknown-period'
  | 'unknown-shape'
  | 'not-requester'
  | 'request-withdrawn'
  | 'request-decided'
  | 'self-approval'
  | 'not-an-approver'
  | 'deputy-out-of-range'
  | 'already-decided'
  | 'comment-required'
  | 'content-changed-during-approval'
  | 'invalid-deadline'
  | 'too-long'
  | 'invalid-approvers'
  | 'approver-not-in-group'
  | 'invalid-deputy';

/** A refusal: code, Swedish message, English message, and the field it concerns when there is one. */
export interface ApprovalRefusal {
  /** What rule refused. */
  code: ApprovalRefusalCode;
  /** Swedish message. */
  message: string;
  /** English message. */
  messageEn: string;
  /** The input field concerned, e.g. `comment`, `deadline`. */
  field?: string;
}

/** Details some messages name. */
export interface RefusalDetails {
  /** The period's label, e.g. "Tertial 2". */
  period?: string;
  /** A person's name. */
  person?: string;
  /** A field's label. */
  fieldLabel?: string;
  /** A limit. */
  max?: number;
  /** A value given, or (invalid-deputy) what is wrong, in Swedish. */
  value?: string;
  /** What is wrong, in English (invalid-deputy). */
  valueEn?: string;
}

/** The refusal of a code, worded with the details. */
export function refusal(code: ApprovalRefusalCode, details: RefusalDetails = {}, field?: string): ApprovalRefusal {
  const period = details.period ?? 'perioden';
  const periodEn = details.period ?? 'the period';
  const person = details.person ?? '';
  const texts: Record<ApprovalRefusalCode, [string, string]> = {
    'no-approvers': ['Planen har inga godkännare. Be samordnaren att ange vem som godkänner planens uppföljning.', 'The plan has no approvers. Ask the coordinator to name who approves its follow-up.'],
    'only-approver-is-requester': ['Du är den enda godkännaren för planen och kan inte godkänna din egen begäran. Be samordnaren att ange fler godkännare.', 'You are the plan’s only approver and cannot approve your own request. Ask the coordinator to name more approvers.'],
    'open-request': [`Uppföljningen för ${period} väntar redan på godkännande. Påminn eller återkalla begäran i stället.`, `The follow-up for ${periodEn} is already waiting for approval. Remind or withdraw the request instead.`],
    'already-approved': [`Uppföljningen för ${period} är redan godkänd och har inte ändrats sedan dess.`, `The follow-up for ${periodEn} is already approved and has not changed since.`],
    'no-request': ['Det finns ingen begäran om godkännande att besluta om.', 'There is no approval request to decide.'],
    'unknown-period': [`Perioden ”${details.value ?? ''}” finns inte i planen.`, `The period “${details.value ?? ''}” is not one of the plan’s.`],
    'unknown-shape': [`Rapportformen ”${details.value ?? ''}” finns inte.`, `The report shape “${details.value ?? ''}” does not exist.`],
    'not-requester': ['Bara den som begärde godkännandet kan återkalla eller påminna.', 'Only the person who requested the approval can withdraw it or send a reminder.'],
    'request-withdrawn': ['Begäran har återkallats och kan inte längre beslutas eller påminnas om.', 'The request has been withdrawn and can no longer be decided or reminded about.'],
    'request-decided': ['Begäran är redan beslutad. Ett nytt godkännande kräver en ny begäran.', 'The request has already been decided. A new approval needs a new request.'],
    'self-approval': ['Du kan inte godkänna din egen begäran. En annan godkännare måste besluta.', 'You cannot approve your own request. Another approver must decide.'],
    'not-an-approver': ['Du är inte godkännare för den här planen och inte heller ersättare för någon av dess godkännare.', 'You are not an approver of this plan, nor a deputy of one of its approvers.'],
    'deputy-out-of-range': [`Du är ersättare för ${person || 'godkännaren'}, men inte i dag: ersättningsperioden gäller inte nu.`, `You are the deputy of ${person || 'the approver'}, but not today: the deputy period does not cover now.`],
    'already-decided': [`${person ? person + ' har' : 'Du har'} redan beslutat om den här begäran.`, `${person ? person + ' has' : 'You have'} already decided on this request.`],
    'comment-required': ['Skriv en kommentar: den behövs när uppföljningen återremitteras.', 'Write a comment: it is required when the follow-up is returned.'],
    'content-changed-during-approval': ['Uppföljningen har ändrats sedan en annan godkännare godkände den. Begäran behöver återkallas och skickas på nytt.', 'The follow-up has changed since another approver approved it. The request needs to be withdrawn and sent again.'],
    'invalid-deadline': [`Sista svarsdag måste vara ett datum ÅÅÅÅ-MM-DD, i dag eller senare (”${details.value ?? ''}”).`, `The deadline must be a date YYYY-MM-DD, today or later (“${details.value ?? ''}”).`],
    'too-long': [`${details.fieldLabel ?? 'Texten'} får vara högst ${details.max ?? 0} tecken.`, `${details.fieldLabel ?? 'The text'} may be at most ${details.max ?? 0} characters.`],
    'invalid-approvers': ['Godkännare: välj minst en godkännare.', 'Approvers: choose at least one approver.'],
    'approver-not-in-group': [
      `Godkännare: ${person || 'personen'} är inte med i gruppen Godkännare. Lägg först till personen i gruppen under Inställningar.`,
      `Approvers: ${person || 'the person'} is not in the Godkännare (approvers) group. Add them to the group in the settings first.`
    ],
    'invalid-deputy': [`Ersättaren: ${details.value ?? 'uppgifterna stämmer inte'}.`, `The deputy: ${details.valueEn ?? 'the details are not valid'}.`]
  };
  const [message, messageEn] = texts[code];
  return { code, message, messageEn, field };
}
