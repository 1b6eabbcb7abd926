import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, test } from 'node:test';
import { isIdoError } from '../errors/ido-error.js';
import { IdoGeocodeError } from '../errors/ido-geocode-error.js';
import { IdoHttpError } from '../errors/ido-http-error.js';
import { IdoNetworkError } from '../errors/ido-network-error.js';
import { IdoNotFoundError } from '../errors/ido-not-found-error.js';
import { IdoValidationError } from '../errors/ido-validation-error.js';
import { IdoPostcodeError } from '../errors/ido-postcode-error.js';
import type { QuestionRegistrationInput } from '../schemas/registration.js';
import { fixtureFeed } from '../testing/fixture-feed.js';
import { createIdoClient } from '../client/create-client.js';
import type { IdoClient } from '../contract/ido-client.js';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;
interface Seen {
  method: string;
  url: URL;
  headers: IncomingMessage['headers'];
  body: string;
}

const seen: Seen[] = [];
const routes = new Map<string, Handler>();
let baseUrl = '';
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    seen.push({ method: req.method ?? 'GET', url, headers: req.headers, body });
    const handler = routes.get(`${req.method} ${url.pathname}`);
    if (handler) handler(req, res, body);
    else problem(res, 404, 'not-found');
  });
});

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
function problem(
  res: ServerResponse,
  status: number,
  slug: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/problem+json', ...headers });
  res.end(
    JSON.stringify({
      type: `https://idokit.nl/problems/${slug}`,
      title: slug,
      status,
      detail: `Detail of ${slug}`,
      ...extra,
    }),
  );
}
/** Answers with each handler in turn, the last one from then on. */
function sequence(...handlers: Handler[]): Handler {
  let i = 0;
  return (req, res, body) => handlers[Math.min(i++, handlers.length - 1)]!(req, res, body);
}

const [utrecht] = fixtureFeed.locations;
const registration: QuestionRegistrationInput = {
  id: '6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f',
  locationId: 'ido-utrecht-centrum',
  date: '2026-11-18',
  hour: 10,
  channel: 'desk',
  durationMinutes: 10,
  questions: [{ type: 'government', themes: ['toeslagen'], help: 'informed' }],
};
const receipt = {
  id: registration.id,
  locationId: registration.locationId,
  receivedAt: '2026-11-18T09:31:00Z',
  replayed: false,
};

let client: IdoClient;

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});
beforeEach(() => {
  seen.length = 0;
  routes.clear();
  client = createIdoClient({ baseUrl, token: 'device-token', timeout: 500 });
});

describe('createIdoClient', () => {
  test('needs exactly one of feedUrl and baseUrl', () => {
    for (const options of [{}, { feedUrl: `${baseUrl}/feed.json`, baseUrl }]) {
      assert.throws(
        () => createIdoClient(options),
        (e) => isIdoError(e) && e.code === 'config',
      );
    }
    assert.equal(createIdoClient({ baseUrl }).mode, 'http');
    assert.equal(createIdoClient({ feedUrl: `${baseUrl}/feed.json` }).mode, 'feed');
  });
});

