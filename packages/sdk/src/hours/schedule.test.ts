import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { days, hours } from './test-support.js';
import { daySchedule, upcomingChanges, weekSchedule, type DaySchedule } from './index.js';

const branch = hours({
  weekly: [
    { day: 'mo', opens: '13:00', closes: '17:00' },
    ...days(['tu', 'we', 'th', 'fr'], '13:00', '17:00'),
    ...days(['tu', 'we', 'th', 'fr'], '10:00', '12:30'),
    { day: 'sa', opens: '10:00', closes: '14:00' },
  ],
  exceptions: [
    { date: '2026-12-24', intervals: [{ opens: '10:00', closes: '15:00' }], note: 'Kerstavond' },
    { date: '2026-12-27', closed: true },
  ],
});

/** A compact view of a day: date, day, "HH:MM-HH:MM" intervals, reason name, exception flag. */
const brief = (d: DaySchedule) => [
  d.date,
  d.day,
  d.intervals.map((i) => `${i.opens}-${i.closes}`).join(' '),
  d.reason ? `${d.reason.kind}:${d.reason.name}` : '',
  d.exception,
];

describe('weekSchedule', () => {
  test('Monday to Sunday of the ISO week, intervals sorted, holidays and exceptions applied', () => {
    const week = weekSchedule(branch, new Date('2026-12-23T12:00:00+01:00'));
    assert.deepEqual(week.map(brief), [
      ['2026-12-21', 'mo', '13:00-17:00', '', false],
      ['2026-12-22', 'tu', '10:00-12:30 13:00-17:00', '', false],
      ['2026-12-23', 'we', '10:00-12:30 13:00-17:00', '', false],
      ['2026-12-24', 'th', '10:00-15:00', 'exception:Kerstavond', true],
      ['2026-12-25', 'fr', '', 'holiday:Eerste Kerstdag', true],
      ['2026-12-26', 'sa', '', 'holiday:Tweede Kerstdag', true],
      ['2026-12-27', 'su', '', 'exception:', true],
    ]);
    assert.deepEqual(
      week.map((d) => d.closed),
      [false, false, false, false, true, true, true],
    );
  });

  for (const [title, at, monday] of [
    ['a Sunday instant belongs to the week before', '2026-12-27T12:00:00+01:00', '2026-12-21'],
    ['a Monday instant starts its own week', '2026-12-28T00:00:00+01:00', '2026-12-28'],
    [
      'Sunday 23:30 in Amsterdam is that week, although it is Monday in UTC+9',
      '2026-12-27T23:30:00+01:00',
      '2026-12-21',
    ],
    ['a week across a year end', '2027-01-01T12:00:00+01:00', '2026-12-28'],
  ] as const) {
    test(title, () => {
      const week = weekSchedule(branch, new Date(at));
      assert.equal(week[0]!.date, monday);
      assert.deepEqual(
        week.map((d) => d.day),
        ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'],
      );
    });
  }

  test('a holiday on a normally closed day is named but is not an exception', () => {
    const easter = weekSchedule(branch, new Date('2026-04-05T12:00:00+02:00'));
    assert.deepEqual(brief(easter[6]!), ['2026-04-05', 'su', '', 'holiday:Eerste Paasdag', false]);
  });
});

describe('daySchedule', () => {
  test('intervals carry their instants', () => {
    const day = daySchedule(branch, '2026-06-02');
    assert.deepEqual(
      day.intervals.map((i) => [i.start.toISOString(), i.end.toISOString()]),
      [
        ['2026-06-02T08:00:00.000Z', '2026-06-02T10:30:00.000Z'],
        ['2026-06-02T11:00:00.000Z', '2026-06-02T15:00:00.000Z'],
      ],
    );
  });

  test('24:00 ends at the next local midnight', () => {
    const late = hours({ weekly: [{ day: 'sa', opens: '20:00', closes: '24:00' }] });
    const [interval] = daySchedule(late, '2026-06-06').intervals;
    assert.equal(interval!.closes, '24:00');
    assert.equal(interval!.end.toISOString(), '2026-06-06T22:00:00.000Z');
  });

  test('DST days: 01:00–04:00 lasts two hours in March and four in October', () => {
    const night = hours({ weekly: days(['su'], '01:00', '04:00') });
    const length = (date: string) => {
      const [i] = daySchedule(night, date).intervals;
      return (i!.end.getTime() - i!.start.getTime()) / 3_600_000;
    };
    assert.equal(length('2026-03-29'), 2);
    assert.equal(length('2026-10-25'), 4);
    assert.equal(length('2026-06-07'), 3);
  });

  test('outside validFrom/validThrough the day is closed with the limit as reason', () => {
    const limited = hours({
      weekly: branch.weekly,
      validFrom: '2026-06-03',
      validThrough: '2026-06-30',
    });
    assert.deepEqual(brief(daySchedule(limited, '2026-06-02')), [
      '2026-06-02',
      'tu',
      '',
      'not-yet-valid:2026-06-03',
      true,
    ]);
    assert.deepEqual(brief(daySchedule(limited, '2026-07-01')), [
      '2026-07-01',
      'we',
      '',
      'season-end:2026-06-30',
      true,
    ]);
    assert.equal(daySchedule(limited, '2026-06-30').closed, false);
  });

  test('refuses a date that does not exist', () => {
    assert.throws(() => daySchedule(branch, '2026-02-29'), RangeError);
    assert.throws(() => daySchedule(branch, '29-02-2028'), RangeError);
  });
});

describe('upcomingChanges', () => {
  test('lists the days of the next two weeks (20 Dec – 2 Jan) that differ from the weekly pattern', () => {
    const changes = upcomingChanges(branch, new Date('2026-12-20T12:00:00+01:00'));
    assert.deepEqual(changes.map(brief), [
      ['2026-12-24', 'th', '10:00-15:00', 'exception:Kerstavond', true],
      ['2026-12-25', 'fr', '', 'holiday:Eerste Kerstdag', true],
      ['2026-12-26', 'sa', '', 'holiday:Tweede Kerstdag', true],
      ['2026-12-27', 'su', '', 'exception:', true],
      ['2027-01-01', 'fr', '', 'holiday:Nieuwjaarsdag', true],
    ]);
  });

  test('includes today and honours the number of days', () => {
    const at = new Date('2026-12-24T16:00:00+01:00');
    assert.deepEqual(
      upcomingChanges(branch, at, 2).map((d) => d.date),
      ['2026-12-24', '2026-12-25'],
    );
    // Nieuwjaarsdag (Friday 1 January 2027) is eight days ahead.
    assert.deepEqual(
      upcomingChanges(branch, at, 9).map((d) => d.date),
      ['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-27', '2027-01-01'],
    );
  });

  test('nothing in an ordinary fortnight', () => {
    assert.deepEqual(upcomingChanges(branch, new Date('2026-06-01T12:00:00+02:00')), []);
  });
});
