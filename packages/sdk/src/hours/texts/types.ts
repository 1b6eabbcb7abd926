import type { HolidayId } from '../holidays.js';

/** When an opening or closing happens, as {@link HoursTexts.closes}/{@link HoursTexts.opens} get it. */
export interface StatusMoment {
  /** Days after today in the location's zone: 0 today, 1 tomorrow, … */
  days: number;
  /** "17:00" (24-hour; the next midnight is "24:00" of the day before). */
  time: string;
  /** The weekday's name from {@link HoursTexts.days}. */
  dayName: string;
  /** Day and month: "27 april" (from {@link HoursTexts.dayMonth}). */
  date: string;
}

/** Seven names, Monday first. */
export type WeekdayNames = readonly [string, string, string, string, string, string, string];
/** Twelve names, January first. */
export type MonthNames = readonly [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

/**
 * Every word the opening-hours formatters use, for one language. The SDK has one per
 * language the elements ship, each in its own module (`HOURS_TEXTS_NL`, `_EN`, `_AR`, `_TR`,
 * `_PL`, `_UK`), so a page bundles only those it imports; pass any complete table as `texts`
 * to speak another language. Parametrised texts are functions, so word order is free.
 */
export interface HoursTexts {
  /** Weekday names, Monday first: "maandag" … (lower case where the language writes them so). */
  days: WeekdayNames;
  /** Month names, January first. */
  months: MonthNames;
  /** Day and month: "27 april" / "27 April". */
  dayMonth: (day: number, month: string) => string;
  /** A weekday with its date: "zaterdag 27 april". */
  weekdayDate: (dayName: string, dayMonth: string) => string;
  /** The names of the Dutch public holidays. */
  holidays: Record<HolidayId, string>;
  /** Joins two holidays on one day: "Koningsdag en Hemelvaartsdag". */
  bothHolidays: (first: string, second: string) => string;
  /** Status head while open: "Nu open". */
  open: string;
  /** Status head while closed: "Gesloten". */
  closed: string;
  /** Status head on a day closed all day for a named reason: "Vandaag gesloten". */
  closedToday: string;
  /** A status head with its reason: "Vandaag gesloten (Koningsdag)". */
  withReason: (head: string, reason: string) => string;
  /** A status head and what happens next: "Nu open · sluit om 17:00". */
  then: (head: string, next: string) => string;
  /** When it closes: "sluit om 17:00", "sluit morgen om 17:00", "sluit op vrijdag om 17:00". */
  closes: (at: StatusMoment) => string;
  /** When it opens: "opent om 13:00", "morgen open vanaf 10:00", "open op maandag vanaf 10:00". */
  opens: (at: StatusMoment) => string;
  /** A schedule that starts later: "Nieuwe openingstijden vanaf maandag 1 juni". */
  newHoursFrom: (date: string) => string;
  /** A schedule that ended: "Openingstijden golden tot en met zondag 31 mei". */
  hoursValidUntil: (date: string) => string;
}
