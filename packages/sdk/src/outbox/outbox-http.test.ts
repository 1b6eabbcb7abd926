// The outbox against a real HTTP server on 127.0.0.1, through the SDK's own client (ky, real
// fetch, real timers): what a refusing, failing or overloaded server costs in requests.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { createIdoClient } from '../client/create-client.js';
import { IdoNetworkError } from '../errors/ido-network-error.js';
import type { QuestionRegistrationInput } from '../schemas/registration.js';
import { createOutbox, MemoryOutboxStore, type Outbox, type OutboxOptions } from './index.js';

/** How the fake API answers one POST: a status with headers, or the default 201/200 receipt. */
type Answer = { status: number; headers?: Record<string, string> } | undefined;

/** A fake registrations API: stores each id once and counts every request by status. */
class Api {
  /** Decides each answer before the default; `undefined` lets the request through. */
  rule: (id: string, api: Api) => Answer = () => undefined;
  readonly stored = new Map<string, number>();
  readonly statuses: number[] = [];
  readonly perId = new Map<string, number[]>();
  baseUrl = '';
  readonly #server: Server;

  constructor() {
    this.#server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const { id } = JSON.parse(body) as { id: string };
        const answer = this.rule(id, this);
        const status = answer?.status ?? (this.stored.has(id) ? 200 : 201);
        this.statuses.push(status);
        this.perId.set(id, [...(this.perId.get(id) ?? []), status]);
        if (status < 300) {
          this.stored.set(id, (this.stored.get(id) ?? 0) + (status === 201 ? 1 : 0));
          return send(res, status, {
            id,
            locationId: 'ido-utrecht-centrum',
            receivedAt: new Date().toISOString(),
            replayed: status === 200,
          });
        }
        send(
          res,
          status,
          { type: 'about:blank', title: `Status ${status}`, status },
          { 'content-type': 'application/problem+json', ...answer?.headers },
        );
      });
    });
  }

  count(status: number): number {
    return this.statuses.filter((s) => s === status).length;
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    this.#server.closeAllConnections();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): void {
  res.writeHead(status, headers);
  res.end(JSON.stringify(body));
}

function registration(): QuestionRegistrationInput {
  return {
    id: randomUUID(),
    locationId: 'ido-utrecht-centrum',
    date: '2026-11-21',
    hour: 10,
    channel: 'desk',
    durationMinutes: 10,
    questions: [{ type: 'government', themes: ['toeslagen'], help: 'informed' }],
  };
}

let api: Api;
const outboxes: Outbox[] = [];
before(async () => {
  api = new Api();
  await api.listen();
});
after(async () => {
  for (const outbox of outboxes) outbox.stop();
  await api.close();
});

