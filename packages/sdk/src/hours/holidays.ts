import { epochDayOf, isoDate, weekdayIndex, yearOf } from './dates.js';

/** A holiday's name in the two languages the widgets ship. */
export interface HolidayName {
  nl: string;
  en: string;
}

/** A Dutch public holiday on a civil date. */
export interface PublicHoliday {
  /** `YYYY-MM-DD`. */
  date: string;
  name: HolidayName;
}

/** Which optional days count as holidays. */
export interface DutchHolidayOptions {
  /** Count Goede Vrijdag (a day off for some libraries only). @default false */
  goodFriday?: boolean;
  /** Count Bevrijdingsdag every year, not only in lustrum years (year % 5 === 0). @default false */
  liberationDayEveryYear?: boolean;
}

/** The Dutch public holidays by id, with their Dutch and English names. */
export const HOLIDAY_NAMES = {
  newYear: { nl: 'Nieuwjaarsdag', en: "New Year's Day" },
  goodFriday: { nl: 'Goede Vrijdag', en: 'Good Friday' },
  easter: { nl: 'Eerste Paasdag', en: 'Easter Sunday' },
  easterMonday: { nl: 'Tweede Paasdag', en: 'Easter Monday' },
  kingsDay: { nl: 'Koningsdag', en: "King's Day" },
  queensDay: { nl: 'Koninginnedag', en: "Queen's Day" },
  liberation: { nl: 'Bevrijdingsdag', en: 'Liberation Day' },
  ascension: { nl: 'Hemelvaartsdag', en: 'Ascension Day' },
  whitSunday: { nl: 'Eerste Pinksterdag', en: 'Whit Sunday' },
  whitMonday: { nl: 'Tweede Pinksterdag', en: 'Whit Monday' },
  christmas: { nl: 'Eerste Kerstdag', en: 'Christmas Day' },
  boxingDay: { nl: 'Tweede Kerstdag', en: 'Boxing Day' },
} as const satisfies Record<string, HolidayName>;
const NAMES = HOLIDAY_NAMES;

/** The id of a Dutch public holiday: `kingsDay`, `christmas`, … */
export type HolidayId = keyof typeof HOLIDAY_NAMES;

const ID_BY_DUTCH = new Map<string, HolidayId>(
  (Object.entries(HOLIDAY_NAMES) as [HolidayId, HolidayName][]).map(([id, n]) => [n.nl, id]),
);

/** The id of a holiday by its Dutch name ("Koningsdag" → `kingsDay`), or undefined. */
export function holidayIdOf(dutch: string): HolidayId | undefined {
  return ID_BY_DUTCH.get(dutch);
}

const ENGLISH_BY_DUTCH = new Map<string, string>(
  Object.values(NAMES).map((n): [string, string] => [n.nl, n.en]),
);

/**
 * The English name of a Dutch holiday name (also of two joined with " en "), or undefined for
 * text that is not a holiday name (an exception note, say).
 */
export function englishHolidayName(dutch: string): string | undefined {
  const parts = dutch.split(' en ').map((p) => ENGLISH_BY_DUTCH.get(p));
  return parts.every((p) => p !== undefined) ? parts.join(' and ') : undefined;
}

/**
 * Easter Sunday (Gregorian) as an epoch day, by the anonymous Gregorian computus
 * (Meeus/Jones/Butcher), valid for every year from 1583 on.
 */
export function easterEpochDay(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return epochDayOf(year, month, day);
}

/** Easter Sunday of `year` as `YYYY-MM-DD`. @example easterSunday(2025) // '2025-04-20' */
export function easterSunday(year: number): string {
  return isoDate(easterEpochDay(year));
}

const SUNDAY = 6;

/**
 * The monarch's day of `year`, or undefined before 1891. Wilhelmina's 31 August (1891–1948) and
 * Juliana's 30 April (1949–1979) moved to the Monday when they fell on a Sunday; from 1980 a Sunday
 * moves it to the Saturday before (30 → 29 April; from 2014 Koningsdag 27 → 26 April).
 */
