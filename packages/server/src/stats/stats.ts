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

/** Single-valued dimensions: their cells add up to a total that is shown beside them. */
const SUMS_TO: Partial<Record<StatsDimension, 'visits' | 'questions'>> = {
  channel: 'visits',
  questionType: 'questions',
  help: 'questions',
};

/** The scope of the whole range, beside the period keys. */
const OVERALL = '*';

/** Which counts of a {@link RawStats} leave the server hidden. */
export interface SuppressionPlan {
  /** A total (`visits`, `questions`) of a period, or of the whole range with `scope` `'*'`. */
  total(scope: string, which: 'visits' | 'questions'): SuppressedCount;
  /** A category's count in a period, or in the whole range with `scope` `'*'`. */
  cell(scope: string, dimension: StatsDimension, key: string): SuppressedCount;
  /** Exact counts of the whole range. */
  overall: { visits: number; questions: number; cells: Map<StatsDimension, Map<string, number>> };
}

/**
 * Small-number suppression with complementary suppression. Counts of 1–4 are hidden; then,
 * wherever a line of counts (a breakdown with the total it adds up to, or one category or total
 * across the periods with its sum over the range) has exactly one hidden count, the smallest
 * shown non-zero count of that line is hidden too, until no line has exactly one, so no hidden
 * count can be worked out by subtraction. Hidden counts are reported as "<5".
 */
export function planSuppression(raw: RawStats, below = SUPPRESS_BELOW): SuppressionPlan {
  const overall = {
    visits: 0,
    questions: 0,
    cells: new Map<StatsDimension, Map<string, number>>(
      STATS_DIMENSIONS.map((d) => [d, new Map()]),
    ),
  };
  for (const entry of raw.periods.values()) {
    overall.visits += entry.visits;
    overall.questions += entry.questions;
    for (const dim of STATS_DIMENSIONS)
      for (const [key, n] of entry.cells.get(dim) ?? [])
        overall.cells.get(dim)!.set(key, (overall.cells.get(dim)!.get(key) ?? 0) + n);
  }
  const scopes = [
    ...[...raw.periods].map(([scope, entry]) => ({ scope, entry })),
    { scope: OVERALL, entry: overall },
  ];
  // Every count gets an id; `lines` are the sets of counts that are tied by a sum.
  const value = new Map<string, number>();
  const idOf = (...parts: string[]) => JSON.stringify(parts);
  const lines: { ids: string[]; margin?: string }[] = [];
  for (const { scope, entry } of scopes) {
    value.set(idOf(scope, 'visits'), entry.visits);
    value.set(idOf(scope, 'questions'), entry.questions);
    for (const dim of STATS_DIMENSIONS) {
      const ids: string[] = [];
      for (const [key, n] of entry.cells.get(dim) ?? []) {
        if (n <= 0) continue;
        value.set(idOf(scope, dim, key), n);
        ids.push(idOf(scope, dim, key));
      }
      const sum = SUMS_TO[dim];
      lines.push(sum ? { ids, margin: idOf(scope, sum) } : { ids });
    }
  }
  const periodScopes = [...raw.periods.keys()];
  if (periodScopes.length > 1) {
    for (const which of ['visits', 'questions'])
      lines.push({
        ids: periodScopes.map((p) => idOf(p, which)),
        margin: idOf(OVERALL, which),
      });
    for (const dim of STATS_DIMENSIONS)
      for (const key of overall.cells.get(dim)!.keys())
        lines.push({
          ids: periodScopes.map((p) => idOf(p, dim, key)).filter((id) => value.has(id)),
          margin: idOf(OVERALL, dim, key),
        });
  }
  const hidden = new Set<string>();
  for (const [id, n] of value) if (suppress(n, below) === '<5') hidden.add(id);
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      // The margin comes last so that, between equal counts, a category is hidden first.
      const all = line.margin ? [...line.ids, line.margin] : line.ids;
      if (all.filter((id) => hidden.has(id)).length !== 1) continue;
      let pick: string | undefined;
      for (const id of all) {
        const n = value.get(id) ?? 0;
        if (n > 0 && !hidden.has(id) && (pick === undefined || n < value.get(pick)!)) pick = id;
      }
      if (pick === undefined) continue;
      hidden.add(pick);
      changed = true;
    }
  }
  const show = (id: string): SuppressedCount => {
    const n = value.get(id) ?? 0;
    return !hidden.has(id) ? n : suppress(n, below) === '<5' ? '<5' : 'x';
  };
  return {
    total: (scope, which) => show(idOf(scope, which)),
    cell: (scope, dim, key) => show(idOf(scope, dim, key)),
    overall,
  };
}

