import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { days, hours } from './test-support.js';
import {
  formatDate,
  formatDayName,
  formatReason,
  formatStatus,
  HOURS_TEXTS_NL,
  openingStatus,
  type HoursTexts,
  type OpeningStatus,
} from './index.js';

const AMS = 'Europe/Amsterdam';

const branch = hours({
  weekly: [
    { day: 'mo', opens: '13:00', closes: '17:00' },
    ...days(['tu', 'we', 'th', 'fr'], '10:00', '12:30'),
    ...days(['tu', 'we', 'th', 'fr'], '13:00', '17:00'),
    { day: 'sa', opens: '10:00', closes: '14:00' },
  ],
  exceptions: [
    { date: '2026-06-04', intervals: [{ opens: '10:00', closes: '12:00' }], note: 'Korte dag' },
    { date: '2026-06-09', closed: true, note: 'Studiedag' },
    { date: '2026-06-11', closed: true },
    { date: '2026-06-12', closed: true },
  ],
});
const lateNight = hours({
  weekly: [
    { day: 'su', opens: '22:00', closes: '24:00' },
    { day: 'mo', opens: '00:00', closes: '02:00' },
    { day: 'tu', opens: '20:00', closes: '24:00' },
  ],
});
const always = hours({
  weekly: days(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], '00:00', '24:00'),
  closedOnPublicHolidays: false,
});
const fortnightly = hours({
  exceptions: [{ date: '2026-06-15', intervals: [{ opens: '10:00', closes: '12:00' }] }],
});
const ended = hours({ weekly: branch.weekly, validThrough: '2026-05-31' });

describe('formatStatus', () => {
  for (const [title, h, at, nl, en] of [
    [
      'open, closes later today',
      branch,
      '2026-06-02T15:00:00+02:00',
      'Nu open · sluit om 17:00',
      'Open · closes at 17:00',
    ],
    [
      'closed in the lunch break, opens later today',
      branch,
      '2026-06-02T12:45:00+02:00',
      'Gesloten · opent om 13:00',
      'Closed · opens at 13:00',
    ],
    [
      'closed in the evening, open tomorrow',
      branch,
      '2026-06-02T18:00:00+02:00',
      'Gesloten · morgen open vanaf 10:00',
      'Closed · opens tomorrow at 10:00',
    ],
    [
      'closed on Saturday afternoon, open on Monday',
      branch,
      '2026-06-06T15:00:00+02:00',
      'Gesloten · open op maandag vanaf 13:00',
      'Closed · opens on Monday at 13:00',
    ],
    [
      'closed on Koningsdag',
      branch,
      '2026-04-27T09:00:00+02:00',
      'Vandaag gesloten (Koningsdag) · morgen open vanaf 10:00',
      "Closed today (King's Day) · opens tomorrow at 10:00",
    ],
    [
      'closed all day by an exception with a note',
      branch,
      '2026-06-09T11:00:00+02:00',
      'Vandaag gesloten (Studiedag) · morgen open vanaf 10:00',
      'Closed today (Studiedag) · opens tomorrow at 10:00',
    ],
    [
      'closed all day by an exception without a note, not open tomorrow',
      branch,
      '2026-06-11T11:00:00+02:00',
      'Vandaag gesloten · open op zaterdag vanaf 10:00',
      'Closed today · opens on Saturday at 10:00',
    ],
    [
      'closed early on a shortened day: not "today closed", it was open this morning',
      branch,
      '2026-06-04T14:00:00+02:00',
      'Gesloten (Korte dag) · morgen open vanaf 10:00',
      'Closed (Korte dag) · opens tomorrow at 10:00',
    ],
    [
      'open until midnight reads 24:00',
      lateNight,
      '2026-06-02T21:00:00+02:00',
      'Nu open · sluit om 24:00',
      'Open · closes at 24:00',
    ],
    [
      'open across midnight: closes tomorrow',
      lateNight,
      '2026-06-07T23:00:00+02:00',
      'Nu open · sluit morgen om 02:00',
      'Open · closes tomorrow at 02:00',
    ],
    ['open around the clock', always, '2026-06-02T15:00:00+02:00', 'Nu open', 'Open'],
    [
      'the next opening more than a week ahead carries its date',
      fortnightly,
      '2026-06-03T12:00:00+02:00',
      'Gesloten · open op maandag 15 juni vanaf 10:00',
      'Closed · opens on Monday 15 June at 10:00',
    ],
    ['nothing ahead within the window', ended, '2026-06-03T12:00:00+02:00', 'Gesloten', 'Closed'],
  ] as const) {
    test(`${title}: "${nl}" / "${en}"`, () => {
      const instant = new Date(at);
      const status = openingStatus(h, instant);
      assert.equal(formatStatus(status, instant, { lang: 'nl', timeZone: AMS }), nl);
      assert.equal(formatStatus(status, instant, { lang: 'en', timeZone: AMS }), en);
    });
  }

  test('"today" is today in the location zone, not in the reader\'s', () => {
    // 01:30 on Tuesday in Amsterdam is still Monday evening in New York.
    const at = new Date('2026-06-01T23:30:00Z');
    const status = openingStatus(branch, at);
    assert.equal(
      formatStatus(status, at, { lang: 'nl', timeZone: AMS }),
      'Gesloten · opent om 10:00',
    );
  });

  test('formats a status given by hand', () => {
    const at = new Date('2026-06-02T10:00:00+02:00');
    const status: OpeningStatus = {
      state: 'closed',
      nextOpen: new Date('2026-06-09T10:00:00+02:00'),
    };
    assert.equal(
      formatStatus(status, at, { lang: 'en', timeZone: AMS }),
      'Closed · opens on Tuesday 9 June at 10:00',
    );
  });
});

