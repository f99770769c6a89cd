/**
 * What changed since an approval: the approved snapshot and the content now, compared as a
 * reader of the report would — per table, rows matched by their text (longest common
 * subsequence), a changed row shown cell by cell with its column heading — and worded in
 * Swedish (English alongside).
 */
import { cellText, paragraphText, type ApprovalContent, type ApprovedRow, type ApprovedTable } from './content';

/** What kind of change. */
export type ContentChangeKind = 'title' | 'summary' | 'table-added' | 'table-removed' | 'heading' | 'text' | 'row-added' | 'row-removed' | 'cell-changed';

/** One change, ready to show. */
export interface ContentChange {
  /** What kind of change. */
  kind: ContentChangeKind;
  /** The table's heading (or "Tabell n"), for changes inside a table. */
  table?: string;
  /** The row as a reader finds it: its first filled column, e.g. "Nr: 3". */
  row?: string;
  /** The column's heading, for a changed cell. */
  column?: string;
  /** The text before ("" for none). */
  before?: string;
  /** The text now ("" for none). */
  after?: string;
  /** Swedish description. */
  message: string;
  /** English description. */
  messageEn: string;
}

/** Longest text quoted in a change before it is shortened. */
const QUOTE_MAX = 160;

function quote(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > QUOTE_MAX ? one.slice(0, QUOTE_MAX - 1) + '…' : one;
}

function shown(text: string, empty: string): string {
  return text.trim() === '' ? empty : `”${quote(text)}”`;
}

function shownEn(text: string): string {
  return text.trim() === '' ? '(empty)' : `“${quote(text)}”`;
}

/** A row with the text of every grid column, cells spanning down from above filled in. */
interface FlatRow {
  texts: string[];
  signature: string;
  label: string;
}

function flatten(table: ApprovedTable): FlatRow[] {
  const carried: Array<{ text: string; left: number }> = [];
  const rows: FlatRow[] = [];
  const push = (texts: string[]): void => {
    const first = texts.findIndex((t) => t.trim() !== '');
    const label = first < 0 ? '' : `${table.columns[first] ?? ''}: ${quote(texts[first]).slice(0, 60)}`;
    rows.push({ texts, signature: texts.join('\u0001'), label });
  };
  const addRow = (row: ApprovedRow): void => {
    const texts: string[] = table.columns.map((_, index) => (carried[index] && carried[index].left > 0 ? carried[index].text : ''));
    for (const cell of row.cells) {
      const text = cellText(cell.paragraphs);
      for (let c = cell.column; c < cell.column + (cell.colSpan ?? 1) && c < texts.length; c++) {
        texts[c] = text;
        carried[c] = { text, left: cell.rowSpan ?? 1 };
      }
    }
    carried.forEach((entry) => {
      if (entry) {
        entry.left--;
      }
    });
    push(texts);
  };
  for (const part of table.parts) {
    if (part.kind === 'rows') {
      part.rows.forEach(addRow);
    } else {
      part.paragraphs.forEach((p) => push([paragraphText(p)]));
    }
  }
  return rows;
}

/** Pairs of matching indexes of the longest common subsequence of two signature lists. */
function lcs(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) {
      i++;
    } else {
      j++;
    }
  }
  return pairs;
}

/** Rows above this are matched by position, so a huge table never costs quadratic memory. */
const LCS_LIMIT = 3000;

