import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { CoordinatorClient, createIdoClient, FeedSchema, type GeocodeResult } from '@idokit/sdk';
import { fixtureOutreachSessions } from '@idokit/sdk/testing';
import { createEnrolmentCode } from '../auth/devices.js';
import { runCli } from './main.js';
import { cliDatabase, type CliDatabase } from '../testing/cli-database.js';
import { resolveConfig } from '../config.js';
import { insertOutreachSessions } from '../data/outreach.js';
import { countRegistrations } from '../data/registrations.js';
import { openDb, type Db } from '../db/db.js';
import { createLogger } from '../http/logger.js';
import { startServer } from '../serve.js';

/**
 * The server's life on one database: first start (migrate + sample data), restart (data kept),
 * graceful shutdown, the admin CLI and CSV imports. PGlite in a temporary folder, or a fresh
 * schema in `DATABASE_URL`'s PostgreSQL.
 */
let dir: string;
let env: Record<string, string>;
let database: CliDatabase;

before(async () => {
  database = await cliDatabase('idokit-server-');
  ({ dir, env } = database);
  env.IDOKIT_STATIC_DIR = 'none';
  env.IDOKIT_CDN_DIR = 'none';
});
after(() => database.close());

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env,
  });
  return { code, stdout, stderr };
}

async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const config = resolveConfig({}, env);
  const db = await openDb(
    config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir },
  );
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

const countLocations = () =>
  withDb(async (db) =>
    Number((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM locations')).rows[0]!.n),
  );

let deviceToken = '';
let deviceId = '';
const registrationId = randomUUID();

describe('first start, restart and shutdown', () => {
  test('the first start migrates, imports the sample data and serves it; a restart keeps registrations', async () => {
    const config = resolveConfig({ port: '0' }, env);
    const first = await startServer(config, { logger: createLogger({ level: 'silent' }) });
    let sampleCount: number;
    try {
      const client = createIdoClient({ baseUrl: first.url, retry: 0 });
      const feed = await client.getFeed();
      assert.equal(feed.sample, true);
      sampleCount = feed.locations.length;
      assert.ok(sampleCount > 20, `the sample has ${sampleCount} locations`);
      const locationId = feed.locations[0]!.id;
      const { code } = await createEnrolmentCode(first.db, locationId, {
        at: new Date(),
        ttlMs: 600_000,
      });
      const enrolment = await client.enrol(code, { deviceLabel: 'Balie' });
      deviceToken = enrolment.token;
      deviceId = enrolment.deviceId;
      const staff = createIdoClient({ baseUrl: first.url, token: deviceToken, retry: 0 });
      const receipt = await staff.submitRegistration({
        id: registrationId,
        locationId,
        date: '2026-11-02',
        hour: 11,
        channel: 'phone',
        durationMinutes: 20,
        questions: [
          {
            type: 'government',
            themes: ['belastingen'],
            organisations: ['belastingdienst'],
            help: 'explained',
          },
        ],
      });
      assert.equal(receipt.replayed, false);
    } finally {
      await first.close();
    }
    const second = await startServer(config, { logger: createLogger({ level: 'silent' }) });
    try {
      assert.equal(await countRegistrations(second.db), 1);
      const feed = await createIdoClient({ baseUrl: second.url, retry: 0 }).getFeed();
      assert.equal(feed.locations.length, sampleCount, 'the sample is not imported twice');
      const staff = createIdoClient({ baseUrl: second.url, token: deviceToken, retry: 0 });
      const replay = await staff.submitRegistration({
        id: registrationId,
        locationId: feed.locations[0]!.id,
        date: '2026-11-02',
        hour: 11,
        channel: 'phone',
        durationMinutes: 20,
        questions: [
          {
            type: 'government',
            themes: ['belastingen'],
            organisations: ['belastingdienst'],
            help: 'explained',
          },
        ],
      });
      assert.equal(replay.replayed, true, 'the token and the registration survived the restart');
    } finally {
      await second.close();
    }
  });

  test('shutdown lets an in-flight request finish, then closes the database', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let arrived!: () => void;
    const inside = new Promise<void>((resolve) => (arrived = resolve));
    const slowGeocoder = {
      async geocode(): Promise<GeocodeResult> {
        arrived();
        await gate;
        return { lat: 52.1, lon: 5.1, label: 'Ergens', kind: 'place' };
      },
    };
    const server = await startServer(resolveConfig({ port: '0' }, env), {
      logger: createLogger({ level: 'silent' }),
      app: { geocoder: slowGeocoder },
    });
    const response = fetch(`${server.url}/v1/geocode?q=Ergens`);
    await inside;
    let closed = false;
    const closing = server.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(closed, false, 'still waiting for the request');
    release();
    const res = await response;
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as GeocodeResult).label, 'Ergens');
    await closing;
    assert.equal(closed, true);
    await assert.rejects(server.db.query('SELECT 1'));
  });
});

