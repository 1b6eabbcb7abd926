import {
  buildRegistrationStats,
  emptyCounts,
  statsUnitsFor,
  type AccessScope,
  type RegistrationStats,
  type StatsDimension,
  type StatsProtectionMethod,
  type StatsUnit,
} from '@idokit/sdk';
import type { Queryable } from '../db/db.js';

/** A cell's key: its records' keys added modulo 2³² (as float8: exact, and a number in JS). */
const KEY_SUM = '(sum(k) % 4294967296)::float8';

// Whitelisted SQL for each unit period; never built from input.
const UNIT_SQL = {
  week: `to_char(r.visit_date, 'IYYY-"W"IW')`,
  month: `to_char(r.visit_date, 'YYYY-MM')`,
} as const;

/**
 * Exact counts per location and unit period (month or ISO week) between two dates (inclusive),
 * the same counts the SDK's `tallyRegistrations` makes in memory, each with its cell key: the
 * sum, modulo 2³², of its records' keys, a registration's key being the first 32 bits of
 * md5(secret ‖ id) with the secret of migration 005 (it never leaves the database). A registration that a later
 * one of the same location supersedes is left out: the correction counts instead. A withdrawal
 * counts nowhere (the registration it supersedes is left out already), so only the latest of a
 * chain decides: a correction of a withdrawal counts again. A visit at an outreach session
 * counts under its `location_id` in the period of its `visit_date`, like any other, and in
 * `place` as `outreach`. A referral counts under its partner kind, else the named partner's
 * kind, else `other`, and under its partner when it names one. `timeOfDay` is the visit's ISO
 * weekday and part of the day (before 12, 12 to 18, from 18), as the SDK's `timeOfDayOf`. Categories count
 * under their newest ids: `counted_questions` and `category_ids` (migration 006) read an id of an
 * earlier categories version as the id that replaced it (`formerIds`).
 */
export async function countStatsUnits(
  db: Queryable,
  filter: { locationIds: readonly string[]; unit: 'month' | 'week'; from: string; to: string },
): Promise<StatsUnit[]> {
  if (filter.locationIds.length === 0) return [];
  const { rows } = await db.query<{
    loc: string;
    period: string;
    dim: string;
    key: string;
    n: number;
    k: number;
  }>(
    `WITH r AS (
       SELECT r.id, r.location_id AS loc, COALESCE(ch.new_id, r.channel) AS channel,
         ${UNIT_SQL[filter.unit]} AS period,
         (ARRAY['mon','tue','wed','thu','fri','sat','sun'])[extract(isodow FROM r.visit_date)::int]
           || CASE WHEN r.hour < 12 THEN '-morning' WHEN r.hour < 18 THEN '-afternoon'
                   ELSE '-evening' END AS time_of_day,
         CASE WHEN r.outreach_name IS NULL THEN 'library' ELSE 'outreach' END AS place,
         ('x' || substr(md5(sec.secret || r.id::text), 1, 8))::bit(32)::bigint AS k
       FROM registrations r CROSS JOIN stats_secret sec
       LEFT JOIN category_ids ch ON ch.list = 'channels' AND ch.old_id = r.channel
       WHERE r.location_id = ANY($1::text[]) AND r.visit_date BETWEEN $2::date AND $3::date
         AND NOT r.withdrawn
         AND NOT EXISTS (SELECT 1 FROM registrations s
                         WHERE s.supersedes = r.id AND s.location_id = r.location_id)
     ), q AS (
       SELECT q.*, r.loc, r.period, r.k,
         CASE WHEN q.referral_warm IS NULL THEN NULL
              ELSE COALESCE(q.referral_partner_kind, p.kind, 'other') END AS referral_kind
       FROM counted_questions q JOIN r ON r.id = q.registration_id
       LEFT JOIN partners p ON p.id = q.referral_partner_id
     )
     SELECT loc, period, 'visits' AS dim, '' AS key, count(*)::int AS n, ${KEY_SUM} AS k
       FROM r GROUP BY loc, period
     UNION ALL SELECT loc, period, 'channel', channel, count(*)::int, ${KEY_SUM}
       FROM r GROUP BY loc, period, channel
     UNION ALL SELECT loc, period, 'timeOfDay', time_of_day, count(*)::int, ${KEY_SUM}
       FROM r GROUP BY loc, period, time_of_day
     UNION ALL SELECT loc, period, 'place', place, count(*)::int, ${KEY_SUM}
       FROM r GROUP BY loc, period, place
     UNION ALL SELECT loc, period, 'questions', '', count(*)::int, ${KEY_SUM}
       FROM q GROUP BY loc, period
     UNION ALL SELECT loc, period, 'questionType', question_type, count(*)::int, ${KEY_SUM}
       FROM q GROUP BY loc, period, question_type
     UNION ALL SELECT loc, period, 'governmentLevel', government_level, count(*)::int, ${KEY_SUM}
       FROM q WHERE government_level IS NOT NULL GROUP BY loc, period, government_level
     UNION ALL SELECT loc, period, 'help', help, count(*)::int, ${KEY_SUM}
       FROM q GROUP BY loc, period, help
     UNION ALL SELECT loc, period, 'organisation', o, count(*)::int, ${KEY_SUM}
       FROM q, unnest(q.organisations) AS o GROUP BY loc, period, o
     UNION ALL SELECT loc, period, 'theme', t, count(*)::int, ${KEY_SUM}
       FROM q, unnest(q.themes) AS t GROUP BY loc, period, t
     UNION ALL SELECT loc, period, 'referralKind', referral_kind, count(*)::int, ${KEY_SUM}
       FROM q WHERE referral_kind IS NOT NULL GROUP BY loc, period, referral_kind
     UNION ALL SELECT loc, period, 'referralWarm',
         CASE WHEN referral_warm THEN 'warm' ELSE 'not-warm' END, count(*)::int, ${KEY_SUM}
       FROM q WHERE referral_warm IS NOT NULL GROUP BY loc, period, referral_warm
     UNION ALL SELECT loc, period, 'referralPartner', referral_partner_id, count(*)::int, ${KEY_SUM}
       FROM q WHERE referral_warm IS NOT NULL AND referral_partner_id IS NOT NULL
       GROUP BY loc, period, referral_partner_id
     UNION ALL SELECT loc, period, 'notHelpedReason', not_helped_reason, count(*)::int, ${KEY_SUM}
       FROM q WHERE not_helped_reason IS NOT NULL GROUP BY loc, period, not_helped_reason
     UNION ALL SELECT loc, period, 'followUp', f.question || ':' || f.answer, count(*)::int,
         ${KEY_SUM}
       FROM q, jsonb_each_text(q.follow_up) AS f(question, answer)
       GROUP BY loc, period, f.question || ':' || f.answer`,
    [filter.locationIds, filter.from, filter.to],
  );
  const units = new Map<string, StatsUnit>();
  for (const row of rows) {
    const id = `${row.loc}\n${row.period}`;
    let unit = units.get(id);
    if (!unit)
      units.set(id, (unit = { locationId: row.loc, period: row.period, ...emptyCounts() }));
    const n = Number(row.n);
    const k = Number(row.k);
    if (row.dim === 'visits') [unit.visits, unit.keys.visits] = [n, k];
    else if (row.dim === 'questions') [unit.questions, unit.keys.questions] = [n, k];
    else {
      (unit.cells[row.dim as StatsDimension] ??= {})[row.key] = n;
      (unit.keys.cells[row.dim as StatsDimension] ??= {})[row.key] = k;
    }
  }
  return [...units.values()];
}

