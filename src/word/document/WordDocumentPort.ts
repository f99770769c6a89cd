/**
 * The add-in's only way into the document. Everything that talks to Word (`Word.run`,
 * `context.sync`) sits behind this interface in `src/word/office/officeWordPort.ts`; the local
 * stand-in page implements it over an in-browser document model. All logic above it is pure.
 *
 * Sync budget (office-js round trips): `inspectSelection` 1, `insertBlock` 1, `readBlocks` 1
 * ("Verifiera"), `refreshBlocks` at most 2 — whatever the number and size of the blocks: content goes in as OOXML, never
 * cell by cell.
 */
import type { BlockRecord } from '../blocks/records';

/** Where the cursor is, as far as inserting a block goes. */
export interface SelectionContext {
  /** The cursor is inside a table (ours or the user's). */
  readonly insideTable: boolean;
  /** Tag of the content control around the cursor, when it is one of ours (`ik:…`). */
  readonly insideBlockTag?: string;
  /** Nothing is selected (a blinking cursor). */
  readonly isEmpty: boolean;
  /**
   * Width of the text between the margins of the section the cursor is in, in twips, when the
   * port can read it; a block's tables are rendered to fill it (a wide shape in a landscape
   * section). Undefined: the A4 portrait text width.
   */
  readonly textWidthTwips?: number;
}

/** A block to put at the cursor. */
export interface BlockToInsert {
  /** The control's tag, `ik:<id>`; also the key of its record. */
  readonly tag: string;
  /** Flat OPC whose body is the block-level content control carrying `tag`. */
  readonly flatOpc: string;
  /** What the block was built from; stored in the document under `tag`. */
  readonly record: BlockRecord;
}

/** A block found in the document. */
export interface FoundBlock {
  /** Its tag. */
  readonly tag: string;
  /** Its text as Word reports it. */
  readonly text: string;
}

/** What `readBlocks` reads, and `refreshBlocks` in its first round trip. */
export interface DocumentBlocks {
  /** Every content control tagged `ik:…`, in document order (a copied block appears twice). */
  readonly blocks: FoundBlock[];
  /** The stored records by tag (raw setting values; parse with `parseRecord`). */
  readonly records: Readonly<Record<string, unknown>>;
}

/** A block's new content. */
export interface BlockReplacement {
  /** The tag of the control(s) to fill. */
  readonly tag: string;
  /** Flat OPC of the new content, without a wrapping control (the control stays). */
  readonly flatOpc: string;
  /** The new record stored under `tag`. */
  readonly record: BlockRecord;
}

/** What `refreshBlocks` writes in its second round trip. */
export interface RefreshChanges {
  /** Blocks to fill with new content. */
  readonly replace: BlockReplacement[];
  /** Records to remove: their blocks are gone from the document. */
  readonly forget: string[];
}

/** The document operations the add-in needs. */
export interface WordDocumentPort {
  /** Reads where the cursor is (1 sync). */
  inspectSelection(): Promise<SelectionContext>;

  /**
   * Puts a block at the cursor and stores its record (1 sync). The caller has checked the
   * selection (`selectionRefusal`); `selection.isEmpty` chooses between inserting at the cursor
   * and after the selected text, which is never overwritten.
   */
  insertBlock(block: BlockToInsert, selection: SelectionContext): Promise<void>;

  /** Reads every tagged block's text and the records, writing nothing (1 sync): what "Verifiera" checks. */
  readBlocks(): Promise<DocumentBlocks>;

  /**
   * Reads every tagged block and the records (sync 1), lets `decide` work out the changes —
   * it may fetch data and ask the user meanwhile — and writes them in one batch (sync 2, left
   * out when there is nothing to write).
   */
  refreshBlocks(decide: (found: DocumentBlocks) => Promise<RefreshChanges>): Promise<void>;
}
