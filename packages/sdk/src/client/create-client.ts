import { IdoError } from '../errors/ido-error.js';
import { lazyGeocoder } from '../geo/lazy-geocoder.js';
import type { Geocoder } from '../geo/pdok-geocoder.js';
import { httpFeedLoader, httpLocationLoader } from '../sources/feed-loader.js';
import { FeedSource } from '../sources/feed-source.js';
import { HttpTransport } from '../sources/http-transport.js';
import { HttpSource, type TokenProvider } from '../sources/http-source.js';
import type { IdoClient } from '../contract/ido-client.js';

/** How to reach the data. Give exactly one of `feedUrl` and `baseUrl`. */
export interface IdoClientOptions {
  /**
   * A static `feed.json` (e.g. on the library's own web host). Everything is then computed in
   * the browser; the client is read-only.
   * A URL ending in `/` names a folder written by `idokit-server export-feed --split`:
   * `feed.json` in it, and `locations/<id>.json` so that `getLocation` reads one small file.
   * @example 'https://bibliotheek.example/ido/feed.json'
   */
  feedUrl?: string | URL;
  /**
   * The IDO API's base URL; routes are under `/v1`.
   * @example 'https://ido.bibliotheek.example'
   */
  baseUrl?: string | URL;
  /** The `fetch` to use (tests, server-side rendering, instrumentation). @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Milliseconds to wait for each attempt's answer before an `IdoNetworkError` (code `timeout`). @default 10000 */
  timeout?: number;
  /**
   * How many times a failed read (network error, 408, 5xx) is retried with exponential backoff.
   * Writes are retried only when the server deduplicates them (registrations, by id). @default 2
   */
  retry?: number;
  /**
   * Turns postcodes and places into coordinates. Default: with `baseUrl` the API's
   * `/v1/geocode` (no third-party request from the page); with `feedUrl` PDOK's Locatieserver,
   * called from the browser. `null` disables it: a feed client then uses the feed's own addresses.
   */
  geocoder?: Geocoder | null;
  /**
   * The device token for staff calls (registrations, stats), or a function that reads it at call
   * time (from storage, after enrolment).
   */
  token?: TokenProvider;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
  /** The clock, for "open now" without an explicit `at`. @default () => new Date() */
  now?: () => Date;
}

/**
 * Creates the client every element and app talks to.
 *
 * @example
 * const client = createIdoClient({ baseUrl: 'https://ido.bibliotheek.example' });
 * const { items } = await client.searchLocations({ postcode: '3511 AB', openNow: true });
 * @throws IdoError with code `config` unless exactly one of `feedUrl` and `baseUrl` is given.
 */
export function createIdoClient(options: IdoClientOptions): IdoClient {
  const { feedUrl, baseUrl } = options;
  if ((feedUrl === undefined) === (baseUrl === undefined)) {
    throw new IdoError(
      'config',
      feedUrl === undefined
        ? 'createIdoClient needs { feedUrl } (a static feed.json) or { baseUrl } (the IDO API)'
        : 'createIdoClient takes { feedUrl } or { baseUrl }, not both',
    );
  }
  const transport = new HttpTransport({
    prefix: baseUrl === undefined ? undefined : String(baseUrl),
    fetch: options.fetch,
    timeout: options.timeout,
    retry: options.retry,
    headers: options.headers,
    now: options.now,
  });
  if (feedUrl !== undefined) {
    // A folder (`…/ido/`) is a split feed: feed.json and locations/<id>.json inside it.
    const folder = String(feedUrl).endsWith('/') ? String(feedUrl) : undefined;
    return new FeedSource({
      load: httpFeedLoader(transport, folder ? `${folder}feed.json` : String(feedUrl)),
      ...(folder ? { loadLocation: httpLocationLoader(transport, folder) } : {}),
      geocoder:
        options.geocoder === undefined
          ? lazyGeocoder(() =>
              import('../geo/pdok-geocoder.js').then(
                ({ PdokGeocoder }) =>
                  new PdokGeocoder(options.fetch ? { fetch: options.fetch } : {}),
              ),
            )
          : options.geocoder,
      now: options.now,
    });
  }
  return new HttpSource({ transport, token: options.token, geocoder: options.geocoder });
}
