import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CoordinatorClient, createIdoClient, IdoHttpError } from '@idokit/sdk';
import { createCoordinatorCode } from '../../auth/coordinator.js';
import { createEnrolmentCode } from '../../auth/devices.js';
import { signedInCoordinator, UTRECHT } from '../../testing/coordinator.js';
import { startTestServer, type TestServer } from '../../testing/harness.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof IdoHttpError, String(error));
    return error.status;
  }
  return 200;
}

describe('coordinator sign-in (issue 21)', () => {
  test('a printed code signs in once; the key knows its organisation and municipalities', async () => {
    const { code } = await createCoordinatorCode(server.db, {
      organisation: UTRECHT,
      label: 'Coördinator Centrum',
      at: new Date(),
      ttlMs: 60_000,
    });
    const anonymous = new CoordinatorClient({ baseUrl: server.baseUrl });
    // As typed from a note: lower case, a space instead of the hyphen.
    const session = await anonymous.signIn(code.toLowerCase().replace('-', ' '));
    assert.equal(session.organisation, UTRECHT);
    assert.equal(session.label, 'Coördinator Centrum');
    assert.equal(await statusOf(anonymous.signIn(code)), 401, 'a code works once');

    const me = await new CoordinatorClient({ baseUrl: server.baseUrl, token: session.token }).me();
    assert.deepEqual(me, {
      keyId: session.keyId,
      organisation: UTRECHT,
      label: 'Coördinator Centrum',
      mayImportCategories: false,
      municipalities: ['Utrecht'],
    });
  });

  test('an expired code is refused', async () => {
    const { code } = await createCoordinatorCode(server.db, {
      organisation: UTRECHT,
      label: 'Coördinator',
      at: new Date(Date.now() - 120_000),
      ttlMs: 60_000,
    });
    assert.equal(
      await statusOf(new CoordinatorClient({ baseUrl: server.baseUrl }).signIn(code)),
      401,
    );
  });

  test('signing out revokes the key at once', async () => {
    const { client } = await signedInCoordinator(server);
    await client.me();
    await client.signOut();
    const refused = await client.me().catch((error: unknown) => error);
    assert.ok(refused instanceof IdoHttpError);
    assert.equal(refused.status, 401);
    assert.match(String(refused.problem?.type), /token-revoked$/);
  });

  test('a desk token is no coordinator key, and a coordinator key no desk token', async () => {
    const { code } = await createEnrolmentCode(server.db, 'ido-utrecht-centrum', {
      at: new Date(),
      ttlMs: 60_000,
    });
    const desk = await createIdoClient({ baseUrl: server.baseUrl, retry: 0 }).enrol(code);
    const asCoordinator = new CoordinatorClient({ baseUrl: server.baseUrl, token: desk.token });
    assert.equal(await statusOf(asCoordinator.me()), 401);

    const { session } = await signedInCoordinator(server);
    const res = await fetch(`${server.baseUrl}/v1/registrations/stats?period=2026-11`, {
      headers: { Authorization: `Bearer ${session.token}` },
    });
    assert.equal(res.status, 401, 'a coordinator key reads no statistics');
  });
});
