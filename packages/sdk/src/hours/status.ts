import type { OpeningHours } from '../schemas/opening-hours.js';
import { DayCache, toSpans, type Span } from './resolve.js';
import type { OpeningStatus } from './types.js';
import { localEpochDay, wallToEpoch } from './zone.js';

/** How many days `openingStatus` looks ahead (for `nextOpen`, `until`) and back (for `since`). */
export const STATUS_WINDOW_DAYS = 14;

/**
 * Whether `hours` is open at `at`, evaluated in the schedule's own time zone whatever the time zone
 * of the process. `until` and `since` merge intervals that touch (12:00–12:00, or su 22:00–24:00
 * followed by mo 00:00–02:00); `nextOpen` looks 14 days ahead.
 *
 * @example openingStatus(hours, new Date('2026-04-27T10:00:00Z')) // { state: 'closed', reason: { kind: 'holiday', name: 'Koningsdag' }, … }
 */
export function openingStatus(hours: OpeningHours, at: Date): OpeningStatus {
  const cache = new DayCache(hours);
  const zone = cache.zone;
  const t = at.getTime();
  const today = localEpochDay(t, zone);
  const current = cache.spans(today).find((s) => s.start <= t && t < s.end);

  if (current) {
    const status: OpeningStatus = { state: 'open' };
    const until = runEnd(cache, today, current.end);
    if (until !== undefined) status.until = new Date(until);
    const since = runStart(cache, today, current.start);
    if (since !== undefined) status.since = new Date(since);
    return status;
  }

  const status: OpeningStatus = { state: 'closed' };
  const next = firstStartAfter(cache, today, t);
  if (next !== undefined) status.nextOpen = new Date(next);
  const since = lastEndBefore(cache, today, t);
  if (since !== undefined) status.since = new Date(since);
  const reason = closedReason(cache, today, t);
  if (reason) status.reason = reason;
  return status;
}

/**
 * The next instant after `at` at which what a resident reads changes: when open, the closing time
 * (`until`); when closed, the next opening or the next local midnight, whichever comes first (at
 * midnight "morgen" becomes "vandaag" and a holiday ends). Undefined only when open throughout the
 * next 14 days. Meant for a controller that re-renders exactly then instead of polling.
 */
export function nextStatusChange(hours: OpeningHours, at: Date): Date | undefined {
  const status = openingStatus(hours, at);
  if (status.state === 'open') return status.until;
  const zone = hours.timeZone ?? 'Europe/Amsterdam';
  const midnight = wallToEpoch(localEpochDay(at.getTime(), zone) + 1, 0, zone);
  const next = status.nextOpen?.getTime();
  return new Date(next !== undefined && next < midnight ? next : midnight);
}

/** End of the open run that currently ends at `end`, or undefined if it lasts past the window. */
function runEnd(cache: DayCache, today: number, end: number): number | undefined {
  const last = today + STATUS_WINDOW_DAYS;
  for (let d = today; d <= last; d++) {
    for (const s of cache.spans(d)) {
      if (s.end <= end) continue;
      if (s.start > end) return end;
      end = s.end;
    }
  }
  return end < wallToEpoch(last + 1, 0, cache.zone) ? end : undefined;
}

/** Start of the open run that currently starts at `start`, or undefined if it began before the window. */
function runStart(cache: DayCache, today: number, start: number): number | undefined {
  const first = today - STATUS_WINDOW_DAYS;
  for (let d = today; d >= first; d--) {
    const spans = cache.spans(d);
    for (let k = spans.length - 1; k >= 0; k--) {
      const s = spans[k]!;
      if (s.start >= start) continue;
      if (s.end < start) return start;
      start = s.start;
    }
  }
  return start > wallToEpoch(first, 0, cache.zone) ? start : undefined;
}

function firstStartAfter(cache: DayCache, today: number, t: number): number | undefined {
  for (let d = today; d <= today + STATUS_WINDOW_DAYS; d++) {
    const s = cache.spans(d).find((span) => span.start > t);
    if (s) return s.start;
  }
  return undefined;
}

function lastEndBefore(cache: DayCache, today: number, t: number): number | undefined {
  for (let d = today; d >= today - STATUS_WINDOW_DAYS; d--) {
    const spans = cache.spans(d);
    for (let k = spans.length - 1; k >= 0; k--) {
      if (spans[k]!.end <= t) return spans[k]!.end;
    }
  }
  return undefined;
}

function contains(spans: readonly Span[], t: number): boolean {
  return spans.some((s) => s.start <= t && t < s.end);
}

/**
 * Why the schedule is closed at `t` on `today`: the whole day is closed against its regular
 * pattern, or an exception shortened the day and the regular pattern would be open now.
 */
function closedReason(cache: DayCache, today: number, t: number): OpeningStatus['reason'] {
  const day = cache.day(today);
  if (!day.exception || !day.reason) return undefined;
  if (day.intervals.length === 0) return day.reason;
  if (day.fromException && contains(toSpans(today, day.regular, cache.zone), t)) return day.reason;
  return undefined;
}
