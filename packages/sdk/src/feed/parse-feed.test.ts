import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, test } from 'node:test';
import { createIdoClient } from '../client/create-client.js';
import { IdoValidationError } from '../errors/ido-validation-error.js';
import { fixtureFeed } from '../testing/fixture-feed.js';
import { parseFeed, type LeftOutEntry } from './parse-feed.js';
import { validateFeed } from './validate-feed.js';

const withBadWebsite = () => {
  const feed = structuredClone(fixtureFeed) as unknown as {
    locations: { id: string; contact: { website?: string } }[];
    partners: { id: string; themes: string[] }[];
  };
  feed.locations[1]!.contact.website = 'www.bibliotheekamsterdam.nl';
  return feed;
};

describe('parseFeed', () => {
  test('an invalid location is left out with one warning naming its id and path; the rest is kept', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const broken = withBadWebsite();
      const { feed, leftOut } = await parseFeed(broken);
      const badId = broken.locations[1]!.id;
      assert.equal(feed.locations.length, fixtureFeed.locations.length - 1);
      assert.ok(!feed.locations.some((l) => l.id === badId));
      assert.equal(feed.partners.length, fixtureFeed.partners.length);
      assert.equal(leftOut.length, 1);
      assert.equal(warnings.length, 1);
      const text = String(warnings[0]![0]);
      assert.match(text, new RegExp(`"${badId}"`));
      assert.match(text, /locations\[1\]\.contact\.website/);
    } finally {
      console.warn = warn;
    }
  });

  test('duplicate ids and unknown partner themes are left out too', async () => {
    const feed = structuredClone(fixtureFeed) as unknown as {
      locations: unknown[];
      partners: { themes: string[] }[];
    };
    feed.locations.push(structuredClone(feed.locations[0]));
    feed.partners[0]!.themes = ['astrologie'];
    const seen: LeftOutEntry[] = [];
    const result = await parseFeed(feed, { onLeftOut: (e) => seen.push(e) });
    assert.deepEqual(
      seen.map((e) => [e.kind, e.issues[0]!.path.join('.')]),
      [
        ['location', `locations.${fixtureFeed.locations.length}.id`],
        ['partner', 'partners.0.themes.0'],
      ],
    );
    assert.equal(result.feed.locations.length, fixtureFeed.locations.length);
  });

  test('a document that is not a feed is an IdoValidationError', async () => {
    await assert.rejects(parseFeed({ hello: 'world' }), IdoValidationError);
    await assert.rejects(parseFeed([]), IdoValidationError);
    const noTaxonomy = { ...structuredClone(fixtureFeed), taxonomy: undefined };
    await assert.rejects(parseFeed(noTaxonomy), (e) => {
      assert.ok(e instanceof IdoValidationError);
      assert.equal(e.path, 'taxonomy');
      return true;
    });
  });

  test('in slices, the same result, and an aborted signal stops it', async () => {
    const big = structuredClone(fixtureFeed) as unknown as { locations: { id: string }[] };
    big.locations = Array.from({ length: 400 }, (_, i) => ({
      ...structuredClone(fixtureFeed.locations[i % fixtureFeed.locations.length]!),
      id: `ido-copy-${i}`,
    }));
    const sliced = await parseFeed(big, { sliceMs: 1 });
    assert.equal(sliced.feed.locations.length, 400);
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await assert.rejects(parseFeed(big, { sliceMs: 0.001, signal: controller.signal }), /stop/);
  });
});

describe('validateFeed', () => {
  test('lists every problem with its path; a valid feed has none', () => {
    assert.deepEqual(validateFeed(fixtureFeed), []);
    const broken = withBadWebsite();
    broken.partners[0]!.themes = ['astrologie'];
    const paths = validateFeed(broken).map((i) => i.path.join('.'));
    assert.deepEqual(paths, ['locations.1.contact.website', 'partners.0.themes.0']);
  });
});

describe('a feed client with one bad entry', () => {
  test('searches and reads the other locations; getFeed reports the problem', async () => {
    const broken = withBadWebsite();
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(broken));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const { port } = server.address() as AddressInfo;
      const client = createIdoClient({
        feedUrl: `http://127.0.0.1:${port}/feed.json`,
        geocoder: null,
      });
      const all = await client.searchLocations({});
      assert.equal(all.total, fixtureFeed.locations.length - 1);
      const good = fixtureFeed.locations[0]!.id;
      assert.equal((await client.getLocation(good)).id, good);
      await assert.rejects(client.getFeed(), (e) => {
        assert.ok(e instanceof IdoValidationError);
        assert.equal(e.path, 'locations[1].contact.website');
        return true;
      });
    } finally {
      console.warn = warn;
      server.close();
    }
  });
});
