import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import { IdoHttpError } from '../errors/ido-http-error.js';
import { IdoNetworkError } from '../errors/ido-network-error.js';
import { isIdoNotFoundError } from '../errors/ido-not-found-error.js';
import { isIdoStorageError } from '../errors/ido-storage-error.js';
import { isIdoValidationError } from '../errors/ido-validation-error.js';
import type { QuestionRegistration, QuestionRegistrationInput } from '../schemas/registration.js';
import {
  createOutbox,
  MemoryOutboxStore,
  type OutboxChangeEvent,
  type OutboxEntry,
  type OutboxOptions,
  type OutboxSend,
} from './index.js';
import { seededRandom } from '../testing/random.js';

const START = Date.UTC(2026, 10, 21, 9, 0, 0);

/** A clock and timer queue that only move when a test says so. */
class FakeClock {
  time = START;
  #timers = new Map<number, { at: number; callback: () => void }>();
  #nextId = 1;

  now = (): number => this.time;
  setTimeout = (callback: () => void, ms: number): number => {
    const id = this.#nextId++;
    this.#timers.set(id, { at: this.time + Math.max(0, ms), callback });
    return id;
  };
  clearTimeout = (id: number): void => {
    this.#timers.delete(id);
  };

  get pendingTimers(): number {
    return this.#timers.size;
  }

