/**
 * SharePoint's version history of an item (`items(n)/versions`) as field-level changes, pure:
 * each version is compared with the one before it, column by column of the list's schema, so
 * "Status: Pågående → Genomförd" reads in the field's Swedish name. Rich text is compared as
 * text (a change of markup only is no change), dates as days, lookups and people by name, and
 * the plan's JSON columns by a summary. Keys and app-managed titles are left out: nobody edits
 * them.
 */
import { richTextToPlainText } from '../../model/richText';
import { fromSharePointDate, ListItemJson, readNumber, readText } from '../fields';
import type { FieldDefinition, ListDefinition } from '../schema/types';
import type { HistoryChange, HistoryEditor, HistoryEntry, HistoryValueKind } from './historyTypes';

/** Internal name of the column where a beslutad plan's change reason is recorded, when the schema does not mark one. */
export const CHANGE_REASON_FIELD = 'Andringsorsak';

/** Lists whose Title the app builds from other columns: a change shows in those columns. */
const DERIVED_TITLE_LISTS: readonly string[] = ['IKPlaner', 'IKKontrollmoment', 'IKUppfoljningar', 'IKAvvikelser'];

/** Columns never shown: keys and links the app sets, and the plan every row belongs to. */
const HIDDEN_FIELDS: readonly string[] = ['IdempotencyKey', 'Uppfoljningsnyckel', 'Ursprungsnyckel', 'Plan'];

/** English names of the product's columns, by internal name (the schema's display names are Swedish). */
const ENGLISH_LABELS: Readonly<Record<string, string>> = {
  Namnd: 'Committee',
  Forvaltning: 'Administration',
  Ar: 'Year',
  Diarienummer: 'Case number',
  PlanStatus: 'Status',
  Beslutsdatum: 'Decision date',
  RiskMatrix: 'Risk matrix',
  Perioder: 'Periods',
  Samordnare: 'Coordinator',
  Beskrivning: 'Description',
  Sortering: 'Order',
  Omrade: 'Area',
  Nr: 'No.',
  Obligatorisk: 'Mandatory',
  Sannolikhet: 'Likelihood',
  Konsekvens: 'Consequence',
  Risk: 'Risk',
  Kortnamn: 'Short name',
  Kontrollmetod: 'Control method',
  Ansvarig: 'Responsible',
  Rapporteringsansvarig: 'Reporting officer',
  AnsvarigPerson: 'Responsible (person)',
  RapporteringsansvarigPerson: 'Reporting officer (person)',
  Frekvens: 'Frequency',
  Startdatum: 'Start date',
  Avstamningsdatum: 'Check-in dates',
  Slutdatum: 'End date',
  Detaljer: 'Details',
  AtgardStatus: 'Status',
  Period: 'Period',
  Objekttyp: 'Concerns',
  Kontrollmoment: 'Control',
  Atgard: 'Action',
  UppfoljningStatus: 'Status',
  Resultat: 'Review result',
  Kommentar: 'Comment',
  Uppfoljning: 'Follow-up',
  AvvikelseAtgard: 'Action',
  AvvikelseStatus: 'Status',
  Varde: 'Value'
};

/** English name of a list's Title column. */
const ENGLISH_TITLES: Readonly<Record<string, string>> = {
  IKOmraden: 'Area',
  IKRisker: 'Risk',
  IKAtgarder: 'Action',
  IKInstallningar: 'Setting'
};

/** A version as SharePoint REST returns it: system properties and every column by internal name. */
export type VersionJson = Record<string, unknown>;

/** One column compared across versions. */
interface ComparedField {
  name: string;
  label: string;
  labelEn: string;
  kind: HistoryValueKind;
  /** The value as text (see HistoryChange.before); `detail` is the full JSON of a JSON column. */
  read: (version: VersionJson) => { text?: string; detail?: string };
}

/** A version's timestamp as ISO UTC: SharePoint Online writes `Created` without the "Z". */
export function versionTime(value: unknown): string {
  if (typeof value !== 'string' || value === '') {
    return '';
  }
  const zoned = /([zZ]|[+-]\d{2}:?\d{2})$/.test(value) ? value : `${value}Z`;
  const time = Date.parse(zoned);
  return isNaN(time) ? value : new Date(time).toISOString().replace(/\.000Z$/, 'Z');
}

