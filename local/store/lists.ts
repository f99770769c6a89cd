/**
 * The site's lists and their fields. Each list's items live in their own table `items_<n>`
 * with system columns (ID, GUID, version, author, editor, created, modified) and one column
 * per field; indexed fields get a SQLite index, unique fields a unique index.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from './database';
import { quoteIdentifier } from './database';
import { builtInFields, columnFor, FIELD_KINDS, formatDateTime, type FieldRecord } from './fields';
import { encodeInternalName } from '../field-xml';

/** One list with its fields. Mutable so the catalog can keep its cache current. */
export interface ListRecord {
  /** Row id in `lists`; names the items table. */
  rowId: number;
  /** List id (GUID, lower case, no braces). */
  id: string;
  /** Title. */
  title: string;
  /** Web-relative URL name (`Lists/<urlName>`), fixed at creation as in SharePoint. */
  urlName: string;
  /** REST entity set name, e.g. `IKPlanerList`. */
  entityTypeName: string;
  /** Description. */
  description: string;
  /** List template (100 = generic list). */
  baseTemplate: number;
  /** Creation time (SharePoint JSON format). */
  created: string;
  /** Other SP.List properties (WriteSecurity, EnableVersioning, …). */
  props: Record<string, unknown>;
  /** Number of items. */
  itemCount: number;
  /** Time of the last item change. */
  lastItemModified: string;
  /** Time of the last item deletion. */
  lastItemDeleted: string;
  /** Increments on every list property change (the list's ETag). */
  version: number;
  /** The SQL table of the items (unquoted name). */
  table: string;
  /** Fields in creation order (built-ins first). */
  fields: FieldRecord[];
  /** Fields by lower-cased internal name. */
  fieldsByName: Map<string, FieldRecord>;
}

/** SharePoint's defaults for a new generic list. */
export const DEFAULT_LIST_PROPS: Readonly<Record<string, unknown>> = {
  AllowContentTypes: true,
  ContentTypesEnabled: false,
  EnableVersioning: true,
  EnableMinorVersions: false,
  EnableModeration: false,
  EnableAttachments: true,
  EnableFolderCreation: false,
  ForceCheckout: false,
  Hidden: false,
  MajorVersionLimit: 50,
  MajorWithMinorVersionsLimit: 0,
  NoCrawl: false,
  OnQuickLaunch: false,
  ReadSecurity: 1,
  WriteSecurity: 1,
  DraftVersionVisibility: 0,
  Direction: 'none',
  IrmEnabled: false,
  IrmExpire: false,
  IrmReject: false,
  IsApplicationList: false,
  DisableGridEditing: false,
  ExcludeFromOfflineClient: false,
  ValidationFormula: '',
  ValidationMessage: '',
  TemplateFeatureId: '00bfea71-de22-43b2-a848-c05709900100'
};

interface ListRow {
  row_id: number;
  guid: string;
  title: string;
  url_name: string;
  entity_name: string;
  description: string;
  base_template: number;
  created: string;
  props: string;
  item_count: number;
  last_item_modified: string;
  last_item_deleted: string;
  version: number;
}

/** The index name of a field's column. */
function indexName(list: ListRecord, field: FieldRecord): string {
  return `ix_${list.rowId}_${field.internalName}`;
}

/** Encodes a list URL name into SharePoint's REST entity name (`My List` → `My_x0020_List`). */
export function entityNameFor(urlName: string): string {
  let encoded = '';
  for (const ch of urlName) {
    encoded += /[A-Za-z0-9_]/.test(ch) ? ch : `_x${ch.codePointAt(0)!.toString(16).padStart(4, '0')}_`;
  }
  return /^[A-Za-z]/.test(encoded) ? encoded : `OData_${encoded}`;
}

/** The catalog of lists, cached in memory (one process owns the database). */
export class ListCatalog {
  private readonly byRow: Map<number, ListRecord> = new Map();
  private loaded: boolean = false;

  public constructor(private readonly db: Database) {}

  private ensureLoaded(): void {
    if (this.loaded) {
      return;
    }
    this.byRow.clear();
    for (const row of this.db.all<ListRow>('SELECT * FROM lists ORDER BY row_id')) {
      this.byRow.set(row.row_id, this.load(row));
    }
    this.loaded = true;
  }

