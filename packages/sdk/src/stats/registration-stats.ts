import {
  STATS_DIMENSIONS,
  type AccessScope,
  type RegistrationStats,
  type StatsCounts,
  type StatsDimension,
  type SuppressedCount,
} from '../schemas/registration.js';
import { monthsOfStatsPeriod, parseStatsPeriod } from '../schemas/stats-periods.js';
import { planSuppression, SUPPRESS_BELOW, type SuppressionLine } from './suppression.js';
import { addUnitCounts, type StatsUnit } from './tally.js';

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
  /** @default SUPPRESS_BELOW */
  below?: number;
}

/**
 * The unit counts {@link buildRegistrationStats} needs for a period: months for the whole
 * calendar year of a month, quarter or year (every such answer is cut from one suppression plan
 * over that year, so a month, its quarter and its year never give each other's hidden counts
 * away); the week itself for a week.
 * @throws RangeError when `period` is not a fixed period.
 */
export function statsUnitsFor(period: string): {
  unit: 'month' | 'week';
  from: string;
  to: string;
} {
  const parsed = parseStatsPeriod(period);
  if (!parsed) throw new RangeError(`"${period}" is not a week, month, quarter or year`);
  if (parsed.kind === 'week') return { unit: 'week', from: parsed.from, to: parsed.to };
  const year = period.slice(0, 4);
  return { unit: 'month', from: `${year}-01-01`, to: `${year}-12-31` };
}

type Entry = Omit<StatsUnit, 'locationId' | 'period'>;
const empty = (): Entry => ({ visits: 0, questions: 0, cells: {} });

/** The scope key of the total over all locations. */
const ALL = '*';

/** Single-valued dimensions: their cells add up to a count shown beside them. */
const MARGIN_OF: Partial<Record<StatsDimension, (scope: string, period: string) => string>> = {
  channel: (s, p) => idOf(s, p, 'visits'),
  questionType: (s, p) => idOf(s, p, 'questions'),
  help: (s, p) => idOf(s, p, 'questions'),
  referralWarm: (s, p) => idOf(s, p, 'help', 'referred'),
};

const idOf = (...parts: string[]) => parts.join('\u0000');

const order = (c: SuppressedCount) => (typeof c === 'number' ? c : c === 'x' ? -1 : -2);

/**
 * Turns exact unit counts into the API's `RegistrationStats` for a fixed period, with
 * small-number and complementary suppression ({@link planSuppression}) over every count that
 * could be combined: each breakdown with the total it adds up to, months with their quarter and
 * year, and (for several locations) the locations with their total. The server, the fake client
 * and static use all answer through this one function.
 * @throws RangeError when `period` is not a fixed period or `location` is not in the scope.
 */
