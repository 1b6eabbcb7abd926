import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { days, hours } from '../test-support.js';
import {
  formatDate,
  formatStatus,
  HOLIDAY_NAMES,
  HOURS_TEXTS_AR,
  HOURS_TEXTS_EN,
  HOURS_TEXTS_NL,
  HOURS_TEXTS_PL,
  HOURS_TEXTS_TR,
  HOURS_TEXTS_UK,
  openingStatus,
  type HoursTexts,
} from '../index.js';

const AMS = 'Europe/Amsterdam';
const branch = hours({
  weekly: [
    { day: 'mo', opens: '13:00', closes: '17:00' },
    ...days(['tu', 'we', 'th', 'fr'], '10:00', '17:00'),
    { day: 'sa', opens: '10:00', closes: '14:00' },
  ],
});
const fortnightly = hours({
  exceptions: [{ date: '2026-06-15', intervals: [{ opens: '10:00', closes: '12:00' }] }],
});

/** The moments every language is read at, each reaching other words of its table. */
const moments = [
  { name: "King's Day, closed all day", schedule: branch, at: '2026-04-27T11:00:00+02:00' },
  { name: 'open, closes today', schedule: branch, at: '2026-06-02T15:00:00+02:00' },
  { name: 'opens on a weekday', schedule: branch, at: '2026-06-06T15:00:00+02:00' },
  { name: 'opens after a week', schedule: fortnightly, at: '2026-06-03T12:00:00+02:00' },
] as const;

// Written out in full: a missing or misplaced word (a month, a holiday, a status line) fails.
const languages: [string, HoursTexts, date: string, statuses: string[]][] = [
  [
    'nl',
    HOURS_TEXTS_NL,
    'maandag 27 april',
    [
      'Vandaag gesloten (Koningsdag) · morgen open vanaf 10:00',
      'Nu open · sluit om 17:00',
      'Gesloten · open op maandag vanaf 13:00',
      'Gesloten · open op maandag 15 juni vanaf 10:00',
    ],
  ],
  [
    'en',
    HOURS_TEXTS_EN,
    'Monday 27 April',
    [
      "Closed today (King's Day) · opens tomorrow at 10:00",
      'Open · closes at 17:00',
      'Closed · opens on Monday at 13:00',
      'Closed · opens on Monday 15 June at 10:00',
    ],
  ],
  [
    'ar',
    HOURS_TEXTS_AR,
    'الاثنين 27 أبريل',
    [
      'مغلق اليوم (يوم الملك) · يفتح غدًا الساعة 10:00',
      'مفتوح الآن · يغلق الساعة 17:00',
      'مغلق · يفتح يوم الاثنين الساعة 13:00',
      'مغلق · يفتح يوم الاثنين 15 يونيو الساعة 10:00',
    ],
  ],
  [
    'tr',
    HOURS_TEXTS_TR,
    '27 Nisan Pazartesi',
    [
      'Bugün kapalı (Kral Günü) · açılış: yarın 10:00',
      'Şimdi açık · kapanış: 17:00',
      'Kapalı · açılış: Pazartesi 13:00',
      'Kapalı · açılış: 15 Haziran Pazartesi 10:00',
    ],
  ],
  [
    'pl',
    HOURS_TEXTS_PL,
    'poniedziałek, 27 kwietnia',
    [
      'Dziś zamknięte (Dzień Króla) · otwarcie jutro o 10:00',
      'Teraz otwarte · zamknięcie o 17:00',
      'Zamknięte · otwarcie: poniedziałek, 13:00',
      'Zamknięte · otwarcie: poniedziałek, 15 czerwca, 10:00',
    ],
  ],
  [
    'uk',
    HOURS_TEXTS_UK,
    'понеділок, 27 квітня',
    [
      'Сьогодні зачинено (День короля) · відчиняється завтра о 10:00',
      'Зараз відчинено · зачиняється о 17:00',
      'Зачинено · відчиняється: понеділок, 13:00',
      'Зачинено · відчиняється: понеділок, 15 червня, 10:00',
    ],
  ],
];

describe('the six built-in hours tables', () => {
  for (const [lang, texts, date, statuses] of languages) {
    test(`${lang}: dates and status lines`, () => {
      assert.equal(formatDate('2026-04-27', texts), date);
      moments.forEach(({ name, schedule, at }, i) => {
        const instant = new Date(at);
        const line = formatStatus(openingStatus(schedule, instant), instant, {
          lang: 'nl',
          timeZone: AMS,
          texts,
        });
        assert.equal(line, statuses[i], name);
      });
    });

    test(`${lang}: every weekday, month and holiday has its own word`, () => {
      assert.equal(new Set(texts.days.filter(Boolean)).size, 7);
      assert.equal(new Set(texts.months.filter(Boolean)).size, 12);
      assert.deepEqual(Object.keys(texts.holidays).sort(), Object.keys(HOLIDAY_NAMES).sort());
      assert.ok(Object.values(texts.holidays).every((name) => name.trim() !== ''));
    });
  }
});
