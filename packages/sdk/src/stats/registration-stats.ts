import {
  STATS_DIMENSIONS,
  type AccessScope,
  type RegistrationStats,
  type StatsCounts,
  type StatsProtectionMethod,
} from '../schemas/registration.js';
import { monthsOfStatsPeriod, parseStatsPeriod } from '../schemas/stats-periods.js';
import { MAX_NOISE, perturb, SETTLE_DAYS } from './cell-key.js';
import { addUnitCounts, emptyCounts, type StatsUnit } from './tally.js';

/** What a statistics answer is about. */
export interface StatsRequest {
  /** A fixed period: `2026-W47`, `2026-11`, `2026-Q4` or `2026`. */
  period: string;
  /** Whose statistics: one location (a device), or a library organisation or municipality. */
  scope: { kind: AccessScope; name: string };
  /** The locations of the scope (one for a device), in the order to list them. */
  locations: readonly { id: string; name: string }[];
  /** Answer for this one location of the scope; by default the scope's total. */
  location?: string;
  /** Now: a period's breakdowns are published once it has settled ({@link SETTLE_DAYS}). */
  at: Date;
  /** The names of partners, for `referralPartner` (those counted are named in the answer). */
  partners?: readonly { id: string; name: string }[];
  /**
   * `none` publishes exact counts and every breakdown at once: only for tests that prove the
   * attack on unprotected counts is real. Never in a running server.
   * @default 'cell-key'
   */
  protection?: StatsProtectionMethod;
}

