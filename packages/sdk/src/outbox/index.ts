export { createOutbox } from './outbox.js';
export { MemoryOutboxStore } from './memory-store.js';
export { IndexedDbOutboxStore } from './indexeddb-store.js';
export { OutboxChangeEvent, OutboxEntryEvent } from './events.js';
export type {
  Outbox,
  OutboxEnqueueOptions,
  OutboxEnqueueResult,
  OutboxEntry,
  OutboxEntryState,
  OutboxEventMap,
  OutboxHeldReason,
  OutboxOptions,
  OutboxSend,
  OutboxStore,
} from './types.js';
