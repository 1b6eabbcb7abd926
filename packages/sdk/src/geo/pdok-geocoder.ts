import ky, { isHTTPError } from 'ky';
import { IdoGeocodeError } from '../errors/ido-geocode-error.js';
import type { GeocodeResult } from '../schemas/api.js';
import { NETHERLANDS_BOUNDS } from '../schemas/bounds.js';
import { LruCache } from './lru.js';
import type { PdokDoc } from './pdok-response.js';
import { isPostcodeLike, parsePostcode, type ParsedPostcode } from './postcode.js';

/** Turns what a resident typed (a postcode or a place name) into coordinates. */
export interface Geocoder {
  /**
   * Coordinates for a postcode ("3511 AB", "3511") or a place or municipality name ("Zwolle").
   * @throws {IdoGeocodeError} `reason` `'too-short'`, `'not-found'` or `'unavailable'`.
   * @throws {IdoPostcodeError} when the input is a postcode attempt that is not a postcode.
   * @throws the signal's reason (an `AbortError`) when `signal` aborts.
   */
  geocode(query: string, options?: { signal?: AbortSignal }): Promise<GeocodeResult>;
}

/** Options of {@link PdokGeocoder}. */
export interface PdokGeocoderOptions {
  /**
   * The Locatieserver root, without a trailing slash; point it at a proxy or a test stub.
   * @default 'https://api.pdok.nl/bzk/locatieserver/search/v3_1'
   */
  baseUrl?: string;
  /** The fetch to use (tests, instrumentation). @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Fewest characters of a place name worth sending. Postcodes always need all four digits. @default 2 */
  minLength?: number;
  /** How many answers (found or not) to remember; 0 turns the cache off. @default 200 */
  cacheSize?: number;
  /** Retries after a 408, 429 or 5xx answer or a network failure, with backoff. @default 2 */
  retries?: number;
}

/** PDOK's public Locatieserver, version 3.1. */
export const PDOK_LOCATIESERVER_URL = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1';

// The fields we read; asking for only these keeps answers small (PDOK is a fair-use service).
const FIELDS = 'id,type,weergavenaam,postcode,woonplaatsnaam,gemeentenaam,centroide_ll';
// A PC4 area holds about 120 PC6 postcodes on average; their mean centre is its address-weighted
// middle, a better origin than any single PC6 (which can lie a few kilometres off-centre).
const PC4_ROWS = 100;
// Longer than this and a resident is better off trying again later than watching a spinner.
const MAX_RETRY_AFTER_MS = 5_000;
const TIMEOUT_MS = 10_000;

// The answer's check (zod), loaded beside the request rather than before it.
const pdokResponse = () => import('./pdok-response.js');
// Well-known text as PDOK writes it: longitude first, then latitude.
const WKT_POINT = /^POINT\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)$/;

