import {
  STATS_DIMENSIONS,
  type RegistrationStats,
  type StatsDimension,
  type SuppressedCount,
  type Taxonomy,
} from '@idokit/sdk';
import type { Queryable } from '../db/db.js';

/** Cells under this count leave the server as "<5" (small-number suppression). */
export const SUPPRESS_BELOW = 5;

export type StatsPeriod = 'day' | 'week' | 'month';

/** A count as reported: exact, or "<5" when 1–4. Zero stays 0: it identifies nobody. */
export function suppress(count: number, below = SUPPRESS_BELOW): SuppressedCount {
  return count > 0 && count < below ? '<5' : count;
}

// Whitelisted SQL for each period; never built from input.
const PERIOD_SQL: Record<StatsPeriod, string> = {
  day: `to_char(r.visit_date, 'YYYY-MM-DD')`,
  week: `to_char(r.visit_date, 'IYYY-"W"IW')`,
  month: `to_char(r.visit_date, 'YYYY-MM')`,
};

const DAY_MS = 86_400_000;

/** The ISO week key of a date, `2026-W47`. */
export function isoWeekKey(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(d.getTime() + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Every period key from `from` to `to` (inclusive dates), in order. */
export function periodKeys(from: string, to: string, period: StatsPeriod): string[] {
  const keys: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    const key = period === 'day' ? day : period === 'week' ? isoWeekKey(day) : day.slice(0, 7);
    if (keys[keys.length - 1] !== key) keys.push(key);
  }
  return keys;
}

/** Exact counts per period and dimension, before suppression. */
export interface RawStats {
  /** period → { visits, questions, dimension → key → count } */
  periods: Map<
    string,
    { visits: number; questions: number; cells: Map<StatsDimension, Map<string, number>> }
  >;
}

/**
 * Counts registrations of one location between two dates (inclusive). A registration that a
 * later one supersedes is left out: the correction counts instead.
 */
export async function countStats(
  db: Queryable,
  filter: { locationId: string; from: string; to: string; period: StatsPeriod },
): Promise<RawStats> {
  const { rows } = await db.query<{ dim: string; period: string; key: string; n: number }>(
    `WITH r AS (
       SELECT r.id, r.channel, ${PERIOD_SQL[filter.period]} AS period
       FROM registrations r
       WHERE r.location_id = $1 AND r.visit_date BETWEEN $2::date AND $3::date
         AND NOT EXISTS (SELECT 1 FROM registrations s
                         WHERE s.supersedes = r.id AND s.location_id = r.location_id)
     ), q AS (
       SELECT q.*, r.period FROM registration_questions q JOIN r ON r.id = q.registration_id
     )
     SELECT 'visits' AS dim, period, '' AS key, count(*)::int AS n FROM r GROUP BY period
     UNION ALL SELECT 'channel', period, channel, count(*)::int FROM r GROUP BY period, channel
     UNION ALL SELECT 'questions', period, '', count(*)::int FROM q GROUP BY period
     UNION ALL SELECT 'questionType', period, question_type, count(*)::int FROM q
       GROUP BY period, question_type
     UNION ALL SELECT 'governmentLevel', period, government_level, count(*)::int FROM q
       WHERE government_level IS NOT NULL GROUP BY period, government_level
     UNION ALL SELECT 'help', period, help, count(*)::int FROM q GROUP BY period, help
     UNION ALL SELECT 'organisation', period, o, count(*)::int FROM q, unnest(q.organisations) AS o
       GROUP BY period, o
     UNION ALL SELECT 'theme', period, t, count(*)::int FROM q, unnest(q.themes) AS t
       GROUP BY period, t`,
    [filter.locationId, filter.from, filter.to],
  );
  const periods: RawStats['periods'] = new Map();
  for (const key of periodKeys(filter.from, filter.to, filter.period))
    periods.set(key, {
      visits: 0,
      questions: 0,
      cells: new Map(STATS_DIMENSIONS.map((d) => [d, new Map()])),
    });
  for (const row of rows) {
    const entry = periods.get(row.period);
    if (!entry) continue;
    const n = Number(row.n);
    if (row.dim === 'visits') entry.visits = n;
    else if (row.dim === 'questions') entry.questions = n;
    else entry.cells.get(row.dim as StatsDimension)?.set(row.key, n);
  }
  return { periods };
}

const cellsOf = (counts: Map<string, number>, below: number) =>
  [...counts]
    .filter(([, n]) => n > 0)
    .sort(([ka, a], [kb, b]) => b - a || (ka < kb ? -1 : 1))
    .map(([key, n]) => ({ key, count: suppress(n, below) }));

/** Suppresses small cells and shapes the counts as the API's `RegistrationStats`. */
export function toRegistrationStats(
  raw: RawStats,
  filter: { locationId: string; from: string; to: string; period: StatsPeriod },
  below = SUPPRESS_BELOW,
): RegistrationStats {
  const total = { visits: 0, questions: 0 };
  const overall = new Map<StatsDimension, Map<string, number>>(
    STATS_DIMENSIONS.map((d) => [d, new Map()]),
  );
  const periods = [...raw.periods].map(([period, entry]) => {
    total.visits += entry.visits;
    total.questions += entry.questions;
    const breakdown = {} as RegistrationStats['breakdown'];
    for (const dim of STATS_DIMENSIONS) {
      const counts = entry.cells.get(dim) ?? new Map<string, number>();
      for (const [key, n] of counts)
        overall.get(dim)!.set(key, (overall.get(dim)!.get(key) ?? 0) + n);
      breakdown[dim] = cellsOf(counts, below);
    }
    return {
      period,
      visits: suppress(entry.visits, below),
      questions: suppress(entry.questions, below),
      breakdown,
    };
  });
  const breakdown = {} as RegistrationStats['breakdown'];
  for (const dim of STATS_DIMENSIONS) breakdown[dim] = cellsOf(overall.get(dim)!, below);
  return {
    locationId: filter.locationId,
    from: filter.from,
    to: filter.to,
    period: filter.period,
    suppressBelow: below,
    visits: suppress(total.visits, below),
    questions: suppress(total.questions, below),
    periods,
    breakdown,
  };
}

/** The national form's sections, in its order, and where each one's categories come from. */
const CSV_SECTIONS: {
  dimension: StatsDimension;
  entries: (t: Taxonomy) => { id: string; label: { nl: string } }[];
}[] = [
  { dimension: 'channel', entries: (t) => t.channels },
  { dimension: 'questionType', entries: (t) => t.questionTypes },
  { dimension: 'governmentLevel', entries: (t) => t.governmentLevels },
  { dimension: 'organisation', entries: (t) => t.organisations },
  { dimension: 'theme', entries: (t) => t.themes },
  { dimension: 'help', entries: (t) => t.help },
];

/** One CSV field, quoted when it must be (RFC 4180). */
export function csvField(value: string | number): string {
  const text = String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV header of {@link statsCsv}. */
export const STATS_CSV_HEADER = ['month', 'location', 'dimension', 'category', 'label', 'count'];

/**
 * A month's counts in the national form's categories: one row per category (every category
 * of the taxonomy, zeros included, so rows line up with the form), small cells as "<5".
 */
export function statsCsv(
  raw: RawStats,
  options: { locationId: string; taxonomy: Taxonomy; below?: number },
): string {
  const below = options.below ?? SUPPRESS_BELOW;
  const lines = [STATS_CSV_HEADER.join(',')];
  for (const [month, entry] of raw.periods) {
    const row = (dimension: string, category: string, label: string, n: number) =>
      lines.push(
        [month, options.locationId, dimension, category, label, suppress(n, below)]
          .map(csvField)
          .join(','),
      );
    row('visits', 'total', 'Aantal bezoeken', entry.visits);
    row('questions', 'total', 'Aantal vragen', entry.questions);
    for (const section of CSV_SECTIONS) {
      const counts = entry.cells.get(section.dimension) ?? new Map<string, number>();
      const known = section.entries(options.taxonomy);
      for (const e of known) row(section.dimension, e.id, e.label.nl, counts.get(e.id) ?? 0);
      const ids = new Set(known.map((e) => e.id));
      for (const [key, n] of counts) if (!ids.has(key)) row(section.dimension, key, key, n);
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
