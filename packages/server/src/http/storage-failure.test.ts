import assert from 'node:assert/strict';
import fs, { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fixtureFeed } from '@idokit/sdk/testing';
import { createApp } from '../app.js';
import { createEnrolmentCode } from '../auth/devices.js';
import { importFeed } from '../data/dataset.js';
import { countRegistrations } from '../data/registrations.js';
import { openDb, type Db, type Queryable } from '../db/db.js';
import { migrate } from '../db/migrate.js';
import { startTestServer, type TestServer } from '../testing/harness.js';
import { LOCATION, sampleRegistration as registration } from '../testing/registration.js';
import { isStorageFailure, problemFromDbError, STORAGE_RETRY_AFTER_SECONDS } from './db-errors.js';
import { createLogger } from './logger.js';

const sqlError = (code: string, message = 'injected') =>
  Object.assign(new Error(message), { code, severity: 'ERROR' });

describe('which database errors are storage failures', () => {
  const cases: [string, unknown, boolean][] = [
    ['53100 disk full', sqlError('53100'), true],
    ['53200 out of memory', sqlError('53200'), true],
    ['53000 insufficient resources', sqlError('53000'), true],
    ['58030 I/O error', sqlError('58030'), true],
    ['25006 read-only transaction', sqlError('25006'), true],
    [
      'EROFS as PostgreSQL and PGlite report it (42501)',
      sqlError('42501', 'could not extend file "base/5/16384": Read-only file system'),
      true,
    ],
    ['ENOSPC from the file system', Object.assign(new Error('x'), { code: 'ENOSPC' }), true],
    ['EIO from the file system', Object.assign(new Error('x'), { code: 'EIO' }), true],
    ['42501 a missing grant', sqlError('42501', 'permission denied for table devices'), false],
    ['53300 too many connections (unavailable, not storage)', sqlError('53300'), false],
    ['23505 unique violation', sqlError('23505'), false],
    ['22021 bad text', sqlError('22021'), false],
    ['no code', new Error('boom'), false],
  ];
  for (const [name, error, storage] of cases)
    test(name, () => {
      assert.equal(isStorageFailure(error), storage);
      if (storage) {
        const problem = problemFromDbError(error);
        assert.equal(problem?.status, 503);
        assert.equal(problem?.slug, 'unavailable');
        assert.equal(problem?.headers['Retry-After'], String(STORAGE_RETRY_AFTER_SECONDS));
      }
    });
});

/** The test database with every write failing with `error` while `failing` is set. */
function faultyWrites(db: Db, error: () => Error): Db & { failing: boolean } {
  const isWrite = (sql: string) => /\b(INSERT|UPDATE|DELETE)\b/i.test(sql);
  const faulty = { failing: false };
  const wrap = (q: Queryable): Queryable => ({
    query: (sql, params) =>
      faulty.failing && isWrite(sql) ? Promise.reject(error()) : q.query(sql, params),
    exec: (sql) => q.exec(sql),
  });
  return Object.assign(faulty, {
    kind: db.kind,
    ...wrap(db),
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
  });
}

describe('a database that cannot write: 503 with Retry-After, /readyz 503 until a write works', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  const errors: [string, () => Error][] = [
    [
      'disk full (53100)',
      () => sqlError('53100', 'could not extend file: No space left on device'),
    ],
    ['I/O error (58030)', () => sqlError('58030', 'could not write block: I/O error')],
    [
      'read-only (25006)',
      () => sqlError('25006', 'cannot execute INSERT in a read-only transaction'),
    ],
  ];
  for (const [name, error] of errors)
    test(name, async () => {
      const db = faultyWrites(server.db, error);
      const app = await server.startApp({ db });
      try {
        const { code } = await createEnrolmentCode(server.db, LOCATION, {
          at: new Date(),
          ttlMs: 60_000,
        });
        const enrolled = await fetch(`${app.baseUrl}/v1/enrolments`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ code }),
        });
        const { token } = (await enrolled.json()) as { token: string };
        const send = (body: unknown) =>
          fetch(`${app.baseUrl}/v1/registrations`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
            body: JSON.stringify(body),
          });
        const ready = async () => {
          const res = await fetch(`${app.baseUrl}/readyz`);
          return { status: res.status, body: (await res.json()) as { status: string } };
        };
        assert.equal((await ready()).status, 200);

        db.failing = true;
        const reg = registration();
        const before = await countRegistrations(server.db);
        for (let i = 0; i < 3; i++) {
          const res = await send(reg);
          assert.equal(res.status, 503);
          assert.equal(res.headers.get('content-type'), 'application/problem+json');
          assert.equal(res.headers.get('retry-after'), String(STORAGE_RETRY_AFTER_SECONDS));
          const problem = (await res.json()) as { type: string; detail: string };
          assert.equal(problem.type, 'https://idokit.nl/problems/unavailable');
          assert.match(problem.detail, /Nothing was stored/);
        }
        assert.equal(await countRegistrations(server.db), before);
        assert.deepEqual(await ready(), { status: 503, body: { status: 'storage-unavailable' } });
        assert.equal((await ready()).status, 503, 'still 503 while writes fail');
        assert.ok(app.logs.some((line) => line.includes('storage failure')));
        assert.ok(!app.logs.some((line) => line.includes('unhandled error')));

        db.failing = false;
        // Readiness tries a write itself: ready again without a registration coming first.
        assert.deepEqual(await ready(), {
          status: 200,
          body: { status: 'ready', database: server.db.kind },
        });
        assert.equal((await send(reg)).status, 201);
        assert.equal(await countRegistrations(server.db), before + 1);

        // A registration that gets through clears the failure too.
        db.failing = true;
        assert.equal((await send(registration())).status, 503);
        db.failing = false;
        assert.equal((await send(registration())).status, 201);
        assert.equal((await ready()).status, 200);
      } finally {
        await app.close();
      }
    });
});

