import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createEnrolmentCode } from '../auth/devices.js';
import { resolveConfig } from '../config.js';
import { countRegistrations } from '../data/registrations.js';
import { startServer, type RunningServer } from '../serve.js';
import { signedInCoordinator } from '../testing/coordinator.js';
import { startPgCluster, type PgCluster } from '../testing/pg-cluster.js';
import { enrol, LOCATION, post, registration } from '../testing/server-process.js';

/**
 * PostgreSQL goes away (stopped) and hangs (SIGSTOP) under a running server: staff writes get
 * 503 with Retry-After within a few seconds, residents' searches keep answering from memory,
 * `/readyz` says so within its own timeout, and everything recovers without a restart.
 * Uses its own throwaway cluster: the shared test database cannot be stopped.
 */
let cluster: PgCluster;
let server: RunningServer;
let token: string;
/** A coordinator's save of a location (issue 21), sent while the database is away. */
let coordinatorSave: () => Promise<Response>;
const warnings: string[] = [];
const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);

before(async () => {
  cluster = await startPgCluster();
  process.on('warning', onWarning);
  const config = resolveConfig(
    {},
    {
      DATABASE_URL: cluster.url,
      PORT: '0',
      IDOKIT_HOST: '127.0.0.1',
      IDOKIT_LOG_LEVEL: 'silent',
      IDOKIT_STATIC_DIR: 'none',
      IDOKIT_CDN_DIR: 'none',
      IDOKIT_DB_CONNECT_TIMEOUT_MS: '1000',
      IDOKIT_DB_STATEMENT_TIMEOUT_MS: '1500',
      IDOKIT_DB_POOL_SIZE: '4',
      IDOKIT_DB_QUEUE_SIZE: '8',
    },
  );
  server = await startServer(config);
  server.url = server.url.replace('localhost', '127.0.0.1');
  const { code } = await createEnrolmentCode(server.db, LOCATION, {
    at: new Date(),
    ttlMs: 3_600_000,
  });
  token = await enrol(server.url, code);
  // A key of the organisation LOCATION belongs to in the sample dataset.
  const { rows } = await server.db.query<{ organisation: string }>(
    `SELECT doc->>'organisation' AS organisation FROM locations WHERE id = $1`,
    [LOCATION],
  );
  const coordinator = await signedInCoordinator(
    { db: server.db, baseUrl: server.url },
    rows[0]!.organisation,
  );
  const { etag, doc } = await coordinator.client.locations.get(LOCATION);
  coordinatorSave = () =>
    fetch(`${server.url}/v1/coordinator/locations/${LOCATION}`, {
      method: 'PUT',
      headers: {
        Authorization: `Bearer ${coordinator.session.token}`,
        'Content-Type': 'application/json',
        'If-Match': etag,
      },
      body: JSON.stringify({ ...doc, accessibility: 'Lift naar de eerste verdieping' }),
    });
});
after(async () => {
  process.off('warning', onWarning);
  await server?.close();
  await cluster?.destroy();
});

/** Times one request; the answer and how long it took. */
async function timed(fn: () => Promise<Response | undefined>) {
  const started = Date.now();
  const res = await fn();
  return { res, ms: Date.now() - started };
}