  /** Moves time forward, firing timers in order and letting promise chains settle between them. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      await settle();
      const next = [...this.#timers].sort(([, a], [, b]) => a.at - b.at)[0];
      if (!next || next[1].at > end) break;
      this.#timers.delete(next[0]);
      this.time = next[1].at;
      next[1].callback();
    }
    this.time = end;
    await settle();
  }
}

/** Lets every pending promise chain (memory store, outbox) run to completion. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

function registration(
  overrides: Partial<QuestionRegistrationInput> = {},
): QuestionRegistrationInput {
  return {
    id: randomUUID(),
    locationId: 'ido-utrecht-centrum',
    date: '2026-11-21',
    hour: 10,
    channel: 'desk',
    durationMinutes: 10,
    questions: [{ type: 'government', themes: ['toeslagen'], help: 'informed' }],
    ...overrides,
  };
}

/** A send whose answers are scripted per call; records every registration id it was given. */
function scriptedSend(...answers: (unknown | ((reg: QuestionRegistration) => unknown))[]) {
  const calls: string[] = [];
  const send: OutboxSend = async (reg) => {
    calls.push(reg.id);
    const answer = answers.length > 1 ? answers.shift() : answers[0];
    const value = typeof answer === 'function' ? answer(reg) : answer;
    if (value instanceof Error) throw value;
    return value;
  };
  return { send, calls };
}

function setup(send: OutboxSend, options: Partial<OutboxOptions> = {}) {
  const clock = new FakeClock();
  const store = new MemoryOutboxStore();
  const outbox = createOutbox({
    send,
    store,
    baseDelayMs: 1000,
    maxDelayMs: 60_000,
    random: seededRandom(42),
    now: clock.now,
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clearTimeout as (handle: never) => void,
    locks: null,
    ...options,
  });
  return { clock, store, outbox };
}

const receipt = (replayed: boolean) => (reg: QuestionRegistration) => ({
  id: reg.id,
  locationId: reg.locationId,
  receivedAt: new Date(START).toISOString(),
  replayed,
});

describe('delivery outcomes', () => {
  const offline = new IdoNetworkError('http://127.0.0.1/v1/registrations');
  const cases: {
    name: string;
    answer: unknown;
    state: 'delivered' | 'pending' | 'held';
    held?: { status?: number; code: string };
    notBeforeMs?: number;
  }[] = [
    { name: '201 stored', answer: receipt(false), state: 'delivered' },
    { name: '200 replayed', answer: receipt(true), state: 'delivered' },
    { name: '500 retried', answer: new IdoHttpError(500), state: 'pending' },
    { name: '503 retried', answer: new IdoHttpError(503), state: 'pending' },
    {
      name: '429 retried after Retry-After',
      answer: new IdoHttpError(429, { title: 'Too many requests' }, { retryAfter: 30 }),
      state: 'pending',
      notBeforeMs: 30_000,
    },
    { name: '408 retried', answer: new IdoHttpError(408), state: 'pending' },
    { name: '425 retried', answer: new IdoHttpError(425), state: 'pending' },
    { name: 'network error retried', answer: offline, state: 'pending' },
    {
      name: 'timeout retried',
      answer: new IdoNetworkError('http://127.0.0.1/v1/registrations', { timeout: true }),
      state: 'pending',
    },
    {
      name: 'plain TypeError from fetch retried',
      answer: new TypeError('Failed to fetch'),
      state: 'pending',
    },
    {
      name: '422 personal data held',
      answer: new IdoHttpError(422, {
        title: 'Personal data',
        code: 'personal-data',
        detail: 'The note contains a BSN',
      }),
      state: 'held',
      held: { status: 422, code: 'personal-data' },
    },
    {
      name: '401 token refused held',
      answer: new IdoHttpError(401),
      state: 'held',
      held: { status: 401, code: 'unauthorized' },
    },
    {
      name: '403 held',
      answer: new IdoHttpError(403, { type: 'https://idokit.nl/problems/token-revoked' }),
      state: 'held',
      held: { status: 403, code: 'token-revoked' },
    },
    {
      name: '409 conflict held',
      answer: new IdoHttpError(409),
      state: 'held',
      held: { status: 409, code: 'conflict' },
    },
    {
      name: '400 validation held',
      answer: new IdoHttpError(400),
      state: 'held',
      held: { status: 400, code: 'invalid' },
    },
  ];

  for (const c of cases) {
    test(c.name, async () => {
      const { send, calls } = scriptedSend(c.answer, receipt(false));
      const { clock, outbox } = setup(send);
      const reg = registration();
      const result = await outbox.enqueue(reg);

      assert.equal(result.state, c.state);
      assert.equal(calls.length, 1);
      assert.equal(await outbox.pending(), c.state === 'pending' ? 1 : 0);
      const held = await outbox.held();
      assert.equal(held.length, c.state === 'held' ? 1 : 0);

      if (c.state === 'held') {
        assert.equal(result.heldReason?.status, c.held?.status);
        assert.equal(result.heldReason?.code, c.held?.code);
        assert.equal(held[0]?.id, reg.id);
        // Held means held: time passing with the loop running never sends it again.
        outbox.start();
        await clock.advance(24 * 3600_000);
        outbox.stop();
        assert.equal(calls.length, 1);
        assert.equal((await outbox.held()).length, 1);
      }
      if (c.state === 'pending') {
        assert.equal(result.attempts, 1);
        assert.ok(result.lastError);
        assert.ok(result.nextAttemptAt >= START);
        if (c.notBeforeMs) {
          assert.equal(result.notBefore, START + c.notBeforeMs);
          assert.ok(result.nextAttemptAt >= START + c.notBeforeMs);
          // Not even an explicit flush goes before the server's Retry-After.
          await clock.advance(c.notBeforeMs - 1);
          await outbox.flush();
          assert.equal(calls.length, 1);
        }
        // The background loop retries once the backoff is over, and then it is delivered.
        outbox.start();
        await clock.advance(60_000);
        outbox.stop();
        assert.equal(calls.length, 2);
        assert.deepEqual(calls, [reg.id, reg.id]);
        assert.equal(await outbox.pending(), 0);
      }
    });
  }
});

test('backoff grows exponentially with full jitter, capped at maxDelayMs', async () => {
  const sendTimes: number[] = [];
  const { clock, outbox, store } = setup(async () => {
    sendTimes.push(clock.now());
    throw new IdoNetworkError('http://127.0.0.1/v1/registrations');
  });
  const reg = registration();
  await outbox.enqueue(reg);
  outbox.start();
  await clock.advance(10 * 60_000);
  outbox.stop();

  // Replay the same seeded sequence: attempt n waits floor(r·min(60 s, 1 s·2^(n−1))).
  const random = seededRandom(42);
  const gaps = sendTimes.slice(1).map((t, i) => t - sendTimes[i]!);
  assert.ok(gaps.length >= 8, `only ${gaps.length} retries in 10 minutes`);
  gaps.forEach((gap, i) => {
    const cap = Math.min(60_000, 1000 * 2 ** i);
    assert.equal(gap, Math.floor(random() * cap), `gap ${i + 1}`);
    assert.ok(gap < cap);
  });
  // With the cap reached the waits stop growing, but an unreachable server never makes the
  // outbox give an entry up.
  const entry = await store.get(reg.id);
  assert.equal(entry?.attempts, sendTimes.length);
  assert.equal(entry?.heldReason, undefined);
  assert.ok(entry!.nextAttemptAt - clock.now() <= 60_000);
});

test('backoff caps double per attempt (random just below 1)', async () => {
  const sendTimes: number[] = [];
  const { clock, outbox } = setup(
    async () => {
      sendTimes.push(clock.now());
      throw new IdoNetworkError('http://127.0.0.1/v1/registrations');
    },
    { random: () => 0.9999, maxDelayMs: 16_000 },
  );
  await outbox.enqueue(registration());
  outbox.start();
  await clock.advance(70_000);
  outbox.stop();
  const gaps = sendTimes.slice(1).map((t, i) => t - sendTimes[i]!);
  assert.deepEqual(gaps.slice(0, 7), [999, 1999, 3999, 7999, 15998, 15998, 15998]);
});

describe('idempotency', () => {
  test('the same id enqueued twice at once is sent once and stored once', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const calls: string[] = [];
    const { outbox, store } = setup(async (reg) => {
      calls.push(reg.id);
      await gate;
      return receipt(false)(reg);
    });
    const reg = registration();
    const both = Promise.all([outbox.enqueue(reg), outbox.enqueue({ ...reg })]);
    await settle();
    assert.equal((await store.list()).length, 1);
    release();
    const [first, second] = await both;
    assert.equal(first.state, 'delivered');
    assert.equal(second.state, 'delivered');
    assert.deepEqual(calls, [reg.id]);
    // And once more after delivery: remembered, not resent.
    assert.equal((await outbox.enqueue(reg)).state, 'delivered');
    assert.deepEqual(calls, [reg.id]);
  });

  test('enqueueing a waiting id again keeps the first entry and its attempts', async () => {
    const { send, calls } = scriptedSend(new IdoHttpError(503));
    const { outbox, store } = setup(send);
    const reg = registration({ note: 'eerste' });
    await outbox.enqueue(reg);
    const again = await outbox.enqueue({ ...reg, note: 'tweede' });
    assert.equal(again.state, 'pending');
    const entries = await store.list();
    assert.equal(entries.length, 1);
    assert.equal(entries[0]?.registration.note, 'eerste');
    // The second enqueue's attempt does not resend an entry still in its backoff.
    assert.equal(entries[0]?.attempts, 1);
    assert.equal(calls.length, 1);
  });

  test('a held id enqueued again is replaced by the correction and sent', async () => {
    const { send, calls } = scriptedSend(
      new IdoHttpError(422, { code: 'personal-data' }),
      receipt(false),
    );
    const { outbox } = setup(send);
    const reg = registration({ note: 'BSN 111222333' });
    assert.equal((await outbox.enqueue(reg)).state, 'held');
    const corrected = await outbox.enqueue({ ...reg, note: 'zonder gegevens' });
    assert.equal(corrected.state, 'delivered');
    assert.deepEqual(calls, [reg.id, reg.id]);
    assert.equal((await outbox.held()).length, 0);
  });

  test('an entry in flight is not sent again by a concurrent flush', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { send, calls } = scriptedSend(new IdoNetworkError('x'), async () => {
      await gate;
    });
    const { clock, outbox } = setup(send);
    await outbox.enqueue(registration());
    await clock.advance(1);
    const flushes = Promise.all([outbox.flush(), outbox.flush(), outbox.flush()]);
    await settle();
    release();
    await flushes;
    assert.equal(calls.length, 2);
    assert.equal(await outbox.pending(), 0);
  });