  private load(row: ListRow): ListRecord {
    const fields = this.db
      .all<{ data: string }>('SELECT data FROM fields WHERE list_row = ? ORDER BY position', row.row_id)
      .map((f) => JSON.parse(f.data) as FieldRecord);
    return {
      rowId: row.row_id,
      id: row.guid,
      title: row.title,
      urlName: row.url_name,
      entityTypeName: row.entity_name,
      description: row.description,
      baseTemplate: row.base_template,
      created: row.created,
      props: JSON.parse(row.props) as Record<string, unknown>,
      itemCount: row.item_count,
      lastItemModified: row.last_item_modified,
      lastItemDeleted: row.last_item_deleted,
      version: row.version,
      table: `items_${row.row_id}`,
      fields,
      fieldsByName: new Map(fields.map((f) => [f.internalName.toLowerCase(), f]))
    };
  }

  /** Forgets the cache (after a reset). */
  public invalidate(): void {
    this.loaded = false;
    this.byRow.clear();
  }

  /** Every list, in creation order. */
  public all(): ListRecord[] {
    this.ensureLoaded();
    return [...this.byRow.values()];
  }

  /** A list by title (case-insensitive, as SharePoint). */
  public byTitle(title: string): ListRecord | undefined {
    const wanted = title.toLowerCase();
    return this.all().find((list) => list.title.toLowerCase() === wanted);
  }

  /** A list by id (GUID with or without braces). */
  public byId(id: string): ListRecord | undefined {
    const wanted = id.replace(/[{}]/g, '').toLowerCase();
    return this.all().find((list) => list.id === wanted);
  }

  /** A list by web-relative URL (`Lists/IKPlaner`) or server-relative URL. */
  public byUrl(url: string): ListRecord | undefined {
    const name = url.replace(/\/+$/, '').split('/').pop()?.toLowerCase() ?? '';
    return this.all().find((list) => list.urlName.toLowerCase() === name);
  }

  /** Creates a list with SharePoint's built-in fields and an empty items table. */
  public create(input: { title: string; description: string; baseTemplate: number; props: Record<string, unknown>; now: Date }): ListRecord {
    const guid = randomUUID();
    const created = formatDateTime(input.now);
    const urlName = input.title.replace(/[^A-Za-z0-9_\-ÅÄÖåäö]/g, '') || encodeInternalName(input.title);
    const entityName = `${entityNameFor(urlName)}List`;
    const props = { ...DEFAULT_LIST_PROPS, ...input.props };
    const { lastInsertRowid } = this.db.run(
      'INSERT INTO lists (guid, title, url_name, entity_name, description, base_template, created, props, last_item_modified, last_item_deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      guid,
      input.title,
      urlName,
      entityName,
      input.description,
      input.baseTemplate,
      created,
      JSON.stringify(props),
      created,
      created
    );
    const rowId = lastInsertRowid;
    const table = quoteIdentifier(`items_${rowId}`);
    // AUTOINCREMENT: SharePoint never reuses an item id, even after a delete.
    this.db.ddl(
      `CREATE TABLE ${table} (ID INTEGER PRIMARY KEY AUTOINCREMENT, s_guid TEXT NOT NULL, s_version INTEGER NOT NULL, ` +
        `s_author INTEGER NOT NULL, s_editor INTEGER NOT NULL, s_created TEXT NOT NULL, s_modified TEXT NOT NULL, ` +
        `${quoteIdentifier(columnFor('Title'))} ${FIELD_KINDS.Text.sqlType})`
    );
    builtInFields().forEach((field, position) => this.insertFieldRow(rowId, position, field));
    return this.reload(rowId);
  }

  private insertFieldRow(rowId: number, position: number, field: FieldRecord): void {
    this.db.run('INSERT INTO fields (list_row, position, internal_name, data) VALUES (?, ?, ?, ?)', rowId, position, field.internalName, JSON.stringify(field));
  }

  /** Re-reads one list into the cache and returns it. */
  public reload(rowId: number): ListRecord {
    this.ensureLoaded();
    const row = this.db.get<ListRow>('SELECT * FROM lists WHERE row_id = ?', rowId);
    if (row === undefined) {
      this.byRow.delete(rowId);
      throw new Error(`List row ${rowId} vanished`);
    }
    const record = this.load(row);
    this.byRow.set(rowId, record);
    return record;
  }

