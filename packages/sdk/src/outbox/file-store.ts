/// <reference types="node" />
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { IdoError } from '../errors/ido-error.js';
import { sortEntries } from './memory-store.js';
import type { OutboxEntry } from './entry.js';
import type { OutboxStore } from './types.js';

interface OutboxFile {
  version: 1;
  entries: OutboxEntry[];
}

/** Tails of the per-file operation queues, shared by every store instance on the same path. */
const queues = new Map<string, Promise<unknown>>();

/**
 * Keeps entries in one JSON file, for Node (a kiosk, a CLI, a sync job). Every change is written
 * to a temporary file, flushed to disk and renamed over the old one, so a crash leaves either the
 * old or the new file, never half of one. Instances on the same path in one process share a
 * queue; the file is re-read on every call, so a new instance (after a restart) sees everything.
 * Do not share one file between processes.
 */
export class FileOutboxStore implements OutboxStore {
  /** Absolute path of the JSON file. */
  readonly path: string;

  /** @param path where the file lives; its folder is created when needed. */
  constructor(path: string) {
    this.path = resolve(path);
  }

  put(entry: OutboxEntry): Promise<void> {
    return this.#update((entries) => entries.set(entry.id, structuredClone(entry)));
  }

  get(id: string): Promise<OutboxEntry | undefined> {
    return this.#serial(async () => (await this.#read()).get(id));
  }

  delete(id: string): Promise<void> {
    return this.#update((entries) => entries.delete(id));
  }

  list(): Promise<OutboxEntry[]> {
    return this.#serial(async () => sortEntries([...(await this.#read()).values()]));
  }

  #update(change: (entries: Map<string, OutboxEntry>) => void): Promise<void> {
    return this.#serial(async () => {
      const entries = await this.#read();
      change(entries);
      await this.#write(entries);
    });
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const result = (queues.get(this.path) ?? Promise.resolve()).then(task);
    const tail = result.catch(() => undefined);
    queues.set(this.path, tail);
    // Forget the queue once idle, so long-running processes do not collect one per file.
    void tail.then(() => {
      if (queues.get(this.path) === tail) queues.delete(this.path);
    });
    return result;
  }

  async #read(): Promise<Map<string, OutboxEntry>> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
      throw error;
    }
    let data: OutboxFile;
    try {
      data = JSON.parse(text) as OutboxFile;
    } catch (cause) {
      throw new IdoError('config', `The outbox file ${this.path} is not valid JSON`, { cause });
    }
    // Refuse rather than start empty: starting empty would silently drop registrations.
    if (data?.version !== 1 || !Array.isArray(data.entries)) {
      throw new IdoError('config', `The outbox file ${this.path} is not an IDO Kit outbox`);
    }
    return new Map(data.entries.map((entry) => [entry.id, entry]));
  }

  async #write(entries: Map<string, OutboxEntry>): Promise<void> {
    const body: OutboxFile = { version: 1, entries: sortEntries([...entries.values()]) };
    const temp = `${this.path}.${process.pid}.${randomUUID()}.tmp`;
    await mkdir(dirname(this.path), { recursive: true });
    try {
      const file = await open(temp, 'w', 0o600);
      try {
        await file.writeFile(JSON.stringify(body));
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(temp, this.path);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    await syncFolder(dirname(this.path));
  }
}

/** Makes the rename itself durable (POSIX); platforms that cannot open a folder skip it. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot fsync a directory; the rename is still atomic there.
  }
}
