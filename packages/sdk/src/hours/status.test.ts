import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { days, hours } from './test-support.js';
import { type OpeningHours, type WeeklyInterval } from '../schemas/opening-hours.js';
import { nextStatusChange, openingStatus, type OpeningStatus } from './index.js';

/** Mo afternoon, Tu–Fr with a lunch break, Sa morning, Su closed. */
const branchWeekly: WeeklyInterval[] = [
  { day: 'mo', opens: '13:00', closes: '17:00' },
  ...days(['tu', 'we', 'th', 'fr'], '10:00', '12:30'),
  ...days(['tu', 'we', 'th', 'fr'], '13:00', '17:00'),
  { day: 'sa', opens: '10:00', closes: '14:00' },
];
const branch = hours({ weekly: branchWeekly });

/** Expected status, with instants written in ISO with their offset for readability. */
interface Expected {
  state: OpeningStatus['state'];
  since?: string;
  until?: string;
  nextOpen?: string;
  reason?: OpeningStatus['reason'];
}

function check(h: OpeningHours, at: string, expected: Expected) {
  const actual = openingStatus(h, new Date(at));
  const iso = (d?: Date) => d?.toISOString();
  const norm = (s?: string) => (s === undefined ? undefined : new Date(s).toISOString());
  assert.deepEqual(
    {
      state: actual.state,
      since: iso(actual.since),
      until: iso(actual.until),
      nextOpen: iso(actual.nextOpen),
      reason: actual.reason,
    },
    {
      state: expected.state,
      since: norm(expected.since),
      until: norm(expected.until),
      nextOpen: norm(expected.nextOpen),
      reason: expected.reason,
    },
  );
}

type Case = [title: string, hours: OpeningHours, at: string, expected: Expected];

function table(name: string, cases: Case[]) {
  describe(name, () => {
    for (const [title, h, at, expected] of cases) test(title, () => check(h, at, expected));
  });
}

// June 2026: 1 June is a Monday, Amsterdam is on CEST (+02:00), no holidays that week.
table('weekly intervals', [
  [
    'open in the morning interval: since opening, until the lunch break',
    branch,
    '2026-06-02T11:00:00+02:00',
    { state: 'open', since: '2026-06-02T10:00:00+02:00', until: '2026-06-02T12:30:00+02:00' },
  ],
  [
    'open at the exact opening minute',
    branch,
    '2026-06-02T10:00:00+02:00',
    { state: 'open', since: '2026-06-02T10:00:00+02:00', until: '2026-06-02T12:30:00+02:00' },
  ],
  [
    'closed during the lunch break, opens again at 13:00',
    branch,
    '2026-06-02T12:45:00+02:00',
    { state: 'closed', since: '2026-06-02T12:30:00+02:00', nextOpen: '2026-06-02T13:00:00+02:00' },
  ],
  [
    'closed at the exact closing minute',
    branch,
    '2026-06-02T17:00:00+02:00',
    { state: 'closed', since: '2026-06-02T17:00:00+02:00', nextOpen: '2026-06-03T10:00:00+02:00' },
  ],
  [
    'closed before opening: since yesterday evening',
    branch,
    '2026-06-03T08:00:00+02:00',
    { state: 'closed', since: '2026-06-02T17:00:00+02:00', nextOpen: '2026-06-03T10:00:00+02:00' },
  ],
  [
    'closed on Saturday afternoon until Monday 13:00',
    branch,
    '2026-06-06T15:00:00+02:00',
    { state: 'closed', since: '2026-06-06T14:00:00+02:00', nextOpen: '2026-06-08T13:00:00+02:00' },
  ],
  [
    'a normally closed Sunday carries no reason',
    branch,
    '2026-06-07T12:00:00+02:00',
    { state: 'closed', since: '2026-06-06T14:00:00+02:00', nextOpen: '2026-06-08T13:00:00+02:00' },
  ],
  [
    'touching intervals on one day merge for since and until',
    hours({
      weekly: [
        { day: 'mo', opens: '12:00', closes: '17:00' },
        { day: 'mo', opens: '09:00', closes: '12:00' },
      ],
    }),
    '2026-06-01T11:00:00+02:00',
    { state: 'open', since: '2026-06-01T09:00:00+02:00', until: '2026-06-01T17:00:00+02:00' },
  ],
  [
    'su 22:00–24:00 then mo 00:00–02:00: one run across midnight (Sunday evening)',
    hours({
      weekly: [
        { day: 'su', opens: '22:00', closes: '24:00' },
        { day: 'mo', opens: '00:00', closes: '02:00' },
        { day: 'mo', opens: '09:00', closes: '12:00' },
      ],
    }),
    '2026-06-07T23:00:00+02:00',
    { state: 'open', since: '2026-06-07T22:00:00+02:00', until: '2026-06-08T02:00:00+02:00' },
  ],
  [
    'su 22:00–24:00 then mo 00:00–02:00: one run across midnight (Monday night)',
    hours({
      weekly: [
        { day: 'su', opens: '22:00', closes: '24:00' },
        { day: 'mo', opens: '00:00', closes: '02:00' },
      ],
    }),
    '2026-06-08T01:00:00+02:00',
    { state: 'open', since: '2026-06-07T22:00:00+02:00', until: '2026-06-08T02:00:00+02:00' },
  ],
  [
    'open around the clock: neither since nor until within the window',
    hours({
      weekly: days(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], '00:00', '24:00'),
      closedOnPublicHolidays: false,
    }),
    '2026-06-03T12:00:00+02:00',
    { state: 'open' },
  ],
  [
    'nothing scheduled: closed with no next opening',
    hours({ weekly: [] }),
    '2026-06-03T12:00:00+02:00',
    { state: 'closed' },
  ],
]);

