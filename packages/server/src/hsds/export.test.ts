import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { OpeningHoursSchema, type Location, type Partner } from '@idokit/sdk';
import { fixtureFeed } from '@idokit/sdk/testing';
import { hsdsProblems } from '../testing/hsds.js';
import { hsdsExport, schedulesOf, uuidV5, type HsdsObject } from './export.js';

const UTRECHT = 'Voorbeeldbibliotheek Utrecht';
const locations = fixtureFeed.locations.filter((l) => l.organisation === UTRECHT);

/** A partner with everything HSDS can say: address, hours with a season and exceptions, cost. */
const partner: Partner = {
  ...fixtureFeed.partners.find((p) => p.id === 'juridisch-loket')!,
  organisation: UTRECHT,
  checkedOn: '2026-10-01',
  staffInstructions: 'Bel samen met de bewoner en noem het dossiernummer.',
  contact: {
    phone: '0900-8020',
    email: 'info@juridischloket.example',
    website: 'https://juridischloket.example/',
    address: { street: 'Oudegracht', houseNumber: '12A', postcode: '3511 AB', city: 'Utrecht' },
  },
  hours: OpeningHoursSchema.parse({
    weekly: [
      { day: 'mo', opens: '09:00', closes: '12:00' },
      { day: 'mo', opens: '13:00', closes: '17:00' },
      { day: 'we', opens: '09:00', closes: '12:00' },
    ],
    seasons: [
      {
        name: 'Zomer',
        validFrom: '2026-07-01',
        validThrough: '2026-08-31',
        weekly: [{ day: 'tu', opens: '10:00', closes: '12:00' }],
      },
    ],
    exceptions: [
      { date: '2026-12-25', closed: true, note: 'Kerst' },
      { date: '2026-12-24', intervals: [{ opens: '09:00', closes: '12:00' }], note: 'Kerstavond' },
    ],
  }),
  cost: { kind: 'free-for-members', note: 'Lid worden kost € 30 per jaar' },
  languages: ['nl', 'en'],
  bring: ['De brief'],
};

const all = (doc: ReturnType<typeof hsdsExport>) => [
  ...doc.organizations,
  ...doc.services,
  ...doc.locations,
  ...doc.service_at_locations,
];

/** Every object with an id, however deep. */
function idsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) idsIn(v, out);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.id === 'string') out.push(record.id);
    for (const v of Object.values(record)) idsIn(v, out);
  }
  return out;
}

