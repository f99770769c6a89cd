/**
 * Loads Node 22's built-in `node:sqlite`. It is loaded through `process.getBuiltinModule`
 * because jest's module resolver does not know the `node:sqlite` specifier; the types come
 * from @types/node and are erased at run time.
 */
import type * as NodeSqlite from 'node:sqlite';

/** The synchronous SQLite database class of `node:sqlite`. */
export type DatabaseSync = NodeSqlite.DatabaseSync;
/** A prepared statement of `node:sqlite`. */
export type StatementSync = NodeSqlite.StatementSync;
/** A value SQLite accepts as a bound parameter. */
export type SqlValue = NodeSqlite.SQLInputValue;

let loaded: typeof NodeSqlite | undefined;
let warningFilterInstalled = false;

/**
 * Filters out exactly Node's "SQLite is an experimental feature" warning, which Node prints
 * the first time `node:sqlite` loads; every other warning still reaches the default handler.
 */
function installSqliteWarningFilter(): void {
  if (warningFilterInstalled) {
    return;
  }
  warningFilterInstalled = true;
  // The real process object: under jest the global `process` is a sandbox copy, while Node
  // emits the warning on the real one.
  const target = (process.getBuiltinModule('node:process') as NodeJS.Process | undefined) ?? process;
  const marker = Symbol.for('internkontroll.local-sharepoint.sqlite-warning-filter');
  const marked = target as unknown as Record<symbol, boolean>;
  if (marked[marker]) {
    return;
  }
  marked[marker] = true;
  const original = target.emitWarning.bind(target) as (...args: unknown[]) => void;
  const filtered = (warning: unknown, ...rest: unknown[]): void => {
    const message = typeof warning === 'string' ? warning : warning instanceof Error ? warning.message : '';
    const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: string } | undefined)?.type;
    const kind = warning instanceof Error ? warning.name : type;
    if (kind === 'ExperimentalWarning' && /SQLite is an experimental feature/.test(message)) {
      return;
    }
    original(warning, ...rest);
  };
  target.emitWarning = filtered as typeof process.emitWarning;
}

/** Returns the `node:sqlite` module, loading it on first use. */
export function loadSqlite(): typeof NodeSqlite {
  if (loaded === undefined) {
    installSqliteWarningFilter();
    const module = process.getBuiltinModule('node:sqlite') as typeof NodeSqlite | undefined;
    if (module === undefined) {
      throw new Error('node:sqlite is not available: the local SharePoint needs Node 22.5 or later.');
    }
    loaded = module;
  }
  return loaded;
}

/** Opens a database file, or an in-memory database for `:memory:`. */
export function openDatabase(location: string): DatabaseSync {
  const { DatabaseSync: Database } = loadSqlite();
  return new Database(location);
}

/** Whether an error thrown by SQLite is a UNIQUE constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  // No instanceof: node:sqlite's errors may come from another realm (e.g. under jest).
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' && /UNIQUE constraint failed/.test(message);
}
