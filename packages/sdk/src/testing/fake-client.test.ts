import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isIdoError } from '../errors/ido-error.js';
import { IdoGeocodeError } from '../errors/ido-geocode-error.js';
import { IdoHttpError } from '../errors/ido-http-error.js';
import { IdoNetworkError } from '../errors/ido-network-error.js';
import { IdoValidationError } from '../errors/ido-validation-error.js';
import { FeedSchema } from '../schemas/feed.js';
import type { QuestionRegistrationInput } from '../schemas/registration.js';
import { validateIdoHours } from '../hours/index.js';
import { createFakeClient, fixtureFeed, fixtureNow } from './index.js';

const registration: QuestionRegistrationInput = {
  id: '0b6f3c1e-2d4a-4f5b-9c6d-7e8f9a0b1c2d',
  locationId: 'ido-zwolle-centrum',
  date: '2026-11-18',
  hour: 10,
  channel: 'desk',
  durationMinutes: 20,
  questions: [{ type: 'government', themes: ['toeslagen'], help: 'informed' }],
};

describe('fixtureFeed', () => {
  test('is a valid feed whose IDO hours lie inside the library hours', () => {
    assert.equal(FeedSchema.safeParse(fixtureFeed).success, true);
    for (const location of fixtureFeed.locations)
      assert.deepEqual(validateIdoHours(location), [], location.id);
    assert.deepEqual(
      new Set(fixtureFeed.locations.map((l) => l.address.municipality)),
      new Set(['Utrecht', 'Zwolle', 'Amsterdam']),
    );
  });
});

describe('createFakeClient', () => {
  test('answers searches like the feed source, geocoding the fixture postcodes from its table', async () => {
    const client = createFakeClient({ now: () => fixtureNow });
    const result = await client.searchLocations({ postcode: '3511 AB' });
    assert.deepEqual(result.origin, {
      lat: 52.0907,
      lon: 5.1214,
      label: '3511 AB Utrecht',
      source: 'postcode',
    });
    assert.deepEqual(
      result.items.map((i) => i.location.id),
      ['ido-utrecht-centrum', 'ido-utrecht-kanaleneiland'],
    );
    // A full postcode missing from the table falls back to its four digits.
    assert.equal(
      (await client.searchLocations({ postcode: '8011 XY' })).origin?.label,
      '8011 Zwolle',
    );
    assert.equal((await client.searchLocations({ place: 'amsterdam' })).items.length, 2);
    const open = await client.searchLocations({ openNow: true });
    assert.deepEqual(
      open.items.map((i) => i.location.id),
      ['ido-utrecht-kanaleneiland', 'ido-zwolle-centrum', 'ido-zwolle-stadshagen'],
    );
    await assert.rejects(
      client.searchLocations({ place: 'Groningen' }),
      (e) => e instanceof IdoGeocodeError && e.reason === 'not-found',
    );
  });

  test('extra geocode entries and another feed can be given', async () => {
    const feed = {
      ...fixtureFeed,
      locations: fixtureFeed.locations.filter((l) => l.address.city === 'Zwolle'),
    };
    const client = createFakeClient({
      feed,
      geocode: {
        Kampen: { lat: 52.555, lon: 5.911, label: 'Kampen', kind: 'place', municipality: 'Kampen' },
      },
    });
    const result = await client.searchLocations({ place: 'Kampen' });
    assert.deepEqual(
      result.items.map((i) => i.location.id),
      ['ido-zwolle-stadshagen', 'ido-zwolle-centrum'],
    );
  });

  test('records every call with its arguments', async () => {
    const client = createFakeClient();
    await client.getLocation('ido-amsterdam-noord');
    await client.listPartners({ theme: 'zorg' });
    assert.deepEqual(client.calls, [
      { method: 'getLocation', args: ['ido-amsterdam-noord', undefined] },
      { method: 'listPartners', args: [{ theme: 'zorg' }, undefined] },
    ]);
  });

  test('delayMs slows calls down and the signal aborts them with its reason', async () => {
    const client = createFakeClient({ delayMs: 200 });
    const started = Date.now();
    await client.getTaxonomy();
    assert.ok(Date.now() - started >= 190);
    const controller = new AbortController();
    const pending = client.searchLocations({ place: 'Zwolle' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(
      pending,
      (e) => e instanceof Error && e.name === 'AbortError' && !isIdoError(e),
    );
  });

  test('fail makes one method reject with the given error', async () => {
    const failure = new IdoNetworkError('https://ido.example/v1/partners');
    const client = createFakeClient({ fail: { listPartners: failure } });
    await assert.rejects(client.listPartners(), (e) => e === failure);
    assert.equal((await client.getFeed()).locations.length, 6);
  });

  test('staff calls work in memory: receipts, replays, conflicts and stats', async () => {
    const client = createFakeClient({ now: () => fixtureNow });
    const receipt = await client.submitRegistration(registration);
    assert.deepEqual(receipt, {
      id: registration.id,
      locationId: 'ido-zwolle-centrum',
      receivedAt: fixtureNow.toISOString(),
      replayed: false,
    });
    assert.equal((await client.submitRegistration(registration)).replayed, true);
    await assert.rejects(
      client.submitRegistration({ ...registration, hour: 11 }),
      (e) => e instanceof IdoHttpError && e.status === 409,
    );
    await assert.rejects(
      client.submitRegistration({ ...registration, questions: [] }),
      (e) => e instanceof IdoValidationError && e.path === 'questions',
    );
    assert.equal(client.registrations.length, 1);
    // One visit, perturbed by the cell-key method like the server's: 0 to 3, the same number
    // for the same records whichever period asks; the week has not settled, so no breakdown.
    const stats = await client.getRegistrationStats({ period: '2026-W47' });
    assert.ok(typeof stats.visits === 'number' && stats.visits <= 3);
    assert.deepEqual(stats.protection, { method: 'cell-key', maxNoise: 2 });
    assert.equal(stats.settled, false);
    assert.equal(stats.locationId, 'ido-zwolle-centrum');
    assert.deepEqual(stats.breakdown.theme, []);
    const quarter = await client.getRegistrationStats({ period: '2026-Q4' });
    assert.deepEqual(
      quarter.periods.map((p) => [p.period, p.visits]),
      [
        ['2026-10', 0],
        ['2026-11', stats.visits],
        ['2026-12', 0],
      ],
    );
    const csv = await client.getRegistrationsCsv({ period: '2026-11' });
    assert.match(
      csv,
      /^\uFEFFperiode;locatie;locatienaam;onderdeel;categorie;categorienaam;aantal\r\n/,
    );
    assert.ok(
      csv.includes(
        `\r\n2026-11;ido-zwolle-centrum;${stats.locations[0]!.name};visits;total;Aantal bezoeken;${stats.visits}\r\n`,
      ),
    );
    const en = await client.getRegistrationsCsv(
      { period: '2026-11' },
      { separator: ',', lang: 'en' },
    );
    assert.match(en, /^\uFEFFperiod,location,location_name,dimension,category,label,count\r\n/);
    assert.equal((await client.enrol('ZWL-4821')).token.length >= 32, true);
  });

  test('in feed mode staff calls are read-only, like a real feed client', async () => {
    const client = createFakeClient({ mode: 'feed' });
    assert.equal(client.mode, 'feed');
    await assert.rejects(
      client.submitRegistration(registration),
      (e) => isIdoError(e) && e.code === 'read-only',
    );
  });
});
