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
 * In-memory token buckets, one per key. Each replica limits on its own; with N replicas a
 * client gets at most N times the rate, which is fine for abuse protection.
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

  /** Drops buckets that have refilled completely: they behave exactly like a missing one. */
  #sweep(now: number): void {
    const { capacity, perMs } = this.#rate;
    for (const [key, bucket] of this.#buckets)
      if (bucket.tokens + ((now - bucket.at) * capacity) / perMs >= capacity)
        this.#buckets.delete(key);
  }
}

/**
 * A key for a client address that is never stored or logged: a salted hash, with a salt made
 * fresh for each process, so the key cannot be turned back into the address.
 */
export function clientKeyer(salt: Buffer = randomBytes(16)): (address: string) => string {
  return (address) =>
    createHash('sha256').update(salt).update(address).digest('base64url').slice(0, 22);
}