  test('two outboxes on one store (two tabs without Web Locks) deliver each id once', async () => {
    const clock = new FakeClock();
    const store = new MemoryOutboxStore();
    const received: string[] = [];
    let online = false;
    const send: OutboxSend = async (reg) => {
      if (!online) throw new IdoNetworkError('x');
      await settle();
      received.push(reg.id);
    };
    const make = () =>
      createOutbox({
        send,
        store,
        locks: null,
        now: clock.now,
        setTimeout: clock.setTimeout,
        clearTimeout: clock.clearTimeout as (handle: never) => void,
      });
    const [a, b] = [make(), make()];
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const reg = registration();
      ids.push(reg.id);
      await (i % 2 ? a : b).enqueue(reg);
    }
    assert.equal(await a.pending(), 6);
    online = true;
    await Promise.all([a.flush(), b.flush(), a.flush(), b.flush()]);
    assert.deepEqual([...received].sort(), [...ids].sort());
    assert.equal(await b.pending(), 0);
  });
});

test('invalid input is refused with IdoValidationError and nothing is stored', async () => {
  const { send, calls } = scriptedSend(receipt(false));
  const { outbox, store } = setup(send);
  await assert.rejects(
    outbox.enqueue(registration({ id: 'not-a-uuid', questions: [] })),
    (error: unknown) => isIdoValidationError(error) && /id/.test(error.path),
  );
  assert.deepEqual(await store.list(), []);
  assert.equal(calls.length, 0);
});

