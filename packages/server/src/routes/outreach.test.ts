// Outreach sessions for residents (issue 21): GET /v1/outreach, the feed's `outreach` list, and
// a feed import that replaces them only when it has the list. Runs on PGlite, or on PostgreSQL
// with DATABASE_URL.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import {
  addDays,
  civilDate,
  FeedSchema,
  OutreachSessionsSchema,
  type Feed,
  type OutreachSession,
} from '@idokit/sdk';
import { fixtureFeed, fixtureOutreachSessions } from '@idokit/sdk/testing';
import { bumpRevision, importFeed, loadSnapshot } from '../data/dataset.js';
import { insertOutreachSessions } from '../data/outreach.js';
import { startTestServer, type TestServer } from '../testing/harness.js';

let server: TestServer;
/** Today in Amsterdam: the catalog dates the feed's list by the real clock. */
const today = civilDate(new Date(), 'Europe/Amsterdam');
/** kroon tomorrow, markt-zwolle the day after, gezondheidscentrum in eight days. */
const sessions = fixtureOutreachSessions(today);
/** A session of a fortnight ago: stored and served by date, but no longer in the feed. */
const old: OutreachSession = { ...sessions[0]!, id: 'kroon-oud', date: addDays(today, -14) };
/** Eight days ago: just outside the feed's 7 days back. */
const lastWeek: OutreachSession = { ...sessions[2]!, id: 'markt-vorige', date: addDays(today, -8) };
/** Seven days ago: just inside. */
const sevenDays: OutreachSession = { ...sessions[2]!, id: 'markt-zeven', date: addDays(today, -7) };

async function store(list: OutreachSession[]) {
  await server.db.transaction(async (tx) => {
    await tx.query('DELETE FROM outreach_sessions');
    await insertOutreachSessions(tx, list);
    await bumpRevision(tx);
  });
  server.ido.catalog.invalidate();
}

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.baseUrl}${path}`, { headers });

before(async () => {
  server = await startTestServer();
});
after(() => server.close());
beforeEach(() => store([...sessions, old, lastWeek, sevenDays]));

describe('GET /v1/outreach', () => {
  test('answers the sessions of the days asked, by date and time, validated by the SDK schema', async () => {
    const res = await get(`/v1/outreach?from=${today}&through=${addDays(today, 6)}`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('cache-control') ?? '', /public, max-age=\d+/);
    const body = OutreachSessionsSchema.parse(await res.json());
    assert.deepEqual(
      body.items.map((s) => s.id),
      ['kroon', 'markt-zwolle'],
    );
    assert.deepEqual(body.items[0], sessions[0]);
    const past = OutreachSessionsSchema.parse(
      await (await get(`/v1/outreach?from=${addDays(today, -30)}&through=${today}`)).json(),
    );
    assert.deepEqual(
      past.items.map((s) => s.id),
      ['kroon-oud', 'markt-vorige', 'markt-zeven'],
    );
  });

  test('location keeps the sessions of one location; an unknown one has none', async () => {
    const through = addDays(today, 30);
    const of = async (location: string) =>
      OutreachSessionsSchema.parse(
        await (
          await get(`/v1/outreach?from=${today}&through=${through}&location=${location}`)
        ).json(),
      ).items.map((s) => s.id);
    assert.deepEqual(await of('ido-utrecht-kanaleneiland'), ['gezondheidscentrum']);
    assert.deepEqual(await of('ido-nergens'), []);
  });

  test('is cacheable: the same ETag answers 304, and a change moves it at once', async () => {
    const path = `/v1/outreach?from=${today}&through=${addDays(today, 6)}`;
    const first = await get(path);
    const etag = first.headers.get('etag')!;
    assert.ok(etag);
    assert.equal((await get(path, { 'If-None-Match': etag })).status, 304);
    await store([{ ...sessions[0]!, time: { opens: '11:00', closes: '12:00' } }]);
    const changed = await get(path, { 'If-None-Match': etag });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), etag);
  });

  test('a range backwards, longer than 93 days or of unreal dates is a 400 naming the parameter', async () => {
    const table: [string, string][] = [
      [`from=${today}&through=${addDays(today, -1)}`, 'through'],
      [`from=${today}&through=${addDays(today, 94)}`, 'through'],
      [`from=2026-02-30&through=2026-03-01`, 'from'],
      [`from=${today}`, 'through'],
      [`from=${today}&through=${today}&location=Geen%20slug`, 'location'],
    ];
    for (const [query, path] of table) {
      const res = await get(`/v1/outreach?${query}`);
      assert.equal(res.status, 400, query);
      const problem = (await res.json()) as { errors?: { path: string }[] };
      assert.equal(problem.errors?.[0]?.path, path, query);
    }
    assert.equal(
      (await get(`/v1/outreach?from=${today}&through=${addDays(today, 93)}`)).status,
      200,
    );
  });
});

describe('the feed’s outreach list', () => {
  test('carries the sessions from 7 days ago onwards; without any, the key is left out', async () => {
    const feed = FeedSchema.parse(await (await get('/v1/feed.json')).json());
    assert.deepEqual(
      feed.outreach?.map((s) => s.id),
      ['markt-zeven', 'kroon', 'markt-zwolle', 'gezondheidscentrum'],
    );
    await store([old]);
    const without = (await (await get('/v1/feed.json')).json()) as Record<string, unknown>;
    assert.equal('outreach' in without, false);
  });

  test('an imported feed replaces the sessions only when it has an outreach list', async () => {
    const plain: Feed = { ...fixtureFeed };
    await importFeed(server.db, plain);
    assert.equal((await loadSnapshot(server.db)).outreach.length, 6, 'an older feed leaves them');
    await importFeed(server.db, { ...fixtureFeed, outreach: [sessions[1]!] });
    assert.deepEqual(
      (await loadSnapshot(server.db)).outreach.map((s) => s.id),
      ['gezondheidscentrum'],
    );
    await importFeed(server.db, { ...fixtureFeed, outreach: [] });
    assert.deepEqual((await loadSnapshot(server.db)).outreach, []);
  });
});
