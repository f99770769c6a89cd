/**
 * The data of one local SharePoint site: lists, fields, items, people. Wraps the SQLite
 * database and the in-memory caches over it.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Database } from './database';
import { bodyToChanges, ItemStore } from './items';
import { ListCatalog, type ListRecord } from './lists';
import { listScope, SecurityStore } from './security';
import { UserDirectory, DEFAULT_LOGIN } from './users';
import { listNotFound } from '../errors';

/** Identity of the site (stable across restarts, stored in the database). */
export interface SiteIdentity {
  /** Site collection id. */
  readonly siteId: string;
  /** Web id. */
  readonly webId: string;
  /** Web title. */
  readonly title: string;
  /** Web creation time. */
  readonly created: string;
}

/** The site's storage. */
export class SiteStore {
  /** The SQLite database. */
  public readonly db: Database;
  /** Lists and fields. */
  public readonly lists: ListCatalog;
  /** List items. */
  public readonly items: ItemStore;
  /** Users and groups. */
  public readonly users: UserDirectory;
  /** Permission levels and role assignments. */
  public readonly security: SecurityStore;

  public constructor(location: string) {
    this.db = new Database(location);
    this.lists = new ListCatalog(this.db);
    this.items = new ItemStore(this.db, this.lists);
    this.users = new UserDirectory(this.db);
    this.security = new SecurityStore(this.db, this.users);
    this.initialise();
  }

  private initialise(): void {
    this.users.seedIfEmpty();
    this.security.seedIfEmpty();
    if (this.db.meta('token_secret') === undefined) {
      // Signs the bearer tokens this site issues (local/auth.ts); a reset invalidates them.
      this.db.setMeta('token_secret', randomBytes(32).toString('hex'));
    }
    if (this.db.meta('site_id') === undefined) {
      this.db.setMeta('site_id', randomUUID());
      this.db.setMeta('web_id', randomUUID());
      this.db.setMeta('web_title', 'Internkontroll');
      this.db.setMeta('web_created', `${new Date().toISOString().slice(0, 19)}Z`);
    }
  }

  /** The site's ids and title. */
  public identity(): SiteIdentity {
    return {
      siteId: this.db.meta('site_id') ?? '',
      webId: this.db.meta('web_id') ?? '',
      title: this.db.meta('web_title') ?? 'Internkontroll',
      created: this.db.meta('web_created') ?? ''
    };
  }

  /** The secret the site signs its bearer tokens with. */
  public tokenSecret(): string {
    return this.db.meta('token_secret') ?? '';
  }

  /** Deletes a list with its items and its permissions. */
  public removeList(list: ListRecord): void {
    this.db.transaction(() => {
      this.lists.remove(list);
      this.security.dropScope(listScope(list.rowId));
    });
  }

  /** Sets the web title. */
  public setWebTitle(title: string): void {
    this.db.setMeta('web_title', title);
  }

  /** Empties the site: no lists or items, the demo users, groups and permissions again. */
  public reset(): void {
    this.db.reset();
    this.lists.invalidate();
    this.users.clearCache();
    this.initialise();
  }

  /**
   * Runs a write; when it fails, the list cache is reloaded so counters and field
   * definitions match what the rolled-back database holds.
   */
  public write<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      this.lists.invalidate();
      throw error;
    }
  }

  /**
   * Inserts many items into a list by title in one transaction, with the same value
   * validation as REST; for seeding demo data and test setup. Returns the new ids.
   */
  public addItems(listTitle: string, bodies: readonly Readonly<Record<string, unknown>>[], options: { author?: string; now?: Date } = {}): number[] {
    const list: ListRecord | undefined = this.lists.byTitle(listTitle);
    if (list === undefined) {
      throw listNotFound(listTitle, 'local');
    }
    const author = this.users.byLogin(options.author ?? DEFAULT_LOGIN);
    const userExists = (id: number): boolean => this.users.isSiteUser(id);
    const changes = bodies.map((body) => bodyToChanges(list, body, userExists));
    return this.write(() => this.items.insertMany(list, changes, author?.id ?? 6, options.now ?? new Date()));
  }

  /** Closes the database. */
  public close(): void {
    this.db.close();
  }
}
