import type { Location } from '../schemas/location.js';
import { DAYS, type Day } from '../schemas/days.js';
import { hhmm } from './dates.js';
import { formatDate, formatDayName, formatReason } from './format.js';
import { resolveDay, weeklyFor, type LocalInterval, type ResolvedDay } from './resolve.js';
import { localEpochDay } from './zone.js';

/** A place where the IDO consultation hours lie outside the library's opening hours. */
export interface IdoHoursIssue {
  /** The date (`YYYY-MM-DD`) of a dated issue: an exception, holiday or season. */
  date?: string;
  /** The weekday of an issue in the weekly pattern. */
  day?: Day;
  /** An English sentence for the person editing the data. */
  message: string;
}

/** How many days ahead dated rules (exceptions, holidays, seasons) are checked. */
const DATED_WINDOW_DAYS = 366;

/** Library intervals with touching ones joined (10:00–12:00 + 12:00–17:00 covers 11:00–13:00). */
function merged(intervals: readonly LocalInterval[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (const { from, to } of intervals) {
    const last = out[out.length - 1];
    if (last && from <= last.to) last.to = Math.max(last.to, to);
    else out.push({ from, to });
  }
  return out;
}

function uncovered(
  ido: readonly LocalInterval[],
  library: readonly LocalInterval[],
): LocalInterval[] {
  const cover = merged(library);
  return ido.filter((i) => !cover.some((c) => c.from <= i.from && i.to <= c.to));
}

const spans = (intervals: readonly { from: number; to: number }[]): string =>
  intervals.map((i) => `${hhmm(i.from)}–${hhmm(i.to)}`).join(', ');

function libraryText(library: readonly LocalInterval[]): string {
  return library.length === 0
    ? 'the library is closed'
    : `the library is open ${spans(merged(library))}`;
}

const special = (d: ResolvedDay): boolean =>
  d.fromException || d.seasonal || d.reason !== undefined;

/**
 * IDO consultation hours that lie outside the library's opening hours: per weekday of the weekly
 * patterns, and per date for the coming year wherever an exception, public holiday, season or
 * validity limit of either schedule applies (the library closed on Koningsdag while the IDO hours
 * do not close on holidays, say). Empty when the location has no separate IDO hours.
 *
 * @param at Start of the year checked; defaults to the location's `updatedAt` (the data's own date,
 *   so the result does not depend on when it is run).
 */
export function validateIdoHours(location: Location, at?: Date): IdoHoursIssue[] {
  const library = location.hours.library;
  const ido = location.hours.ido;
  if (!ido) return [];
  const issues: IdoHoursIssue[] = [];
  const zone = library.timeZone ?? 'Europe/Amsterdam';
  if ((ido.timeZone ?? 'Europe/Amsterdam') !== zone) {
    issues.push({
      message: `The IDO hours use time zone ${ido.timeZone} but the library hours use ${zone}`,
    });
  }

  for (const day of DAYS) {
    const libraryDay = weeklyFor(library.weekly, day);
    const outside = uncovered(weeklyFor(ido.weekly, day), libraryDay);
    if (outside.length > 0) {
      issues.push({
        day,
        message: `On ${formatDayName(day, 'en')} the IDO is open ${spans(outside)}, but ${libraryText(libraryDay)}`,
      });
    }
  }

  const first = localEpochDay((at ?? new Date(location.updatedAt)).getTime(), zone);
  for (let d = first; d < first + DATED_WINDOW_DAYS; d++) {
    const idoDay = resolveDay(ido, d);
    const libraryDay = resolveDay(library, d);
    // Ordinary weekly days on both sides were checked above.
    if (!special(idoDay) && !special(libraryDay)) continue;
    const outside = uncovered(idoDay.intervals, libraryDay.intervals);
    if (outside.length === 0) continue;
    const why = libraryDay.reason?.name ? ` (${formatReason(libraryDay.reason, 'en')})` : '';
    issues.push({
      date: idoDay.date,
      message: `On ${formatDate(idoDay.date, 'en')} ${idoDay.date.slice(0, 4)}${why} the IDO is open ${spans(outside)}, but ${libraryText(libraryDay.intervals)}`,
    });
  }
  return issues;
}
