import { createHash, randomBytes } from 'node:crypto';

/** A rate: `capacity` requests at once, refilled evenly over `perMs`. */
export interface Rate {
  capacity: number;
  perMs: number;
}

const UNITS: Record<string, number> = {
  s: 1_000,
  sec: 1_000,
  min: 60_000,
  m: 60_000,
  h: 3_600_000,
};

/**
 * Parses `"10/min"`, `"5/s"`, `"100/h"`, or `"off"` (no limit, returns undefined).
 * @throws Error on anything else.
 */
export function parseRate(text: string): Rate | undefined {
  if (text.trim() === 'off') return undefined;
  const match = /^\s*(\d+)\s*\/\s*(\d*)\s*(s|sec|min|m|h)\s*$/.exec(text);
  if (!match)
    throw new Error(`Not a rate: "${text}" (write e.g. "10/min", "5/s", "100/h" or "off")`);
  const capacity = Number(match[1]);
  const per = (Number(match[2]) || 1) * UNITS[match[3]!]!;
  if (capacity < 1) throw new Error(`A rate needs at least 1 request: "${text}"`);
  return { capacity, perMs: per };
}

/** The answer of {@link TokenBuckets.take}. */
export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * In-memory token buckets, one per key. Each process limits on its own: right for the single
 * PGlite process; replicas on PostgreSQL share theirs in the database instead.
 */
export class TokenBuckets {
  readonly #rate: Rate;
  readonly #now: () => number;
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(rate: Rate, now: () => number = Date.now) {
    this.#rate = rate;
    this.#now = now;
  }

  /** Takes one token for `key`, or says how many seconds until one is available. */
  take(key: string): Take {
    const now = this.#now();
    const { capacity, perMs } = this.#rate;
    const refill = capacity / perMs;
    const bucket = this.#buckets.get(key) ?? { tokens: capacity, at: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * refill);
    bucket.at = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      this.#buckets.set(key, bucket);
      if (this.#buckets.size > 50_000) this.#sweep(now);
      return { ok: true };
    }
    this.#buckets.set(key, bucket);
    return {
      ok: false,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refill / 1000)),
    };
  }

  /** Gives back one token taken for `key` (never above the capacity). */
  giveBack(key: string): void {
    const bucket = this.#buckets.get(key);
    if (bucket) bucket.tokens = Math.min(this.#rate.capacity, bucket.tokens + 1);
  }

  /** Drops buckets that have refilled completely: they behave exactly like a missing one. */
  #sweep(now: number): void {
    const { capacity, perMs } = this.#rate;
    for (const [key, bucket] of this.#buckets)
      if (bucket.tokens + ((now - bucket.at) * capacity) / perMs >= capacity)
        this.#buckets.delete(key);
  }
}

/** Whether a bucket that held `tokens` `elapsedMs` ago has one now, else when it will. */
export function tokensLeft(tokens: number, elapsedMs: number, rate: Rate): Take {
  const refill = rate.capacity / rate.perMs;
  const now = Math.min(rate.capacity, tokens + Math.max(0, elapsedMs) * refill);
  if (now >= 1) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - now) / refill / 1000)) };
}

/**
 * A rate limit as the app uses it: per subject (`address:<ip>` or `device:<id>`), which the
 * limiter turns into a key that cannot be turned back. In memory per process
 * ({@link MemoryRateLimiter}), or shared by every replica in PostgreSQL
 * (`SqlRateLimiter` in ./shared-rate-limit.ts).
 */
export interface RateLimiter {
  /** Takes one token. */
  take(subject: string): Promise<Take>;
  /** Gives back a token {@link take} took, for a request that turned out not to count. */
  giveBack(subject: string): Promise<void>;
}

/** {@link TokenBuckets} behind the {@link RateLimiter} interface, keys hashed per process. */
export class MemoryRateLimiter implements RateLimiter {
  readonly #buckets: TokenBuckets;
  readonly #key = clientKeyer();

  constructor(rate: Rate, now: () => number = Date.now) {
    this.#buckets = new TokenBuckets(rate, now);
  }

  async take(subject: string): Promise<Take> {
    return this.#buckets.take(this.#key(subject));
  }

  async giveBack(subject: string): Promise<void> {
    this.#buckets.giveBack(this.#key(subject));
  }
}

/** "1 second", "20 seconds". */
export function seconds(n: number): string {
  return n === 1 ? '1 second' : `${n} seconds`;
}

/**
 * A key for a client address that is never stored or logged: a salted hash, with a salt made
 * fresh for each process, so the key cannot be turned back into the address.
 */
export function clientKeyer(salt: Buffer = randomBytes(16)): (address: string) => string {
  return (address) =>
    createHash('sha256').update(salt).update(address).digest('base64url').slice(0, 22);
}
