import { IdoNotFoundError } from '../errors/ido-not-found-error.js';
import { IdoStorageError } from '../errors/ido-storage-error.js';
import { IdoValidationError } from '../errors/ido-validation-error.js';
import { PARSE_IN_ENGLISH } from '../schemas/common.js';
import {
  QuestionRegistrationSchema,
  type QuestionRegistrationInput,
} from '../schemas/registration.js';
import type { OutboxEntry } from './entry.js';
import { OutboxChangeEvent, OutboxEntryEvent } from './events.js';
import { backoffDelay, classifyFailure } from './failure.js';
import { IndexedDbOutboxStore } from './indexeddb-store.js';
import { withLock } from './lock.js';
import { MemoryOutboxStore } from './memory-store.js';
import type {
  Outbox,
  OutboxEnqueueOptions,
  OutboxEnqueueResult,
  OutboxOptions,
  OutboxSend,
  OutboxStore,
} from './types.js';

/** Which entries one delivery run takes. */
interface RunScope {
  /** Entries whose backoff is over. */
  due: boolean;
  /** Every pending entry, backoff or not. */
  all: boolean;
  /** These entries, backoff or not. */
  ids: Set<string>;
}

/** How many delivered ids an outbox remembers, so enqueueing one again does not resend it. */
const REMEMBERED_DELIVERIES = 500;
/** The longest a server's `Retry-After` is followed (1 hour). */
const MAX_RETRY_AFTER_MS = 3_600_000;

/**
 * Creates the registration outbox: `enqueue` validates and stores a registration before anything
 * else, then delivers it through `send`; failures are retried with exponential backoff and full
 * jitter, or held aside when retrying cannot help. Call `start()` for background delivery.
 *
 * @example
 * const outbox = createOutbox({ send: (reg, o) => client.submitRegistration(reg, o) });
 * outbox.addEventListener('change', (e) => (badge.textContent = String(e.pending)));
 * outbox.start();
 * const result = await outbox.enqueue(registration); // result.state: 'delivered' | 'pending' | 'held'
 */
export function createOutbox(options: OutboxOptions): Outbox {
  return new DurableOutbox(options);
}

class DurableOutbox extends EventTarget implements Outbox {
  readonly #send: OutboxSend;
  readonly #store: OutboxStore;
  readonly #baseDelayMs: number;
  readonly #maxDelayMs: number;
  readonly #sendTimeoutMs: number;
  readonly #maxServerErrors: number;
  readonly #random: () => number;
  readonly #now: () => number;
  readonly #setTimeout: (callback: () => void, ms: number) => unknown;
  readonly #clearTimeout: (handle: never) => void;
  readonly #locks: LockManager | null;
  readonly #lockName: string;

  /** A run waiting for the lock that new enqueue/flush requests can join. */
  #waiting: { scope: RunScope; done: Promise<void> } | undefined;
  /** Serialises enqueue's check-then-put, so two calls with one id keep one entry. */
  #enqueueChain: Promise<unknown> = Promise.resolve();
  #countsChain: Promise<void> = Promise.resolve();
  #counts: { pending: number; held: number } | undefined;
  #delivered = new Map<string, OutboxEntry>();
  /**
   * Until when (epoch ms) no entry is sent: the server answered 429 or said it is unavailable.
   * One entry learns it for all, so a full outbox does not knock on a closed door once per entry.
   */
  #pausedUntil = 0;

  #loop: AbortController | undefined;
  #timer: unknown;
  #timerAt = 0;
  #channel: BroadcastChannel | undefined;
  readonly #onOnline = () => this.#tick({ due: false, all: true, ids: new Set() });

