import type { Day, OpeningHours } from '../schemas/opening-hours.js';
import { dayCode, isoDate } from './dates.js';
import { holidayOn } from './holidays.js';
import type { ClosedReason, OpeningStatus } from './types.js';
import { wallToEpoch } from './zone.js';

/** One opening interval of a resolved day, in wall-clock minutes. */
export interface LocalInterval {
  opens: string;
  closes: string;
  /** Minutes since local midnight. */
  from: number;
  /** Minutes since local midnight (1440 for `24:00`). */
  to: number;
}

/** A day after applying the resolution order of `OpeningHoursSchema`, still in wall-clock time. */
export interface ResolvedDay {
  epochDay: number;
  date: string;
  day: Day;
  intervals: LocalInterval[];
  /** What the weekly pattern (or the season covering the date) says for this weekday. */
  regular: LocalInterval[];
  reason?: OpeningStatus['reason'];
  /** An `exceptions` entry decided the day. */
  fromException: boolean;
  /** A season (not `weekly`) gives the regular pattern of this date. */
  seasonal: boolean;
  /** The day differs from its regular pattern (see `DaySchedule.exception`). */
  exception: boolean;
}

/** Minutes since midnight of a valid `HH:MM` (24:00 → 1440), without allocating. */
function minutesOf(time: string): number {
  return (
    (time.charCodeAt(0) - 48) * 600 +
    (time.charCodeAt(1) - 48) * 60 +
    (time.charCodeAt(3) - 48) * 10 +
    (time.charCodeAt(4) - 48)
  );
}

function byStart(a: LocalInterval, b: LocalInterval): number {
  return a.from - b.from;
}

function toLocal(items: readonly { opens: string; closes: string }[]): LocalInterval[] {
  const out: LocalInterval[] = [];
  for (const { opens, closes } of items) {
    out.push({ opens, closes, from: minutesOf(opens), to: minutesOf(closes) });
  }
  return out.length > 1 ? out.sort(byStart) : out;
}

/** The intervals of a weekly list on one weekday, sorted. */
export function weeklyFor(
  weekly: readonly { day: Day; opens: string; closes: string }[],
  day: Day,
): LocalInterval[] {
  const out: LocalInterval[] = [];
  for (const w of weekly) {
    if (w.day === day) {
      out.push({
        opens: w.opens,
        closes: w.closes,
        from: minutesOf(w.opens),
        to: minutesOf(w.closes),
      });
    }
  }
  return out.length > 1 ? out.sort(byStart) : out;
}

/** A day closed for `reason`. */
function closedDay(
  epochDay: number,
  date: string,
  day: Day,
  regular: LocalInterval[],
  seasonal: boolean,
  reason: ClosedReason,
  fromException: boolean,
): ResolvedDay {
  return {
    epochDay,
    date,
    day,
    intervals: [],
    regular,
    reason,
    fromException,
    seasonal,
    exception: fromException || regular.length > 0,
  };
}

/**
 * Resolves one civil date, first match wins: outside `validFrom`/`validThrough` → closed; an
 * exception → its intervals; a public holiday while `closedOnPublicHolidays` → closed; a season
 * covering the date → its weekly pattern; otherwise `weekly`.
 */
export function resolveDay(hours: OpeningHours, epochDay: number): ResolvedDay {
  // Plain loops, no closures: this runs for every day of every status on a result list.
  const date = isoDate(epochDay);
  const day = dayCode(epochDay);
  let weekly = hours.weekly;
  let seasonal = false;
  for (const s of hours.seasons ?? []) {
    if (s.validFrom <= date && date <= s.validThrough) {
      weekly = s.weekly;
      seasonal = true;
      break;
    }
  }
  const regular = weeklyFor(weekly, day);

  if (hours.validFrom && date < hours.validFrom) {
    const reason = { kind: 'not-yet-valid', name: hours.validFrom } as const;
    return closedDay(epochDay, date, day, regular, seasonal, reason, false);
  }
  if (hours.validThrough && date > hours.validThrough) {
    const reason = { kind: 'season-end', name: hours.validThrough } as const;
    return closedDay(epochDay, date, day, regular, seasonal, reason, false);
  }
  for (const exception of hours.exceptions ?? []) {
    if (exception.date !== date) continue;
    const reason = { kind: 'exception', name: exception.note ?? '' } as const;
    if ('closed' in exception)
      return closedDay(epochDay, date, day, regular, seasonal, reason, true);
    return {
      epochDay,
      date,
      day,
      intervals: toLocal(exception.intervals),
      regular,
      reason,
      fromException: true,
      seasonal,
      exception: true,
    };
  }
  if (hours.closedOnPublicHolidays ?? true) {
    const holiday = holidayOn(
      epochDay,
      hours.closedOnGoodFriday ?? false,
      hours.closedOnLiberationDayEveryYear ?? false,
    );
    if (holiday) {
      const reason = { kind: 'holiday', name: holiday.nl } as const;
      return closedDay(epochDay, date, day, regular, seasonal, reason, false);
    }
  }
  return {
    epochDay,
    date,
    day,
    intervals: regular,
    regular,
    fromException: false,
    seasonal,
    exception: false,
  };
}

/** An interval as instants (epoch ms). */
export interface Span {
  start: number;
  end: number;
  opens: string;
  closes: string;
}

/** Wall-clock intervals of a day turned into instants in `zone`, sorted by start. */
export function toSpans(
  epochDay: number,
  intervals: readonly LocalInterval[],
  zone: string,
): Span[] {
  const spans = intervals.map((i) => ({
    start: wallToEpoch(epochDay, i.from, zone),
    end: wallToEpoch(epochDay, i.to, zone),
    opens: i.opens,
    closes: i.closes,
  }));
  // Only a DST gap can bring two intervals out of order; the common case is already sorted.
  for (let k = 1; k < spans.length; k++) {
    if (spans[k]!.start < spans[k - 1]!.start) return spans.sort((a, b) => a.start - b.start);
  }
  return spans;
}

/**
 * Resolved days and their spans for one schedule, each computed at most once per call of a public
 * function (a status walks back and forth over the same few days).
 */
export class DayCache {
  readonly #hours: OpeningHours;
  readonly #zone: string;
  readonly #days = new Map<number, { resolved: ResolvedDay; spans: Span[] }>();

  constructor(hours: OpeningHours) {
    this.#hours = hours;
    this.#zone = hours.timeZone ?? 'Europe/Amsterdam';
  }

  /** The schedule's zone. */
  get zone(): string {
    return this.#zone;
  }

  #entry(epochDay: number): { resolved: ResolvedDay; spans: Span[] } {
    let entry = this.#days.get(epochDay);
    if (!entry) {
      const resolved = resolveDay(this.#hours, epochDay);
      entry = { resolved, spans: toSpans(epochDay, resolved.intervals, this.#zone) };
      this.#days.set(epochDay, entry);
    }
    return entry;
  }

  /** The resolved day. */
  day(epochDay: number): ResolvedDay {
    return this.#entry(epochDay).resolved;
  }

  /** The day's opening intervals as instants, sorted. */
  spans(epochDay: number): Span[] {
    return this.#entry(epochDay).spans;
  }
}
