import { IdoValidationError } from '../errors/ido-validation-error.js';
import { distanceKm } from '../geo/distance.js';
import { isoDate, parseIsoDate, weekdayIndex } from '../hours/dates.js';
import type { GeoPoint } from '../schemas/common.js';
import type { OutreachSession } from '../schemas/outreach-session.js';

/**
 * Outreach sessions (issue 21) as plain data: which sessions fall in a range of days, which are
 * near a search, and how their times read. The server, both sources and the elements share these
 * rules, so a feed and the API answer alike.
 */

/** `GET /v1/outreach` and `outreachSessions()` cover at most this many days (a quarter and a bit). */
export const OUTREACH_MAX_DAYS = 93;

/** What `outreachSessions()` asks: the days `from` through `through`, optionally of one location. */
export interface OutreachSessionQuery {
  /** The first day, `YYYY-MM-DD` (Europe/Amsterdam). */
  from: string;
  /** The last day, included; at most {@link OUTREACH_MAX_DAYS} days after `from`. */
  through: string;
  /** Only the sessions held by this location's staff. */
  locationId?: string;
}

/** The civil date `days` days after `date` (negative: before). @example addDays('2026-12-31', 1) // '2027-01-01' */
export function addDays(date: string, days: number): string {
  return isoDate(parseIsoDate(date) + days);
}

/**
 * Monday through Sunday of the week of `date` (the week an hours card shows).
 * @example weekOf('2026-12-17') // { from: '2026-12-14', through: '2026-12-20' }
 */
export function weekOf(date: string): { from: string; through: string } {
  const day = parseIsoDate(date);
  const monday = day - weekdayIndex(day);
  return { from: isoDate(monday), through: isoDate(monday + 6) };
}

/**
 * The problems of a range of days, in the API's shape (`path`, `message`): real dates, `through`
 * not before `from`, at most {@link OUTREACH_MAX_DAYS} days apart. Empty when it is fine.
 */
export function outreachRangeIssues(query: {
  from: string;
  through: string;
}): { path: string; message: string }[] {
  let from: number;
  let through: number;
  try {
    from = parseIsoDate(query.from);
  } catch {
    return [{ path: 'from', message: 'Must be a date written as YYYY-MM-DD' }];
  }
  try {
    through = parseIsoDate(query.through);
  } catch {
    return [{ path: 'through', message: 'Must be a date written as YYYY-MM-DD' }];
  }
  if (through < from) return [{ path: 'through', message: 'Must not be before from' }];
  if (through - from > OUTREACH_MAX_DAYS)
    return [{ path: 'through', message: `Must be at most ${OUTREACH_MAX_DAYS} days after from` }];
  return [];
}

/** Throws the range's first problem as an {@link IdoValidationError} (what a source does). */
export function assertOutreachRange(query: { from: string; through: string }): void {
  const issues = outreachRangeIssues(query);
  if (issues.length > 0)
    throw new IdoValidationError(
      'outreach query',
      issues.map((i) => ({ path: [i.path], message: i.message })),
    );
}

/** Orders sessions by date, opening time and id: the order of the API and the feed. */
export function compareSessions(a: OutreachSession, b: OutreachSession): number {
  return compare(a.date, b.date) || compare(a.time.opens, b.time.opens) || compare(a.id, b.id);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The sessions on the days `from` through `through` (and of `locationId`), in date order. */
export function sessionsBetween(
  sessions: readonly OutreachSession[],
  query: OutreachSessionQuery,
): OutreachSession[] {
  return sessions
    .filter(
      (s) =>
        s.date >= query.from &&
        s.date <= query.through &&
        (query.locationId === undefined || s.locationId === query.locationId),
    )
    .sort(compareSessions);
}

/** A session with its straight-line distance from a search's origin. */
export interface NearbySession {
  session: OutreachSession;
  distanceKm: number;
}

export interface NearbySessionsOptions {
  /**
   * Sessions at most this far away: the locator passes the distance of the farthest location it
   * shows, so a session appears when it is as close as a branch on the list.
   */
  withinKm: number;
  /** When none is that close, the nearest few within this distance still show. @default 0 */
  fallbackKm?: number;
  /** At most this many. @default 5 */
  limit?: number;
}

/**
 * The sessions near `origin`: those within `withinKm`, or else the nearest within `fallbackKm`,
 * at most `limit`, nearest kept first and then listed by date and time (residents plan by day).
 */
export function nearbySessions(
  sessions: readonly OutreachSession[],
  origin: GeoPoint,
  options: NearbySessionsOptions,
): NearbySession[] {
  const limit = options.limit ?? 5;
  const measured = sessions
    .map((session) => ({ session, distanceKm: distanceKm(origin, session.geo) }))
    .sort((a, b) => a.distanceKm - b.distanceKm || compareSessions(a.session, b.session));
  let chosen = measured.filter((m) => m.distanceKm <= options.withinKm);
  if (chosen.length === 0)
    chosen = measured.filter((m) => m.distanceKm <= (options.fallbackKm ?? 0));
  return chosen
    .slice(0, limit)
    .sort((a, b) => compareSessions(a.session, b.session) || a.distanceKm - b.distanceKm);
}

/** A session's times as residents read them: "10:00–12:00" (an en dash, as the hours card). */
export function sessionTimes(session: Pick<OutreachSession, 'time'>): string {
  return `${session.time.opens}–${session.time.closes}`;
}
