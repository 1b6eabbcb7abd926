import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  IdoConflictError,
  IdoHttpError,
  IdoValidationError,
  type CoordinatorClient,
  type Location,
  type OutreachSessionEdit,
  type PartnerEdit,
} from '@idokit/sdk';
import { fixtureFeed } from '@idokit/sdk/testing';
import { createEnrolmentCode } from '../../auth/devices.js';
import { signedInCoordinator, UTRECHT, ZWOLLE } from '../../testing/coordinator.js';
import { startTestServer, type TestServer } from '../../testing/harness.js';

/**
 * The coordinator edits locations, partners and outreach sessions (issue 21), through the SDK's
 * `CoordinatorClient` against the real server: ETags and conflicts, organisations, validation,
 * and the public API answering a change at once.
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
  zwolle = (await signedInCoordinator(server, ZWOLLE)).client;
});
after(() => server.close());

const CENTRUM = 'ido-utrecht-centrum';

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected a failure');
}

async function statusOf(promise: Promise<unknown>): Promise<number> {
  const error = await failure(promise);
  assert.ok(error instanceof IdoHttpError, String(error));
  return error.status;
}

/** A request with the Utrecht key, outside the SDK (to send what the SDK never would). */
function raw(path: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
  return fetch(`${server.baseUrl}/v1/coordinator/${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${utrechtToken}`, ...init.headers },
  });
}

/** Without `updatedAt`: what a coordinator sends. */
function editOf<T extends { updatedAt?: string }>(doc: T): Omit<T, 'updatedAt'> {
  const { updatedAt: _, ...edit } = doc;
  return edit;
}

const newPartner = (id: string, organisation?: string): PartnerEdit => ({
  id,
  name: 'Schuldhulp Utrecht',
  kind: 'schuldhulp',
  description: 'Gratis hulp als u schulden heeft of rekeningen niet kunt betalen.',
  staffInstructions: 'Bel samen met de bewoner; vraag naar het team Vroegsignalering.',
  themes: ['boetes-schulden'],
  municipalities: ['Utrecht'],
  contact: { phone: '030 111 22 33' },
  referral: [{ method: 'by-phone', instructions: 'Bel tijdens kantoortijden.' }],
  ...(organisation ? { organisation } : {}),
});

const newSession = (id: string, locationId: string): OutreachSessionEdit => ({
  id,
  locationId,
  name: 'Buurthuis De Kroon',
  description: 'Vragen over toeslagen? Loop binnen.',
  address: {
    street: 'Kroonstraat',
    houseNumber: '5',
    postcode: '3511 CD',
    city: 'Utrecht',
    municipality: 'Utrecht',
  },
  geo: { lat: 52.09, lon: 5.12 },
  date: '2027-01-14',
  time: { opens: '10:00', closes: '12:00' },
});

