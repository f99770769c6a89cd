/**
 * "Verifiera": for every block in the document, whether its tables are what was approved,
 * whether the data has changed since, or whether the block was edited by hand. One read of the
 * document (no writes); the approval state of each plan's period once, through the approval
 * service (which alone judges which decisions count); the document's text is compared with the
 * approved snapshot by `verifyDocumentText`, the data now with the approval by `verifyCurrentData`.
 */
import type { IApprovalService } from '../../approvals/IApprovalService';
import { verifyCurrentData, verifyDocumentText } from '../../approvals/line';
import type { ApprovalState } from '../../approvals/types';
import type { PlanSummary, PlanView } from '../../data/InternkontrollService';
import type { WordDocumentPort } from '../document/WordDocumentPort';
import { approvalStates } from './blockApproval';
import { contentHashOfText } from './buildBlock';
import { parseRecord, type BlockRecord } from './records';
import { describeBlock } from './refreshBlocks';
import type { ReportSource } from './ReportSource';

/** The label of the approval line under a block's tables (as the export writes it). */
export const APPROVAL_LABEL = 'Godkännande:';

/** What "Verifiera" found for a block. */
export type BlockVerdict =
  /** The tables are what was approved, and the data is unchanged since. */
  | 'approved'
  /** The tables are what was approved, but the data has changed since. */
  | 'data-changed'
  /** The block's text was changed in the document after it was inserted. */
  | 'edited'
  /** The block shows other data than was approved (inserted or refreshed from unapproved data). */
  | 'not-approved-content'
  /** The period's follow-up has no approval that counts. */
  | 'not-approved'
  /** The approval cannot be compared (no snapshot stored, the record unreadable, the state not read). */
  | 'unknown';

/** The check of one block (a copy of a block is checked on its own). */
export interface BlockCheck {
  /** The control's tag. */
  readonly tag: string;
  /** What it is. */
  readonly description: string;
  /** The verdict. */
  readonly verdict: BlockVerdict;
  /** Swedish. */
  readonly message: string;
  /** English. */
  readonly messageEn: string;
}

/** What "Verifiera" needs. */
export interface VerifyDependencies {
  /** The document. */
  readonly port: WordDocumentPort;
  /** The approval service (signed in as the user). */
  readonly approvals: Pick<IApprovalService, 'stateOf'>;
  /** The site's plans (a block finds its plan by key). */
  listPlans(): Promise<Pick<PlanSummary, 'id' | 'key'>[]>;
  /** Loads a plan, for the period's name in the descriptions; without it the period's key is shown. */
  loadPlanView?(planId: number): Promise<PlanView>;
  /** Shape titles for the descriptions. */
  readonly source?: Pick<ReportSource, 'listShapes'>;
}

/** Word's end-of-cell mark in a control's text. */
const CELL_END = String.fromCharCode(7);

/** A block's text split into what it shows and its approval line (the last "Godkännande:" paragraph). */
export function splitApprovalLine(text: string): { body: string; line: string | undefined } {
  const at = text.lastIndexOf(APPROVAL_LABEL);
  if (at < 0) {
    return { body: text, line: undefined };
  }
  return { body: text.slice(0, at), line: text.slice(at + APPROVAL_LABEL.length).split(CELL_END).join(' ').replace(/\s+/g, ' ').trim() };
}

function join(...parts: string[]): string {
  return parts.filter((p) => p !== '').join(' ');
}

/**
 * The verdict on one block: its text as the document has it, its record, the period's state
 * (or the error reading it). Hand edits are told by the record's fingerprint of the text as
 * inserted; what was approved by the approval's snapshot.
 */