  constructor(options: OutboxOptions) {
    super();
    this.#send = options.send;
    this.#store =
      options.store ??
      (typeof indexedDB === 'undefined' ? new MemoryOutboxStore() : new IndexedDbOutboxStore());
    this.#baseDelayMs = options.baseDelayMs ?? 2000;
    this.#maxDelayMs = options.maxDelayMs ?? 300_000;
    this.#sendTimeoutMs = options.sendTimeoutMs ?? 30_000;
    this.#maxServerErrors = Math.max(1, Math.floor(options.maxServerErrors ?? 5));
    this.#random = options.random ?? Math.random;
    this.#now = options.now ?? Date.now;
    this.#setTimeout = options.setTimeout ?? ((callback, ms) => unref(setTimeout(callback, ms)));
    this.#clearTimeout =
      options.clearTimeout ??
      ((handle) => clearTimeout(handle as Parameters<typeof clearTimeout>[0]));
    this.#locks =
      options.locks !== undefined
        ? options.locks
        : ((globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks ?? null);
    this.#lockName = options.lockName ?? 'idokit-outbox';
  }

  async enqueue(
    input: QuestionRegistrationInput,
    options: OutboxEnqueueOptions = {},
  ): Promise<OutboxEnqueueResult> {
    const parsed = QuestionRegistrationSchema.safeParse(input, PARSE_IN_ENGLISH);
    if (!parsed.success) {
      throw new IdoValidationError(
        'question registration',
        parsed.error.issues.map((issue) => ({
          path: issue.path,
          message: issue.message,
          code: issue.code,
        })),
        { cause: parsed.error },
      );
    }
    const registration = parsed.data;
    const delivered = this.#delivered.get(registration.id);
    if (delivered) return { ...delivered, state: 'delivered' };

    const { entry, kept } = await this.#serialEnqueue(async () => {
      let existing: OutboxEntry | undefined;
      try {
        existing = await this.#store.get(registration.id);
      } catch (cause) {
        throw new IdoStorageError('question registration', { cause });
      }
      // A waiting entry may already be on the wire: changing its body could turn a replay into a
      // conflict. It keeps its place and its backoff.
      if (existing && !existing.heldReason) return { entry: existing, kept: true };
      const now = this.#now();
      const fresh: OutboxEntry = {
        id: registration.id,
        registration,
        enqueuedAt: existing?.enqueuedAt ?? now,
        attempts: 0,
        nextAttemptAt: now,
      };
      try {
        await this.#store.put(fresh);
      } catch (cause) {
        // Not stored: say so, so the caller keeps the registration (never lose one silently).
        throw new IdoStorageError('question registration', { cause });
      }
      await this.#changed();
      return { entry: fresh, kept: false };
    });
    try {
      options.onStored?.(entry);
    } catch {
      // The caller's callback must not keep a stored registration from being delivered.
    }

