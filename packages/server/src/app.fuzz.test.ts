import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { defaultTaxonomy } from '@idokit/sdk';
import { seededRandom } from '@idokit/sdk/testing';
import { createEnrolmentCode } from './auth/devices.js';
import { signedInCoordinator, UTRECHT } from './testing/coordinator.js';
import { startTestServer, type TestServer } from './testing/harness.js';
import { LOCATION, sampleRegistration } from './testing/registration.js';

/**
 * A seeded fuzz run over every endpoint: thousands of requests with hostile paths, queries,
 * headers and bodies. Whatever comes in, the answer is never a 5xx, and every error is a
 * problem+json. A failure prints the seed and the request, so it can be replayed.
 */
const SEED = Number(process.env.IDOKIT_FUZZ_SEED ?? 20_261_130);
const REQUESTS = Number(process.env.IDOKIT_FUZZ_REQUESTS ?? 2000);

let server: TestServer;
let token: string;
/** A coordinator key of the organisation of LOCATION (issue 21). */
let coordinatorToken: string;
/** A location as the coordinator edits it, to mutate into PUT bodies. */
let editableLocation: Record<string, unknown>;

before(async () => {
  server = await startTestServer();
  const { code } = await createEnrolmentCode(server.db, LOCATION, {
    at: new Date(),
    ttlMs: 3_600_000,
  });
  const res = await fetch(`${server.baseUrl}/v1/enrolments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  token = ((await res.json()) as { token: string }).token;
  const coordinator = await signedInCoordinator(server);
  coordinatorToken = coordinator.session.token;
  const { updatedAt: _, ...location } = (await coordinator.client.locations.get(LOCATION)).doc;
  editableLocation = location;
});
after(() => server.close());

const NASTY_STRINGS = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '\u00e9\udc57',
  '\ud800',
  '\udfff x',
  '😀',
  '\u202e\u0644\u0627',
  '\u0007\u001b[31m',
  'x'.repeat(5000),
  "' OR 1=1 --",
  '"; DROP TABLE registrations; --',
  '../../etc/passwd',
  '%00',
  '%',
  '${7*7}',
  '<script>alert(1)</script>',
  '0000-01',
  '0000-01-01',
  '9999-12-31',
  '10000-01-01',
  '2026-02-30',
  '2026-13-01',
  '-0001-01-01',
  '1e309',
  'NaN',
  '-1',
  '9'.repeat(40),
  '0x10',
  '52.09,5.12',
  '91,181',
  '1234AB',
  '１２３４ＡＢ',
  'Zwolle',
  'true',
  'null',
  '[]',
  '{}',
  'ido-utrecht-centrum',
  'toeslagen',
  'month',
  'week',
];

const NUMBERS = [
  0,
  -1,
  1,
  23,
  24,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  2 ** 53,
  2 ** 63,
  32768,
  1.5,
  -0,
];

function generators(random: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const string = (): string =>
    random() < 0.8
      ? pick(NASTY_STRINGS)
      : String.fromCharCode(
          ...Array.from({ length: 1 + Math.floor(random() * 12) }, () =>
            Math.floor(random() * 0x10000),
          ),
        );
  const value = (depth = 0): unknown => {
    const r = random();
    if (r < 0.35) return string();
    if (r < 0.55) return pick(NUMBERS);
    if (r < 0.62) return pick([true, false, null]);
    if (depth > 3) return string();
    if (r < 0.8) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
    return Object.fromEntries(
      Array.from({ length: Math.floor(random() * 4) }, () => [string(), value(depth + 1)]),
    );
  };
  return { pick, string, value };
}

/** A valid registration with one value somewhere replaced by something hostile. */
function mutatedRegistration(g: ReturnType<typeof generators>, random: () => number): unknown {
  const reg: Record<string, unknown> = sampleRegistration({ note: 'Hulp bij de aanvraag' });
  const mutations = Math.floor(random() * 3); // a third go through unchanged
  for (let i = 0; i < mutations; i++) {
    const questions = reg.questions;
    const question =
      Array.isArray(questions) && questions[0] && typeof questions[0] === 'object'
        ? (questions[0] as Record<string, unknown>)
        : reg;
    const target = random() < 0.6 ? reg : question;
    const key = g.pick([
      ...Object.keys(target),
      'supersedes',
      'withdrawn',
      'outreach',
      'visitorKind',
      'referral',
      g.string(),
    ]);
    target[key] = g.value();
  }
  return reg;
}

const PATHS = [
  '/v1/feed.json',
  '/v1/locations',
  `/v1/locations/${LOCATION}`,
  '/v1/partners',
  '/v1/taxonomy',
  '/v1/geocode',
  '/v1/enrolments',
  '/v1/registrations',
  '/v1/registrations/stats',
  '/v1/registrations.csv',
  '/v1/openapi.json',
  '/docs',
  '/healthz',
  '/readyz',
  '/v1/coordinator/me',
  '/v1/coordinator/locations',
  `/v1/coordinator/locations/${LOCATION}`,
  '/v1/coordinator/locations/ido-zwolle-centrum',
  '/v1/coordinator/partners/sociaal-raadslieden-utrecht',
  '/v1/coordinator/outreach/nieuw',
  '/v1/coordinator/audit',
  '/v1/coordinator/undo',
];
/** The coordinator's documents (issue 21): GET, PUT and DELETE with any precondition. */
const EDITABLE = /^\/v1\/coordinator\/(locations|partners|outreach)\/[^/]+$/;

/** A location edit with one value somewhere replaced by something hostile. */
function mutatedLocation(
  g: ReturnType<typeof generators>,
  random: () => number,
  location: Record<string, unknown>,
): unknown {
  const doc = structuredClone(location);
  const hours = doc.hours as Record<string, Record<string, unknown>>;
  for (let i = Math.floor(random() * 3); i > 0; i--) {
    const target = random() < 0.5 ? doc : random() < 0.5 ? hours.library! : hours;
    target[g.pick([...Object.keys(target), 'exceptions', 'organisation', g.string()])] = g.value();
  }
  return doc;
}
const PARAMS = [
  'postcode',
  'place',
  'near',
  'radiusKm',
  'limit',
  'service',
  'openNow',
  'at',
  'lang',
  'theme',
  'municipality',
  'q',
  'from',
  'to',
  'period',
  'month',
];

/** Percent-encodes, but sometimes leaves raw or broken escapes in, as attackers do. */
function encode(text: string, random: () => number): string {
  try {
    if (random() < 0.1) return `${encodeURIComponent(text)}%E0%A4%A`;
    if (random() < 0.1) return text.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c));
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80'; // a lone surrogate, as UTF-8 would (not) have it
  }
}

test(`${REQUESTS} seeded hostile requests over every endpoint: never a 5xx (seed ${SEED})`, async () => {
  const random = seededRandom(SEED);
  const g = generators(random);
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  let lastEtag: string | null = null;
  const edits = new Map<string, number>();
  for (let i = 0; i < REQUESTS; i++) {
    let path = g.pick(PATHS);
    if (random() < 0.15) path = path.replace(LOCATION, encode(g.string(), random));
    const query = Array.from(
      { length: Math.floor(random() * 4) },
      () => `${g.pick(PARAMS)}=${encode(g.string(), random)}`,
    ).join('&');
    const coordinator = path.startsWith('/v1/coordinator');
    const staff = path.startsWith('/v1/registrations') || path === '/v1/enrolments' || coordinator;
    const editable = EDITABLE.test(path);
    const method = editable
      ? g.pick(['GET', 'PUT', 'PUT', 'DELETE', random() < 0.2 ? 'PATCH' : 'GET'])
      : random() < 0.08
        ? g.pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'])
        : null;
    const post =
      path === '/v1/registrations' || path === '/v1/enrolments' || path === '/v1/coordinator/undo';
    const headers: Record<string, string> = {};
    const bearer = coordinator ? coordinatorToken : token;
    if (staff && random() < 0.85) headers.Authorization = `Bearer ${bearer}`;
    else if (staff && random() < 0.5)
      headers.Authorization = `Bearer ${g.string().replace(/[^\x20-\x7e]/g, '')}`;
    if (random() < 0.1) headers['If-None-Match'] = g.string().replace(/[^\x20-\x7e]/g, '');
    if (editable && random() < 0.7)
      headers['If-Match'] =
        random() < 0.5 ? (lastEtag ?? '*') : g.string().replace(/[^\x20-\x7e]/g, '');
    let body: string | undefined;
    if (editable && method === 'PUT') {
      headers['Content-Type'] = 'application/json';
      const r = random();
      body =
        r < 0.05
          ? '{"id": '
          : r < 0.1
            ? JSON.stringify(g.value())
            : r < 0.15
              ? JSON.stringify({ ...editableLocation, description: 'x'.repeat(300_000) })
              : JSON.stringify(mutatedLocation(g, random, editableLocation));
    } else if (post && method === null) {
      headers['Content-Type'] =
        random() < 0.9
          ? 'application/json'
          : g.pick([
              'text/plain',
              'application/x-www-form-urlencoded',
              'application/json; charset=latin1',
            ]);
      const r = random();
      body =
        r < 0.05
          ? '{"id": '
          : r < 0.1
            ? JSON.stringify(g.value())
            : path === '/v1/enrolments'
              ? JSON.stringify({ code: g.string(), deviceLabel: g.string() })
              : path === '/v1/coordinator/undo'
                ? JSON.stringify({ id: random() < 0.5 ? g.pick(NUMBERS) : g.value() })
                : JSON.stringify(mutatedRegistration(g, random));
    }
    const url = `${server.baseUrl}${path}${query ? `?${query}` : ''}`;
    const init: RequestInit = { method: method ?? (post ? 'POST' : 'GET'), headers };
    if (body !== undefined) init.body = body;
    let res: Response;
    try {
      res = await fetch(url, init);
    } catch (error) {
      failures.push(`#${i} ${init.method} ${url}: ${(error as Error).message}`);
      continue;
    }
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    if (editable) {
      lastEtag = res.headers.get('etag') ?? lastEtag;
      const key = `${init.method} ${res.status}`;
      edits.set(key, (edits.get(key) ?? 0) + 1);
    }
    const text = await res.text();
    if (res.status >= 500)
      failures.push(`#${i} ${init.method} ${url} ${body ?? ''} → ${res.status} ${text}`);
    else if (res.status >= 400 && init.method !== 'HEAD') {
      if (res.headers.get('content-type') !== 'application/problem+json')
        failures.push(`#${i} ${init.method} ${url} → ${res.status} without a problem: ${text}`);
    }
  }
  assert.deepEqual(failures.slice(0, 10), [], `seed ${SEED}: ${failures.length} failures`);
  // The run reached the handlers, not only the validators.
  assert.ok((statuses.get(201) ?? 0) > 20, JSON.stringify([...statuses]));
  assert.ok((statuses.get(400) ?? 0) > 100, JSON.stringify([...statuses]));
  // The coordinator's writes got past validation and preconditions too, and were refused by them.
  for (const outcome of ['PUT 200', 'PUT 400', 'PUT 412', 'PUT 428', 'DELETE 403', 'DELETE 412'])
    assert.ok((edits.get(outcome) ?? 0) > 0, `${outcome}: ${JSON.stringify([...edits])}`);
});

