import type { OutboxEntry } from './entry.js';
import type { OutboxStore } from './types.js';

/**
 * Keeps entries in memory: lost on reload. For tests, Node scripts and pages where an
 * {@link IndexedDbOutboxStore} is not available. Entries are copied in and out, as a real store would.
 */
export class MemoryOutboxStore implements OutboxStore {
  #entries = new Map<string, OutboxEntry>();

  async put(entry: OutboxEntry): Promise<void> {
    this.#entries.set(entry.id, structuredClone(entry));
  }

  async get(id: string): Promise<OutboxEntry | undefined> {
    const entry = this.#entries.get(id);
    return entry && structuredClone(entry);
  }

  async delete(id: string): Promise<void> {
    this.#entries.delete(id);
  }

  async list(): Promise<OutboxEntry[]> {
    return sortEntries([...this.#entries.values()].map((entry) => structuredClone(entry)));
  }
}

/** Oldest first; the id breaks ties so the order is stable across stores. */
export function sortEntries(entries: OutboxEntry[]): OutboxEntry[] {
  return entries.sort(
    (a, b) => a.enqueuedAt - b.enqueuedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
