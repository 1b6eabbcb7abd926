import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { QuestionRegistrationSchema } from '@idokit/sdk';
import { resolveConfig } from '../config.js';
import { openDb } from '../db/db.js';
import { migrate } from '../db/migrate.js';
import { createLogger } from '../http/logger.js';
import { startServer } from '../serve.js';
import { openTestDb } from '../testing/harness.js';
import { sampleRegistration } from '../testing/registration.js';
import {
  clearOldNotes,
  DEFAULT_NOTE_RETENTION_DAYS,
  scheduleNoteRetention,
} from './note-retention.js';
import { countRegistrations, storeRegistration } from './registrations.js';

const DAY = 86_400_000;
const NOW = new Date('2026-12-07T12:00:00Z');

let db: Awaited<ReturnType<typeof openTestDb>>;
before(async () => {
  db = await openTestDb();
  await migrate(db);
});
after(() => db.dropAndClose());

/** Stores a registration with `note`, as received `daysAgo` days before {@link NOW}. */
async function stored(note: string | undefined, daysAgo: number): Promise<string> {
  const reg = QuestionRegistrationSchema.parse(sampleRegistration(note ? { note } : {}));
  const result = await storeRegistration(db, reg, {
    deviceId: 'device-1',
    at: new Date(NOW.getTime() - daysAgo * DAY),
  });
  assert.equal(result.kind, 'created');
  return reg.id;
}

const noteOf = async (id: string) =>
  (await db.query<{ note: string | null }>('SELECT note FROM registrations WHERE id = $1', [id]))
    .rows[0]!.note;
const questions = async () =>
  Number(
    (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM registration_questions'))
      .rows[0]!.n,
  );

describe('note retention', () => {
  test(`keeps notes ${DEFAULT_NOTE_RETENTION_DAYS} days by default; an older note is cleared, the registration stays`, async () => {
    const old = await stored('Uitleg over de Berichtenbox gegeven', 31);
    const recent = await stored('Vervolgafspraak voor de aangifte', 1);
    const none = await stored(undefined, 40);
    const [registrations, questionRows] = [await countRegistrations(db), await questions()];

    assert.equal(await clearOldNotes(db, { days: DEFAULT_NOTE_RETENTION_DAYS, at: NOW }), 1);
    assert.equal(await noteOf(old), null);
    assert.equal(await noteOf(recent), 'Vervolgafspraak voor de aangifte');
    assert.equal(await noteOf(none), null);
    assert.equal(await countRegistrations(db), registrations, 'no registration is removed');
    assert.equal(await questions(), questionRows, 'no question is removed');
    // Run again: nothing left to clear.
    assert.equal(await clearOldNotes(db, { days: DEFAULT_NOTE_RETENTION_DAYS, at: NOW }), 0);
  });

  test('the period is configurable: with 1 day, a note from two days ago is cleared', async () => {
    const twoDays = await stored('Wmo-aanvraag samen ingevuld', 2);
    const today = await stored('DigiD app geactiveerd', 0);
    assert.equal(await clearOldNotes(db, { days: 1, at: NOW }), 1);
    assert.equal(await noteOf(twoDays), null);
    assert.equal(await noteOf(today), 'DigiD app geactiveerd');
  });

  test('the schedule clears at once, reports the count, and stops cleanly', async () => {
    const old = await stored('brief CJIB samen gelezen', 60);
    const counts: number[] = [];
    const schedule = scheduleNoteRetention(db, {
      days: 30,
      now: () => NOW,
      onCleared: (n) => counts.push(n),
      onError: (error) => assert.fail(String(error)),
    });
    await schedule.first;
    await schedule.stop();
    assert.deepEqual(counts, [1]);
    assert.equal(await noteOf(old), null);
  });

  test('a failing run is reported, not thrown', async () => {
    const errors: unknown[] = [];
    const broken = {
      query: () => Promise.reject(new Error('database away')),
      exec: () => Promise.resolve(),
    };
    const schedule = scheduleNoteRetention(broken, { days: 30, onError: (e) => errors.push(e) });
    await schedule.first;
    await schedule.stop();
    assert.equal(errors.length, 1);
  });

  test('the server clears old notes when it starts (PGlite)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'idokit-notes-'));
    try {
      const seeded = await openDb({ dataDir: dir });
      await migrate(seeded);
      const reg = QuestionRegistrationSchema.parse(sampleRegistration({ note: 'oude notitie' }));
      await storeRegistration(seeded, reg, {
        deviceId: 'device-1',
        at: new Date(Date.now() - 31 * DAY),
      });
      await seeded.close();
      const config = resolveConfig(
        { port: '0', 'data-dir': dir, seed: 'false', 'static-dir': 'none', 'cdn-dir': 'none' },
        {},
      );
      const server = await startServer(config, { logger: createLogger({ level: 'silent' }) });
      try {
        const { rows } = await server.db.query<{ note: string | null }>(
          'SELECT note FROM registrations WHERE id = $1',
          [reg.id],
        );
        assert.deepEqual(rows, [{ note: null }]);
      } finally {
        await server.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
