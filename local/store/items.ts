/**
 * List items: converting REST bodies into stored values, inserting, updating, deleting and
 * recycling items with their version history. Every write runs in one transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from './database';
import { quoteIdentifier } from './database';
import type { ListCatalog, ListRecord } from './lists';
import { defaultStorageValue, formatDateTime, jsonName, parseDateTime, toStorage, type FieldRecord, type UserExists } from './fields';
import type { SqlValue } from './sqlite';
import { unknownBodyProperty, SpError, ErrorCodes, itemNotFound, wrongValueType } from '../errors';
import { parseFormula, passesFormula, storedFormulaValue, type FormulaNode } from '../formula';
import { isUniqueViolation } from './sqlite';

/** A stored item row: system columns plus one `f_<Name>` column per field. */
export type ItemRow = Record<string, SqlValue>;

/** System columns of an items table. */
export const SYSTEM_COLUMNS = ['ID', 's_guid', 's_version', 's_author', 's_editor', 's_created', 's_modified'] as const;

/** Stored values of one write, by column, plus explicit system values when the body set them. */
export interface ItemChanges {
  /** Field columns and their new stored values. */
  readonly values: Map<string, SqlValue>;
  /** `AuthorId` from the body, if given. */
  readonly authorId?: number;
  /** `EditorId` from the body, if given. */
  readonly editorId?: number;
  /** `Created` from the body, if given. */
  readonly created?: string;
  /** `Modified` from the body, if given. */
  readonly modified?: string;
}

function fieldForProperty(list: ListRecord, property: string): FieldRecord | undefined {
  return list.fields.find((field) => jsonName(field) === property);
}

function systemDate(value: unknown): string {
  const parsed = typeof value === 'string' ? parseDateTime(value) : undefined;
  if (parsed === undefined) {
    throw wrongValueType('Edm.DateTime');
  }
  return parsed;
}

function systemUser(value: unknown, userExists: UserExists): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw wrongValueType('Edm.Int32');
  }
  if (!userExists(value)) {
    throw new SpError(400, ErrorCodes.spExceptionGeneric, 'The user does not exist or is not unique.');
  }
  return value;
}

/**
 * Converts a REST item body (`{"Title": "…", "PlanId": 5}`) into stored values. Unknown
 * properties and wrong value types are SharePoint's 400 errors. `__metadata` and `odata.*`
 * annotations are ignored.
 */
export function bodyToChanges(list: ListRecord, body: Readonly<Record<string, unknown>>, userExists: UserExists): ItemChanges {
  const values = new Map<string, SqlValue>();
  let authorId: number | undefined;
  let editorId: number | undefined;
  let created: string | undefined;
  let modified: string | undefined;
  const typeName = `SP.Data.${list.entityTypeName.replace(/List$/, '')}ListItem`;
  for (const [property, value] of Object.entries(body)) {
    if (property === '__metadata' || property.startsWith('odata.') || property.includes('@odata.')) {
      continue;
    }
    switch (property) {
      case 'AuthorId':
        authorId = systemUser(value, userExists);
        continue;
      case 'EditorId':
        editorId = systemUser(value, userExists);
        continue;
      case 'Created':
        created = systemDate(value);
        continue;
      case 'Modified':
        modified = systemDate(value);
        continue;
    }
    const field = fieldForProperty(list, property);
    if (field === undefined || field.readOnly || field.column === undefined) {
      throw unknownBodyProperty(property, typeName);
    }
    values.set(field.column, toStorage(field, value, userExists));
  }
  return { values, authorId, editorId, created, modified };
}

/** The ETag of an item version as SharePoint writes it in `odata.etag` and the ETag header. */
export function itemEtag(row: ItemRow): string {
  return `"${String(row.s_guid)},${Number(row.s_version)}"`;
}

/**
 * SharePoint's answer when an item fails the list's validation formula: the list's
 * ValidationMessage (SharePoint's own text when there is none), with the code of
 * SPListDataValidationException, HTTP 500 as SharePoint Online answers REST writes.
 */
export function listValidationFailed(list: ListRecord): SpError {
  const message = typeof list.props.ValidationMessage === 'string' && list.props.ValidationMessage !== '' ? list.props.ValidationMessage : 'List data validation failed.';
  return new SpError(500, ErrorCodes.listDataValidation, message);
}

