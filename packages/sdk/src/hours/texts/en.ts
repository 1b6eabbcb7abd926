import { HOLIDAY_NAMES, type HolidayId } from '../holidays.js';
import type { HoursTexts } from './types.js';

/** English (British dates: "Saturday 27 April"). */
export const HOURS_TEXTS_EN: HoursTexts = {
  days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  dayMonth: (day, month) => `${day} ${month}`,
  weekdayDate: (dayName, dayMonth) => `${dayName} ${dayMonth}`,
  holidays: Object.fromEntries(
    Object.entries(HOLIDAY_NAMES).map(([id, name]) => [id, name.en]),
  ) as Record<HolidayId, string>,
  bothHolidays: (a, b) => `${a} and ${b}`,
  open: 'Open',
  closed: 'Closed',
  closedToday: 'Closed today',
  withReason: (head, reason) => `${head} (${reason})`,
  then: (head, next) => `${head} · ${next}`,
  closes: (w) =>
    w.days <= 0
      ? `closes at ${w.time}`
      : w.days === 1
        ? `closes tomorrow at ${w.time}`
        : w.days < 7
          ? `closes on ${w.dayName} at ${w.time}`
          : `closes on ${w.dayName} ${w.date} at ${w.time}`,
  opens: (w) =>
    w.days <= 0
      ? `opens at ${w.time}`
      : w.days === 1
        ? `opens tomorrow at ${w.time}`
        : w.days < 7
          ? `opens on ${w.dayName} at ${w.time}`
          : `opens on ${w.dayName} ${w.date} at ${w.time}`,
  newHoursFrom: (date) => `New opening hours from ${date}`,
  hoursValidUntil: (date) => `Opening hours were valid until ${date}`,
};
