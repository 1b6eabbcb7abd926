export { createOutbox } from './outbox.js';
export { MemoryOutboxStore } from './memory-store.js';
export { IndexedDbOutboxStore } from './indexeddb-store.js';
export { OutboxChangeEvent, OutboxEntryEvent } from './events.js';
export type { OutboxEntry, OutboxHeldReason } from './entry.js';
export type {
  Outbox,
  OutboxEnqueueOptions,
  OutboxEnqueueResult,
  OutboxEntryState,
  OutboxEventMap,
  OutboxOptions,
  OutboxSend,
  OutboxStore,
} from './types.js';