describe('onStored', () => {
  /** A memory store that logs each finished write, and fails writes while `failing` is set. */
  class LoggingStore extends MemoryOutboxStore {
    failing: Error | undefined;
    constructor(readonly log: string[]) {
      super();
    }
    override async put(entry: OutboxEntry): Promise<void> {
      if (this.failing) throw this.failing;
      await super.put(entry);
      this.log.push(`put ${entry.id}`);
    }
  }

  test('is called after the store kept the entry and before it is sent', async () => {
    const log: string[] = [];
    const store = new LoggingStore(log);
    const { outbox } = setup(
      async (reg) => {
        log.push(`send ${reg.id}`);
        return receipt(false)(reg);
      },
      { store },
    );
    const reg = registration();
    const result = await outbox.enqueue(reg, {
      onStored: (entry) => log.push(`stored ${entry.id} ${entry.attempts}`),
    });
    assert.equal(result.state, 'delivered');
    assert.deepEqual(log, [`put ${reg.id}`, `stored ${reg.id} 0`, `send ${reg.id}`]);
  });

  test('is called for an id already waiting, with the entry that was kept', async () => {
    const { send } = scriptedSend(new IdoNetworkError('http://127.0.0.1/v1/registrations'));
    const { outbox } = setup(send);
    const reg = registration();
    await outbox.enqueue(reg);
    const stored: OutboxEntry[] = [];
    await outbox.enqueue({ ...reg, note: 'changed' }, { onStored: (e) => stored.push(e) });
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.registration.note, undefined);
    assert.equal(stored[0]!.attempts, 1);
  });

  test('a throwing callback does not stop delivery', async () => {
    const { send, calls } = scriptedSend(receipt(false));
    const { outbox } = setup(send);
    const result = await outbox.enqueue(registration(), {
      onStored: () => {
        throw new Error('listener bug');
      },
    });
    assert.equal(result.state, 'delivered');
    assert.equal(calls.length, 1);
  });

  test('when the store cannot write: not called, nothing sent, enqueue rejects with IdoStorageError', async () => {
    const log: string[] = [];
    const store = new LoggingStore(log);
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    store.failing = full;
    const { send, calls } = scriptedSend(receipt(false));
    const { outbox } = setup(send, { store });
    let stored = 0;
    await assert.rejects(
      outbox.enqueue(registration(), { onStored: () => (stored += 1) }),
      (error: unknown) =>
        isIdoStorageError(error) &&
        error.cause === full &&
        /Could not store the question registration on this device/.test(error.message),
    );
    assert.equal(stored, 0);
    assert.equal(calls.length, 0);
    assert.deepEqual(await store.list(), []);

    // The store recovers: the same registration goes through (the queue is not stuck).
    store.failing = undefined;
    const result = await outbox.enqueue(registration(), { onStored: () => (stored += 1) });
    assert.equal(result.state, 'delivered');
    assert.equal(stored, 1);
  });
});

test('held entries are reported, retried on request and discarded on request', async () => {
  const { send, calls } = scriptedSend(
    new IdoHttpError(401),
    new IdoHttpError(401),
    new IdoHttpError(401),
    receipt(false),
  );
  const { clock, outbox } = setup(send);
  const [r1, r2, r3] = [registration(), registration(), registration()];
  for (const r of [r1, r2, r3]) {
    await outbox.enqueue(r);
    clock.time += 1;
  }
  const held = await outbox.held();
  assert.deepEqual(
    held.map((e) => e.id),
    [r1.id, r2.id, r3.id],
  );
  assert.ok(
    held.every((e) => e.heldReason?.status === 401 && e.heldReason.code === 'unauthorized'),
  );

  // After enrolling again, staff retry one; it goes out at once.
  await outbox.retryHeld(r1.id);
  assert.deepEqual(
    (await outbox.held()).map((e) => e.id),
    [r2.id, r3.id],
  );
  assert.equal(calls.filter((id) => id === r1.id).length, 2);

  await outbox.discardHeld(r2.id);
  assert.deepEqual(
    (await outbox.held()).map((e) => e.id),
    [r3.id],
  );

  // Without an id: every held entry.
  await outbox.retryHeld();
  assert.deepEqual(await outbox.held(), []);
  assert.equal(await outbox.pending(), 0);

  await assert.rejects(outbox.discardHeld(r2.id), isIdoNotFoundError);
  await assert.rejects(outbox.retryHeld(randomUUID()), isIdoNotFoundError);
});

