/**
 * The SQLite database behind the local SharePoint: its schema, a cache of prepared
 * statements and transactions. Site-level rows (lists, fields, users, groups, versions, the
 * recycle bin) live in fixed tables; each list's items live in a table of their own
 * (`items_<n>`) with one real column per field, so filters compile to plain SQL and indexed
 * columns get real SQLite indexes.
 */
import { openDatabase, type DatabaseSync, type StatementSync, type SqlValue } from './sqlite';

/** Bumped when the table layout changes; an older file is rebuilt empty (it is local data). */
const SCHEMA_VERSION = '2';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS lists (
  row_id INTEGER PRIMARY KEY AUTOINCREMENT,
  guid TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL UNIQUE COLLATE NOCASE,
  url_name TEXT NOT NULL COLLATE NOCASE,
  entity_name TEXT NOT NULL,
  description TEXT NOT NULL,
  base_template INTEGER NOT NULL,
  created TEXT NOT NULL,
  props TEXT NOT NULL,
  item_count INTEGER NOT NULL DEFAULT 0,
  last_item_modified TEXT NOT NULL,
  last_item_deleted TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS fields (
  list_row INTEGER NOT NULL,
  position INTEGER NOT NULL,
  internal_name TEXT NOT NULL COLLATE NOCASE,
  data TEXT NOT NULL,
  PRIMARY KEY (list_row, internal_name)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS users (
  id INTEGER PRIMARY KEY,
  login TEXT NOT NULL UNIQUE COLLATE NOCASE,
  title TEXT NOT NULL COLLATE NOCASE,
  email TEXT NOT NULL COLLATE NOCASE,
  job_title TEXT NOT NULL DEFAULT '',
  department TEXT NOT NULL DEFAULT '',
  is_site_admin INTEGER NOT NULL DEFAULT 0,
  in_site INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS groups (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL UNIQUE COLLATE NOCASE,
  description TEXT NOT NULL,
  owner_id INTEGER NOT NULL,
  allow_members_edit INTEGER NOT NULL DEFAULT 0,
  only_members_view INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS role_definitions (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  description TEXT NOT NULL,
  ord INTEGER NOT NULL,
  hidden INTEGER NOT NULL DEFAULT 0,
  role_type_kind INTEGER NOT NULL DEFAULT 0,
  high INTEGER NOT NULL,
  low INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS unique_scopes (scope TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS role_assignments (
  scope TEXT NOT NULL,
  principal_id INTEGER NOT NULL,
  role_def_id INTEGER NOT NULL,
  PRIMARY KEY (scope, principal_id, role_def_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS group_members (
  group_id INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  PRIMARY KEY (group_id, user_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS versions (
  list_row INTEGER NOT NULL,
  item_id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  created TEXT NOT NULL,
  editor INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (list_row, item_id, version)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS recycle_bin (
  guid TEXT PRIMARY KEY,
  list_row INTEGER NOT NULL,
  item_id INTEGER NOT NULL,
  title TEXT,
  deleted TEXT NOT NULL,
  deleted_by INTEGER NOT NULL,
  data TEXT NOT NULL
);
`;

/** A SQLite database with cached statements and nested transactions. */
export class Database {
  /** The underlying `node:sqlite` connection. */
  public readonly connection: DatabaseSync;
  /** Where the data lives (`:memory:` or a file path). */
  public readonly location: string;
  private readonly statements: Map<string, StatementSync> = new Map();
  private depth: number = 0;
  private closed: boolean = false;

  public constructor(location: string) {
    this.location = location;
    this.connection = openDatabase(location);
    if (location !== ':memory:') {
      // WAL keeps readers and the single writer from blocking each other and survives crashes.
      this.connection.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;');
    }
    this.migrate();
  }

  private migrate(): void {
    const hasMeta = this.connection.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
    if (hasMeta !== undefined) {
      const row = this.connection.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value?: string } | undefined;
      if (row?.value !== SCHEMA_VERSION) {
        this.dropEverything();
      }
    }
    this.connection.exec(SCHEMA);
    this.connection.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)").run(SCHEMA_VERSION);
  }

  /** Drops every table (used by reset and by schema upgrades of local data). */
  public dropEverything(): void {
    this.statements.clear();
    const tables = this.connection.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
      name: string;
    }[];
    for (const { name } of tables) {
      this.connection.exec(`DROP TABLE IF EXISTS ${quoteIdentifier(name)}`);
    }
  }

  /** Empties the database and recreates the schema. */
  public reset(): void {
    this.dropEverything();
    this.migrate();
  }

  /** A prepared statement for `sql`, reused across calls. */
  public statement(sql: string): StatementSync {
    let prepared = this.statements.get(sql);
    if (prepared === undefined) {
      prepared = this.connection.prepare(sql);
      // Bounded: filters produce many distinct statements over a long run.
      if (this.statements.size > 2000) {
        this.statements.clear();
      }
      this.statements.set(sql, prepared);
    }
    return prepared;
  }

  /** Runs `sql` (no result). */
  public run(sql: string, ...params: SqlValue[]): { changes: number; lastInsertRowid: number } {
    const result = this.statement(sql).run(...params);
    return { changes: Number(result.changes), lastInsertRowid: Number(result.lastInsertRowid) };
  }

  /** Returns the first row of `sql`, or undefined. */
  public get<T>(sql: string, ...params: SqlValue[]): T | undefined {
    return this.statement(sql).get(...params) as T | undefined;
  }

  /** Returns every row of `sql`. */
  public all<T>(sql: string, ...params: SqlValue[]): T[] {
    return this.statement(sql).all(...params) as T[];
  }

  /** Executes DDL; the statement cache is cleared because table shapes change. */
  public ddl(sql: string): void {
    this.statements.clear();
    this.connection.exec(sql);
  }

  /**
   * Runs `work` in a transaction (a savepoint when nested). Everything a request writes goes
   * through here, so a failed request leaves no half-written rows.
   */
  public transaction<T>(work: () => T): T {
    const savepoint = `sp_${this.depth}`;
    this.connection.exec(this.depth === 0 ? 'BEGIN IMMEDIATE' : `SAVEPOINT ${savepoint}`);
    this.depth++;
    try {
      const result = work();
      this.depth--;
      this.connection.exec(this.depth === 0 ? 'COMMIT' : `RELEASE ${savepoint}`);
      return result;
    } catch (error) {
      this.depth--;
      if (this.depth === 0) {
        this.connection.exec('ROLLBACK');
      } else {
        this.connection.exec(`ROLLBACK TO ${savepoint}; RELEASE ${savepoint}`);
      }
      throw error;
    }
  }

  /** Reads a value from the meta table. */
  public meta(key: string): string | undefined {
    return this.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', key)?.value;
  }

  /** Writes a value to the meta table. */
  public setMeta(key: string, value: string): void {
    this.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value', key, value);
  }

  /** Closes the connection. */
  public close(): void {
    this.statements.clear();
    if (!this.closed) {
      this.closed = true;
      this.connection.close();
    }
  }
}

/** Quotes an SQL identifier. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
