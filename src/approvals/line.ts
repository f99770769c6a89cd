/**
 * The approval state in words, as the plan view, the .docx export, the Word add-in and Teams
 * show it, and the check behind "Verifiera": is this data, or this table in a document, what was
 * approved?
 */
import { approvalText, parseApprovalContent } from './content';
import { shortHash } from './canonicalJson';
import type { ApprovalState, ApprovalSummary } from './types';

function approvedBy(approval: ApprovalSummary): string {
  return approval.approvers
    .map((a) => {
      const deputy = approval.deputies[a.id];
      return deputy !== undefined ? `${deputy.title} för ${a.title}` : a.title;
    })
    .join(' och ');
}

/**
 * "Godkänd 2024-09-10 av Förvaltningsdirektör (kontrollsumma 05ea383f9ef6)"; for a changed
 * period "Ändrad efter godkännande …"; otherwise the state ("Väntar på godkännande", "Inte
 * godkänd"). Swedish; the English is `approvalLineEn`.
 */
export function approvalLine(state: ApprovalState): string {
  const approval = state.approval;
  switch (state.status) {
    case 'approved':
      return approval ? `Godkänd ${approval.date} av ${approvedBy(approval)} (kontrollsumma ${shortHash(approval.hash)})` : 'Godkänd';
    case 'changed':
      return approval ? `Ändrad efter godkännande (godkänd ${approval.date} av ${approvedBy(approval)}, kontrollsumma ${shortHash(approval.hash)})` : 'Ändrad efter godkännande';
    case 'requested':
      return 'Väntar på godkännande';
    case 'returned':
      return 'Återremitterad, inte godkänd';
    default:
      return 'Inte godkänd';
  }
}

/** The English of `approvalLine`. */
export function approvalLineEn(state: ApprovalState): string {
  const approval = state.approval;
  const by = approval ? approvedBy(approval).replace(/ för /g, ' for ').replace(/ och /g, ' and ') : '';
  switch (state.status) {
    case 'approved':
      return approval ? `Approved ${approval.date} by ${by} (hash ${shortHash(approval.hash)})` : 'Approved';
    case 'changed':
      return approval ? `Changed after approval (approved ${approval.date} by ${by}, hash ${shortHash(approval.hash)})` : 'Changed after approval';
    case 'requested':
      return 'Waiting for approval';
    case 'returned':
      return 'Returned, not approved';
    default:
      return 'Not approved';
  }
}

/** The verdict of "Verifiera". */
export type VerifyVerdict = 'approved' | 'changed' | 'not-approved' | 'no-snapshot';

/** What "Verifiera" found, in Swedish and English. */
export interface VerifyResult {
  /** The verdict. */
  verdict: VerifyVerdict;
  /** Swedish. */
  message: string;
  /** English. */
  messageEn: string;
}

/** Letters and digits only, lower case: Word's text of a table differs from ours in spacing and marks only. */
function letters(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether the data now is what was approved: its hash against the approval's. */
export function verifyCurrentData(state: ApprovalState, currentHash: string): VerifyResult {
  const approval = state.approval;
  if (approval === undefined) {
    return { verdict: 'not-approved', message: 'Uppföljningen för perioden är inte godkänd.', messageEn: 'The follow-up for the period is not approved.' };
  }
  return approval.hash === currentHash
    ? { verdict: 'approved', message: `Uppgifterna är de som godkändes ${approval.date} (kontrollsumma ${shortHash(approval.hash)}).`, messageEn: `The data is what was approved on ${approval.date} (hash ${shortHash(approval.hash)}).` }
    : {
        verdict: 'changed',
        message: `Uppgifterna har ändrats sedan de godkändes ${approval.date}: kontrollsumman är nu ${shortHash(currentHash)}, godkänd var ${shortHash(approval.hash)}.`,
        messageEn: `The data has changed since it was approved on ${approval.date}: the hash is now ${shortHash(currentHash)}, approved was ${shortHash(approval.hash)}.`
      };
}

/**
 * Whether a table's text in a document is what was approved: the approved snapshot's text (in
 * the order the Word fragment writes it) against the document's, letters and digits only.
 */
export function verifyDocumentText(approval: ApprovalSummary | undefined, documentText: string, options: { includeSummary: boolean; includeTables?: boolean }): VerifyResult {
  if (approval === undefined) {
    return { verdict: 'not-approved', message: 'Uppföljningen för perioden är inte godkänd.', messageEn: 'The follow-up for the period is not approved.' };
  }
  const content = parseApprovalContent(approval.snapshot);
  if (content === undefined) {
    return { verdict: 'no-snapshot', message: 'Godkännandet saknar ögonblicksbild; tabellen kan inte jämföras.', messageEn: 'The approval has no snapshot; the table cannot be compared.' };
  }
  return letters(approvalText(content, options)) === letters(documentText)
    ? { verdict: 'approved', message: `Tabellen i dokumentet är den som godkändes ${approval.date} (kontrollsumma ${shortHash(approval.hash)}).`, messageEn: `The table in the document is what was approved on ${approval.date} (hash ${shortHash(approval.hash)}).` }
    : { verdict: 'changed', message: `Tabellen i dokumentet skiljer sig från det som godkändes ${approval.date}.`, messageEn: `The table in the document differs from what was approved on ${approval.date}.` };
}