/** A fresh API state and an outbox that sends through the SDK client (ky retries off). */
function setup(options: Partial<OutboxOptions> = {}): Outbox {
  api.rule = () => undefined;
  api.stored.clear();
  api.statuses.length = 0;
  api.perId.clear();
  const client = createIdoClient({ baseUrl: api.baseUrl, token: 'device-token', retry: 0 });
  const outbox = createOutbox({
    send: (reg, o) => client.submitRegistration(reg, o),
    store: new MemoryOutboxStore(),
    locks: null,
    baseDelayMs: 20,
    maxDelayMs: 200,
    ...options,
  });
  outboxes.push(outbox);
  return outbox;
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) assert.fail(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('outbox against a real HTTP server', () => {
  test('a 429 pauses the whole outbox until Retry-After: 200 queued entries cost a handful of refusals, not one per entry', async () => {
    // 200 registrations made while the desk was offline, waiting in the store.
    const store = new MemoryOutboxStore();
    const offline = createOutbox({
      store,
      locks: null,
      send: async () => {
        throw new IdoNetworkError('http://127.0.0.1/v1/registrations');
      },
    });
    const regs = Array.from({ length: 200 }, registration);
    for (const reg of regs) assert.equal((await offline.enqueue(reg)).state, 'pending');

    // Back online, the server refuses everything for two seconds after its first refusal, as a
    // rate limiter does, and says so in Retry-After.
    const outbox = setup({ store });
    let closedUntil = 0;
    api.rule = () => {
      const now = Date.now();
      if (closedUntil === 0) closedUntil = now + 2000;
      const seconds = String(Math.ceil((closedUntil - now) / 1000));
      return now < closedUntil ? { status: 429, headers: { 'retry-after': seconds } } : undefined;
    };
    outbox.start();
    await until('every entry is delivered', async () => (await outbox.pending()) === 0, 60_000);
    outbox.stop();

    assert.ok(api.count(429) <= 3, `${api.count(429)} refused requests`);
    assert.equal(api.count(201), 200);
    assert.equal(api.statuses.length, 200 + api.count(429));
    for (const reg of regs) assert.equal(api.stored.get(reg.id), 1, reg.id);
    assert.deepEqual(await outbox.held(), []);
  });

  test('a registration the server fails on every time is held after maxServerErrors attempts, with the reason; the others go through', async () => {
    const outbox = setup({ maxServerErrors: 4 });
    const poison = registration();
    api.rule = (id) => (id === poison.id ? { status: 500 } : undefined);
    const heldEvents: string[] = [];
    outbox.addEventListener('held', (event) => heldEvents.push(event.entry.id));
    outbox.start();
    const others = [registration(), registration(), registration()];
    await outbox.enqueue(poison);
    for (const reg of others) await outbox.enqueue(reg);
    await until('the poison entry is held', async () => (await outbox.held()).length === 1);
    // Held means held: no more requests for it, however long the outbox keeps running.
    await sleep(500);
    outbox.stop();

    assert.deepEqual(api.perId.get(poison.id), [500, 500, 500, 500]);
    for (const reg of others) assert.deepEqual(api.perId.get(reg.id), [201]);
    assert.equal(await outbox.pending(), 0);
    const [held] = await outbox.held();
    assert.equal(held?.id, poison.id);
    assert.equal(held?.heldReason?.status, 500);
    assert.equal(held?.heldReason?.code, 'server-error');
    assert.match(held?.heldReason?.message ?? '', /failed on this registration 4 times/);
    assert.equal(held?.serverErrors, 4);
    assert.deepEqual(heldEvents, [poison.id]);

    // Once the server is fixed, staff send it again: the count starts over.
    api.rule = () => undefined;
    await outbox.retryHeld(poison.id);
    assert.deepEqual(api.perId.get(poison.id), [500, 500, 500, 500, 201]);
    assert.deepEqual(await outbox.held(), []);
  });

  test('a 503 with Retry-After (the server is down for everyone) pauses the outbox and holds nothing', async () => {
    const outbox = setup({ maxServerErrors: 2 });
    let downUntil = 0;
    api.rule = () => {
      const now = Date.now();
      if (downUntil === 0) downUntil = now + 2000;
      return now < downUntil ? { status: 503, headers: { 'retry-after': '1' } } : undefined;
    };
    outbox.start();
    const regs = Array.from({ length: 20 }, registration);
    for (const reg of regs) await outbox.enqueue(reg);
    await until('every entry is delivered', async () => (await outbox.pending()) === 0);
    outbox.stop();
    // Two seconds down, one look per announced second: three or four refusals in all, and
    // more of them than maxServerErrors without anything being held.
    assert.ok(api.count(503) >= 2 && api.count(503) <= 4, `${api.count(503)} refusals`);
    assert.equal(api.count(201), 20);
    assert.deepEqual(await outbox.held(), []);
  });

  test('a 502 from a gateway pauses the outbox too, instead of trying every entry', async () => {
    const outbox = setup();
    let failures = 0;
    api.rule = () => (failures++ < 3 ? { status: 502 } : undefined);
    const regs = Array.from({ length: 30 }, registration);
    // The first enqueue meets the 502; the others wait out the pause instead of trying.
    for (const reg of regs) await outbox.enqueue(reg);
    outbox.start();
    await until('every entry is delivered', async () => (await outbox.pending()) === 0);
    outbox.stop();
    assert.equal(api.count(502), 3);
    assert.equal(api.count(201), 30);
  });

  test('413 (too large) is a refusal for good: held at once, sent once', async () => {
    const outbox = setup();
    const reg = registration();
    api.rule = () => ({ status: 413 });
    const result = await outbox.enqueue(reg);
    assert.equal(result.state, 'held');
    assert.equal(result.heldReason?.status, 413);
    outbox.start();
    await sleep(300);
    outbox.stop();
    assert.deepEqual(api.perId.get(reg.id), [413]);
  });
});
