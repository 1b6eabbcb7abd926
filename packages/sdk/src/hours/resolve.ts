import { toMinutes, type Day, type OpeningHours } from '../schemas/opening-hours.js';
import { MS_PER_DAY, dayCode, isoDate } from './dates.js';
import { holidayOn } from './holidays.js';
import type { OpeningStatus } from './types.js';
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

function toLocal(items: readonly { opens: string; closes: string }[]): LocalInterval[] {
  const out = items.map(({ opens, closes }) => ({
    opens,
    closes,
    from: toMinutes(opens),
    to: toMinutes(closes),
  }));
  return out.length > 1 ? out.sort((a, b) => a.from - b.from) : out;
}

/** The intervals of a weekly list on one weekday, sorted. */
export function weeklyFor(
  weekly: readonly { day: Day; opens: string; closes: string }[],
  day: Day,
): LocalInterval[] {
  return toLocal(weekly.filter((w) => w.day === day));
}

/**
 * Resolves one civil date, first match wins: outside `validFrom`/`validThrough` → closed; an
 * exception → its intervals; a public holiday while `closedOnPublicHolidays` → closed; a season
 * covering the date → its weekly pattern; otherwise `weekly`.
 */
export function resolveDay(hours: OpeningHours, epochDay: number): ResolvedDay {
  const date = isoDate(epochDay);
  const day = dayCode(epochDay);
  const season = hours.seasons?.find((s) => s.validFrom <= date && date <= s.validThrough);
  const regular = weeklyFor(season ? season.weekly : hours.weekly, day);
  const seasonal = season !== undefined;
  const closed = (reason: OpeningStatus['reason'], fromException = false): ResolvedDay => ({
    epochDay,
    date,
    day,
    intervals: [],
    regular,
    reason,
    fromException,
    seasonal,
    exception: fromException || regular.length > 0,
  });

  if (hours.validFrom && date < hours.validFrom) {
    return closed({ kind: 'not-yet-valid', name: hours.validFrom });
  }
  if (hours.validThrough && date > hours.validThrough) {
    return closed({ kind: 'season-end', name: hours.validThrough });
  }
  const exception = hours.exceptions?.find((e) => e.date === date);
  if (exception) {
    const reason = { kind: 'exception', name: exception.note ?? '' } as const;
    if ('closed' in exception) return closed(reason, true);
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
    const year = new Date(epochDay * MS_PER_DAY).getUTCFullYear();
    const holiday = holidayOn(
      epochDay,
      year,
      hours.closedOnGoodFriday ?? false,
      hours.closedOnLiberationDayEveryYear ?? false,
    );
    if (holiday) return closed({ kind: 'holiday', name: holiday.nl });
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