/** A person or lookup value of a version: `{LookupId, LookupValue, Email}`, or the id alone. */
function lookupOf(value: unknown): { id?: number; text?: string; email?: string } {
  if (Array.isArray(value)) {
    const parts = value.map(lookupOf).filter((part) => part.text !== undefined);
    return { text: parts.length > 0 ? parts.map((part) => part.text).join(', ') : undefined };
  }
  if (value && typeof value === 'object') {
    const record = value as ListItemJson;
    const id = readNumber(record, 'LookupId');
    const text = readText(record, 'LookupValue') ?? (id !== undefined ? `#${id}` : undefined);
    return { id, text, email: readText(record, 'Email') };
  }
  return {};
}

/** Who saved the version. */
function editorOf(version: VersionJson): HistoryEditor {
  const editor = lookupOf(version.Editor);
  const person: HistoryEditor = { title: editor.text ?? '' };
  if (editor.id !== undefined) {
    person.id = editor.id;
  }
  if (editor.email !== undefined && editor.email !== '') {
    person.email = editor.email;
  }
  return person;
}

/** How many cells of two stored matrices have different levels; undefined when they are not both matrices of one size. */
export function cellsChangedBetween(before: string | undefined, after: string | undefined): number | undefined {
  try {
    const a = JSON.parse(before ?? '') as { grid?: unknown };
    const b = JSON.parse(after ?? '') as { grid?: unknown };
    if (!Array.isArray(a.grid) || !Array.isArray(b.grid) || a.grid.length !== b.grid.length) {
      return undefined;
    }
    let changed = 0;
    for (let s = 0; s < a.grid.length; s++) {
      const rowA = a.grid[s] as unknown[];
      const rowB = b.grid[s] as unknown[];
      if (!Array.isArray(rowA) || !Array.isArray(rowB) || rowA.length !== rowB.length) {
        return undefined;
      }
      rowA.forEach((cell, k) => {
        if (cell !== rowB[k]) {
          changed++;
        }
      });
    }
    return changed;
  } catch {
    return undefined;
  }
}

/** The summary of a JSON column: a matrix by name and size, periods by label. */
function jsonSummary(name: string, text: string): string {
  try {
    const value = JSON.parse(text) as unknown;
    if (name === 'RiskMatrix' && value && typeof value === 'object') {
      const matrix = value as { name?: unknown; sannolikhet?: unknown[]; konsekvens?: unknown[] };
      const size = Array.isArray(matrix.sannolikhet) && Array.isArray(matrix.konsekvens) ? `${matrix.sannolikhet.length} × ${matrix.konsekvens.length}` : '';
      const label = typeof matrix.name === 'string' ? matrix.name : '';
      // "5 × 5 (Nacka)" already says its size.
      return size === '' || label.indexOf(size) >= 0 ? label || size : `${label} (${size})`.trim();
    }
    if (Array.isArray(value)) {
      return value
        .map((entry) => (entry && typeof entry === 'object' && typeof (entry as { label?: unknown }).label === 'string' ? (entry as { label: string }).label : ''))
        .filter((label) => label !== '')
        .join(', ');
    }
  } catch {
    // A column that does not hold JSON is shown as it is.
  }
  return text;
}

function kindOf(field: FieldDefinition): HistoryValueKind {
  switch (field.type) {
    case 'Note':
      return field.appManaged === true ? 'json' : field.richText ? 'richText' : 'text';
    case 'Number':
      return 'number';
    case 'Boolean':
      return 'boolean';
    case 'DateTime':
      return 'date';
    case 'Choice':
    case 'MultiChoice':
      return 'choice';
    case 'Lookup':
      return 'lookup';
    case 'User':
      return 'person';
    default:
      return 'text';
  }
}

/** How to read one column's value from a version, as text. */
function reader(name: string, kind: HistoryValueKind): ComparedField['read'] {
  return (version) => {
    const value = version[name];
    if (value === null || value === undefined || value === '') {
      return {};
    }
    switch (kind) {
      case 'richText': {
        const text = richTextToPlainText(String(value)).replace(/\s+/g, ' ').trim();
        return text === '' ? {} : { text };
      }
      case 'date':
        return { text: fromSharePointDate(value) };
      case 'boolean':
        return { text: value === true || value === 'true' || value === 1 || value === '1' ? 'true' : 'false' };
      case 'lookup':
      case 'person':
        return { text: lookupOf(value).text };
      case 'json': {
        const text = String(value);
        return { text: jsonSummary(name, text), detail: text };
      }
      case 'choice':
        return { text: Array.isArray(value) ? value.join(', ') : String(value) };
      default:
        return { text: String(value) };
    }
  };
}

