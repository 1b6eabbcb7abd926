/**
 * `pnpm bench` for the server: HTTP load with autocannon on PGlite and PostgreSQL, beside a bare
 * `node:http` server measured in the same run (the ceiling on this machine), and the cold start
 * to `/readyz`. Each server runs in its own process (the published bin), autocannon in this one.
 * PostgreSQL: `IDOKIT_TEST_DATABASE_URL` / `DATABASE_URL` (a fresh schema in it), else a throwaway
 * cluster from /usr/lib/postgresql. Compare ratios to the bare server, not absolute numbers.
 *
 * Options (environment): IDOKIT_BENCH_SECONDS (per measurement, default 5),
 * IDOKIT_BENCH_CONNECTIONS (default 10).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createEnrolmentCode } from '../src/auth/devices.js';
import { seedIfEmpty } from '../src/data/sample.js';
import { openDb, type DbOptions } from '../src/db/db.js';
import { migrate } from '../src/db/migrate.js';
import {
  enrol,
  LOCATION,
  registration,
  spawnServer,
  type ServerProcess,
} from '../faults/helpers.js';
import { startPgCluster, type PgCluster } from '../test/pg-cluster.js';

const SECONDS = Number(process.env.IDOKIT_BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.IDOKIT_BENCH_CONNECTIONS ?? 10);
const NEAR = '/v1/locations?near=52.09,5.12';

interface Row {
  backend: string;
  what: string;
  rps: number;
  p50: number;
  p99: number;
  /** Answers outside the expected class (2xx, or 3xx for the 304 run). */
  unexpected: number;
  errors: number;
}
const rows: Row[] = [];

async function load(
  backend: string,
  what: string,
  options: Partial<autocannon.Options> & { url: string },
  expect: '2xx' | '3xx' = '2xx',
): Promise<void> {
  const result = await autocannon({
    connections: CONNECTIONS,
    duration: SECONDS,
    ...options,
  });
  rows.push({
    backend,
    what,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    unexpected: result.requests.total - result[expect],
    errors: result.errors + result.timeouts,
  });
  console.log(
    `  ${backend.padEnd(10)} ${what.padEnd(34)} ${Math.round(result.requests.average)} req/s`,
  );
}

/** A bare node:http server in its own process answering a small JSON body: the ceiling. */
async function bare(): Promise<void> {
  const child = spawn(
    process.execPath,
    [
      '-e',
      `const s = require('node:http').createServer((q, r) => { r.writeHead(200, { 'Content-Type': 'application/json' }); r.end('{"ok":true}'); });
       s.listen(0, '127.0.0.1', () => console.log(s.address().port));`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise<string>((resolve) =>
    child.stdout!.once('data', (d) => resolve(String(d).trim())),
  );
  try {
    await load('node:http', 'GET (bare, the ceiling)', { url: `http://127.0.0.1:${port}/` });
  } finally {
    child.kill('SIGTERM');
  }
}

/** Migrates, seeds and makes an enrolment code with nothing else open on the database. */
async function prepare(options: DbOptions): Promise<string> {
  const db = await openDb(options);
  try {
    await migrate(db);
    await seedIfEmpty(db);
    return (await createEnrolmentCode(db, LOCATION, { at: new Date(), ttlMs: 3_600_000 })).code;
  } finally {
    await db.close();
  }
}

async function stop(server: ServerProcess): Promise<void> {
  server.child.kill('SIGTERM');
  await server.exited;
}

/** Time from spawning `idokit-server serve` to the first 200 from `/readyz`. */
async function coldStart(
  env: Record<string, string>,
): Promise<{ ms: number; server: ServerProcess }> {
  const started = performance.now();
  const server = await spawnServer(env);
  for (;;) {
    const res = await fetch(`${server.url}/readyz`).catch(() => undefined);
    await res?.body?.cancel();
    if (res?.status === 200) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  return { ms: Math.round(performance.now() - started), server };
}

async function backend(name: string, dbOptions: DbOptions, env: Record<string, string>) {
  const settings = { ...env, IDOKIT_RATE_REGISTRATION: 'off', IDOKIT_LOG_LEVEL: 'warn' };
  // Cold start on an empty database (migrate + import the sample), then a reopen.
  const first = await coldStart(settings);
  await stop(first.server);
  const code = await prepare(dbOptions);
  const reopen = await coldStart(settings);
  const colds = { first: first.ms, reopen: reopen.ms };
  console.log(
    `  ${name.padEnd(10)} cold start to /readyz: first ${colds.first} ms, reopen ${colds.reopen} ms`,
  );
  const server = reopen.server;
  try {
    const token = await enrol(server.url, code);
    await load(name, `GET ${NEAR}`, { url: `${server.url}${NEAR}` });
    await load(name, 'GET /v1/feed.json (200)', { url: `${server.url}/v1/feed.json` });
    const etag = (await fetch(`${server.url}/v1/feed.json`)).headers.get('etag')!;
    await load(
      name,
      'GET /v1/feed.json (304)',
      {
        url: `${server.url}/v1/feed.json`,
        headers: { 'If-None-Match': etag },
      },
      '3xx',
    );
    await load(name, 'POST /v1/registrations (201)', {
      url: `${server.url}/v1/registrations`,
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => ({ ...request, body: JSON.stringify(registration()) }),
        },
      ],
    });
  } finally {
    await stop(server);
  }
  return colds;
}

if (!existsSync(fileURLToPath(new URL('../dist/cli/main.js', import.meta.url)))) {
  console.error('The server bench runs the published command on dist/: run `pnpm build` first.');
  process.exit(1);
}
const dir = await mkdtemp(join(tmpdir(), 'idokit-bench-'));
let cluster: PgCluster | undefined;
const colds: Record<string, { first: number; reopen: number }> = {};
try {
  console.log(`autocannon: ${CONNECTIONS} connections, ${SECONDS} s per measurement`);
  await bare();
  const data = join(dir, 'pglite');
  colds.PGlite = await backend('PGlite', { dataDir: data }, { IDOKIT_DATA_DIR: data });

  let url = process.env.IDOKIT_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) {
    cluster = await startPgCluster();
    url = cluster.url;
  }
  const schema = `idokit_bench_${randomBytes(4).toString('hex')}`;
  const admin = await openDb({ databaseUrl: url, schema });
  await admin.close();
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  try {
    colds.PostgreSQL = await backend(
      'PostgreSQL',
      { databaseUrl: url, schema },
      { DATABASE_URL: scoped.toString() },
    );
  } finally {
    const db = await openDb({ databaseUrl: url });
    await db.query(`DROP SCHEMA ${schema} CASCADE`);
    await db.close();
  }
} finally {
  await cluster?.destroy();
  await rm(dir, { recursive: true, force: true });
}

console.log('\n| backend | request | req/s | p50 ms | p99 ms | unexpected status | errors |');
console.log('|---|---|---:|---:|---:|---:|---:|');
for (const r of rows)
  console.log(
    `| ${r.backend} | ${r.what} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.unexpected} | ${r.errors} |`,
  );
console.log('\n| backend | cold start to /readyz: first (migrate + sample) | reopen |');
console.log('|---|---:|---:|');
for (const [name, c] of Object.entries(colds))
  console.log(`| ${name} | ${c.first} ms | ${c.reopen} ms |`);
