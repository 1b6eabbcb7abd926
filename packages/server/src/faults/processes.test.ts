import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createEnrolmentCode } from '../auth/devices.js';
import { seedIfEmpty } from '../data/sample.js';
import { openDb, type DbOptions } from '../db/db.js';
import { migrate } from '../db/migrate.js';
import { startPdokStub, type PdokStub } from '../testing/pdok-stub.js';
import { startPgCluster, type PgCluster } from '../testing/pg-cluster.js';
import { enrol, LOCATION, post, registration, spawnServer } from '../testing/server-process.js';

/**
 * The published `idokit-server serve` as a supervisor runs it: killed with SIGKILL in the middle
 * of a burst, it loses nothing it acknowledged, stores nothing twice, and leaves no process
 * behind holding the port or the PGlite folder. Two replicas on one PostgreSQL database share
 * their rate limits and geocoder cache.
 */
let cluster: PgCluster;
let dir: string;
let pdok: PdokStub;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'idokit-faults-'));
  cluster = await startPgCluster();
  pdok = await startPdokStub();
});
after(async () => {
  await pdok?.close();
  await cluster?.destroy();
  await rm(dir, { recursive: true, force: true });
});

/** A fresh PostgreSQL database on the throwaway cluster. */
async function freshDatabase(name: string): Promise<string> {
  const admin = await openDb({ databaseUrl: cluster.url });
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.close();
  }
  const url = new URL(cluster.url);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Migrates and seeds a database and makes `n` enrolment codes, with nothing else open on it. */
async function prepare(options: DbOptions, n: number): Promise<string[]> {
  const db = await openDb(options);
  try {
    await migrate(db);
    await seedIfEmpty(db);
    const codes: string[] = [];
    for (let i = 0; i < n; i++)
      codes.push(
        (await createEnrolmentCode(db, LOCATION, { at: new Date(), ttlMs: 3_600_000 })).code,
      );
    return codes;
  } finally {
    await db.close();
  }
}

async function killMidBurst(options: DbOptions, env: Record<string, string>) {
  const [code] = await prepare(options, 1);
  const server = await spawnServer(env);
  const token = await enrol(server.url, code!);
  const acknowledged = new Set<string>();
  let sent = 0;
  let killed = false;
  // 12 staff devices' worth of concurrent writes; SIGKILL once 60 are acknowledged.
  const worker = async () => {
    while (!killed) {
      const body = registration();
      sent++;
      const res = await post(server.url, token, body);
      if (res?.status === 201 || res?.status === 200) acknowledged.add(body.id);
      await res?.body?.cancel().catch(() => {});
      if (!killed && acknowledged.size >= 60) {
        killed = true;
        server.child.kill('SIGKILL');
      }
      if (!res) break;
    }
  };
  await Promise.all(Array.from({ length: 12 }, worker));
  await server.exited;

  // Nothing is left behind: the port is closed and the PGlite folder can be opened at once.
  assert.equal(
    await fetch(`${server.url}/healthz`).then(
      () => 'open',
      () => 'closed',
    ),
    'closed',
  );
  const db = await openDb(options);
  try {
    const { rows } = await db.query<{ id: string; questions: number }>(
      `SELECT r.id::text AS id, (SELECT count(*)::int FROM registration_questions q
         WHERE q.registration_id = r.id) AS questions FROM registrations r`,
    );
    const stored = new Map(rows.map((r) => [r.id, Number(r.questions)]));
    assert.equal(stored.size, rows.length, 'no id is stored twice');
    const lost = [...acknowledged].filter((id) => !stored.has(id));
    assert.deepEqual(lost, [], 'every acknowledged registration is stored');
    for (const id of acknowledged) assert.equal(stored.get(id), 1, `${id} has its one question`);
    assert.ok(rows.length <= sent, `${rows.length} stored of ${sent} sent`);
  } finally {
    await db.close();
  }

  // Restarted on the same data, a replay of an acknowledged registration is recognised.
  const again = await spawnServer(env);
  try {
    const ready = await fetch(`${again.url}/readyz`);
    assert.equal(ready.status, 200);
    await ready.body?.cancel();
  } finally {
    again.child.kill('SIGTERM');
    await again.exited;
  }
  return { acknowledged: acknowledged.size, sent };
}

describe('SIGKILL to idokit-server serve in the middle of a burst', () => {
  test('PGlite: every acknowledged registration stored once; no orphan holds the folder', async () => {
    const data = join(dir, 'pglite');
    await killMidBurst({ dataDir: data }, { IDOKIT_DATA_DIR: data });
  });

  test('PostgreSQL: every acknowledged registration stored once', async () => {
    const url = await freshDatabase('idokit_crash');
    await killMidBurst({ databaseUrl: url }, { DATABASE_URL: url });
  });
});

describe('two replicas on one PostgreSQL database', () => {
  test('share the enrolment limit and the geocoder cache', async () => {
    const url = await freshDatabase('idokit_replicas');
    const [code] = await prepare({ databaseUrl: url }, 1);
    const env = {
      DATABASE_URL: url,
      IDOKIT_RATE_ENROLMENT: '3/h',
      IDOKIT_PDOK_URL: pdok.url,
    };
    const a = await spawnServer(env);
    const b = await spawnServer(env);
    try {
      const attempt = async (baseUrl: string, enrolmentCode = 'AAAA-AAAA') => {
        const res = await fetch(`${baseUrl}/v1/enrolments`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ code: enrolmentCode }),
        });
        await res.body?.cancel();
        return res.status;
      };
      // A valid code costs nothing; three wrong ones across both replicas use up the limit.
      assert.equal(await attempt(a.url, code), 201);
      const statuses = [
        await attempt(a.url),
        await attempt(b.url),
        await attempt(a.url),
        await attempt(b.url),
        await attempt(a.url),
      ];
      assert.deepEqual(statuses, [401, 401, 401, 429, 429]);

      // A postcode looked up through one replica is not asked of PDOK again by the other.
      const before = pdok.requests.length;
      const first = await fetch(`${a.url}/v1/geocode?q=8011AA`);
      assert.equal(first.status, 200);
      const asked = pdok.requests.length - before;
      assert.ok(asked >= 1, 'the first lookup goes to PDOK');
      const second = await fetch(`${b.url}/v1/geocode?q=8011 aa`);
      assert.equal(second.status, 200);
      assert.deepEqual(await second.json(), await first.json());
      assert.equal(pdok.requests.length - before, asked, 'the second replica used the cache');
    } finally {
      a.child.kill('SIGTERM');
      b.child.kill('SIGTERM');
      await Promise.all([a.exited, b.exited]);
    }
  });
});
