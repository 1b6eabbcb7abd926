import type { Day } from '../schemas/opening-hours.js';
import { civilOf, hhmm, parseIsoDate, weekdayIndex } from './dates.js';
import { englishHolidayName } from './holidays.js';
import type { ClosedReason, HoursLanguage, OpeningStatus } from './types.js';
import { localReading, wallToEpoch } from './zone.js';

/**
 * Plain-language (B1) texts for opening hours, Dutch and English. Times are always 24-hour
 * ("17:00") in the location's zone, in both languages: the Dutch convention, and unambiguous for
 * the English-speaking residents of a Dutch city. Names come from our own tables rather than
 * `Intl`, so the wording is identical in every browser and Node build.
 */

const DAY_NAMES: Record<HoursLanguage, readonly string[]> = {
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
const DAY_INDEX: Record<Day, number> = { mo: 0, tu: 1, we: 2, th: 3, fr: 4, sa: 5, su: 6 };
const MONTH_NAMES: Record<HoursLanguage, readonly string[]> = {
  nl: [
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
  en: [
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
};

/** Options of the formatters: the reader's language and the location's IANA zone. */
export interface FormatOptions {
  lang: HoursLanguage;
  timeZone: string;
}

/**
 * The weekday of a day code or a `YYYY-MM-DD` date: "maandag" / "Monday".
 *
 * @example formatDayName('sa', 'nl') // 'zaterdag'
 */
export function formatDayName(day: Day | string, lang: HoursLanguage): string {
  const index = Object.hasOwn(DAY_INDEX, day)
    ? DAY_INDEX[day as Day]
    : weekdayIndex(parseIsoDate(day));
  return DAY_NAMES[lang][index]!;
}

/**
 * A civil date with its weekday, without the year: "zaterdag 27 april" / "Saturday 27 April".
 *
 * @example formatDate('2026-04-27', 'en') // 'Monday 27 April'
 */
export function formatDate(date: string, lang: HoursLanguage): string {
  const epochDay = parseIsoDate(date);
  const { month, day } = civilOf(epochDay);
  return `${DAY_NAMES[lang][weekdayIndex(epochDay)]} ${day} ${MONTH_NAMES[lang][month - 1]}`;
}

/**
 * The wall-clock time of an instant in the given zone, 24-hour: "17:00" (in both languages).
 *
 * @example formatTime(new Date('2026-07-01T15:00:00Z'), { lang: 'nl', timeZone: 'Europe/Amsterdam' }) // '17:00'
 */
export function formatTime(date: Date, options: FormatOptions): string {
  return hhmm(Math.floor(localReading(date.getTime(), options.timeZone).msOfDay / 60_000));
}

/**
 * A reason as a reader sees it: the holiday's name in `lang` ("Koningsdag" / "King's Day"), the
 * exception's note as the library wrote it, or a sentence about the validity period.
 */
export function formatReason(reason: ClosedReason, lang: HoursLanguage): string {
  switch (reason.kind) {
    case 'holiday':
      return lang === 'en' ? (englishHolidayName(reason.name) ?? reason.name) : reason.name;
    case 'exception':
      return reason.name;
    case 'not-yet-valid':
      return lang === 'en'
        ? `New opening hours from ${formatDate(reason.name, lang)}`
        : `Nieuwe openingstijden vanaf ${formatDate(reason.name, lang)}`;
    case 'season-end':
      return lang === 'en'
        ? `Opening hours were valid until ${formatDate(reason.name, lang)}`
        : `Openingstijden golden tot en met ${formatDate(reason.name, lang)}`;
  }
}

interface When {
  /** Days after today (local). */
  days: number;
  time: string;
  dayName: string;
  date: string;
}

/** Where an instant lies relative to `today`; the next midnight reads as "24:00" of the day before. */
function when(instant: Date, today: number, lang: HoursLanguage, zone: string): When {
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
    dayName: DAY_NAMES[lang][weekdayIndex(epochDay)]!,
    date: `${day} ${MONTH_NAMES[lang][month - 1]}`,
  };
}

function closesText(w: When, lang: HoursLanguage): string {
  if (lang === 'en') {
    if (w.days <= 0) return `closes at ${w.time}`;
    if (w.days === 1) return `closes tomorrow at ${w.time}`;
    if (w.days < 7) return `closes on ${w.dayName} at ${w.time}`;
    return `closes on ${w.dayName} ${w.date} at ${w.time}`;
  }
  if (w.days <= 0) return `sluit om ${w.time}`;
  if (w.days === 1) return `sluit morgen om ${w.time}`;
  if (w.days < 7) return `sluit op ${w.dayName} om ${w.time}`;
  return `sluit op ${w.dayName} ${w.date} om ${w.time}`;
}

function opensText(w: When, lang: HoursLanguage): string {
  if (lang === 'en') {
    if (w.days <= 0) return `opens at ${w.time}`;
    if (w.days === 1) return `opens tomorrow at ${w.time}`;
    if (w.days < 7) return `opens on ${w.dayName} at ${w.time}`;
    return `opens on ${w.dayName} ${w.date} at ${w.time}`;
  }
  if (w.days <= 0) return `opent om ${w.time}`;
  if (w.days === 1) return `morgen open vanaf ${w.time}`;
  if (w.days < 7) return `open op ${w.dayName} vanaf ${w.time}`;
  return `open op ${w.dayName} ${w.date} vanaf ${w.time}`;
}

/**
 * One line about a status, for a badge or a list item. Dutch: "Nu open · sluit om 17:00",
 * "Gesloten · opent om 13:00", "Gesloten · morgen open vanaf 10:00", "Gesloten · open op maandag
 * vanaf 10:00", "Vandaag gesloten (Koningsdag) · morgen open vanaf 10:00". English: "Open · closes at
 * 17:00", "Closed · opens tomorrow at 10:00", "Closed today (King's Day) · opens on Tuesday at 10:00".
 * "Today" and "tomorrow" are counted from `at` in `options.timeZone` (the location's zone).
 */
export function formatStatus(status: OpeningStatus, at: Date, options: FormatOptions): string {
  const { lang, timeZone } = options;
  const today = localReading(at.getTime(), timeZone).epochDay;

  if (status.state === 'open') {
    const head = lang === 'en' ? 'Open' : 'Nu open';
    return status.until
      ? `${head} · ${closesText(when(status.until, today, lang, timeZone), lang)}`
      : head;
  }

  const reason = status.reason;
  const named = reason && (reason.kind === 'holiday' || reason.kind === 'exception');
  const label = named ? formatReason(reason, lang) : '';
  const suffix = label ? ` (${label})` : '';
  const startOfToday = wallToEpoch(today, 0, timeZone);
  const startOfTomorrow = wallToEpoch(today + 1, 0, timeZone);
  // "Vandaag gesloten" only when no part of today was or will be open.
  const closedAllDay =
    named &&
    (!status.since || status.since.getTime() <= startOfToday) &&
    (!status.nextOpen || status.nextOpen.getTime() >= startOfTomorrow);
  const head =
    lang === 'en'
      ? `${closedAllDay ? 'Closed today' : 'Closed'}${suffix}`
      : `${closedAllDay ? 'Vandaag gesloten' : 'Gesloten'}${suffix}`;
  return status.nextOpen
    ? `${head} · ${opensText(when(status.nextOpen, today, lang, timeZone), lang)}`
    : head;
}