/** The column holding the change reason in a list: the schema's marked column, else `Andringsorsak` when the list has it. */
export function reasonFieldOf(list: ListDefinition): string | undefined {
  const marked = list.fields.filter((field) => field.historyRole === 'reason')[0];
  if (marked !== undefined) {
    return marked.internalName;
  }
  return list.fields.some((field) => field.internalName === CHANGE_REASON_FIELD) ? CHANGE_REASON_FIELD : undefined;
}

/** The columns of a list that History compares, in form order (Title first where users name it). */
export function comparedFields(list: ListDefinition): ComparedField[] {
  const reason = reasonFieldOf(list);
  const fields: ComparedField[] = [];
  if (DERIVED_TITLE_LISTS.indexOf(list.title) < 0) {
    fields.push({ name: 'Title', label: list.titleField.displayName, labelEn: ENGLISH_TITLES[list.title] ?? 'Title', kind: 'text', read: reader('Title', 'text') });
  }
  for (const field of list.fields) {
    if (HIDDEN_FIELDS.indexOf(field.internalName) >= 0 || field.internalName === reason || (field.appManaged === true && field.type !== 'Note')) {
      continue;
    }
    const kind = kindOf(field);
    fields.push({ name: field.internalName, label: field.displayName, labelEn: ENGLISH_LABELS[field.internalName] ?? field.displayName, kind, read: reader(field.internalName, kind) });
  }
  return fields;
}

/**
 * The item's history from its versions (as SharePoint lists them, newest first; any order is
 * accepted and sorted by version number). Each entry holds the fields that differ from the
 * version before it; the oldest kept version (the create, 1.0, unless SharePoint has dropped
 * it) holds the fields it had.
 * A version that changed none of the compared fields is kept with no changes, so every save
 * stays visible.
 */
export function historyFromVersions(list: ListDefinition, versions: readonly VersionJson[]): HistoryEntry[] {
  const fields = comparedFields(list);
  const reasonField = reasonFieldOf(list);
  const number = (version: VersionJson): number => readNumber(version, 'VersionId') ?? Math.round(Number(readText(version, 'VersionLabel') ?? '0') * 512);
  const ordered = versions.slice().sort((a, b) => number(a) - number(b));
  const entries: HistoryEntry[] = [];
  ordered.forEach((version, index) => {
    const previous = index > 0 ? ordered[index - 1] : undefined;
    const changes: HistoryChange[] = [];
    for (const field of fields) {
      const after = field.read(version);
      const before = previous !== undefined ? field.read(previous) : {};
      if (before.text === after.text && before.detail === after.detail) {
        continue;
      }
      const change: HistoryChange = { field: field.name, label: field.label, labelEn: field.labelEn, kind: field.kind };
      if (before.text !== undefined) {
        change.before = before.text;
      }
      if (after.text !== undefined) {
        change.after = after.text;
      }
      if (before.text === after.text) {
        change.detailOnly = true;
      }
      if (field.name === 'RiskMatrix' && previous !== undefined) {
        const cells = cellsChangedBetween(before.detail, after.detail);
        if (cells !== undefined && cells > 0) {
          change.cellsChanged = cells;
        }
      }
      changes.push(change);
    }
    const label = readText(version, 'VersionLabel') ?? '';
    const entry: HistoryEntry = {
      versionLabel: label,
      modified: versionTime(version.Created ?? version.Modified),
      editor: editorOf(version),
      // SharePoint drops the oldest versions past its limit: only 1.0 is the create.
      isCreation: label === '1.0',
      changes
    };
    if (reasonField !== undefined) {
      const reason = readText(version, reasonField);
      const before = previous !== undefined ? readText(previous, reasonField) : undefined;
      if (reason !== undefined && reason.trim() !== '' && reason !== before) {
        entry.reason = reason.trim();
      }
    }
    entries.push(entry);
  });
  return entries.reverse();
}