/** Item storage operations for all lists. */
export class ItemStore {
  private readonly formulas: Map<string, FormulaNode> = new Map();

  public constructor(
    private readonly db: Database,
    private readonly lists: ListCatalog
  ) {}

  private table(list: ListRecord): string {
    return quoteIdentifier(list.table);
  }

  /** One item row, or undefined. */
  public get(list: ListRecord, id: number): ItemRow | undefined {
    return this.db.get<ItemRow>(`SELECT * FROM ${this.table(list)} WHERE ID = ?`, id);
  }

  /** One item row, or SharePoint's 404. */
  public require(list: ListRecord, id: number): ItemRow {
    const row = this.get(list, id);
    if (row === undefined) {
      throw itemNotFound();
    }
    return row;
  }

  /** Rows by id, for expanding lookups. */
  public getMany(list: ListRecord, ids: readonly number[]): Map<number, ItemRow> {
    const result = new Map<number, ItemRow>();
    const unique = [...new Set(ids)];
    for (let start = 0; start < unique.length; start += 500) {
      const chunk = unique.slice(start, start + 500);
      const rows = this.db.all<ItemRow>(`SELECT * FROM ${this.table(list)} WHERE ID IN (${chunk.map(() => '?').join(',')})`, ...chunk);
      for (const row of rows) {
        result.set(Number(row.ID), row);
      }
    }
    return result;
  }

  /** Fails with SharePoint's list validation error unless the row passes the list's formula. */
  private validate(list: ListRecord, row: ItemRow): void {
    const formula = typeof list.props.ValidationFormula === 'string' ? list.props.ValidationFormula : '';
    if (formula === '') {
      return;
    }
    const key = `${list.rowId}|${formula}`;
    let node = this.formulas.get(key);
    if (node === undefined) {
      node = parseFormula(formula, list.fields);
      this.formulas.set(key, node);
    }
    if (!passesFormula(node, (field) => (field.column === undefined ? null : storedFormulaValue(field, row[field.column])))) {
      throw listValidationFailed(list);
    }
  }

