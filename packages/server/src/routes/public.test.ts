import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  createIdoClient,
  distanceKm,
  isIdoGeocodeError,
  isIdoNotFoundError,
  isIdoPostcodeError,
  openingStatus,
  type IdoClient,
} from '@idokit/sdk';
import { fixtureFeed, fixtureNow } from '@idokit/sdk/testing';
import { startTestServer, type TestServer } from '../testing/harness.js';

let server: TestServer;
let client: IdoClient;

before(async () => {
  server = await startTestServer();
  client = createIdoClient({ baseUrl: server.baseUrl, retry: 0 });
});
after(() => server.close());

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.baseUrl}${path}`, { headers });

describe('public data through the SDK client', () => {
  test('the API answers exactly as the same dataset does as a static feed in the browser', async () => {
    // One set of search rules: a FeedSource over the server's own feed.json, with the same
    // geocoder (the API's), must give the same answers as the API itself.
    const asFeed = createIdoClient({
      feedUrl: `${server.baseUrl}/v1/feed.json`,
      geocoder: { geocode: (q, o) => client.geocode(q, o) },
      retry: 0,
    });
    const queries = [
      { postcode: '3511 AB', limit: 3 },
      { place: 'Zwolle', radiusKm: 10 },
      { near: { lat: 52.3731, lon: 4.8932 }, radiusKm: 5, services: ['walk-in' as const] },
      { postcode: '8011 AB', openNow: true, at: fixtureNow },
      { near: { lat: 53.2194, lon: 6.5665 }, radiusKm: 5 },
      {},
    ];
    for (const query of queries) {
      const [api, feed] = await Promise.all([
        client.searchLocations(query),
        asFeed.searchLocations(query),
      ]);
      // Only the label of "near" differs: the API words it in the asked language.
      if (api.origin?.source === 'coordinates') api.origin.label = feed.origin!.label;
      assert.deepEqual(api, feed, JSON.stringify(query));
    }
    const empty = await client.searchLocations({
      near: { lat: 53.2194, lon: 6.5665 },
      radiusKm: 5,
    });
    assert.equal(empty.total, 0);
    assert.deepEqual(
      empty.helpline,
      fixtureFeed.helpline,
      'nothing found: the help line comes along',
    );
    for (const filter of [
      { theme: 'toeslagen' },
      { municipality: 'zwolle' },
      { q: 'hulp geld' },
      {},
    ]) {
      assert.deepEqual(
        (await client.listPartners(filter)).map((p) => p.id),
        (await asFeed.listPartners(filter)).map((p) => p.id),
        JSON.stringify(filter),
      );
    }
  });

  test('the feed is the imported dataset', async () => {
    const feed = await client.getFeed();
    assert.deepEqual(
      feed.locations.map((l) => l.id).sort(),
      fixtureFeed.locations.map((l) => l.id).sort(),
    );
    assert.equal(feed.partners.length, fixtureFeed.partners.length);
    assert.deepEqual(feed.taxonomy, fixtureFeed.taxonomy);
  });

  test('a postcode search geocodes through PDOK and lists the nearest first', async () => {
    const result = await client.searchLocations({ postcode: '3511ab', limit: 2 });
    assert.equal(result.origin?.source, 'postcode');
    assert.equal(result.origin?.label, '3511 AB Utrecht');
    assert.equal(result.items.length, 2);
    assert.ok(result.items.every((i) => i.location.address.municipality === 'Utrecht'));
    const [a, b] = result.items.map((i) => i.distanceKm!);
    assert.ok(a! <= b!);
    assert.ok(Math.abs(a! - distanceKm(result.origin!, result.items[0]!.location.geo)) < 1e-9);
    assert.ok(result.total >= 2);
  });

  test('a place search and a coordinates search', async () => {
    const zwolle = await client.searchLocations({ place: 'Zwolle', radiusKm: 10 });
    assert.equal(zwolle.origin?.source, 'place');
    assert.deepEqual(
      zwolle.items.map((i) => i.location.address.municipality),
      zwolle.items.map(() => 'Zwolle'),
    );
    const near = await client.searchLocations({ near: { lat: 52.3731, lon: 4.8932 }, limit: 1 });
    assert.equal(near.origin?.source, 'coordinates');
    assert.equal(near.items[0]?.location.address.municipality, 'Amsterdam');
  });

  test('without an origin: all locations by name, no distances', async () => {
    const all = await client.searchLocations({});
    assert.equal(all.total, fixtureFeed.locations.length);
    const names = all.items.map((i) => i.location.name);
    assert.deepEqual(names, [...names].sort());
    assert.ok(all.items.every((i) => i.distanceKm === undefined));
  });

  test('service and open-now filters', async () => {
    const open = await client.searchLocations({ openNow: true, at: fixtureNow });
    const expected = fixtureFeed.locations
      .filter((l) => openingStatus(l.hours.ido ?? l.hours.library, fixtureNow).state === 'open')
      .map((l) => l.id)
      .sort();
    assert.deepEqual(open.items.map((i) => i.location.id).sort(), expected);
    const walkIn = await client.searchLocations({ services: ['walk-in', 'hearing-loop'] });
    assert.ok(walkIn.total < fixtureFeed.locations.length);
    assert.ok(
      walkIn.items.every(
        (i) =>
          i.location.services.includes('walk-in') && i.location.services.includes('hearing-loop'),
      ),
    );
  });

  test('the locations of one library organisation, by name, through the SDK and the query', async () => {
    const utrecht = await client.searchLocations({ organisation: 'voorbeeldbibliotheek utrecht' });
    assert.deepEqual(
      utrecht.items.map((i) => i.location.id),
      ['ido-utrecht-centrum', 'ido-utrecht-kanaleneiland'],
    );
    const res = await fetch(
      `${server.baseUrl}/v1/locations?organisation=${encodeURIComponent('Voorbeeldbibliotheek Zwolle')}`,
    );
    assert.equal(res.status, 200);
    const body = (await res.json()) as { items: { location: { id: string } }[]; total: number };
    assert.deepEqual(
      body.items.map((i) => i.location.id),
      ['ido-zwolle-centrum', 'ido-zwolle-stadshagen'],
    );
    const none = await client.searchLocations({ organisation: 'Bibliotheek Nergens' });
    assert.equal(none.total, 0);
  });

  test('one location, and a typed not-found for an unknown id', async () => {
    const location = await client.getLocation('ido-zwolle-centrum');
    assert.equal(location.id, 'ido-zwolle-centrum');
    await assert.rejects(client.getLocation('ido-nergens'), (e) => isIdoNotFoundError(e));
  });

  test('partners by theme, municipality (accents and case ignored) and text', async () => {
    const all = await client.listPartners();
    assert.equal(all.length, fixtureFeed.partners.length);
    const toeslagen = await client.listPartners({ theme: 'toeslagen' });
    assert.ok(toeslagen.length > 0 && toeslagen.every((p) => p.themes.includes('toeslagen')));
    const zwolle = await client.listPartners({ municipality: 'ZWÖLLE' });
    assert.ok(zwolle.length > 0 && zwolle.every((p) => p.municipalities.includes('Zwolle')));
    const text = await client.listPartners({ q: 'humanitas' });
    assert.deepEqual(
      text.map((p) => p.id),
      ['humanitas-thuisadministratie-zwolle'],
    );
    assert.deepEqual(await client.listPartners({ q: '100%_' }), []);
  });

  test('partners by kind, and with their languages and cost as stored', async () => {
    const gemeente = await client.listPartners({ kind: 'gemeente', municipality: 'zwolle' });
    assert.deepEqual(
      gemeente.map((p) => p.id),
      ['wmo-loket-zwolle'],
    );
    const [juridisch] = await client.listPartners({ kind: 'juridisch-loket' });
    const fixture = fixtureFeed.partners.find((p) => p.id === 'juridisch-loket')!;
    assert.deepEqual(juridisch?.languages, ['nl', 'en']);
    assert.deepEqual(juridisch?.cost, fixture.cost);
  });

  test('the taxonomy', async () => {
    assert.deepEqual(await client.getTaxonomy(), fixtureFeed.taxonomy);
  });
});

describe('HTTP behaviour', () => {
  test('public answers carry a strong ETag and Cache-Control, and 304 when unchanged', async () => {
    for (const path of [
      '/v1/feed.json',
      '/v1/locations?place=Utrecht',
      '/v1/partners',
      '/v1/taxonomy',
      '/v1/categories',
      '/v1/locations/ido-utrecht-centrum',
      '/v1/geocode?q=8011AA',
      '/v1/outreach?from=2026-12-01&through=2026-12-31',
    ]) {
      const first = await get(path);
      assert.equal(first.status, 200, path);
      const etag = first.headers.get('etag');
      assert.match(etag ?? '', /^"[\w-]+"$/, path);
      assert.equal(first.headers.get('cache-control'), 'public, max-age=300', path);
      await first.body?.cancel();
      const again = await get(path, { 'If-None-Match': etag! });
      assert.equal(again.status, 304, path);
      assert.equal(again.headers.get('etag'), etag);
      assert.equal(await again.text(), '');
      const stale = await get(path, { 'If-None-Match': '"something-else"' });
      assert.equal(stale.status, 200, path);
      await stale.body?.cancel();
    }
  });

  test('HEAD answers like GET without a body', async () => {
    const get = await fetch(`${server.baseUrl}/v1/taxonomy`);
    const head = await fetch(`${server.baseUrl}/v1/taxonomy`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('etag'), get.headers.get('etag'));
    assert.equal(await head.text(), '');
    await get.body?.cancel();
  });

  test('"open now" without an instant is cached for a minute only', async () => {
    const res = await get('/v1/locations?openNow=true');
    assert.equal(res.headers.get('cache-control'), 'public, max-age=60');
    await res.body?.cancel();
  });

  test('every parameter is validated; the problem names the field', async () => {
    const cases: [string, string[]][] = [
      ['/v1/locations?limit=0', ['limit']],
      ['/v1/locations?limit=ten', ['limit']],
      ['/v1/locations?radiusKm=-1', ['radiusKm']],
      ['/v1/locations?near=52.1', ['near']],
      ['/v1/locations?near=95,5', ['near.lat']],
      ['/v1/locations?service=walk-in,teleport', ['service.1']],
      [`/v1/locations?organisation=${'x'.repeat(121)}`, ['organisation']],
      ['/v1/locations?openNow=maybe', ['openNow']],
      ['/v1/locations?at=yesterday', ['at']],
      ['/v1/locations?lang=fr', ['lang']],
      ['/v1/locations?postcode=12', ['postcode']],
      ['/v1/locations?postcode=ABCDEF', ['postcode']],
      ['/v1/locations?postcode=3511AB&place=Zwolle', ['place']],
      ['/v1/locations/Not%20A%20Slug', ['id']],
      ['/v1/partners?theme=Not%20a%20theme', ['theme']],
      ['/v1/partners?kind=bakker', ['kind']],
      ['/v1/geocode', ['q']],
    ];
    for (const [path, fields] of cases) {
      const res = await get(path);
      assert.equal(res.status, 400, path);
      assert.equal(res.headers.get('content-type'), 'application/problem+json');
      const problem = (await res.json()) as {
        type: string;
        status: number;
        errors: { path: string; message: string }[];
      };
      assert.equal(problem.type, 'https://idokit.nl/problems/validation', path);
      assert.deepEqual(
        problem.errors.map((e) => e.path),
        fields,
        path,
      );
      assert.ok(problem.errors.every((e) => e.message.length > 0));
    }
  });

  test('geocoding: a server-side cache in front of PDOK, 404 for nothing, 502 when PDOK fails', async () => {
    const before = server.pdok.requests.length;
    const a = await (await get('/v1/geocode?q=1012AB')).json();
    const b = await (await get('/v1/geocode?q=1012%20ab')).json();
    assert.deepEqual(a, b);
    assert.deepEqual(a, {
      lat: 52.3731,
      lon: 4.8932,
      label: '1012 AB Amsterdam',
      kind: 'postcode',
      municipality: 'Amsterdam',
    });
    assert.equal(server.pdok.requests.length - before, 1, 'PDOK asked once');
    const unknown = await client.searchLocations({ postcode: '9999 ZZ' }).catch((e: unknown) => e);
    assert.ok(isIdoGeocodeError(unknown) && unknown.reason === 'not-found', String(unknown));
    const malformed = await client
      .searchLocations({ postcode: '0123 AB' })
      .catch((e: unknown) => e);
    assert.ok(
      isIdoPostcodeError(malformed) && malformed.problem === 'leading-zero',
      String(malformed),
    );
    const missing = await get('/v1/geocode?q=9999ZZ');
    assert.equal(missing.status, 404);
    assert.equal(
      ((await missing.json()) as { type: string }).type,
      'https://idokit.nl/problems/not-found',
    );
    server.pdok.failing = true;
    try {
      // Nothing in the dataset to fall back on: the outage is reported.
      const down = await get('/v1/geocode?q=Vlieland');
      assert.equal(down.status, 502);
      assert.equal(
        ((await down.json()) as { type: string }).type,
        'https://idokit.nl/problems/upstream-unavailable',
      );
      const search = await client.searchLocations({ place: 'Vlieland' }).catch((e: unknown) => e);
      assert.ok(isIdoGeocodeError(search) && search.reason === 'unavailable', String(search));
      // The dataset's own branches in that PC4 area or town stand in for PDOK.
      const byPostcode = await client.searchLocations({ postcode: '8011 XY', limit: 3 });
      assert.equal(byPostcode.origin?.label, '8011 XY Zwolle');
      assert.ok(byPostcode.items.length > 0);
      assert.ok(byPostcode.items.every((i) => i.location.address.municipality === 'Zwolle'));
      const byPlace = await (await get('/v1/geocode?q=zwolle')).json();
      assert.equal((byPlace as { label: string }).label, 'Zwolle');
      // Cached answers still work while PDOK is down.
      assert.equal((await get('/v1/geocode?q=1012AB')).status, 200);
    } finally {
      server.pdok.failing = false;
    }
  });

  test('unknown routes are problems too, and nothing leaks a stack trace', async () => {
    const res = await get('/v1/nothing-here');
    assert.equal(res.status, 404);
    const text = await res.text();
    assert.equal(
      (JSON.parse(text) as { type: string }).type,
      'https://idokit.nl/problems/not-found',
    );
    assert.ok(!/\bat .+\.ts:\d+/.test(text));
    const logged = JSON.parse(server.logs.at(-1)!) as { route: string; status: number };
    assert.deepEqual([logged.route, logged.status], ['(no route)', 404]);
  });

  test('an unexpected error is a plain 500 problem; the log has the stack, not the message', async () => {
    const broken = await server.startApp({
      db: {
        ...server.db,
        query: async () => {
          throw new Error('relation "secret_3511AB" does not exist');
        },
        transaction: async () => {
          throw new Error('relation "secret_3511AB" does not exist');
        },
      },
    });
    try {
      const res = await fetch(`${broken.baseUrl}/v1/locations/ido-zwolle-centrum`);
      assert.equal(res.status, 500);
      const text = await res.text();
      const problem = JSON.parse(text) as { type: string; detail: string };
      assert.equal(problem.type, 'https://idokit.nl/problems/internal');
      assert.ok(!text.includes('secret') && !text.includes('.ts:'), text);
      const error = broken.logs.find((l) => l.includes('"unhandled error"'))!;
      assert.match(error, /"error":"Error"/);
      assert.match(error, /"route":"\/v1\/locations\/:id"/);
      assert.ok(!error.includes('secret_3511AB'));
    } finally {
      await broken.close();
    }
  });

  test('request logs hold the route pattern, never the query string', async () => {
    const before = server.logs.length;
    await (await get('/v1/locations?postcode=3511AB')).body?.cancel();
    const line = JSON.parse(
      server.logs.slice(before).find((l) => l.includes('"request"'))!,
    ) as Record<string, unknown>;
    assert.equal(line.route, '/v1/locations');
    assert.equal(line.method, 'GET');
    assert.equal(line.status, 200);
    assert.equal(typeof line.ms, 'number');
    assert.ok(!server.logs.slice(before).join('').includes('3511'));
  });

  test('health and readiness', async () => {
    assert.deepEqual(await (await get('/healthz')).json(), { status: 'ok' });
    const ready = await get('/readyz');
    assert.equal(ready.status, 200);
    server.ido.setReady(false);
    try {
      assert.equal((await get('/readyz')).status, 503);
    } finally {
      server.ido.setReady(true);
    }
  });
});

describe('OpenAPI and the reference page', () => {
  test('the document is OpenAPI 3.1 with every route and every $ref resolvable', async () => {
    const res = await get('/v1/openapi.json');
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { responses: Record<string, unknown>; parameters?: { name: string }[] }>
      >;
      components: { schemas: Record<string, unknown> };
    };
    assert.equal(doc.openapi, '3.1.0');
    assert.deepEqual(
      // The coordinator's routes (issue 21) are checked in routes/coordinator/*.test.ts.
      Object.keys(doc.paths)
        .filter((path) => !path.startsWith('/v1/coordinator/'))
        .sort(),
      [
        '/v1/enrolments',
        '/v1/feed.json',
        '/v1/geocode',
        '/v1/locations',
        '/v1/locations/{id}',
        '/v1/outreach',
        '/v1/partners',
        '/v1/devices/self/revoke',
        '/v1/registrations',
        '/v1/registrations.csv',
        '/v1/registrations/stats',
        '/v1/render/{element}',
        '/v1/taxonomy',
        '/v1/categories',
        '/docs',
        '/healthz',
        '/readyz',
        '/v1/openapi.json',
      ].sort(),
    );
    assert.deepEqual(
      doc.paths['/v1/locations']!.get!.parameters!.map((p) => p.name),
      [
        'postcode',
        'place',
        'near',
        'radiusKm',
        'limit',
        'service',
        'organisation',
        'openNow',
        'at',
        'lang',
        'If-None-Match',
      ],
    );
    assert.ok(doc.paths['/v1/registrations']!.post!.responses['422']);
    const text = JSON.stringify(doc);
    assert.ok(!text.includes('"$defs"'));
    const refs = [...text.matchAll(/"\$ref":"#\/components\/(\w+)\/(\w+)"/g)];
    assert.ok(refs.length > 20);
    const components = doc.components as unknown as Record<string, Record<string, unknown>>;
    for (const [, kind, name] of refs) assert.ok(components[kind!]?.[name!], `${kind}/${name}`);
    assert.ok(!text.includes('#/components/schemas/undefined'));
  });

  test('/docs is a self-contained HTML page: no script, nothing loaded from elsewhere', async () => {
    const res = await get('/docs');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    const html = await res.text();
    assert.ok(!/<script/i.test(html));
    assert.ok(!/(src|href)="https?:/i.test(html));
    assert.ok(!/@import|url\(/i.test(html));
    for (const path of ['/v1/locations/{id}', '/v1/registrations/stats', '/v1/enrolments'])
      assert.ok(html.includes(`<code>${path}</code>`), path);
    assert.ok(html.includes('id="schema-QuestionRegistrationInput"'));
  });
});

describe('static files for the demo site and the widgets bundle', () => {
  test('content types, caching, 304, CORS on /cdn/, and no way out of the folder', async () => {
    const root = await mkdtemp(join(tmpdir(), 'idokit-static-'));
    const site = join(root, 'site');
    const cdn = join(root, 'cdn');
    await mkdir(join(site, 'about'), { recursive: true });
    await mkdir(cdn, { recursive: true });
    await writeFile(join(site, 'index.html'), '<!doctype html><title>Bieb</title>');
    await writeFile(join(site, 'about', 'index.html'), '<!doctype html><title>Over</title>');
    await writeFile(join(site, 'style.css'), 'body{}');
    await writeFile(join(cdn, 'ido-kit.js'), 'export {};');
    await writeFile(join(root, 'secret.txt'), 'no');
    const app = await server.startApp({ staticDir: site, cdnDir: cdn });
    try {
      const page = await fetch(`${app.baseUrl}/`);
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
      assert.equal(page.headers.get('cache-control'), 'public, max-age=60');
      assert.match(await page.text(), /Bieb/);
      assert.match(await (await fetch(`${app.baseUrl}/about/`)).text(), /Over/);
      assert.match(
        (await fetch(`${app.baseUrl}/style.css`)).headers.get('content-type') ?? '',
        /^text\/css/,
      );
      const js = await fetch(`${app.baseUrl}/cdn/ido-kit.js`, {
        headers: { Origin: 'https://bieb.example' },
      });
      assert.equal(js.status, 200);
      assert.match(js.headers.get('content-type') ?? '', /javascript/);
      assert.equal(js.headers.get('cache-control'), 'public, max-age=300');
      assert.equal(js.headers.get('access-control-allow-origin'), '*');
      const etag = js.headers.get('etag')!;
      await js.body?.cancel();
      const again = await fetch(`${app.baseUrl}/cdn/ido-kit.js`, {
        headers: { 'If-None-Match': etag },
      });
      assert.equal(again.status, 304);
      for (const path of [
        '/../secret.txt',
        '/%2e%2e/secret.txt',
        '/cdn/..%2fsecret.txt',
        '/nope.html',
      ]) {
        const res = await fetch(`${app.baseUrl}${path}`);
        assert.equal(res.status, 404, path);
        assert.notEqual(await res.text(), 'no', path);
      }
      // The API still answers under the static root.
      assert.equal((await fetch(`${app.baseUrl}/v1/taxonomy`)).status, 200);
    } finally {
      await app.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});