/** Who is asking: a device's location, or a report token's organisation or municipality. */
export type StatsScope =
  | { kind: 'location'; locationId: string }
  | { kind: Exclude<AccessScope, 'location'>; name: string };

/**
 * The locations a scope covers, by name (then id): the device's location, every location of a
 * library organisation, or every desk in a municipality (names compared without case).
 */
export async function scopeLocations(
  db: Queryable,
  scope: StatsScope,
): Promise<{ id: string; name: string; organisation: string; municipality: string }[]> {
  const where =
    scope.kind === 'location'
      ? 'id = $1'
      : scope.kind === 'organisation'
        ? `lower(doc->>'organisation') = lower($1)`
        : 'lower(municipality) = lower($1)';
  const { rows } = await db.query<{
    id: string;
    name: string;
    organisation: string;
    municipality: string;
  }>(
    `SELECT id, name, doc->>'organisation' AS organisation, municipality FROM locations
     WHERE ${where} ORDER BY name COLLATE "C", id COLLATE "C"`,
    [scope.kind === 'location' ? scope.locationId : scope.name],
  );
  return rows;
}

/**
 * The statistics of a scope for a fixed period: counts and cell keys from the database,
 * cell-key perturbation, the settle rule and the shape from the SDK
 * (`buildRegistrationStats`), the one rule the fake client and static use answer with too.
 * @param options.at Now, for which periods have settled.
 * @param options.protection `none` only in tests that prove an attack on exact counts.
 * @throws RangeError when `location` is not in the scope.
 */
export async function scopeStats(
  db: Queryable,
  scope: StatsScope,
  filter: { period: string; location?: string },
  options: { at: Date; protection?: StatsProtectionMethod },
): Promise<RegistrationStats> {
  const found = await scopeLocations(db, scope);
  // A device whose location left the dataset still sees its own registrations.
  const locations =
    found.length > 0 || scope.kind !== 'location'
      ? found
      : [{ id: scope.locationId, name: scope.locationId }];
  const { lastYear, ...units } = statsUnitsFor(filter.period);
  const locationIds = locations.map((l) => l.id);
  const counts = await countStatsUnits(db, { locationIds, ...units });
  // The same period last year, in the same units, for the comparison.
  if (lastYear)
    counts.push(...(await countStatsUnits(db, { locationIds, unit: units.unit, ...lastYear })));
  // The names of the partners counted (public data), for `referralPartner`.
  const partnerIds = [
    ...new Set(counts.flatMap((u) => Object.keys(u.cells.referralPartner ?? {}))),
  ];
  const partners =
    partnerIds.length === 0
      ? []
      : (
          await db.query<{ id: string; name: string }>(
            'SELECT id, name FROM partners WHERE id = ANY($1::text[])',
            [partnerIds],
          )
        ).rows;
  return buildRegistrationStats(counts, {
    period: filter.period,
    scope:
      scope.kind === 'location'
        ? { kind: 'location', name: locations[0]!.name }
        : { kind: scope.kind, name: found[0]?.[scope.kind] ?? scope.name },
    locations: locations.map((l) => ({ id: l.id, name: l.name })),
    ...(filter.location !== undefined ? { location: filter.location } : {}),
    at: options.at,
    partners,
    ...(options.protection ? { protection: options.protection } : {}),
  });
}
