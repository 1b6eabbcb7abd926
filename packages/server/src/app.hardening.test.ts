import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { createEnrolmentCode } from './auth/devices.js';
import { countRegistrations } from './data/registrations.js';
import { startTestServer, type TestServer } from './testing/harness.js';
import { LOCATION, sampleRegistration as registration } from './testing/registration.js';

/**
 * Poison input, oversized bodies, methods and limits: whatever a client sends, the answer is a
 * problem that says what is wrong, never a 500 or a reset connection.
 */

let server: TestServer;
let token: string;

before(async () => {
  server = await startTestServer();
  token = await enrol();
});
after(() => server.close());

async function enrol(baseUrl = server.baseUrl): Promise<string> {
  const { code } = await createEnrolmentCode(server.db, LOCATION, {
    at: new Date(),
    ttlMs: 3_600_000,
  });
  const res = await fetch(`${baseUrl}/v1/enrolments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  assert.equal(res.status, 201);
  return ((await res.json()) as { token: string }).token;
}

const authorised = { Authorization: '', 'Content-Type': 'application/json' };
const postRegistration = (body: unknown, baseUrl = server.baseUrl) =>
  fetch(`${baseUrl}/v1/registrations`, {
    method: 'POST',
    headers: { ...authorised, Authorization: `Bearer ${token}` },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

async function problemOf(res: Response) {
  assert.equal(res.headers.get('content-type'), 'application/problem+json');
  return (await res.json()) as {
    type: string;
    status: number;
    detail?: string;
    errors?: { path: string; message: string }[];
    errorCount?: number;
  };
}

describe('text and values the database cannot hold are a 400, never a 500', () => {
  test('a NUL character or a lone surrogate in a note; nothing is stored', async () => {
    const before = await countRegistrations(server.db);
    for (const note of ['a\u0000b', '\u00e9\udc57', 'x\ud800']) {
      const res = await postRegistration(registration({ note }));
      assert.equal(res.status, 400, JSON.stringify(note));
      const problem = await problemOf(res);
      assert.equal(problem.type, 'https://idokit.nl/problems/validation');
      assert.equal(problem.errors?.[0]?.path, 'note');
    }
    assert.equal(await countRegistrations(server.db), before);
    // A well-formed emoji (a surrogate pair) is fine.
    assert.equal((await postRegistration(registration({ note: 'Blij 😀' }))).status, 201);
  });

  test('a month or a date with year 0 in the staff exports', async () => {
    const auth = { Authorization: `Bearer ${token}` };
    const csv = await fetch(`${server.baseUrl}/v1/registrations.csv?month=0000-01`, {
      headers: auth,
    });
    assert.equal(csv.status, 400);
    assert.equal((await problemOf(csv)).errors?.[0]?.path, 'month');
    const stats = await fetch(
      `${server.baseUrl}/v1/registrations/stats?from=0000-01-01&to=0000-01-31&period=month`,
      { headers: auth },
    );
    assert.equal(stats.status, 400);
    await problemOf(stats);
  });

  test('a NUL in a query parameter of a public search', async () => {
    const res = await fetch(`${server.baseUrl}/v1/partners?q=a%00b`);
    assert.equal(res.status, 400);
    assert.equal((await problemOf(res)).errors?.[0]?.path, 'q');
  });
});

describe('oversized and overlong requests', () => {
  /** Posts `size` bytes with node:http, as the outbox would; the status or the socket error. */
  const postBytes = (size: number) =>
    new Promise<string>((resolve) => {
      const url = new URL('/v1/registrations', server.baseUrl);
      const req = request(
        url,
        { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': size } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(String(res.statusCode)));
          res.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
        },
      );
      req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      req.end(Buffer.alloc(size, 0x20));
    });

  test('bodies of 256 KiB and 1 MiB from 30 clients at once all get the 413', async () => {
    for (const size of [256 * 1024, 1024 * 1024]) {
      const answers = await Promise.all(Array.from({ length: 30 }, () => postBytes(size)));
      const tally: Record<string, number> = {};
      for (const a of answers) tally[a] = (tally[a] ?? 0) + 1;
      assert.deepEqual(tally, { 413: 30 }, `${size} bytes`);
    }
  });

  test('3 000 unknown themes: the problem lists 20 and counts them all', async () => {
    const themes = Array.from({ length: 3000 }, () => 'x');
    const res = await postRegistration(
      registration({
        questions: [
          {
            type: 'government',
            organisations: [],
            themes,
            help: 'searched-together',
          },
        ],
      }),
    );
    assert.equal(res.status, 400);
    const text = await res.clone().text();
    const problem = await problemOf(res);
    assert.equal(problem.errors?.length, 20);
    assert.equal(problem.errorCount, 3000);
    assert.ok(text.length < 4000, `${text.length} characters`);
  });

  /** Sends raw bytes and returns what comes back. */
  const raw = (text: string) =>
    new Promise<string>((resolve, reject) => {
      const { port } = new URL(server.baseUrl);
      const socket = connect(Number(port), '127.0.0.1', () => socket.end(text));
      let out = '';
      socket.on('data', (d) => (out += d));
      socket.on('end', () => resolve(out));
      socket.on('error', reject);
    });

  test("Node's own 400 and 431 answers are problems too", async () => {
    const bad = await raw('NONSENSE\r\n\r\n');
    assert.match(bad, /^HTTP\/1\.1 400 /);
    assert.match(bad, /Content-Type: application\/problem\+json/i);
    assert.match(bad, /"status":400/);
    const huge = await raw(
      `GET /v1/taxonomy HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    assert.match(huge, /^HTTP\/1\.1 431 /);
    assert.match(huge, /Content-Type: application\/problem\+json/i);
    assert.match(huge, /header-too-large/);
  });
});

