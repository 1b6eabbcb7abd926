import {
  STATS_DIMENSIONS,
  type QuestionRegistration,
  type RegistrationStats,
  type RegistrationStatsFilter,
  type StatsDimension,
  type SuppressedCount,
} from '../schemas/registration.js';

const SUPPRESS_BELOW = 5;

const suppress = (n: number): SuppressedCount => (n > 0 && n < SUPPRESS_BELOW ? '<5' : n);

function isoWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7)); // the week's Thursday decides its year
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function periodOf(date: string, period: 'day' | 'week' | 'month'): string {
  return period === 'day' ? date : period === 'month' ? date.slice(0, 7) : isoWeek(date);
}

function keysOf(reg: QuestionRegistration, dimension: StatsDimension): string[] {
  if (dimension === 'channel') return [reg.channel];
  return reg.questions.flatMap((q) => {
    switch (dimension) {
      case 'questionType':
        return [q.type];
      case 'governmentLevel':
        return q.governmentLevel ? [q.governmentLevel] : [];
      case 'organisation':
        return q.organisations;
      case 'theme':
        return q.themes;
      case 'help':
        return [q.help];
    }
  });
}

function aggregate(regs: readonly QuestionRegistration[]) {
  const breakdown = Object.fromEntries(
    STATS_DIMENSIONS.map((dimension) => {
      const counts = new Map<string, number>();
      for (const reg of regs)
        for (const k of keysOf(reg, dimension)) counts.set(k, (counts.get(k) ?? 0) + 1);
      return [
        dimension,
        [...counts]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, n]) => ({ key: k, count: suppress(n) })),
      ];
    }),
  ) as RegistrationStats['breakdown'];
  return {
    visits: suppress(regs.length),
    questions: suppress(regs.reduce((n, r) => n + r.questions.length, 0)),
    breakdown,
  };
}

/** @internal Aggregates the fake client's registrations the way the API does (cells under 5 → "<5"). */
export function fakeStats(
  regs: readonly QuestionRegistration[],
  filter: RegistrationStatsFilter,
  locationId: string,
): RegistrationStats {
  const period = filter.period ?? 'month';
  const inRange = regs.filter(
    (r) => r.locationId === locationId && r.date >= filter.from && r.date <= filter.to,
  );
  const byPeriod = new Map<string, QuestionRegistration[]>();
  for (const reg of inRange) {
    const key = periodOf(reg.date, period);
    byPeriod.set(key, [...(byPeriod.get(key) ?? []), reg]);
  }
  return {
    locationId,
    from: filter.from,
    to: filter.to,
    period,
    suppressBelow: SUPPRESS_BELOW,
    ...aggregate(inRange),
    periods: [...byPeriod]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, list]) => ({ period: key, ...aggregate(list) })),
  };
}