describe('coordinator editing (issue 21)', () => {
  test("lists only the organisation's locations, each with the ETag a GET gives", async () => {
    const items = await utrecht.locations.list();
    assert.deepEqual(
      items.map((i) => i.doc.id),
      ['ido-utrecht-centrum', 'ido-utrecht-kanaleneiland'],
    );
    const one = await utrecht.locations.get(CENTRUM);
    assert.equal(one.etag, items[0]!.etag);
    assert.match(one.etag, /^"[\w-]+"$/);
    assert.deepEqual(one.doc, items[0]!.doc);
  });

  test('a Christmas closure is public at once, with new ETags for the location and the feed', async () => {
    const publicBefore = await fetch(`${server.baseUrl}/v1/locations/${CENTRUM}`);
    const feedBefore = await fetch(`${server.baseUrl}/v1/feed.json`);
    await Promise.all([publicBefore.text(), feedBefore.text()]);

    const { etag, doc } = await utrecht.locations.get(CENTRUM);
    const edit = editOf(doc);
    edit.hours.library.exceptions = [
      ...(edit.hours.library.exceptions ?? []),
      { date: '2026-12-25', closed: true, note: 'Kerst' },
    ];
    const saved = await utrecht.locations.save(edit, etag);
    assert.notEqual(saved.etag, etag);
    assert.notEqual(saved.doc.updatedAt, doc.updatedAt, 'the server stamps updatedAt');
    assert.equal((await utrecht.locations.get(CENTRUM)).etag, saved.etag);

    const publicAfter = await fetch(`${server.baseUrl}/v1/locations/${CENTRUM}`);
    assert.notEqual(publicAfter.headers.get('etag'), publicBefore.headers.get('etag'));
    const location = (await publicAfter.json()) as Location;
    assert.deepEqual(
      location.hours.library.exceptions?.find((e) => e.date === '2026-12-25'),
      { date: '2026-12-25', closed: true, note: 'Kerst' },
    );
    const feedAfter = await fetch(`${server.baseUrl}/v1/feed.json`);
    assert.notEqual(feedAfter.headers.get('etag'), feedBefore.headers.get('etag'));
    const feed = (await feedAfter.json()) as { locations: Location[] };
    const inFeed = feed.locations.find((l) => l.id === CENTRUM)!;
    assert.ok(
      inFeed.hours.library.exceptions?.some((e) => e.date === '2026-12-25' && e.note === 'Kerst'),
    );
  });

  test('another replica over the same database answers the change within seconds (its catalog sees the revision)', async () => {
    const replica = await server.startApp();
    try {
      const seen = async () =>
        ((await (await fetch(`${replica.baseUrl}/v1/locations/${CENTRUM}`)).json()) as Location)
          .accessibility;
      assert.equal(await seen(), undefined);
      const { etag, doc } = await utrecht.locations.get(CENTRUM);
      await utrecht.locations.save({ ...editOf(doc), accessibility: 'Ingang aan het plein' }, etag);
      const deadline = Date.now() + 5_000;
      while ((await seen()) !== 'Ingang aan het plein' && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      // Its catalog checks the revision once a second; 5 s leaves room for a busy machine.
      assert.equal(await seen(), 'Ingang aan het plein');
    } finally {
      await replica.close();
    }
  });

  test("the server-rendered hours card says closed on that day, with the closure's note", async () => {
    // The same database, served by an app whose clock stands on Christmas morning.
    const christmas = await server.startApp({ now: () => new Date('2026-12-25T10:30:00+01:00') });
    try {
      const res = await fetch(
        `${christmas.baseUrl}/v1/render/ido-opening-hours?location=${CENTRUM}&show=library`,
      );
      assert.equal(res.status, 200);
      const text = (await res.text())
        .replace(/<style>[^]*?<\/style>/g, ' ')
        .replace(/<script[^>]*>[^]*?<\/script>/g, ' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ');
      // The coordinator's note, not the public holiday's name ("Eerste Kerstdag").
      assert.match(text, /Vandaag gesloten \(Kerst\)/);
    } finally {
      await christmas.close();
    }
  });

  test('two coordinators edit one location: the second gets a conflict with the first one’s version', async () => {
    const second = (await signedInCoordinator(server, UTRECHT, { label: 'Coördinator Noord' }))
      .client;
    const [a, b] = await Promise.all([
      utrecht.locations.get('ido-utrecht-kanaleneiland'),
      second.locations.get('ido-utrecht-kanaleneiland'),
    ]);
    const first = await utrecht.locations.save(
      { ...editOf(a.doc), accessibility: 'Ingang aan de achterkant' },
      a.etag,
    );
    const refused = await failure(
      second.locations.save({ ...editOf(b.doc), name: 'Overschreven?' }, b.etag),
    );
    assert.ok(refused instanceof IdoConflictError, String(refused));
    assert.equal(refused.currentEtag, first.etag);
    assert.deepEqual(refused.current, first.doc);
    const now = await utrecht.locations.get('ido-utrecht-kanaleneiland');
    assert.equal(now.doc.name, a.doc.name, 'nothing overwritten');
    assert.equal(now.doc.accessibility, 'Ingang aan de achterkant');

    // Creating what exists is a conflict too; deleting from an old version as well.
    assert.ok(
      (await failure(second.locations.save(editOf(a.doc), null))) instanceof IdoConflictError,
    );
    assert.ok(
      (await failure(second.locations.remove('ido-utrecht-kanaleneiland', b.etag))) instanceof
        IdoConflictError,
    );
  });

  test('two saves from one version at the same moment: exactly one is stored', async () => {
    const { etag, doc } = await utrecht.locations.get('ido-utrecht-kanaleneiland');
    const results = await Promise.allSettled(
      ['Ingang links', 'Ingang rechts', 'Ingang achter'].map((accessibility) =>
        utrecht.locations.save({ ...editOf(doc), accessibility }, etag),
      ),
    );
    const stored = results.filter((r) => r.status === 'fulfilled');
    assert.equal(stored.length, 1, JSON.stringify(results.map((r) => r.status)));
    for (const r of results)
      if (r.status === 'rejected')
        assert.ok(r.reason instanceof IdoConflictError, String(r.reason));
    const now = await utrecht.locations.get('ido-utrecht-kanaleneiland');
    assert.equal(now.doc.accessibility, stored[0]!.value.doc.accessibility);
    // Two creates of one new id at once: one is created, the other is told it exists.
    const template = editOf({ ...doc, id: 'ido-utrecht-tweeling' });
    const creates = await Promise.allSettled([
      utrecht.locations.save(template, null),
      utrecht.locations.save({ ...template, name: 'Tweeling' }, null),
    ]);
    assert.deepEqual(creates.map((r) => r.status).sort(), ['fulfilled', 'rejected']);
    const created = creates.find((r) => r.status === 'fulfilled')!;
    await utrecht.locations.remove('ido-utrecht-tweeling', created.value.etag);
  });

  test('a write without If-Match or If-None-Match is refused with 428', async () => {
    const { doc } = await utrecht.locations.get(CENTRUM);
    const put = await raw(`locations/${CENTRUM}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(editOf(doc)),
    });
    assert.equal(put.status, 428);
    assert.match(((await put.json()) as { type: string }).type, /precondition-required$/);
    const del = await raw(`locations/${CENTRUM}`, { method: 'DELETE' });
    assert.equal(del.status, 428);
    const delStar = await raw(`locations/${CENTRUM}`, {
      method: 'DELETE',
      headers: { 'If-None-Match': '*' },
    });
    assert.equal(delStar.status, 428);
    await Promise.all([del.text(), delStar.text()]);
  });

  test("another organisation's location: 403 on GET, PUT and DELETE, and nothing leaks", async () => {
    const zwolleLocation = fixtureFeed.locations.find((l) => l.id === 'ido-zwolle-centrum')!;
    assert.equal(await statusOf(utrecht.locations.get('ido-zwolle-centrum')), 403);
    const { etag } = await zwolle.locations.get('ido-zwolle-centrum');
    const put = await failure(
      utrecht.locations.save({ ...editOf(zwolleLocation), organisation: UTRECHT }, etag),
    );
    assert.ok(put instanceof IdoHttpError && put.status === 403, String(put));
    assert.equal(put.problem?.current, undefined, 'no version of theirs in the answer');
    // Also with a wrong ETag: a 412 would hand over their version.
    assert.equal(await statusOf(utrecht.locations.save(editOf(zwolleLocation), '"stale"')), 403);
    assert.equal(await statusOf(utrecht.locations.remove('ido-zwolle-centrum', etag)), 403);
    // A new location for another organisation, too.
    assert.equal(
      await statusOf(
        utrecht.locations.save(
          { ...editOf(zwolleLocation), id: 'ido-utrecht-nieuw', organisation: ZWOLLE },
          null,
        ),
      ),
      403,
    );
    assert.equal((await zwolle.locations.get('ido-zwolle-centrum')).etag, etag, 'unchanged');
    assert.equal(await statusOf(utrecht.locations.get('ido-nergens')), 404);
  });

  test('a new location gets the key’s organisation; 201, then 200 on a change', async () => {
    const template = fixtureFeed.locations.find((l) => l.id === 'ido-utrecht-kanaleneiland')!;
    const { organisation: _, ...edit } = editOf({ ...template, id: 'ido-utrecht-overvecht' });
    const res = await raw('locations/ido-utrecht-overvecht', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'If-None-Match': '*' },
      body: JSON.stringify({ ...edit, name: 'IDO Overvecht' }),
    });
    assert.equal(res.status, 201);
    const created = (await res.json()) as { etag: string; doc: Location };
    assert.equal(res.headers.get('etag'), created.etag);
    assert.equal(created.doc.organisation, UTRECHT);
    const changed = await raw('locations/ido-utrecht-overvecht', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'If-Match': created.etag },
      body: JSON.stringify({ ...edit, name: 'IDO Overvecht (Winkelcentrum)' }),
    });
    assert.equal(changed.status, 200);
    const { etag } = (await changed.json()) as { etag: string };
    const publicRes = await fetch(`${server.baseUrl}/v1/locations/ido-utrecht-overvecht`);
    assert.equal(((await publicRes.json()) as Location).name, 'IDO Overvecht (Winkelcentrum)');
    await utrecht.locations.remove('ido-utrecht-overvecht', etag);
    const gone = await fetch(`${server.baseUrl}/v1/locations/ido-utrecht-overvecht`);
    assert.equal(gone.status, 404);
    await gone.text();
  });

  test('400 with field paths: a bad postcode, an interval closing before it opens, an id not the path’s', async () => {
    const { etag, doc } = await utrecht.locations.get(CENTRUM);
    const bad = editOf(structuredClone(doc));
    bad.address.postcode = '12345';
    bad.hours.library.weekly[0] = { day: 'mo', opens: '18:00', closes: '10:00' };
    const refused = await failure(utrecht.locations.save(bad, etag));
    assert.ok(refused instanceof IdoValidationError, String(refused));
    const paths = refused.issues.map((i) => i.path.join('.'));
    assert.ok(paths.includes('address.postcode'), paths.join(' | '));
    assert.ok(paths.includes('hours.library.weekly.0.closes'), paths.join(' | '));

    const res = await raw(`locations/${CENTRUM}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'If-Match': etag },
      body: JSON.stringify({ ...editOf(doc), id: 'ido-utrecht-kanaleneiland' }),
    });
    assert.equal(res.status, 400);
    const problem = (await res.json()) as { errors: { path: string }[] };
    assert.deepEqual(
      problem.errors.map((e) => e.path),
      ['id'],
    );
    assert.equal((await utrecht.locations.get(CENTRUM)).etag, etag, 'nothing saved');
  });

  test('a location with desks or outreach sessions is not deleted: 409 says what to do first', async () => {
    const template = fixtureFeed.locations.find((l) => l.id === 'ido-utrecht-kanaleneiland')!;
    const created = await utrecht.locations.save(
      editOf({ ...template, id: 'ido-utrecht-tijdelijk' }),
      null,
    );
    await createEnrolmentCode(server.db, 'ido-utrecht-tijdelijk', {
      at: new Date(),
      ttlMs: 60_000,
    });
    const refused = await failure(utrecht.locations.remove('ido-utrecht-tijdelijk', created.etag));
    assert.ok(refused instanceof IdoHttpError && refused.status === 409, String(refused));
    assert.match(String(refused.problem?.detail), /revoke its desks/);
    assert.equal((await utrecht.locations.get('ido-utrecht-tijdelijk')).etag, created.etag);
  });

  test('partners: the key’s own only; the public list keeps description and staffInstructions', async () => {
    const saved = await utrecht.partners.save(newPartner('schuldhulp-utrecht'), null);
    assert.equal(saved.doc.organisation, UTRECHT);
    assert.deepEqual(
      (await utrecht.partners.list()).map((p) => p.doc.id),
      ['schuldhulp-utrecht'],
    );
    const res = await fetch(`${server.baseUrl}/v1/partners`);
    const { items } = (await res.json()) as { items: PartnerEdit[] };
    const published = items.find((p) => p.id === 'schuldhulp-utrecht')!;
    assert.equal(published.description, newPartner('x').description);
    assert.equal(published.staffInstructions, newPartner('x').staffInstructions);

    // Zwolle's partner, and one imported without an organisation: not Utrecht's to touch.
    const theirs = await zwolle.partners.save(newPartner('schuldhulp-zwolle'), null);
    assert.equal(await statusOf(utrecht.partners.get('schuldhulp-zwolle')), 403);
    assert.equal(
      await statusOf(utrecht.partners.save(newPartner('schuldhulp-zwolle'), theirs.etag)),
      403,
    );
    assert.equal(await statusOf(utrecht.partners.remove('schuldhulp-zwolle', theirs.etag)), 403);
    assert.equal(await statusOf(utrecht.partners.get('sociaal-raadslieden-utrecht')), 403);
    assert.equal(
      await statusOf(utrecht.partners.save(newPartner('schuldhulp-2', ZWOLLE), null)),
      403,
    );
    await utrecht.partners.remove('schuldhulp-utrecht', saved.etag);
    assert.equal(await statusOf(utrecht.partners.get('schuldhulp-utrecht')), 404);
  });

  test('outreach sessions: only at the organisation’s locations', async () => {
    const saved = await utrecht.outreach.save(newSession('kroon-2027-01-14', CENTRUM), null);
    assert.equal(saved.doc.locationId, CENTRUM);
    assert.deepEqual(
      (await utrecht.outreach.list()).map((s) => s.doc.id),
      ['kroon-2027-01-14'],
    );
    assert.deepEqual(await zwolle.outreach.list(), []);
    assert.equal(await statusOf(zwolle.outreach.get('kroon-2027-01-14')), 403);
    assert.equal(
      await statusOf(
        zwolle.outreach.save(newSession('kroon-2027-01-14', 'ido-zwolle-centrum'), saved.etag),
      ),
      403,
    );
    assert.equal(await statusOf(zwolle.outreach.remove('kroon-2027-01-14', saved.etag)), 403);
    // A session for another organisation's location; one for a location that does not exist.
    assert.equal(
      await statusOf(utrecht.outreach.save(newSession('elders', 'ido-zwolle-centrum'), null)),
      403,
    );
    const unknown = await failure(
      utrecht.outreach.save(newSession('nergens', 'ido-nergens'), null),
    );
    assert.ok(unknown instanceof IdoValidationError);
    assert.deepEqual(
      unknown.issues.map((i) => i.path.join('.')),
      ['locationId'],
    );

    // The location cannot go while the session is there.
    const location = await utrecht.locations.get(CENTRUM);
    const refused = await failure(utrecht.locations.remove(CENTRUM, location.etag));
    assert.ok(refused instanceof IdoHttpError && refused.status === 409);
    assert.match(String(refused.problem?.detail), /outreach sessions/);
    await utrecht.outreach.remove('kroon-2027-01-14', saved.etag);
    assert.deepEqual(await utrecht.outreach.list(), []);
  });

  test('bad If-Match values and unknown ids never make a 5xx', async () => {
    for (const ifMatch of ['garbage', '*', '"', ',,,', 'W/"x"', 'x'.repeat(4000)]) {
      const res = await raw('partners/nergens', {
        method: 'DELETE',
        headers: { 'If-Match': ifMatch },
      });
      assert.ok([412, 428].includes(res.status), `${ifMatch.slice(0, 10)}: ${res.status}`);
      await res.text();
    }
    const bad = await raw('locations/NOT%20A%20SLUG');
    assert.equal(bad.status, 400);
    await bad.text();
  });
});