describe('formatDayName and formatDate', () => {
  for (const [input, nl, en] of [
    ['mo', 'maandag', 'Monday'],
    ['sa', 'zaterdag', 'Saturday'],
    ['su', 'zondag', 'Sunday'],
    ['2026-04-27', 'maandag', 'Monday'],
    ['2024-02-29', 'donderdag', 'Thursday'],
  ] as const) {
    test(`${input} → ${nl} / ${en}`, () => {
      assert.equal(formatDayName(input, 'nl'), nl);
      assert.equal(formatDayName(input, 'en'), en);
    });
  }

  for (const [input, nl, en] of [
    ['2024-04-27', 'zaterdag 27 april', 'Saturday 27 April'],
    ['2026-01-01', 'donderdag 1 januari', 'Thursday 1 January'],
    ['2026-12-26', 'zaterdag 26 december', 'Saturday 26 December'],
  ] as const) {
    test(`${input} → "${nl}" / "${en}"`, () => {
      assert.equal(formatDate(input, 'nl'), nl);
      assert.equal(formatDate(input, 'en'), en);
    });
  }

  test('refuses what is neither a day code nor a date', () => {
    assert.throws(() => formatDayName('toString', 'nl'), RangeError);
    assert.throws(() => formatDate('2026-13-01', 'en'), RangeError);
  });
});

describe('formatReason', () => {
  for (const [reason, nl, en] of [
    [{ kind: 'holiday', name: 'Koningsdag' }, 'Koningsdag', "King's Day"],
    [
      { kind: 'holiday', name: 'Hemelvaartsdag en Bevrijdingsdag' },
      'Hemelvaartsdag en Bevrijdingsdag',
      'Ascension Day and Liberation Day',
    ],
    [{ kind: 'exception', name: 'Verbouwing' }, 'Verbouwing', 'Verbouwing'],
    [
      { kind: 'not-yet-valid', name: '2026-06-01' },
      'Nieuwe openingstijden vanaf maandag 1 juni',
      'New opening hours from Monday 1 June',
    ],
    [
      { kind: 'season-end', name: '2026-08-31' },
      'Openingstijden golden tot en met maandag 31 augustus',
      'Opening hours were valid until Monday 31 August',
    ],
  ] as const) {
    test(`${reason.kind} ${reason.name}`, () => {
      assert.equal(formatReason(reason, 'nl'), nl);
      assert.equal(formatReason(reason, 'en'), en);
    });
  }
});

describe('another language through a texts table', () => {
  // A made-up table whose every word is marked, so any word from the built-in tables shows.
  const texts: HoursTexts = {
    ...HOURS_TEXTS_NL,
    days: ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'],
    months: ['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7', 'M8', 'M9', 'M10', 'M11', 'M12'],
    dayMonth: (day, month) => `${month}/${day}`,
    weekdayDate: (dayName, dayMonth) => `${dayName}, ${dayMonth}`,
    holidays: Object.fromEntries(
      Object.keys(HOURS_TEXTS_NL.holidays).map((id) => [id, `H:${id}`]),
    ) as HoursTexts['holidays'],
    open: 'OPEN',
    closed: 'SHUT',
    closedToday: 'SHUT TODAY',
    withReason: (head, reason) => `${head} [${reason}]`,
    then: (head, next) => `${head} | ${next}`,
    closes: (w) => `closes+${w.days}@${w.time}`,
    opens: (w) => `opens+${w.days}@${w.time} ${w.dayName} ${w.date}`,
    newHoursFrom: (date) => `new from ${date}`,
    hoursValidUntil: (date) => `valid until ${date}`,
  };

  test('status lines, holiday names, weekdays and months all come from the table', () => {
    const at = new Date('2026-04-27T11:00:00+02:00');
    const status = formatStatus(openingStatus(branch, at), at, {
      lang: 'nl',
      timeZone: AMS,
      texts,
    });
    assert.equal(status, 'SHUT TODAY [H:kingsDay] | opens+1@10:00 D2 M4/28');
    const open = new Date('2026-06-02T15:00:00+02:00');
    assert.equal(
      formatStatus(openingStatus(branch, open), open, { lang: 'en', timeZone: AMS, texts }),
      'OPEN | closes+0@17:00',
    );
    assert.equal(formatDate('2026-04-27', texts), 'D1, M4/27');
    assert.equal(formatDayName('sa', texts), 'D6');
    assert.equal(
      formatReason({ kind: 'not-yet-valid', name: '2026-06-01' }, texts),
      'new from D1, M6/1',
    );
  });
});
