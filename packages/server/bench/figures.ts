/**
 * The server's figures of issue 13, each beside its budget and a peer measured in this same run:
 * the published `idokit-server` (dist/, in its own process) against bare processes on the same
 * machine: a `node:http` server sending the same compressed feed bytes, and a Hono "hello" app.
 * autocannon runs in this process. Compare ratios, not absolute numbers: the machine is shared.
 *
 * PostgreSQL: `IDOKIT_TEST_DATABASE_URL` / `DATABASE_URL` (a fresh schema in it), else a throwaway
 * cluster from /usr/lib/postgresql. Quick mode (CI) measures 1 s once per figure and skips
 * PostgreSQL and the 100 000-location search; the figures' notes say so.
 *
 * Options (environment): IDOKIT_BENCH_SECONDS (per measurement; default 1 quick, 3 otherwise),
 * IDOKIT_BENCH_CONNECTIONS (default 10).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { searchFeedLocations, type Feed, type Location } from '@idokit/sdk';
import { createEnrolmentCode } from '../src/auth/devices.js';
import { importFeed } from '../src/data/dataset.js';
import { loadSampleFeed, seedIfEmpty } from '../src/data/sample.js';
import { openDb, type DbOptions } from '../src/db/db.js';
import { migrate } from '../src/db/migrate.js';
import {
  enrol,
  LOCATION,
  registration,
  spawnServer,
  type ServerProcess,
} from '../src/testing/server-process.js';
import { startPgCluster, type PgCluster } from '../src/testing/pg-cluster.js';
import { median, type Figure } from './report.js';

const NEAR = '/v1/locations?near=52.09,5.12';
const SERVER_DIR = fileURLToPath(new URL('../', import.meta.url));

/** One autocannon measurement. */
interface Load {
  rps: number;
  p50: number;
  p99: number;
  /** Answers outside the expected status class, plus connection errors and timeouts. */
  bad: number;
}

/** Measurements of two servers taken in turns. */
interface Paired {
  a: Load[];
  b: Load[];
}

const round = (n: number, digits = 0): number => Math.round(n * 10 ** digits) / 10 ** digits;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The server's figures. Starts and stops every process it needs (PostgreSQL too, unless quick)
 * and removes its folders; needs `pnpm build` (it runs the published command on dist/).
 */
