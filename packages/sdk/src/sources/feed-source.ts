import type {
  CallOptions,
  LocationQuery,
  LocationSearchResult,
  PartnerFilter,
} from '../contract/ido-client.js';
import { IdoError } from '../errors/ido-error.js';
import { IdoNotFoundError } from '../errors/ido-not-found-error.js';
import { IdoValidationError } from '../errors/ido-validation-error.js';
import type { LeftOutEntry } from '../feed/parse-feed.js';
import type { Geocoder } from '../geo/index.js';
import { preloadGeocoder } from '../geo/lazy-geocoder.js';
import type { GeocodeResult } from '../schemas/api.js';
import type { Feed } from '../schemas/feed.js';
import type { Location } from '../schemas/location.js';
import {
  assertOutreachRange,
  sessionsBetween,
  type OutreachSessionQuery,
} from '../outreach/sessions.js';
import type { OutreachSession } from '../schemas/outreach-session.js';
import type { Partner } from '../schemas/partner.js';
import type { Enrolment, RegistrationReceipt, RegistrationStats } from '../schemas/registration.js';
import type { Taxonomy } from '../schemas/taxonomy.js';
import { raceAbort } from './abort.js';
import type { Source } from './source.js';

/**
 * A freshly loaded feed, or `undefined` when the copy with `etag` is still current (304).
 * `leftOut`: entries the loader dropped as invalid; `getFeed()` then reports them as an error.
 */
export type FeedLoadResult = { feed: Feed; etag?: string; leftOut?: LeftOutEntry[] } | undefined;

/**
 * Loads the feed. Given the ETag of the cached copy, it may answer `undefined` for "not modified".
 * Loaders validate what they load; a `Feed` handed over here is trusted.
 */
export type FeedLoader = (options: { etag?: string }) => Promise<FeedLoadResult>;

export interface FeedSourceOptions {
  load: FeedLoader;
  /**
   * Reads one location without the whole feed (a split feed's `locations/<id>.json`): used by
   * `getLocation` while the feed itself has not been loaded.
   */
  loadLocation?: (id: string, options?: { signal?: AbortSignal }) => Promise<Location>;
  /** Turns postcodes and places into coordinates; `null` or absent: the feed's addresses only. */
  geocoder?: Geocoder | null;
  /** The clock, for `openNow` without `at` and for the cache's age. @default () => new Date() */
  now?: () => Date;
  /**
   * After this long, the next call starts revalidating the cached feed (a cheap `If-None-Match`
   * request) in the background and answers from the cached copy meanwhile, so a slow or broken
   * feed host never makes a resident wait once the feed has loaded. @default 300000 (5 minutes,
   * as the API's max-age)
   */
  maxAgeMs?: number;
}

/**
 * Answers everything from one static feed, fetched once and cached: search, status and filters
 * are computed locally by the same SDK code the server uses. Read-only: staff calls throw
 * `IdoError` with code `read-only`.
 */
export class FeedSource implements Source {
  readonly mode = 'feed' as const;
  readonly #load: FeedLoader;
  readonly #loadLocation: FeedSourceOptions['loadLocation'];
  readonly #geocoder: Geocoder | null;
  readonly #now: () => Date;
  readonly #maxAgeMs: number;
  #cached: { feed: Feed; etag?: string; leftOut?: LeftOutEntry[]; checkedAt: number } | undefined;
  #loading: Promise<Feed> | undefined;

  constructor(options: FeedSourceOptions) {
    this.#load = options.load;
    this.#loadLocation = options.loadLocation;
    this.#geocoder = options.geocoder ?? null;
    this.#now = options.now ?? (() => new Date());
    this.#maxAgeMs = options.maxAgeMs ?? 300_000;
  }

