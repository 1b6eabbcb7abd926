import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/db.js';
import { tokensLeft, type Rate, type RateLimiter, type Take } from './rate-limit.js';

/** Reads the named secret, creating it on first use (every replica ends up with the same one). */
export async function sharedSecret(db: Queryable, name: string): Promise<string> {
  await db.query(
    `INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`,
    [name, randomBytes(16).toString('base64url')],
  );
  const { rows } = await db.query<{ value: string }>(
    'SELECT value FROM server_secrets WHERE name = $1',
    [name],
  );
  return rows[0]!.value;
}

/** Sweep refilled buckets about once per this many takes. */
const SWEEP_EVERY = 500;

/**
 * Token buckets in PostgreSQL, shared by every replica on the database: one atomic upsert per
 * request refills and takes. Keys are `<name>:<salted hash of the subject>`, with a salt kept in
 * the database, so no address is stored.
 */
export class SqlRateLimiter implements RateLimiter {
  readonly #db: Queryable;
  readonly #name: string;
  readonly #rate: Rate;
  readonly #now: () => number;
  #salt: Promise<string> | undefined;
  #takes = 0;

  constructor(db: Queryable, name: string, rate: Rate, now: () => number = Date.now) {
    this.#db = db;
    this.#name = name;
    this.#rate = rate;
    this.#now = now;
  }

  async #key(subject: string): Promise<string> {
    this.#salt ??= sharedSecret(this.#db, 'rate-limit-salt').catch((error: unknown) => {
      this.#salt = undefined;
      throw error;
    });
    const salt = await this.#salt;
    return `${this.#name}:${createHash('sha256').update(salt).update(subject).digest('base64url').slice(0, 22)}`;
  }

  async take(subject: string): Promise<Take> {
    const key = await this.#key(subject);
    const now = this.#now();
    const { capacity, perMs } = this.#rate;
    const refill = capacity / perMs;
    const { rows } = await this.#db.query(
      `INSERT INTO rate_limit_buckets AS b (key, tokens, at_ms) VALUES ($1, $2::float8 - 1, $3)
       ON CONFLICT (key) DO UPDATE
         SET tokens = LEAST($2::float8, b.tokens + ($3 - b.at_ms) * $4::float8) - 1, at_ms = $3
         WHERE LEAST($2::float8, b.tokens + ($3 - b.at_ms) * $4::float8) >= 1
       RETURNING tokens`,
      [key, capacity, now, refill],
    );
    if (++this.#takes % SWEEP_EVERY === 0) void this.#sweep(now).catch(() => {});
    if (rows.length > 0) return { ok: true };
    return this.#peekKey(key, now);
  }

  async giveBack(subject: string): Promise<void> {
    // Capped at the capacity as it stood at `at_ms`: the refill since then is added on the
    // next take, and capped again there.
    await this.#db.query(
      'UPDATE rate_limit_buckets SET tokens = LEAST($2::float8, tokens + 1) WHERE key = $1',
      [await this.#key(subject), this.#rate.capacity],
    );
  }

  async #peekKey(key: string, now: number): Promise<Take> {
    const { rows } = await this.#db.query<{ tokens: number; at_ms: string | number }>(
      'SELECT tokens, at_ms FROM rate_limit_buckets WHERE key = $1',
      [key],
    );
    const row = rows[0];
    if (!row) return { ok: true };
    return tokensLeft(Number(row.tokens), now - Number(row.at_ms), this.#rate);
  }

  /** Buckets that have refilled completely behave like missing ones: drop them. */
  async #sweep(now: number): Promise<void> {
    const { capacity, perMs } = this.#rate;
    await this.#db.query(
      `DELETE FROM rate_limit_buckets
       WHERE key LIKE $1 AND tokens + ($2 - at_ms) * $3::float8 >= $4::float8`,
      [`${this.#name}:%`, now, capacity / perMs, capacity],
    );
  }
}