function cellsOf(
  plan: SuppressionPlan,
  scope: string,
  dim: StatsDimension,
  counts: Map<string, number>,
) {
  return [...counts]
    .filter(([, n]) => n > 0)
    .sort(([ka, a], [kb, b]) => b - a || (ka < kb ? -1 : 1))
    .map(([key]) => ({ key, count: plan.cell(scope, dim, key) }));
}

/** Suppresses small cells (see {@link planSuppression}) and shapes the API's `RegistrationStats`. */
export function toRegistrationStats(
  raw: RawStats,
  filter: { locationId: string; from: string; to: string; period: StatsPeriod },
  below = SUPPRESS_BELOW,
): RegistrationStats {
  const plan = planSuppression(raw, below);
  const breakdownOf = (scope: string, cells: Map<StatsDimension, Map<string, number>>) => {
    const breakdown = {} as RegistrationStats['breakdown'];
    for (const dim of STATS_DIMENSIONS)
      breakdown[dim] = cellsOf(plan, scope, dim, cells.get(dim) ?? new Map());
    return breakdown;
  };
  return {
    locationId: filter.locationId,
    from: filter.from,
    to: filter.to,
    period: filter.period,
    suppressBelow: below,
    visits: plan.total(OVERALL, 'visits'),
    questions: plan.total(OVERALL, 'questions'),
    periods: [...raw.periods].map(([period, entry]) => ({
      period,
      visits: plan.total(period, 'visits'),
      questions: plan.total(period, 'questions'),
      breakdown: breakdownOf(period, entry.cells),
    })),
    breakdown: breakdownOf(OVERALL, plan.overall.cells),
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

/**
 * One CSV field, safe to open in a spreadsheet. Quoted (RFC 4180) when it holds a `,`, `;`,
 * `"` or a line break. A text that starts a formula (`=`, `+`, `-`, `@`, a tab), also after
 * leading spaces, gets a `'` in front, and so does every part after a `;` or line break: Excel
 * in Dutch splits lines on `;` and ignores quotes that do not open a cell, so such a part
 * starts a cell of its own.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = value.replace(/(^|[;\r\n])(?=[ ]*[=+\-@\t])/g, "$1'");
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV header of {@link statsCsv}. */
export const STATS_CSV_HEADER = ['month', 'location', 'dimension', 'category', 'label', 'count'];

/**
 * A month's counts in the national form's categories: one row per category (every category
 * of the taxonomy, zeros included, so rows line up with the form), hidden cells as "<5"
 * (the same {@link planSuppression} as the JSON statistics).
 */
export function statsCsv(
  raw: RawStats,
  options: { locationId: string; taxonomy: Taxonomy; below?: number },
): string {
  const plan = planSuppression(raw, options.below ?? SUPPRESS_BELOW);
  const lines = [STATS_CSV_HEADER.join(',')];
  for (const [month, entry] of raw.periods) {
    const row = (dimension: string, category: string, label: string, count: SuppressedCount) =>
      lines.push(
        [month, options.locationId, dimension, category, label, count].map(csvField).join(','),
      );
    row('visits', 'total', 'Aantal bezoeken', plan.total(month, 'visits'));
    row('questions', 'total', 'Aantal vragen', plan.total(month, 'questions'));
    for (const section of CSV_SECTIONS) {
      const dim = section.dimension;
      const counts = entry.cells.get(dim) ?? new Map<string, number>();
      const known = section.entries(options.taxonomy);
      for (const e of known) row(dim, e.id, e.label.nl, plan.cell(month, dim, e.id));
      const ids = new Set(known.map((e) => e.id));
      for (const key of counts.keys())
        if (!ids.has(key)) row(dim, key, key, plan.cell(month, dim, key));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
