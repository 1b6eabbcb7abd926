import { addDays, civilDate, OutreachSessionSchema, type OutreachSession } from '@idokit/sdk';
import type { Db } from '../db/db.js';
import { bumpRevision, SERVICE_ZONE, type DatasetHeader } from './dataset.js';
import { insertOutreachSessions } from './outreach.js';

/**
 * The sample dataset's outreach sessions (issue 21), dated from the day the demo starts: a
 * community centre of Zwolle Centrum (the demo desk's location) tomorrow, a health centre of
 * Utrecht Overvecht in four days, and a market of Zwolle Zuid next week. The addresses are made
 * up, like the sample's libraries.
 */
export function sampleOutreachSessions(today: string, at: Date): OutreachSession[] {
  const updatedAt = at.toISOString();
  return [
    {
      id: 'sample-buurthuis-de-kroon',
      locationId: 'ido-zwolle-centrum',
      name: 'Buurthuis De Kroon',
      description:
        'Vragen over toeslagen, DigiD of een brief van de overheid? Loop binnen, u hoeft geen afspraak te maken.',
      address: {
        street: 'Oefenstraat',
        houseNumber: '3',
        postcode: '8011 CA',
        city: 'Zwolle',
        municipality: 'Zwolle',
      },
      geo: { lat: 52.5145, lon: 6.0985 },
      date: addDays(today, 1),
      time: { opens: '10:00', closes: '12:00' },
      updatedAt,
    },
    {
      id: 'sample-gezondheidscentrum-overvecht',
      locationId: 'ido-utrecht-overvecht',
      name: 'Gezondheidscentrum Overvecht',
      description:
        'Hulp bij formulieren en digitale zaken in de wachtkamer, op de eerste verdieping.',
      address: {
        street: 'Voorbeeldlaan',
        houseNumber: '12',
        postcode: '3562 AB',
        city: 'Utrecht',
        municipality: 'Utrecht',
      },
      geo: { lat: 52.118, lon: 5.115 },
      date: addDays(today, 4),
      time: { opens: '13:30', closes: '15:30' },
      languages: ['nl', 'ar', 'tr'],
      updatedAt,
    },
    {
      id: 'sample-weekmarkt-zwolle-zuid',
      locationId: 'ido-zwolle-zuid',
      name: 'Weekmarkt Zwolle Zuid',
      address: {
        street: 'Marktplein',
        houseNumber: '1',
        postcode: '8024 AA',
        city: 'Zwolle',
        municipality: 'Zwolle',
      },
      geo: { lat: 52.498, lon: 6.107 },
      date: addDays(today, 9),
      time: { opens: '09:00', closes: '11:30' },
      updatedAt,
    },
  ].map((s) => OutreachSessionSchema.parse(s));
}

/**
 * Keeps the sample dataset's outreach sessions in the coming days, so a demo started any day
 * shows some: when the stored dataset is the sample (`sample: true`) and has no session from
 * today on, the sample sessions are added, dated from today. A real dataset is left alone.
 * @returns whether it added them.
 */
export async function refreshSampleOutreach(db: Db, at: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ value: DatasetHeader }>(
      `SELECT value FROM dataset_meta WHERE key = 'header'`,
    );
    if (rows[0]?.value.sample !== true) return false;
    const today = civilDate(at, SERVICE_ZONE);
    const upcoming = await tx.query(
      'SELECT 1 FROM outreach_sessions WHERE session_date >= $1::date LIMIT 1',
      [today],
    );
    if (upcoming.rows.length > 0) return false;
    // Only sessions of locations the dataset still has (an administrator may have changed it).
    const known = new Set(
      (await tx.query<{ id: string }>('SELECT id FROM locations')).rows.map((r) => r.id),
    );
    const sessions = sampleOutreachSessions(today, at).filter((s) => known.has(s.locationId));
    if (sessions.length === 0) return false;
    await insertOutreachSessions(tx, sessions);
    await bumpRevision(tx);
    return true;
  });
}
