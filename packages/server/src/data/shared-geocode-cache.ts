import type { GeocodeResult } from '@idokit/sdk';
import type { Queryable } from '../db/db.js';
import type { GeocodeStore } from './geocode-cache.js';

/** Expired answers are deleted about once per this many writes. */
const SWEEP_EVERY = 200;

/**
 * The geocoder's answers in PostgreSQL, shared by every replica (see `CachingGeocoder`). Answers
 * older than `maxAgeMs` (the longest TTL) are swept now and then, so the table stays small.
 */
export class SqlGeocodeStore implements GeocodeStore {
  readonly #db: Queryable;
  readonly #maxAgeMs: number;
  #writes = 0;

  constructor(db: Queryable, options: { maxAgeMs?: number } = {}) {
    this.#db = db;
    this.#maxAgeMs = options.maxAgeMs ?? 7 * 86_400_000;
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
    if (++this.#writes % SWEEP_EVERY === 0)
      await this.#db.query('DELETE FROM geocode_cache WHERE at_ms < $1', [
        entry.at - this.#maxAgeMs,
      ]);
  }
}