describe('the editing routes in the OpenAPI document (issue 21)', () => {
  test('each documented with the coordinator key, its preconditions and its problems', async () => {
    const doc = (await (await fetch(`${server.baseUrl}/v1/openapi.json`)).json()) as {
      paths: Record<
        string,
        Record<
          string,
          {
            security?: unknown;
            summary?: string;
            parameters?: { name: string; in: string; required?: boolean }[];
            responses: Record<string, unknown>;
            requestBody?: unknown;
          }
        >
      >;
    };
    for (const kind of ['locations', 'partners', 'outreach']) {
      const list = doc.paths[`/v1/coordinator/${kind}`]?.get;
      const one = doc.paths[`/v1/coordinator/${kind}/{id}`];
      assert.ok(list && one?.get && one.put && one.delete, kind);
      for (const op of [list, one.get, one.put, one.delete]) {
        assert.deepEqual(op.security, [{ coordinatorKey: [] }], kind);
        assert.ok(op.summary, kind);
        for (const status of ['401', '429', '503']) assert.ok(op.responses[status], kind);
      }
      const headers = (op: typeof list) =>
        (op.parameters ?? []).filter((p) => p.in === 'header').map((p) => p.name);
      assert.deepEqual(headers(one.put), ['If-Match', 'If-None-Match'], kind);
      assert.deepEqual(headers(one.delete), ['If-Match'], kind);
      assert.ok(one.put.requestBody, kind);
      for (const status of ['200', '201', '400', '403', '412', '428'])
        assert.ok(one.put.responses[status], `${kind} PUT ${status}`);
      for (const status of ['204', '403', '412', '428'])
        assert.ok(one.delete.responses[status], `${kind} DELETE ${status}`);
    }
    assert.ok(doc.paths['/v1/coordinator/locations/{id}']!.delete!.responses['409']);
    assert.ok(doc.paths['/v1/coordinator/audit']?.get?.responses['200']);
    assert.ok(doc.paths['/v1/coordinator/undo']?.post?.responses['409']);
  });
});