test('a pending entry cannot be discarded', async () => {
  const { send } = scriptedSend(new IdoHttpError(503));
  const { outbox } = setup(send);
  const reg = registration();
  await outbox.enqueue(reg);
  await assert.rejects(outbox.discardHeld(reg.id), isIdoNotFoundError);
  assert.equal(await outbox.pending(), 1);
});

test('change events carry the pending and held counts as they move', async () => {
  let online = false;
  const { clock, outbox } = setup(async (reg) => {
    if (reg.note === 'bsn') throw new IdoHttpError(422, { code: 'personal-data' });
    if (!online) throw new IdoNetworkError('x');
  });
  const seen: [number, number][] = [];
  outbox.addEventListener('change', (event: OutboxChangeEvent) =>
    seen.push([event.pending, event.held]),
  );
  const delivered: string[] = [];
  outbox.addEventListener('delivered', (event) => delivered.push(event.entry.id));

  const a = registration();
  const b = registration();
  const c = registration({ note: 'bsn' });
  for (const reg of [a, b, c]) {
    await outbox.enqueue(reg);
    clock.time += 1;
  }
  assert.deepEqual(seen, [
    [1, 0],
    [2, 0],
    [3, 0],
    [2, 1],
  ]);
  online = true;
  await outbox.flush();
  await outbox.discardHeld(c.id);
  assert.deepEqual(seen.slice(4), [
    [1, 1],
    [0, 1],
    [0, 0],
  ]);
  assert.deepEqual(delivered, [a.id, b.id]);
});

test('start() announces restored counts and delivers what was stored before', async () => {
  const store = new MemoryOutboxStore();
  const reg = registration();
  const first = setup(
    async () => {
      throw new IdoNetworkError('x');
    },
    { store },
  );
  await first.outbox.enqueue(reg);

  const { send, calls } = scriptedSend(receipt(false));
  const second = setup(send, { store });
  const seen: number[] = [];
  second.outbox.addEventListener('change', (event) => seen.push(event.pending));
  second.outbox.start();
  // The first attempt's backoff (under 1 s) must pass before the loop tries again.
  await second.clock.advance(1000);
  second.outbox.stop();
  assert.deepEqual(seen, [1, 0]);
  assert.deepEqual(calls, [reg.id]);
});

test('a send that never answers times out and is retried', async () => {
  const { send, calls } = scriptedSend(() => new Promise(() => {}), receipt(false));
  const { clock, outbox } = setup(send, { sendTimeoutMs: 5000 });
  const reg = registration();
  const result = outbox.enqueue(reg);
  await clock.advance(5000);
  const entry = await result;
  assert.equal(entry.state, 'pending');
  assert.match(entry.lastError ?? '', /5000 ms/);
  outbox.start();
  await clock.advance(60_000);
  outbox.stop();
  assert.equal(calls.length, 2);
  assert.equal(await outbox.pending(), 0);
});

test('stop() ends the loop: no timers left, nothing sent afterwards, the send in flight untouched', async () => {
  let started = 0;
  const { clock, outbox, store } = setup(async (_reg, { signal }) => {
    started++;
    if (started === 1) throw new IdoNetworkError('x');
    await new Promise((_, reject) =>
      signal?.addEventListener('abort', () => reject(signal.reason)),
    );
  });
  const reg = registration();
  await outbox.enqueue(reg);
  outbox.start();
  await clock.advance(1000);
  assert.equal(started, 2); // the loop's retry is now in flight
  outbox.stop();
  await settle();
  assert.equal(clock.pendingTimers, 0);
  const entry = await store.get(reg.id);
  assert.equal(entry?.attempts, 1, 'an aborted attempt is not counted as a failure');
  await clock.advance(3600_000);
  assert.equal(started, 2);
});

test('an entry that fails while the loop sleeps is retried after its own backoff', async () => {
  const { send, calls } = scriptedSend(new IdoHttpError(502), receipt(false));
  const { clock, outbox } = setup(send, { maxDelayMs: 600_000 });
  outbox.start();
  await clock.advance(0); // the loop found nothing and sleeps for maxDelayMs
  const result = await outbox.enqueue(registration());
  assert.ok(result.nextAttemptAt - clock.now() < 1000);
  await clock.advance(1000);
  outbox.stop();
  assert.equal(calls.length, 2);
  assert.equal(await outbox.pending(), 0);
});

