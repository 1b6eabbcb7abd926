import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { IdoError } from '../errors/ido-error.js';
import { sortEntries } from './memory-store.js';
import type { OutboxEntry } from './entry.js';
import type { OutboxStore } from './types.js';

interface OutboxDb extends DBSchema {
  entries: { key: string; value: OutboxEntry };
}

const STORE = 'entries';

/**
 * Keeps entries in the browser's IndexedDB, so they survive reloads, crashes and closed tabs;
 * every tab of the origin sees the same entries. Writes use `durability: 'strict'`: a put
 * resolves only once the entry is on disk.
 */
export class IndexedDbOutboxStore implements OutboxStore {
  /** The IndexedDB database name. */
  readonly dbName: string;
  #db: Promise<IDBPDatabase<OutboxDb>> | undefined;

  /** @param options.dbName the database name. @default 'idokit-outbox' */
  constructor(options: { dbName?: string } = {}) {
    this.dbName = options.dbName ?? 'idokit-outbox';
  }

  async put(entry: OutboxEntry): Promise<void> {
    const db = await this.#open();
    const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.put(entry), tx.done]);
  }

  async get(id: string): Promise<OutboxEntry | undefined> {
    return (await this.#open()).get(STORE, id);
  }

  async delete(id: string): Promise<void> {
    const db = await this.#open();
    const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.delete(id), tx.done]);
  }

  async list(): Promise<OutboxEntry[]> {
    return sortEntries(await (await this.#open()).getAll(STORE));
  }

  /** Closes the connection; the next call opens it again. */
  async close(): Promise<void> {
    const db = this.#db;
    this.#db = undefined;
    if (db) (await db).close();
  }

  #open(): Promise<IDBPDatabase<OutboxDb>> {
    if (typeof indexedDB === 'undefined') {
      return Promise.reject(new IdoError('config', 'IndexedDB is not available here'));
    }
    this.#db ??= openDB<OutboxDb>(this.dbName, 1, {
      upgrade(db) {
        db.createObjectStore(STORE, { keyPath: 'id' });
      },
      // Another tab upgrades the schema: let it, and reopen on the next call.
      blocking: () => void this.close(),
      terminated: () => {
        this.#db = undefined;
      },
    }).catch((error: unknown) => {
      this.#db = undefined;
      throw error;
    });
    return this.#db;
  }
}