describe('admin CLI', () => {
  const LOCATIONS_CSV = [
    'id,name,organisation,street,house_number,postcode,city,municipality,lat,lon,library_hours,ido_hours,services,languages',
    'ido-test-noord,IDO Testbieb Noord,Testbieb,Noordweg,1,9711ab,Groningen,Groningen,"53,22",6.56,mo-fr 10:00-17:00; sa 10:00-13:00,"tu,th 10:00-12:00",walk-in;by-phone,nl;en',
    'ido-test-oost,IDO Testbieb Oost,Testbieb,Oostweg,2,7511 AA,Enschede,Enschede,52.22,6.89,"mo-fr 9:00-12:00, 13:00-17:00",,walk-in,nl',
  ].join('\n');

  test('migrate says what it did', async () => {
    const result = await cli('migrate');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /up to date/);
  });

  test('a CSV import with bad rows names each row and imports nothing', async () => {
    const before = await countLocations();
    const file = join(dir, 'locations.csv');
    const bad = [
      LOCATIONS_CSV,
      'ido-test-zuid,IDO Testbieb Zuid,Testbieb,Zuidweg,3,ABCD,Maastricht,Maastricht,50.85,5.69,mo-fr 10:00-17:00',
      'ido-test-west,IDO Testbieb West,Testbieb,Westweg,4,2511 AA,Den Haag,Den Haag,52.07,4.3,"mo-fx 10:00-17:00"',
      'ido-test-noord,Dubbel,Testbieb,Noordweg,1,9711 AB,Groningen,Groningen,53.22,6.56,mo 10:00-11:00',
    ].join('\n');
    await writeFile(file, bad);
    const result = await cli('import', file);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /Nothing was imported: 3 problems/);
    assert.match(result.stderr, /row 4, postcode: Must be a Dutch postcode/);
    assert.match(result.stderr, /row 5: library_hours: Unknown day "mo-fx"/);
    assert.match(result.stderr, /row 6, id: The id "ido-test-noord" is also on row 2/);
    assert.equal(await countLocations(), before);
  });

  test('a good locations.csv adds locations, with postcodes and decimals as people type them', async () => {
    const before = await countLocations();
    const file = join(dir, 'locations.csv');
    await writeFile(file, LOCATIONS_CSV);
    const result = await cli('import', file);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Imported 2 locations/);
    assert.equal(await countLocations(), before + 2);
    const doc = await withDb(
      async (db) =>
        (
          await db.query<{
            doc: {
              address: { postcode: string };
              geo: { lat: number };
              hours: { ido: { weekly: unknown[] } };
            };
          }>(`SELECT doc FROM locations WHERE id = 'ido-test-noord'`)
        ).rows[0]!.doc,
    );
    assert.equal(doc.address.postcode, '9711 AB');
    assert.equal(doc.geo.lat, 53.22);
    assert.deepEqual(doc.hours.ido.weekly, [
      { day: 'tu', opens: '10:00', closes: '12:00' },
      { day: 'th', opens: '10:00', closes: '12:00' },
    ]);
  });

  test('partners.csv: themes must be in the taxonomy', async () => {
    const file = join(dir, 'partners.csv');
    const header =
      'id,name,kind,description,themes,municipalities,referral_method,referral_instructions,phone';
    await writeFile(
      file,
      `${header}\nsrv-groningen,SRV Groningen,sociaal-raadslieden,Gratis hulp bij brieven,toeslagen;ruimtevaart,Groningen,by-phone,Bel en vraag naar de dienstdoende raadslid,050 123 45 67\n`,
    );
    const bad = await cli('import', file);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /row 2, themes: Unknown theme "ruimtevaart"/);
    await writeFile(
      file,
      `${header}\nsrv-groningen,SRV Groningen,sociaal-raadslieden,Gratis hulp bij brieven,toeslagen;belastingen,Groningen,by-phone,Bel en vraag naar de dienstdoende raadslid,050 123 45 67\n`,
    );
    const good = await cli('import', file);
    assert.equal(good.code, 0, good.stderr);
    assert.match(good.stdout, /Imported 1 partners/);
  });

  test('export-feed writes a valid feed, and importing it back replaces the dataset', async () => {
    const file = join(dir, 'feed.json');
    const exported = await cli('export-feed', file);
    assert.equal(exported.code, 0, exported.stderr);
    const feed = FeedSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    assert.ok(feed.locations.some((l) => l.id === 'ido-test-oost'));
    assert.ok(feed.partners.some((p) => p.id === 'srv-groningen'));
    const smaller = {
      ...feed,
      locations: feed.locations.filter((l) => l.id.startsWith('ido-test-')),
    };
    await writeFile(file, JSON.stringify(smaller));
    const imported = await cli('import', file);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /2 locations/);
    assert.equal(await countLocations(), 2);
    await writeFile(file, JSON.stringify({ ...feed, version: 2 }));
    const refused = await cli('import', file);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /version/);
  });

  test('export-feed writes every outreach session, and importing the file back keeps them', async () => {
    const ids = () =>
      withDb(async (db) =>
        (await db.query<{ id: string }>('SELECT id FROM outreach_sessions ORDER BY id')).rows.map(
          (r) => r.id,
        ),
      );
    const [kroon, gezondheidscentrum] = fixtureOutreachSessions('2026-12-14');
    // Only these two (a `serve` before may have dated the sample's sessions).
    await withDb((db) => db.query('DELETE FROM outreach_sessions'));
    // A session long past: the served feed leaves it out, the exported file keeps it.
    await withDb((db) =>
      db.transaction((tx) =>
        insertOutreachSessions(tx, [
          { ...kroon!, locationId: 'ido-test-oost', date: '2025-01-07' },
          { ...gezondheidscentrum!, locationId: 'ido-test-oost' },
        ]),
      ),
    );
    const file = join(dir, 'feed-outreach.json');
    const exported = await cli('export-feed', file);
    assert.equal(exported.code, 0, exported.stderr);
    assert.match(exported.stdout, /and 2 outreach sessions to/);
    const feed = FeedSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    assert.deepEqual(
      feed.outreach?.map((s) => s.date),
      ['2025-01-07', '2026-12-22'],
    );
    await withDb((db) => db.query('DELETE FROM outreach_sessions'));
    assert.equal((await cli('import', file)).code, 0);
    assert.deepEqual(await ids(), ['gezondheidscentrum', 'kroon']);
    // A feed without the list leaves the sessions as they are.
    const { outreach: _all, ...older } = feed;
    await writeFile(file, JSON.stringify(older));
    assert.equal((await cli('import', file)).code, 0);
    assert.deepEqual(await ids(), ['gezondheidscentrum', 'kroon']);
    await withDb((db) => db.query('DELETE FROM outreach_sessions'));
  });

  test('enrol-code, devices list and revoke', async () => {
    const code = await cli('enrol-code', '--location', 'ido-test-oost', '--ttl', '2h');
    assert.equal(code.code, 0, code.stderr);
    assert.match(code.stdout, /Enrolment code for ido-test-oost: [0-9A-Z]{4}-[0-9A-Z]{4}/);
    const unknown = await cli('enrol-code', '--location', 'ido-nergens');
    assert.equal(unknown.code, 2);
    const list = await cli('devices', 'list');
    assert.match(list.stdout, new RegExp(`${deviceId}\\t.*\\tBalie\\t.*active`));
    const revoke = await cli('devices', 'revoke', deviceId);
    assert.equal(revoke.code, 0, revoke.stderr);
    assert.match((await cli('devices', 'list')).stdout, /REVOKED/);
    assert.equal((await cli('devices', 'revoke', 'dev_nope')).code, 1);
  });

  test('report-code and report-token: read-only access for an organisation or municipality', async () => {
    const code = await cli('report-code', '--municipality', 'enschede');
    assert.equal(code.code, 0, code.stderr);
    assert.match(
      code.stdout,
      /Report code for municipality enschede: [0-9A-Z]{4}-[0-9A-Z]{4}\nRead-only/,
    );
    const token = await cli('report-token', '--organisation', 'Testbieb', '--label', 'Gemeente');
    assert.equal(token.code, 0, token.stderr);
    const [, id, secret] = /Report token (rep_\S+) .*\n(idokit_\S+)\n/.exec(token.stdout) ?? [];
    assert.ok(id && secret, token.stdout);
    assert.match(
      (await cli('devices', 'list')).stdout,
      new RegExp(`${id}\\torganisation:Testbieb \\(read-only\\)\\tGemeente\\t.*active`),
    );
    // A typo makes no token that sees nothing; one scope, not two.
    const typo = await cli('report-code', '--organisation', 'Testbiep');
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /No location belongs to the organisation "Testbiep"/);
    assert.equal(
      (await cli('report-token', '--organisation', 'Testbieb', '--municipality', 'Enschede')).code,
      2,
    );
    assert.equal((await cli('devices', 'revoke', id!)).code, 0);
  });

  test('stats for a fixed period, perturbed, the breakdowns once the period has settled', async () => {
    const locationId = await withDb(
      async (db) =>
        (await db.query<{ location_id: string }>('SELECT location_id FROM registrations LIMIT 1'))
          .rows[0]!.location_id,
    );
    const table = await cli('stats', '--location', locationId, '--month', '2026-11');
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, /: \d+ visits, \d+ questions/);
    assert.match(table.stdout, /may differ from the true one by up to 2 \(cell-key perturbation\)/);
    // November 2026 settles on 15 December: until then no breakdown leaves the server.
    if (new Date() < new Date('2026-12-14T23:00:00Z'))
      assert.match(table.stdout, /The breakdowns are given from 2026-12-15/);
    const csv = await cli(
      'stats',
      '--location',
      locationId,
      '--month',
      '2026-11',
      '--format',
      'csv',
    );
    // The file of `GET /v1/registrations.csv`: a byte-order mark, Dutch header, `;`.
    assert.match(
      csv.stdout,
      /^\uFEFFperiode;locatie;locatienaam;onderdeel;categorie;categorienaam;aantal\r\n/,
    );
    const quarter = await cli('stats', '--location', locationId, '--period', '2026-Q4');
    assert.equal(quarter.code, 0, quarter.stderr);
    assert.match(quarter.stdout, /, 2026-Q4: \d+ visits/);
    assert.equal((await cli('stats', '--location', locationId, '--month', '2026-13')).code, 2);
    assert.equal((await cli('stats', '--location', locationId, '--period', '2026-11-01')).code, 2);
  });

  test('usage errors exit 2 with help', async () => {
    const result = await cli('frobnicate');
    assert.equal(result.code, 2);
    assert.match(result.stderr, /Unknown command/);
    assert.equal((await cli('--help')).code, 0);
  });
});

