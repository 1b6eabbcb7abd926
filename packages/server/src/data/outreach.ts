import type { OutreachSession } from '@idokit/sdk';
import type { Queryable } from '../db/db.js';

/**
 * Outreach sessions (issue 21) in the database: written by the coordinator's API (and a feed's
 * `outreach` list), read by the public `/v1/outreach` route, the feed and the desk.
 */

/** Adds or replaces sessions by id (no revision bump: the caller's transaction does that). */
export async function insertOutreachSessions(
  tx: Queryable,
  sessions: readonly OutreachSession[],
): Promise<void> {
  if (sessions.length === 0) return;
  const rows = sessions.map((s) => ({
    id: s.id,
    location_id: s.locationId,
    session_date: s.date,
    lat: s.geo.lat,
    lon: s.geo.lon,
    doc: s,
    updated_at: s.updatedAt,
  }));
  await tx.query(
    `INSERT INTO outreach_sessions (id, location_id, session_date, lat, lon, doc, updated_at)
     SELECT x.id, x.location_id, x.session_date, x.lat, x.lon, x.doc, x.updated_at
     FROM jsonb_to_recordset($1::jsonb)
       AS x(id text, location_id text, session_date date, lat float8, lon float8, doc jsonb,
            updated_at timestamptz)
     ON CONFLICT (id) DO UPDATE SET location_id = EXCLUDED.location_id,
       session_date = EXCLUDED.session_date, lat = EXCLUDED.lat, lon = EXCLUDED.lon,
       doc = EXCLUDED.doc, updated_at = EXCLUDED.updated_at`,
    [JSON.stringify(rows)],
  );
}

/** Deletes a session. @returns whether it existed. */
export async function deleteOutreachSession(tx: Queryable, id: string): Promise<boolean> {
  const { rows } = await tx.query('DELETE FROM outreach_sessions WHERE id = $1 RETURNING id', [id]);
  return rows.length > 0;
}

/** One session by id. */
export async function getOutreachSession(
  db: Queryable,
  id: string,
): Promise<OutreachSession | undefined> {
  const { rows } = await db.query<{ doc: OutreachSession }>(
    'SELECT doc FROM outreach_sessions WHERE id = $1',
    [id],
  );
  return rows[0]?.doc;
}

/** Sessions from `from` through `through` (dates), by date and opening time, optionally of some locations. */
export async function listOutreachSessions(
  db: Queryable,
  query: { from: string; through: string; locationIds?: readonly string[] },
): Promise<OutreachSession[]> {
  const { rows } = await db.query<{ doc: OutreachSession }>(
    `SELECT doc FROM outreach_sessions
     WHERE session_date BETWEEN $1::date AND $2::date
       AND ($3::text[] IS NULL OR location_id = ANY($3::text[]))
     ORDER BY session_date, doc->'time'->>'opens', id`,
    [query.from, query.through, query.locationIds ? [...query.locationIds] : null],
  );
  return rows.map((r) => r.doc);
}
