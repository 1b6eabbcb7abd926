import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LocationSchema, type Location } from '../schemas/location.js';
import type { OpeningHoursInput } from '../schemas/opening-hours.js';
import { validateIdoHours } from './index.js';

const library: OpeningHoursInput = {
  weekly: [
    { day: 'mo', opens: '13:00', closes: '17:00' },
    { day: 'tu', opens: '10:00', closes: '12:00' },
    { day: 'tu', opens: '12:00', closes: '17:00' },
    { day: 'we', opens: '10:00', closes: '12:30' },
    { day: 'we', opens: '13:30', closes: '17:00' },
    { day: 'th', opens: '10:00', closes: '17:00' },
    { day: 'fr', opens: '10:00', closes: '17:00' },
  ],
  exceptions: [{ date: '2026-12-24', intervals: [{ opens: '10:00', closes: '13:00' }] }],
};

function location(ido: OpeningHoursInput | undefined, lib: OpeningHoursInput = library): Location {
  return LocationSchema.parse({
    id: 'ido-voorbeeld',
    name: 'IDO Voorbeeldbibliotheek',
    organisation: 'Voorbeeldbibliotheek',
    address: {
      street: 'Voorbeeldstraat',
      houseNumber: '1',
      postcode: '1234 AB',
      city: 'Voorbeeld',
      municipality: 'Voorbeeld',
    },
    geo: { lat: 52.09, lon: 5.12 },
    contact: {},
    hours: { library: lib, ...(ido ? { ido } : {}) },
    services: ['walk-in'],
    languages: ['nl'],
    updatedAt: '2026-06-01T08:00:00Z',
  });
}

const at = new Date('2026-06-01T08:00:00Z');

describe('validateIdoHours', () => {
  test('no IDO hours, nothing to check', () => {
    assert.deepEqual(validateIdoHours(location(undefined), at), []);
  });

  test('IDO hours inside library hours pass, also across touching library intervals', () => {
    const ido: OpeningHoursInput = {
      weekly: [
        { day: 'mo', opens: '14:00', closes: '16:00' },
        { day: 'tu', opens: '11:00', closes: '13:00' },
        { day: 'fr', opens: '10:00', closes: '12:00' },
      ],
    };
    assert.deepEqual(validateIdoHours(location(ido), at), []);
  });

  test('weekly IDO hours outside the library hours are named per weekday', () => {
    const ido: OpeningHoursInput = {
      weekly: [
        { day: 'mo', opens: '10:00', closes: '12:00' },
        { day: 'we', opens: '12:00', closes: '14:00' },
        { day: 'sa', opens: '10:00', closes: '12:00' },
      ],
    };
    assert.deepEqual(validateIdoHours(location(ido), at), [
      {
        day: 'mo',
        message: 'On Monday the IDO is open 10:00–12:00, but the library is open 13:00–17:00',
      },
      {
        day: 'we',
        message:
          'On Wednesday the IDO is open 12:00–14:00, but the library is open 10:00–12:30, 13:30–17:00',
      },
      { day: 'sa', message: 'On Saturday the IDO is open 10:00–12:00, but the library is closed' },
    ]);
  });

  test('dated: a library exception that cuts into IDO hours', () => {
    const ido: OpeningHoursInput = {
      weekly: [{ day: 'th', opens: '14:00', closes: '16:00' }],
    };
    assert.deepEqual(validateIdoHours(location(ido), at), [
      {
        date: '2026-12-24',
        message:
          'On Thursday 24 December 2026 the IDO is open 14:00–16:00, but the library is open 10:00–13:00',
      },
    ]);
  });

  test('dated: IDO hours that ignore public holidays while the library closes on them', () => {
    const ido: OpeningHoursInput = {
      closedOnPublicHolidays: false,
      weekly: [{ day: 'fr', opens: '10:00', closes: '12:00' }],
    };
    // Library holidays on a Friday in the year from 1 June 2026: Eerste Kerstdag 2026 and
    // Nieuwjaarsdag 2027 (Goede Vrijdag is not a holiday for this library).
    assert.deepEqual(
      validateIdoHours(location(ido), at).map((i) => [i.date, i.message]),
      [
        [
          '2026-12-25',
          'On Friday 25 December 2026 (Christmas Day) the IDO is open 10:00–12:00, but the library is closed',
        ],
        [
          '2027-01-01',
          "On Friday 1 January 2027 (New Year's Day) the IDO is open 10:00–12:00, but the library is closed",
        ],
      ],
    );
  });

  test('dated: an IDO exception outside the library hours', () => {
    const ido: OpeningHoursInput = {
      weekly: [],
      exceptions: [
        { date: '2026-09-05', intervals: [{ opens: '10:00', closes: '12:00' }], note: 'Open dag' },
        { date: '2026-09-07', intervals: [{ opens: '14:00', closes: '15:00' }] },
      ],
    };
    assert.deepEqual(
      validateIdoHours(location(ido), at).map((i) => i.date),
      ['2026-09-05'],
    );
  });

  test('dated rules only within the year from `at`', () => {
    const ido: OpeningHoursInput = {
      weekly: [],
      exceptions: [{ date: '2027-09-04', intervals: [{ opens: '10:00', closes: '12:00' }] }],
    };
    assert.deepEqual(validateIdoHours(location(ido), at), []);
    assert.equal(validateIdoHours(location(ido), new Date('2027-01-01T12:00:00Z')).length, 1);
  });

  test('defaults to the year from the location’s updatedAt', () => {
    const ido: OpeningHoursInput = {
      weekly: [],
      exceptions: [{ date: '2026-09-05', intervals: [{ opens: '10:00', closes: '12:00' }] }],
    };
    assert.deepEqual(
      validateIdoHours(location(ido)).map((i) => i.date),
      ['2026-09-05'],
    );
  });

  test('a different time zone is reported', () => {
    const ido: OpeningHoursInput = { timeZone: 'Europe/Brussels', weekly: [] };
    assert.deepEqual(validateIdoHours(location(ido), at), [
      {
        message:
          'The IDO hours use time zone Europe/Brussels but the library hours use Europe/Amsterdam',
      },
    ]);
  });
});
