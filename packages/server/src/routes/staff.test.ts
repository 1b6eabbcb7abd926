import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { createIdoClient, IdoHttpError, MAX_NOISE, type IdoClient } from '@idokit/sdk';
import {
  createEnrolmentCode,
  createReportCode,
  createReportToken,
  listDevices,
  revokeDevice,
} from '../auth/devices.js';
import { countRegistrations } from '../data/registrations.js';
import { startTestServer, type TestServer } from '../testing/harness.js';
import { LOCATION, sampleRegistration as registration } from '../testing/registration.js';

const OTHER_LOCATION = 'ido-zwolle-centrum';
const ORIGIN = 'https://bibliotheek.example';

/** A published count: a number within the cell-key method's bound of the true count. */
function near(shown: unknown, exact: number): void {
  assert.equal(typeof shown, 'number', `${String(shown)} for ${exact}`);
  const n = shown as number;
  assert.ok(
    n >= 0 && Math.abs(n - exact) <= MAX_NOISE && (exact > 0 || n === 0),
    `${n} for ${exact}`,
  );
}
// A number that passes the 11-test, as a real BSN would.
const BSN = '111222333';

let server: TestServer;

before(async () => {
  server = await startTestServer({ allowedOrigins: [ORIGIN] });
});
after(() => server.close());

/** Enrols a device for a location through the SDK, returning a client that carries its token. */
async function enrolledClient(locationId = LOCATION, label = 'Balie 1') {
  const { code } = await createEnrolmentCode(server.db, locationId, {
    at: new Date(),
    ttlMs: 3_600_000,
  });
  const enrolment = await createIdoClient({ baseUrl: server.baseUrl, retry: 0 }).enrol(code, {
    deviceLabel: label,
  });
  const client = createIdoClient({ baseUrl: server.baseUrl, token: enrolment.token, retry: 0 });
  return { client, enrolment };
}

/** Enrols with a code already made. */
async function enrolledClientWithCode(code: string, label?: string) {
  const enrolment = await createIdoClient({ baseUrl: server.baseUrl, retry: 0 }).enrol(
    code,
    label === undefined ? {} : { deviceLabel: label },
  );
  return { enrolment };
}

