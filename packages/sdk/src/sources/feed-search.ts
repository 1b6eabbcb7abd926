import type {
  LocationQuery,
  LocationSearchResult,
  PartnerFilter,
  SearchOrigin,
} from '../contract/ido-client.js';
import { IdoGeocodeError } from '../errors/ido-geocode-error.js';
import {
  countNearby,
  isPostcodeLike,
  nearest,
  parsePostcode,
  type Geocoder,
} from '../geo/index.js';
import { idoHours, openingStatus } from '../hours/index.js';
import { GeoPointSchema, type GeoPoint } from '../schemas/common.js';
import type { GeocodeResult } from '../schemas/api.js';
import type { Feed } from '../schemas/feed.js';
import type { Location } from '../schemas/location.js';
import type { Partner } from '../schemas/partner.js';
import { throwIfAborted } from './abort.js';
import { validate } from './validate.js';

/** Defaults of {@link LocationQuery}, shared by every source. */
export const DEFAULT_RADIUS_KM = 25;
export const DEFAULT_LIMIT = 10;

/** What a local search needs besides the feed. */
export interface FeedSearchContext {
  /** Turns a postcode or place into coordinates; without one, the feed's own addresses are used. */
  geocoder?: Geocoder | null;
  /** The instant for `openNow` when the query gives no `at`. */
  now: () => Date;
  signal?: AbortSignal;
}

/** Lowercase, without accents or extra spaces: "Súdwest-Fryslân " → "sudwest-fryslan". */
export function normalizeText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function centroid(points: readonly GeoPoint[]): GeoPoint {
  const sum = points.reduce((s, p) => ({ lat: s.lat + p.lat, lon: s.lon + p.lon }), {
    lat: 0,
    lon: 0,
  });
  return { lat: sum.lat / points.length, lon: sum.lon / points.length };
}

async function tryGeocoder(
  context: FeedSearchContext,
  query: string,
): Promise<{ result?: GeocodeResult; failure?: unknown }> {
  if (!context.geocoder) return {};
  try {
    return { result: await context.geocoder.geocode(query, { signal: context.signal }) };
  } catch (failure) {
    throwIfAborted(context.signal);
    return { failure };
  }
}

async function geocodePostcode(
  feed: Feed,
  input: string,
  context: FeedSearchContext,
): Promise<GeocodeResult> {
  const postcode = parsePostcode(input);
  const { result, failure } = await tryGeocoder(context, postcode.formatted);
  if (result) return result;
  // Without a (working) geocoder, the libraries in the same four-digit area stand in for it.
  const inArea = feed.locations.filter((l) => l.address.postcode.startsWith(postcode.pc4));
  const first = inArea[0];
  if (first) {
    return {
      ...centroid(inArea.map((l) => l.geo)),
      label: `${postcode.formatted} ${first.address.city}`,
      kind: 'postcode',
      municipality: first.address.municipality,
    };
  }
  throw failure ?? new IdoGeocodeError('not-found', `Postcode ${postcode.formatted} is not known`);
}

async function geocodePlace(
  feed: Feed,
  place: string,
  context: FeedSearchContext,
): Promise<GeocodeResult> {
  const { result, failure } = await tryGeocoder(context, place.trim());
  if (result) return result;
  const wanted = normalizeText(place);
  const inCity = feed.locations.filter((l) => normalizeText(l.address.city) === wanted);
  const matches = inCity.length
    ? inCity
    : feed.locations.filter((l) => normalizeText(l.address.municipality) === wanted);
  const first = matches[0];
  if (first) {
    return {
      ...centroid(matches.map((l) => l.geo)),
      label: inCity.length ? first.address.city : first.address.municipality,
      kind: 'place',
      municipality: first.address.municipality,
    };
  }
  throw failure ?? new IdoGeocodeError('not-found', `No place called "${place.trim()}" is known`);
}

/**
 * Turns a postcode or place into coordinates: with the geocoder when there is one and it
 * answers, otherwise from the feed itself (the centroid of its locations in that four-digit
 * postcode area, or in that city or municipality).
 * @throws IdoPostcodeError for a malformed postcode; IdoGeocodeError when nothing is found.
 */
export function geocodeWithFeed(
  feed: Feed,
  query: string,
  context: FeedSearchContext,
): Promise<GeocodeResult> {
  return isPostcodeLike(query)
    ? geocodePostcode(feed, query, context)
    : geocodePlace(feed, query, context);
}

/**
 * The text a query will ask the geocoder for (`undefined`: none, or a postcode so malformed that
 * the search will reject it before asking).
 */
function geocoderText(query: LocationQuery | string): string | undefined {
  const text = typeof query === 'string' ? query : (query.postcode ?? query.place);
  if (text === undefined) return undefined;
  const asPostcode = typeof query !== 'string' && query.postcode !== undefined;
  try {
    return asPostcode || isPostcodeLike(text) ? parsePostcode(text).formatted : text.trim();
  } catch {
    return undefined;
  }
}

/**
 * Starts the geocoder now on the text `query` will ask it for, so its answer (and the download of
 * its code) overlaps the feed's download instead of following it. A search always asks the
 * geocoder before it looks at the feed, so nothing is asked that would not have been. Returns
 * the geocoder to search with: it answers that text from the call already under way.
 */
