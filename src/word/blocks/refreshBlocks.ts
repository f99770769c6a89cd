/**
 * "Uppdatera tabeller": every block the add-in inserted, rebuilt in place from current data in
 * two round trips. A block whose text no longer matches what was inserted was edited by hand;
 * the user is asked before such a block is replaced, and may keep it.
 */
import type { PlanSummary, PlanView } from '../../data/InternkontrollService';
import { findPeriod } from '../../model';
import type { BlockReplacement, DocumentBlocks, WordDocumentPort } from '../document/WordDocumentPort';
import { needsConfirmation, type ApprovalStates, type BlockApproval } from './blockApproval';
import { buildBlock, contentHashOfText, type BuiltBlock } from './buildBlock';
import { parseRecord, type BlockRecord } from './records';
import type { ReportSource } from './ReportSource';

/** A block edited by hand since it was inserted, for the user to decide on. */
export interface EditedBlock {
  /** The control's tag. */
  readonly tag: string;
  /** What it is: "Status per tertial · Tertial 2 · Socialnämnden 2022". */
  readonly description: string;
  /** Its record. */
  readonly record: BlockRecord;
}

/** A block about to be rebuilt with data that is not approved, for the user to decide on. */
export interface UnapprovedBlock {
  /** The control's tag. */
  readonly tag: string;
  /** What it is. */
  readonly description: string;
  /** The approval of its new data. */
  readonly approval: BlockApproval;
}

/** A step of the refresh, for a progress display. */
export interface RefreshProgress {
  /** The step. */
  readonly step: 'reading' | 'loading' | 'building' | 'asking' | 'writing';
  /** Done so far within the step. */
  readonly done: number;
  /** In all within the step. */
  readonly total: number;
}

/** What the refresh needs. */
export interface RefreshDependencies {
  /** The document. */
  readonly port: WordDocumentPort;
  /** Renders reports. */
  readonly source: ReportSource;
  /** The site's plans (a block finds its plan by key, so a copied document still works). */
  listPlans(): Promise<Pick<PlanSummary, 'id' | 'key'>[]>;
  /** Loads a plan view. */
  loadPlanView(planId: number): Promise<PlanView>;
  /** Asks which edited blocks to keep as they are; resolves to their tags. */
  confirmEdited(edited: EditedBlock[]): Promise<ReadonlySet<string>>;
  /**
   * The approval states: a rebuilt block carries the approval of its new data. Absent: blocks
   * are rebuilt without an approval line.
   */
  readonly approvals?: ApprovalStates;
  /**
   * Asks before writing blocks whose new data is not approved or changed after approval;
   * false: nothing is written. Absent: no question.
   */
  confirmUnapproved?(blocks: UnapprovedBlock[]): Promise<boolean>;
  /** Progress, step by step. */
  onProgress?(progress: RefreshProgress): void;
  /** The clock; the real one by default. */
  now?(): Date;
}

/** A block that could not be rebuilt, and why. */
export interface FailedBlock {
  /** The control's tag. */
  readonly tag: string;
  /** What it is, as far as known. */
  readonly description: string;
  /** Swedish reason. */
  readonly message: string;
}