export async function measureServer(options: { quick: boolean }): Promise<Figure[]> {
  const { quick } = options;
  if (!existsSync(join(SERVER_DIR, 'dist/cli/main.js')))
    throw new Error(
      'The server bench runs the published command on dist/: run `pnpm build` first.',
    );
  const bench = new Bench(
    Number(process.env.IDOKIT_BENCH_SECONDS ?? (quick ? 1 : 3)),
    Number(process.env.IDOKIT_BENCH_CONNECTIONS ?? 10),
    quick ? 1 : 3,
  );
  const dir = await mkdtemp(join(tmpdir(), 'idokit-server-bench-'));
  const children: ChildProcess[] = [];
  const servers: ServerProcess[] = [];
  let cluster: PgCluster | undefined;
  try {
    return await measureAll(bench, quick, dir, {
      child: (c) => void children.push(c),
      server: (s) => void servers.push(s),
      cluster: (c) => void (cluster = c),
    });
  } finally {
    await Promise.all(servers.map(stop));
    for (const child of children) child.kill('SIGTERM');
    await cluster?.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Records what was started, so `measureServer` stops it whatever fails. */
interface Started {
  child(child: ChildProcess): void;
  server(server: ServerProcess): void;
  cluster(cluster: PgCluster): void;
}

async function measureAll(
  bench: Bench,
  quick: boolean,
  dir: string,
  started: Started,
): Promise<Figure[]> {
  const figures: Figure[] = [];
  const runs = `median of ${bench.runs} × ${bench.seconds} s, ${bench.connections} connections`;
  const skipped = quick ? '; quick: PostgreSQL not measured' : '';
  const settings = { IDOKIT_RATE_REGISTRATION: 'off', IDOKIT_LOG_LEVEL: 'warn' };

  // A bare node:http process's start to its first answer: what any Node server pays before its
  // own start-up begins.
  const nodeStarts: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const bare = await bareProcess(BARE_OK, {}, started);
    await get(bare.url);
    nodeStarts.push(performance.now() - t);
    bare.child.kill('SIGTERM');
  }
  const nodeStart = round(median(nodeStarts));

  // PGlite: first start on an empty folder (migrate and import the sample), then a reopen.
  const pglite = join(dir, 'pglite');
  const first = await coldStart({ ...settings, IDOKIT_DATA_DIR: pglite }, started);
  const firstMemory = memoryOf(first.server);
  await stop(first.server);
  const code = await prepare({ dataDir: pglite });
  const logged = join(dir, 'pglite-info');
  cpSync(pglite, logged, { recursive: true });
  const reopen = await coldStart({ ...settings, IDOKIT_DATA_DIR: pglite }, started);
  const server = reopen.server;
  const reopenMemory = memoryOf(server);
  const firstSearch = await firstSearches(server.url);

  let postgres: { first: number; reopen: number; rss: number; post: Paired } | undefined;
  const peers = await bareProcess(HONO, {}, started);

  // 1. The feed, compressed: the server against node:http sending the same bytes and headers.
  const feed = await rawGet(`${server.url}/v1/feed.json`, { 'Accept-Encoding': 'br, gzip' });
  const feedFile = join(dir, 'feed.body');
  await writeFile(feedFile, feed.body);
  const sameFeed = await bareProcess(
    BARE_SAME_BYTES,
    { BODY_FILE: feedFile, HEADERS: JSON.stringify(feed.headers) },
    started,
  );
  const feedAsk = { headers: { 'Accept-Encoding': 'br, gzip' } };
  const feedLoads = await bench.paired(
    { url: `${server.url}/v1/feed.json`, ...feedAsk },
    { url: sameFeed.url, ...feedAsk },
  );
  sameFeed.child.kill('SIGTERM');
  const encoding = feed.headers['content-encoding'];
  const feedRatio = ratio(feedLoads.a, feedLoads.b);
  figures.push({
    id: 'server.feed',
    figure:
      '`GET /v1/feed.json` (Accept-Encoding: br, gzip), req/s vs node:http sending the same bytes',
    value: feedRatio,
    unit: '×',
    budget: '≥ 0.8×',
    met: Boolean(encoding) && feedRatio >= 0.8 && bad(feedLoads.a) === 0,
    peer: { label: 'node:http, same bytes', value: rps(feedLoads.b), unit: 'req/s' },
    note: `${encoding ? `${encoding}, ${feed.body.length} bytes` : `NOT compressed, ${feed.body.length} bytes`} (${feed.plainBytes} plain); server ${rps(feedLoads.a)} req/s; ${runs}`,
  });

  // 2. The near search against a bare Hono app, and its p99.
  const nearLoads = await bench.paired({ url: `${server.url}${NEAR}` }, { url: peers.url });
  const nearRatio = ratio(nearLoads.a, nearLoads.b);
  figures.push({
    id: 'server.near',
    figure: '`GET /v1/locations?near=52.09,5.12`, req/s vs a bare Hono "hello"',
    value: nearRatio,
    unit: '×',
    budget: '≥ 0.35×',
    met: nearRatio >= 0.35 && bad(nearLoads.a) === 0,
    peer: { label: 'bare Hono', value: rps(nearLoads.b), unit: 'req/s' },
    note: `server ${rps(nearLoads.a)} req/s, sample dataset (86 locations); ${runs}`,
  });
  const p99 = median(nearLoads.a.map((l) => l.p99));
  figures.push({
    id: 'server.near.p99',
    figure: '`GET /v1/locations?near=…` p99 latency under load',
    value: p99,
    unit: 'ms',
    budget: '≤ 5 ms',
    met: p99 <= 5,
    peer: { label: 'bare Hono p99', value: median(nearLoads.b.map((l) => l.p99)), unit: 'ms' },
    note: `p50 ${median(nearLoads.a.map((l) => l.p50))} ms; ${runs}`,
  });

  // 3. Registrations on PGlite (and PostgreSQL below) against the bare Hono app taking a POST.
  const token = await enrol(server.url, code);
  const honoPost: autocannon.Options = {
    url: peers.url,
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(registration()),
  };
  const postLoads = await bench.paired(postTo(server.url, token), honoPost);

  // 6. Logging: the same search on a copy of the database, one server logging each request.
  await stop(server);
  const quiet = await coldStart({ ...settings, IDOKIT_DATA_DIR: pglite }, started);
  const chatty = await coldStart(
    { ...settings, IDOKIT_DATA_DIR: logged, IDOKIT_LOG_LEVEL: 'info' },
    started,
  );
  const logLoads = await bench.paired(
    { url: `${quiet.server.url}${NEAR}` },
    { url: `${chatty.server.url}${NEAR}` },
  );
  await Promise.all([stop(quiet.server), stop(chatty.server)]);

  if (!quick) postgres = await measurePostgres(bench, settings, honoPost, started);

  for (const [name, pair, budget] of [
    ['PGlite', postLoads, 1000],
    ['PostgreSQL', postgres?.post, 2500],
  ] as const) {
    if (!pair) continue;
    const loads = pair.a;
    const value = rps(loads);
    figures.push({
      id: `server.registrations.${name.toLowerCase()}`,
      figure: `\`POST /v1/registrations\` on ${name}, req/s (201, no errors)`,
      value,
      unit: 'req/s',
      budget: `≥ ${budget.toLocaleString('en')}, 0 errors`,
      met: value >= budget && bad(loads) === 0,
      peer: { label: 'bare Hono, POST', value: rps(pair.b), unit: 'req/s' },
      note: `${bad(loads)} errors or other statuses; ${runs}${name === 'PGlite' ? skipped : ''}`,
    });
  }

  // 4. Search at 100 000 locations (the first after a restart, and the cost per search).
  if (quick) {
    figures.push(
      firstSearchFigure(firstSearch, 'quick: sample dataset (86 locations), not 100 000'),
    );
  } else {
    figures.push(...(await measureScale(bench, dir, settings, started, runs)));
  }

  // 5. Start-up and memory.
  const startNote = `spawn of the published bin (plain node on dist/, no tsx) to the first 200 from /readyz; a bare node:http process starts in ${nodeStart} ms`;
  figures.push({
    id: 'server.start.pglite-first',
    figure: 'PGlite first start (empty folder: migrate + sample) to `/readyz`',
    value: first.ms,
    unit: 'ms',
    budget: '≤ 1 500 ms',
    met: first.ms <= 1500,
    peer: postgres
      ? { label: 'PostgreSQL first start', value: postgres.first, unit: 'ms' }
      : { label: 'bare node:http start', value: nodeStart, unit: 'ms' },
    note: `${startNote}${skipped}`,
  });
  figures.push({
    id: 'server.start.pglite-first-rss',
    figure: 'PGlite first start, peak RSS (VmHWM)',
    value: firstMemory.peak,
    unit: 'MiB',
    budget: '≤ 300 MiB',
    met: firstMemory.peak <= 300,
    note: 'read from /proc/<pid>/status of the server process once /readyz answered 200',
  });
  figures.push({
    id: 'server.start.pglite-reopen',
    figure: 'PGlite reopen to `/readyz`',
    value: reopen.ms,
    unit: 'ms',
    budget: '≤ 600 ms',
    met: reopen.ms <= 600,
    peer: postgres
      ? { label: 'PostgreSQL reopen', value: postgres.reopen, unit: 'ms' }
      : { label: 'bare node:http start', value: nodeStart, unit: 'ms' },
    note: `${startNote}${skipped}`,
  });
  figures.push({
    id: 'server.rss.pglite-idle',
    figure: 'PGlite server idle RSS after a reopen (VmRSS)',
    value: reopenMemory.rss,
    unit: 'MiB',
    budget: 'report',
    met: undefined,
    ...(postgres
      ? { peer: { label: 'PostgreSQL server idle RSS', value: postgres.rss, unit: 'MiB' } }
      : {}),
    note: `peak ${reopenMemory.peak} MiB; read once /readyz answered 200, before any other request`,
  });

  const logRatio = ratio(logLoads.a, logLoads.b);
  figures.push({
    id: 'server.logging',
    figure: 'Logging cost: near-search req/s at IDOKIT_LOG_LEVEL=warn vs info',
    value: logRatio,
    unit: '×',
    budget: 'report (issue: 1.11× before)',
    met: undefined,
    peer: { label: 'info (a line per request)', value: rps(logLoads.b), unit: 'req/s' },
    note: `warn ${rps(logLoads.a)} req/s; the log lines go to a pipe this process reads; ${runs}`,
  });
  return figures;
}

/** The first near search after `/readyz` said ready, then the median of five more. */
async function firstSearches(url: string): Promise<{ first: number; warm: number }> {
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    const t = performance.now();
    await get(`${url}${NEAR}`);
    times.push(performance.now() - t);
  }
  return { first: round(times[0]!, 1), warm: round(median(times.slice(1)), 1) };
}