// Solr query syntax; a resident's "Bergen (NH)" must not become a parse error at PDOK.
const SOLR_SYNTAX = /[+\-&|!(){}[\]^"~*?:\\/]/g;

const UNAVAILABLE = 'Looking up places is not available right now. Please try again in a minute.';

/**
 * A {@link Geocoder} backed by PDOK's Locatieserver (free, keyless, fair use).
 *
 * - Full postcodes (PC6): `free?q=3511AB&fq=type:postcode AND postcode:3511AB&rows=1`; the filter
 *   makes the match exact, so a typo is "not found" rather than a neighbouring postcode.
 * - Four digits (PC4): Locatieserver has no PC4 objects, so `free?fq=type:postcode AND
 *   postcode:3511*&rows=100` (no `q`, which `free` allows) and the mean of the PC6 centres.
 * - Place names: `suggest?q=…&fq=type:(woonplaats OR gemeente)&rows=1`; suggest matches
 *   prefixes, so "Amersf" finds Amersfoort.
 *
 * Answers, including "not found", are kept in an LRU cache (postcodes rarely move). HTTP goes
 * through ky, which the SDK's client uses too: it retries 408/429/5xx and network failures with
 * exponential backoff and honours `Retry-After` (up to 5 s; a longer wait fails at once with
 * `'unavailable'`, as does running out of retries). Each attempt times out after 10 s.
 */
export class PdokGeocoder implements Geocoder {
  readonly #baseUrl: string;
  readonly #fetch: typeof fetch | undefined;
  readonly #minLength: number;
  readonly #retries: number;
  readonly #cache: LruCache<string, GeocodeResult | null>;

  constructor(options: PdokGeocoderOptions = {}) {
    this.#baseUrl = (options.baseUrl ?? PDOK_LOCATIESERVER_URL).replace(/\/+$/, '');
    this.#fetch = options.fetch;
    this.#minLength = options.minLength ?? 2;
    this.#retries = options.retries ?? 2;
    this.#cache = new LruCache(options.cacheSize ?? 200);
  }

  /** See {@link Geocoder.geocode}; postcode-like input (see `isPostcodeLike`) goes to postcode search. */
  async geocode(query: string, options: { signal?: AbortSignal } = {}): Promise<GeocodeResult> {
    const { signal } = options;
    signal?.throwIfAborted();
    if (isPostcodeLike(query)) {
      const text = query.normalize('NFKC').trim();
      if (/^\d{0,3}$/.test(text)) {
        throw new IdoGeocodeError(
          'too-short',
          'Type all four digits of the postcode, like 1234 or 1234 AB.',
        );
      }
      const postcode = parsePostcode(text);
      const notFound = `We could not find postcode ${postcode.formatted}. Check the postcode, or search by place name.`;
      return this.#cached(`postcode:${postcode.formatted}`, notFound, () =>
        postcode.letters === undefined
          ? this.#geocodePc4(postcode, signal)
          : this.#geocodePc6(postcode, signal),
      );
    }
    const place = query.normalize('NFKC').replace(SOLR_SYNTAX, ' ').replace(/\s+/g, ' ').trim();
    if ([...place].length < Math.max(1, this.#minLength)) {
      throw new IdoGeocodeError(
        'too-short',
        this.#minLength > 1
          ? `Type at least ${this.#minLength} letters of the place name.`
          : 'Type a place name.',
      );
    }
    const notFound = `We could not find a place called "${place}". Check the spelling, or search by postcode.`;
    return this.#cached(`place:${place.toLowerCase()}`, notFound, () =>
      this.#geocodePlace(place, signal),
    );
  }

  async #cached(
    key: string,
    notFound: string,
    lookup: () => Promise<GeocodeResult | null>,
  ): Promise<GeocodeResult> {
    let result = this.#cache.get(key);
    if (result === undefined) {
      result = await lookup();
      this.#cache.set(key, result);
    }
    if (result === null) throw new IdoGeocodeError('not-found', notFound);
    return { ...result };
  }

  async #geocodePc6(postcode: ParsedPostcode, signal?: AbortSignal): Promise<GeocodeResult | null> {
    const compact = `${postcode.pc4}${postcode.letters}`;
    const docs = await this.#search(
      'free',
      { q: compact, fq: `type:postcode AND postcode:${compact}`, rows: '1' },
      signal,
    );
    // Guard against a filter the service ignored: a neighbour's postcode would mislead.
    const doc = docs.find((d) => d.postcode?.replace(/\s/g, '').toUpperCase() === compact);
    if (!doc) return null;
    return {
      ...pointOf(doc),
      label: joinLabel(postcode.formatted, doc.woonplaatsnaam),
      kind: 'postcode',
      ...(doc.gemeentenaam ? { municipality: doc.gemeentenaam } : {}),
    };
  }

  async #geocodePc4(postcode: ParsedPostcode, signal?: AbortSignal): Promise<GeocodeResult | null> {
    const docs = (
      await this.#search(
        'free',
        // No q: free-text matching of four bare digits is not something to rely on; the filter
        // alone selects the area's postcodes.
        { fq: `type:postcode AND postcode:${postcode.pc4}*`, rows: `${PC4_ROWS}` },
        signal,
      )
    ).filter((d) => d.postcode?.startsWith(postcode.pc4));
    if (docs.length === 0) return null;
    const points = docs.map(pointOf);
    const municipality = mostCommon(docs.map((d) => d.gemeentenaam));
    return {
      lat: points.reduce((sum, p) => sum + p.lat, 0) / points.length,
      lon: points.reduce((sum, p) => sum + p.lon, 0) / points.length,
      label: joinLabel(postcode.pc4, mostCommon(docs.map((d) => d.woonplaatsnaam))),
      kind: 'postcode',
      ...(municipality ? { municipality } : {}),
    };
  }

  async #geocodePlace(place: string, signal?: AbortSignal): Promise<GeocodeResult | null> {
    const [doc] = await this.#search(
      'suggest',
      { q: place, fq: 'type:(woonplaats OR gemeente)', rows: '1' },
      signal,
    );
    if (!doc) return null;
    const label =
      (doc.type === 'gemeente' ? doc.gemeentenaam : doc.woonplaatsnaam) ??
      doc.weergavenaam ??
      place;
    return {
      ...pointOf(doc),
      label,
      kind: 'place',
      ...(doc.gemeentenaam ? { municipality: doc.gemeentenaam } : {}),
    };
  }

  async #search(
    endpoint: 'free' | 'suggest',
    params: Record<string, string>,
    signal?: AbortSignal,
  ): Promise<PdokDoc[]> {
    const url = `${this.#baseUrl}/${endpoint}?${new URLSearchParams({ ...params, fl: FIELDS })}`;
    // Started with the request; a failure to load reaches the `await` below.
    const check = pdokResponse();
    check.catch(() => undefined);
    let body: unknown;
    try {
      body = await ky
        .get(url, {
          ...(this.#fetch ? { fetch: this.#fetch } : {}),
          ...(signal ? { signal } : {}),
          timeout: TIMEOUT_MS,
          headers: { accept: 'application/json' },
          retry: {
            limit: this.#retries,
            methods: ['get'],
            statusCodes: [408, 429, 500, 502, 503, 504],
            afterStatusCodes: [429, 503],
            shouldRetry: ({ error }) =>
              isHTTPError(error) && retryAfterMs(error.response.headers) > MAX_RETRY_AFTER_MS
                ? false
                : undefined,
          },
        })
        .json();
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw new IdoGeocodeError('unavailable', UNAVAILABLE, { cause: error });
    }
    let read: Awaited<ReturnType<typeof pdokResponse>>['readPdokResponse'];
    try {
      ({ readPdokResponse: read } = await check);
    } catch (error) {
      // The check's chunk did not download: the answer cannot be read either.
      throw new IdoGeocodeError('unavailable', UNAVAILABLE, { cause: error });
    }
    const answer = read(body);
    if (answer.error)
      throw new IdoGeocodeError('unavailable', UNAVAILABLE, { cause: answer.error });
    return answer.docs;
  }
}

/** Reads `centroide_ll` ("POINT(lon lat)"), refusing points outside the Netherlands. */
function pointOf(doc: PdokDoc): { lat: number; lon: number } {
  const match = WKT_POINT.exec(doc.centroide_ll ?? '');
  const lon = Number(match?.[1]);
  const lat = Number(match?.[2]);
  const b = NETHERLANDS_BOUNDS;
  if (!match || !(lat >= b.minLat && lat <= b.maxLat && lon >= b.minLon && lon <= b.maxLon)) {
    throw new IdoGeocodeError('unavailable', UNAVAILABLE, {
      cause: new Error(`Unexpected centroide_ll ${JSON.stringify(doc.centroide_ll)}`),
    });
  }
  return { lat, lon };
}

function joinLabel(first: string, place: string | undefined): string {
  return place ? `${first} ${place}` : first;
}

function mostCommon(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const value of values) {
    if (!value) continue;
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (best === undefined || count > counts.get(best)!) best = value;
  }
  return best;
}

/** The wait a `Retry-After` header asks for, in ms (0 when absent or unreadable). */
function retryAfterMs(headers: Headers): number {
  const value = headers.get('retry-after')?.trim();
  if (!value) return 0;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? 0 : at - Date.now();
}
