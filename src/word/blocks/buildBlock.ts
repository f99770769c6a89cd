/**
 * Builds a block's content from a plan view: the report (from the report source) or the summary
 * sentence (from the model), as Flat OPC, with the record that lets it be rebuilt and checked
 * for hand edits later.
 */
import type { PlanView } from '../../data/InternkontrollService';
import { findPeriod, resultSummarySentence, summariseResults } from '../../model';
import { docxToFlatOpc, limitControlText } from '../ooxml/flatOpc';
import { paragraphFlatOpc } from '../ooxml/paragraphPackage';
import { comparableText, visibleText } from '../ooxml/xmlText';
import { hashOf, sha256Hex } from './hash';
import { approvalRecordOf, type BlockApproval } from './blockApproval';
import type { BlockKind, BlockRecord } from './records';
import type { ReportSource } from './ReportSource';

/** What to build. */
export interface BlockRequest {
  /** A report or the summary sentence alone. */
  readonly kind: BlockKind;
  /** The period's key. */
  readonly periodKey: string;
  /** The report shape's id (ignored for a summary block). */
  readonly shapeId: string;
  /** Title of the shape, for the control's title. */
  readonly shapeTitle?: string;
  /** Put the summary sentence with the report. */
  readonly includeSummary: boolean;
  /** Width the report's tables fill, in twips (the section's text width); A4 portrait by default. */
  readonly textWidthTwips?: number;
}

/** A built block. */
export interface BuiltBlock {
  /** Flat OPC of the content wrapped in its control (for inserting). */
  readonly wrappedXml?: string;
  /** Flat OPC of the content alone (for refilling an existing control). */
  readonly contentXml: string;
  /** The record to store. */
  readonly record: BlockRecord;
  /** The control's title. */
  readonly title: string;
}

/** The plan as a person names it: "Socialnämnden 2022". */
export function planTitleOf(view: PlanView): string {
  return `${view.plan.namnd} ${view.plan.ar}`;
}

/** The control's title: what the block is, for which period and plan (cut to 64 characters), e.g. "Status per tertial, Tertial 2, Socialnämnden 2022". */
export function blockTitle(view: PlanView, request: BlockRequest): string {
  const period = findPeriod(view.plan.perioder, request.periodKey);
  const what = request.kind === 'summary' ? 'Sammanfattning' : request.shapeTitle ?? request.shapeId;
  return limitControlText(`${what}, ${period ? period.label : request.periodKey}, ${planTitleOf(view)}`);
}

/** SHA-256 of a block's text as compared for hand edits. */
export function contentHashOfText(text: string): Promise<string> {
  return sha256Hex(comparableText(text));
}

/**
 * Builds a block. `tag` given: the wrapped package for inserting is built too. `approval`
 * given: a report block carries its line under the tables ("Godkännande: …") and the record
 * keeps it, with the hashes. Rejects when the period is not one of the plan's (Swedish message
 * naming it).
 */
export async function buildBlock(
  view: PlanView,
  request: BlockRequest,
  source: ReportSource,
  options: { tag?: string; now: Date; approval?: BlockApproval }
): Promise<BuiltBlock> {
  if (!findPeriod(view.plan.perioder, request.periodKey)) {
    throw new Error(`Perioden "${request.periodKey}" finns inte i planen ${planTitleOf(view)}. / The period is not one of the plan's.`);
  }
  const title = blockTitle(view, request);
  const block = options.tag !== undefined ? { tag: options.tag, title } : undefined;
  let contentXml: string;
  let wrappedXml: string | undefined;
  let bodyXml: string;
  let dataHash: string;
  if (request.kind === 'summary') {
    // The chosen shape's summary setting decides the sentence (review results, statuses, none);
    // a block recorded without a shape keeps the review results' sentence.
    const ofShape = request.shapeId !== '' && source.summary ? await source.summary(view, request.periodKey, request.shapeId) : undefined;
    if (ofShape && ofShape.text === '') {
      throw new Error(
        `Rapportformen "${request.shapeTitle ?? request.shapeId}" har ingen sammanfattning. Välj en form med sammanfattning. / The report shape has no summary sentence.`
      );
    }
    const sentence = ofShape ? ofShape.text : resultSummarySentence(view, request.periodKey) || 'Planen har inga kontrollmoment att sammanfatta.';
    const plain = paragraphFlatOpc(sentence);
    contentXml = plain.xml;
    bodyXml = plain.bodyXml;
    wrappedXml = block ? paragraphFlatOpc(sentence, block).xml : undefined;
    dataHash = await hashOf(ofShape ? { summary: ofShape.model, shapeId: request.shapeId } : { summary: summariseResults(view, request.periodKey) });
  } else {
    const line = options.approval !== undefined && options.approval.line !== '' ? options.approval.line : undefined;
    const rendered = await source.render(view, request.periodKey, request.shapeId, {
      includeSummary: request.includeSummary,
      textWidthTwips: request.textWidthTwips,
      approvalLine: line
    });
    const plain = await docxToFlatOpc(rendered.docx);
    contentXml = plain.xml;
    bodyXml = plain.bodyXml;
    wrappedXml = block ? (await docxToFlatOpc(rendered.docx, { block })).xml : undefined;
    dataHash = await hashOf({ model: rendered.model, periodKey: request.periodKey, shapeId: request.shapeId, includeSummary: request.includeSummary });
  }
  const record: BlockRecord = {
    v: 1,
    kind: request.kind,
    planKey: view.plan.key,
    planId: view.plan.id,
    planTitle: planTitleOf(view),
    periodKey: request.periodKey,
    shapeId: request.kind === 'summary' && !source.summary ? '' : request.shapeId,
    includeSummary: request.kind === 'report' && request.includeSummary,
    ...(request.kind === 'report' && request.textWidthTwips !== undefined ? { textWidthTwips: request.textWidthTwips } : {}),
    dataHash,
    contentHash: await contentHashOfText(visibleText(bodyXml)),
    builtAt: options.now.toISOString(),
    ...(options.approval !== undefined ? { approval: approvalRecordOf(request.kind === 'summary' ? { ...options.approval, line: '' } : options.approval) } : {})
  };
  return { wrappedXml, contentXml, record, title };
}
