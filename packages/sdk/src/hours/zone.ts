import { isoDate, MS_PER_DAY, parseIsoDate } from './dates.js';

/**
 * Wall-clock time in an IANA zone, computed with `Intl.DateTimeFormat` only (no Temporal, no tz
 * database of our own). Formatting is the slow part (~4 µs a call), so formatters are made once
 * per zone and the results the opening-hours engine asks for again and again are memoised.
 */

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const CACHE_LIMIT = 20_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    // Throws a RangeError for an unknown zone, which is the error a caller should see.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall clock of `epochMs` in `zone`, as if that wall clock were UTC (whole seconds). */
function wallClockMs(epochMs: number, zone: string): number {
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of formatterFor(zone).formatToParts(epochMs)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        // Some older ICU builds print midnight as 24 even with h23.
        hour = Number(part.value) % 24;
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
    }
  }
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** UTC offset of `zone` at `epochMs` straight from `Intl`, in milliseconds. */
function offsetFromIntl(epochMs: number, zone: string): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  return wallClockMs(whole, zone) - whole;
}

/** Per zone: UTC hour → the offset throughout that hour, or NaN if it changes within the hour. */
const hourOffsets = new Map<string, Map<number, number>>();

/**
 * UTC offset of `zone` at `epochMs`, in milliseconds (Amsterdam in summer: +7 200 000).
 * Offsets are kept per UTC hour once the start and the end of the hour agree (no zone has switched
 * twice within an hour); an hour with a switch in it is asked of `Intl` every time.
 */
export function zoneOffsetMs(epochMs: number, zone: string): number {
  let cache = hourOffsets.get(zone);
  if (!cache) {
    cache = new Map();
    hourOffsets.set(zone, cache);
  }
  const hour = Math.floor(epochMs / MS_PER_HOUR);
  let offset = cache.get(hour);
  if (offset === undefined) {
    const start = offsetFromIntl(hour * MS_PER_HOUR, zone);
    const end = offsetFromIntl((hour + 1) * MS_PER_HOUR - 1000, zone);
    offset = start === end ? start : Number.NaN;
    if (cache.size > CACHE_LIMIT) cache.clear();
    cache.set(hour, offset);
  }
  return Number.isNaN(offset) ? offsetFromIntl(epochMs, zone) : offset;
}

/**
 * The instant of a local wall time (`localMs` = that wall time read as UTC) in `zone`.
 * Two-pass offset correction; a wall time skipped by a forward DST switch moves forward by the
 * length of the gap (02:30 on the last Sunday of March in Amsterdam → 03:30 CEST), and a wall time
 * that happens twice when clocks go back resolves to the earlier instant (the first 02:30 in October).
 */
function wallToEpochExact(localMs: number, zone: string): number {
  const o1 = zoneOffsetMs(localMs, zone);
  let t = localMs - o1;
  const o2 = zoneOffsetMs(t, zone);
  if (o2 !== o1) {
    const t2 = localMs - o2;
    const o3 = zoneOffsetMs(t2, zone);
    // Neither offset reproduces the wall time: it does not exist. Offsets grow across a gap,
    // so the smaller one is the offset in force before the switch.
    if (o3 !== o2) return localMs - Math.min(o2, o3);
    t = t2;
  }
  // t is a valid reading. An earlier one exists only if the zone had a larger offset shortly before.
  const before = zoneOffsetMs(t - 6 * MS_PER_HOUR, zone);
  if (before > localMs - t) {
    const earlier = localMs - before;
    if (earlier < t && zoneOffsetMs(earlier, zone) === before) t = earlier;
  }
  return t;
}

const wallCache = new Map<string, Map<number, number>>();

/**
 * The instant (epoch ms) of `minutes` past local midnight on `epochDay` in `zone`; `minutes` may be
 * 1440 for the following midnight. Memoised per zone, since schedules reuse the same few times.
 */
export function wallToEpoch(epochDay: number, minutes: number, zone: string): number {
  let cache = wallCache.get(zone);
  if (!cache) {
    cache = new Map();
    wallCache.set(zone, cache);
  }
  const key = epochDay * 1441 + minutes;
  let t = cache.get(key);
  if (t === undefined) {
    t = wallToEpochExact(epochDay * MS_PER_DAY + minutes * MS_PER_MINUTE, zone);
    if (cache.size > CACHE_LIMIT) cache.clear();
    cache.set(key, t);
  }
  return t;
}

/** A local reading of an instant: epoch day and milliseconds since local midnight (wall clock). */
export interface LocalReading {
  epochDay: number;
  /** Wall-clock milliseconds since local midnight (whole seconds). */
  msOfDay: number;
}

/** The local date and wall time of `epochMs` in `zone`. */
export function localReading(epochMs: number, zone: string): LocalReading {
  const whole = Math.floor(epochMs / 1000) * 1000;
  const wall = whole + zoneOffsetMs(whole, zone);
  const epochDay = Math.floor(wall / MS_PER_DAY);
  return { epochDay, msOfDay: wall - epochDay * MS_PER_DAY };
}

/** The local date (epoch day) of an instant in `zone`. */
export function localEpochDay(epochMs: number, zone: string): number {
  return localReading(epochMs, zone).epochDay;
}

/**
 * The calendar date (`YYYY-MM-DD`) an instant falls on in `zone`, whatever the process's or
 * browser's own zone: "what is today there".
 *
 * @example civilDate(new Date('2026-11-21T23:30:00Z'), 'Europe/Amsterdam') // '2026-11-22'
 */
export function civilDate(at: Date, zone: string): string {
  return isoDate(localEpochDay(at.getTime(), zone));
}

const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant at which the wall clock in `zone` shows `date` (`YYYY-MM-DD`) and `time`
 * (`HH:MM` or `HH:MM:SS`, `24:00` meaning the next midnight).
 *
 * Exact for any zone and date `Intl` knows: a time skipped by a forward DST switch moves forward by
 * the gap (`2026-03-29`, `02:30`, Amsterdam → 01:30Z, i.e. 03:30 CEST); a time that occurs twice
 * when clocks go back resolves to the earlier instant (`2026-10-25`, `02:30` → 00:30Z, still CEST).
 *
 * @example zonedTimeToInstant('2026-07-01', '10:00', 'Europe/Amsterdam') // 2026-07-01T08:00:00.000Z
 */
export function zonedTimeToInstant(date: string, time: string, zone: string): Date {
  const m = TIME.exec(time);
  const hour = Number(m?.[1]);
  const minute = Number(m?.[2]);
  const second = Number(m?.[3] ?? 0);
  if (!m || minute > 59 || second > 59 || hour > 24 || (hour === 24 && minute + second > 0)) {
    throw new RangeError(`Not a time written as HH:MM: "${time}"`);
  }
  const epochDay = parseIsoDate(date);
  if (second === 0) return new Date(wallToEpoch(epochDay, hour * 60 + minute, zone));
  return new Date(wallToEpochExact(Date.UTC(1970, 0, 1 + epochDay, hour, minute, second), zone));
}

/**
 * The calendar date and hour (0–23) an instant falls on in `zone`: what a registration records
 * as the time of a visit, whatever the device's own zone.
 *
 * @example civilDateHour(new Date('2026-11-21T23:30:00Z'), 'Europe/Amsterdam') // { date: '2026-11-22', hour: 0 }
 */
export function civilDateHour(at: Date, zone: string): { date: string; hour: number } {
  const { epochDay, msOfDay } = localReading(at.getTime(), zone);
  return { date: isoDate(epochDay), hour: Math.floor(msOfDay / 3_600_000) };
}