function monarchsDay(year: number): { day: number; name: HolidayName } | undefined {
  if (year < 1891) return undefined;
  const [month, date, name] =
    year <= 1948
      ? [8, 31, NAMES.queensDay]
      : year <= 2013
        ? [4, 30, NAMES.queensDay]
        : [4, 27, NAMES.kingsDay];
  const day = epochDayOf(year, month, date);
  if (weekdayIndex(day) !== SUNDAY) return { day, name };
  return { day: year < 1980 ? day + 1 : day - 1, name };
}

interface HolidayYear {
  list: readonly PublicHoliday[];
  byDay: Map<number, HolidayName>;
}

const cache = new Map<number, HolidayYear>();

function holidayYear(year: number, goodFriday: boolean, liberationEveryYear: boolean): HolidayYear {
  // A numeric key: this lookup runs for every day a status looks at.
  const key = year * 4 + (goodFriday ? 2 : 0) + (liberationEveryYear ? 1 : 0);
  let entry = cache.get(key);
  if (entry) return entry;

  const days: [number, HolidayName][] = [];
  const easter = easterEpochDay(year);
  days.push([epochDayOf(year, 1, 1), NAMES.newYear]);
  if (goodFriday) days.push([easter - 2, NAMES.goodFriday]);
  days.push([easter, NAMES.easter], [easter + 1, NAMES.easterMonday]);
  const monarch = monarchsDay(year);
  if (monarch) days.push([monarch.day, monarch.name]);
  // A national holiday from 1946 (the first anniversary); a day off by law only in lustrum years.
  if (year >= 1946 && (liberationEveryYear || year % 5 === 0)) {
    days.push([epochDayOf(year, 5, 5), NAMES.liberation]);
  }
  days.push(
    [easter + 39, NAMES.ascension],
    [easter + 49, NAMES.whitSunday],
    [easter + 50, NAMES.whitMonday],
    [epochDayOf(year, 12, 25), NAMES.christmas],
    [epochDayOf(year, 12, 26), NAMES.boxingDay],
  );
  days.sort((a, b) => a[0] - b[0]);

  const byDay = new Map<number, HolidayName>();
  for (const [day, name] of days) {
    const other = byDay.get(day);
    // Hemelvaartsdag can fall on Bevrijdingsdag (2005, 2016) or on Koninginnedag.
    byDay.set(
      day,
      other ? { nl: `${other.nl} en ${name.nl}`, en: `${other.en} and ${name.en}` } : name,
    );
  }
  const list = Object.freeze(
    days.map(([day, name]) => Object.freeze({ date: isoDate(day), name: Object.freeze(name) })),
  );
  entry = { list, byDay };
  if (cache.size > 256) cache.clear();
  cache.set(key, entry);
  return entry;
}

/**
 * Dutch public holidays of `year`, in date order: Nieuwjaarsdag, Goede Vrijdag (optional), Eerste
 * en Tweede Paasdag, Koningsdag (27 April, 26 April when the 27th is a Sunday; Koninginnedag on
 * 30 April before 2014 and on 31 August before 1949), Bevrijdingsdag (5 May in lustrum years, or
 * every year), Hemelvaartsdag, Eerste en Tweede Pinksterdag, Eerste en Tweede Kerstdag.
 * Computed once per year and options, then served from a cache.
 *
 * @example dutchPublicHolidays(2025).find((h) => h.name.nl === 'Koningsdag')?.date // '2025-04-26'
 */
export function dutchPublicHolidays(
  year: number,
  options: DutchHolidayOptions = {},
): { date: string; name: { nl: string; en: string } }[] {
  if (!Number.isInteger(year) || year < 1583) {
    throw new RangeError(`Holidays are computed for Gregorian years from 1583 on, not ${year}`);
  }
  return [
    ...holidayYear(year, options.goodFriday ?? false, options.liberationDayEveryYear ?? false).list,
  ];
}

/** The holiday on an epoch day, if any (names joined when two fall on one day). */
export function holidayOn(
  epochDay: number,
  goodFriday: boolean,
  liberationEveryYear: boolean,
): HolidayName | undefined {
  return holidayYear(yearOf(epochDay), goodFriday, liberationEveryYear).byDay.get(epochDay);
}
