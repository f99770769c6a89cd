/**
 * What the document keeps about each block the add-in inserted. The block is a content control
 * tagged `ik:<id>`; the record, keyed by the same text, lives in the document's add-in
 * settings (WordApi 1.4), since a control's tag and title hold at most 64 characters.
 */

/** Prefix of every tag the add-in writes. */
export const TAG_PREFIX = 'ik:';

/** What a block shows: a report (its tables, and the summary when asked for) or the summary sentence alone. */
export type BlockKind = 'report' | 'summary';

/** What a block was built from, and fingerprints of its data and its content. */
export interface BlockRecord {
  /** Format version of the record. */
  readonly v: 1;
  /** What the block shows. */
  readonly kind: BlockKind;
  /** The plan's key (stable across sites and copies). */
  readonly planKey: string;
  /** The plan's item id on the site it was built from. */
  readonly planId: number;
  /** The plan as a person names it, e.g. "Socialnämnden 2022". */
  readonly planTitle: string;
  /** The period, e.g. `T2`. */
  readonly periodKey: string;
  /** The report shape's id, e.g. `status-per-tertial`; empty for a summary block. */
  readonly shapeId: string;
  /** Whether a report block carries the summary sentence. */
  readonly includeSummary: boolean;
  /** The text width a report block was rendered to, in twips, when the section's was known (kept on refresh). */
  readonly textWidthTwips?: number;
  /** SHA-256 of what the block was built from (the report model, or the summary's counts). */
  readonly dataHash: string;
  /** SHA-256 of the block's text as inserted, compared letters and digits only. */
  readonly contentHash: string;
  /** When the block was built, ISO 8601 UTC. */
  readonly builtAt: string;
  /** The approval of the block's data when it was built; absent in blocks from before approvals. */
  readonly approval?: BlockApprovalRecord;
}

/** What a block's record keeps of the approval of its data (see blockApproval.ts). */
export interface BlockApprovalRecord {
  /** The state of the block's data: approved and unchanged, changed after approval, and so on. */
  readonly status: BlockApprovalStatus;
  /** The line the block carries under its tables ("Godkänd 2024-09-10 av …"); "" when none. */
  readonly line: string;
  /** SHA-256 of the approval the line names, when there is one. */
  readonly approvedHash?: string;
  /** SHA-256 of the block's data in the approval's canonical form (compared with `approvedHash`), when known. */
  readonly currentHash?: string;
}

/** The approval state of a block's data. */
export type BlockApprovalStatus = 'approved' | 'changed' | 'requested' | 'returned' | 'not-approved' | 'other-shape' | 'unavailable';

const APPROVAL_STATUSES: readonly string[] = ['approved', 'changed', 'requested', 'returned', 'not-approved', 'other-shape', 'unavailable'];

function isApprovalRecord(value: unknown): value is BlockApprovalRecord {
  if (value === null || typeof value !== 'object') {
    return false;
  }
  const a = value as Record<string, unknown>;
  const optionalText = (x: unknown): boolean => x === undefined || typeof x === 'string';
  return typeof a.status === 'string' && APPROVAL_STATUSES.indexOf(a.status) >= 0 && typeof a.line === 'string' && optionalText(a.approvedHash) && optionalText(a.currentHash);
}

/** The tag of a block id. */
export function tagOf(id: string): string {
  return TAG_PREFIX + id;
}

/** Whether a tag is one of ours. */
export function isOurTag(tag: string | null | undefined): tag is string {
  return typeof tag === 'string' && tag.indexOf(TAG_PREFIX) === 0 && tag.length > TAG_PREFIX.length;
}

/** A new block id: 12 random hex digits (48 bits), short enough for the tag. */
export function newBlockId(): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  let id = '';
  bytes.forEach((byte) => {
    id += (byte + 0x100).toString(16).slice(1);
  });
  return id;
}

/** The record as stored in the document's settings. */
export function serialiseRecord(record: BlockRecord): string {
  return JSON.stringify(record);
}

function isText(value: unknown): value is string {
  return typeof value === 'string';
}

/**
 * A stored record, or undefined when the value is not one (missing, damaged or of a later
 * format): the block is then reported as one the add-in cannot rebuild, never guessed at.
 */
export function parseRecord(value: unknown): BlockRecord | undefined {
  let data: unknown = value;
  if (isText(value)) {
    try {
      data = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (data === null || typeof data !== 'object') {
    return undefined;
  }
  const r = data as Record<string, unknown>;
  const valid =
    r.v === 1 &&
    (r.kind === 'report' || r.kind === 'summary') &&
    isText(r.planKey) &&
    typeof r.planId === 'number' &&
    isText(r.planTitle) &&
    isText(r.periodKey) &&
    isText(r.shapeId) &&
    typeof r.includeSummary === 'boolean' &&
    isText(r.dataHash) &&
    isText(r.contentHash) &&
    isText(r.builtAt) &&
    (r.approval === undefined || isApprovalRecord(r.approval));
  return valid ? (r as unknown as BlockRecord) : undefined;
}