/** What a refresh did, by tag. */
export interface RefreshOutcome {
  /** Distinct blocks found. */
  readonly found: number;
  /** Filled with new content. */
  readonly rebuilt: string[];
  /** Already showing current data. */
  readonly unchanged: string[];
  /** Edited by hand and kept at the user's wish. */
  readonly kept: string[];
  /** Tagged as ours but without a readable record (e.g. pasted from another document). */
  readonly unknown: string[];
  /** Could not be rebuilt. */
  readonly failed: FailedBlock[];
  /** Records removed because their blocks are gone. */
  readonly forgotten: string[];
  /** The user answered Avbryt to the approval question: nothing was written. */
  readonly cancelled: boolean;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function viewOf(loaded: PlanView | Error | undefined): PlanView | undefined {
  return loaded instanceof Error ? undefined : loaded;
}

/** What a block is, as a person names it: "Status per tertial · Tertial 2 · Socialnämnden 2022". */
export function describeBlock(record: BlockRecord, view: PlanView | undefined, shapeTitles: Map<string, string>): string {
  const period = view ? findPeriod(view.plan.perioder, record.periodKey) : undefined;
  const what = record.kind === 'summary' ? 'Sammanfattning' : shapeTitles.get(record.shapeId) ?? record.shapeId;
  return `${what} · ${period ? period.label : record.periodKey} · ${record.planTitle}`;
}

/** Rebuilds every block in the document; at most two round trips to Word. */
export async function refreshBlocks(deps: RefreshDependencies): Promise<RefreshOutcome> {
  const progress = (step: RefreshProgress['step'], done: number, total: number): void => deps.onProgress?.({ step, done, total });
  const now = deps.now ?? ((): Date => new Date());
  const outcome = { found: 0, rebuilt: [] as string[], unchanged: [] as string[], kept: [] as string[], unknown: [] as string[], failed: [] as FailedBlock[], forgotten: [] as string[], cancelled: false };

  progress('reading', 0, 1);
  await deps.port.refreshBlocks(async (found: DocumentBlocks) => {
    const texts = new Map<string, string[]>();
    for (const block of found.blocks) {
      texts.set(block.tag, (texts.get(block.tag) ?? []).concat(block.text));
    }
    outcome.found = texts.size;
    outcome.forgotten = Object.keys(found.records).filter((key) => !texts.has(key));
    const records = new Map<string, BlockRecord>();
    texts.forEach((_texts, tag) => {
      const record = parseRecord(found.records[tag]);
      if (record) {
        records.set(tag, record);
      } else {
        outcome.unknown.push(tag);
      }
    });
    progress('reading', 1, 1);

    const shapeTitles = new Map<string, string>();
    const views = new Map<string, PlanView | Error>();
    if (records.size > 0) {
      const [shapes, plans] = await Promise.all([deps.source.listShapes().catch(() => []), deps.listPlans().catch(() => [])]);
      shapes.forEach((shape) => shapeTitles.set(shape.id, shape.title));
      const planKeys = Array.from(new Set(Array.from(records.values()).map((record) => record.planKey)));
      for (let i = 0; i < planKeys.length; i++) {
        progress('loading', i, planKeys.length);
        const key = planKeys[i];
        const byKey = plans.filter((plan) => plan.key === key)[0];
        const stored = Array.from(records.values()).filter((record) => record.planKey === key)[0];
        try {
          views.set(key, await deps.loadPlanView(byKey ? byKey.id : stored.planId));
        } catch (error) {
          views.set(key, new Error(`Planen ${stored.planTitle} kunde inte läsas: ${messageOf(error)}`));
        }
      }
      progress('loading', planKeys.length, planKeys.length);
    }

    const replacements: BlockReplacement[] = [];
    const approvals = new Map<string, BlockApproval | undefined>();
    const edited: { block: EditedBlock; replacement: BlockReplacement }[] = [];
    const tags = Array.from(records.keys());
    for (let i = 0; i < tags.length; i++) {
      progress('building', i, tags.length);
      const tag = tags[i];
      const record = records.get(tag) as BlockRecord;
      const view = views.get(record.planKey);
      const description = describeBlock(record, view instanceof Error ? undefined : view, shapeTitles);
      if (view === undefined || view instanceof Error || view.plan.key !== record.planKey) {
        const message = view instanceof Error ? view.message : `Planen ${record.planTitle} finns inte längre på webbplatsen.`;
        outcome.failed.push({ tag, description, message });
        continue;
      }
      let built: BuiltBlock;
      try {
        const approval = deps.approvals ? await deps.approvals.blockApproval(view, record.periodKey, record.shapeId) : undefined;
        approvals.set(tag, approval);
        built = await buildBlock(
          view,
          {
            kind: record.kind,
            periodKey: record.periodKey,
            shapeId: record.shapeId,
            includeSummary: record.includeSummary,
            textWidthTwips: typeof record.textWidthTwips === 'number' ? record.textWidthTwips : undefined
          },
          deps.source,
          { now: now(), approval }
        );
      } catch (error) {
        outcome.failed.push({ tag, description, message: messageOf(error) });
        continue;
      }
      const currentHashes = await Promise.all((texts.get(tag) ?? []).map((text) => contentHashOfText(text)));
      if (currentHashes.every((hash) => hash === built.record.contentHash)) {
        outcome.unchanged.push(tag);
        continue;
      }
      const replacement = { tag, flatOpc: built.contentXml, record: built.record };
      if (currentHashes.some((hash) => hash !== record.contentHash)) {
        edited.push({ block: { tag, description, record }, replacement });
      } else {
        replacements.push(replacement);
      }
    }
    progress('building', tags.length, tags.length);

    if (edited.length > 0) {
      progress('asking', 0, edited.length);
      const keep = await deps.confirmEdited(edited.map((e) => e.block));
      for (const e of edited) {
        if (keep.has(e.block.tag)) {
          outcome.kept.push(e.block.tag);
        } else {
          replacements.push(e.replacement);
        }
      }
      progress('asking', edited.length, edited.length);
    }
    const unapproved = replacements
      .filter((r) => needsConfirmation(approvals.get(r.tag)))
      .map((r) => ({ tag: r.tag, description: describeBlock(r.record, viewOf(views.get(r.record.planKey)), shapeTitles), approval: approvals.get(r.tag) as BlockApproval }));
    if (unapproved.length > 0 && deps.confirmUnapproved) {
      progress('asking', 0, unapproved.length);
      const go = await deps.confirmUnapproved(unapproved);
      progress('asking', unapproved.length, unapproved.length);
      if (!go) {
        outcome.cancelled = true;
        return { replace: [], forget: [] };
      }
    }
    outcome.rebuilt = replacements.map((r) => r.tag);
    progress('writing', 0, 1);
    return { replace: replacements, forget: outcome.forgotten };
  });
  progress('writing', 1, 1);
  return outcome;
}
