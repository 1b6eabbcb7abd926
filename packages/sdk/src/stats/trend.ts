import type { RegistrationStats, SuppressedCount } from '../schemas/registration.js';

/** A published count and last year's, with the change in whole percent. */
export interface StatsChange {
  now: number;
  before: number;
  /** `now` against `before` in whole percent (`42` for 42 % more); absent when `before` is too small. */
  percent?: number;
}

/** How a period compares with the same period a year earlier ({@link statsTrend}). */
export interface StatsTrend {
  /** Last year's period, `2025-Q3`. */
  lastYear: string;
  questions: StatsChange;
  /** The theme whose number of questions changed most, when one changed by 10 % or more. */
  theme?: StatsChange & { id: string; percent: number };
}

/**
 * Below this many questions last year no percentage is given: with every count within ±2 of
 * the true one, a change on a smaller base says more about the noise than about the desk.
 */
export const TREND_MIN_BASE = 20;
/** A theme is compared only when it had at least this many questions in both periods. */
export const TREND_MIN_THEME = 10;

const num = (c: SuppressedCount): number | undefined => (typeof c === 'number' ? c : undefined);
const percent = (now: number, before: number) => Math.round(((now - before) / before) * 100);

/**
 * This period against the same period last year, from the published (protected) counts only:
 * the change in questions, and the theme that changed most (by percent, among themes with at
 * least {@link TREND_MIN_THEME} questions in both periods and a change of 10 % or more; themes
 * are compared only when both periods have settled). Undefined when the answer has no
 * `lastYear`. What the report's one-sentence trend says.
 */
export function statsTrend(stats: RegistrationStats): StatsTrend | undefined {
  const last = stats.lastYear;
  if (!last) return undefined;
  const now = num(stats.questions);
  const before = num(last.questions);
  if (now === undefined || before === undefined) return undefined;
  const questions: StatsChange = {
    now,
    before,
    ...(before >= TREND_MIN_BASE ? { percent: percent(now, before) } : {}),
  };
  let theme: StatsTrend['theme'];
  if (stats.settled && last.settled) {
    const earlier = new Map(last.breakdown.theme.map((c) => [c.key, num(c.count)]));
    for (const cell of stats.breakdown.theme) {
      const n = num(cell.count);
      const b = earlier.get(cell.key);
      if (n === undefined || b === undefined || n < TREND_MIN_THEME || b < TREND_MIN_THEME)
        continue;
      const p = percent(n, b);
      if (Math.abs(p) < 10) continue;
      if (
        !theme ||
        Math.abs(p) > Math.abs(theme.percent) ||
        (Math.abs(p) === Math.abs(theme.percent) && n > theme.now)
      )
        theme = { id: cell.key, now: n, before: b, percent: p };
    }
  }
  return { lastYear: last.period, questions, ...(theme ? { theme } : {}) };
}
