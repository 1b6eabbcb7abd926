import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isIdoGeocodeError, isIdoPostcodeError, type GeocodeFailure } from '../errors/index.js';
import { PdokGeocoder, PDOK_LOCATIESERVER_URL } from './pdok-geocoder.js';

/**
 * A local stand-in for PDOK Locatieserver v3.1: the same paths, parameters and response
 * envelope, over a handful of documents shaped like the real ones.
 */
interface PdokDocument {
  type: 'postcode' | 'woonplaats' | 'gemeente';
  weergavenaam: string;
  id: string;
  centroide_ll: string;
  centroide_rd: string;
  gemeentenaam: string;
  gemeentecode: string;
  provincienaam: string;
  provinciecode: string;
  provincieafkorting: string;
  bron: string;
  postcode?: string;
  woonplaatsnaam?: string;
  woonplaatscode?: string;
  straatnaam?: string;
}

const utrecht = {
  gemeentenaam: 'Utrecht',
  gemeentecode: '0344',
  provincienaam: 'Utrecht',
  provinciecode: 'PV26',
  provincieafkorting: 'UT',
};
const postcodeDoc = (
  postcode: string,
  straatnaam: string,
  lon: number,
  lat: number,
): PdokDocument => ({
  type: 'postcode',
  bron: 'BAG',
  weergavenaam: `${straatnaam}, ${postcode} Utrecht`,
  id: `pcd-${postcode}`,
  postcode,
  straatnaam,
  woonplaatsnaam: 'Utrecht',
  woonplaatscode: '3295',
  ...utrecht,
  centroide_ll: `POINT(${lon} ${lat})`,
  centroide_rd: 'POINT(136897.31 455830.62)',
});

const DOCUMENTS: PdokDocument[] = [
  postcodeDoc('3512JC', 'Domplein', 5.1214, 52.0907),
  postcodeDoc('3512JE', 'Achter de Dom', 5.1226, 52.0904),
  postcodeDoc('3512JK', 'Korte Nieuwstraat', 5.1206, 52.0895),
  postcodeDoc('3512JL', 'Lijnmarkt', 5.1182, 52.0918),
  postcodeDoc('3513AA', 'Neude', 5.119, 52.0935),
  // Coordinates written latitude first: a broken document the geocoder must refuse.
  { ...postcodeDoc('9999ZZ', 'Verkeerdom', 52.1, 5.1), centroide_ll: 'POINT(52.1 5.1)' },
  {
    type: 'woonplaats',
    bron: 'BAG',
    weergavenaam: 'Amersfoort, Amersfoort, Utrecht',
    id: 'wpl-1664',
    woonplaatsnaam: 'Amersfoort',
    woonplaatscode: '1664',
    gemeentenaam: 'Amersfoort',
    gemeentecode: '0307',
    provincienaam: 'Utrecht',
    provinciecode: 'PV26',
    provincieafkorting: 'UT',
    centroide_ll: 'POINT(5.38763 52.15611)',
    centroide_rd: 'POINT(155000 463000)',
  },
  {
    type: 'gemeente',
    bron: 'Bestuurlijke Grenzen',
    weergavenaam: 'Gemeente Bergen (NH)',
    id: 'gem-0373',
    gemeentenaam: 'Bergen (NH)',
    gemeentecode: '0373',
    provincienaam: 'Noord-Holland',
    provinciecode: 'PV27',
    provincieafkorting: 'NH',
    centroide_ll: 'POINT(4.69862 52.66344)',
    centroide_rd: 'POINT(108000 521000)',
  },
];

// v3.1 answers 400 to parameters outside its OpenAPI description.
const KNOWN_PARAMS = new Set(['q', 'fq', 'fl', 'rows', 'start', 'sort', 'df', 'bq', 'qf', 'wt']);

function matchFilter(doc: PdokDocument, fq: string | null): boolean {
  if (fq === null) return true;
  const typed = /^type:(?:\(([^)]*)\)|(\w+))(?: AND postcode:(\w+?)(\*)?)?$/.exec(fq);
  if (!typed) throw new Error(`stub cannot read fq=${fq}`);
  const types = (typed[1] ?? typed[2]!).split(' OR ');
  if (!types.includes(doc.type)) return false;
  const postcode = typed[3];
  if (postcode === undefined) return true;
  return typed[4] ? (doc.postcode?.startsWith(postcode) ?? false) : doc.postcode === postcode;
}