/** Today in the Netherlands (`YYYY-MM-DD`), the desks' calendar. */
function serviceDate(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * The same period a year earlier: `2025-Q4` for `2026-Q4`, `2025-W47` for `2026-W47`;
 * undefined for a week 53 whose year before has none, or a year before 2000.
 */
export function samePeriodLastYear(period: string): string | undefined {
  const parsed = parseStatsPeriod(period);
  if (!parsed) return undefined;
  const before = `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`;
  return parseStatsPeriod(before) ? before : undefined;
}

/**
 * The unit counts {@link buildRegistrationStats} needs for a period: months for a month,
 * quarter or year, the week itself for a week; `from`–`to` for the period and, when it has one,
 * `lastYear` for {@link samePeriodLastYear} (counted in the same units).
 * @throws RangeError when `period` is not a fixed period.
 */
export function statsUnitsFor(period: string): {
  unit: 'month' | 'week';
  from: string;
  to: string;
  lastYear?: { from: string; to: string };
} {
  const parsed = parseStatsPeriod(period);
  if (!parsed) throw new RangeError(`"${period}" is not a week, month, quarter or year`);
  const before = samePeriodLastYear(period);
  const last = before !== undefined ? parseStatsPeriod(before) : undefined;
  return {
    unit: parsed.kind === 'week' ? 'week' : 'month',
    from: parsed.from,
    to: parsed.to,
    ...(last ? { lastYear: { from: last.from, to: last.to } } : {}),
  };
}

/**
 * The first day on which a period ending on `to` (`YYYY-MM-DD`) counts as settled: visits can
 * be registered up to 14 days afterwards, so from then on its counts no longer change.
 */
export function settledOn(to: string): string {
  return new Date(Date.parse(`${to}T00:00:00Z`) + SETTLE_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

type Entry = Omit<StatsUnit, 'locationId' | 'period'>;

/**
 * Turns exact unit counts (with their cell keys) into the API's `RegistrationStats` for a fixed
 * period, protected by the cell-key method (`cell-key.ts`): every published count, totals and
 * breakdown cells alike, is its true count plus the noise its cell key draws from the
 * perturbation table, so the same records always give the same number and different cells
 * independent noise. Breakdowns of a period (and of each month of a quarter or year) are
 * published only once it has settled; until then only its totals, so that reading before and
 * after one visit cannot show which category it went to. The server, the fake client and
 * static use all answer through this one function.
 * @throws RangeError when `period` is not a fixed period or `location` is not in the scope.
 */
export function buildRegistrationStats(
  units: readonly StatsUnit[],
  request: StatsRequest,
): RegistrationStats {
  const period = parseStatsPeriod(request.period);
  if (!period) throw new RangeError(`"${request.period}" is not a week, month, quarter or year`);
  const exact = request.protection === 'none';
  const locationIds = request.locations.map((l) => l.id);
  if (request.location !== undefined && !locationIds.includes(request.location))
    throw new RangeError(`Location "${request.location}" is not in this scope`);
  const many = locationIds.length > 1;
  const today = serviceDate(request.at);
  const isSettled = (to: string) => exact || today >= settledOn(to);

  // Counts and keys of a set of locations over a set of unit periods.
  const inScope = new Set(locationIds);
  const entryOf = (locations: ReadonlySet<string>, unitPeriods: ReadonlySet<string>): Entry => {
    const e = emptyCounts();
    for (const u of units)
      if (inScope.has(u.locationId) && locations.has(u.locationId) && unitPeriods.has(u.period))
        addUnitCounts(e, u);
    return e;
  };
  const unitsOf = (p: string) =>
    new Set(
      period.kind === 'week' ? [p] : monthsOfStatsPeriod(p).length ? monthsOfStatsPeriod(p) : [p],
    );
  const show = (n: number, key: number) => (exact ? n : perturb(n, key));

  const countsOf = (e: Entry, settled: boolean): StatsCounts => {
    const breakdown = {} as StatsCounts['breakdown'];
    for (const dim of STATS_DIMENSIONS) {
      const cells = e.cells[dim] ?? {};
      const keys = e.keys.cells[dim] ?? {};
      // A category published as 0 is left out, like one without records.
      breakdown[dim] = settled
        ? Object.keys(cells)
            .map((key) => ({ key, count: show(cells[key] ?? 0, keys[key] ?? 0) }))
            .filter((c) => c.count > 0)
            .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1))
        : [];
    }
    return {
      visits: show(e.visits, e.keys.visits),
      questions: show(e.questions, e.keys.questions),
      breakdown,
    };
  };

  const answered = new Set(request.location !== undefined ? [request.location] : locationIds);
  const settled = isSettled(period.to);
  const body = countsOf(entryOf(answered, unitsOf(request.period)), settled);

  // Last year's period, only when its published visits are above 0 (decided on the published
  // number, so leaving it out says nothing the number does not).
  const lastKey = samePeriodLastYear(request.period);
  const lastSettled = lastKey !== undefined && isSettled(parseStatsPeriod(lastKey)!.to);
  const lastCounts =
    lastKey !== undefined
      ? {
          period: lastKey,
          settled: lastSettled,
          ...countsOf(entryOf(answered, unitsOf(lastKey)), lastSettled),
        }
      : undefined;
  const lastYear = lastCounts && lastCounts.visits !== 0 ? lastCounts : undefined;

  // Names of the partners this answer counts referrals to.
  const counted = new Set([
    ...(body.breakdown.referralPartner ?? []).map((c) => c.key),
    ...(lastYear?.breakdown.referralPartner ?? []).map((c) => c.key),
  ]);
  const partners = (request.partners ?? [])
    .filter((p) => counted.has(p.id))
    .sort((a, b) => (a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1));
  return {
    period: request.period,
    kind: period.kind,
    from: period.from,
    to: period.to,
    protection: exact
      ? { method: 'none', maxNoise: 0 }
      : { method: 'cell-key', maxNoise: MAX_NOISE },
    settled,
    settledOn: settledOn(period.to),
    scope: { kind: request.scope.kind, name: request.scope.name },
    locations: request.locations.map((l) => ({ id: l.id, name: l.name })),
    ...(request.location !== undefined
      ? { locationId: request.location }
      : !many && locationIds[0] !== undefined
        ? { locationId: locationIds[0] }
        : {}),
    ...body,
    periods: monthsOfStatsPeriod(request.period).map((mo) => {
      const monthSettled = isSettled(parseStatsPeriod(mo)!.to);
      return {
        period: mo,
        settled: monthSettled,
        ...countsOf(entryOf(answered, new Set([mo])), monthSettled),
      };
    }),
    byLocation:
      many && request.location === undefined
        ? locationIds.map((id) => ({
            locationId: id,
            ...countsOf(entryOf(new Set([id]), unitsOf(request.period)), settled),
          }))
        : [],
    ...(lastYear ? { lastYear } : {}),
    ...(partners.length > 0 ? { partners: partners.map((p) => ({ id: p.id, name: p.name })) } : {}),
  };
}
