import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createIdoClient, IdoHttpError } from '@idokit/sdk';
import { signedInCoordinator, UTRECHT, ZWOLLE } from '../../testing/coordinator.js';
import { startTestServer, type TestServer } from '../../testing/harness.js';
import { sampleRegistration } from '../../testing/registration.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

async function rejection(promise: Promise<unknown>): Promise<IdoHttpError> {
  const error = await promise.then(
    () => assert.fail('expected a refusal'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof IdoHttpError, String(error));
  return error;
}

/** A raw call with a coordinator key, for answers the SDK would turn into errors. */
async function call(token: string, path: string, body?: unknown) {
  const res = await fetch(`${server.baseUrl}/v1/coordinator/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function auditOf(organisation: string) {
  const { rows } = await server.db.query<{
    action: string;
    entity: string;
    entity_id: string;
    summary: string;
    before: unknown;
    after: unknown;
  }>(
    `SELECT action, entity, entity_id, summary, before, after FROM audit_log
     WHERE organisation = $1 ORDER BY id`,
    [organisation],
  );
  return rows;
}

describe('desks (issue 21)', () => {
  test('code → the desk enrols with the coordinator’s label → registers → revoked → refused at once', async () => {
    const { client } = await signedInCoordinator(server, UTRECHT, { label: 'Coördinator Centrum' });
    const deskCode = await client.createDeskCode({
      locationId: 'ido-utrecht-centrum',
      label: 'Balie 1',
    });
    assert.equal(deskCode.label, 'Balie 1');
    const expiresIn = Date.parse(deskCode.expiresAt) - Date.now();
    assert.ok(expiresIn > 23 * 3600_000 && expiresIn <= 24 * 3600_000, 'valid for 24 hours');

    // The desk, through the SDK as <ido-registration-form> does it, without naming itself.
    const enrolment = await createIdoClient({ baseUrl: server.baseUrl, retry: 0 }).enrol(
      deskCode.code,
    );
    assert.equal(enrolment.locationId, 'ido-utrecht-centrum');
    assert.equal(enrolment.deviceLabel, 'Balie 1');
    const desk = createIdoClient({ baseUrl: server.baseUrl, token: enrolment.token, retry: 0 });
    await desk.submitRegistration(sampleRegistration());

    const listed = (await client.desks()).find((d) => d.id === enrolment.deviceId);
    assert.ok(listed, 'the coordinator sees the new desk');
    assert.equal(listed.label, 'Balie 1');
    assert.equal(listed.locationId, 'ido-utrecht-centrum');
    assert.equal(listed.lastUsedOn, new Date().toISOString().slice(0, 10));
    assert.equal(listed.revokedAt, null);

    const revoked = await client.revokeDesk(enrolment.deviceId);
    assert.ok(revoked.revokedAt);
    // The server keeps running: the desk's very next registration is refused.
    const refused = await rejection(desk.submitRegistration(sampleRegistration()));
    assert.equal(refused.status, 401);
    assert.equal(refused.problem?.type, 'https://idokit.nl/problems/token-revoked');
    assert.match(String(refused.problem?.detail), /^This device token has been revoked/);
    assert.ok((await client.desks()).find((d) => d.id === enrolment.deviceId)?.revokedAt);

    // The audit log names the label and the location, never the code or a token.
    const audit = (await auditOf(UTRECHT)).filter((e) => e.entity === 'desk');
    const code = audit.find((e) => e.action === 'code' && e.summary.includes('Balie 1'));
    const revocation = audit.find(
      (e) => e.action === 'revoke' && e.entity_id === enrolment.deviceId,
    );
    assert.ok(code && revocation);
    assert.equal(revocation.summary, 'Balie 1 (ido-utrecht-centrum) ingetrokken');
    const logged = JSON.stringify(audit);
    assert.ok(!logged.includes(deskCode.code) && !logged.includes(deskCode.code.replace('-', '')));
    assert.ok(!logged.includes(enrolment.token));
  });

  test('a desk that names itself keeps its own name', async () => {
    const { client } = await signedInCoordinator(server, UTRECHT);
    const { code } = await client.createDeskCode({
      locationId: 'ido-utrecht-kanaleneiland',
      label: 'Balie 2',
    });
    const enrolment = await createIdoClient({ baseUrl: server.baseUrl, retry: 0 }).enrol(code, {
      deviceLabel: 'Spreekkamer',
    });
    assert.equal(enrolment.deviceLabel, 'Spreekkamer');
  });

  test('another organisation’s location and desk answer 403, an unknown desk 404', async () => {
    const utrecht = await signedInCoordinator(server, UTRECHT);
    const zwolle = await signedInCoordinator(server, ZWOLLE);
    const forLocation = await call(zwolle.session.token, 'desk-codes', {
      locationId: 'ido-utrecht-centrum',
      label: 'Balie 9',
    });
    assert.equal(forLocation.status, 403);
    assert.equal(forLocation.body.type, 'https://idokit.nl/problems/forbidden');
    assert.equal(
      (await call(zwolle.session.token, 'desk-codes', { locationId: 'nergens', label: 'B' }))
        .status,
      404,
    );

    const { code } = await utrecht.client.createDeskCode({
      locationId: 'ido-utrecht-centrum',
      label: 'Balie 3',
    });
    const enrolment = await createIdoClient({ baseUrl: server.baseUrl, retry: 0 }).enrol(code);
    assert.equal((await rejection(zwolle.client.revokeDesk(enrolment.deviceId))).status, 403);
    assert.ok(!(await zwolle.client.desks()).some((d) => d.id === enrolment.deviceId));
    // Still working: Zwolle's refusal changed nothing.
    const desk = createIdoClient({ baseUrl: server.baseUrl, token: enrolment.token, retry: 0 });
    await desk.submitRegistration(sampleRegistration());
    assert.equal((await rejection(zwolle.client.revokeDesk('dev_unknown'))).status, 404);
  });

  test('the desk code request is validated', async () => {
    const { session } = await signedInCoordinator(server, UTRECHT);
    const res = await call(session.token, 'desk-codes', { locationId: 'ido-utrecht-centrum' });
    assert.equal(res.status, 400);
    assert.deepEqual(
      (res.body.errors as { path: string }[]).map((e) => e.path),
      ['label'],
    );
  });
});

describe('report keys (issue 21)', () => {
  test('an organisation code enrols a report key that reads statistics; revoked, it is refused', async () => {
    const { client } = await signedInCoordinator(server, UTRECHT);
    const made = await client.createReportCode({ kind: 'organisation', label: 'Directie' });
    assert.equal(made.name, UTRECHT);
    const expiresIn = Date.parse(made.expiresAt) - Date.now();
    assert.ok(expiresIn > 6.9 * 86_400_000 && expiresIn <= 7 * 86_400_000, 'valid for 7 days');

    const enrolment = await createIdoClient({ baseUrl: server.baseUrl, retry: 0 }).enrol(made.code);
    assert.equal(enrolment.scope, 'organisation');
    const reader = createIdoClient({ baseUrl: server.baseUrl, token: enrolment.token, retry: 0 });
    const stats = await reader.getRegistrationStats({ period: '2026-11' });
    assert.deepEqual(stats.scope, { kind: 'organisation', name: UTRECHT });

    const listed = (await client.reportKeys()).find((k) => k.id === enrolment.deviceId);
    assert.deepEqual(listed && { kind: listed.kind, name: listed.name, label: listed.label }, {
      kind: 'organisation',
      name: UTRECHT,
      label: 'Directie',
    });

    const revoked = await client.revokeReportKey(enrolment.deviceId);
    assert.ok(revoked.revokedAt);
    const refused = await rejection(reader.getRegistrationStats({ period: '2026-11' }));
    assert.equal(refused.status, 401);
    assert.equal(refused.problem?.type, 'https://idokit.nl/problems/token-revoked');

    const audit = (await auditOf(UTRECHT)).filter((e) => e.entity === 'report-key');
    assert.ok(audit.some((e) => e.action === 'code'));
    assert.ok(audit.some((e) => e.action === 'revoke' && e.entity_id === enrolment.deviceId));
    assert.ok(!JSON.stringify(audit).includes(made.code));
  });

  test('a municipality of its locations: yes; another, or another organisation: 403', async () => {
    const utrecht = await signedInCoordinator(server, UTRECHT);
    const made = await utrecht.client.createReportCode({ kind: 'municipality', name: 'utrecht' });
    assert.equal(made.name, 'Utrecht', 'named as its locations name it');
    const enrolment = await createIdoClient({ baseUrl: server.baseUrl, retry: 0 }).enrol(made.code);
    assert.equal(enrolment.scope, 'municipality');
    assert.ok((await utrecht.client.reportKeys()).some((k) => k.id === enrolment.deviceId));

    for (const request of [
      { kind: 'municipality', name: 'Zwolle' },
      { kind: 'organisation', name: ZWOLLE },
    ]) {
      const res = await call(utrecht.session.token, 'report-codes', request);
      assert.equal(res.status, 403, JSON.stringify(request));
      assert.equal(res.body.type, 'https://idokit.nl/problems/forbidden');
    }
    assert.equal(
      (await call(utrecht.session.token, 'report-codes', { kind: 'municipality' })).status,
      400,
    );

    // Zwolle neither sees nor revokes Utrecht's key.
    const zwolle = await signedInCoordinator(server, ZWOLLE);
    assert.ok(!(await zwolle.client.reportKeys()).some((k) => k.id === enrolment.deviceId));
    assert.equal((await rejection(zwolle.client.revokeReportKey(enrolment.deviceId))).status, 403);
    // A desk is no report key.
    const { code } = await utrecht.client.createDeskCode({
      locationId: 'ido-utrecht-centrum',
      label: 'Balie 4',
    });
    const desk = await createIdoClient({ baseUrl: server.baseUrl, retry: 0 }).enrol(code);
    assert.equal((await rejection(utrecht.client.revokeReportKey(desk.deviceId))).status, 404);
  });
});

describe('the OpenAPI document (issue 21)', () => {
  test('desks and report keys are documented with the coordinator key and rate limit', () => {
    const paths = server.ido.openapi.paths as Record<
      string,
      Record<string, { security?: unknown; responses: Record<string, unknown> }>
    >;
    for (const [path, method] of [
      ['/v1/coordinator/desks', 'get'],
      ['/v1/coordinator/desk-codes', 'post'],
      ['/v1/coordinator/desks/{id}/revoke', 'post'],
      ['/v1/coordinator/report-keys', 'get'],
      ['/v1/coordinator/report-codes', 'post'],
      ['/v1/coordinator/report-keys/{id}/revoke', 'post'],
    ] as const) {
      const op = paths[path]?.[method];
      assert.ok(op, `${method} ${path}`);
      assert.deepEqual(op.security, [{ coordinatorKey: [] }], path);
      for (const status of ['401', '429', '503'])
        assert.ok(op.responses[status], `${path} ${status}`);
    }
  });
});
