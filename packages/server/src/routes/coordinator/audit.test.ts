import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { IdoHttpError, type CoordinatorClient, type Location } from '@idokit/sdk';
import { signedInCoordinator, UTRECHT, ZWOLLE } from '../../testing/coordinator.js';
import { startTestServer, type TestServer } from '../../testing/harness.js';

/**
 * The audit log and the undo of the last change (issue 21), against the real server: what an
 * entry says (and never says), which entry is undoable, and the undo itself made public at once.
 */
let server: TestServer;
let utrecht: CoordinatorClient;
let utrechtToken: string;
let zwolle: CoordinatorClient;

before(async () => {
  server = await startTestServer();
  const signedIn = await signedInCoordinator(server, UTRECHT, { label: 'Coördinator Centrum' });
  utrecht = signedIn.client;
  utrechtToken = signedIn.session.token;
  zwolle = (await signedInCoordinator(server, ZWOLLE, { label: 'Coördinator Zwolle' })).client;
});
after(() => server.close());

const CENTRUM = 'ido-utrecht-centrum';

async function failure(promise: Promise<unknown>): Promise<IdoHttpError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof IdoHttpError, String(error));
    return error;
  }
  assert.fail('expected a failure');
}

/** Adds a closure on `date` to the library's and the consultation hours. */
async function closeOn(date: string, note: string) {
  const { etag, doc } = await utrecht.locations.get(CENTRUM);
  const { updatedAt: _, ...edit } = doc;
  for (const hours of [edit.hours.library, edit.hours.ido!])
    hours.exceptions = [...(hours.exceptions ?? []), { date, closed: true, note }];
  return utrecht.locations.save(edit, etag);
}

async function publicLocation(): Promise<{ etag: string | null; location: Location }> {
  const res = await fetch(`${server.baseUrl}/v1/locations/${CENTRUM}`);
  return { etag: res.headers.get('etag'), location: (await res.json()) as Location };
}