export async function checkBlock(record: BlockRecord, text: string, state: ApprovalState | Error): Promise<Omit<BlockCheck, 'tag' | 'description'>> {
  if (state instanceof Error) {
    return { verdict: 'unknown', message: state.message, messageEn: 'The approval could not be read.' };
  }
  const edited = (await contentHashOfText(text)) !== record.contentHash;
  const editedSv = edited ? 'Blocket har ändrats för hand i dokumentet sedan det infogades.' : '';
  const editedEn = edited ? 'The block has been edited by hand in the document since it was inserted.' : '';
  const approval = state.approval;
  if (approval === undefined) {
    return edited
      ? { verdict: 'edited', message: join(editedSv, 'Perioden är inte godkänd.'), messageEn: join(editedEn, 'The period is not approved.') }
      : { verdict: 'not-approved', message: 'Uppföljningen för perioden är inte godkänd.', messageEn: 'The follow-up for the period is not approved.' };
  }
  if (approval.shapeId !== record.shapeId) {
    return {
      verdict: edited ? 'edited' : 'not-approved-content',
      message: join(editedSv, `Godkännandet ${approval.date} gäller en annan rapportform än blockets; blocket är inte det som godkändes.`),
      messageEn: join(editedEn, `The approval of ${approval.date} is of another report shape than the block's; the block is not what was approved.`)
    };
  }
  const { body, line } = splitApprovalLine(text);
  const documentVerdict = verifyDocumentText(approval, record.kind === 'summary' ? text : body, {
    includeSummary: record.kind === 'summary' || record.includeSummary,
    includeTables: record.kind !== 'summary'
  });
  if (documentVerdict.verdict === 'no-snapshot') {
    return { verdict: 'unknown', message: join(editedSv, documentVerdict.message), messageEn: join(editedEn, documentVerdict.messageEn) };
  }
  if (documentVerdict.verdict === 'changed') {
    return edited
      ? { verdict: 'edited', message: join(editedSv, documentVerdict.message), messageEn: join(editedEn, documentVerdict.messageEn) }
      : {
          verdict: 'not-approved-content',
          message: `${documentVerdict.message} Blocket är inte ändrat för hand: det byggdes av andra uppgifter än de godkända${record.approval?.line ? ` (${record.approval.line})` : ''}.`,
          messageEn: `${documentVerdict.messageEn} The block is not edited by hand: it was built from other data than was approved.`
        };
  }
  // The tables are the approved ones; the data may have moved on since.
  if (state.currentHash === undefined) {
    return {
      verdict: 'unknown',
      message: join(documentVerdict.message, 'Uppgifterna i dag kunde inte läsas för att jämföras.'),
      messageEn: join(documentVerdict.messageEn, "Today's data could not be read to compare.")
    };
  }
  const dataVerdict = verifyCurrentData(state, state.currentHash);
  const lineNote =
    record.kind !== 'report'
      ? { sv: '', en: '' }
      : edited
        ? { sv: `Raden om godkännandet i dokumentet har ändrats för hand${line !== undefined ? ` ("${line}")` : ''}.`, en: 'The approval line in the document has been edited by hand.' }
        : record.approval !== undefined && record.approval.status !== 'approved'
          ? { sv: 'Raden om godkännandet i dokumentet är inaktuell: välj Uppdatera tabeller.', en: 'The approval line in the document is out of date: choose Refresh tables.' }
          : { sv: '', en: '' };
  return {
    verdict: dataVerdict.verdict === 'approved' ? 'approved' : 'data-changed',
    message: join(documentVerdict.message, dataVerdict.verdict === 'approved' ? 'Uppgifterna är oförändrade sedan dess.' : dataVerdict.message, lineNote.sv),
    messageEn: join(documentVerdict.messageEn, dataVerdict.verdict === 'approved' ? 'The data is unchanged since.' : dataVerdict.messageEn, lineNote.en)
  };
}

/** Checks every block in the document (1 round trip to Word, nothing written). */
export async function verifyBlocks(deps: VerifyDependencies): Promise<BlockCheck[]> {
  const found = await deps.port.readBlocks();
  if (found.blocks.length === 0) {
    return [];
  }
  const [plans, shapes] = await Promise.all([deps.listPlans().catch(() => []), deps.source ? deps.source.listShapes().catch(() => []) : Promise.resolve([])]);
  const shapeTitles = new Map(shapes.map((shape) => [shape.id, shape.title] as [string, string]));
  const states = approvalStates(deps.approvals, {});
  const views = new Map<number, Promise<PlanView | undefined>>();
  const viewOf = (planId: number): Promise<PlanView | undefined> => {
    let view = views.get(planId);
    if (view === undefined) {
      view = deps.loadPlanView ? deps.loadPlanView(planId).catch(() => undefined) : Promise.resolve(undefined);
      views.set(planId, view);
    }
    return view;
  };
  const checks: BlockCheck[] = [];
  for (const block of found.blocks) {
    const record = parseRecord(found.records[block.tag]);
    if (record === undefined) {
      checks.push({
        tag: block.tag,
        description: block.tag,
        verdict: 'unknown',
        message: 'Blocket saknar uppgifter om hur det byggdes (kanske inklistrat från ett annat dokument) och kan inte jämföras.',
        messageEn: 'The block has no record of how it was built (perhaps pasted from another document) and cannot be compared.'
      });
      continue;
    }
    const byKey = plans.filter((plan) => plan.key === record.planKey)[0];
    const planId = byKey ? byKey.id : record.planId;
    const [state, view] = await Promise.all([states.stateOf(planId, record.periodKey), viewOf(planId)]);
    const check = await checkBlock(record, block.text, state);
    checks.push({ tag: block.tag, description: describeBlock(record, view, shapeTitles), ...check });
  }
  return checks;
}