function tableChanges(name: string, before: ApprovedTable, after: ApprovedTable): ContentChange[] {
  const changes: ContentChange[] = [];
  if ((before.heading ?? '') !== (after.heading ?? '')) {
    changes.push({
      kind: 'heading',
      table: name,
      before: before.heading ?? '',
      after: after.heading ?? '',
      message: `Rubriken ${shown(before.heading ?? '', '(ingen)')} är nu ${shown(after.heading ?? '', '(ingen)')}.`,
      messageEn: `The heading ${shownEn(before.heading ?? '')} is now ${shownEn(after.heading ?? '')}.`
    });
  }
  const introBefore = before.intro.map(paragraphText).join('\n');
  const introAfter = after.intro.map(paragraphText).join('\n');
  if (introBefore !== introAfter) {
    changes.push({
      kind: 'text',
      table: name,
      before: introBefore,
      after: introAfter,
      message: `${name}: inledningen ${shown(introBefore, '(tom)')} är nu ${shown(introAfter, '(tom)')}.`,
      messageEn: `${name}: the introduction ${shownEn(introBefore)} is now ${shownEn(introAfter)}.`
    });
  }
  const a = flatten(before);
  const b = flatten(after);
  const pairs =
    a.length <= LCS_LIMIT && b.length <= LCS_LIMIT
      ? lcs(
          a.map((r) => r.signature),
          b.map((r) => r.signature)
        )
      : [];
  let i = 0;
  let j = 0;
  const columns = after.columns.length >= before.columns.length ? after.columns : before.columns;
  const gap = (iEnd: number, jEnd: number): void => {
    const removed = a.slice(i, iEnd);
    const added = b.slice(j, jEnd);
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) {
      const old = removed[k];
      const now = added[k];
      const width = Math.max(old.texts.length, now.texts.length);
      for (let c = 0; c < width; c++) {
        const was = old.texts[c] ?? '';
        const is = now.texts[c] ?? '';
        if (was !== is) {
          const column = columns[c] ?? `Kolumn ${c + 1}`;
          const row = now.label || old.label;
          changes.push({
            kind: 'cell-changed',
            table: name,
            row,
            column,
            before: was,
            after: is,
            message: `${name}, ${row}, ${column}: ${shown(was, '(tomt)')} är nu ${shown(is, '(tomt)')}.`,
            messageEn: `${name}, ${row}, ${column}: ${shownEn(was)} is now ${shownEn(is)}.`
          });
        }
      }
    }
    removed.slice(paired).forEach((r) =>
      changes.push({ kind: 'row-removed', table: name, row: r.label, before: r.texts.join(' | '), message: `${name}: raden ${r.label || '(tom)'} är borttagen.`, messageEn: `${name}: the row ${r.label || '(empty)'} was removed.` })
    );
    added.slice(paired).forEach((r) =>
      changes.push({ kind: 'row-added', table: name, row: r.label, after: r.texts.join(' | '), message: `${name}: ny rad ${r.label || '(tom)'}.`, messageEn: `${name}: new row ${r.label || '(empty)'}.` })
    );
    i = iEnd;
    j = jEnd;
  };
  for (const [pi, pj] of pairs) {
    gap(pi, pj);
    i = pi + 1;
    j = pj + 1;
  }
  gap(a.length, b.length);
  if ((before.emptyText ?? '') !== (after.emptyText ?? '') && (before.parts.length === 0 || after.parts.length === 0)) {
    changes.push({
      kind: 'text',
      table: name,
      before: before.emptyText ?? '',
      after: after.emptyText ?? '',
      message: `${name}: texten ${shown(before.emptyText ?? '', '(ingen)')} är nu ${shown(after.emptyText ?? '', '(ingen)')}.`,
      messageEn: `${name}: the text ${shownEn(before.emptyText ?? '')} is now ${shownEn(after.emptyText ?? '')}.`
    });
  }
  return changes;
}

/** The changes from the approved content to the content now, in reading order; empty when equal. */
export function diffApprovalContent(before: ApprovalContent, after: ApprovalContent): ContentChange[] {
  const changes: ContentChange[] = [];
  if (before.title !== after.title) {
    changes.push({ kind: 'title', before: before.title, after: after.title, message: `Rubriken ${shown(before.title, '(ingen)')} är nu ${shown(after.title, '(ingen)')}.`, messageEn: `The title ${shownEn(before.title)} is now ${shownEn(after.title)}.` });
  }
  if (before.summary !== after.summary) {
    changes.push({
      kind: 'summary',
      before: before.summary,
      after: after.summary,
      message: `Sammanfattningen ${shown(before.summary, '(ingen)')} är nu ${shown(after.summary, '(ingen)')}.`,
      messageEn: `The summary ${shownEn(before.summary)} is now ${shownEn(after.summary)}.`
    });
  }
  const count = Math.max(before.tables.length, after.tables.length);
  for (let t = 0; t < count; t++) {
    const old = before.tables[t];
    const now = after.tables[t];
    const name = (now?.heading || old?.heading || `Tabell ${t + 1}`) as string;
    if (old === undefined) {
      changes.push({ kind: 'table-added', table: name, message: `Ny tabell: ${name}.`, messageEn: `New table: ${name}.` });
    } else if (now === undefined) {
      changes.push({ kind: 'table-removed', table: name, message: `Tabellen ${name} är borttagen.`, messageEn: `The table ${name} was removed.` });
    } else {
      changes.push(...tableChanges(name, old, now));
    }
  }
  return changes;
}
