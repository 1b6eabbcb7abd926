import type { GeocodeResult } from '@idokit/sdk';
import type { Queryable } from '../db/db.js';
import type { GeocodeStore } from './geocode-cache.js';

/** The geocoder's answers in PostgreSQL, shared by every replica (see `CachingGeocoder`). */
export class SqlGeocodeStore implements GeocodeStore {
  readonly #db: Queryable;

  constructor(db: Queryable) {
    this.#db = db;
  }

  async get(key: string): Promise<{ result: GeocodeResult | null; at: number } | undefined> {
    const { rows } = await this.#db.query<{ result: GeocodeResult | null; at_ms: string | number }>(
      'SELECT result, at_ms FROM geocode_cache WHERE key = $1',
      [key],
    );
    const row = rows[0];
    return row && { result: row.result, at: Number(row.at_ms) };
  }

  async set(key: string, entry: { result: GeocodeResult | null; at: number }): Promise<void> {
    await this.#db.query(
      `INSERT INTO geocode_cache (key, result, at_ms) VALUES ($1, $2::jsonb, $3)
       ON CONFLICT (key) DO UPDATE SET result = EXCLUDED.result, at_ms = EXCLUDED.at_ms`,
      [key, entry.result === null ? null : JSON.stringify(entry.result), entry.at],
    );
  }
}