  /** Runs a write, turning SQLite's unique violations into SharePoint's duplicate-value error. */
  private guarded<T>(list: ListRecord, columns: Iterable<string>, work: () => T): T {
    try {
      return this.db.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error)) {
        const names = list.fields.filter((f) => f.enforceUnique && [...columns].includes(f.column ?? '')).map((f) => f.internalName);
        // SharePoint Online's answer: HTTP 500 with the field names in brackets.
        throw new SpError(
          500,
          ErrorCodes.duplicateValues,
          `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${names.join(', ') || 'unknown'}].`
        );
      }
      throw error;
    }
  }

  /** Inserts an item (version 1) and returns its row. */
  public insert(list: ListRecord, changes: ItemChanges, userId: number, now: Date): ItemRow {
    return this.guarded(list, changes.values.keys(), () => this.insertInTransaction(list, changes, userId, now));
  }

  private insertInTransaction(list: ListRecord, changes: ItemChanges, userId: number, now: Date): ItemRow {
    const values = new Map(changes.values);
    for (const field of list.fields) {
      if (field.column !== undefined && !field.builtIn && !values.has(field.column)) {
        const fallback = defaultStorageValue(field, now);
        if (fallback !== undefined) {
          values.set(field.column, fallback);
        }
      }
    }
    const stamp = formatDateTime(now);
    const columns = ['s_guid', 's_version', 's_author', 's_editor', 's_created', 's_modified', ...values.keys()];
    const params: SqlValue[] = [
      randomUUID(),
      1,
      changes.authorId ?? userId,
      changes.editorId ?? changes.authorId ?? userId,
      changes.created ?? stamp,
      changes.modified ?? changes.created ?? stamp,
      ...values.values()
    ];
    const { lastInsertRowid } = this.db.run(
      `INSERT INTO ${this.table(list)} (${columns.map(quoteIdentifier).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      ...params
    );
    const row = this.require(list, lastInsertRowid);
    this.validate(list, row);
    this.recordVersion(list, row);
    this.lists.noteItemChange(list, 1, now, false);
    return row;
  }

  /** Inserts many items in one transaction (seeding and test setup); returns their ids. */
  public insertMany(list: ListRecord, rows: readonly ItemChanges[], userId: number, now: Date): number[] {
    const columns = new Set<string>();
    rows.forEach((r) => r.values.forEach((_v, c) => columns.add(c)));
    return this.guarded(list, columns, () => rows.map((changes) => Number(this.insertInTransaction(list, changes, userId, now).ID)));
  }

  /**
   * Updates an item: merges the changes, increments its version and records the version.
   * `check` runs inside the transaction on the current row (ETag and permission checks), so
   * two writers with the same ETag cannot both pass it.
   */
  public update(list: ListRecord, id: number, changes: ItemChanges, userId: number, now: Date, check: (row: ItemRow) => void): ItemRow {
    return this.guarded(list, changes.values.keys(), () => {
      const current = this.require(list, id);
      check(current);
      const stamp = formatDateTime(now);
      const assignments = ['s_version = s_version + 1', 's_editor = ?', 's_modified = ?'];
      const params: SqlValue[] = [changes.editorId ?? userId, changes.modified ?? stamp];
      if (changes.authorId !== undefined) {
        assignments.push('s_author = ?');
        params.push(changes.authorId);
      }
      if (changes.created !== undefined) {
        assignments.push('s_created = ?');
        params.push(changes.created);
      }
      for (const [column, value] of changes.values) {
        assignments.push(`${quoteIdentifier(column)} = ?`);
        params.push(value);
      }
      this.db.run(`UPDATE ${this.table(list)} SET ${assignments.join(', ')} WHERE ID = ?`, ...params, id);
      const row = this.require(list, id);
      this.validate(list, row);
      this.recordVersion(list, row);
      this.lists.noteItemChange(list, 0, now, false);
      return row;
    });
  }

  /** Deletes an item and its history; `check` runs on the current row inside the transaction. */
  public remove(list: ListRecord, id: number, now: Date, check: (row: ItemRow) => void): void {
    this.db.transaction(() => {
      const current = this.require(list, id);
      check(current);
      this.db.run(`DELETE FROM ${this.table(list)} WHERE ID = ?`, id);
      this.db.run('DELETE FROM versions WHERE list_row = ? AND item_id = ?', list.rowId, id);
      this.lists.noteItemChange(list, -1, now, true);
    });
  }

  /** Moves an item to the recycle bin and returns the recycle bin item's id. */
  public recycle(list: ListRecord, id: number, userId: number, now: Date, check: (row: ItemRow) => void): string {
    return this.db.transaction(() => {
      const current = this.require(list, id);
      check(current);
      const recycleId = randomUUID();
      this.db.run(
        'INSERT INTO recycle_bin (guid, list_row, item_id, title, deleted, deleted_by, data) VALUES (?, ?, ?, ?, ?, ?, ?)',
        recycleId,
        list.rowId,
        id,
        current.f_Title ?? null,
        formatDateTime(now),
        userId,
        JSON.stringify(current)
      );
      this.db.run(`DELETE FROM ${this.table(list)} WHERE ID = ?`, id);
      this.db.run('DELETE FROM versions WHERE list_row = ? AND item_id = ?', list.rowId, id);
      this.lists.noteItemChange(list, -1, now, true);
      return recycleId;
    });
  }

  private recordVersion(list: ListRecord, row: ItemRow): void {
    const version = Number(row.s_version);
    const versioning = list.props.EnableVersioning !== false;
    this.db.run(
      'INSERT OR REPLACE INTO versions (list_row, item_id, version, created, editor, data) VALUES (?, ?, ?, ?, ?, ?)',
      list.rowId,
      Number(row.ID),
      version,
      String(row.s_modified),
      Number(row.s_editor),
      JSON.stringify(row)
    );
    // Without versioning only the current version is kept; with it, at most MajorVersionLimit.
    const limit = versioning ? Number(list.props.MajorVersionLimit ?? 50) || 50 : 1;
    this.db.run('DELETE FROM versions WHERE list_row = ? AND item_id = ? AND version <= ?', list.rowId, Number(row.ID), version - limit);
  }

  /** The stored versions of an item, newest first. */
  public versions(list: ListRecord, id: number): { version: number; created: string; editor: number; row: ItemRow }[] {
    return this.db
      .all<{ version: number; created: string; editor: number; data: string }>(
        'SELECT version, created, editor, data FROM versions WHERE list_row = ? AND item_id = ? ORDER BY version DESC',
        list.rowId,
        id
      )
      .map((v) => ({ version: v.version, created: v.created, editor: v.editor, row: JSON.parse(v.data) as ItemRow }));
  }
}