describe(
  'PGlite on a full disk (ENOSPC from its folder)',
  { skip: !!process.env.DATABASE_URL },
  () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'idokit-enospc-'));
    });
    after(() => rm(dir, { recursive: true, force: true }));

    /**
     * Makes every write to a file PGlite opened under `dir` fail with `code`, as a full disk does,
     * from the moment it is switched on. PGlite's file system calls Node's `fs` synchronously.
     */
    function diskFault(code: string) {
      const fds = new Set<number>();
      const original = { openSync: fs.openSync, writeSync: fs.writeSync, closeSync: fs.closeSync };
      const fault = { on: false };
      const patched = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
      patched['openSync'] = (...args) => {
        const fd = (original.openSync as (...a: unknown[]) => number)(...args);
        if (String(args[0]).startsWith(dir)) fds.add(fd);
        return fd;
      };
      patched['closeSync'] = (...args) => {
        fds.delete(args[0] as number);
        return (original.closeSync as (...a: unknown[]) => unknown)(...args);
      };
      patched['writeSync'] = (...args) => {
        if (fault.on && fds.has(args[0] as number))
          throw Object.assign(new Error(`${code}: injected`), { code, syscall: 'write' });
        return (original.writeSync as (...a: unknown[]) => unknown)(...args);
      };
      return Object.assign(fault, {
        restore: () => Object.assign(fs, original),
      });
    }

    test('a registration gets 503, never 500; the database refuses at once after it; a restart recovers', async () => {
      const fault = diskFault('ENOSPC');
      let db: Db | undefined;
      try {
        db = await openDb({ dataDir: dir });
        await migrate(db);
        await importFeed(db, fixtureFeed);
        const logs: string[] = [];
        const { app } = createApp({
          db,
          geocoder: { geocode: async () => [] } as never,
          logger: createLogger({ level: 'debug', write: (line) => logs.push(line) }),
        });
        const { code } = await createEnrolmentCode(db, LOCATION, { at: new Date(), ttlMs: 60_000 });
        const enrolled = await app.request('/v1/enrolments', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ code }),
        });
        const { token } = (await enrolled.json()) as { token: string };
        const send = (body: unknown) =>
          app.request('/v1/registrations', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
            body: JSON.stringify(body),
          });
        const stored = registration();
        assert.equal((await send(stored)).status, 201);

        fault.on = true;
        const statuses: number[] = [];
        for (let i = 0; i < 3; i++) {
          const res = await send(registration());
          statuses.push(res.status);
          assert.equal(res.headers.get('content-type'), 'application/problem+json');
          assert.ok(res.headers.get('retry-after'));
        }
        assert.deepEqual(statuses, [503, 503, 503]);
        assert.equal((await app.request('/readyz')).status, 503);
        assert.ok(!logs.some((line) => line.includes('unhandled error')));

        // PostgreSQL panics when its WAL cannot be written, and PGlite never answers again: the
        // folder is opened again (as a restart does) once the disk has room, and recovers.
        fault.on = false;
        await db.close();
        db = await openDb({ dataDir: dir });
        assert.equal(await countRegistrations(db), 1);
      } finally {
        fault.restore();
        await db?.close();
      }
    });
  },
);