function firstSearchFigure(times: { first: number; warm: number }, note: string): Figure {
  return {
    id: 'server.search.first',
    figure: 'First near search after `/readyz` said ready',
    value: times.first,
    unit: 'ms',
    budget: '≤ 100 ms (no lazy load)',
    met: times.first <= 100,
    peer: { label: 'the next searches (median)', value: times.warm, unit: 'ms' },
    note,
  };
}

/** Search at 100 000 locations against 1 000: the first search after a start, and req/s. */
async function measureScale(
  bench: Bench,
  dir: string,
  settings: Record<string, string>,
  started: Started,
  runs: string,
): Promise<Figure[]> {
  const sample = await loadSampleFeed();
  const prepared: Record<number, { dir: string; importMs: number; search: InProcess }> = {};
  for (const count of [1000, 100_000]) {
    const dataDir = join(dir, `pglite-${count}`);
    const feed = spreadFeed(sample, count);
    const t = performance.now();
    const db = await openDb({ dataDir });
    try {
      await migrate(db);
      await importFeed(db, feed);
    } finally {
      await db.close();
    }
    const importMs = round(performance.now() - t);
    prepared[count] = { dir: dataDir, importMs, search: await searchInProcess(feed) };
  }
  const inProcess = (n: number) => prepared[n]!.search;
  const small = await coldStart({ ...settings, IDOKIT_DATA_DIR: prepared[1000]!.dir }, started);
  const large = await coldStart({ ...settings, IDOKIT_DATA_DIR: prepared[100_000]!.dir }, started);
  const largeMemory = memoryOf(large.server);
  const first = await firstSearches(large.server.url);
  await firstSearches(small.server.url);
  const loads = await bench.paired(
    { url: `${large.server.url}${NEAR}` },
    { url: `${small.server.url}${NEAR}` },
  );
  await Promise.all([stop(small.server), stop(large.server)]);
  const cost = ratio(loads.b, loads.a);
  return [
    firstSearchFigure(
      first,
      `100 000 locations; the server builds the geo index while loading the dataset, before /readyz (building it takes ${inProcess(100_000).firstMs} ms at 100 000, ${inProcess(1000).firstMs} ms at 1 000, measured in this process); that server's start to /readyz took ${large.ms} ms (1 000: ${small.ms} ms), RSS ${largeMemory.rss} MiB`,
    ),
    {
      id: 'server.search.100k',
      figure: 'Cost per near search at 100 000 locations vs 1 000 (inverse req/s)',
      value: cost,
      unit: '×',
      budget: '≤ 1.5×',
      met: cost <= 1.5 && bad(loads.a) === 0,
      peer: { label: '1 000 locations', value: rps(loads.b), unit: 'req/s' },
      note: `100 000: ${rps(loads.a)} req/s, p50 ${median(loads.a.map((l) => l.p50))} ms; searchFeedLocations alone in this process ${inProcess(100_000).searchUs} µs vs ${inProcess(1000).searchUs} µs; synthetic copies of the sample spread over the Netherlands (import ${prepared[100_000]!.importMs} ms); ${runs}`,
    },
  ];
}

