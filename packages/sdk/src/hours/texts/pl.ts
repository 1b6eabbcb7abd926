import type { HoursTexts } from '../format.js';

/**
 * Polish: weekdays, months, holiday names and status lines. Machine-checked draft: a native
 * speaker should review it before it is called final.
 */
export const HOURS_TEXTS_PL: HoursTexts = {
  days: ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
  // Genitive, as in a date: "27 kwietnia".
  months: [
    'stycznia',
    'lutego',
    'marca',
    'kwietnia',
    'maja',
    'czerwca',
    'lipca',
    'sierpnia',
    'września',
    'października',
    'listopada',
    'grudnia',
  ],
  dayMonth: (day, month) => `${day} ${month}`,
  weekdayDate: (dayName, dayMonth) => `${dayName}, ${dayMonth}`,
  holidays: {
    newYear: 'Nowy Rok',
    goodFriday: 'Wielki Piątek',
    easter: 'Wielkanoc',
    easterMonday: 'Poniedziałek Wielkanocny',
    kingsDay: 'Dzień Króla',
    queensDay: 'Dzień Królowej',
    liberation: 'Dzień Wyzwolenia',
    ascension: 'Wniebowstąpienie',
    whitSunday: 'Zielone Świątki',
    whitMonday: 'Drugi dzień Zielonych Świątek',
    christmas: 'Boże Narodzenie',
    boxingDay: 'Drugi dzień Bożego Narodzenia',
  },
  bothHolidays: (a, b) => `${a} i ${b}`,
  open: 'Teraz otwarte',
  closed: 'Zamknięte',
  closedToday: 'Dziś zamknięte',
  withReason: (head, reason) => `${head} (${reason})`,
  then: (head, next) => `${head} · ${next}`,
  // "zamknięcie: jutro 17:00" avoids the case endings of "w piątek / we wtorek".
  closes: (w) =>
    w.days <= 0
      ? `zamknięcie o ${w.time}`
      : w.days === 1
        ? `zamknięcie jutro o ${w.time}`
        : w.days < 7
          ? `zamknięcie: ${w.dayName}, ${w.time}`
          : `zamknięcie: ${w.dayName}, ${w.date}, ${w.time}`,
  opens: (w) =>
    w.days <= 0
      ? `otwarcie o ${w.time}`
      : w.days === 1
        ? `otwarcie jutro o ${w.time}`
        : w.days < 7
          ? `otwarcie: ${w.dayName}, ${w.time}`
          : `otwarcie: ${w.dayName}, ${w.date}, ${w.time}`,
  newHoursFrom: (date) => `Nowe godziny otwarcia od: ${date}`,
  hoursValidUntil: (date) => `Godziny otwarcia obowiązywały do: ${date}`,
};