describe('HSDS 3.0 export (issue 21)', () => {
  test('UUID v5 as RFC 9562 gives it', () => {
    // The RFC's example: the DNS namespace and "www.example.com".
    assert.equal(
      uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'),
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    assert.match(uuidV5('location:x'), /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-/);
  });

  test('the export validates against the HSDS 3.0 schema, and is the same every time', () => {
    const doc = hsdsExport(UTRECHT, locations, [partner]);
    assert.deepEqual(hsdsProblems(doc), []);
    assert.deepEqual(hsdsExport(UTRECHT, [...locations].reverse(), [partner]), doc);
    const ids = idsIn(doc);
    assert.equal(new Set(ids).size, ids.length, 'every id is unique');
    // The library organisation and the partner; an IDO service per location and the partner's.
    assert.deepEqual(
      doc.organizations.map((o) => o.name),
      [UTRECHT, partner.name],
    );
    assert.equal(doc.services.length, locations.length + 1);
    assert.equal(doc.locations.length, locations.length + 1, 'the partner’s address too');
    // Every reference points at an object of the export.
    const byId = new Set(all(doc).map((o) => o.id));
    for (const sal of doc.service_at_locations) {
      assert.ok(byId.has(sal.service_id as string));
      assert.ok(byId.has(sal.location_id as string));
    }
    for (const o of [...doc.services, ...doc.locations])
      assert.ok(byId.has(o.organization_id as string));
  });

  test('a location: address in NL, coordinates, languages, accessibility, phone', () => {
    const l: Location = { ...locations[0]!, accessibility: 'Ingang aan de achterkant' };
    const doc = hsdsExport(UTRECHT, [l], []);
    const location = doc.locations[0]!;
    assert.equal(location.id, uuidV5(`location:${l.id}`));
    assert.equal(location.latitude, l.geo.lat);
    assert.equal(location.longitude, l.geo.lon);
    const [address] = location.addresses as HsdsObject[];
    assert.deepEqual(
      {
        address_1: address!.address_1,
        postal_code: address!.postal_code,
        city: address!.city,
        country: address!.country,
        address_type: address!.address_type,
      },
      {
        address_1: `${l.address.street} ${l.address.houseNumber}`,
        postal_code: l.address.postcode,
        city: l.address.city,
        country: 'NL',
        address_type: 'physical',
      },
    );
    assert.deepEqual(
      (location.languages as HsdsObject[]).map((x) => x.code),
      l.languages,
    );
    assert.ok(
      (location.accessibility as HsdsObject[]).some(
        (a) => a.description === 'Ingang aan de achterkant',
      ),
    );
    if (l.contact.phone)
      assert.equal((location.phones as HsdsObject[])[0]!.number, l.contact.phone);
  });

  test('weekly hours become WEEKLY schedules that give back exactly the same intervals', () => {
    let compared = 0;
    for (const l of locations) {
      const schedules = schedulesOf(l.hours.library, 'k', { location_id: uuidV5('l') }, 'Open');
      // The weekly pattern's schedules: neither a season's nor a single day's.
      const regular = schedules.filter(
        (s) => !('dtstart' in s) && s.valid_from === l.hours.library.validFrom,
      );
      const intervals = regular.flatMap((s) =>
        String(s.byday)
          .split(',')
          .map(
            (d) =>
              `${d.toLowerCase()} ${String(s.opens_at).slice(0, 5)}-${String(s.closes_at).slice(0, 5)}`,
          ),
      );
      const expected = l.hours.library.weekly.map((w) => `${w.day} ${w.opens}-${w.closes}`);
      assert.deepEqual(intervals.sort(), expected.sort(), l.id);
      for (const s of regular) assert.equal(s.freq, 'WEEKLY');
      compared++;
    }
    assert.ok(compared >= 2);
  });

  test('seasons carry their dates, a changed day is a one-day schedule, closures are noted', () => {
    const schedules = schedulesOf(partner.hours!, 'p', { service_id: uuidV5('s') }, 'Open');
    const monday = schedules.find((s) => s.byday === 'MO,WE');
    assert.ok(monday, 'one schedule for the days with the same times');
    assert.equal(monday.opens_at, '09:00:00');
    assert.match(String(monday.notes), /Gesloten op 2026-12-25 \(Kerst\)/);
    assert.match(String(monday.notes), /Gesloten op feestdagen/);
    const summer = schedules.find((s) => s.valid_from === '2026-07-01');
    assert.deepEqual(summer && [summer.byday, summer.valid_to, summer.opens_at], [
      'TU',
      '2026-08-31',
      '10:00:00',
    ]);
    const eve = schedules.find((s) => s.dtstart === '2026-12-24');
    assert.deepEqual(eve && [eve.byday, eve.valid_from, eve.valid_to, eve.closes_at], [
      'TH',
      '2026-12-24',
      '2026-12-24',
      '12:00:00',
    ]);
  });

  test('only public data: no staff instructions, no referral instructions for staff', () => {
    const text = JSON.stringify(hsdsExport(UTRECHT, locations, [partner]));
    assert.ok(!text.includes(partner.staffInstructions!));
    for (const r of partner.referral) assert.ok(!text.includes(r.instructions));
    for (const l of locations)
      if (l.staffInstructions) assert.ok(!text.includes(l.staffInstructions));
    const service = hsdsExport(UTRECHT, [], [partner]).services[0]!;
    assert.equal(service.assured_date, '2026-10-01');
    assert.equal(service.fees_description, 'Gratis voor leden. Lid worden kost € 30 per jaar');
  });

  test('the schema catches what HSDS forbids (the validation is not vacuous)', () => {
    const doc = hsdsExport(UTRECHT, locations, [partner]);
    const broken = structuredClone(doc);
    delete (broken.services[0] as Record<string, unknown>).status;
    (broken.locations[0]!.addresses as HsdsObject[])[0]!.country = 'Nederland';
    broken.organizations[0]!.id = 'utrecht';
    const problems = hsdsProblems(broken);
    assert.ok(
      problems.some((p) => p.includes("'status'")),
      problems.join('\n'),
    );
    assert.ok(problems.some((p) => p.startsWith('/locations/0/addresses/0/country')));
    assert.ok(problems.some((p) => p.startsWith('/organizations/0/id')));
  });
});