    try {
      // A kept entry is not pushed past its backoff; waiting for the lock still lets an
      // attempt in flight finish, so both callers learn how it went.
      await this.#run(
        kept
          ? { due: true, all: false, ids: new Set() }
          : { due: false, all: false, ids: new Set([entry.id]) },
      );
    } catch {
      // Stored is what counts; the loop or a later flush delivers it.
    }
    const after = await this.#store.get(entry.id);
    if (!after) return { ...entry, state: 'delivered' };
    return { ...after, state: after.heldReason ? 'held' : 'pending' };
  }

  async flush(options: { signal?: AbortSignal } = {}): Promise<void> {
    await this.#run({ due: false, all: true, ids: new Set() }, options.signal);
  }

  async pending(): Promise<number> {
    return (await this.waiting()).length;
  }

  /** The entries waiting to be sent (not held aside), oldest first. */
  async waiting(): Promise<OutboxEntry[]> {
    return (await this.#store.list()).filter((entry) => !entry.heldReason);
  }

  async held(): Promise<OutboxEntry[]> {
    return (await this.#store.list()).filter((entry) => entry.heldReason);
  }

  async retryHeld(id?: string): Promise<void> {
    const targets = id === undefined ? await this.held() : [await this.#heldEntry(id)];
    if (targets.length === 0) return;
    const now = this.#now();
    for (const entry of targets) {
      const { heldReason: _held, notBefore: _notBefore, serverErrors: _errors, ...rest } = entry;
      await this.#store.put({ ...rest, attempts: 0, nextAttemptAt: now });
    }
    await this.#changed();
    await this.#run({ due: false, all: false, ids: new Set(targets.map((entry) => entry.id)) });
  }

  async discardHeld(id: string): Promise<void> {
    await this.#heldEntry(id);
    await this.#store.delete(id);
    await this.#changed();
  }

  start(): void {
    if (this.#loop) return;
    this.#loop = new AbortController();
    globalThis.addEventListener?.('online', this.#onOnline);
    if (typeof BroadcastChannel === 'function') {
      this.#channel = new BroadcastChannel(`${this.#lockName}:change`);
      unref(this.#channel);
      this.#channel.onmessage = () => void this.#refreshCounts();
    }
    void this.#refreshCounts();
    this.#tick();
  }

  stop(): void {
    if (!this.#loop) return;
    this.#loop.abort();
    this.#loop = undefined;
    if (this.#timer !== undefined) this.#clearTimeout(this.#timer as never);
    this.#timer = undefined;
    globalThis.removeEventListener?.('online', this.#onOnline);
    this.#channel?.close();
    this.#channel = undefined;
  }

  /** One pass of the background loop, then sleep until the next entry is due. */
  #tick(scope: RunScope = { due: true, all: false, ids: new Set() }): void {
    const loop = this.#loop;
    if (!loop) return;
    void this.#loopRun(scope).then(async () => {
      let next = this.#now() + this.#maxDelayMs;
      try {
        for (const entry of await this.#store.list()) {
          if (!entry.heldReason) next = Math.min(next, entry.nextAttemptAt);
        }
      } catch {
        next = this.#now() + this.#baseDelayMs;
      }
      if (this.#loop === loop) this.#schedule(Math.max(next, this.#pausedUntil), true);
    });
  }

  /**
   * Sets the loop's wake-up to `at` when that is sooner than the one set (or always, after a
   * pass), so an entry that failed outside the loop is retried after its own backoff.
   */
  #schedule(at: number, replace = false): void {
    if (!this.#loop) return;
    if (!replace && this.#timer !== undefined && this.#timerAt <= at) return;
    if (this.#timer !== undefined) this.#clearTimeout(this.#timer as never);
    this.#timerAt = at;
    this.#timer = this.#setTimeout(
      () => {
        this.#timer = undefined;
        this.#tick();
      },
      Math.max(0, at - this.#now()),
    );
  }

  /** A run on behalf of the loop: stopped by `stop()`, never rejects. */
  async #loopRun(scope: RunScope): Promise<void> {
    const loop = this.#loop;
    if (!loop) return;
    try {
      await this.#run(scope, loop.signal);
    } catch {
      // Aborted by stop(), or the store failed; the next tick tries again.
    }
  }

  /**
   * Delivers the entries in `scope` while holding the outbox lock, so no entry is ever on the
   * wire twice at once, in this tab or another. Requests without a signal join a run that is
   * still waiting for the lock instead of queueing another one.
   */
  #run(scope: RunScope, signal?: AbortSignal): Promise<void> {
    if (signal) return this.#locked(scope, signal);
    if (this.#waiting) {
      const { scope: joined } = this.#waiting;
      joined.due ||= scope.due;
      joined.all ||= scope.all;
      for (const id of scope.ids) joined.ids.add(id);
      return this.#waiting.done;
    }
    const waiting = { scope: { ...scope, ids: new Set(scope.ids) }, done: Promise.resolve() };
    this.#waiting = waiting;
    const leave = () => {
      if (this.#waiting === waiting) this.#waiting = undefined;
    };
    waiting.done = this.#locked(waiting.scope, undefined, leave).finally(leave);
    return waiting.done;
  }

  #locked(scope: RunScope, signal?: AbortSignal, onAcquired?: () => void): Promise<void> {
    return withLock(
      this.#locks,
      this.#lockName,
      this.#store,
      async () => {
        onAcquired?.();
        // Listed under the lock: whatever another tab delivered before is gone by now.
        const entries = await this.#store.list();
        for (const listed of entries) {
          signal?.throwIfAborted();
          const now = this.#now();
          // Paused as a whole (429, 502–504): the rest of this run waits too.
          if (now < this.#pausedUntil) break;
          if (listed.heldReason || (listed.notBefore ?? 0) > now) continue;
          if (
            !scope.all &&
            !scope.ids.has(listed.id) &&
            !(scope.due && listed.nextAttemptAt <= now)
          )
            continue;
          const entry = await this.#store.get(listed.id);
          if (entry && !entry.heldReason) await this.#deliver(entry, signal);
        }
      },
      signal,
    );
  }

  /** One attempt: on success the entry leaves the store; on failure it is rescheduled or held. */
  async #deliver(entry: OutboxEntry, signal?: AbortSignal): Promise<void> {
    const attempt = new AbortController();
    const onAbort = () => attempt.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const timer = this.#setTimeout(() => {
      timedOut = true;
      attempt.abort(new Error(`No answer within ${this.#sendTimeoutMs} ms`));
    }, this.#sendTimeoutMs);
    try {
      // Raced with the abort, so a send that ignores its signal cannot stall the outbox.
      await Promise.race([
        this.#send(entry.registration, { signal: attempt.signal }),
        new Promise<never>((_, reject) => {
          attempt.signal.addEventListener('abort', () => reject(attempt.signal.reason), {
            once: true,
          });
        }),
      ]);
    } catch (error) {
      // Stopped, not failed: leave the entry exactly as it was.
      if (signal?.aborted) throw signal.reason;
      await this.#failed(
        entry,
        timedOut
          ? { kind: 'retry', message: `No answer within ${this.#sendTimeoutMs} ms` }
          : classifyFailure(error),
      );
      return;
    } finally {
      this.#clearTimeout(timer as never);
      signal?.removeEventListener('abort', onAbort);
    }
    this.#pausedUntil = 0;
    await this.#store.delete(entry.id);
    this.#remember(entry);
    await this.#changed();
    this.dispatchEvent(new OutboxEntryEvent('delivered', entry));
  }

  async #failed(entry: OutboxEntry, failure: ReturnType<typeof classifyFailure>): Promise<void> {
    const attempts = entry.attempts + 1;
    const { notBefore: _notBefore, ...rest } = entry;
    const serverErrors =
      (entry.serverErrors ?? 0) + (failure.kind === 'retry' && failure.serverError ? 1 : 0);
    if (failure.kind === 'retry' && failure.serverError && serverErrors >= this.#maxServerErrors) {
      // The server fails on this registration every time: hold it for staff to see, rather
      // than retrying forever or dropping it.
      failure = {
        kind: 'hold',
        reason: {
          ...(failure.status !== undefined ? { status: failure.status } : {}),
          code: 'server-error',
          message: `The server failed on this registration ${serverErrors} times in a row (last: ${failure.message}); held instead of retried`,
        },
      };
    }
    if (failure.kind === 'hold') {
      const held: OutboxEntry = {
        ...rest,
        attempts,
        ...(serverErrors > 0 ? { serverErrors } : {}),
        lastError: failure.reason.message,
        heldReason: failure.reason,
      };
      await this.#store.put(held);
      await this.#changed();
      this.dispatchEvent(new OutboxEntryEvent('held', held));
      return;
    }
    const now = this.#now();
    const backoff = backoffDelay(attempts, {
      baseMs: this.#baseDelayMs,
      maxMs: this.#maxDelayMs,
      random: this.#random,
    });
    // The server's `Retry-After` is followed, up to an hour: a wrong header cannot park the
    // outbox for days.
    const retryAfter = Math.min(failure.retryAfterMs ?? 0, MAX_RETRY_AFTER_MS);
    const nextAttemptAt = now + Math.max(backoff, retryAfter);
    // At least the first backoff step, so a jittered delay near 0 still gives the server a rest.
    if (failure.pause)
      this.#pausedUntil = Math.max(this.#pausedUntil, nextAttemptAt, now + this.#baseDelayMs);
    await this.#store.put({
      ...rest,
      attempts,
      ...(serverErrors > 0 ? { serverErrors } : {}),
      lastError: failure.message,
      nextAttemptAt,
      ...(retryAfter > 0 ? { notBefore: now + retryAfter } : {}),
    });
    this.#schedule(Math.max(nextAttemptAt, this.#pausedUntil));
  }

  async #heldEntry(id: string): Promise<OutboxEntry> {
    const entry = await this.#store.get(id);
    if (!entry?.heldReason) throw new IdoNotFoundError('held registration', id);
    return entry;
  }

  #serialEnqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#enqueueChain.then(task);
    this.#enqueueChain = result.catch(() => undefined);
    return result;
  }

  #remember(entry: OutboxEntry): void {
    this.#delivered.set(entry.id, entry);
    if (this.#delivered.size > REMEMBERED_DELIVERIES) {
      const oldest = this.#delivered.keys().next();
      if (!oldest.done) this.#delivered.delete(oldest.value);
    }
  }

  /** After a change to the store: recount here and tell the other tabs. */
  async #changed(): Promise<void> {
    this.#channel?.postMessage('change');
    await this.#refreshCounts();
  }

  /** Recounts from the store (the truth shared by all tabs) and fires `change` if a count moved. */
  #refreshCounts(): Promise<void> {
    this.#countsChain = this.#countsChain.then(async () => {
      try {
        const entries = await this.#store.list();
        const held = entries.filter((entry) => entry.heldReason).length;
        const pending = entries.length - held;
        if (this.#counts?.pending === pending && this.#counts.held === held) return;
        this.#counts = { pending, held };
        this.dispatchEvent(new OutboxChangeEvent(pending, held));
      } catch {
        // A failing store shows up on the next call that needs it.
      }
    });
    return this.#countsChain;
  }
}

/** Lets Node exit while the loop sleeps; entries are durable, so nothing is lost. */
function unref<T>(handle: T): T {
  (handle as { unref?: () => void } | undefined)?.unref?.();
  return handle;
}