describe('HttpSource reads', () => {
  test('searchLocations sends the query as parameters and returns the validated result', async () => {
    const answer = {
      origin: { lat: 52.09, lon: 5.12, label: '3511 AB Utrecht', source: 'postcode' },
      items: [{ location: utrecht, distanceKm: 0.4 }],
      total: 1,
    };
    routes.set('GET /v1/locations', (_req, res) => json(res, 200, answer));
    const at = new Date('2026-11-18T09:30:00Z');
    const result = await client.searchLocations({
      postcode: '3511ab',
      services: ['walk-in', 'by-phone'],
      openNow: true,
      at,
      radiusKm: 15,
      limit: 5,
      organisation: 'Voorbeeldbibliotheek Utrecht',
    });
    assert.deepEqual(result, answer);
    const params = Object.fromEntries(seen[0]!.url.searchParams);
    assert.deepEqual(params, {
      postcode: '3511 AB',
      service: 'walk-in,by-phone',
      organisation: 'Voorbeeldbibliotheek Utrecht',
      openNow: 'true',
      at: at.toISOString(),
      radiusKm: '15',
      limit: '5',
    });
    assert.equal(seen[0]!.headers.authorization, undefined, 'public reads carry no token');
  });

  test('a postcode or place the API cannot place fails with the typed errors a feed gives', async () => {
    const malformed = await client
      .searchLocations({ postcode: '0123 AB' })
      .catch((e: unknown) => e);
    assert.ok(malformed instanceof IdoPostcodeError && malformed.problem === 'leading-zero');
    assert.equal(seen.length, 0, 'a malformed postcode is refused before any request');
    const cases: [Handler, string][] = [
      [(_q, res) => problem(res, 404, 'not-found', { reason: 'geocode-not-found' }), 'not-found'],
      [(_q, res) => problem(res, 502, 'upstream-unavailable'), 'unavailable'],
      [
        (_q, res) =>
          problem(res, 400, 'validation', { errors: [{ path: 'place', message: 'Too short' }] }),
        'too-short',
      ],
    ];
    for (const [handler, reason] of cases) {
      routes.set('GET /v1/locations', handler);
      const error = await client.searchLocations({ place: 'Xy' }).catch((e: unknown) => e);
      assert.ok(error instanceof IdoGeocodeError, String(error));
      assert.equal(error.reason, reason);
      assert.ok(error.cause instanceof IdoHttpError);
    }
    // Other failures stay what they are.
    routes.set('GET /v1/locations', (_q, res) => problem(res, 404, 'not-found'));
    const other = await client.searchLocations({ place: 'Xy' }).catch((e: unknown) => e);
    assert.ok(other instanceof IdoHttpError && other.status === 404);
  });

  test('near is sent as "lat,lon"; listPartners sends its filter', async () => {
    routes.set('GET /v1/locations', (_req, res) => json(res, 200, { items: [], total: 0 }));
    routes.set('GET /v1/partners', (_req, res) =>
      json(res, 200, { items: fixtureFeed.partners.slice(0, 2) }),
    );
    await client.searchLocations({ near: { lat: 52.5, lon: 6.1 } });
    assert.equal(seen[0]!.url.searchParams.get('near'), '52.5,6.1');
    const partners = await client.listPartners({
      theme: 'toeslagen',
      municipality: 'Zwolle',
      q: 'hulp',
    });
    assert.deepEqual(partners, fixtureFeed.partners.slice(0, 2));
    assert.equal(seen[1]!.url.search, '?theme=toeslagen&municipality=Zwolle&q=hulp');
    await client.listPartners({ kind: 'schuldhulp', municipality: 'Zwolle' });
    assert.equal(seen[2]!.url.search, '?kind=schuldhulp&municipality=Zwolle');
  });

  test('getLocation answers the location; a 404 is an IdoNotFoundError', async () => {
    routes.set('GET /v1/locations/ido-utrecht-centrum', (_req, res) => json(res, 200, utrecht));
    assert.deepEqual(await client.getLocation('ido-utrecht-centrum'), utrecht);
    await assert.rejects(client.getLocation('nergens'), (e) => {
      assert.ok(e instanceof IdoNotFoundError);
      assert.equal(e.code, 'not-found');
      assert.equal(e.resource, 'location');
      assert.equal(e.id, 'nergens');
      return true;
    });
  });

  test('malformed JSON is an IdoValidationError', async () => {
    routes.set('GET /v1/taxonomy', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"version": "1", "themes": [');
    });
    await assert.rejects(client.getTaxonomy(), (e) => {
      assert.ok(e instanceof IdoValidationError);
      assert.equal(e.code, 'validation');
      assert.equal(e.path, '');
      assert.match(e.message, /Not JSON/);
      return true;
    });
  });

  test('a schema-violating document is an IdoValidationError naming the first bad field', async () => {
    const bad = { ...utrecht, address: { ...utrecht!.address, postcode: '3511ab' } };
    routes.set('GET /v1/locations', (_req, res) =>
      json(res, 200, { items: [{ location: utrecht }, { location: bad }], total: 2 }),
    );
    await assert.rejects(client.searchLocations({}), (e) => {
      assert.ok(e instanceof IdoValidationError);
      assert.equal(e.path, 'items[1].location.address.postcode');
      return true;
    });
  });

  test('a 500 then 200 on a GET is retried and succeeds', async () => {
    routes.set(
      'GET /v1/taxonomy',
      sequence(
        (_q, res) => problem(res, 500, 'internal'),
        (_q, res) => json(res, 200, fixtureFeed.taxonomy),
      ),
    );
    assert.deepEqual(await client.getTaxonomy(), fixtureFeed.taxonomy);
    assert.equal(seen.length, 2);
  });

  test('a GET that keeps failing ends in an IdoHttpError with the parsed problem, after `retry` retries', async () => {
    const c = createIdoClient({ baseUrl, retry: 1 });
    routes.set('GET /v1/taxonomy', (_q, res) => problem(res, 502, 'upstream-unavailable'));
    await assert.rejects(c.getTaxonomy(), (e) => {
      assert.ok(e instanceof IdoHttpError);
      assert.equal(e.status, 502);
      assert.equal(e.problem?.type, 'https://idokit.nl/problems/upstream-unavailable');
      assert.equal(e.message, 'Detail of upstream-unavailable');
      return true;
    });
    assert.equal(seen.length, 2);
  });

  test('a response slower than the timeout is an IdoNetworkError with code timeout', async () => {
    routes.set('GET /v1/taxonomy', (_q, res) =>
      setTimeout(() => json(res, 200, fixtureFeed.taxonomy), 1500).unref(),
    );
    const c = createIdoClient({ baseUrl, timeout: 100, retry: 0 });
    const started = Date.now();
    await assert.rejects(c.getTaxonomy(), (e) => {
      assert.ok(e instanceof IdoNetworkError);
      assert.equal(e.code, 'timeout');
      assert.equal(e.url, `${baseUrl}/v1/taxonomy`);
      return true;
    });
    assert.ok(Date.now() - started < 1000);
  });

  test('an unreachable server is an IdoNetworkError with code network', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const c = createIdoClient({ baseUrl: `http://127.0.0.1:${port}`, retry: 0 });
    await assert.rejects(c.getTaxonomy(), (e) => {
      assert.ok(e instanceof IdoNetworkError);
      assert.equal(e.code, 'network');
      assert.equal(e.url, `http://127.0.0.1:${port}/v1/taxonomy`);
      return true;
    });
  });

  test('an ETag is revalidated with If-None-Match and a 304 answers the first result', async () => {
    routes.set('GET /v1/partners', (req, res) => {
      if (req.headers['if-none-match'] === '"p1"') {
        res.writeHead(304, { etag: '"p1"' });
        res.end();
      } else json(res, 200, { items: fixtureFeed.partners }, { etag: '"p1"' });
    });
    const first = await client.listPartners({ theme: 'zorg' });
    const second = await client.listPartners({ theme: 'zorg' });
    assert.equal(seen.length, 2);
    assert.equal(seen[0]!.headers['if-none-match'], undefined);
    assert.equal(seen[1]!.headers['if-none-match'], '"p1"');
    assert.deepEqual(second, first);
    assert.equal(second.length, fixtureFeed.partners.length);
    // Another query is another resource: no If-None-Match borrowed from the first.
    await client.listPartners({ theme: 'wonen' });
    assert.equal(seen[2]!.headers['if-none-match'], undefined);
  });

  test('an aborted request rejects with the signal reason, not an IDO error', async () => {
    routes.set('GET /v1/feed.json', (_q, res) =>
      setTimeout(() => json(res, 200, fixtureFeed), 1000).unref(),
    );
    const controller = new AbortController();
    const pending = client.getFeed({ signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    await assert.rejects(pending, (e) => {
      assert.ok(e instanceof Error);
      assert.equal(e.name, 'AbortError');
      assert.equal(isIdoError(e), false);
      return true;
    });
    const reason = new Error('new search');
    const again = new AbortController();
    again.abort(reason);
    await assert.rejects(
      client.getLocation('ido-utrecht-centrum', { signal: again.signal }),
      (e) => e === reason,
    );
  });

  test('identical concurrent GETs share one request; it is cancelled only when every caller gave up', async () => {
    const signals: AbortSignal[] = [];
    const c = createIdoClient({
      baseUrl: 'https://ido.example/',
      retry: 0,
      fetch: (input, init) => {
        const request = input instanceof Request ? input : new Request(String(input), init);
        signals.push(request.signal);
        return new Promise((resolve, reject) => {
          const timer = setTimeout(
            () =>
              resolve(
                new Response(JSON.stringify(utrecht), {
                  headers: { 'content-type': 'application/json' },
                }),
              ),
            60,
          );
          request.signal.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(request.signal.reason);
          });
        });
      },
    });
    const [a, b] = await Promise.all([
      c.getLocation('ido-utrecht-centrum'),
      c.getLocation('ido-utrecht-centrum'),
    ]);
    assert.equal(signals.length, 1, 'one request for two identical calls');
    assert.deepEqual(a, b);

    // One of two callers gives up: the other still gets its answer from the same request.
    const leaving = new AbortController();
    const gone = c.getLocation('ido-utrecht-centrum', { signal: leaving.signal });
    const staying = c.getLocation('ido-utrecht-centrum');
    leaving.abort();
    await assert.rejects(gone, (e) => (e as Error).name === 'AbortError');
    assert.equal((await staying).id, 'ido-utrecht-centrum');
    assert.equal(signals.length, 2);
    assert.equal(signals[1]!.aborted, false, 'not cancelled while someone still waits');

    // The only caller gives up: the request itself is cancelled, and a new call starts afresh.
    const only = new AbortController();
    const alone = c.getLocation('ido-utrecht-centrum', { signal: only.signal });
    only.abort();
    await assert.rejects(alone, (e) => (e as Error).name === 'AbortError');
    assert.equal(signals[2]!.aborted, true, 'nobody waits: the request is cancelled');
    assert.equal((await c.getLocation('ido-utrecht-centrum')).id, 'ido-utrecht-centrum');
    assert.equal(signals.length, 4);
  });

  test('uses the injected fetch and the extra headers', async () => {
    routes.set('GET /v1/taxonomy', (_q, res) => json(res, 200, fixtureFeed.taxonomy));
    const urls: string[] = [];
    const c = createIdoClient({
      baseUrl: `${baseUrl}/`,
      headers: { 'x-library': 'voorbeeld' },
      fetch: (input, init) => {
        urls.push(input instanceof Request ? input.url : String(input));
        return fetch(input, init);
      },
    });
    await c.getTaxonomy();
    assert.deepEqual(urls, [`${baseUrl}/v1/taxonomy`]);
    assert.equal(seen[0]!.headers['x-library'], 'voorbeeld');
  });

  test('geocode asks the API; 404 is IdoGeocodeError not-found', async () => {
    const hit = {
      lat: 52.5106,
      lon: 6.0946,
      label: '8011 Zwolle',
      kind: 'postcode',
      municipality: 'Zwolle',
    };
    routes.set('GET /v1/geocode', (req, res) => {
      const q = new URL(req.url!, 'http://x').searchParams.get('q');
      if (q === '8011') json(res, 200, hit);
      else problem(res, 404, 'not-found');
    });
    assert.deepEqual(await client.geocode('8011'), hit);
    await assert.rejects(
      client.geocode('Nergenshuizen'),
      (e) => e instanceof IdoGeocodeError && e.reason === 'not-found',
    );
    await assert.rejects(client.geocode('0123'), (e) => e instanceof IdoPostcodeError);
    assert.equal(seen.length, 2, 'a malformed postcode never leaves the page');
  });
});

