import { DAYS, type Day } from '../schemas/days.js';

/**
 * Calendar arithmetic on civil dates, without any time zone. A date is handled internally as its
 * "epoch day" (days since 1970-01-01), which makes adding days and finding weekdays plain integer math.
 */

/** Milliseconds in a civil day (UTC has no DST, so epoch days are exact multiples). */
export const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Epoch day of a civil date given as numbers (month 1–12). */
export function epochDayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** Epoch day of a `YYYY-MM-DD` string; throws a RangeError for anything that is not a real date. */
export function parseIsoDate(date: string): number {
  const m = ISO_DATE.exec(date);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    const epochDay = epochDayOf(year, month, day);
    // Date.UTC rolls 2026-02-30 over into March; a real date survives the round trip.
    if (isoDate(epochDay) === date) return epochDay;
  }
  throw new RangeError(`Not a date written as YYYY-MM-DD: "${date}"`);
}

const isoCache = new Map<number, string>();

/** `YYYY-MM-DD` for an epoch day (memoised: the same few hundred days are formatted over and over). */
export function isoDate(epochDay: number): string {
  let text = isoCache.get(epochDay);
  if (text === undefined) {
    const d = new Date(epochDay * MS_PER_DAY);
    text = `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
    if (isoCache.size > 4096) isoCache.clear();
    isoCache.set(epochDay, text);
  }
  return text;
}

/** Year, month (1–12) and day of an epoch day. */
export function civilOf(epochDay: number): { year: number; month: number; day: number } {
  const d = new Date(epochDay * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The (proleptic Gregorian) year of an epoch day, by integer arithmetic only (H. Hinnant's civil_from_days). */
export function yearOf(epochDay: number): number {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return yoe + era * 400 + (mp >= 10 ? 1 : 0);
}

/** ISO weekday index of an epoch day: 0 = Monday … 6 = Sunday. */
export function weekdayIndex(epochDay: number): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((epochDay + 3) % 7) + 7) % 7;
}

/** The schema's day code (`'mo'` … `'su'`) of an epoch day. */
export function dayCode(epochDay: number): Day {
  return DAYS[weekdayIndex(epochDay)]!;
}

/** Two-digit zero padding. */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `HH:MM` for minutes since midnight (1440 → `24:00`). */
export function hhmm(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}
