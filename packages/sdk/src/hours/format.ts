import type { Day } from '../schemas/opening-hours.js';
import { civilOf, hhmm, parseIsoDate, weekdayIndex } from './dates.js';
import { holidayIdOf } from './holidays.js';
import { HOURS_TEXTS_EN } from './texts/en.js';
import { HOURS_TEXTS_NL } from './texts/nl.js';
import type { HoursTexts, StatusMoment } from './texts/types.js';
import type { ClosedReason, HoursLanguage, OpeningStatus } from './types.js';
import { localReading, wallToEpoch } from './zone.js';

/**
 * Plain-language (B1) texts for opening hours. Times are always 24-hour ("17:00") in the
 * location's zone, in every language: the Dutch convention, and unambiguous for residents who
 * read another language in a Dutch city. Names come from tables ({@link HoursTexts}) rather than
 * `Intl`, so the wording is identical in every browser and Node build, and a page that adds a
 * language gives every word of it (weekdays, months, holidays, status lines) in that language.
 */

/** The built-in table of a language, or the table itself. */
function textsOf(language: HoursLanguage | HoursTexts): HoursTexts {
  if (typeof language === 'object') return language;
  return language === 'en' ? HOURS_TEXTS_EN : HOURS_TEXTS_NL;
}

const DAY_INDEX: Record<Day, number> = { mo: 0, tu: 1, we: 2, th: 3, fr: 4, sa: 5, su: 6 };

/** Options of the formatters: the reader's language and the location's IANA zone. */
export interface FormatOptions {
  /** `'nl'` or `'en'` (ignored when `texts` is given). */
  lang: HoursLanguage;
  timeZone: string;
  /** A complete table for another language (or different wording); wins over `lang`. */
  texts?: HoursTexts;
}

/**
 * The weekday of a day code or a `YYYY-MM-DD` date: "maandag" / "Monday".
 *
 * @example formatDayName('sa', 'nl') // 'zaterdag'
 */
export function formatDayName(day: Day | string, language: HoursLanguage | HoursTexts): string {
  const index = Object.hasOwn(DAY_INDEX, day)
    ? DAY_INDEX[day as Day]
    : weekdayIndex(parseIsoDate(day));
  return textsOf(language).days[index]!;
}

/**
 * A civil date with its weekday, without the year: "zaterdag 27 april" / "Saturday 27 April".
 *
 * @example formatDate('2026-04-27', 'en') // 'Monday 27 April'
 */
export function formatDate(date: string, language: HoursLanguage | HoursTexts): string {
  const t = textsOf(language);
  const epochDay = parseIsoDate(date);
  const { month, day } = civilOf(epochDay);
  return t.weekdayDate(t.days[weekdayIndex(epochDay)]!, t.dayMonth(day, t.months[month - 1]!));
}

/**
 * The wall-clock time of an instant in the given zone, 24-hour: "17:00" (in both languages).
 *
 * @example formatTime(new Date('2026-07-01T15:00:00Z'), { lang: 'nl', timeZone: 'Europe/Amsterdam' }) // '17:00'
 */
export function formatTime(
  date: Date,
  options: Partial<FormatOptions> & { timeZone: string },
): string {
  return hhmm(Math.floor(localReading(date.getTime(), options.timeZone).msOfDay / 60_000));
}

/** A holiday's name (also two joined with " en ") in the table's language; undefined for other text. */
function holidayText(dutch: string, t: HoursTexts): string | undefined {
  const ids = dutch.split(' en ').map((part) => holidayIdOf(part));
  if (!ids.every((id) => id !== undefined)) return undefined;
  const names = ids.map((id) => t.holidays[id!]);
  return names.length === 2 ? t.bothHolidays(names[0]!, names[1]!) : names.join(', ');
}

/**
 * A reason as a reader sees it: the holiday's name in the reader's language ("Koningsdag" /
 * "King's Day"), the exception's note as the library wrote it, or a sentence about the
 * validity period.
 */
export function formatReason(reason: ClosedReason, language: HoursLanguage | HoursTexts): string {
  const t = textsOf(language);
  switch (reason.kind) {
    case 'holiday':
      return holidayText(reason.name, t) ?? reason.name;
    case 'exception':
      return reason.name;
    case 'not-yet-valid':
      return t.newHoursFrom(formatDate(reason.name, t));
    case 'season-end':
      return t.hoursValidUntil(formatDate(reason.name, t));
  }
}

/** Where an instant lies relative to `today`; the next midnight reads as "24:00" of the day before. */
function when(instant: Date, today: number, t: HoursTexts, zone: string): StatusMoment {
  const reading = localReading(instant.getTime(), zone);
  let epochDay = reading.epochDay;
  let minutes = Math.floor(reading.msOfDay / 60_000);
  if (minutes === 0 && epochDay > today && instant.getTime() === wallToEpoch(epochDay, 0, zone)) {
    epochDay -= 1;
    minutes = 1440;
  }
  const { month, day } = civilOf(epochDay);
  return {
    days: epochDay - today,
    time: hhmm(minutes),
    dayName: t.days[weekdayIndex(epochDay)]!,
    date: t.dayMonth(day, t.months[month - 1]!),
  };
}

/**
 * One line about a status, for a badge or a list item. Dutch: "Nu open · sluit om 17:00",
 * "Gesloten · opent om 13:00", "Gesloten · morgen open vanaf 10:00", "Gesloten · open op maandag
 * vanaf 10:00", "Vandaag gesloten (Koningsdag) · morgen open vanaf 10:00". English: "Open · closes at
 * 17:00", "Closed · opens tomorrow at 10:00", "Closed today (King's Day) · opens on Tuesday at 10:00".
 * Any other language through `options.texts`.
 * "Today" and "tomorrow" are counted from `at` in `options.timeZone` (the location's zone).
 */
export function formatStatus(status: OpeningStatus, at: Date, options: FormatOptions): string {
  const { timeZone } = options;
  const t = options.texts ?? textsOf(options.lang);
  const today = localReading(at.getTime(), timeZone).epochDay;

  if (status.state === 'open') {
    return status.until ? t.then(t.open, t.closes(when(status.until, today, t, timeZone))) : t.open;
  }

  const reason = status.reason;
  const named = reason && (reason.kind === 'holiday' || reason.kind === 'exception');
  const label = named ? formatReason(reason, t) : '';
  const startOfToday = wallToEpoch(today, 0, timeZone);
  const startOfTomorrow = wallToEpoch(today + 1, 0, timeZone);
  // "Vandaag gesloten" only when no part of today was or will be open.
  const closedAllDay =
    named &&
    (!status.since || status.since.getTime() <= startOfToday) &&
    (!status.nextOpen || status.nextOpen.getTime() >= startOfTomorrow);
  const bare = closedAllDay ? t.closedToday : t.closed;
  const head = label ? t.withReason(bare, label) : bare;
  return status.nextOpen ? t.then(head, t.opens(when(status.nextOpen, today, t, timeZone))) : head;
}