function matchText(doc: PdokDocument, q: string | null, endpoint: string): boolean {
  if (q === null) return true;
  const words = `${doc.weergavenaam} ${doc.postcode ?? ''}`.toLowerCase().split(/[^\p{L}\d]+/u);
  // suggest matches word prefixes (autocomplete), free whole words.
  return q
    .toLowerCase()
    .split(/\s+/)
    .every((t) => words.some((w) => (endpoint === 'suggest' ? w.startsWith(t) : w === t)));
}

type Scripted = { status: number; headers?: Record<string, string>; body?: string };

class PdokStub {
  readonly requests: URL[] = [];
  /** Answers to give before behaving normally, one per request. */
  readonly script: Scripted[] = [];
  /** When set, requests get no answer until the client gives up. */
  hang = false;
  url = '';
  readonly #server = createServer((req, res) => this.#handle(req, res));

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    const { port } = this.#server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}/bzk/locatieserver/search/v3_1`;
  }

  async stop(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise((resolve) => this.#server.close(resolve));
  }

  reset(): void {
    this.requests.length = 0;
    this.script.length = 0;
    this.hang = false;
  }

  #handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    this.requests.push(url);
    if (this.hang) return;
    const scripted = this.script.shift();
    if (scripted) {
      res.writeHead(scripted.status, { 'content-type': 'text/plain', ...scripted.headers });
      res.end(scripted.body ?? `status ${scripted.status}`);
      return;
    }
    const endpoint = /\/v3_1\/(free|suggest)$/.exec(url.pathname)?.[1];
    const unknown = [...url.searchParams.keys()].filter((k) => !KNOWN_PARAMS.has(k));
    if (!endpoint || unknown.length > 0) {
      res.writeHead(endpoint ? 400 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: `unknown: ${unknown.join(',') || url.pathname}` }));
      return;
    }
    const q = url.searchParams.get('q');
    const fq = url.searchParams.get('fq');
    const rows = Number(url.searchParams.get('rows') ?? 10);
    const fields = url.searchParams.get('fl')?.split(/[ ,]+/);
    const matches = DOCUMENTS.filter((d) => matchFilter(d, fq) && matchText(d, q, endpoint));
    const docs = matches.slice(0, rows).map((doc, i) => {
      const full: Record<string, unknown> = { ...doc, score: 14.2 - i };
      return fields
        ? Object.fromEntries(Object.entries(full).filter(([k]) => fields.includes(k)))
        : full;
    });
    const body = {
      response: {
        numFound: matches.length,
        start: 0,
        maxScore: matches.length ? 14.2 : 0,
        numFoundExact: true,
        docs,
      },
      ...(endpoint === 'suggest' ? { highlighting: {}, spellcheck: { suggestions: [] } } : {}),
    };
    res.writeHead(200, { 'content-type': 'application/json;charset=UTF-8' });
    res.end(JSON.stringify(body));
  }
}

const stub = new PdokStub();
before(() => stub.start());
after(() => stub.stop());
beforeEach(() => stub.reset());

const geocoder = (options: ConstructorParameters<typeof PdokGeocoder>[0] = {}) =>
  new PdokGeocoder({ baseUrl: stub.url, ...options });

const rejectsWith = (promise: Promise<unknown>, reason: GeocodeFailure, message?: RegExp) =>
  assert.rejects(promise, (error: unknown) => {
    assert.ok(isIdoGeocodeError(error), `expected IdoGeocodeError, got ${String(error)}`);
    assert.equal(error.reason, reason);
    if (message) assert.match(error.message, message);
    return true;
  });

