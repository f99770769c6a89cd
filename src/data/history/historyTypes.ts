/**
 * What the History view shows of an item: SharePoint's version history read as field-level
 * changes, newest first. Types only; `versionDiff.ts` builds them, the service reads them.
 */
import type { EntityKind } from '../errors';

/** The item whose history is asked for: its kind (which list) and its SharePoint id. */
export interface HistoryTarget {
  /** Plan, område, risk, kontrollmoment, åtgärd, follow-up or avvikelse. */
  kind: Exclude<EntityKind, 'settings' | 'approval'>;
  /** SharePoint item id. */
  id: number;
}

/** How a changed value is to be read and shown. */
export type HistoryValueKind = 'text' | 'richText' | 'number' | 'boolean' | 'date' | 'choice' | 'lookup' | 'person' | 'json';

/** One field that differs between a version and the one before it. */
export interface HistoryChange {
  /** Internal name of the column, e.g. `UppfoljningStatus`. */
  field: string;
  /** Swedish name of the field, e.g. "Status". */
  label: string;
  /** English name of the field. */
  labelEn: string;
  /** How the values read. */
  kind: HistoryValueKind;
  /**
   * The value before, as text: dates "YYYY-MM-DD", numbers as digits, booleans "true"/"false"
   * (the UI words them), rich text as plain text, lookups and people by name, JSON columns
   * summarised. Undefined when the field was empty.
   */
  before?: string;
  /** The value after, as `before`. */
  after?: string;
  /** True when a JSON column's content changed but its summary reads the same. */
  detailOnly?: boolean;
  /** For a changed risk matrix of the same size: how many cells got another level. */
  cellsChanged?: number;
}

/** Who saved a version. */
export interface HistoryEditor {
  /** Site user id, when SharePoint sent one. */
  id?: number;
  /** Display name. */
  title: string;
  /** E-mail address, when known. */
  email?: string;
}

/** One version of the item. */
export interface HistoryEntry {
  /** SharePoint's version label, "3.0". */
  versionLabel: string;
  /** When the version was saved, ISO 8601 in UTC ("2024-05-03T12:14:00Z"). */
  modified: string;
  /** Who saved it. */
  editor: HistoryEditor;
  /** True for version 1.0: the item was created. */
  isCreation: boolean;
  /** The fields that changed (for the oldest kept version: the fields it had). */
  changes: HistoryChange[];
  /** The reason recorded with the change (a beslutad plan's item), when the version wrote one. */
  reason?: string;
}

/** An item's history. */
export interface ItemHistory {
  /** The item. */
  target: HistoryTarget;
  /** Versions newest first; SharePoint keeps a limited number (50 by default), the oldest go first. */
  entries: HistoryEntry[];
}