table('the 14-day search window', [
  [
    'an opening 14 days ahead is found',
    hours({
      exceptions: [{ date: '2026-06-15', intervals: [{ opens: '10:00', closes: '12:00' }] }],
    }),
    '2026-06-01T12:00:00+02:00',
    { state: 'closed', nextOpen: '2026-06-15T10:00:00+02:00' },
  ],
  [
    'an opening 15 days ahead is not',
    hours({
      exceptions: [{ date: '2026-06-16', intervals: [{ opens: '10:00', closes: '12:00' }] }],
    }),
    '2026-06-01T12:00:00+02:00',
    { state: 'closed' },
  ],
  [
    'a closing 14 days back is the start of the closed state',
    hours({
      exceptions: [{ date: '2026-05-18', intervals: [{ opens: '10:00', closes: '12:00' }] }],
    }),
    '2026-06-01T12:00:00+02:00',
    { state: 'closed', since: '2026-05-18T12:00:00+02:00' },
  ],
]);

table('exceptions and public holidays', [
  [
    'closed on Koningsdag (Monday 27 April 2026) with the holiday as reason',
    branch,
    '2026-04-27T14:00:00+02:00',
    {
      state: 'closed',
      since: '2026-04-25T14:00:00+02:00',
      nextOpen: '2026-04-28T10:00:00+02:00',
      reason: { kind: 'holiday', name: 'Koningsdag' },
    },
  ],
  [
    'the reason holds all day, also before the usual opening time',
    branch,
    '2026-04-27T09:00:00+02:00',
    {
      state: 'closed',
      since: '2026-04-25T14:00:00+02:00',
      nextOpen: '2026-04-28T10:00:00+02:00',
      reason: { kind: 'holiday', name: 'Koningsdag' },
    },
  ],
  [
    'an exception wins over the holiday',
    hours({
      weekly: branchWeekly,
      exceptions: [{ date: '2026-04-27', intervals: [{ opens: '10:00', closes: '14:00' }] }],
    }),
    '2026-04-27T11:00:00+02:00',
    { state: 'open', since: '2026-04-27T10:00:00+02:00', until: '2026-04-27T14:00:00+02:00' },
  ],
  [
    'open on holidays when closedOnPublicHolidays is false',
    hours({ weekly: branchWeekly, closedOnPublicHolidays: false }),
    '2026-04-27T14:00:00+02:00',
    { state: 'open', since: '2026-04-27T13:00:00+02:00', until: '2026-04-27T17:00:00+02:00' },
  ],
  [
    'a holiday on a normally closed Sunday gives no reason (Eerste Pinksterdag)',
    branch,
    '2026-05-24T12:00:00+02:00',
    { state: 'closed', since: '2026-05-23T14:00:00+02:00', nextOpen: '2026-05-26T10:00:00+02:00' },
  ],
  [
    'Goede Vrijdag is a normal day by default',
    branch,
    '2026-04-03T11:00:00+02:00',
    { state: 'open', since: '2026-04-03T10:00:00+02:00', until: '2026-04-03T12:30:00+02:00' },
  ],
  [
    'Goede Vrijdag closes when closedOnGoodFriday',
    hours({ weekly: branchWeekly, closedOnGoodFriday: true }),
    '2026-04-03T11:00:00+02:00',
    {
      state: 'closed',
      since: '2026-04-02T17:00:00+02:00',
      nextOpen: '2026-04-04T10:00:00+02:00',
      reason: { kind: 'holiday', name: 'Goede Vrijdag' },
    },
  ],
  [
    'Bevrijdingsdag closes in a lustrum year (Monday 5 May 2025)',
    branch,
    '2025-05-05T14:00:00+02:00',
    {
      state: 'closed',
      since: '2025-05-03T14:00:00+02:00',
      nextOpen: '2025-05-06T10:00:00+02:00',
      reason: { kind: 'holiday', name: 'Bevrijdingsdag' },
    },
  ],
  [
    'Bevrijdingsdag is a normal day in 2026',
    branch,
    '2026-05-05T11:00:00+02:00',
    { state: 'open', since: '2026-05-05T10:00:00+02:00', until: '2026-05-05T12:30:00+02:00' },
  ],
  [
    'Bevrijdingsdag closes every year when closedOnLiberationDayEveryYear',
    hours({ weekly: branchWeekly, closedOnLiberationDayEveryYear: true }),
    '2026-05-05T11:00:00+02:00',
    {
      state: 'closed',
      since: '2026-05-04T17:00:00+02:00',
      nextOpen: '2026-05-06T10:00:00+02:00',
      reason: { kind: 'holiday', name: 'Bevrijdingsdag' },
    },
  ],
  [
    'a closed exception gives its note as reason',
    hours({
      weekly: branchWeekly,
      exceptions: [{ date: '2026-06-03', closed: true, note: 'Studiedag personeel' }],
    }),
    '2026-06-03T11:00:00+02:00',
    {
      state: 'closed',
      since: '2026-06-02T17:00:00+02:00',
      nextOpen: '2026-06-04T10:00:00+02:00',
      reason: { kind: 'exception', name: 'Studiedag personeel' },
    },
  ],
  [
    'a shortened day: closed with a reason where the weekly pattern would be open',
    hours({
      weekly: branchWeekly,
      exceptions: [
        { date: '2026-06-04', intervals: [{ opens: '10:00', closes: '12:00' }], note: 'Korte dag' },
      ],
    }),
    '2026-06-04T14:00:00+02:00',
    {
      state: 'closed',
      since: '2026-06-04T12:00:00+02:00',
      nextOpen: '2026-06-05T10:00:00+02:00',
      reason: { kind: 'exception', name: 'Korte dag' },
    },
  ],
  [
    'a shortened day: no reason where the weekly pattern is closed too',
    hours({
      weekly: branchWeekly,
      exceptions: [
        { date: '2026-06-04', intervals: [{ opens: '10:00', closes: '12:00' }], note: 'Korte dag' },
      ],
    }),
    '2026-06-04T09:00:00+02:00',
    { state: 'closed', since: '2026-06-03T17:00:00+02:00', nextOpen: '2026-06-04T10:00:00+02:00' },
  ],
]);