test('a 429 on one entry pauses the whole outbox: no other entry is sent before Retry-After, not even by flush()', async () => {
  let limited = true;
  const calls: string[] = [];
  const { clock, outbox } = setup(async (reg) => {
    calls.push(reg.id);
    if (limited) throw new IdoHttpError(429, { title: 'Too many requests' }, { retryAfter: 30 });
    return receipt(false)(reg);
  });
  const first = registration();
  assert.equal((await outbox.enqueue(first)).state, 'pending');
  const rest = [registration(), registration(), registration()];
  for (const reg of rest) assert.equal((await outbox.enqueue(reg)).state, 'pending');
  await outbox.flush();
  assert.deepEqual(calls, [first.id], 'only the first entry met the 429');
  limited = false;
  outbox.start();
  await clock.advance(29_999);
  assert.equal(calls.length, 1);
  await clock.advance(1);
  outbox.stop();
  assert.deepEqual(calls.slice(1).sort(), [first.id, ...rest.map((r) => r.id)].sort());
  assert.equal(await outbox.pending(), 0);
});

test('5xx answers for one entry are counted and bounded; other failures do not count', async () => {
  const { send, calls } = scriptedSend(
    new IdoHttpError(500),
    new IdoNetworkError('x'),
    new IdoHttpError(500),
    new IdoHttpError(503, undefined, { retryAfter: 5 }),
    new IdoHttpError(503),
    new IdoHttpError(429),
    new IdoHttpError(504),
    new IdoHttpError(500),
  );
  const { clock, outbox, store } = setup(send, { maxServerErrors: 4 });
  const reg = registration();
  await outbox.enqueue(reg);
  outbox.start();
  await clock.advance(10 * 60_000);
  outbox.stop();
  // 500, (network), 500, (503 with Retry-After), (503), (429), 504, 500: the fourth server
  // error holds it.
  assert.equal(calls.length, 8);
  const entry = await store.get(reg.id);
  assert.equal(entry?.serverErrors, 4);
  assert.equal(entry?.heldReason?.code, 'server-error');
  assert.equal(entry?.heldReason?.status, 500);
});

test('an outage of 20 consecutive 503s only makes the entry wait; it is delivered once the server is back', async () => {
  const outage = Array.from({ length: 20 }, () => new IdoHttpError(503));
  const { send, calls } = scriptedSend(...outage, receipt(false));
  const { clock, outbox, store } = setup(send);
  const reg = registration();
  assert.equal((await outbox.enqueue(reg)).state, 'pending');
  outbox.start();
  while (calls.length < 20) await clock.advance(60_000);
  const waiting = await store.get(reg.id);
  assert.equal(waiting?.heldReason, undefined, 'not held after 20 503s');
  assert.equal(waiting?.serverErrors, undefined, 'no 503 counted as a server error');
  assert.equal(waiting?.attempts, 20);
  assert.equal((await outbox.held()).length, 0);
  assert.equal(await outbox.pending(), 1);
  await clock.advance(60_000);
  outbox.stop();
  assert.equal(calls.length, 21);
  assert.deepEqual(new Set(calls), new Set([reg.id]));
  assert.equal(await outbox.pending(), 0);
  assert.equal(await store.get(reg.id), undefined);
});

test('a 503 with Retry-After: 2 is retried no sooner than 2 seconds later, and a day-long one is capped at an hour', async () => {
  const sendTimes: number[] = [];
  const answers: unknown[] = [
    new IdoHttpError(503, undefined, { retryAfter: 2 }),
    new IdoHttpError(503, undefined, { retryAfter: 86_400 }),
  ];
  const { clock, outbox } = setup(async (reg) => {
    sendTimes.push(clock.now());
    const answer = answers.shift();
    if (answer) throw answer;
    return receipt(false)(reg);
  });
  const result = await outbox.enqueue(registration());
  assert.equal(result.notBefore, START + 2000);
  outbox.start();
  await clock.advance(1999);
  assert.equal(sendTimes.length, 1, 'not before Retry-After, whatever the backoff');
  await clock.advance(1);
  assert.equal(sendTimes.length, 2);
  // A day's Retry-After waits an hour, not a day.
  await clock.advance(3600_000);
  outbox.stop();
  assert.equal(sendTimes.length, 3);
  assert.equal(sendTimes[2]! - sendTimes[1]!, 3600_000);
  assert.equal(await outbox.pending(), 0);
});
