import type { OpeningHours } from '../schemas/opening-hours.js';
import { parseIsoDate } from './dates.js';
import { DayCache } from './resolve.js';
import type { DaySchedule } from './types.js';

/** The hours of a schedule over a stretch of dates, for a period report. */
export interface PeriodHours {
  /** Hours open in total (real elapsed hours: a DST night counts as it was). */
  totalHours: number;
  /** Days with at least one opening. */
  openDays: number;
  /**
   * Days that differ from the regular weekly pattern (holidays, exceptions, season limits that
   * close or shorten a normally-open day), in date order.
   */
  changes: DaySchedule[];
}

/**
 * How many hours a schedule was open from `from` to `to` (inclusive civil dates in the
 * schedule's zone), on how many days, and which days departed from the weekly pattern.
 *
 * @example periodHours(idoHours(location).hours, '2026-10-01', '2026-12-31').totalHours // 156
 */
export function periodHours(hours: OpeningHours, from: string, to: string): PeriodHours {
  const cache = new DayCache(hours);
  const first = parseIsoDate(from);
  const last = parseIsoDate(to);
  let ms = 0;
  let openDays = 0;
  const changes: DaySchedule[] = [];
  for (let d = first; d <= last; d++) {
    const spans = cache.spans(d);
    if (spans.length > 0) openDays++;
    for (const s of spans) ms += s.end - s.start;
    const day = cache.day(d);
    if (day.exception) {
      const schedule: DaySchedule = {
        date: day.date,
        day: day.day,
        intervals: spans.map((s) => ({
          opens: s.opens,
          closes: s.closes,
          start: new Date(s.start),
          end: new Date(s.end),
        })),
        closed: day.intervals.length === 0,
        exception: true,
      };
      if (day.reason) schedule.reason = day.reason;
      changes.push(schedule);
    }
  }
  return { totalHours: Math.round((ms / 3_600_000) * 100) / 100, openDays, changes };
}
