import type { HoursTexts } from '../format.js';

/**
 * Ukrainian: weekdays, months, holiday names and status lines. Machine-checked draft: a native
 * speaker should review it before it is called final.
 */
export const HOURS_TEXTS_UK: HoursTexts = {
  days: ['понеділок', 'вівторок', 'середа', 'четвер', 'пʼятниця', 'субота', 'неділя'],
  // Genitive, as in a date: "27 квітня".
  months: [
    'січня',
    'лютого',
    'березня',
    'квітня',
    'травня',
    'червня',
    'липня',
    'серпня',
    'вересня',
    'жовтня',
    'листопада',
    'грудня',
  ],
  dayMonth: (day, month) => `${day} ${month}`,
  weekdayDate: (dayName, dayMonth) => `${dayName}, ${dayMonth}`,
  holidays: {
    newYear: 'Новий рік',
    goodFriday: 'Страсна пʼятниця',
    easter: 'Великдень',
    easterMonday: 'Великодній понеділок',
    kingsDay: 'День короля',
    queensDay: 'День королеви',
    liberation: 'День визволення',
    ascension: 'Вознесіння',
    whitSunday: 'Трійця',
    whitMonday: 'Другий день Трійці',
    christmas: 'Різдво',
    boxingDay: 'Другий день Різдва',
  },
  bothHolidays: (a, b) => `${a} і ${b}`,
  open: 'Зараз відчинено',
  closed: 'Зачинено',
  closedToday: 'Сьогодні зачинено',
  withReason: (head, reason) => `${head} (${reason})`,
  then: (head, next) => `${head} · ${next}`,
  closes: (w) =>
    w.days <= 0
      ? `зачиняється о ${w.time}`
      : w.days === 1
        ? `зачиняється завтра о ${w.time}`
        : w.days < 7
          ? `зачиняється: ${w.dayName}, ${w.time}`
          : `зачиняється: ${w.dayName}, ${w.date}, ${w.time}`,
  opens: (w) =>
    w.days <= 0
      ? `відчиняється о ${w.time}`
      : w.days === 1
        ? `відчиняється завтра о ${w.time}`
        : w.days < 7
          ? `відчиняється: ${w.dayName}, ${w.time}`
          : `відчиняється: ${w.dayName}, ${w.date}, ${w.time}`,
  newHoursFrom: (date) => `Новий розклад з: ${date}`,
  hoursValidUntil: (date) => `Розклад діяв до: ${date}`,
};
