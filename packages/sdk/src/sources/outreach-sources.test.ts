import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { createIdoClient } from '../client/create-client.js';
import { IdoValidationError } from '../errors/ido-validation-error.js';
import { fixtureFeed } from '../testing/fixture-feed.js';
import { fixtureOutreachFeed, fixtureOutreachSessions } from '../testing/fixture-outreach.js';
import { createFakeClient } from '../testing/fake-client.js';

const sessions = fixtureOutreachSessions('2026-12-14');
let apiAnswer: unknown = { items: sessions.slice(0, 1) };
const asked: URL[] = [];
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  asked.push(url);
  if (url.pathname.endsWith('/feed.json')) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(fixtureOutreachFeed('2026-12-14')));
    return;
  }
  if (url.pathname.endsWith('/plain.json')) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(fixtureFeed));
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json', etag: '"o1"' });
  res.end(JSON.stringify(apiAnswer));
});
let base = '';
before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const week = { from: '2026-12-14', through: '2026-12-20' };

describe('outreachSessions', () => {
  test('a feed client answers from the feed’s outreach list, by date, of one location when asked', async () => {
    const client = createIdoClient({ feedUrl: `${base}/ido/feed.json`, geocoder: null });
    assert.deepEqual(
      (await client.outreachSessions(week)).map((s) => s.id),
      ['kroon', 'markt-zwolle'],
    );
    assert.deepEqual(
      (await client.outreachSessions({ ...week, locationId: 'ido-zwolle-centrum' })).map(
        (s) => s.id,
      ),
      ['markt-zwolle'],
    );
  });

  test('a feed without an outreach list has no sessions', async () => {
    const client = createIdoClient({ feedUrl: `${base}/ido/plain.json`, geocoder: null });
    assert.deepEqual(await client.outreachSessions(week), []);
  });

  test('an HTTP client asks /v1/outreach with from, through and location, and validates', async () => {
    const client = createIdoClient({ baseUrl: `${base}/api/` });
    apiAnswer = { items: sessions.slice(0, 1) };
    const items = await client.outreachSessions({ ...week, locationId: 'ido-utrecht-centrum' });
    assert.deepEqual(
      items.map((s) => s.id),
      ['kroon'],
    );
    const url = asked.at(-1)!;
    assert.equal(url.pathname, '/api/v1/outreach');
    assert.equal(url.searchParams.get('from'), '2026-12-14');
    assert.equal(url.searchParams.get('through'), '2026-12-20');
    assert.equal(url.searchParams.get('location'), 'ido-utrecht-centrum');

    apiAnswer = { items: [{ ...sessions[0], time: { opens: '12:00', closes: '10:00' } }] };
    await assert.rejects(
      client.outreachSessions({ from: '2026-12-15', through: '2026-12-21' }),
      (error: unknown) =>
        error instanceof IdoValidationError && error.path.startsWith('items[0].time'),
    );
  });

  test('a bad range is refused before any request, by every client', async () => {
    const clients = [
      createIdoClient({ baseUrl: `${base}/api/` }),
      createIdoClient({ feedUrl: `${base}/ido/feed.json`, geocoder: null }),
      createFakeClient({ feed: fixtureOutreachFeed('2026-12-14') }),
    ];
    const before = asked.length;
    for (const client of clients) {
      await assert.rejects(
        client.outreachSessions({ from: '2026-12-14', through: '2027-03-18' }),
        (error: unknown) => error instanceof IdoValidationError && error.path === 'through',
      );
      await assert.rejects(
        client.outreachSessions({ from: '2026-12-14', through: '2026-12-13' }),
        IdoValidationError,
      );
    }
    assert.equal(asked.length, before);
  });

  test('the fake client answers from its feed and records the call', async () => {
    const client = createFakeClient({ feed: fixtureOutreachFeed('2026-12-14') });
    assert.deepEqual(
      (await client.outreachSessions(week)).map((s) => s.id),
      ['kroon', 'markt-zwolle'],
    );
    assert.equal(client.calls.at(-1)?.method, 'outreachSessions');
  });
});
