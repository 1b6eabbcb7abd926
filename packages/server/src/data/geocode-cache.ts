import {
  IdoGeocodeError,
  isIdoGeocodeError,
  isPostcodeLike,
  parsePostcode,
  type GeocodeResult,
  type Geocoder,
} from '@idokit/sdk';

/** One key per place however it is typed: "1012ab", "1012 AB" and " 1012AB " are one postcode. */
function keyOf(query: string): string {
  if (isPostcodeLike(query)) {
    try {
      return `postcode:${parsePostcode(query).formatted}`;
    } catch {
      // Not a valid postcode: the upstream geocoder says so; cache it under the raw text.
    }
  }
  return `text:${query.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

/** Options of {@link CachingGeocoder}. */
export interface CachingGeocoderOptions {
  /** How long an answer is kept. @default 7 days (postcodes rarely move) */
  ttlMs?: number;
  /** How long "not found" is kept. @default 1 hour */
  notFoundTtlMs?: number;
  /** Most answers kept; the oldest go first. @default 10 000 */
  maxEntries?: number;
  now?: () => number;
  /**
   * A second level shared by every replica (PostgreSQL): looked up on a miss here, written on
   * every upstream answer. Its failures only cost an upstream call.
   */
  store?: GeocodeStore;
}

/** A shared cache of geocoder answers; `result: null` means "not found". */
export interface GeocodeStore {
  get(key: string): Promise<{ result: GeocodeResult | null; at: number } | undefined>;
  set(key: string, entry: { result: GeocodeResult | null; at: number }): Promise<void>;
}

const NOT_FOUND_MESSAGE = 'Nothing was found for this postcode or place';

type Entry = { at: number; result?: GeocodeResult; error?: unknown };

/**
 * A server-side cache in front of a geocoder (PDOK), so residents' pages never call a third
 * party and PDOK sees each postcode about once a week. Concurrent lookups of the same query
 * share one upstream call. Upstream failures are not cached.
 */
export class CachingGeocoder implements Geocoder {
  readonly #upstream: Geocoder;
  readonly #ttl: number;
  readonly #notFoundTtl: number;
  readonly #max: number;
  readonly #now: () => number;
  readonly #store: GeocodeStore | undefined;
  readonly #entries = new Map<string, Entry>();
  readonly #inflight = new Map<string, Promise<GeocodeResult>>();

  constructor(upstream: Geocoder, options: CachingGeocoderOptions = {}) {
    this.#upstream = upstream;
    this.#ttl = options.ttlMs ?? 7 * 86_400_000;
    this.#notFoundTtl = options.notFoundTtlMs ?? 3_600_000;
    this.#max = options.maxEntries ?? 10_000;
    this.#now = options.now ?? Date.now;
    this.#store = options.store;
  }

  async geocode(query: string): Promise<GeocodeResult> {
    const key = keyOf(query);
    const now = this.#now();
    const hit = this.#entries.get(key);
    if (hit && now - hit.at < (hit.result ? this.#ttl : this.#notFoundTtl)) {
      this.#entries.delete(key);
      this.#entries.set(key, hit); // most recently used last
      if (hit.result) return hit.result;
      throw hit.error;
    }
    const pending = this.#inflight.get(key);
    if (pending) return pending;
    // No signal upstream: one resident giving up must not abort a lookup others wait for.
    const lookup = this.#fromStore(key).then((shared) => {
      if (shared) {
        this.#remember(key, shared);
        if (shared.result) return shared.result;
        throw shared.error;
      }
      return this.#upstream.geocode(query).then(
        async (result) => {
          const at = this.#now();
          this.#remember(key, { at, result });
          await this.#share(key, { result, at });
          return result;
        },
        async (error: unknown) => {
          if (isIdoGeocodeError(error) && error.reason === 'not-found') {
            const at = this.#now();
            this.#remember(key, { at, error });
            await this.#share(key, { result: null, at });
          }
          throw error;
        },
      );
    });
    this.#inflight.set(key, lookup);
    try {
      return await lookup;
    } finally {
      this.#inflight.delete(key);
    }
  }

  /**
   * Writes an answer to the shared store before it is given out, so another replica asked next
   * finds it (a miss costs one write more; a failing store only costs the sharing).
   */
  async #share(key: string, entry: { result: GeocodeResult | null; at: number }): Promise<void> {
    await this.#store?.set(key, entry).catch(() => {});
  }

  /** A fresh answer from the shared store, or undefined (also when the store fails). */
  async #fromStore(key: string): Promise<Entry | undefined> {
    if (!this.#store) return undefined;
    const shared = await this.#store.get(key).catch(() => undefined);
    if (!shared) return undefined;
    if (this.#now() - shared.at >= (shared.result ? this.#ttl : this.#notFoundTtl))
      return undefined;
    return shared.result
      ? { at: shared.at, result: shared.result }
      : { at: shared.at, error: new IdoGeocodeError('not-found', NOT_FOUND_MESSAGE) };
  }

  #remember(key: string, entry: Entry): void {
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    while (this.#entries.size > this.#max) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }
}
