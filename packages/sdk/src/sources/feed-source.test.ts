import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, test } from 'node:test';
import { isIdoError } from '../errors/ido-error.js';
import { IdoGeocodeError } from '../errors/ido-geocode-error.js';
import { IdoNotFoundError } from '../errors/ido-not-found-error.js';
import { IdoPostcodeError } from '../errors/ido-postcode-error.js';
import { IdoNetworkError } from '../errors/ido-network-error.js';
import { IdoValidationError } from '../errors/ido-validation-error.js';
import type { Geocoder } from '../geo/index.js';
import { fixtureFeed, fixtureNow } from '../testing/fixture-feed.js';
import { FeedSource } from './feed-source.js';
import { createIdoClient } from '../client/create-client.js';
import type { IdoClient, LocationSearchResult, PartnerFilter } from '../contract/ido-client.js';

let body = JSON.stringify(fixtureFeed);
let etag = '"f1"';
const seen: IncomingMessage['headers'][] = [];
const server = createServer((req, res) => {
  seen.push(req.headers);
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { etag });
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json', etag });
  res.end(body);
});
let feedUrl = '';
let client: IdoClient;

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ido/feed.json`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});
beforeEach(() => {
  body = JSON.stringify(fixtureFeed);
  etag = '"f1"';
  seen.length = 0;
  client = createIdoClient({ feedUrl, geocoder: null, now: () => fixtureNow });
});

const ids = (result: LocationSearchResult) => result.items.map((i) => i.location.id);
/** A geocoder stub that records what it was asked. */
function stubGeocoder(answer: (query: string) => ReturnType<Geocoder['geocode']>) {
  const asked: string[] = [];
  return {
    asked,
    geocode: (query: string) => {
      asked.push(query);
      return answer(query);
    },
  } satisfies Geocoder & { asked: string[] };
}

describe('FeedSource loading', () => {
  test('fetches the feed once, and revalidates with If-None-Match on refresh', async () => {
    const first = await client.getFeed();
    assert.deepEqual(first, fixtureFeed);
    await client.searchLocations({ place: 'Zwolle' });
    await client.listPartners();
    assert.equal(seen.length, 1);
    await client.refresh();
    assert.equal(seen.length, 2);
    assert.equal(seen[1]!['if-none-match'], '"f1"');
    assert.equal(await client.getFeed(), first, 'a 304 keeps the copy validated before');
  });

  test('a stale feed answers at once and is revalidated behind the scenes; a failing host is asked once per max-age', async () => {
    let now = fixtureNow.getTime();
    let failing = false;
    let loads = 0;
    /** Loads that have finished. */
    let loaded = 0;
    const feeds = [fixtureFeed, { ...fixtureFeed, locations: fixtureFeed.locations.slice(0, 1) }];
    const source = new FeedSource({
      now: () => new Date(now),
      maxAgeMs: 60_000,
      load: async () => {
        loads += 1;
        await new Promise((resolve) => setTimeout(resolve, 50));
        loaded += 1;
        if (failing) throw new IdoNetworkError('https://library.example/feed.json');
        return { feed: feeds[Math.min(loads - 1, 1)]! };
      },
    });
    assert.equal((await source.getFeed()).locations.length, fixtureFeed.locations.length);
    now += 61_000;
    const stale = await source.getFeed();
    assert.equal(loaded, 1, 'answered without waiting for the revalidation');
    assert.equal(stale.locations.length, fixtureFeed.locations.length, 'the stale copy, meanwhile');
    await new Promise((resolve) => setTimeout(resolve, 80));
    assert.equal((await source.getFeed()).locations.length, 1, 'the revalidated copy, next');
    assert.equal(loads, 2);

    failing = true;
    now += 61_000;
    for (let i = 0; i < 5; i++) await source.getFeed();
    await new Promise((resolve) => setTimeout(resolve, 80));
    for (let i = 0; i < 5; i++) assert.equal((await source.getFeed()).locations.length, 1);
    assert.equal(loads, 3, 'the broken host was asked once, not on every call');
    await assert.rejects(
      source.refresh(),
      IdoNetworkError,
      'an explicit refresh reports the failure',
    );
  });

  test('a changed feed replaces the cached one on refresh', async () => {
    await client.getFeed();
    body = JSON.stringify({ ...fixtureFeed, locations: fixtureFeed.locations.slice(0, 1) });
    etag = '"f2"';
    await client.refresh();
    assert.equal((await client.getFeed()).locations.length, 1);
  });

  test('concurrent first calls share one download', async () => {
    await Promise.all([
      client.getFeed(),
      client.getTaxonomy(),
      client.getLocation('ido-zwolle-centrum'),
    ]);
    assert.equal(seen.length, 1);
  });

  test('a feed that breaks the schema is an IdoValidationError naming the first bad field', async () => {
    const broken = structuredClone(fixtureFeed);
    broken.locations[2]!.address.postcode = '8011nh';
    body = JSON.stringify(broken);
    await assert.rejects(client.getFeed(), (e) => {
      assert.ok(e instanceof IdoValidationError);
      assert.equal(e.path, 'locations[2].address.postcode');
      return true;
    });
  });

  test('a feed that is not JSON is an IdoValidationError', async () => {
    body = '<!doctype html><title>Not found</title>';
    await assert.rejects(client.getFeed(), (e) => e instanceof IdoValidationError && e.path === '');
  });

  test('staff calls are read-only', async () => {
    await assert.rejects(client.enrol('ABC-123'), (e) => isIdoError(e) && e.code === 'read-only');
    await assert.rejects(client.revokeDevice(), (e) => isIdoError(e) && e.code === 'read-only');
    await assert.rejects(
      client.getRegistrationStats({ period: '2026-11' }),
      (e) => isIdoError(e) && e.code === 'read-only',
    );
  });

  test('getLocation answers from the feed; an unknown id is IdoNotFoundError', async () => {
    assert.equal(
      (await client.getLocation('ido-amsterdam-noord')).name,
      'IDO Voorbeeldbibliotheek Amsterdam Noord',
    );
    await assert.rejects(
      client.getLocation('ido-nergens'),
      (e) => e instanceof IdoNotFoundError && e.id === 'ido-nergens',
    );
  });
});

describe('FeedSource search', () => {
  test('postcode without a geocoder: the centroid of the feed locations in that PC4 area', async () => {
    const result = await client.searchLocations({ postcode: '3511ab' });
    assert.deepEqual(result.origin, {
      lat: 52.092,
      lon: 5.115,
      label: '3511 AB Utrecht',
      source: 'postcode',
    });
    assert.deepEqual(ids(result), ['ido-utrecht-centrum', 'ido-utrecht-kanaleneiland']);
    assert.equal(result.items[0]!.distanceKm, 0);
    assert.ok(
      Math.abs(result.items[1]!.distanceKm! - 2.66) < 0.05,
      String(result.items[1]!.distanceKm),
    );
    assert.equal(result.total, 2);
  });

  test('postcode: the geocoder is asked first; when it fails, the feed stands in', async () => {
    const ok = stubGeocoder(async () => ({
      lat: 52.5106,
      lon: 6.0946,
      label: '8011 AB Zwolle',
      kind: 'postcode',
    }));
    const c = createIdoClient({ feedUrl, geocoder: ok });
    const result = await c.searchLocations({ postcode: '8011 ab' });
    assert.deepEqual(ok.asked, ['8011 AB']);
    assert.equal(result.origin?.label, '8011 AB Zwolle');
    assert.deepEqual(ids(result), ['ido-zwolle-centrum', 'ido-zwolle-stadshagen']);

    const down = stubGeocoder(async () => {
      throw new IdoGeocodeError('unavailable', 'PDOK is down');
    });
    const fallback = await createIdoClient({ feedUrl, geocoder: down }).searchLocations({
      postcode: '1011',
    });
    assert.deepEqual(fallback.origin, {
      lat: 52.376,
      lon: 4.908,
      label: '1011 Amsterdam',
      source: 'postcode',
    });
    // Nothing in the feed for 9999 either: the geocoder's own error comes through.
    await assert.rejects(
      createIdoClient({ feedUrl, geocoder: down }).searchLocations({ postcode: '9999 ZZ' }),
      (e) => e instanceof IdoGeocodeError && e.reason === 'unavailable',
    );
  });

  test('the geocoder is asked while the feed is still downloading, once, and its answer is used', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let feedLoaded = false;
    const geocoder = stubGeocoder(async () => ({
      lat: 52.5106,
      lon: 6.0946,
      label: '8011 AB Zwolle',
      kind: 'postcode',
    }));
    const source = new FeedSource({
      geocoder,
      now: () => fixtureNow,
      load: async () => {
        await held;
        feedLoaded = true;
        return { feed: fixtureFeed };
      },
    });
    const searching = source.searchLocations({ postcode: '8011ab' });
    const placed = source.geocode(' Zwolle ');
    for (let i = 0; i < 20 && geocoder.asked.length < 2; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal(feedLoaded, false);
    assert.deepEqual(geocoder.asked, ['8011 AB', 'Zwolle'], 'both asked before the feed arrived');
    release();
    assert.deepEqual(ids(await searching), ['ido-zwolle-centrum', 'ido-zwolle-stadshagen']);
    assert.equal((await placed).label, '8011 AB Zwolle');
    assert.deepEqual(geocoder.asked, ['8011 AB', 'Zwolle'], 'and not asked again');
    // A malformed postcode is not sent anywhere: the search rejects it as before.
    await assert.rejects(source.searchLocations({ postcode: '80 11' }), IdoPostcodeError);
    assert.equal(geocoder.asked.length, 2);
  });

  test('an unknown postcode area without a geocoder is IdoGeocodeError not-found; a malformed one IdoPostcodeError', async () => {
    await assert.rejects(
      client.searchLocations({ postcode: '9999 ZZ' }),
      (e) => e instanceof IdoGeocodeError && e.reason === 'not-found',
    );
    await assert.rejects(
      client.searchLocations({ postcode: '0123 AB' }),
      (e) => e instanceof IdoPostcodeError && e.problem === 'leading-zero',
    );
  });

  test('place without a geocoder: city or municipality, ignoring case and accents', async () => {
    const result = await client.searchLocations({ place: ' zwólle ' });
    assert.equal(result.origin?.label, 'Zwolle');
    assert.equal(result.origin?.source, 'place');
    assert.deepEqual(
      new Set(ids(result)),
      new Set(['ido-zwolle-centrum', 'ido-zwolle-stadshagen']),
    );
    await assert.rejects(
      client.searchLocations({ place: 'Nergenshuizen' }),
      (e) => e instanceof IdoGeocodeError && e.reason === 'not-found',
    );
  });

  test('a place that looks like a postcode is searched as one', async () => {
    const result = await client.searchLocations({ place: '1031KR' });
    assert.equal(result.origin?.source, 'postcode');
    assert.deepEqual(ids(result), ['ido-amsterdam-noord', 'ido-amsterdam-oosterdok']);
  });

  test('near: nearest first within radiusKm, limit caps items but not total', async () => {
    const oba = { lat: 52.3765, lon: 4.9085 };
    const result = await client.searchLocations({ near: oba, radiusKm: 5 });
    assert.equal(result.origin?.source, 'coordinates');
    assert.deepEqual(ids(result), ['ido-amsterdam-oosterdok', 'ido-amsterdam-noord']);
    assert.ok(result.items[0]!.distanceKm! < result.items[1]!.distanceKm!);

    const wide = await client.searchLocations({ near: oba, radiusKm: 200, limit: 3 });
    assert.equal(wide.items.length, 3);
    assert.equal(wide.total, 6);
    assert.deepEqual(ids(wide), [
      'ido-amsterdam-oosterdok',
      'ido-amsterdam-noord',
      'ido-utrecht-centrum',
    ]);
    await assert.rejects(
      client.searchLocations({ near: { lat: 95, lon: 5 } }),
      (e) => e instanceof IdoValidationError && e.path === 'lat',
    );
  });

  test('openNow at a fixed instant uses IDO hours, or library hours when there are none', async () => {
    // Wednesday 18 November 2026, 10:30 in Amsterdam (the client's clock).
    const result = await client.searchLocations({ openNow: true });
    assert.deepEqual(ids(result), [
      'ido-utrecht-kanaleneiland',
      'ido-zwolle-centrum',
      'ido-zwolle-stadshagen',
    ]);
    assert.equal(result.origin, undefined);
    assert.equal(result.items[0]!.distanceKm, undefined);
  });

  test('openNow follows the December exceptions at Utrecht Centrum', async () => {
    const open = (at: string) =>
      client.searchLocations({ postcode: '3511', openNow: true, at: new Date(at) }).then(ids);
    assert.deepEqual(
      await open('2026-12-17T17:30:00Z'),
      ['ido-utrecht-centrum'],
      'a normal Thursday evening',
    );
    assert.deepEqual(
      await open('2026-12-24T17:30:00Z'),
      [],
      'Kerstavond: the evening hours are off',
    );
    assert.deepEqual(
      await open('2026-12-24T13:30:00Z'),
      ['ido-utrecht-centrum'],
      'Kerstavond afternoon',
    );
    assert.deepEqual(await open('2026-12-31T13:30:00Z'), [], 'Oudejaarsdag: closed');
  });

  test('services filter: every service asked for; without an origin all by name', async () => {
    const result = await client.searchLocations({ services: ['by-appointment'] });
    assert.deepEqual(ids(result), [
      'ido-amsterdam-noord',
      'ido-utrecht-kanaleneiland',
      'ido-zwolle-centrum',
    ]);
    const both = await client.searchLocations({
      place: 'Utrecht',
      services: ['walk-in', 'hearing-loop'],
    });
    assert.deepEqual(ids(both), ['ido-utrecht-centrum']);
    const all = await client.searchLocations({});
    assert.equal(all.items.length, 6);
    assert.equal(all.total, 6);
  });

  test('organisation filter: the branches of one library organisation, case and accents ignored', async () => {
    const utrecht = await client.searchLocations({ organisation: ' voorbeeldbibliothéek UTRECHT' });
    assert.deepEqual(ids(utrecht), ['ido-utrecht-centrum', 'ido-utrecht-kanaleneiland']);
    assert.equal(utrecht.total, 2);
    const near = await client.searchLocations({
      place: 'Utrecht',
      radiusKm: 200,
      organisation: 'Voorbeeldbibliotheek Zwolle',
    });
    assert.deepEqual(ids(near).sort(), ['ido-zwolle-centrum', 'ido-zwolle-stadshagen']);
    assert.equal((await client.searchLocations({ organisation: 'Nergens' })).total, 0);
  });

  test('listPartners filters by theme, municipality (case and accents ignored) and words', async () => {
    const names = async (filter?: PartnerFilter) =>
      (await client.listPartners(filter)).map((p) => p.id);
    assert.deepEqual(await names({ municipality: 'súdwest-fryslan' }), ['juridisch-loket']);
    assert.deepEqual(await names({ theme: 'toeslagen', municipality: 'ZWOLLE' }), [
      'ouderenbond-belastingservice',
      'humanitas-thuisadministratie-zwolle',
    ]);
    assert.deepEqual(await names({ q: 'formulieren invullen' }), ['formulierenbrigade-amsterdam']);
    assert.equal((await names()).length, 6);
    assert.deepEqual(await names({ kind: 'humanitas' }), ['humanitas-thuisadministratie-zwolle']);
    assert.deepEqual(await names({ kind: 'gemeente', municipality: 'Utrecht' }), []);
    assert.deepEqual(await names({ kind: 'gemeente', theme: 'zorg' }), ['wmo-loket-zwolle']);
  });

  test('listPartners words ignore case and accents, in the text and in the query', async () => {
    const names = async (q: string) => (await client.listPartners({ q })).map((p) => p.id);
    // The fixture says "Thuisadministratie" and "administratie"; the query shouts and adds accents.
    assert.deepEqual(await names('ADMINISTRATIË'), ['humanitas-thuisadministratie-zwolle']);
    assert.deepEqual(await names('  Wmo   LOKET '), ['wmo-loket-zwolle']);
    // A word in the kind only ("juridisch-loket") counts too.
    assert.deepEqual(await names('juridisch'), ['juridisch-loket']);
    assert.deepEqual(await names('ruimtevaart'), []);
  });

  test('geocode resolves from the feed without a geocoder', async () => {
    assert.deepEqual(await client.geocode('Amsterdam'), {
      lat: (52.376 + 52.39) / 2,
      lon: (4.908 + 4.916) / 2,
      label: 'Amsterdam',
      kind: 'place',
      municipality: 'Amsterdam',
    });
  });

  test('an aborted search rejects with the signal reason', async () => {
    const slow = stubGeocoder(
      (query) =>
        new Promise((resolve) =>
          setTimeout(
            () => resolve({ lat: 52.09, lon: 5.12, label: query, kind: 'place' }),
            500,
          ).unref(),
        ),
    );
    const c = createIdoClient({ feedUrl, geocoder: slow });
    await c.getFeed();
    const controller = new AbortController();
    const pending = c.searchLocations({ place: 'Utrecht' }, { signal: controller.signal });
    const reason = new DOMException('superseded', 'AbortError');
    setTimeout(() => controller.abort(reason), 20);
    await assert.rejects(pending, (e) => e === reason);
  });
});
