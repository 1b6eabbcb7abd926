import { HOLIDAY_NAMES, type HolidayId } from '../holidays.js';
import type { HoursTexts } from './types.js';

/** Dutch, plain language (B1). */
export const HOURS_TEXTS_NL: HoursTexts = {
  days: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  months: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  dayMonth: (day, month) => `${day} ${month}`,
  weekdayDate: (dayName, dayMonth) => `${dayName} ${dayMonth}`,
  holidays: Object.fromEntries(
    Object.entries(HOLIDAY_NAMES).map(([id, name]) => [id, name.nl]),
  ) as Record<HolidayId, string>,
  bothHolidays: (a, b) => `${a} en ${b}`,
  open: 'Nu open',
  closed: 'Gesloten',
  closedToday: 'Vandaag gesloten',
  withReason: (head, reason) => `${head} (${reason})`,
  then: (head, next) => `${head} · ${next}`,
  closes: (w) =>
    w.days <= 0
      ? `sluit om ${w.time}`
      : w.days === 1
        ? `sluit morgen om ${w.time}`
        : w.days < 7
          ? `sluit op ${w.dayName} om ${w.time}`
          : `sluit op ${w.dayName} ${w.date} om ${w.time}`,
  opens: (w) =>
    w.days <= 0
      ? `opent om ${w.time}`
      : w.days === 1
        ? `morgen open vanaf ${w.time}`
        : w.days < 7
          ? `open op ${w.dayName} vanaf ${w.time}`
          : `open op ${w.dayName} ${w.date} vanaf ${w.time}`,
  newHoursFrom: (date) => `Nieuwe openingstijden vanaf ${date}`,
  hoursValidUntil: (date) => `Openingstijden golden tot en met ${date}`,
};