describe('PdokGeocoder: postcodes', () => {
  test('finds a full postcode, reading centroide_ll as longitude then latitude', async () => {
    const result = await geocoder().geocode(' 3512jc ');
    assert.deepEqual(result, {
      lat: 52.0907,
      lon: 5.1214,
      label: '3512 JC Utrecht',
      kind: 'postcode',
      municipality: 'Utrecht',
    });
    assert.equal(stub.requests.length, 1);
    const [request] = stub.requests;
    assert.match(request!.pathname, /\/v3_1\/free$/);
    assert.equal(request!.searchParams.get('q'), '3512JC');
    assert.equal(request!.searchParams.get('fq'), 'type:postcode AND postcode:3512JC');
    assert.equal(request!.searchParams.get('rows'), '1');
  });

  test('finds four digits as the middle of that area’s postcodes', async () => {
    const result = await geocoder().geocode('3512');
    assert.equal(result.label, '3512 Utrecht');
    assert.equal(result.kind, 'postcode');
    // The mean of 3512JC, 3512JE, 3512JK and 3512JL (3513AA lies outside the area).
    assert.ok(Math.abs(result.lon - (5.1214 + 5.1226 + 5.1206 + 5.1182) / 4) < 1e-12);
    assert.ok(Math.abs(result.lat - (52.0907 + 52.0904 + 52.0895 + 52.0918) / 4) < 1e-12);
    assert.equal(stub.requests[0]!.searchParams.get('fq'), 'type:postcode AND postcode:3512*');
  });

  test('says a postcode that does not exist was not found', async () => {
    await rejectsWith(
      geocoder().geocode('1234 AB'),
      'not-found',
      /could not find postcode 1234 AB/,
    );
    await rejectsWith(geocoder().geocode('1234'), 'not-found');
  });

  test('refuses a document whose coordinates lie outside the Netherlands', async () => {
    await rejectsWith(geocoder().geocode('9999 ZZ'), 'unavailable');
  });

  test('asks for all four digits and checks the postcode before sending anything', async () => {
    await rejectsWith(geocoder().geocode('351'), 'too-short', /all four digits/);
    await assert.rejects(geocoder().geocode('0123 AB'), (e) => isIdoPostcodeError(e));
    await assert.rejects(
      geocoder().geocode('3512 SS'),
      (e) => isIdoPostcodeError(e) && e.problem === 'reserved-letters',
    );
    assert.equal(stub.requests.length, 0);
  });
});

describe('PdokGeocoder: places', () => {
  test('finds a place by the start of its name with suggest', async () => {
    const result = await geocoder().geocode('amersf');
    assert.deepEqual(result, {
      lat: 52.15611,
      lon: 5.38763,
      label: 'Amersfoort',
      kind: 'place',
      municipality: 'Amersfoort',
    });
    const [request] = stub.requests;
    assert.match(request!.pathname, /\/v3_1\/suggest$/);
    assert.equal(request!.searchParams.get('fq'), 'type:(woonplaats OR gemeente)');
  });

  test('sends a name with brackets without Solr syntax and labels a municipality by name', async () => {
    const result = await geocoder().geocode('Bergen (NH)');
    assert.equal(result.label, 'Bergen (NH)');
    assert.equal(stub.requests[0]!.searchParams.get('q'), 'Bergen NH');
  });

  test('says a place that does not exist was not found', async () => {
    await rejectsWith(geocoder().geocode('Atlantis'), 'not-found', /place called "Atlantis"/);
  });

  test('needs minLength characters of a place name', async () => {
    await rejectsWith(geocoder().geocode(' A '), 'too-short', /at least 2 letters/);
    await rejectsWith(geocoder({ minLength: 4 }).geocode('Ede'), 'too-short', /at least 4/);
    assert.equal(stub.requests.length, 0);
  });
});

describe('PdokGeocoder: cache', () => {
  test('answers a repeated postcode from the cache, whatever its spelling', async () => {
    const g = geocoder();
    const first = await g.geocode('3512JC');
    const second = await g.geocode('3512 jc');
    assert.deepEqual(second, first);
    await rejectsWith(g.geocode('1234 AB'), 'not-found');
    await rejectsWith(g.geocode('1234ab'), 'not-found');
    assert.equal(stub.requests.length, 2);
  });

  test('forgets the least recently used answer beyond cacheSize', async () => {
    const g = geocoder({ cacheSize: 2 });
    await g.geocode('3512 JC');
    await g.geocode('3512 JE');
    await g.geocode('3512 JC'); // now the most recent
    await g.geocode('3512 JK'); // pushes out 3512 JE
    await g.geocode('3512 JC');
    assert.equal(stub.requests.length, 3);
    await g.geocode('3512 JE');
    assert.equal(stub.requests.length, 4);
  });

  test('asks every time with cacheSize 0', async () => {
    const g = geocoder({ cacheSize: 0 });
    await g.geocode('Amersfoort');
    await g.geocode('Amersfoort');
    assert.equal(stub.requests.length, 2);
  });
});