interface InProcess {
  /** The first search on a fresh feed array, which builds the SDK's geo index. */
  firstMs: number;
  /** The median of the searches after it. */
  searchUs: number;
}

/** The server's search function on its own, without HTTP: what a search costs in itself. */
async function searchInProcess(feed: Feed): Promise<InProcess> {
  const query = { near: { lat: 52.09, lon: 5.12 } };
  const context = { now: () => new Date() };
  let t = performance.now();
  await searchFeedLocations(feed, query, context);
  const firstMs = round(performance.now() - t, 1);
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    t = performance.now();
    await searchFeedLocations(feed, query, context);
    times.push(performance.now() - t);
  }
  return { firstMs, searchUs: round(median(times) * 1000) };
}

/**
 * The sample feed grown to `count` locations: the sample's own, then copies with new ids spread
 * evenly (a fixed pseudo-random sequence) over the Netherlands, so a search near Utrecht finds
 * about as many within 25 km as a real national dataset of that size would.
 */
function spreadFeed(sample: Feed, count: number): Feed {
  let seed = 13;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const locations: Location[] = [];
  for (let i = 0; i < count; i++) {
    const source = sample.locations[i % sample.locations.length]!;
    locations.push(
      i < sample.locations.length
        ? source
        : {
            ...source,
            id: `${source.id}-${i}`,
            geo: { lat: round(50.8 + random() * 2.6, 5), lon: round(3.6 + random() * 3.4, 5) },
          },
    );
  }
  return { ...sample, locations };
}

