import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { IdoNotFoundError } from '../errors/ido-not-found-error.js';
import { fixtureFeed } from '../testing/fixture-feed.js';
import { fixtureOutreachFeed } from '../testing/fixture-outreach.js';
import { createIdoClient } from './create-client.js';

test('a split feed folder: getLocation reads one small file (outreach sessions too), search reads feed.json', async () => {
  const requested: string[] = [];
  const server = createServer((req, res) => {
    requested.push(req.url!);
    const id = /^\/ido\/locations\/(.+)\.json$/.exec(req.url!)?.[1];
    const body =
      req.url === '/ido/feed.json'
        ? fixtureOutreachFeed('2026-11-18')
        : fixtureFeed.locations.find((l) => l.id === decodeURIComponent(id ?? ''));
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body ?? { title: 'Not found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const client = createIdoClient({ feedUrl: `http://127.0.0.1:${port}/ido/`, geocoder: null });
    const wanted = fixtureFeed.locations[2]!;
    assert.deepEqual(await client.getLocation(wanted.id), wanted);
    assert.deepEqual(requested, [`/ido/locations/${wanted.id}.json`]);
    await assert.rejects(client.getLocation('ido-nergens'), IdoNotFoundError);
    // An hours card's outreach sessions do not download the whole feed.
    const week = { from: '2026-11-16', through: '2026-11-22' };
    assert.deepEqual(await client.outreachSessions(week), []);
    assert.ok(!requested.includes('/ido/feed.json'));

    const all = await client.searchLocations({});
    assert.equal(all.total, fixtureFeed.locations.length);
    assert.ok(requested.includes('/ido/feed.json'));
    assert.deepEqual(
      (await client.outreachSessions(week)).map((o) => o.id),
      ['kroon', 'markt-zwolle'],
    );
    // With the feed in memory, locations come from it.
    const before = requested.length;
    assert.equal((await client.getLocation(wanted.id)).id, wanted.id);
    assert.equal(requested.length, before);
  } finally {
    server.close();
  }
});