const summer = hours({
  weekly: branchWeekly,
  seasons: [
    {
      name: 'Zomertijden',
      validFrom: '2026-07-01',
      validThrough: '2026-08-31',
      weekly: days(['tu', 'we', 'th', 'fr'], '10:00', '14:00'),
    },
  ],
});
const limited = hours({
  weekly: branchWeekly,
  validFrom: '2026-06-03',
  validThrough: '2026-06-30',
});

table('seasons and validity', [
  [
    'the weekly pattern applies the day before the season',
    summer,
    '2026-06-30T15:00:00+02:00',
    { state: 'open', since: '2026-06-30T13:00:00+02:00', until: '2026-06-30T17:00:00+02:00' },
  ],
  [
    'the season replaces the weekly pattern',
    summer,
    '2026-07-07T13:30:00+02:00',
    { state: 'open', since: '2026-07-07T10:00:00+02:00', until: '2026-07-07T14:00:00+02:00' },
  ],
  [
    'a day the season has closed is regular: no reason',
    summer,
    '2026-07-06T14:00:00+02:00',
    { state: 'closed', since: '2026-07-03T14:00:00+02:00', nextOpen: '2026-07-07T10:00:00+02:00' },
  ],
  [
    'weekly again after the season',
    summer,
    '2026-09-01T15:00:00+02:00',
    { state: 'open', since: '2026-09-01T13:00:00+02:00', until: '2026-09-01T17:00:00+02:00' },
  ],
  [
    'before validFrom: closed, not yet valid, opens on the first valid day',
    limited,
    '2026-06-02T11:00:00+02:00',
    {
      state: 'closed',
      nextOpen: '2026-06-03T10:00:00+02:00',
      reason: { kind: 'not-yet-valid', name: '2026-06-03' },
    },
  ],
  [
    'after validThrough: closed, season ended, nothing ahead',
    limited,
    '2026-07-01T11:00:00+02:00',
    {
      state: 'closed',
      since: '2026-06-30T17:00:00+02:00',
      reason: { kind: 'season-end', name: '2026-06-30' },
    },
  ],
]);