/**
 * The coordinator's desks, report keys, categories, CSV and HSDS routes (issue 21), with a
 * coordinator key that may import categories: hostile ids, bodies and CSV cells never get a 5xx.
 */
test(`seeded hostile requests to the coordinator's keys and exchange routes: never a 5xx (seed ${SEED})`, async () => {
  const app = await server.startApp({
    rateLimits: { coordinator: { capacity: 1_000_000, perMs: 60_000 } },
  });
  const { session } = await signedInCoordinator({ db: server.db, baseUrl: app.baseUrl }, UTRECHT, {
    mayImportCategories: true,
  });
  const random = seededRandom(SEED + 21);
  const g = generators(random);
  const csvCell = () => `"${g.string().replace(/"/g, '""')}"`;
  const csvOf = (columns: string) =>
    `${columns}\r\n${Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
      columns
        .split(',')
        .map((c) => (random() < 0.5 ? csvCell() : c === 'id' ? 'ido-utrecht-centrum' : ''))
        .join(','),
    ).join('\r\n')}`;
  const routes: { method: string; path: () => string; body?: () => unknown }[] = [
    { method: 'GET', path: () => '/v1/coordinator/desks' },
    { method: 'GET', path: () => '/v1/coordinator/report-keys' },
    { method: 'GET', path: () => '/v1/coordinator/export/locations.csv' },
    { method: 'GET', path: () => '/v1/coordinator/export/partners.csv' },
    { method: 'GET', path: () => '/v1/coordinator/export/hsds.json' },
    {
      method: 'POST',
      path: () => `/v1/coordinator/desks/${encode(g.string(), random)}/revoke`,
    },
    {
      method: 'POST',
      path: () => `/v1/coordinator/report-keys/${encode(g.string(), random)}/revoke`,
    },
    {
      method: 'POST',
      path: () => '/v1/coordinator/desk-codes',
      body: () => ({ locationId: g.pick([LOCATION, g.string()]), label: g.string() }),
    },
    {
      method: 'POST',
      path: () => '/v1/coordinator/report-codes',
      body: () => ({
        kind: g.pick(['organisation', 'municipality', g.string()]),
        name: g.pick([UTRECHT, 'Utrecht', g.string()]),
        label: g.string(),
      }),
    },
    {
      method: 'POST',
      path: () => '/v1/coordinator/categories',
      body: () => {
        const categories = structuredClone(defaultTaxonomy) as unknown as Record<string, unknown>;
        categories[g.pick(['version', 'validFrom', 'themes', 'helpKinds', g.string()])] = g.value();
        return categories;
      },
    },
    {
      method: 'POST',
      path: () => `/v1/coordinator/import/${g.pick(['locations', 'partners'])}`,
      body: () => ({
        csv: g.pick([
          csvOf(
            'id,name,organisation,street,house_number,postcode,city,municipality,lat,lon,library_hours',
          ),
          csvOf(
            'id,name,kind,description,themes,municipalities,referral_method,referral_instructions,hours,other_referrals',
          ),
          g.string(),
        ]),
        dryRun: random() < 0.7,
      }),
    },
  ];
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  try {
    for (let i = 0; i < REQUESTS / 4; i++) {
      const route = g.pick(routes);
      const url = `${app.baseUrl}${route.path()}`;
      const headers: Record<string, string> = {
        Authorization: `Bearer ${random() < 0.9 ? session.token : g.string().replace(/[^\x20-\x7e]/g, '')}`,
      };
      const init: RequestInit = { method: route.method, headers };
      if (route.body) {
        headers['Content-Type'] = 'application/json';
        init.body = random() < 0.1 ? JSON.stringify(g.value()) : JSON.stringify(route.body());
      }
      const res = await fetch(url, init);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const text = await res.text();
      if (res.status >= 500)
        failures.push(`#${i} ${route.method} ${url} ${String(init.body)} → ${res.status} ${text}`);
      else if (res.status >= 400 && res.headers.get('content-type') !== 'application/problem+json')
        failures.push(`#${i} ${route.method} ${url} → ${res.status} without a problem: ${text}`);
    }
  } finally {
    await app.close();
  }
  assert.deepEqual(failures.slice(0, 10), [], `seed ${SEED}: ${failures.length} failures`);
  assert.ok((statuses.get(200) ?? 0) > 50, JSON.stringify([...statuses]));
  assert.ok((statuses.get(400) ?? 0) > 20, JSON.stringify([...statuses]));
});
