import type { OpeningHours } from '../schemas/opening-hours.js';
import { parseIsoDate, weekdayIndex } from './dates.js';
import { DayCache } from './resolve.js';
import type { DaySchedule } from './types.js';
import { localEpochDay } from './zone.js';

function toDaySchedule(cache: DayCache, epochDay: number): DaySchedule {
  const day = cache.day(epochDay);
  const schedule: DaySchedule = {
    date: day.date,
    day: day.day,
    intervals: cache.spans(epochDay).map((s) => ({
      opens: s.opens,
      closes: s.closes,
      start: new Date(s.start),
      end: new Date(s.end),
    })),
    closed: day.intervals.length === 0,
    exception: day.exception,
  };
  if (day.reason) schedule.reason = day.reason;
  return schedule;
}

/**
 * One civil date (`YYYY-MM-DD`, in the schedule's zone) with every rule applied.
 * Throws a RangeError for a date that does not exist.
 *
 * @example daySchedule(hours, '2026-04-27') // { closed: true, reason: { kind: 'holiday', name: 'Koningsdag' }, … }
 */
export function daySchedule(hours: OpeningHours, date: string): DaySchedule {
  return toDaySchedule(new DayCache(hours), parseIsoDate(date));
}

/**
 * Monday to Sunday of the ISO week that contains `weekOf`, as dated in the schedule's zone
 * (so a Sunday-evening instant in Amsterdam belongs to that week even if it is Monday in Tokyo).
 */
export function weekSchedule(hours: OpeningHours, weekOf: Date): DaySchedule[] {
  const cache = new DayCache(hours);
  const today = localEpochDay(weekOf.getTime(), cache.zone);
  const monday = today - weekdayIndex(today);
  return Array.from({ length: 7 }, (_, i) => toDaySchedule(cache, monday + i));
}

/**
 * The days among the next `days` (today included, dated in the schedule's zone) that differ from
 * the regular pattern: exceptions, and holidays or validity limits that close a normally-open day.
 * Meant for a notice such as "Maandag 27 april gesloten (Koningsdag)".
 */
export function upcomingChanges(hours: OpeningHours, at: Date, days = 14): DaySchedule[] {
  const cache = new DayCache(hours);
  const today = localEpochDay(at.getTime(), cache.zone);
  const out: DaySchedule[] = [];
  for (let d = today; d < today + days; d++) {
    if (cache.day(d).exception) out.push(toDaySchedule(cache, d));
  }
  return out;
}