describe('the audit log and undo (issue 21)', () => {
  test('every change is an entry: label, action, summary; no token and no documents', async () => {
    await closeOn('2026-12-25', 'Kerst');
    const entries = await utrecht.audit();
    assert.equal(entries.length, 1);
    const [entry] = entries;
    assert.equal(entry!.keyLabel, 'Coördinator Centrum');
    assert.equal(entry!.action, 'update');
    assert.equal(entry!.entity, 'location');
    assert.equal(entry!.entityId, CENTRUM);
    assert.equal(entry!.summary, 'Gesloten op 25 december 2026 (Kerst)');
    assert.equal(entry!.undoable, true);
    assert.equal(entry!.undoneBy, null);

    const res = await fetch(`${server.baseUrl}/v1/coordinator/audit`, {
      headers: { Authorization: `Bearer ${utrechtToken}` },
    });
    const text = await res.text();
    assert.ok(!text.includes(utrechtToken), 'no token');
    assert.doesNotMatch(text, /"before"|"after"|"keyId"/, 'no documents, no key id');
    assert.deepEqual(await zwolle.audit(), [], "one organisation never sees another's log");
  });

  test('undo restores the earlier version, public at once, and is itself an entry', async () => {
    const before = await publicLocation();
    const [last] = await utrecht.audit();
    const undo = await utrecht.undo(last!.id);
    assert.equal(undo.action, 'undo');
    assert.equal(undo.summary, 'Ongedaan gemaakt: Gesloten op 25 december 2026 (Kerst)');
    assert.equal(undo.undoable, false);

    const after = await publicLocation();
    assert.notEqual(after.etag, before.etag);
    assert.equal(
      after.location.hours.library.exceptions?.some((e) => e.date === '2026-12-25'),
      false,
    );
    const [newest, undone] = await utrecht.audit();
    assert.equal(newest!.id, undo.id);
    assert.equal(newest!.undoable, false, 'an undo cannot be undone');
    assert.equal(undone!.undoneBy, undo.id);
    assert.equal(undone!.undoable, false);
    assert.match(
      (await failure(utrecht.undo(last!.id))).problem?.detail as string,
      /undone already/,
    );
  });

  test('undo is refused after a later change, and for an entry that is not the last', async () => {
    await closeOn('2026-12-26', 'Tweede Kerstdag');
    const [closure] = await utrecht.audit();
    // Another coordinator of the same organisation changes the location afterwards.
    const colleague = (await signedInCoordinator(server, UTRECHT, { label: 'Coördinator Noord' }))
      .client;
    const { etag, doc } = await colleague.locations.get(CENTRUM);
    const { updatedAt: _, ...edit } = doc;
    await colleague.locations.save({ ...edit, accessibility: 'Lift aanwezig' }, etag);

    const refused = await failure(utrecht.undo(closure!.id));
    assert.equal(refused.status, 409);
    assert.match(refused.problem?.detail as string, /last change/);
    const [newest] = await utrecht.audit();
    assert.equal(newest!.keyLabel, 'Coördinator Noord');
    assert.equal(newest!.undoable, true);

    // The newest entry, but its document changed since (outside the API, say by an import).
    await server.db.query(
      `UPDATE locations SET doc = jsonb_set(doc, '{accessibility}', '"Anders"') WHERE id = $1`,
      [CENTRUM],
    );
    const [stale] = await utrecht.audit();
    assert.equal(stale!.undoable, false);
    const changedSince = await failure(utrecht.undo(stale!.id));
    assert.equal(changedSince.status, 409);
    assert.match(changedSince.problem?.detail as string, /changed since/);
  });

  test('undo of a created partner deletes it; undo of a deleted one brings it back', async () => {
    const created = await utrecht.partners.save(
      {
        id: 'schuldhulp-utrecht',
        name: 'Schuldhulp Utrecht',
        kind: 'schuldhulp',
        description: 'Gratis hulp bij schulden.',
        themes: ['boetes-schulden'],
        municipalities: ['Utrecht'],
        contact: { phone: '030 111 22 33' },
        referral: [{ method: 'by-phone', instructions: 'Bel tijdens kantoortijden.' }],
      },
      null,
    );
    const [create] = await utrecht.audit();
    assert.equal(create!.summary, 'Partner toegevoegd: Schuldhulp Utrecht');
    await utrecht.undo(create!.id);
    assert.equal((await failure(utrecht.partners.get('schuldhulp-utrecht'))).status, 404);

    const again = await utrecht.partners.save({ ...created.doc, updatedAt: undefined }, null);
    await utrecht.partners.remove('schuldhulp-utrecht', again.etag);
    const [removal] = await utrecht.audit();
    assert.equal(removal!.action, 'delete');
    assert.equal(removal!.undoable, true);
    await utrecht.undo(removal!.id);
    const back = await utrecht.partners.get('schuldhulp-utrecht');
    assert.equal(back.doc.name, 'Schuldhulp Utrecht');
    const res = await fetch(`${server.baseUrl}/v1/partners`);
    const { items } = (await res.json()) as { items: { id: string }[] };
    assert.ok(
      items.some((p) => p.id === 'schuldhulp-utrecht'),
      'public again',
    );
  });

  test("another organisation's entry is not found; limit is checked", async () => {
    const [theirs] = await utrecht.audit();
    assert.equal((await failure(zwolle.undo(theirs!.id))).status, 404);
    assert.equal((await utrecht.audit({ limit: 1 })).length, 1);
    for (const limit of ['0', '201', 'x', '1.5']) {
      const res = await fetch(`${server.baseUrl}/v1/coordinator/audit?limit=${limit}`, {
        headers: { Authorization: `Bearer ${utrechtToken}` },
      });
      assert.equal(res.status, 400, limit);
      await res.text();
    }
    const huge = await fetch(`${server.baseUrl}/v1/coordinator/undo`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${utrechtToken}`, 'Content-Type': 'application/json' },
      body: '{"id": 1e300}',
    });
    assert.ok(huge.status === 400 || huge.status === 404, String(huge.status));
    await huge.text();
  });
});
