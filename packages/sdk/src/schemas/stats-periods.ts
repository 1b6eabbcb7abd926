/**
 * Fixed calendar periods for statistics: an ISO week (`2026-W47`), a month (`2026-11`), a
 * quarter (`2026-Q4`) or a year (`2026`). Statistics are never asked for a free date range:
 * two overlapping ranges could be subtracted from each other to reveal a small count.
 */

export const STATS_PERIOD_KINDS = ['week', 'month', 'quarter', 'year'] as const;
export type StatsPeriodKind = (typeof STATS_PERIOD_KINDS)[number];

/** A parsed period: its key, kind and first and last date (inclusive, `YYYY-MM-DD`). */
export interface StatsPeriod {
  key: string;
  kind: StatsPeriodKind;
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const lastDayOfMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The Monday of ISO week 1 of an ISO year (the week with the year's first Thursday). */
function week1Monday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  return jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
}

/** How many ISO weeks a year has (52 or 53). */
export function isoWeeksInYear(year: number): number {
  return (week1Monday(year + 1) - week1Monday(year)) / (7 * DAY_MS);
}

/** The ISO week key of a date, `2026-W47`. */
export function isoWeekKey(date: string): string {
  const t = Date.parse(`${date}T00:00:00Z`);
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(t + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - week1Monday(year)) / (7 * DAY_MS)) + 1;
  return `${year}-W${pad(week)}`;
}

/**
 * Reads a period key. Years from 2000 through 2100, as for registrations.
 * @returns undefined when the text is not a fixed period.
 */
export function parseStatsPeriod(key: string): StatsPeriod | undefined {
  let m = /^(\d{4})$/.exec(key);
  const inRange = (y: number) => y >= 2000 && y <= 2100;
  if (m) {
    const y = Number(m[1]);
    return inRange(y) ? { key, kind: 'year', from: `${y}-01-01`, to: `${y}-12-31` } : undefined;
  }
  m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    if (!inRange(y)) return undefined;
    const last = q * 3;
    return {
      key,
      kind: 'quarter',
      from: `${y}-${pad(last - 2)}-01`,
      to: `${y}-${pad(last)}-${pad(lastDayOfMonth(y, last))}`,
    };
  }
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (!inRange(y)) return undefined;
    return { key, kind: 'month', from: `${key}-01`, to: `${key}-${pad(lastDayOfMonth(y, mo))}` };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(key);
  if (m) {
    const y = Number(m[1]);
    const w = Number(m[2]);
    if (!inRange(y) || w < 1 || w > isoWeeksInYear(y)) return undefined;
    const monday = week1Monday(y) + (w - 1) * 7 * DAY_MS;
    return { key, kind: 'week', from: isoDay(monday), to: isoDay(monday + 6 * DAY_MS) };
  }
  return undefined;
}

/** The key of the period of a kind that holds a date (`YYYY-MM-DD`). */
export function statsPeriodOf(date: string, kind: StatsPeriodKind): string {
  switch (kind) {
    case 'week':
      return isoWeekKey(date);
    case 'month':
      return date.slice(0, 7);
    case 'quarter':
      return `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
    case 'year':
      return date.slice(0, 4);
  }
}

/**
 * The period `steps` periods after (or, negative, before) `key`, of the same kind.
 * @throws RangeError when `key` is not a period.
 */
export function shiftStatsPeriod(key: string, steps: number): string {
  const period = parseStatsPeriod(key);
  if (!period) throw new RangeError(`"${key}" is not a week, month, quarter or year`);
  const y = Number(key.slice(0, 4));
  switch (period.kind) {
    case 'year':
      return String(y + steps);
    case 'quarter': {
      const q = y * 4 + Number(key.slice(6)) - 1 + steps;
      return `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
    }
    case 'month': {
      const mo = y * 12 + Number(key.slice(5)) - 1 + steps;
      return `${Math.floor(mo / 12)}-${pad((mo % 12) + 1)}`;
    }
    case 'week':
      return isoWeekKey(isoDay(Date.parse(`${period.from}T00:00:00Z`) + steps * 7 * DAY_MS));
  }
}

/** The months a quarter or year is reported by (none for a month or a week). */
export function monthsOfStatsPeriod(key: string): string[] {
  const period = parseStatsPeriod(key);
  if (!period || period.kind === 'month' || period.kind === 'week') return [];
  const first = Number(period.from.slice(5, 7));
  const count = period.kind === 'year' ? 12 : 3;
  return Array.from({ length: count }, (_, i) => `${key.slice(0, 4)}-${pad(first + i)}`);
}