  /**
   * The cached feed. The first call loads it; `force` (refresh) waits for a revalidation and
   * reports its failure; otherwise a stale copy answers at once while it is revalidated.
   */
  #feed(force = false): Promise<Feed> {
    const cached = this.#cached;
    if (!force && cached && this.#now().getTime() - cached.checkedAt < this.#maxAgeMs) {
      return Promise.resolve(cached.feed);
    }
    // One download serves every concurrent caller; each caller's signal only stops its own wait.
    const loading = (this.#loading ??= this.#reload(force).finally(() => {
      this.#loading = undefined;
    }));
    if (force || !cached) return loading;
    loading.catch(() => undefined); // a failed background check is not the caller's failure
    return Promise.resolve(cached.feed);
  }

  async #reload(force: boolean): Promise<Feed> {
    const cached = this.#cached;
    let loaded: FeedLoadResult;
    try {
      loaded = await this.#load({ etag: cached?.etag });
    } catch (error) {
      if (cached && !force) {
        // Keep answering from the copy, and ask again only after another max-age.
        cached.checkedAt = this.#now().getTime();
        return cached.feed;
      }
      throw error;
    }
    const checkedAt = this.#now().getTime();
    if (!loaded) {
      if (!cached)
        throw new IdoError('config', 'The feed loader answered "not modified" to a first request');
      cached.checkedAt = checkedAt;
      return cached.feed;
    }
    this.#cached = { feed: loaded.feed, etag: loaded.etag, leftOut: loaded.leftOut, checkedAt };
    return loaded.feed;
  }

  /**
   * The whole feed as published. Unlike the other calls, which use every valid entry, this
   * rejects with an `IdoValidationError` listing every problem when entries were left out.
   */
  async getFeed(options?: CallOptions): Promise<Feed> {
    const feed = await this.#valid(options);
    const leftOut = this.#cached?.feed === feed ? this.#cached.leftOut : undefined;
    if (leftOut?.length)
      throw new IdoValidationError(
        'feed',
        leftOut.flatMap((e) => e.issues),
      );
    return feed;
  }

  /** The feed's valid entries (invalid ones were left out with a warning). */
  #valid(options?: CallOptions): Promise<Feed> {
    return raceAbort(this.#feed(), options?.signal);
  }

  async refresh(options?: CallOptions): Promise<void> {
    await raceAbort(this.#feed(true), options?.signal);
  }

  async searchLocations(
    query: LocationQuery,
    options?: CallOptions,
  ): Promise<LocationSearchResult> {
    const { search, feed, context } = await this.#searching(query, options);
    return search.searchFeedLocations(feed, query, context);
  }

  async geocode(query: string, options?: CallOptions): Promise<GeocodeResult> {
    const { search, feed, context } = await this.#searching(query, options);
    return search.geocodeWithFeed(feed, query, context);
  }

  /**
   * What a search or geocode needs, loaded side by side: the feed, the search code, and the
   * geocoder's code and answer for `query`, asked while the feed still downloads.
   */
  async #searching(query: LocationQuery | string, options?: CallOptions) {
    const feed = this.#valid(options);
    feed.catch(() => undefined); // awaited below, after the search code has loaded
    if (typeof query === 'string' || query.postcode !== undefined || query.place !== undefined)
      preloadGeocoder(this.#geocoder);
    const search = await feedSearch();
    const signal = options?.signal;
    const geocoder = search.prefetchGeocode(query, { geocoder: this.#geocoder, signal });
    return { search, feed: await feed, context: { geocoder, now: this.#now, signal } };
  }

  async getLocation(id: string, options?: CallOptions): Promise<Location> {
    // A card on a page without a locator reads its one file, not every location.
    if (this.#loadLocation && !this.#cached && !this.#loading)
      return this.#loadLocation(id, { signal: options?.signal });
    const feed = await this.#valid(options);
    const location = feed.locations.find((l) => l.id === id);
    if (!location) throw new IdoNotFoundError('location', id);
    return location;
  }

  async listPartners(filter?: PartnerFilter, options?: CallOptions): Promise<Partner[]> {
    const [feed, { filterPartners }] = await Promise.all([this.#valid(options), feedSearch()]);
    return filterPartners(feed.partners, filter);
  }

  async outreachSessions(
    query: OutreachSessionQuery,
    options?: CallOptions,
  ): Promise<OutreachSession[]> {
    assertOutreachRange(query);
    // A card over a split feed reads its one file: sessions only from a feed already loaded.
    if (this.#loadLocation && !this.#cached && !this.#loading) return [];
    return sessionsBetween((await this.#valid(options)).outreach ?? [], query);
  }

  async getTaxonomy(options?: CallOptions): Promise<Taxonomy> {
    return (await this.#valid(options)).taxonomy;
  }

  submitRegistration(): Promise<RegistrationReceipt> {
    return readOnly('submitRegistration');
  }

  getRegistrationStats(): Promise<RegistrationStats> {
    return readOnly('getRegistrationStats');
  }

  getRegistrationsCsv(): Promise<string> {
    return readOnly('getRegistrationsCsv');
  }

  enrol(): Promise<Enrolment> {
    return readOnly('enrol');
  }

  revokeDevice(): Promise<void> {
    return readOnly('revokeDevice');
  }
}

/** Search code (and its k-d tree) loads on first use: a card that only reads one location skips it. */
const feedSearch = () => import('./feed-search.js');

function readOnly(method: string): Promise<never> {
  return Promise.reject(
    new IdoError(
      'read-only',
      `${method} needs the IDO API: a client made with { feedUrl } is read-only; use { baseUrl }`,
    ),
  );
}
