import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { civilDate, civilDateHour, formatTime, zonedTimeToInstant } from './index.js';

const AMS = 'Europe/Amsterdam';

describe('zonedTimeToInstant', () => {
  for (const [date, time, zone, expected, why] of [
    ['2026-01-15', '10:00', AMS, '2026-01-15T09:00:00.000Z', 'winter time, UTC+1'],
    ['2026-07-01', '10:00', AMS, '2026-07-01T08:00:00.000Z', 'summer time, UTC+2'],
    ['2026-07-01', '24:00', AMS, '2026-07-01T22:00:00.000Z', '24:00 is the next midnight'],
    ['2026-12-31', '24:00', AMS, '2026-12-31T23:00:00.000Z', '24:00 across a year end'],
    ['2026-07-01', '10:00:30', AMS, '2026-07-01T08:00:30.000Z', 'seconds'],
    // Last Sunday of March: 02:00 jumps to 03:00, so 02:00–02:59 do not exist and move forward.
    ['2026-03-29', '01:59', AMS, '2026-03-29T00:59:00.000Z', 'just before the gap'],
    ['2026-03-29', '02:00', AMS, '2026-03-29T01:00:00.000Z', 'gap start → 03:00 CEST'],
    ['2026-03-29', '02:30', AMS, '2026-03-29T01:30:00.000Z', 'inside the gap → 03:30 CEST'],
    ['2026-03-29', '03:00', AMS, '2026-03-29T01:00:00.000Z', 'just after the gap'],
    // Last Sunday of October: 02:00–02:59 happen twice; the earlier (CEST) reading wins.
    ['2026-10-25', '01:59', AMS, '2026-10-24T23:59:00.000Z', 'before the repeated hour'],
    ['2026-10-25', '02:00', AMS, '2026-10-25T00:00:00.000Z', 'repeated hour start, CEST'],
    ['2026-10-25', '02:30', AMS, '2026-10-25T00:30:00.000Z', 'inside the repeated hour, CEST'],
    ['2026-10-25', '03:00', AMS, '2026-10-25T02:00:00.000Z', 'after the repeated hour, CET'],
    ['2026-03-08', '02:30', 'America/New_York', '2026-03-08T07:30:00.000Z', 'US gap → 03:30 EDT'],
    ['2026-11-01', '01:30', 'America/New_York', '2026-11-01T05:30:00.000Z', 'US repeat → EDT'],
    ['2026-10-04', '02:15', 'Australia/Lord_Howe', '2026-10-03T15:45:00.000Z', '30-minute gap'],
    ['2026-04-05', '01:45', 'Australia/Lord_Howe', '2026-04-04T14:45:00.000Z', '30-minute repeat'],
    ['2026-07-01', '10:00', 'Asia/Tokyo', '2026-07-01T01:00:00.000Z', 'no DST'],
    ['2026-07-01', '10:00', 'UTC', '2026-07-01T10:00:00.000Z', 'UTC'],
    ['2011-12-30', '12:00', 'Pacific/Apia', '2011-12-30T22:00:00.000Z', 'a skipped day'],
  ] as const) {
    test(`${date} ${time} ${zone} → ${expected} (${why})`, () => {
      assert.equal(zonedTimeToInstant(date, time, zone).toISOString(), expected);
    });
  }

  test('every quarter hour of 2026 in Amsterdam round-trips through its wall time', () => {
    const dateIn = new Intl.DateTimeFormat('sv-SE', {
      timeZone: AMS,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 15 * 60_000) {
      const at = new Date(t);
      const parts = dateIn.format(at);
      const time = formatTime(at, { lang: 'nl', timeZone: AMS });
      const back = zonedTimeToInstant(parts, time, AMS).getTime();
      // In the repeated hour the CET reading maps back to the earlier CEST instant, an hour before.
      const repeated = t >= Date.UTC(2026, 9, 25, 1) && t < Date.UTC(2026, 9, 25, 2);
      assert.equal(back, repeated ? t - 3_600_000 : t, at.toISOString());
    }
  });

  test('refuses impossible dates, times and zones', () => {
    assert.throws(() => zonedTimeToInstant('2026-02-30', '10:00', AMS), RangeError);
    assert.throws(() => zonedTimeToInstant('2026-07-01', '24:30', AMS), RangeError);
    assert.throws(() => zonedTimeToInstant('2026-07-01', '10:60', AMS), RangeError);
    assert.throws(() => zonedTimeToInstant('2026-07-01', '10h', AMS), RangeError);
    assert.throws(() => zonedTimeToInstant('2026-07-01', '10:00', 'Mars/Olympus'), RangeError);
  });
});

describe('formatTime', () => {
  for (const [iso, zone, expected] of [
    ['2026-07-01T15:00:00Z', AMS, '17:00'],
    ['2026-01-01T15:00:00Z', AMS, '16:00'],
    ['2026-10-25T00:30:00Z', AMS, '02:30'],
    ['2026-10-25T01:30:00Z', AMS, '02:30'],
    ['2026-07-01T22:00:00Z', AMS, '00:00'],
    ['2026-07-01T15:00:00Z', 'Asia/Tokyo', '00:00'],
    ['2026-07-01T15:05:59Z', 'America/New_York', '11:05'],
  ] as const) {
    test(`${iso} in ${zone} → ${expected}, in both languages`, () => {
      assert.equal(formatTime(new Date(iso), { lang: 'nl', timeZone: zone }), expected);
      assert.equal(formatTime(new Date(iso), { lang: 'en', timeZone: zone }), expected);
    });
  }
});

describe('civilDate', () => {
  for (const [at, zone, expected, why] of [
    ['2026-11-21T22:59:59Z', AMS, '2026-11-21', 'last second of the day in winter (UTC+1)'],
    ['2026-11-21T23:00:00Z', AMS, '2026-11-22', 'midnight in Amsterdam, still the 21st in UTC'],
    ['2026-07-01T21:59:59Z', AMS, '2026-07-01', 'summer time (UTC+2)'],
    ['2026-07-01T22:00:00Z', AMS, '2026-07-02', 'summer midnight'],
    ['2026-10-25T00:30:00Z', AMS, '2026-10-25', 'inside the repeated hour'],
    ['2026-11-21T23:30:00Z', 'America/New_York', '2026-11-21', 'another zone'],
  ] as const) {
    test(`${at} in ${zone} → ${expected} (${why})`, () => {
      assert.equal(civilDate(new Date(at), zone), expected);
    });
  }
});

describe('civilDateHour', () => {
  for (const [at, expected, why] of [
    [
      '2026-11-21T23:30:00Z',
      { date: '2026-11-22', hour: 0 },
      'after midnight in Amsterdam, before in UTC',
    ],
    ['2026-07-01T08:59:59Z', { date: '2026-07-01', hour: 10 }, 'summer time, UTC+2'],
    [
      '2026-03-29T01:00:00Z',
      { date: '2026-03-29', hour: 3 },
      'the hour after the spring-forward gap',
    ],
    [
      '2026-10-25T00:30:00Z',
      { date: '2026-10-25', hour: 2 },
      'the first 02:xx when clocks go back',
    ],
    ['2026-10-25T01:30:00Z', { date: '2026-10-25', hour: 2 }, 'the second 02:xx'],
  ] as const) {
    test(`${at} → ${expected.date} ${expected.hour}h (${why})`, () => {
      assert.deepEqual(civilDateHour(new Date(at), AMS), expected);
    });
  }
});