export function prefetchGeocode(
  query: LocationQuery | string,
  context: Pick<FeedSearchContext, 'geocoder' | 'signal'>,
): Geocoder | null | undefined {
  const { geocoder } = context;
  const text = geocoder ? geocoderText(query) : undefined;
  if (!geocoder || text === undefined) return geocoder;
  const started = geocoder.geocode(text, { signal: context.signal });
  started.catch(() => undefined); // the search that asks for it receives the failure
  return {
    geocode: (asked, options) => (asked === text ? started : geocoder.geocode(asked, options)),
  };
}

const toOrigin = (r: GeocodeResult, source: SearchOrigin['source']): SearchOrigin => ({
  lat: r.lat,
  lon: r.lon,
  label: r.label,
  source,
});

/**
 * Where a query is measured from: a postcode, then a place (a place that looks like a postcode
 * is taken as one), then coordinates. `undefined` when the query names none.
 * @throws IdoPostcodeError for a malformed postcode; IdoGeocodeError when nothing is found.
 */
export async function resolveOrigin(
  feed: Feed,
  query: LocationQuery,
  context: FeedSearchContext,
): Promise<SearchOrigin | undefined> {
  if (query.postcode !== undefined)
    return toOrigin(await geocodePostcode(feed, query.postcode, context), 'postcode');
  if (query.place !== undefined) {
    const postcodeLike = isPostcodeLike(query.place);
    return toOrigin(
      await geocodeWithFeed(feed, query.place, context),
      postcodeLike ? 'postcode' : 'place',
    );
  }
  if (query.near !== undefined) {
    const near = validate(GeoPointSchema, query.near, 'query.near');
    return {
      ...near,
      label: `${near.lat.toFixed(5)}, ${near.lon.toFixed(5)}`,
      source: 'coordinates',
    };
  }
  return undefined;
}

/** Whether the IDO (or, without IDO hours, the library) is open at `at`. */
export function isOpenAt(location: Location, at: Date): boolean {
  return openingStatus(idoHours(location).hours, at).state === 'open';
}

/**
 * Answers a location query over a feed: nearest first within `radiusKm` (default 25) when the
 * query has an origin, otherwise every location by name. `limit` (default 10) caps the items;
 * without an origin it applies only when given. `total` counts matches before the cap.
 * `services`, `organisation` and `openNow` filter either way.
 */
export async function searchFeedLocations(
  feed: Feed,
  query: LocationQuery,
  context: FeedSearchContext,
): Promise<LocationSearchResult> {
  throwIfAborted(context.signal);
  const origin = await resolveOrigin(feed, query, context);
  throwIfAborted(context.signal);
  const at = query.at ?? context.now();
  const services = query.services ?? [];
  const organisation =
    query.organisation === undefined ? undefined : normalizeText(query.organisation);
  const keep = (l: Location) =>
    services.every((s) => l.services.includes(s)) &&
    (organisation === undefined || normalizeText(l.organisation) === organisation) &&
    (!query.openNow || isOpenAt(l, at));

  if (origin) {
    const limit = Math.max(0, Math.floor(query.limit ?? DEFAULT_LIMIT));
    const within = { maxKm: query.radiusKm ?? DEFAULT_RADIUS_KM, filter: keep };
    // The nearest `limit` from the index; the rest within the radius only counted, not sorted.
    const found = nearest(feed.locations, origin, { ...within, limit });
    return withHelpline(feed, {
      origin,
      items: found.map((n) => ({ location: n.item, distanceKm: n.distanceKm })),
      total: found.length < limit ? found.length : countNearby(feed.locations, origin, within),
    });
  }
  const all = feed.locations.filter(keep).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const items =
    query.limit === undefined ? all : all.slice(0, Math.max(0, Math.floor(query.limit)));
  return withHelpline(feed, { items: items.map((location) => ({ location })), total: all.length });
}

/** Nothing found: the next step a resident can take is the help line, so it comes along. */
function withHelpline(feed: Feed, result: LocationSearchResult): LocationSearchResult {
  return result.total === 0 && feed.helpline ? { ...result, helpline: feed.helpline } : result;
}

/**
 * Partners matching every given filter, by name: `theme` and `kind` exactly, `municipality`
 * ignoring case and accents, `q` as words that must all occur in the name, description or kind
 * (case and accents ignored: "cliënt" finds "Clientondersteuning", "SCHULD" finds "schulden").
 * Pure: browsers filtering a loaded list and the server answer with this one function.
 */
export function filterPartners(
  partners: readonly Partner[],
  filter: PartnerFilter = {},
): Partner[] {
  const municipality = filter.municipality ? normalizeText(filter.municipality) : undefined;
  const words = filter.q ? normalizeText(filter.q).split(' ').filter(Boolean) : [];
  return partners
    .filter((p) => {
      if (filter.theme && !p.themes.includes(filter.theme)) return false;
      if (filter.kind && p.kind !== filter.kind) return false;
      if (municipality && !p.municipalities.some((m) => normalizeText(m) === municipality))
        return false;
      if (words.length) {
        const text = normalizeText(`${p.name} ${p.description} ${p.kind}`);
        if (!words.every((w) => text.includes(w))) return false;
      }
      return true;
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