/** PostgreSQL: first start on an empty schema, a reopen, its idle RSS and registrations. */
async function measurePostgres(
  bench: Bench,
  settings: Record<string, string>,
  peerPost: autocannon.Options,
  started: Started,
): Promise<{ first: number; reopen: number; rss: number; post: Paired }> {
  let url = process.env.IDOKIT_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) {
    const cluster = await startPgCluster();
    started.cluster(cluster);
    url = cluster.url;
  }
  const schema = `idokit_bench_${randomBytes(4).toString('hex')}`;
  const admin = await openDb({ databaseUrl: url, schema });
  await admin.close();
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  const env = { ...settings, DATABASE_URL: scoped.toString() };
  try {
    const first = await coldStart(env, started);
    await stop(first.server);
    const code = await prepare({ databaseUrl: url, schema });
    const reopen = await coldStart(env, started);
    const rss = memoryOf(reopen.server).rss;
    const token = await enrol(reopen.server.url, code);
    const post = await bench.paired(postTo(reopen.server.url, token), peerPost);
    await stop(reopen.server);
    return { first: first.ms, reopen: reopen.ms, rss, post };
  } finally {
    const db = await openDb({ databaseUrl: url });
    await db.query(`DROP SCHEMA ${schema} CASCADE`);
    await db.close();
  }
}

/** autocannon options posting a fresh registration each request. */
function postTo(url: string, token: string): autocannon.Options {
  return {
    url: `${url}/v1/registrations`,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => ({ ...req, body: JSON.stringify(registration()) }),
      },
    ],
  };
}

/** autocannon with the run's duration and connections; alternating pairs for fair ratios. */
class Bench {
  constructor(
    readonly seconds: number,
    readonly connections: number,
    readonly runs: number,
  ) {}

  async once(options: autocannon.Options): Promise<Load> {
    const result = await autocannon({
      connections: this.connections,
      duration: this.seconds,
      ...options,
    });
    return {
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      bad: result.requests.total - result['2xx'] + result.errors + result.timeouts,
    };
  }