  /** Writes title, description and other properties; bumps the list version. */
  public update(list: ListRecord, changes: { title?: string; description?: string; props?: Record<string, unknown> }): ListRecord {
    const props = { ...list.props, ...(changes.props ?? {}) };
    this.db.run(
      'UPDATE lists SET title = ?, description = ?, props = ?, version = version + 1 WHERE row_id = ?',
      changes.title ?? list.title,
      changes.description ?? list.description,
      JSON.stringify(props),
      list.rowId
    );
    return this.reload(list.rowId);
  }

  /** Deletes a list with its items, fields and versions. */
  public remove(list: ListRecord): void {
    this.db.ddl(`DROP TABLE IF EXISTS ${quoteIdentifier(list.table)}`);
    this.db.run('DELETE FROM fields WHERE list_row = ?', list.rowId);
    this.db.run('DELETE FROM versions WHERE list_row = ?', list.rowId);
    this.db.run('DELETE FROM lists WHERE row_id = ?', list.rowId);
    this.byRow.delete(list.rowId);
  }

  /** Adds a field: its row, its column and its index. */
  public addField(list: ListRecord, field: FieldRecord): ListRecord {
    const info = FIELD_KINDS[field.kind];
    if (field.column !== undefined) {
      this.db.ddl(`ALTER TABLE ${quoteIdentifier(list.table)} ADD COLUMN ${quoteIdentifier(field.column)} ${info.sqlType}`);
    }
    const position = this.db.get<{ n: number | null }>('SELECT MAX(position) AS n FROM fields WHERE list_row = ?', list.rowId)?.n ?? 0;
    this.insertFieldRow(list.rowId, position + 1, field);
    this.applyIndex(list, undefined, field);
    return this.reload(list.rowId);
  }

  /** Replaces a field's definition, creating or dropping its index when that changes. */
  public updateField(list: ListRecord, before: FieldRecord, after: FieldRecord): ListRecord {
    this.applyIndex(list, before, after);
    this.db.run('UPDATE fields SET data = ? WHERE list_row = ? AND internal_name = ?', JSON.stringify(after), list.rowId, before.internalName);
    return this.reload(list.rowId);
  }

  /** Deletes a user-created field and its column. */
  public removeField(list: ListRecord, field: FieldRecord): ListRecord {
    this.db.ddl(`DROP INDEX IF EXISTS ${quoteIdentifier(indexName(list, field))}`);
    if (field.column !== undefined) {
      this.db.ddl(`ALTER TABLE ${quoteIdentifier(list.table)} DROP COLUMN ${quoteIdentifier(field.column)}`);
    }
    this.db.run('DELETE FROM fields WHERE list_row = ? AND internal_name = ?', list.rowId, field.internalName);
    return this.reload(list.rowId);
  }

  private applyIndex(list: ListRecord, before: FieldRecord | undefined, after: FieldRecord): void {
    if (after.column === undefined || after.column === 'ID') {
      return;
    }
    const wasIndexed = before !== undefined && before.indexed;
    const wasUnique = before !== undefined && before.enforceUnique;
    if (wasIndexed === after.indexed && wasUnique === after.enforceUnique) {
      return;
    }
    const name = quoteIdentifier(indexName(list, after));
    this.db.ddl(`DROP INDEX IF EXISTS ${name}`);
    if (after.indexed || after.enforceUnique) {
      // A unique index fails here when existing rows already hold duplicates.
      this.db.ddl(
        `CREATE ${after.enforceUnique ? 'UNIQUE ' : ''}INDEX ${name} ON ${quoteIdentifier(list.table)} (${quoteIdentifier(after.column)})`
      );
    }
  }

  /** Records an item change in the list's counters. */
  public noteItemChange(list: ListRecord, countDelta: number, now: Date, deleted: boolean): void {
    const stamp = formatDateTime(now);
    if (deleted) {
      this.db.run('UPDATE lists SET item_count = item_count + ?, last_item_modified = ?, last_item_deleted = ? WHERE row_id = ?', countDelta, stamp, stamp, list.rowId);
      list.lastItemDeleted = stamp;
    } else {
      this.db.run('UPDATE lists SET item_count = item_count + ?, last_item_modified = ? WHERE row_id = ?', countDelta, stamp, list.rowId);
    }
    list.itemCount += countDelta;
    list.lastItemModified = stamp;
  }
}
