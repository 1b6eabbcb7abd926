import type { OutboxEntry } from './entry.js';

/** Dispatched as `change` whenever the outbox's pending or held count changes: feed a badge. */
export class OutboxChangeEvent extends Event {
  /** Entries waiting for delivery. */
  readonly pending: number;
  /** Entries refused for good, waiting for staff. */
  readonly held: number;

  constructor(pending: number, held: number) {
    super('change');
    this.pending = pending;
    this.held = held;
  }
}

/** Dispatched as `delivered` or `held` for one entry. */
export class OutboxEntryEvent extends Event {
  readonly entry: OutboxEntry;

  constructor(type: 'delivered' | 'held', entry: OutboxEntry) {
    super(type);
    this.entry = entry;
  }
}