  /**
   * `a` and `b` in turns (a, b, a, b, …) after an untimed warm-up, so drift on a shared machine
   * hits both alike.
   */
  async paired(a: autocannon.Options, b: autocannon.Options): Promise<Paired> {
    // Half a second each, not counted: the servers' code is compiled and their pools are open.
    await this.once({ ...a, duration: 0.5 });
    await this.once({ ...b, duration: 0.5 });
    const out: Paired = { a: [], b: [] };
    for (let i = 0; i < this.runs; i++) {
      out.a.push(await this.once(a));
      out.b.push(await this.once(b));
    }
    return out;
  }
}

const rps = (loads: Load[]): number => round(median(loads.map((l) => l.rps)));
const bad = (loads: Load[]): number => loads.reduce((sum, l) => sum + l.bad, 0);
/** Median req/s of `a` over that of `b`, to two decimals. */
const ratio = (a: Load[], b: Load[]): number =>
  round(median(a.map((l) => l.rps)) / median(b.map((l) => l.rps)), 2);

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
  if (server.child.exitCode === null && server.child.signalCode === null)
    server.child.kill('SIGTERM');
  await server.exited;
}

/** Time from spawning `idokit-server serve` to the first 200 from `/readyz`. */
async function coldStart(
  env: Record<string, string>,
  started: Started,
): Promise<{ ms: number; server: ServerProcess }> {
  const t = performance.now();
  const server = await spawnServer(env);
  started.server(server);
  for (;;) {
    const res = await fetch(`${server.url}/readyz`).catch(() => undefined);
    await res?.body?.cancel();
    if (res?.status === 200) break;
    await sleep(5);
  }
  return { ms: round(performance.now() - t), server };
}

/** Resident and peak memory of a server process, in MiB, from /proc (Linux). */
function memoryOf(server: ServerProcess): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
  const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return { rss: round(kib('VmRSS') / 1024), peak: round(kib('VmHWM') / 1024) };
}

/** A GET whose body is read and dropped. */
async function get(url: string): Promise<void> {
  const res = await fetch(url);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
}

/** A GET over node:http: the bytes as sent (no decoding) and the headers worth copying. */
async function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ body: Buffer; headers: Record<string, string>; plainBytes: number }> {
  const plain = await fetch(url).then((r) => r.arrayBuffer());
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const kept: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers))
          if (
            typeof value === 'string' &&
            !['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'].includes(
              name,
            )
          )
            kept[name] = value;
        resolve({ body: Buffer.concat(chunks), headers: kept, plainBytes: plain.byteLength });
      });
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/** A bare node:http answer: the start-up floor. */
const BARE_OK = `import { createServer } from 'node:http';
const s = createServer((q, r) => r.end('ok'));
s.listen(0, '127.0.0.1', () => console.log(s.address().port));`;

/** node:http sending the server's compressed feed bytes with its headers: the feed's ceiling. */
const BARE_SAME_BYTES = `import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
const body = readFileSync(process.env.BODY_FILE);
const headers = JSON.parse(process.env.HEADERS);
const s = createServer((q, r) => { r.writeHead(200, headers); r.end(body); });
s.listen(0, '127.0.0.1', () => console.log(s.address().port));`;

/** A bare Hono app on @hono/node-server (the server's own stack, no routes of ours). */
const HONO = `import { Hono } from 'hono';
import { serve } from '@hono/node-server';
const app = new Hono();
app.get('/', (c) => c.text('hello'));
app.post('/', async (c) => c.json({ ok: true, got: Object.keys(await c.req.json()).length }, 201));
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log(info.port));`;

/** Runs `source` as an ES module in its own node process (resolving from this package). */
async function bareProcess(
  source: string,
  env: Record<string, string>,
  started: Started,
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', source], {
    cwd: SERVER_DIR,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  started.child(child);
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout!.once('data', (d) => resolve(String(d).trim()));
    child.once('exit', (code) => reject(new Error(`a bare server exited (${code})`)));
  });
  return { url: `http://127.0.0.1:${port}/`, child };
}