describe('methods', () => {
  test('DELETE /v1/registrations is 405 with Allow', async () => {
    const res = await fetch(`${server.baseUrl}/v1/registrations`, { method: 'DELETE' });
    assert.equal(res.status, 405);
    assert.equal(res.headers.get('allow'), 'OPTIONS, POST');
    assert.equal((await problemOf(res)).type, 'https://idokit.nl/problems/method-not-allowed');
    const put = await fetch(`${server.baseUrl}/v1/feed.json`, { method: 'PUT' });
    assert.equal(put.status, 405);
    assert.equal(put.headers.get('allow'), 'GET, HEAD, OPTIONS');
    await put.body?.cancel();
  });
});

describe('rate limits', () => {
  test('enrolment counts only failed attempts: a library can enrol many devices at once', async () => {
    const limited = await server.startApp({
      rateLimits: { enrolment: { capacity: 3, perMs: 3_600_000 } },
    });
    try {
      for (let i = 0; i < 6; i++) await enrol(limited.baseUrl);
      const attempt = () =>
        fetch(`${limited.baseUrl}/v1/enrolments`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ code: 'AAAA-AAAA' }),
        });
      const statuses: number[] = [];
      let detail = '';
      for (let i = 0; i < 4; i++) {
        const res = await attempt();
        statuses.push(res.status);
        if (res.status === 429) detail = (await problemOf(res)).detail ?? '';
        else await res.body?.cancel();
      }
      assert.deepEqual(statuses, [401, 401, 401, 429]);
      // 3 per hour: the next one in 20 minutes, said in plain words.
      assert.match(detail, /try again in 1200 seconds$/);
    } finally {
      await limited.close();
    }
  });

  test('300 concurrent wrong enrolment codes: no more than the limit reach the code check', async () => {
    const limited = await server.startApp({
      rateLimits: { enrolment: { capacity: 10, perMs: 3_600_000 } },
    });
    try {
      const statuses = await Promise.all(
        Array.from({ length: 300 }, async () => {
          const res = await fetch(`${limited.baseUrl}/v1/enrolments`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ code: 'AAAA-AAAA' }),
          });
          await res.body?.cancel();
          return res.status;
        }),
      );
      const checked = statuses.filter((s) => s === 401).length;
      const limitedCount = statuses.filter((s) => s === 429).length;
      // A database that is busy may refuse some at once (503): those were not checked either.
      const other = statuses.filter((s) => s !== 401 && s !== 429 && s !== 503);
      assert.deepEqual(other, []);
      assert.ok(checked <= 10, `${checked} wrong codes were checked past a limit of 10`);
      assert.ok(limitedCount >= 290 - statuses.filter((s) => s === 503).length);
    } finally {
      await limited.close();
    }
  });

  test('"1 second", not "1 seconds"', async () => {
    const limited = await server.startApp({
      rateLimits: { registration: { capacity: 1, perMs: 1_000 } },
    });
    try {
      assert.equal((await postRegistration(registration(), limited.baseUrl)).status, 201);
      const res = await postRegistration(registration(), limited.baseUrl);
      assert.equal(res.status, 429);
      assert.equal(res.headers.get('retry-after'), '1');
      assert.match((await problemOf(res)).detail ?? '', /try again in 1 second$/);
    } finally {
      await limited.close();
    }
  });
});

describe('security headers', () => {
  test('HTML pages carry a CSP that allows only what they need; every answer carries nosniff', async () => {
    const demoDir = fileURLToPath(new URL('../../demo/public/', import.meta.url));
    const site = await server.startApp({ staticDir: demoDir });
    try {
      const page = await fetch(`${site.baseUrl}/`);
      assert.equal(page.status, 200);
      const csp = page.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'self'/);
      assert.match(csp, /script-src 'self'(;|$)/, 'no inline script');
      assert.match(csp, /img-src 'self' https:\/\/service\.pdok\.nl(;|$)/, 'PDOK tiles');
      assert.match(csp, /frame-ancestors 'self'/);
      assert.ok(!csp.includes('unsafe'), csp);
      assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
      const html = await page.text();
      assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>/i.test(html), 'no inline script in the demo page');
      assert.ok(!/<style|\sstyle=|\son[a-z]+=/i.test(html), 'no inline style or handler');
      // Nothing the policy would block: no data: URLs (such as an empty favicon).
      assert.ok(!/(src|href)="data:/i.test(html), 'no data: URL');

      const docs = await fetch(`${site.baseUrl}/docs`);
      const docsCsp = docs.headers.get('content-security-policy') ?? '';
      assert.ok(!docsCsp.includes('unsafe-inline'), docsCsp);
      assert.match(docsCsp, /frame-ancestors 'none'/);
      const style = /<style>([\s\S]*?)<\/style>/.exec(await docs.text())![1]!;
      const hash = createHash('sha256').update(style).digest('base64');
      assert.ok(docsCsp.includes(`'sha256-${hash}'`), 'the inline style is allowed by its hash');
      assert.equal(docs.headers.get('x-content-type-options'), 'nosniff');

      for (const path of ['/v1/taxonomy', '/v1/locations?near=91,0', '/v1/nothing']) {
        const res = await fetch(`${site.baseUrl}${path}`);
        assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
        assert.equal(res.headers.get('content-security-policy'), null, path);
        await res.body?.cancel();
      }
    } finally {
      await site.close();
    }
  });
});