export function buildRegistrationStats(
  units: readonly StatsUnit[],
  request: StatsRequest,
): RegistrationStats {
  const period = parseStatsPeriod(request.period);
  if (!period) throw new RangeError(`"${request.period}" is not a week, month, quarter or year`);
  const below = request.below ?? SUPPRESS_BELOW;
  const locationIds = request.locations.map((l) => l.id);
  if (request.location !== undefined && !locationIds.includes(request.location))
    throw new RangeError(`Location "${request.location}" is not in this scope`);
  const many = locationIds.length > 1;
  const scopes = many ? [...locationIds, ALL] : [ALL];

  // The periods of the suppression plan: the week, or the year with its quarters and months.
  const year = request.period.slice(0, 4);
  const quarters = [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
  const planPeriods =
    period.kind === 'week' ? [request.period] : [year, ...quarters, ...monthsOfStatsPeriod(year)];
  const unitsOf = (p: string) =>
    period.kind === 'week' ? [p] : monthsOfStatsPeriod(p).length ? monthsOfStatsPeriod(p) : [p];

  const entries = new Map<string, Entry>();
  for (const s of scopes) for (const p of planPeriods) entries.set(idOf(s, p), empty());
  const byUnit = new Map<string, Entry>();
  const inScope = new Set(locationIds);
  for (const u of units) {
    if (!inScope.has(u.locationId)) continue;
    for (const s of many ? [u.locationId, ALL] : [ALL]) {
      const id = idOf(s, u.period);
      let e = byUnit.get(id);
      if (!e) byUnit.set(id, (e = empty()));
      addUnitCounts(e, u);
    }
  }
  for (const s of scopes)
    for (const p of planPeriods)
      for (const u of unitsOf(p)) {
        const e = byUnit.get(idOf(s, u));
        if (e) addUnitCounts(entries.get(idOf(s, p))!, e);
      }

  // Every count gets an id; lines tie counts that add up.
  const values = new Map<string, number>();
  const lines: SuppressionLine[] = [];
  const measures = new Map<string, string[]>(); // measure key parts, by id suffix
  for (const s of scopes)
    for (const p of planPeriods) {
      const e = entries.get(idOf(s, p))!;
      values.set(idOf(s, p, 'visits'), e.visits);
      values.set(idOf(s, p, 'questions'), e.questions);
      measures.set(idOf('visits'), ['visits']);
      measures.set(idOf('questions'), ['questions']);
      for (const dim of STATS_DIMENSIONS) {
        const keys = Object.keys(e.cells[dim] ?? {})
          .filter((k) => (e.cells[dim]![k] ?? 0) > 0)
          .sort();
        for (const k of keys) {
          values.set(idOf(s, p, dim, k), e.cells[dim]![k]!);
          measures.set(idOf(dim, k), [dim, k]);
        }
        const margin = MARGIN_OF[dim];
        lines.push({
          ids: keys.map((k) => idOf(s, p, dim, k)),
          ...(margin ? { margin: margin(s, p) } : {}),
        });
      }
    }
  const measureList = [...measures.values()].sort((a, b) => (idOf(...a) < idOf(...b) ? -1 : 1));
  const present = (id: string) => (values.get(id) ?? 0) > 0;
  if (period.kind !== 'week')
    for (const s of scopes)
      for (const m of measureList) {
        for (const q of quarters)
          lines.push({
            ids: monthsOfStatsPeriod(q)
              .map((mo) => idOf(s, mo, ...m))
              .filter(present),
            margin: idOf(s, q, ...m),
          });
        lines.push({
          ids: quarters.map((q) => idOf(s, q, ...m)).filter(present),
          margin: idOf(s, year, ...m),
        });
      }
  if (many)
    for (const p of planPeriods)
      for (const m of measureList)
        lines.push({
          ids: locationIds.map((l) => idOf(l, p, ...m)).filter(present),
          margin: idOf(ALL, p, ...m),
        });
  const show = planSuppression(values, lines, below);

  const countsOf = (s: string, p: string): StatsCounts => {
    const e = entries.get(idOf(s, p)) ?? empty();
    const breakdown = {} as StatsCounts['breakdown'];
    for (const dim of STATS_DIMENSIONS)
      breakdown[dim] = Object.keys(e.cells[dim] ?? {})
        .filter((k) => (e.cells[dim]![k] ?? 0) > 0)
        .map((key) => ({ key, count: show(idOf(s, p, dim, key)) }))
        .sort((a, b) => order(b.count) - order(a.count) || (a.key < b.key ? -1 : 1));
    return {
      visits: show(idOf(s, p, 'visits')),
      questions: show(idOf(s, p, 'questions')),
      breakdown,
    };
  };
  const answered = request.location !== undefined && many ? request.location : ALL;
  return {
    period: request.period,
    kind: period.kind,
    from: period.from,
    to: period.to,
    suppressBelow: below,
    scope: { kind: request.scope.kind, name: request.scope.name },
    locations: request.locations.map((l) => ({ id: l.id, name: l.name })),
    ...(request.location !== undefined
      ? { locationId: request.location }
      : !many && locationIds[0] !== undefined
        ? { locationId: locationIds[0] }
        : {}),
    ...countsOf(answered, request.period),
    periods: monthsOfStatsPeriod(request.period).map((mo) => ({
      period: mo,
      ...countsOf(answered, mo),
    })),
    byLocation:
      many && request.location === undefined
        ? locationIds.map((id) => ({ locationId: id, ...countsOf(id, request.period) }))
        : [],
  };
}
