import type { QuestionRegistration, QuestionRegistrationInput } from '../schemas/registration.js';
import type { OutboxEntry } from './entry.js';
import type { OutboxChangeEvent, OutboxEntryEvent } from './events.js';

/**
 * Where entries are kept. Implementations must be durable for the outbox to survive reloads
 * (IndexedDB, a file); {@link MemoryOutboxStore} is for tests and for pages that accept loss.
 */
export interface OutboxStore {
  /** Inserts or replaces the entry with this id; resolves once it is safely written. */
  put(entry: OutboxEntry): Promise<void>;
  get(id: string): Promise<OutboxEntry | undefined>;
  /** Removes the entry; deleting a missing id is not an error. */
  delete(id: string): Promise<void>;
  /** All entries, oldest first. */
  list(): Promise<OutboxEntry[]>;
}

/** How a registration left {@link Outbox.enqueue}: sent, waiting for a retry, or held aside. */
export type OutboxEntryState = 'delivered' | 'pending' | 'held';

/** What {@link Outbox.enqueue} resolves with: the entry after its first delivery attempt. */
export interface OutboxEnqueueResult extends OutboxEntry {
  state: OutboxEntryState;
}

/** Options of {@link Outbox.enqueue}. */
export interface OutboxEnqueueOptions {
  /**
   * Called once the registration is safely in the store (the store's `put` resolved), before
   * the first delivery attempt; also when the id was already waiting there (with the entry that
   * was kept). From then on the registration survives a reload, a crash or a lost connection,
   * so a form may clear its draft. Not called when the registration is invalid or the store
   * fails (then `enqueue` rejects), nor when the id was delivered before (then `enqueue`
   * resolves at once with state `'delivered'`). An error thrown by the callback is ignored.
   *
   * @example
   * const stored = new Promise<void>((resolve) => void outbox.enqueue(reg, { onStored: () => resolve() }));
   */
  onStored?: (entry: OutboxEntry) => void;
}

/** Sends one registration; throws the SDK's typed errors (IdoHttpError, IdoNetworkError) on failure. */
export type OutboxSend = (
  registration: QuestionRegistration,
  options: { signal?: AbortSignal },
) => Promise<unknown>;

/** Options of {@link createOutbox}. */
export interface OutboxOptions {
  /** Delivers a registration, e.g. `(reg, o) => client.submitRegistration(reg, o)`. */
  send: OutboxSend;
  /**
   * Where entries live.
   * @default an IndexedDbOutboxStore where IndexedDB exists, otherwise a MemoryOutboxStore
   */
  store?: OutboxStore;
  /** First retry delay cap; each failure doubles it (full jitter picks 0…cap). @default 2000 */
  baseDelayMs?: number;
  /** Largest retry delay, and the longest the loop sleeps between looks at the store. @default 300000 */
  maxDelayMs?: number;
  /** A send that has not settled by then is aborted and retried later. @default 30000 */
  sendTimeoutMs?: number;
  /**
   * How many 5xx answers one entry may get before it is held aside (code `server-error`) instead
   * of being retried forever: a registration the server fails on every time is suspicious (a
   * body it cannot store), and staff should see it. A 503 (the server is unavailable for
   * everyone: an outage, a full disk), a 429 and network errors are not counted: they only make
   * the outbox wait.
   * @default 5
   */
  maxServerErrors?: number;
  /** A number in [0, 1); inject a seeded one in tests. @default Math.random */
  random?: () => number;
  /** Epoch milliseconds. @default Date.now */
  now?: () => number;
  /** Timer used for the loop, backoff and send timeouts. @default globalThis.setTimeout */
  setTimeout?: (callback: () => void, ms: number) => unknown;
  /** Cancels a timer made by `setTimeout`. @default globalThis.clearTimeout */
  clearTimeout?: (handle: never) => void;
  /**
   * Cross-tab lock so only one tab delivers at a time; `null` uses an in-process lock per store.
   * @default navigator.locks where the Web Locks API exists
   */
  locks?: LockManager | null;
  /** Name of the Web Lock (and of the BroadcastChannel that tells other tabs about changes). @default 'idokit-outbox' */
  lockName?: string;
}

/** Events an {@link Outbox} dispatches. */
export interface OutboxEventMap {
  /** The number of pending or held entries changed (also when another tab changed them). */
  change: OutboxChangeEvent;
  /** An entry reached the server and left the outbox. */
  delivered: OutboxEntryEvent;
  /** An entry was refused for good and is now held aside. */
  held: OutboxEntryEvent;
}

/**
 * A durable queue of question registrations: stored first, then delivered with backoff, once
 * per id, never dropped. Create one with {@link createOutbox}.
 */
export interface Outbox extends EventTarget {
  /**
   * Validates and stores the registration, then makes one delivery attempt (bounded by
   * `sendTimeoutMs`) and resolves with the result. An id already waiting keeps its first entry;
   * a held id is replaced by the new registration (a correction). Delivery failures do not
   * reject: they show in `state`, `lastError` and `heldReason`. To learn when the registration
   * is stored (before delivery is tried), pass `options.onStored`.
   * @throws IdoValidationError when the registration is invalid; nothing is stored then.
   * @throws IdoStorageError when the store could not keep it (full, blocked); nothing is stored
   * then, and `onStored` is not called.
   */
  enqueue(
    registration: QuestionRegistrationInput,
    options?: OutboxEnqueueOptions,
  ): Promise<OutboxEnqueueResult>;
  /**
   * Tries every pending entry now, without waiting out its backoff (for a "send now" button;
   * the browser's `online` event does the same). A server's `Retry-After` is still honoured,
   * and so is a pause of the whole outbox after a 429, 502, 503 or 504.
   */
  flush(options?: { signal?: AbortSignal }): Promise<void>;
  /** How many entries wait for delivery (held entries not included). */
  pending(): Promise<number>;
  /** The entries waiting to be sent (not held aside), oldest first. */
  waiting(): Promise<OutboxEntry[]>;
  /** Entries refused for good, oldest first, with their `heldReason`. */
  held(): Promise<OutboxEntry[]>;
  /**
   * Puts a held entry (or, without an id, every held entry) back in line and tries it now,
   * e.g. after the device was enrolled again.
   * @throws IdoNotFoundError when no held entry has this id.
   */
  retryHeld(id?: string): Promise<void>;
  /**
   * Removes a held entry for good (staff decided it should not be sent).
   * @throws IdoNotFoundError when no held entry has this id; pending entries cannot be discarded.
   */
  discardHeld(id: string): Promise<void>;
  /** Starts background delivery: now, then whenever an entry is due, and on the `online` event. */
  start(): void;
  /** Stops background delivery: clears timers and listeners and aborts the loop's send in flight. */
  stop(): void;
  addEventListener<K extends keyof OutboxEventMap>(
    type: K,
    listener: (event: OutboxEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof OutboxEventMap>(
    type: K,
    listener: (event: OutboxEventMap[K]) => void,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ): void;
}