async function rejection(promise: Promise<unknown>): Promise<IdoHttpError> {
  const error = await promise.then(
    () => assert.fail('expected the call to fail'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof IdoHttpError, `expected IdoHttpError, got ${String(error)}`);
  return error;
}

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('enrolment', () => {
  test('a one-time code becomes a device token scoped to its location', async () => {
    const { enrolment } = await enrolledClient();
    assert.equal(enrolment.locationId, LOCATION);
    assert.ok(enrolment.token.length >= 32);
    assert.match(enrolment.deviceId, /^dev_/);
  });

  test('a code works once; unknown and expired codes are refused alike', async () => {
    const { code } = await createEnrolmentCode(server.db, LOCATION, {
      at: new Date(),
      ttlMs: 60_000,
    });
    const client = createIdoClient({ baseUrl: server.baseUrl, retry: 0 });
    await client.enrol(code.toLowerCase().replace('-', '')); // typed loosely still works
    const used = await rejection(client.enrol(code));
    assert.equal(used.status, 401);
    assert.equal(used.problem?.type, 'https://idokit.nl/problems/unauthorized');
    const unknown = await rejection(client.enrol('ZZZZ-ZZZZ'));
    assert.equal(unknown.status, 401);
    const expired = await createEnrolmentCode(server.db, LOCATION, {
      at: new Date(Date.now() - 7_200_000),
      ttlMs: 3_600_000,
    });
    assert.equal((await rejection(client.enrol(expired.code))).status, 401);
  });

  test('the label is stored, answered and listed; without one the server names the desk', async () => {
    const { enrolment } = await enrolledClient(LOCATION, '  Balie 7 ');
    assert.equal(enrolment.deviceLabel, 'Balie 7');
    const listed = (await listDevices(server.db, LOCATION)).find(
      (d) => d.id === enrolment.deviceId,
    );
    assert.equal(listed?.label, 'Balie 7');

    const { rows } = await server.db.query<{ name: string }>(
      'SELECT name FROM locations WHERE id = $1',
      [OTHER_LOCATION],
    );
    const name = rows[0]!.name;
    const had = (await listDevices(server.db, OTHER_LOCATION)).length;
    const first = await enrolledClient(OTHER_LOCATION, '');
    assert.equal(first.enrolment.deviceLabel, `${name} ${had + 1}`);
    const { code } = await createEnrolmentCode(server.db, OTHER_LOCATION, {
      at: new Date(),
      ttlMs: 60_000,
    });
    const second = await createIdoClient({ baseUrl: server.baseUrl, retry: 0 }).enrol(code);
    assert.equal(second.deviceLabel, `${name} ${had + 2}`);
    const labels = (await listDevices(server.db, OTHER_LOCATION)).map((d) => d.label);
    assert.ok(labels.includes(`${name} ${had + 1}`) && labels.includes(`${name} ${had + 2}`));
  });

  test('a label over 40 characters is a validation problem; personal data in it is a 422', async () => {
    const { code } = await createEnrolmentCode(server.db, LOCATION, {
      at: new Date(),
      ttlMs: 60_000,
    });
    const long = await post('/v1/enrolments', { code, deviceLabel: 'B'.repeat(41) });
    assert.equal(long.status, 400);
    const problem = (await long.json()) as { type: string; errors: { path: string }[] };
    assert.equal(problem.type, 'https://idokit.nl/problems/validation');
    assert.deepEqual(
      problem.errors.map((e) => e.path),
      ['deviceLabel'],
    );
    const personal = await post('/v1/enrolments', { code, deviceLabel: `Balie ${BSN}` });
    assert.equal(personal.status, 422);
    const refused = (await personal.json()) as { type: string; field: string; detail: string };
    assert.equal(refused.type, 'https://idokit.nl/problems/personal-data');
    assert.equal(refused.field, 'device label');
    assert.doesNotMatch(refused.detail, new RegExp(BSN));
    // Neither spent the code.
    const { enrolment } = await enrolledClientWithCode(code, 'Balie 2');
    assert.equal(enrolment.deviceLabel, 'Balie 2');
  });

  test('a malformed code is a validation problem naming the field', async () => {
    const res = await post('/v1/enrolments', { code: '<script>' });
    assert.equal(res.status, 400);
    assert.equal(res.headers.get('content-type'), 'application/problem+json');
    const problem = (await res.json()) as { type: string; errors: { path: string }[] };
    assert.equal(problem.type, 'https://idokit.nl/problems/validation');
    assert.deepEqual(
      problem.errors.map((e) => e.path),
      ['code'],
    );
  });
});

describe('registrations', () => {
  test('401 without a token, with an unknown token, and with a malformed header', async () => {
    const reg = registration();
    const none = await post('/v1/registrations', reg);
    assert.equal(none.status, 401);
    assert.equal(
      ((await none.json()) as { type: string }).type,
      'https://idokit.nl/problems/unauthorized',
    );
    assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer/);
    const client = createIdoClient({
      baseUrl: server.baseUrl,
      token: 'idokit_not-a-real-token-at-all-000000',
      retry: 0,
    });
    assert.equal((await rejection(client.submitRegistration(reg))).status, 401);
    const basic = await post('/v1/registrations', reg, { Authorization: 'Basic dXNlcjpwYXNz' });
    assert.equal(basic.status, 401);
    assert.equal(await countRegistrations(server.db, LOCATION).then((n) => n >= 0), true);
    const { rows } = await server.db.query('SELECT 1 FROM registrations WHERE id = $1', [reg.id]);
    assert.equal(rows.length, 0);
  });

  test('a revoked token is refused with token-revoked', async () => {
    const { client, enrolment } = await enrolledClient();
    await client.submitRegistration(registration());
    assert.equal(await revokeDevice(server.db, enrolment.deviceId, new Date()), true);
    const error = await rejection(client.submitRegistration(registration()));
    assert.equal(error.status, 401);
    assert.equal(error.problem?.type, 'https://idokit.nl/problems/token-revoked');
  });

  test('a device revokes its own token: 204, then every call with it is 401 token-revoked', async () => {
    const { client, enrolment } = await enrolledClient(LOCATION, 'Balie vergeten');
    const other = await enrolledClient(LOCATION, 'Balie blijft');
    await client.submitRegistration(registration());
    const res = await fetch(`${server.baseUrl}/v1/devices/self/revoke`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${enrolment.token}`, Origin: ORIGIN },
    });
    assert.equal(res.status, 204);
    assert.equal(await res.text(), '');
    const devices = await listDevices(server.db, LOCATION);
    assert.ok(devices.find((d) => d.id === enrolment.deviceId)?.revokedAt);
    assert.equal(devices.find((d) => d.id === other.enrolment.deviceId)?.revokedAt, null);
    const error = await rejection(client.submitRegistration(registration()));
    assert.equal(error.status, 401);
    assert.equal(error.problem?.type, 'https://idokit.nl/problems/token-revoked');
    // Again (the answer to the first was lost): nothing changes, the token is refused.
    const again = await rejection(client.revokeDevice());
    assert.equal(again.status, 401);
    assert.equal(again.problem?.type, 'https://idokit.nl/problems/token-revoked');
    const unknown = createIdoClient({
      baseUrl: server.baseUrl,
      token: 'idokit_not-a-real-token-at-all-000000',
      retry: 0,
    });
    assert.equal(
      (await rejection(unknown.revokeDevice())).problem?.type,
      'https://idokit.nl/problems/unauthorized',
    );
    // The other desk still registers.
    await other.client.submitRegistration(registration());
  });

  test('the self-revocation is in the OpenAPI document with the bearer scheme and a 204', () => {
    const op = (
      server.ido.openapi.paths as Record<
        string,
        Record<string, { security?: unknown; responses: Record<string, unknown> }>
      >
    )['/v1/devices/self/revoke']?.post;
    assert.ok(op);
    assert.deepEqual(op.security, [{ deviceToken: [] }]);
    assert.deepEqual(Object.keys(op.responses).sort(), ['204', '401', '500']);
  });

  test('a device shows the day it was last used (a date, no trail), and a revoked one is not marked', async () => {
    const { client, enrolment } = await enrolledClient(LOCATION, 'Balie laatst gebruikt');
    const lastUsed = async () =>
      (await listDevices(server.db, LOCATION)).find((d) => d.id === enrolment.deviceId)!.lastUsedOn;
    await server.db.query('UPDATE devices SET last_used_on = NULL WHERE id = $1', [
      enrolment.deviceId,
    ]);
    await client.submitRegistration(registration());
    const today = new Date().toISOString().slice(0, 10);
    assert.equal(await lastUsed(), today);
    await server.db.query(`UPDATE devices SET last_used_on = '2026-01-05' WHERE id = $1`, [
      enrolment.deviceId,
    ]);
    await revokeDevice(server.db, enrolment.deviceId, new Date());
    const error = await rejection(client.submitRegistration(registration()));
    assert.equal(error.problem?.type, 'https://idokit.nl/problems/token-revoked');
    assert.equal(await lastUsed(), '2026-01-05');
  });

  test('a replay is stored once and answers 200 with the same receipt', async () => {
    const { client } = await enrolledClient();
    const reg = registration({
      questions: [
        { type: 'library', help: 'informed' },
        { type: 'other', help: 'explained' },
      ],
    });
    const first = await client.submitRegistration(reg);
    assert.equal(first.replayed, false);
    const again = await client.submitRegistration(reg);
    assert.deepEqual(again, { ...first, replayed: true });
    const raw = await post('/v1/registrations', reg, {
      Authorization: `Bearer ${await enrolledClientToken()}`,
    });
    assert.equal(raw.status, 200);
    const rows = await server.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM registration_questions WHERE registration_id = $1',
      [reg.id],
    );
    assert.equal(Number(rows.rows[0]!.n), 2);
    const regs = await server.db.query('SELECT 1 FROM registrations WHERE id = $1', [reg.id]);
    assert.equal(regs.rows.length, 1);
  });

  test('the same id with a different body is a 409 conflict and changes nothing', async () => {
    const { client } = await enrolledClient();
    const reg = registration();
    await client.submitRegistration(reg);
    const error = await rejection(client.submitRegistration({ ...reg, hour: 15 }));
    assert.equal(error.status, 409);
    assert.equal(error.problem?.type, 'https://idokit.nl/problems/conflict');
    const { rows } = await server.db.query<{ hour: number }>(
      'SELECT hour FROM registrations WHERE id = $1',
      [reg.id],
    );
    assert.equal(Number(rows[0]!.hour), 10);
  });

  test('a BSN in the note is refused with 422 naming the kind; nothing is stored or logged', async () => {
    const token = await enrolledClientToken();
    const note = `Meneer gaf zijn BSN ${BSN} voor de toeslag`;
    const reg = registration({ note });
    const logsBefore = server.logs.length;
    const res = await post('/v1/registrations', reg, { Authorization: `Bearer ${token}` });
    assert.equal(res.status, 422);
    const text = await res.text();
    const problem = JSON.parse(text) as { type: string; kinds: string[]; detail: string };
    assert.equal(problem.type, 'https://idokit.nl/problems/personal-data');
    assert.deepEqual(problem.kinds, ['bsn']);
    assert.match(problem.detail, /BSN/);
    assert.ok(!text.includes(BSN) && !text.includes('Meneer'), 'the note is never echoed');
    const { rows } = await server.db.query('SELECT 1 FROM registrations WHERE id = $1', [reg.id]);
    assert.equal(rows.length, 0, 'nothing stored');
    const logged = server.logs.slice(logsBefore).join('\n');
    assert.ok(logged.includes('"status":422'), 'the request itself is logged');
    assert.ok(!logged.includes(BSN) && !logged.includes('Meneer') && !logged.includes(token));
    // Through the SDK the same answer arrives as a typed error.
    const { client } = await enrolledClient();
    const error = await rejection(client.submitRegistration(registration({ note })));
    assert.equal(error.status, 422);
    assert.deepEqual(error.problem?.kinds, ['bsn']);
  });

  test('a BSN written one digit at a time is refused as well (422, kind bsn)', async () => {
    const token = await enrolledClientToken();
    for (const note of ['klant 1 2 3 4 5 6 7 8 2', 'klant 1.1.1.2.2.2.3.3.3 huurtoeslag']) {
      const reg = registration({ note });
      const res = await post('/v1/registrations', reg, { Authorization: `Bearer ${token}` });
      assert.equal(res.status, 422, note);
      const problem = (await res.json()) as { kinds: string[] };
      assert.deepEqual(problem.kinds, ['bsn']);
      const { rows } = await server.db.query('SELECT 1 FROM registrations WHERE id = $1', [reg.id]);
      assert.equal(rows.length, 0, 'nothing stored');
    }
  });

  test('a note with a likely name is stored, not refused: a name is only a warning in the form', async () => {
    const { client } = await enrolledClient();
    const reg = registration({ note: 'mevrouw Fatima El Amrani wilde huurtoeslag' });
    assert.equal((await client.submitRegistration(reg)).replayed, false);
    const { rows } = await server.db.query('SELECT 1 FROM registrations WHERE id = $1', [reg.id]);
    assert.equal(rows.length, 1);
  });

  test('no answer of the API gives a note back: not the receipt, the statistics or the CSV', async () => {
    const { client, enrolment } = await enrolledClient();
    const note = 'Uitleg Berichtenbox, zie notitie-kenmerk QX7';
    const reg = registration({ note });
    const receipt = await client.submitRegistration(reg);
    assert.ok(!JSON.stringify(receipt).includes('QX7'));
    const headers = { Authorization: `Bearer ${enrolment.token}` };
    for (const path of [
      '/v1/registrations/stats?period=2026-11',
      '/v1/registrations/stats?period=2026',
      '/v1/registrations.csv?period=2026-11',
      '/v1/registrations.csv?period=2026-Q4',
    ]) {
      const res = await fetch(`${server.baseUrl}${path}`, { headers });
      assert.equal(res.status, 200, path);
      assert.ok(!(await res.text()).includes('QX7'), `${path} holds no note`);
    }
    const replay = await post('/v1/registrations', reg, headers);
    assert.ok(!(await replay.text()).includes('QX7'), 'nor the answer to a replay');
  });

  test('a harmless note is stored', async () => {
    const { client } = await enrolledClient();
    const reg = registration({ note: 'Uitleg over de Berichtenbox gegeven' });
    assert.equal((await client.submitRegistration(reg)).replayed, false);
  });

  test('a registration for another location than the device is forbidden', async () => {
    const { client } = await enrolledClient();
    const error = await rejection(
      client.submitRegistration(registration({ locationId: OTHER_LOCATION })),
    );
    assert.equal(error.status, 403);
    assert.equal(error.problem?.type, 'https://idokit.nl/problems/forbidden');
  });

  test('invalid bodies name the field; unknown categories are refused', async () => {
    const token = await enrolledClientToken();
    const auth = { Authorization: `Bearer ${token}` };
    const bad = await post(
      '/v1/registrations',
      { ...registration(), hour: 25, channel: 'per fax' },
      auth,
    );
    assert.equal(bad.status, 400);
    const problem = (await bad.json()) as { errors: { path: string }[] };
    assert.deepEqual(problem.errors.map((e) => e.path).sort(), ['channel', 'hour']);
    const unknown = await post(
      '/v1/registrations',
      registration({
        channel: 'fax',
        questions: [{ type: 'government', themes: ['ruimtevaart'], help: 'informed' }],
      }),
      auth,
    );
    assert.equal(unknown.status, 400);
    assert.deepEqual(
      ((await unknown.json()) as { errors: { path: string }[] }).errors.map((e) => e.path),
      ['channel', 'questions.0.themes.0'],
    );
    const notJson = await post('/v1/registrations', '{"id":', auth);
    assert.equal(notJson.status, 400);
    const key = await post('/v1/registrations', registration(), {
      ...auth,
      'Idempotency-Key': randomUUID(),
    });
    assert.equal(key.status, 400);
    assert.equal(
      ((await key.json()) as { errors: { path: string }[] }).errors[0]!.path,
      'Idempotency-Key',
    );
  });

  test('text the database cannot hold is a 400 naming the field, not a 500', async () => {
    const token = await enrolledClientToken();
    const auth = { Authorization: `Bearer ${token}` };
    for (const note of ['a\u0000b', '\u00e9\udc57', 'bel\u0007']) {
      const reg = registration({ note });
      // JSON.stringify writes a lone surrogate as "\udc57", as a careless client would send it.
      const res = await post('/v1/registrations', reg, auth);
      assert.equal(res.status, 400, JSON.stringify(note));
      const problem = (await res.json()) as { errors: { path: string; message: string }[] };
      assert.deepEqual(
        problem.errors.map((e) => e.path),
        ['note'],
      );
      const { rows } = await server.db.query('SELECT 1 FROM registrations WHERE id = $1', [reg.id]);
      assert.equal(rows.length, 0);
    }
    const month = await fetch(`${server.baseUrl}/v1/registrations.csv?month=0000-01`, {
      headers: auth,
    });
    assert.equal(month.status, 400);
    assert.match(JSON.stringify(await month.json()), /2000-01 through 2100-12/);
    const stats = await fetch(
      `${server.baseUrl}/v1/registrations/stats?from=0000-01-01&to=2026-01-31`,
      { headers: auth },
    );
    assert.equal(stats.status, 400);
  });

  test('an oversized body is refused with 413 before it is read', async () => {
    const token = await enrolledClientToken();
    const huge = JSON.stringify({ ...registration(), padding: 'x'.repeat(64 * 1024) });
    const res = await post('/v1/registrations', huge, { Authorization: `Bearer ${token}` });
    assert.equal(res.status, 413);
    assert.equal(
      ((await res.json()) as { type: string }).type,
      'https://idokit.nl/problems/payload-too-large',
    );
  });

  test('an id sent in upper case and replayed in lower case is one registration (200 replay)', async () => {
    const token = await enrolledClientToken();
    const auth = { Authorization: `Bearer ${token}` };
    const reg = registration();
    const first = await post('/v1/registrations', { ...reg, id: reg.id.toUpperCase() }, auth);
    assert.equal(first.status, 201);
    const receipt = (await first.json()) as { id: string };
    assert.equal(receipt.id, reg.id);
    const again = await post('/v1/registrations', reg, {
      ...auth,
      'Idempotency-Key': reg.id.toUpperCase(),
    });
    assert.equal(again.status, 200);
    assert.equal(((await again.json()) as { replayed: boolean }).replayed, true);
    assert.equal(await countRegistrationsWithId(reg.id), 1);
  });

  test('supersedes must name an earlier registration of the same location', async () => {
    const token = await enrolledClientToken();
    const auth = { Authorization: `Bearer ${token}` };
    const { client: elsewhere } = await enrolledClient(OTHER_LOCATION);
    const foreign = registration({ locationId: OTHER_LOCATION });
    await elsewhere.submitRegistration(foreign);
    const self = registration();
    const cases = [
      { ...self, supersedes: self.id },
      registration({ supersedes: randomUUID() }),
      registration({ supersedes: foreign.id }),
    ];
    for (const body of cases) {
      const res = await post('/v1/registrations', body, auth);
      assert.equal(res.status, 422);
      const problem = (await res.json()) as { type: string; errors: { path: string }[] };
      assert.equal(problem.type, 'https://idokit.nl/problems/validation');
      assert.deepEqual(
        problem.errors.map((e) => e.path),
        ['supersedes'],
      );
      assert.equal(await countRegistrationsWithId(body.id), 0, 'nothing stored');
    }
    const original = registration();
    assert.equal((await post('/v1/registrations', original, auth)).status, 201);
    const correction = registration({ supersedes: original.id, hour: 11 });
    assert.equal((await post('/v1/registrations', correction, auth)).status, 201);
  });

  test('a burst of registrations gets 429 with Retry-After', async () => {
    const limited = await server.startApp({
      rateLimits: {
        registration: { capacity: 3, perMs: 60_000 },
        enrolment: { capacity: 2, perMs: 3_600_000 },
      },
    });
    try {
      const token = await enrolledClientToken();
      // Requests without a valid token are refused before they count against anyone.
      for (let i = 0; i < 4; i++) {
        const res = await fetch(`${limited.baseUrl}/v1/registrations`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: 'Bearer idokit_nope' },
          body: JSON.stringify(registration()),
        });
        assert.equal(res.status, 401);
        await res.body?.cancel();
      }
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 5; i++) {
        const res = await fetch(`${limited.baseUrl}/v1/registrations`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(registration()),
        });
        statuses.push(res.status);
        if (res.status === 429) retryAfter = res.headers.get('retry-after');
        await res.body?.cancel();
      }
      assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
      assert.ok(Number(retryAfter) >= 1, `Retry-After ${retryAfter}`);
      // The SDK sees the same as a typed error with the wait.
      const client = createIdoClient({ baseUrl: limited.baseUrl, token, retry: 0 });
      const error = await rejection(client.submitRegistration(registration()));
      assert.equal(error.status, 429);
      assert.ok((error.retryAfter ?? 0) >= 1);
      // The limit is per device: another device behind the same address is not held up.
      const colleague = createIdoClient({
        baseUrl: limited.baseUrl,
        token: await enrolledClientToken(),
        retry: 0,
      });
      assert.equal((await colleague.submitRegistration(registration())).replayed, false);
      // Enrolment has its own, stricter bucket.
      const enrol = createIdoClient({ baseUrl: limited.baseUrl, retry: 0 });
      const codes: number[] = [];
      for (let i = 0; i < 3; i++)
        codes.push(
          await enrol.enrol('AAAA-AAAA').then(
            () => 201,
            (e: IdoHttpError) => e.status,
          ),
        );
      assert.deepEqual(codes, [401, 401, 429]);
    } finally {
      await limited.close();
      // On PostgreSQL the buckets live in the database and every app over it shares them (as
      // replicas must): empty them, so the next tests' enrolments are not refused.
      await server.db.query('DELETE FROM rate_limit_buckets');
    }
  });
});

describe('statistics', () => {
  let client: IdoClient;
  const location = 'ido-amsterdam-noord';

  before(async () => {
    ({ client } = await enrolledClient(location));
    const base = { locationId: location, date: '2026-10-05' };
    for (let i = 0; i < 6; i++)
      await client.submitRegistration(registration({ ...base, channel: 'desk' }));
    for (let i = 0; i < 2; i++)
      await client.submitRegistration(
        registration({
          ...base,
          channel: 'phone',
          questions: [{ type: 'library', help: 'informed' }],
        }),
      );
    // A registration in another month, and one corrected by a later one.
    await client.submitRegistration(registration({ ...base, date: '2026-09-30' }));
    const wrong = registration({ ...base, date: '2026-10-20', channel: 'email' });
    await client.submitRegistration(wrong);
    await client.submitRegistration(
      registration({ ...base, date: '2026-10-20', channel: 'desk', supersedes: wrong.id }),
    );
  });

  test('counts for the token’s location, for a fixed period, perturbed by the cell-key method', async () => {
    const year = await client.getRegistrationStats({ period: '2026' });
    assert.deepEqual(year.scope, {
      kind: 'location',
      name: 'IDO Voorbeeldbibliotheek Amsterdam Noord',
    });
    assert.equal(year.locationId, location);
    assert.deepEqual(year.protection, { method: 'cell-key', maxNoise: 2 });
    assert.equal('suppressBelow' in year, false);
    near(year.visits, 10); // 1 in September, 8 + the correction in October
    assert.equal(year.periods.length, 12);
    const [september, october_, november] = year.periods.slice(8, 11);
    assert.deepEqual(
      [september!.period, october_!.period, november!.period],
      ['2026-09', '2026-10', '2026-11'],
    );
    // September's one visit is shown, perturbed (0 to 3), never hidden; November had none.
    near(september!.visits, 1);
    near(october_!.visits, 9);
    assert.equal(november!.visits, 0);
    // The same records give the same number, whichever period asks for them.
    const october = await client.getRegistrationStats({ period: '2026-10' });
    assert.equal(october.kind, 'month');
    assert.deepEqual([october.from, october.to], ['2026-10-01', '2026-10-31']);
    assert.equal(october.visits, october_!.visits);
    assert.deepEqual(october.periods, []);
    // October has settled: its breakdowns are given, each a number near its count (7 desk, 2
    // phone; a small one may be published as 0 and then left out).
    assert.equal(october.settled, true);
    const channels = new Map(october.breakdown.channel.map((c) => [c.key, c.count]));
    near(channels.get('desk'), 7);
    near(channels.get('phone') ?? 0, 2);
    assert.ok([...channels.keys()].every((k) => k === 'desk' || k === 'phone'));
    assert.ok(
      october.breakdown.questionType.every((c) => ['government', 'library'].includes(c.key)),
    );
    // The year has not ended: only its totals, and no breakdown yet.
    assert.equal(year.settled, false);
    assert.equal(year.settledOn, '2027-01-15');
    assert.deepEqual(year.breakdown.channel, []);
    const quarter = await client.getRegistrationStats({ period: '2026-Q4' });
    assert.deepEqual(
      quarter.periods.map((p) => [p.period, p.settled]),
      [
        ['2026-10', true],
        ['2026-11', false],
        ['2026-12', false],
      ],
    );
    assert.deepEqual(quarter.periods[0]!.breakdown.channel, october.breakdown.channel);
    assert.deepEqual(quarter.byLocation, []);
    const week = await client.getRegistrationStats({ period: '2026-W41' });
    assert.deepEqual([week.from, week.to], ['2026-10-05', '2026-10-11']);
    near(week.visits, 8);
  });

  test('another location’s device sees none of these, and may not ask for them', async () => {
    const { client: other } = await enrolledClient(OTHER_LOCATION);
    const stats = await other.getRegistrationStats({ period: '2026-10' });
    assert.equal(stats.visits, 0);
    const error = await rejection(other.getRegistrationStats({ period: '2026-10', location }));
    assert.equal(error.status, 403);
  });

  test('fixed periods only: a free date range or a day is refused, naming the parameter', async () => {
    const token = await enrolledClientToken(location);
    const get = (query: string) =>
      fetch(`${server.baseUrl}/v1/registrations/stats?${query}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
    const range = await get('from=2026-10-01&to=2026-10-31&period=2026-10');
    assert.equal(range.status, 400);
    const problem = (await range.json()) as { errors: { path: string; message: string }[] };
    assert.deepEqual(
      problem.errors.map((e) => e.path),
      ['from', 'to'],
    );
    assert.match(problem.errors[0]!.message, /fixed periods only/);
    for (const bad of [
      'period=2026-10-05',
      'period=2026-W54',
      'period=2026-Q5',
      'period=month',
      '',
    ])
      assert.equal((await get(bad)).status, 400, bad);
    const csv = await fetch(`${server.baseUrl}/v1/registrations.csv?from=2026-10-01`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    assert.equal(csv.status, 400);
  });

  test('the CSV export lists every national category for the period, with the published (perturbed) counts', async () => {
    const token = await enrolledClientToken(location);
    const stats = await client.getRegistrationStats({ period: '2026-10' });
    const published = (dimension: 'channel', key: string) =>
      stats.breakdown[dimension].find((c) => c.key === key)?.count ?? 0;
    const res = await fetch(
      `${server.baseUrl}/v1/registrations.csv?period=2026-10&separator=comma&lang=en`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(
      res.headers.get('content-disposition') ?? '',
      /"ido-amsterdam-noord-2026-10\.csv"/,
    );
    const text = await res.text();
    const lines = text.trim().split('\r\n');
    assert.equal(lines[0], 'period,location,location_name,dimension,category,label,count');
    const at = `2026-10,${location},IDO Voorbeeldbibliotheek Amsterdam Noord`;
    assert.ok(lines.includes(`${at},visits,total,Number of visits,${stats.visits}`));
    for (const key of ['desk', 'phone'])
      assert.ok(
        lines.some(
          (l) =>
            l.startsWith(`${at},channel,${key},`) && l.endsWith(`,${published('channel', key)}`),
        ),
        key,
      );
    assert.ok(lines.some((l) => l.startsWith(`${at},channel,outreach,`) && l.endsWith(',0')));
    assert.ok(lines.some((l) => l.startsWith(`${at},theme,toeslagen,`)));
    // `month=` as before gives the same file.
    const old = await fetch(
      `${server.baseUrl}/v1/registrations.csv?month=2026-10&separator=comma&lang=en`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    assert.equal(await old.text(), text);
    // By default the file a Dutch office opens by double-click: a byte-order mark, `;`, Dutch.
    const dutch = await fetch(`${server.baseUrl}/v1/registrations.csv?period=2026-10`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const bytes = new Uint8Array(await dutch.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const nl = new TextDecoder().decode(bytes).split('\r\n');
    assert.equal(nl[0], 'periode;locatie;locatienaam;onderdeel;categorie;categorienaam;aantal');
    assert.ok(nl.some((l) => l.startsWith(`2026-10;${location};IDO Voorbeeldbibliotheek`)));
    assert.ok(
      nl.includes(
        `2026-10;${location};IDO Voorbeeldbibliotheek Amsterdam Noord;visits;total;Aantal bezoeken;${stats.visits}`,
      ),
    );
    for (const bad of ['separator=tab', 'lang=de'])
      assert.equal(
        (
          await fetch(`${server.baseUrl}/v1/registrations.csv?period=2026-10&${bad}`, {
            headers: { Authorization: `Bearer ${token}` },
          })
        ).status,
        400,
        bad,
      );
    const bad = await fetch(`${server.baseUrl}/v1/registrations.csv?month=2026-13`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    assert.equal(bad.status, 400);
    const anon = await fetch(`${server.baseUrl}/v1/registrations.csv?period=2026-10`);
    assert.equal(anon.status, 401);
  });
});

describe('read-only report tokens', () => {
  const UTRECHT = ['ido-utrecht-centrum', 'ido-utrecht-kanaleneiland'];
  const MONTH = '2026-06';
  let organisation: IdoClient;
  let organisationToken = '';
  let organisationDevice = '';

  before(async () => {
    // June 2026: 6 visits in Utrecht Centrum, 7 in Kanaleneiland; June 2025: 5 in Zwolle (a
    // year no other test registers in, so no small month elsewhere in the year hides it).
    for (const [loc, n, month] of [
      [UTRECHT[0]!, 6, MONTH],
      [UTRECHT[1]!, 7, MONTH],
      [OTHER_LOCATION, 5, '2025-06'],
    ] as const) {
      const { client: device } = await enrolledClient(loc);
      for (let i = 0; i < n; i++)
        await device.submitRegistration(registration({ locationId: loc, date: `${month}-10` }));
    }
    // An organisation's report code, enrolled like a device.
    const { code } = await createReportCode(
      server.db,
      { kind: 'organisation', name: 'voorbeeldbibliotheek utrecht' },
      { at: new Date(), ttlMs: 3_600_000 },
    );
    const enrolment = await createIdoClient({ baseUrl: server.baseUrl, retry: 0 }).enrol(code);
    assert.equal(enrolment.scope, 'organisation');
    assert.equal(enrolment.scopeName, 'voorbeeldbibliotheek utrecht');
    assert.equal(enrolment.locationId, undefined);
    organisationToken = enrolment.token;
    organisationDevice = enrolment.deviceId;
    organisation = createIdoClient({ baseUrl: server.baseUrl, token: organisationToken, retry: 0 });
  });

  test('an organisation token sees each of its locations and their total, nothing else', async () => {
    const stats = await organisation.getRegistrationStats({ period: MONTH });
    assert.deepEqual(stats.scope, { kind: 'organisation', name: 'Voorbeeldbibliotheek Utrecht' });
    assert.deepEqual(
      stats.locations.map((l) => l.id),
      UTRECHT,
    );
    assert.equal(stats.locationId, undefined);
    near(stats.visits, 13);
    assert.deepEqual(
      stats.byLocation.map((l) => l.locationId),
      UTRECHT,
    );
    near(stats.byLocation[0]!.visits, 6);
    near(stats.byLocation[1]!.visits, 7);
    const one = await organisation.getRegistrationStats({ period: MONTH, location: UTRECHT[1] });
    assert.equal(one.locationId, UTRECHT[1]);
    assert.equal(one.visits, stats.byLocation[1]!.visits);
    const outside = await rejection(
      organisation.getRegistrationStats({ period: MONTH, location: OTHER_LOCATION }),
    );
    assert.equal(outside.status, 403);
    const csv = await organisation.getRegistrationsCsv({ period: MONTH }, { separator: ',' });
    assert.ok(csv.startsWith('\uFEFFperiode,locatie,locatienaam,'), csv.slice(0, 40));
    const rows = csv.trim().split('\r\n');
    const [centrum, kanaleneiland] = stats.byLocation.map((l) => l.visits);
    assert.ok(
      rows.includes(
        `${MONTH},${UTRECHT[0]},IDO Voorbeeldbibliotheek Utrecht Centrum,visits,total,Aantal bezoeken,${centrum}`,
      ),
    );
    assert.ok(
      rows.some(
        (r) =>
          r.startsWith(`${MONTH},${UTRECHT[1]},`) &&
          r.endsWith(`,visits,total,Aantal bezoeken,${kanaleneiland}`),
      ),
    );
    assert.ok(
      rows.includes(
        `${MONTH},totaal,Voorbeeldbibliotheek Utrecht (totaal),visits,total,Aantal bezoeken,${stats.visits}`,
      ),
    );
    assert.ok(!rows.some((r) => r.includes(OTHER_LOCATION)));
  });

  test('a municipality token, made to be pasted, sees the desks of its municipality', async () => {
    const made = await createReportToken(
      server.db,
      { kind: 'municipality', name: 'Zwolle' },
      { at: new Date() },
    );
    const zwolle = createIdoClient({ baseUrl: server.baseUrl, token: made.token, retry: 0 });
    const stats = await zwolle.getRegistrationStats({ period: '2025-06' });
    assert.deepEqual(stats.scope, { kind: 'municipality', name: 'Zwolle' });
    assert.deepEqual(
      stats.locations.map((l) => l.id),
      ['ido-zwolle-centrum', 'ido-zwolle-stadshagen'],
    );
    near(stats.visits, 5);
    // Stadshagen had none: the total is Centrum's records, so the same number.
    assert.deepEqual(
      stats.byLocation.map((l) => l.visits),
      [stats.visits, 0],
    );
  });

  test('a report token gets 403 on every write the API has', async () => {
    const writes = Object.entries(
      server.ido.openapi.paths as Record<string, Record<string, { security?: unknown }>>,
    ).flatMap(([path, ops]) =>
      Object.entries(ops)
        // A token may revoke itself, report token or not: that writes nothing but its own end.
        // Coordinator routes (issue 21) take no device or report token at all (401).
        .filter(
          ([method, op]) =>
            method !== 'get' && JSON.stringify(op.security ?? []).includes('deviceToken'),
        )
        .filter(([, op]) => (op as { operationId?: string }).operationId !== 'revokeDevice')
        .map(([method]) => ({ path, method })),
    );
    assert.deepEqual(writes, [{ path: '/v1/registrations', method: 'post' }]);
    const before = await countRegistrations(server.db, UTRECHT[0]);
    for (const { path, method } of writes) {
      const res = await fetch(`${server.baseUrl}${path}`, {
        method: method.toUpperCase(),
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${organisationToken}`,
        },
        body: JSON.stringify(registration({ locationId: UTRECHT[0] })),
      });
      assert.equal(res.status, 403, path);
      const problem = (await res.json()) as { type: string; detail: string };
      assert.equal(problem.type, 'https://idokit.nl/problems/forbidden');
      assert.match(problem.detail, /read-only report token/);
    }
    const error = await rejection(
      organisation.submitRegistration(registration({ locationId: UTRECHT[0] })),
    );
    assert.equal(error.status, 403);
    assert.equal(await countRegistrations(server.db, UTRECHT[0]), before);
  });

  test('a revoked report token reads nothing', async () => {
    const { code } = await createReportCode(
      server.db,
      { kind: 'municipality', name: 'Utrecht' },
      { at: new Date(), ttlMs: 3_600_000 },
    );
    const enrolment = await createIdoClient({ baseUrl: server.baseUrl, retry: 0 }).enrol(code);
    const c = createIdoClient({ baseUrl: server.baseUrl, token: enrolment.token, retry: 0 });
    // The municipality's desks are the organisation's: the same records, the same number.
    const utrecht = (await c.getRegistrationStats({ period: MONTH })).visits;
    assert.equal(utrecht, (await organisation.getRegistrationStats({ period: MONTH })).visits);
    near(utrecht, 13);
    assert.ok(await revokeDevice(server.db, enrolment.deviceId, new Date()));
    const error = await rejection(c.getRegistrationStats({ period: MONTH }));
    assert.equal(error.status, 401);
    assert.equal(error.problem?.type, 'https://idokit.nl/problems/token-revoked');
    const csv = await fetch(`${server.baseUrl}/v1/registrations.csv?period=${MONTH}`, {
      headers: { Authorization: `Bearer ${enrolment.token}` },
    });
    assert.equal(csv.status, 401);
    // The organisation's token is untouched.
    assert.ok(organisationDevice.startsWith('rep_'));
    near((await organisation.getRegistrationStats({ period: MONTH })).visits, 13);
  });
});

describe('CORS on staff endpoints', () => {
  test('only configured origins may call them; public GETs are open to all', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.baseUrl}/v1/registrations`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization,content-type,idempotency-key',
        },
      });
    const allowed = await preflight(ORIGIN);
    assert.equal(allowed.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(allowed.headers.get('access-control-allow-headers') ?? '', /authorization/i);
    const other = await preflight('https://evil.example');
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const pub = await fetch(`${server.baseUrl}/v1/taxonomy`, {
      headers: { Origin: 'https://evil.example' },
    });
    assert.equal(pub.headers.get('access-control-allow-origin'), '*');
    assert.match(pub.headers.get('access-control-expose-headers') ?? '', /ETag/);
  });

  test('actual requests carry the same headers on their answer, errors included', async () => {
    const token = await enrolledClientToken();
    const stats = (origin: string) =>
      fetch(`${server.baseUrl}/v1/registrations/stats?period=2026-11`, {
        headers: { Origin: origin, Authorization: `Bearer ${token}` },
      });
    const allowed = await stats(ORIGIN);
    assert.equal(allowed.status, 200);
    assert.equal(allowed.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(allowed.headers.get('vary') ?? '', /Origin/);
    assert.match(allowed.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
    const other = await stats('https://evil.example');
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    assert.match(other.headers.get('vary') ?? '', /Origin/);
    // A problem answer can be read by the page that asked (it says what went wrong).
    const missing = await fetch(`${server.baseUrl}/v1/locations/no-such-location`, {
      headers: { Origin: 'https://bibliotheek.example' },
    });
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('access-control-allow-origin'), '*');
    const refused = await fetch(`${server.baseUrl}/v1/registrations/stats?period=2026-11`, {
      headers: { Origin: ORIGIN },
    });
    assert.equal(refused.status, 401);
    assert.equal(refused.headers.get('access-control-allow-origin'), ORIGIN);
  });
});

const countRegistrationsWithId = async (id: string) =>
  (await server.db.query('SELECT 1 FROM registrations WHERE id = $1', [id])).rows.length;

/** A fresh device token for a location (raw, for hand-made requests). */
async function enrolledClientToken(locationId = LOCATION): Promise<string> {
  return (await enrolledClient(locationId)).enrolment.token;
}
