import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LocationSchema, type Location } from '../schemas/location.js';
import type { OpeningHoursInput } from '../schemas/opening-hours.js';
import { openingHoursJsonLd } from './index.js';

const S = 'https://schema.org/';

function location(hours: { library: OpeningHoursInput; ido?: OpeningHoursInput }): Location {
  return LocationSchema.parse({
    id: 'ido-voorbeeld-centrum',
    name: 'IDO Voorbeeldbibliotheek Centrum',
    organisation: 'Voorbeeldbibliotheek',
    address: {
      street: 'Voorbeeldstraat',
      houseNumber: '12A',
      postcode: '1234 AB',
      city: 'Voorbeeld',
      municipality: 'Voorbeeld',
    },
    geo: { lat: 52.09, lon: 5.12 },
    contact: {
      phone: '030 123 45 67',
      email: 'ido@voorbeeld.example.nl',
      website: 'https://voorbeeld.example.nl/centrum',
    },
    hours,
    services: ['walk-in'],
    languages: ['nl', 'ar'],
    updatedAt: '2026-04-01T08:00:00Z',
  });
}

const library: OpeningHoursInput = {
  weekly: [
    { day: 'mo', opens: '13:00', closes: '17:00' },
    { day: 'tu', opens: '10:00', closes: '17:00' },
    { day: 'we', opens: '10:00', closes: '17:00' },
    { day: 'fr', opens: '18:00', closes: '24:00' },
    { day: 'sa', opens: '10:00', closes: '14:00' },
  ],
  exceptions: [
    { date: '2026-03-31', closed: true, note: 'Voorbij' },
    { date: '2026-06-09', intervals: [{ opens: '10:00', closes: '12:00' }], note: 'Korte dag' },
  ],
  seasons: [
    {
      validFrom: '2026-07-01',
      validThrough: '2026-08-31',
      weekly: [{ day: 'tu', opens: '10:00', closes: '13:00' }],
    },
  ],
};

type Json = Record<string, any>;

describe('openingHoursJsonLd', () => {
  const ld = openingHoursJsonLd(
    location({ library, ido: { weekly: [{ day: 'tu', opens: '14:00', closes: '16:00' }] } }),
    new Date('2026-04-01T08:00:00Z'),
  ) as Json;

  test('a Library with PostalAddress, GeoCoordinates, telephone and url', () => {
    assert.equal(ld['@context'], 'https://schema.org');
    assert.equal(ld['@type'], 'Library');
    assert.equal(ld.name, 'Voorbeeldbibliotheek');
    assert.deepEqual(ld.address, {
      '@type': 'PostalAddress',
      streetAddress: 'Voorbeeldstraat 12A',
      postalCode: '1234 AB',
      addressLocality: 'Voorbeeld',
      addressCountry: 'NL',
    });
    assert.deepEqual(ld.geo, { '@type': 'GeoCoordinates', latitude: 52.09, longitude: 5.12 });
    assert.equal(ld.telephone, '030 123 45 67');
    assert.equal(ld.email, 'ido@voorbeeld.example.nl');
    assert.equal(ld.url, 'https://voorbeeld.example.nl/centrum');
  });

  test('weekly hours grouped by times, HH:MM:SS, 24:00 as 23:59:59, seasons with validity', () => {
    assert.deepEqual(ld.openingHoursSpecification, [
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: [`${S}Monday`],
        opens: '13:00:00',
        closes: '17:00:00',
      },
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: [`${S}Tuesday`, `${S}Wednesday`],
        opens: '10:00:00',
        closes: '17:00:00',
      },
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: [`${S}Friday`],
        opens: '18:00:00',
        closes: '23:59:59',
      },
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: [`${S}Saturday`],
        opens: '10:00:00',
        closes: '14:00:00',
      },
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: [`${S}Tuesday`],
        opens: '10:00:00',
        closes: '13:00:00',
        validFrom: '2026-07-01',
        validThrough: '2026-08-31',
      },
    ]);
  });

  test('special hours: upcoming exceptions and holidays on normally-open days, in date order', () => {
    const special = (ld.specialOpeningHoursSpecification as Json[]).map((s) => [
      s.validFrom,
      s.name ?? '',
      s.opens,
      s.closes,
    ]);
    assert.deepEqual(special.slice(0, 5), [
      // 5 April (Eerste Paasdag) is a Sunday, closed anyway: not listed.
      ['2026-04-06', 'Tweede Paasdag', '00:00:00', '00:00:00'],
      ['2026-04-27', 'Koningsdag', '00:00:00', '00:00:00'],
      ['2026-05-25', 'Tweede Pinksterdag', '00:00:00', '00:00:00'],
      ['2026-06-09', 'Korte dag', '10:00:00', '12:00:00'],
      ['2026-12-25', 'Eerste Kerstdag', '00:00:00', '00:00:00'],
    ]);
    // The past exception of 31 March is not listed; every entry is one day.
    assert.ok(special.every(([date]) => date >= '2026-04-01' && date < '2027-04-02'));
    for (const s of ld.specialOpeningHoursSpecification as Json[])
      assert.equal(s.validFrom, s.validThrough);
  });

  test('the IDO desk is a department with its own hours', () => {
    const dept = ld.department as Json;
    assert.equal(dept['@type'], 'LocalBusiness');
    assert.equal(dept.name, 'IDO Voorbeeldbibliotheek Centrum');
    assert.deepEqual(dept.address, ld.address);
    assert.deepEqual(dept.knowsLanguage, ['nl', 'ar']);
    assert.deepEqual(dept.openingHoursSpecification, [
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: [`${S}Tuesday`],
        opens: '14:00:00',
        closes: '16:00:00',
      },
    ]);
  });

  test('without IDO hours the department has the library hours', () => {
    const plain = openingHoursJsonLd(
      location({ library }),
      new Date('2026-04-01T08:00:00Z'),
    ) as Json;
    assert.deepEqual(plain.department.openingHoursSpecification, plain.openingHoursSpecification);
  });

  test('defaults to the location’s updatedAt and survives JSON serialisation', () => {
    const loc = location({ library });
    const text = JSON.stringify(openingHoursJsonLd(loc));
    assert.equal(text, JSON.stringify(openingHoursJsonLd(loc, new Date(loc.updatedAt))));
    assert.ok(!text.includes('undefined'));
  });
});