describe('the idokit-server command', () => {
  test('serve prints the URL (and demo enrolment and coordinator codes that work), serves, and stops cleanly on SIGTERM', async () => {
    const bin = fileURLToPath(new URL('../../bin/idokit-server.js', import.meta.url));
    // Whatever dataset the tests above left: the code is for one of its locations.
    const { locations } = JSON.parse((await cli('export-feed', '-')).stdout) as {
      locations: { id: string; organisation: string }[];
    };
    const locationId = locations[0]!.id;
    const organisation = locations[0]!.organisation;
    const args = [
      'serve',
      '--port',
      '0',
      '--demo-enrolment',
      locationId,
      '--demo-coordinator',
      organisation,
    ];
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, ...env, IDOKIT_LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed:\n${out}`)), 60_000);
      child.stdout.on('data', () => {
        const match =
          /IDO Kit is running: (http:\/\/localhost:\d+)\/ \(API: \1\/v1\/, docs: \1\/docs\)/.exec(
            out,
          );
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.once('exit', () => reject(new Error(`exited early:\n${out}`)));
    });
    const res = await fetch(`${url.replace('localhost', '127.0.0.1')}/readyz`);
    assert.equal(res.status, 200);
    const codeLine = new RegExp(
      `Staff page: ${url}/medewerkers\\.html {2}enrolment code: ([0-9A-Z]{4}-[0-9A-Z]{4}) \\(for ${locationId}`,
    );
    // Printed right after the URL, once the code is stored.
    for (let i = 0; i < 100 && !codeLine.test(out); i++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const code = codeLine.exec(out)?.[1];
    assert.ok(code, `no demo enrolment code printed:\n${out}`);
    const client = createIdoClient({ baseUrl: url.replace('localhost', '127.0.0.1') });
    assert.equal((await client.enrol(code)).locationId, locationId);
    const coordinatorLine = new RegExp(
      `Coordinator page: ${url}/beheer\\.html {2}sign-in code: ([0-9A-Z]{4}-[0-9A-Z]{4}) \\(`,
    );
    for (let i = 0; i < 100 && !coordinatorLine.test(out); i++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const signInCode = coordinatorLine.exec(out)?.[1];
    assert.ok(signInCode, `no demo coordinator code printed:\n${out}`);
    const coordinator = new CoordinatorClient({
      baseUrl: url.replace('localhost', '127.0.0.1'),
    });
    assert.equal((await coordinator.signIn(signInCode)).organisation, organisation);
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => resolve(code)),
    );
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.match(out, /"msg":"stopped"/);
  });
});