const night = hours({ weekly: days(['sa', 'su'], '01:00', '04:00') });
const earlyClose = hours({ weekly: [{ day: 'su', opens: '00:00', closes: '02:30' }] });
const gapOpening = hours({ weekly: [{ day: 'su', opens: '02:30', closes: '05:00' }] });

table('DST switch days in Amsterdam', [
  [
    '29 March 2026: a desk open 01:00–04:00 is open two real hours (01:00 CET → 04:00 CEST)',
    night,
    '2026-03-29T00:30:00Z',
    { state: 'open', since: '2026-03-29T00:00:00Z', until: '2026-03-29T02:00:00Z' },
  ],
  [
    '29 March 2026: closed from 04:00 CEST',
    night,
    '2026-03-29T02:00:00Z',
    { state: 'closed', since: '2026-03-29T02:00:00Z', nextOpen: '2026-04-04T01:00:00+02:00' },
  ],
  [
    '29 March 2026: an opening time inside the skipped hour moves forward (02:30 → 03:30 CEST)',
    gapOpening,
    '2026-03-29T01:15:00Z',
    { state: 'closed', since: '2026-03-22T05:00:00+01:00', nextOpen: '2026-03-29T01:30:00Z' },
  ],
  [
    '25 October 2026: the same desk is open four real hours (01:00 CEST → 04:00 CET)',
    night,
    '2026-10-24T23:30:00Z',
    { state: 'open', since: '2026-10-24T23:00:00Z', until: '2026-10-25T03:00:00Z' },
  ],
  [
    '25 October 2026: open at the first 02:30 (CEST)',
    night,
    '2026-10-25T00:30:00Z',
    { state: 'open', since: '2026-10-24T23:00:00Z', until: '2026-10-25T03:00:00Z' },
  ],
  [
    '25 October 2026: open at the second 02:30 (CET)',
    night,
    '2026-10-25T01:30:00Z',
    { state: 'open', since: '2026-10-24T23:00:00Z', until: '2026-10-25T03:00:00Z' },
  ],
  [
    '25 October 2026: closing at 02:30 means the first 02:30; the repeated hour after it is closed',
    earlyClose,
    '2026-10-25T01:15:00Z',
    { state: 'closed', since: '2026-10-25T00:30:00Z', nextOpen: '2026-11-01T00:00:00+01:00' },
  ],
]);