/** Posts until one is stored (201), for at most `ms`. */
async function until201(ms: number): Promise<number> {
  const deadline = Date.now() + ms;
  let last = 0;
  while (Date.now() < deadline) {
    const res = await post(server.url, token, registration());
    last = res?.status ?? 0;
    await res?.body?.cancel();
    if (last === 201) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  return last;
}

/** What residents and staff see while the database is away, whichever way it went. */
async function duringOutage(what: string) {
  // Staff writes: 503 problem with Retry-After, in seconds, not after the outage.
  const write = await timed(() => post(server.url, token, registration()));
  assert.equal(write.res?.status, 503, what);
  assert.equal(write.res.headers.get('content-type'), 'application/problem+json');
  assert.ok(Number(write.res.headers.get('retry-after')) >= 1, what);
  const problem = (await write.res.json()) as { type: string };
  assert.equal(problem.type, 'https://idokit.nl/problems/unavailable');
  assert.ok(write.ms < 10_000, `${what}: the 503 took ${write.ms} ms`);

  // A coordinator's save: the same 503, nothing half-saved.
  const save = await timed(coordinatorSave);
  assert.equal(save.res?.status, 503, `${what}: coordinator save`);
  assert.equal(save.res.headers.get('content-type'), 'application/problem+json');
  assert.ok(Number(save.res.headers.get('retry-after')) >= 1, what);
  await save.res.body?.cancel();
  assert.ok(save.ms < 10_000, `${what}: the coordinator's 503 took ${save.ms} ms`);

  // Residents: every public read answers from the dataset in memory, every time.
  for (let i = 0; i < 6; i++) {
    for (const path of [
      '/v1/locations?near=52.09,5.12',
      `/v1/locations/${LOCATION}`,
      '/v1/partners?theme=toeslagen',
      '/v1/feed.json',
    ]) {
      const res = await fetch(`${server.url}${path}`);
      assert.equal(res.status, 200, `${what}: ${path}`);
      await res.body?.cancel();
    }
  }

  // The readiness probe answers within its own timeout.
  const ready = await timed(() => fetch(`${server.url}/readyz`));
  assert.equal(ready.res?.status, 503, what);
  assert.deepEqual(await ready.res.json(), { status: 'database-unavailable' });
  assert.ok(ready.ms < 5_000, `${what}: /readyz took ${ready.ms} ms`);
}

describe('PostgreSQL outages under a running server', () => {
  test('stopped: 503 with Retry-After, public reads from memory, then recovery without a restart', async () => {
    assert.equal(await until201(5_000), 201);
    const stored = await countRegistrations(server.db);
    await cluster.stop();
    try {
      await duringOutage('stopped');
    } finally {
      await cluster.start();
    }
    assert.equal(await until201(20_000), 201, 'stores again once PostgreSQL is back');
    assert.equal(await countRegistrations(server.db), stored + 1, 'nothing half-stored meanwhile');
    const ready = await fetch(`${server.url}/readyz`);
    assert.equal(ready.status, 200);
    await ready.body?.cancel();
  });

  test('hung (SIGSTOP): answers within the timeouts, a burst does not pile up, then recovery', async () => {
    assert.equal(await until201(5_000), 201);
    cluster.freeze();
    try {
      await duringOutage('frozen');
      // 40 staff requests at once: the pool (4) and its queue (8) take some, the rest are
      // refused at once; every one of them gets an answer while PostgreSQL is still frozen.
      const started = Date.now();
      const burst = await Promise.all(
        Array.from({ length: 40 }, () => post(server.url, token, registration())),
      );
      const statuses = burst.map((r) => r?.status ?? 0);
      assert.deepEqual([...new Set(statuses)], [503], statuses.join(','));
      assert.ok(Date.now() - started < 15_000, `the burst took ${Date.now() - started} ms`);
    } finally {
      cluster.thaw();
    }
    assert.equal(await until201(20_000), 201, 'stores again once PostgreSQL runs again');
  });

  test('read-only (default_transaction_read_only): 503 with Retry-After, /readyz 503 until a write works', async () => {
    assert.equal(await until201(5_000), 201);
    const { default: pg } = await import('pg');
    // Its own session, with the setting off for itself, so it can always turn it back.
    const admin = new pg.Client({
      connectionString: cluster.url,
      options: '-c default_transaction_read_only=off',
    });
    await admin.connect();
    const readOnly = async (on: boolean) => {
      await admin.query(
        on
          ? 'ALTER SYSTEM SET default_transaction_read_only = on'
          : 'ALTER SYSTEM RESET default_transaction_read_only',
      );
      await admin.query('SELECT pg_reload_conf()');
      await new Promise((r) => setTimeout(r, 500)); // the backends take the reload on their next command
    };
    try {
      await readOnly(true);
      const stored = await countRegistrations(server.db);
      for (let i = 0; i < 3; i++) {
        const res = await post(server.url, token, registration());
        assert.equal(res?.status, 503);
        assert.equal(res.headers.get('content-type'), 'application/problem+json');
        assert.ok(Number(res.headers.get('retry-after')) >= 1);
        await res.body?.cancel();
      }
      assert.equal(await countRegistrations(server.db), stored);
      const save = await coordinatorSave();
      assert.equal(save.status, 503, 'a coordinator save on a read-only database');
      assert.ok(Number(save.headers.get('retry-after')) >= 1);
      await save.body?.cancel();
      const ready = await fetch(`${server.url}/readyz`);
      assert.equal(ready.status, 503);
      assert.deepEqual(await ready.json(), { status: 'storage-unavailable' });
    } finally {
      await readOnly(false);
      await admin.end();
    }
    const ready = await fetch(`${server.url}/readyz`);
    assert.equal(ready.status, 200, 'ready again once a write works');
    await ready.body?.cancel();
    assert.equal(await until201(5_000), 201);
  });

  test("node-postgres' deprecation of concurrent queries in a transaction never fires", () => {
    assert.deepEqual(
      warnings.filter((w) => /client\.query\(\)|already executing a query/i.test(w)),
      [],
    );
  });
});
