import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runCli } from '../cli/main.js';
import { DatabaseInUseError, LOCK_FILE, openDb } from './db.js';
import { migrate } from './migrate.js';
import { readTemplate, templateName } from './pglite-template.js';

/** One PGlite folder at a time: a second opener would silently lose the first one's writes. */
describe('the PGlite folder lock', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'idokit-lock-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  const inUse = (pid: number) =>
    new RegExp(
      `^The database folder .*data is in use by another IDO Kit process \\(pid ${pid}\\)\\. Stop the server first, or point the CLI at it with DATABASE_URL\\.$`,
    );

  test('a second opener and the CLI are refused while the folder is open; after close it opens again', async () => {
    const data = join(dir, 'data');
    const first = await openDb({ dataDir: data });
    try {
      await first.exec('CREATE TABLE t (n int)');
      assert.equal(
        (await readFile(join(data, LOCK_FILE), 'utf8')).split('\n')[0],
        `${process.pid}`,
      );
      await assert.rejects(openDb({ dataDir: data }), (error: Error) => {
        assert.ok(error instanceof DatabaseInUseError);
        assert.match(error.message, inUse(process.pid));
        return true;
      });
      let stderr = '';
      const code = await runCli(['devices', 'list'], {
        stdout: () => {},
        stderr: (t) => (stderr += t),
        env: { IDOKIT_DATA_DIR: data, IDOKIT_LOG_LEVEL: 'silent' },
      });
      assert.equal(code, 1);
      assert.match(
        stderr.trim(),
        /in use by another IDO Kit process \(pid \d+\)\. Stop the server/,
      );
      await first.exec('INSERT INTO t VALUES (1)');
    } finally {
      await first.close();
    }
    assert.equal(existsSync(join(data, LOCK_FILE)), false, 'close releases the lock');
    // Another live process's lock is refused, naming that process.
    await writeFile(join(data, LOCK_FILE), `${process.ppid}\n`);
    await assert.rejects(openDb({ dataDir: data }), (error: Error) => {
      assert.match(error.message, inUse(process.ppid));
      return true;
    });
    // A lock left by a process that is gone is taken over; the data is all there.
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    await writeFile(join(data, LOCK_FILE), `${dead}\n`);
    const again = await openDb({ dataDir: data });
    try {
      const { rows } = await again.query<{ n: number }>('SELECT n FROM t');
      assert.deepEqual(rows, [{ n: 1 }]);
      assert.equal(
        (await readFile(join(data, LOCK_FILE), 'utf8')).split('\n')[0],
        `${process.pid}`,
      );
    } finally {
      await again.close();
    }
  });
});

/** A first start copies the packed empty cluster (`pnpm build` makes it) instead of initdb. */
describe('the packed empty PGlite cluster', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'idokit-template-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test('a new folder is made from it, migrated and kept; an existing folder is only opened', async () => {
    assert.ok(
      await readTemplate(),
      `dist/db/${templateName()} is missing: run \`pnpm build\` first (pnpm test does)`,
    );
    const first = await openDb({ dataDir: join(dir, 'data') });
    try {
      assert.equal(first.createdFrom, 'template');
      assert.ok((await migrate(first)).length > 0, 'the template holds no schema');
      await first.exec(`INSERT INTO enrolment_codes (code_hash, location_id, created_at, expires_at)
        VALUES ('h', 'loc', now(), now())`);
    } finally {
      await first.close();
    }
    const again = await openDb({ dataDir: join(dir, 'data') });
    try {
      assert.equal(again.createdFrom, undefined);
      assert.deepEqual(await migrate(again), []);
      const { rows } = await again.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM enrolment_codes',
      );
      assert.equal(rows[0]!.n, 1);
    } finally {
      await again.close();
    }
  });

  test('a damaged template is set aside: the folder is made by initdb and works', async () => {
    const damaged = new Blob([new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3, 4])]);
    const db = await openDb({ dataDir: join(dir, 'damaged'), pgliteTemplate: damaged });
    try {
      assert.equal(db.createdFrom, undefined);
      assert.ok((await migrate(db)).length > 0);
      const { rows } = await db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM registrations',
      );
      assert.equal(rows[0]!.n, 0);
    } finally {
      await db.close();
    }
  });
});