describe('HttpSource staff calls', () => {
  test('submitRegistration sends the Bearer token and Idempotency-Key, and retries a 500', async () => {
    routes.set(
      'POST /v1/registrations',
      sequence(
        (_q, res) => problem(res, 500, 'internal'),
        (_q, res) => json(res, 201, receipt),
      ),
    );
    assert.deepEqual(await client.submitRegistration(registration), receipt);
    assert.equal(seen.length, 2);
    for (const request of seen) {
      assert.equal(request.headers.authorization, 'Bearer device-token');
      assert.equal(request.headers['idempotency-key'], registration.id);
      assert.equal(JSON.parse(request.body).id, registration.id);
    }
  });

  test('a POST without an idempotency key (enrolment) is not retried', async () => {
    routes.set(
      'POST /v1/enrolments',
      sequence(
        (_q, res) => problem(res, 500, 'internal'),
        (_q, res) => json(res, 201, {}),
      ),
    );
    await assert.rejects(
      client.enrol('ABC-123'),
      (e) => e instanceof IdoHttpError && e.status === 500,
    );
    assert.equal(seen.length, 1);
    assert.deepEqual(JSON.parse(seen[0]!.body), { code: 'ABC-123' });
  });

  test('a 429 carries retryAfter and the problem; 422 personal-data keeps its kinds', async () => {
    routes.set(
      'POST /v1/registrations',
      sequence(
        (_q, res) => problem(res, 429, 'rate-limited', {}, { 'retry-after': '30' }),
        (_q, res) => problem(res, 422, 'personal-data', { kinds: ['bsn'] }),
      ),
    );
    await assert.rejects(client.submitRegistration(registration), (e) => {
      assert.ok(e instanceof IdoHttpError);
      assert.equal(e.status, 429);
      assert.equal(e.retryAfter, 30);
      return true;
    });
    await assert.rejects(client.submitRegistration(registration), (e) => {
      assert.ok(e instanceof IdoHttpError);
      assert.equal(e.status, 422);
      assert.deepEqual(e.problem?.kinds, ['bsn']);
      return true;
    });
    assert.equal(seen.length, 2);
  });

  test('without a token, staff calls fail with not-enrolled before any request', async () => {
    const c = createIdoClient({ baseUrl, token: () => undefined });
    await assert.rejects(
      c.submitRegistration(registration),
      (e) => isIdoError(e) && e.code === 'not-enrolled',
    );
    await assert.rejects(
      c.getRegistrationStats({ period: '2026-11' }),
      (e) => isIdoError(e) && e.code === 'not-enrolled',
    );
    assert.equal(seen.length, 0);
  });

  test('an invalid registration is refused locally with the path of the bad field', async () => {
    await assert.rejects(
      client.submitRegistration({ ...registration, hour: 24 }),
      (e) => e instanceof IdoValidationError && e.path === 'hour',
    );
    assert.equal(seen.length, 0);
  });

  test('getRegistrationStats reads the token at call time and validates the answer', async () => {
    let token = 'first';
    const c = createIdoClient({ baseUrl, token: async () => token });
    const stats = {
      period: '2026-11',
      kind: 'month',
      from: '2026-11-01',
      to: '2026-11-30',
      protection: { method: 'cell-key', maxNoise: 2 },
      settled: true,
      settledOn: '2026-12-15',
      scope: { kind: 'location', name: 'IDO Utrecht Centrum' },
      locations: [{ id: 'ido-utrecht-centrum', name: 'IDO Utrecht Centrum' }],
      locationId: 'ido-utrecht-centrum',
      visits: 12,
      questions: 14,
      breakdown: {
        questionType: [],
        governmentLevel: [],
        organisation: [],
        theme: [],
        help: [],
        referralKind: [],
        referralWarm: [],
        channel: [{ key: 'desk', count: 12 }],
      },
      periods: [],
      byLocation: [],
    };
    routes.set('GET /v1/registrations/stats', (_q, res) => json(res, 200, stats));
    token = 'second';
    assert.deepEqual(await c.getRegistrationStats({ period: '2026-11' }), stats);
    assert.equal(seen[0]!.headers.authorization, 'Bearer second');
    assert.equal(seen[0]!.url.search, '?period=2026-11');
    await assert.rejects(
      c.getRegistrationStats({ period: '2026-11-01' }),
      (e) => e instanceof IdoValidationError && e.path === 'period',
    );
    assert.equal(seen.length, 1);
  });

  test('enrol answers the validated enrolment', async () => {
    const enrolment = {
      deviceId: 'd1',
      token: 'x'.repeat(40),
      locationId: 'ido-zwolle-centrum',
      issuedAt: '2026-11-18T09:00:00Z',
    };
    routes.set('POST /v1/enrolments', (_q, res) => json(res, 201, enrolment));
    // An answer without `scope` (a server before report tokens) is a device token.
    assert.deepEqual(await client.enrol('ZWL-4821', { deviceLabel: 'Balie 1' }), {
      ...enrolment,
      scope: 'location',
    });
    assert.deepEqual(JSON.parse(seen[0]!.body), { code: 'ZWL-4821', deviceLabel: 'Balie 1' });
  });

  test('a label longer than 40 characters is refused locally, naming deviceLabel', async () => {
    await assert.rejects(
      client.enrol('ZWL-4821', { deviceLabel: 'B'.repeat(41) }),
      (e) => e instanceof IdoValidationError && e.path === 'deviceLabel',
    );
    assert.equal(seen.length, 0);
  });

  test('revokeDevice posts once with the token and resolves on 204', async () => {
    routes.set('POST /v1/devices/self/revoke', (_q, res) => {
      res.writeHead(204).end();
    });
    assert.equal(await client.revokeDevice(), undefined);
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.headers.authorization, 'Bearer device-token');
  });

  test('revokeDevice: a refused token is an IdoHttpError 401; a 500 is not retried', async () => {
    routes.set('POST /v1/devices/self/revoke', (_q, res) => problem(res, 401, 'token-revoked'));
    await assert.rejects(
      client.revokeDevice(),
      (e) => e instanceof IdoHttpError && e.status === 401,
    );
    routes.set('POST /v1/devices/self/revoke', (_q, res) => problem(res, 500, 'internal'));
    await assert.rejects(client.revokeDevice(), (e) => e instanceof IdoHttpError);
    assert.equal(seen.length, 2);
    const none = createIdoClient({ baseUrl, token: () => undefined });
    await assert.rejects(none.revokeDevice(), (e) => isIdoError(e) && e.code === 'not-enrolled');
    assert.equal(seen.length, 2);
  });
});
