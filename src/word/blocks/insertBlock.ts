/**
 * Inserting a block at the cursor: refuse plainly where a block cannot go, otherwise build it
 * and hand it to the port in one round trip.
 */
import type { PlanView } from '../../data/InternkontrollService';
import type { SelectionContext, WordDocumentPort } from '../document/WordDocumentPort';
import type { BlockApproval } from './blockApproval';
import { buildBlock, type BlockRequest } from './buildBlock';
import { newBlockId, tagOf } from './records';
import type { ReportSource } from './ReportSource';

/** A refusal, Swedish first. */
export interface Refusal {
  /** Machine-readable reason. */
  readonly reason: 'inside-table' | 'inside-block';
  /** Swedish message. */
  readonly message: string;
  /** English message. */
  readonly messageEn: string;
}

/** Why a block cannot go at this cursor, or undefined when it can. */
export function selectionRefusal(selection: SelectionContext): Refusal | undefined {
  if (selection.insideBlockTag !== undefined) {
    return {
      reason: 'inside-block',
      message:
        'Markören står i en tabell eller mening som Internkontroll redan har infogat. Flytta markören utanför den och försök igen, eller välj Uppdatera tabeller.',
      messageEn: 'The cursor is inside a table or sentence Internkontroll has already inserted. Move the cursor outside it and try again, or choose Refresh tables.'
    };
  }
  if (selection.insideTable) {
    return {
      reason: 'inside-table',
      message: 'Markören står i en tabell. Flytta markören till ett eget stycke utanför tabellen och försök igen.',
      messageEn: 'The cursor is inside a table. Move the cursor to a paragraph of its own outside the table and try again.'
    };
  }
  return undefined;
}

/** The error an insert is refused with. */
export class InsertRefusedError extends Error {
  /** The refusal. */
  public readonly refusal: Refusal;

  public constructor(refusal: Refusal) {
    super(refusal.message);
    this.name = 'InsertRefusedError';
    this.refusal = refusal;
  }
}

/** What was inserted. */
export interface InsertedBlock {
  /** The control's tag. */
  readonly tag: string;
  /** The control's title. */
  readonly title: string;
  /** Bytes of the OOXML handed to Word. */
  readonly ooxmlBytes: number;
}

/**
 * Builds the block and inserts it at the cursor described by `selection` (read before, when
 * the selection last changed), with the approval of its data when given (the caller has asked
 * the user first when it is not approved: `needsConfirmation`). Rejects with `InsertRefusedError` before building anything
 * when the cursor is inside a table or one of our blocks.
 */
export async function insertBlock(
  port: WordDocumentPort,
  source: ReportSource,
  view: PlanView,
  request: BlockRequest,
  selection: SelectionContext,
  now: Date = new Date(),
  approval?: BlockApproval
): Promise<InsertedBlock> {
  const refusal = selectionRefusal(selection);
  if (refusal) {
    throw new InsertRefusedError(refusal);
  }
  const tag = tagOf(newBlockId());
  const built = await buildBlock(view, request, source, { tag, now, approval });
  const flatOpc = built.wrappedXml as string;
  await port.insertBlock({ tag, flatOpc, record: built.record }, selection);
  return { tag, title: built.title, ooxmlBytes: new TextEncoder().encode(flatOpc).length };
}
