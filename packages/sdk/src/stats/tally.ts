import type { Partner } from '../schemas/partner.js';
import {
  STATS_DIMENSIONS,
  type QuestionRegistration,
  type StatsDimension,
} from '../schemas/registration.js';
import { statsPeriodOf } from '../schemas/stats-periods.js';
import { timeOfDayOf } from './categories.js';
import { addKeys, KEY_RANGE, recordKeyOf, type RecordKey } from './cell-key.js';

/**
 * Exact counts of one location in one unit period (a month `2026-11` or an ISO week
 * `2026-W47`): visits, questions, and per dimension the count of each category. What the
 * server's SQL and {@link tallyRegistrations} both produce, before any perturbation.
 */
export interface StatsUnit {
  locationId: string;
  period: string;
  visits: number;
  questions: number;
  /** dimension → category → count (categories with a count of 0 may be left out). */
  cells: Partial<Record<StatsDimension, Record<string, number>>>;
  /**
   * The cell key of each count above (`cell-key.ts`): the sum of its records' keys modulo 2³²,
   * a record counted as often as it is counted in the cell (a visit with two questions adds its
   * key twice to `questions`).
   */
  keys: CellKeys;
}

/** Cell keys in the shape of the counts of a {@link StatsUnit}. */
export interface CellKeys {
  visits: number;
  questions: number;
  cells: Partial<Record<StatsDimension, Record<string, number>>>;
}

/** The record keys of the fake client and static use when no others are given. */
export const IN_MEMORY_RECORD_KEY: RecordKey = recordKeyOf('idokit-in-memory');

/** The keys of `referralWarm`: warm referrals, and the others. */
export const REFERRAL_WARMTH = ['warm', 'not-warm'] as const;

/**
 * The categories a registration counts in, per dimension. A visit counts once in `channel`,
 * `timeOfDay` (its weekday and part of the day) and `place` (`library`, or `outreach` for a
 * visit at an outreach session); each question counts once in `questionType`, `help` and (when
 * given) `governmentLevel`, once per organisation and theme it names, when referred once in
 * `referralKind` (the referral's partner kind, else the named partner's kind, else `other`),
 * `referralWarm` and (when it names a partner) `referralPartner`, when not helped once in
 * `notHelpedReason`, and once in `followUp` per follow-up question answered (`digid:no`).
 */
export function registrationCategories(
  reg: QuestionRegistration,
  partnerKinds: ReadonlyMap<string, string>,
): [StatsDimension, string][] {
  const out: [StatsDimension, string][] = [
    ['channel', reg.channel],
    ['timeOfDay', timeOfDayOf(reg.date, reg.hour)],
    ['place', reg.outreach ? 'outreach' : 'library'],
  ];
  for (const q of reg.questions) {
    out.push(['questionType', q.type], ['help', q.help]);
    if (q.governmentLevel) out.push(['governmentLevel', q.governmentLevel]);
    for (const o of q.organisations) out.push(['organisation', o]);
    for (const t of q.themes) out.push(['theme', t]);
    if (q.referral) {
      const kind =
        q.referral.partnerKind ??
        (q.referral.partnerId !== undefined ? partnerKinds.get(q.referral.partnerId) : undefined) ??
        'other';
      out.push(['referralKind', kind], ['referralWarm', q.referral.warm ? 'warm' : 'not-warm']);
      if (q.referral.partnerId !== undefined) out.push(['referralPartner', q.referral.partnerId]);
    }
    if (q.notHelpedReason !== undefined) out.push(['notHelpedReason', q.notHelpedReason]);
    for (const [question, answer] of Object.entries(q.followUp ?? {}))
      out.push(['followUp', `${question}:${answer}`]);
  }
  return out;
}

/**
 * Counts registrations per location and unit period, the same way the server's SQL does. A
 * registration that a later one of the same location supersedes is left out: the correction
 * counts instead, in its own period, also when that lies outside `from`–`to` (pass every
 * registration, not only the period's, so a correction made later is seen). A withdrawal
 * (`withdrawn: true`) counts nowhere, and neither does the registration it withdraws; a later
 * correction of the withdrawal counts again (the latest of a chain decides). A visit at an
 * outreach session counts like any other, under its `locationId` in the period of its `date`.
 */
export function tallyRegistrations(
  registrations: readonly QuestionRegistration[],
  options: {
    unit: 'month' | 'week';
    partners?: readonly Pick<Partner, 'id' | 'kind'>[];
    /** Only visits on or after this date (`YYYY-MM-DD`) are counted. */
    from?: string;
    /** Only visits on or before this date (`YYYY-MM-DD`) are counted. */
    to?: string;
    /**
     * Each registration's record key; the server's, to compare with it.
     * @default IN_MEMORY_RECORD_KEY
     */
    recordKey?: RecordKey;
  },
): StatsUnit[] {
  const superseded = new Set(
    registrations.flatMap((r) => (r.supersedes ? [`${r.locationId}\n${r.supersedes}`] : [])),
  );
  const partnerKinds = new Map((options.partners ?? []).map((p) => [p.id, p.kind as string]));
  const keyOf = options.recordKey ?? IN_MEMORY_RECORD_KEY;
  const units = new Map<string, StatsUnit>();
  for (const reg of registrations) {
    if (reg.withdrawn || superseded.has(`${reg.locationId}\n${reg.id}`)) continue;
    if (
      (options.from !== undefined && reg.date < options.from) ||
      (options.to !== undefined && reg.date > options.to)
    )
      continue;
    const period = statsPeriodOf(reg.date, options.unit);
    const id = `${reg.locationId}\n${period}`;
    let unit = units.get(id);
    if (!unit) {
      unit = { locationId: reg.locationId, period, ...emptyCounts() };
      units.set(id, unit);
    }
    const k = keyOf(reg.id);
    unit.visits += 1;
    unit.keys.visits = addKeys(unit.keys.visits, k);
    unit.questions += reg.questions.length;
    unit.keys.questions = addKeys(unit.keys.questions, (k * reg.questions.length) % KEY_RANGE);
    for (const [dim, key] of registrationCategories(reg, partnerKinds)) {
      const cells = (unit.cells[dim] ??= {});
      cells[key] = (cells[key] ?? 0) + 1;
      const keys = (unit.keys.cells[dim] ??= {});
      keys[key] = addKeys(keys[key] ?? 0, k);
    }
  }
  return [...units.values()];
}

/** Counts and keys of no records. */
export function emptyCounts(): Omit<StatsUnit, 'locationId' | 'period'> {
  return { visits: 0, questions: 0, cells: {}, keys: { visits: 0, questions: 0, cells: {} } };
}

/** Adds `b` into `a` (same shape): counts add, and so do cell keys (modulo 2³²). */
export function addUnitCounts(
  a: Omit<StatsUnit, 'locationId' | 'period'>,
  b: Omit<StatsUnit, 'locationId' | 'period'>,
): void {
  a.visits += b.visits;
  a.questions += b.questions;
  a.keys.visits = addKeys(a.keys.visits, b.keys.visits);
  a.keys.questions = addKeys(a.keys.questions, b.keys.questions);
  for (const dim of STATS_DIMENSIONS) {
    const from = b.cells[dim];
    if (!from) continue;
    const to = (a.cells[dim] ??= {});
    const toKeys = (a.keys.cells[dim] ??= {});
    const fromKeys = b.keys.cells[dim] ?? {};
    for (const [key, n] of Object.entries(from)) {
      to[key] = (to[key] ?? 0) + n;
      toKeys[key] = addKeys(toKeys[key] ?? 0, fromKeys[key] ?? 0);
    }
  }
}
