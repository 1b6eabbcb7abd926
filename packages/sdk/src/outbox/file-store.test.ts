import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { isIdoError } from '../errors/ido-error.js';
import { IdoNetworkError } from '../errors/ido-network-error.js';
import type { QuestionRegistration } from '../schemas/registration.js';
import { FileOutboxStore } from '../node.js';
import { createOutbox } from './index.js';

let folder: string;
before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'idokit-outbox-'));
});
after(async () => {
  await rm(folder, { recursive: true, force: true });
});

function registration(): QuestionRegistration {
  return {
    id: randomUUID(),
    locationId: 'ido-zwolle',
    date: '2026-11-21',
    hour: 14,
    channel: 'phone',
    durationMinutes: 20,
    questions: [{ type: 'library', organisations: [], themes: [], help: 'explained' }],
  };
}

test('entries survive a restart: a new store on the same file sees them, and delivers them', async () => {
  const path = join(folder, 'restart', 'outbox.json');
  const offline = createOutbox({
    send: async () => {
      throw new IdoNetworkError('http://127.0.0.1/v1/registrations');
    },
    store: new FileOutboxStore(path),
    locks: null,
  });
  const regs = [registration(), registration(), registration()];
  for (const reg of regs) assert.equal((await offline.enqueue(reg)).state, 'pending');

  // "Restart": nothing shared but the file.
  const received: string[] = [];
  const reopened = new FileOutboxStore(path);
  assert.deepEqual(
    (await reopened.list()).map((entry) => [entry.id, entry.attempts]),
    regs.map((reg) => [reg.id, 1]),
  );
  const online = createOutbox({
    send: async (reg) => {
      received.push(reg.id);
    },
    store: reopened,
    locks: null,
  });
  assert.equal(await online.pending(), 3);
  await online.flush();
  assert.deepEqual(
    received,
    regs.map((reg) => reg.id),
  );
  assert.equal(await online.pending(), 0);
  assert.deepEqual(await new FileOutboxStore(path).list(), []);
});

test('writes are atomic: only the outbox file remains, and concurrent writers lose nothing', async () => {
  const path = join(folder, 'atomic', 'outbox.json');
  const a = new FileOutboxStore(path);
  const b = new FileOutboxStore(path);
  const entries = Array.from({ length: 20 }, (_, i) => ({
    id: randomUUID(),
    registration: registration(),
    enqueuedAt: 1000 + i,
    attempts: 0,
    nextAttemptAt: 1000 + i,
  }));
  await Promise.all(entries.map((entry, i) => (i % 2 ? a : b).put(entry)));
  assert.deepEqual(await readdir(join(folder, 'atomic')), ['outbox.json']);
  assert.deepEqual(
    (await new FileOutboxStore(path).list()).map((entry) => entry.id),
    entries.map((entry) => entry.id),
  );
  await a.delete(entries[0]!.id);
  assert.equal(await b.get(entries[0]!.id), undefined);
  assert.equal((await b.list()).length, 19);
  const saved = JSON.parse(await readFile(path, 'utf8')) as { version: number };
  assert.equal(saved.version, 1);
});

test('an unreadable file is refused, never silently replaced by an empty outbox', async () => {
  const path = join(folder, 'corrupt.json');
  await writeFile(path, '{"version":1,"entries":[{"id":');
  const store = new FileOutboxStore(path);
  await assert.rejects(
    store.list(),
    (error: unknown) => isIdoError(error) && error.code === 'config',
  );
  await assert.rejects(
    store.put({
      id: randomUUID(),
      registration: registration(),
      enqueuedAt: 0,
      attempts: 0,
      nextAttemptAt: 0,
    }),
    (error: unknown) => isIdoError(error) && error.code === 'config',
  );
  assert.equal(await readFile(path, 'utf8'), '{"version":1,"entries":[{"id":');
});