describe('other time zones', () => {
  test('a schedule in New York is evaluated in New York', () => {
    const ny = hours({ timeZone: 'America/New_York', weekly: days(['mo'], '09:00', '17:00') });
    check(ny, '2026-06-01T15:00:00Z', {
      state: 'open',
      since: '2026-06-01T09:00:00-04:00',
      until: '2026-06-01T17:00:00-04:00',
    });
    check(ny, '2026-06-01T22:00:00Z', {
      state: 'closed',
      since: '2026-06-01T17:00:00-04:00',
      nextOpen: '2026-06-08T09:00:00-04:00',
    });
  });

  test('Dutch holidays apply to the date in the schedule zone', () => {
    // 05:30 on 27 April (Koningsdag) in Amsterdam is still Sunday 26 April in New York.
    const mondays = hours({ weekly: days(['su', 'mo'], '00:00', '24:00') });
    const at = new Date('2026-04-27T03:30:00Z');
    assert.equal(openingStatus(mondays, at).reason?.name, 'Koningsdag');
    const ny = hours({
      timeZone: 'America/New_York',
      weekly: days(['su', 'mo'], '00:00', '24:00'),
    });
    assert.equal(openingStatus(ny, at).state, 'open');
  });
});

describe('nextStatusChange', () => {
  const always = hours({
    weekly: days(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], '00:00', '24:00'),
  });
  for (const [title, h, at, expected] of [
    ['open: the closing time', branch, '2026-06-02T11:00:00+02:00', '2026-06-02T12:30:00+02:00'],
    [
      'closed: the next opening today',
      branch,
      '2026-06-02T12:45:00+02:00',
      '2026-06-02T13:00:00+02:00',
    ],
    [
      'closed until another day: local midnight',
      branch,
      '2026-06-06T15:00:00+02:00',
      '2026-06-07T00:00:00+02:00',
    ],
    [
      'midnight before the spring switch',
      branch,
      '2026-03-28T20:00:00+01:00',
      '2026-03-29T00:00:00+01:00',
    ],
    [
      'midnight before the autumn switch',
      branch,
      '2026-10-24T20:00:00+02:00',
      '2026-10-25T00:00:00+02:00',
    ],
    ['open around the clock: none', always, '2026-06-02T11:00:00+02:00', undefined],
  ] as const) {
    test(title, () => {
      const actual = nextStatusChange(h, new Date(at));
      assert.equal(actual?.toISOString(), expected && new Date(expected).toISOString());
    });
  }

  test('the status really changes at that instant and not a minute before', () => {
    let at = new Date('2026-06-01T00:00:00+02:00');
    for (let i = 0; i < 40; i++) {
      const change = nextStatusChange(branch, at)!;
      const before = openingStatus(branch, at);
      const justBefore = openingStatus(branch, new Date(change.getTime() - 60_000));
      const after = openingStatus(branch, change);
      assert.equal(justBefore.state, before.state, change.toISOString());
      const midnight =
        new Intl.DateTimeFormat('en-GB', {
          timeZone: 'Europe/Amsterdam',
          timeStyle: 'short',
        }).format(change) === '00:00';
      assert.ok(after.state !== before.state || midnight, change.toISOString());
      at = change;
    }
  });
});
