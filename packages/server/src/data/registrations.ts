import { createHash } from 'node:crypto';
import type { QuestionRegistration, RegistrationReceipt } from '@idokit/sdk';
import type { Queryable } from '../db/db.js';

/** JSON with object keys sorted at every level: equal values give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The result of {@link storeRegistration}. */
export type StoreResult =
  | { kind: 'created'; receipt: RegistrationReceipt }
  | { kind: 'replayed'; receipt: RegistrationReceipt }
  | { kind: 'conflict' }
  /** `supersedes` names itself, or no registration of the same location. Nothing stored. */
  | { kind: 'bad-supersedes'; message: string };

/**
 * Stores a validated registration once. The same id with the same body is a replay (the
 * original receipt again); the same id with another body is a conflict. A correction (or a
 * withdrawal, `withdrawn: true`) must supersede an earlier registration of its own location: a
 * self-reference or a dangling id would silently drop or skew counts. The body hash covers every
 * field, `withdrawn` and `outreach` included.
 *
 * A new registration costs one statement, atomic on its own: the registration and its
 * questions are inserted by one `WITH … INSERT`, and only when the id is new and the
 * registration it corrects (if any) exists. Two identical requests racing each other both end
 * as one row: the loser's insert waits for the winner's and does nothing. Only when nothing was
 * inserted does a second query tell a replay, a conflict and a dangling correction apart.
 */
export async function storeRegistration(
  db: Queryable,
  reg: QuestionRegistration,
  options: {
    deviceId: string;
    at: Date;
    /**
     * The categories version to record: the body's `categoriesVersion`, or the one the server
     * chose for it (in force on the visit's date). The body hash covers the body as sent.
     */
    categoriesVersion?: string;
  },
): Promise<StoreResult> {
  if (reg.supersedes !== undefined && reg.supersedes.toLowerCase() === reg.id.toLowerCase())
    return { kind: 'bad-supersedes', message: 'A registration cannot supersede itself' };
  const bodyHash = createHash('sha256').update(canonicalJson(reg)).digest('hex');
  const questions = reg.questions.map((q, position) => ({
    position,
    question_type: q.type,
    government_level: q.governmentLevel ?? null,
    organisations: q.organisations,
    themes: q.themes,
    help: q.help,
    referral_partner_id: q.referral?.partnerId ?? null,
    referral_partner_kind: q.referral?.partnerKind ?? null,
    referral_warm: q.referral?.warm ?? null,
    not_helped_reason: q.notHelpedReason ?? null,
    follow_up: q.followUp && Object.keys(q.followUp).length > 0 ? q.followUp : null,
  }));
  const inserted = await db.query<{ received_at: Date }>(
    `WITH reg AS (
       INSERT INTO registrations (id, location_id, device_id, visit_date, hour, channel,
         visitor_kind, duration_minutes, note, supersedes, body_hash, received_at, withdrawn,
         outreach_name, outreach_session_id, categories_version)
       SELECT $1::uuid, $2::text, $3::text, $4::date, $5::smallint, $6::text, $7::text,
         $8::smallint, $9::text, $10::uuid, $11::text, $12::timestamptz, $14::boolean,
         $15::text, $16::text, $17::text
       WHERE $10::uuid IS NULL
          OR EXISTS (SELECT 1 FROM registrations WHERE id = $10::uuid AND location_id = $2::text)
       ON CONFLICT (id) DO NOTHING
       RETURNING id, received_at
     ), questions AS (
       INSERT INTO registration_questions (registration_id, position, question_type,
         government_level, organisations, themes, help, referral_partner_id,
         referral_partner_kind, referral_warm, not_helped_reason, follow_up)
       SELECT reg.id, x.position, x.question_type, x.government_level, x.organisations,
         x.themes, x.help, x.referral_partner_id, x.referral_partner_kind, x.referral_warm,
         x.not_helped_reason, x.follow_up
       FROM reg, jsonb_to_recordset($13::jsonb) AS x(position smallint, question_type text,
         government_level text, organisations text[], themes text[], help text,
         referral_partner_id text, referral_partner_kind text, referral_warm boolean,
         not_helped_reason text, follow_up jsonb)
     )
     SELECT received_at FROM reg`,
    [
      reg.id,
      reg.locationId,
      options.deviceId,
      reg.date,
      reg.hour,
      reg.channel,
      reg.visitorKind ?? null,
      reg.durationMinutes,
      reg.note || null,
      reg.supersedes ?? null,
      bodyHash,
      options.at,
      JSON.stringify(questions),
      reg.withdrawn === true,
      reg.outreach?.name ?? null,
      reg.outreach?.sessionId ?? null,
      options.categoriesVersion ?? reg.categoriesVersion ?? null,
    ],
  );
  const created = inserted.rows[0];
  if (created)
    return {
      kind: 'created',
      receipt: {
        id: reg.id,
        locationId: reg.locationId,
        receivedAt: new Date(created.received_at).toISOString(),
        replayed: false,
      },
    };
  // Nothing inserted: the id is taken (a replay or a conflict), or the correction is dangling.
  const existing = await db.query<{ body_hash: string; location_id: string; received_at: Date }>(
    'SELECT body_hash, location_id, received_at FROM registrations WHERE id = $1',
    [reg.id],
  );
  const row = existing.rows[0];
  if (!row)
    return {
      kind: 'bad-supersedes',
      message: `No registration of location "${reg.locationId}" has the id ${reg.supersedes}`,
    };
  if (row.body_hash !== bodyHash) return { kind: 'conflict' };
  return {
    kind: 'replayed',
    receipt: {
      id: reg.id,
      locationId: row.location_id,
      receivedAt: new Date(row.received_at).toISOString(),
      replayed: true,
    },
  };
}

/** How many registrations are stored (for tests and the CLI). */
export async function countRegistrations(db: Queryable, locationId?: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM registrations WHERE $1::text IS NULL OR location_id = $1`,
    [locationId ?? null],
  );
  return Number(rows[0]?.n ?? 0);
}