describe('PdokGeocoder: failures', () => {
  test('waits as long as Retry-After asks after a 429, then succeeds', async () => {
    stub.script.push({ status: 429, headers: { 'retry-after': '1' } });
    const started = performance.now();
    const result = await geocoder().geocode('3512 JC');
    const waited = performance.now() - started;
    assert.equal(result.label, '3512 JC Utrecht');
    assert.equal(stub.requests.length, 2);
    assert.ok(waited >= 950, `retried after ${waited.toFixed(0)} ms`);
  });

  test('gives up as unavailable after 503 three times (two retries)', async () => {
    stub.script.push({ status: 503 }, { status: 503 }, { status: 503 });
    await rejectsWith(geocoder().geocode('3512 JC'), 'unavailable', /try again/);
    assert.equal(stub.requests.length, 3);
  });

  test('does not wait for a Retry-After longer than a resident would', async () => {
    stub.script.push({ status: 429, headers: { 'retry-after': '3600' } });
    const started = performance.now();
    await rejectsWith(geocoder().geocode('3512 JC'), 'unavailable');
    assert.equal(stub.requests.length, 1);
    assert.ok(performance.now() - started < 1000);
  });

  test('does not retry a 400 and does not cache a failure', async () => {
    stub.script.push({ status: 400 });
    const g = geocoder();
    await rejectsWith(g.geocode('Amersfoort'), 'unavailable');
    assert.equal(stub.requests.length, 1);
    assert.equal((await g.geocode('Amersfoort')).label, 'Amersfoort');
  });

  test('reports an answer that is not PDOK JSON as unavailable', async () => {
    stub.script.push({ status: 200, body: '<html>maintenance</html>' });
    await rejectsWith(geocoder().geocode('3512 JC'), 'unavailable');
  });

  test('reports an unreachable service as unavailable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const g = new PdokGeocoder({ baseUrl: `http://127.0.0.1:${port}`, retries: 0 });
    await rejectsWith(g.geocode('3512 JC'), 'unavailable');
  });

  test('stops when the signal aborts, with the signal’s reason', async () => {
    stub.hang = true;
    const controller = new AbortController();
    const pending = geocoder().geocode('3512 JC', { signal: controller.signal });
    // Abort once the request is in flight (not after a fixed delay, which a loaded machine misses).
    while (stub.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    await assert.rejects(pending, (error: unknown) => {
      assert.equal((error as Error).name, 'AbortError');
      assert.ok(!isIdoGeocodeError(error));
      return true;
    });
    assert.equal(stub.requests.length, 1);
  });

  test('stops waiting between retries when the signal aborts', async () => {
    stub.script.push({ status: 503 }, { status: 503 }, { status: 503 });
    const controller = new AbortController();
    const pending = geocoder().geocode('3512 JC', { signal: controller.signal });
    while (stub.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    // The 503 has been answered; the geocoder now waits 300 ms before its retry.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const aborted = performance.now();
    controller.abort();
    await assert.rejects(pending, (error: unknown) => !isIdoGeocodeError(error));
    assert.ok(performance.now() - aborted < 200, 'did not sit out the 300 ms backoff');
    assert.equal(stub.requests.length, 1);
  });

  test('sends nothing when the signal is already aborted', async () => {
    const reason = new Error('superseded');
    await assert.rejects(
      geocoder().geocode('3512 JC', { signal: AbortSignal.abort(reason) }),
      (e) => e === reason,
    );
    assert.equal(stub.requests.length, 0);
  });
});

describe('PdokGeocoder: configuration', () => {
  test('uses the injected fetch and PDOK’s address by default', async () => {
    const seen: string[] = [];
    const fakeFetch: typeof fetch = async (input) => {
      seen.push(input instanceof Request ? input.url : String(input));
      return new Response(JSON.stringify({ response: { numFound: 0, start: 0, docs: [] } }), {
        headers: { 'content-type': 'application/json' },
      });
    };
    await rejectsWith(new PdokGeocoder({ fetch: fakeFetch }).geocode('Zwolle'), 'not-found');
    assert.equal(seen.length, 1);
    assert.ok(seen[0]!.startsWith(`${PDOK_LOCATIESERVER_URL}/suggest?`), seen[0]);
  });
});
