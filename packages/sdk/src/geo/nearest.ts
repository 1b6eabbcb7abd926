import KDBush from 'kdbush';
import { around } from 'geokdbush';
import type { GeoPoint } from '../schemas/common.js';
import { EARTH_RADIUS_KM, haversineKm } from './distance.js';

/** What to return from a nearest-search. */
export interface NearestOptions<T> {
  /** At most this many results. @default Infinity (all, nearest first) */
  limit?: number;
  /** Only items at most this many kilometres away. @default Infinity */
  maxKm?: number;
  /** Only items for which this returns true (called for candidates, not necessarily for all). */
  filter?: (item: T) => boolean;
}

/** One result of a nearest-search. */
export interface Nearby<T> {
  item: T;
  /** Haversine distance from the origin, exactly as {@link distanceKm} computes it. */
  distanceKm: number;
}

/** A spatial index over a fixed list of items, built once, queried many times. */
export interface GeoIndex<T> {
  /**
   * The items nearest to `origin`, nearest first; items at the same distance keep their order in
   * the list the index was built from. The result is exactly what sorting every item by
   * {@link distanceKm} would give, found without looking at most of them.
   * @throws {RangeError} when `origin` has no finite coordinates, or `limit`/`maxKm` is negative.
   */
  nearest(origin: GeoPoint, options?: NearestOptions<T>): Nearby<T>[];
  /**
   * How many items lie at most `maxKm` from `origin` (and pass `filter`): the length of
   * `nearest(origin, { maxKm, filter })`, counted without measuring or sorting most of them.
   * @throws {RangeError} when `origin` has no finite coordinates or `maxKm` is negative.
   */
  count(origin: GeoPoint, options?: Omit<NearestOptions<T>, 'limit'>): number;
}

// geokdbush measures on a sphere of 6371 km, we on 6371.0088 km: the same order, another scale.
const TO_GEOKDBUSH_KM = 6371 / EARTH_RADIUS_KM;
// Both libraries round differently in the last bits; a micrometre and a billionth are far above
// that noise and far below anything a resident could tell apart.
const slack = (km: number): number => km * 1e-9 + 1e-9;
// Half the circumference reaches every point; beyond it geokdbush's haversine bound would wrap.
const HALF_CIRCUMFERENCE_KM = Math.PI * EARTH_RADIUS_KM;
const DEG = 180 / Math.PI;
const toGeokdbushKm = (km: number): number | undefined =>
  km >= HALF_CIRCUMFERENCE_KM ? undefined : (km + slack(km)) * TO_GEOKDBUSH_KM;

interface Candidate {
  index: number;
  distanceKm: number;
}

const byDistanceThenIndex = (a: Candidate, b: Candidate): number =>
  a.distanceKm - b.distanceKm || a.index - b.index;

/**
 * Builds a {@link GeoIndex} over `items` (a k-d tree from kdbush, searched on the sphere by
 * geokdbush). Items whose point has no finite `lat`/`lon` are left out. The index reads the
 * points once: build a new one when the items or their coordinates change.
 * @example
 * const index = createGeoIndex(locations, (l) => l.geo);
 * index.nearest({ lat: 52.09, lon: 5.12 }, { limit: 10, maxKm: 25 });
 */
export function createGeoIndex<T>(
  items: readonly T[],
  pointOf: (item: T) => GeoPoint,
): GeoIndex<T> {
  const lats: number[] = [];
  const lons: number[] = [];
  const itemIndex: number[] = [];
  items.forEach((item, i) => {
    const { lat, lon } = pointOf(item);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) return;
    lats.push(lat);
    lons.push(lon);
    itemIndex.push(i);
  });
  const size = itemIndex.length;
  const tree = new KDBush(size);
  for (let id = 0; id < size; id++) tree.add(lons[id]!, lats[id]!);
  tree.finish();

  const candidatesOf = (origin: GeoPoint, ids: number[]): Candidate[] =>
    ids.map((id) => ({
      index: itemIndex[id]!,
      distanceKm: haversineKm(origin.lat, origin.lon, lats[id]!, lons[id]!),
    }));

  // Every point of a spherical cap lies in this latitude/longitude box (split where it crosses
  // the antimeridian), widened a little against rounding; the exact distance decides inside.
  const boxesAround = (origin: GeoPoint, km: number): [number, number, number, number][] => {
    const margin = 1e-9;
    const dLat = (km / EARTH_RADIUS_KM) * DEG;
    const minLat = origin.lat - dLat - margin;
    const maxLat = origin.lat + dLat + margin;
    if (km >= HALF_CIRCUMFERENCE_KM || minLat <= -90 || maxLat >= 90)
      return [[-180, Math.max(-90, minLat), 180, Math.min(90, maxLat)]];
    const ratio = Math.sin(km / EARTH_RADIUS_KM) / Math.cos(origin.lat / DEG);
    if (ratio >= 1) return [[-180, minLat, 180, maxLat]];
    const dLon = Math.asin(ratio) * DEG + margin;
    const west = origin.lon - dLon;
    const east = origin.lon + dLon;
    if (west < -180)
      return [
        [west + 360, minLat, 180, maxLat],
        [-180, minLat, east, maxLat],
      ];
    if (east > 180)
      return [
        [west, minLat, 180, maxLat],
        [-180, minLat, east - 360, maxLat],
      ];
    return [[west, minLat, east, maxLat]];
  };

  return {
    count(origin, options = {}) {
      const { maxKm = Infinity, filter } = options;
      if (!Number.isFinite(origin.lat) || !Number.isFinite(origin.lon)) {
        throw new RangeError('count(): origin needs finite lat and lon');
      }
      if (!(maxKm >= 0)) throw new RangeError('count(): maxKm must be zero or more');
      let n = 0;
      for (const [minX, minY, maxX, maxY] of boxesAround(origin, maxKm)) {
        for (const id of tree.range(minX, minY, maxX, maxY)) {
          if (haversineKm(origin.lat, origin.lon, lats[id]!, lons[id]!) > maxKm) continue;
          if (filter && !filter(items[itemIndex[id]!]!)) continue;
          n++;
        }
      }
      return n;
    },

    nearest(origin, options = {}) {
      const { limit = Infinity, maxKm = Infinity, filter } = options;
      if (!Number.isFinite(origin.lat) || !Number.isFinite(origin.lon)) {
        throw new RangeError('nearest(): origin needs finite lat and lon');
      }
      if (!(limit >= 0) || !(maxKm >= 0)) {
        throw new RangeError('nearest(): limit and maxKm must be zero or more');
      }
      const count = Math.floor(limit);
      if (count === 0 || size === 0) return [];
      const predicate = filter && ((id: number) => filter(items[itemIndex[id]!]!));
      const search = (maxResults: number, withinKm: number): Candidate[] =>
        candidatesOf(
          origin,
          around(tree, origin.lon, origin.lat, maxResults, toGeokdbushKm(withinKm), predicate),
        ).sort(byDistanceThenIndex);

      // Ask for one more than needed: if it is clearly farther than the last one kept, no item
      // outside the answer can be as near as that last one, so nothing hides in a tie.
      let found = search(count + 1, maxKm);
      if (found.length > count) {
        const last = found[count - 1]!.distanceKm;
        if (found[count]!.distanceKm - last <= slack(last)) {
          // A tie (or a near-tie within rounding) straddles the cut: take everything up to the
          // cut's distance, so that ties are settled by input order as a full sort would.
          found = search(Infinity, Math.min(maxKm, last + slack(last)));
        }
      }
      return found
        .filter((c) => c.distanceKm <= maxKm)
        .slice(0, count)
        .map((c) => ({ item: items[c.index]!, distanceKm: c.distanceKm }));
    },
  };
}

// Keyed by the caller's array, so an index lives exactly as long as its data.
const cache = new WeakMap<readonly unknown[], { length: number; index: GeoIndex<unknown> }>();

const pointOfItem = (item: { geo: GeoPoint } | GeoPoint): GeoPoint =>
  'geo' in item ? item.geo : item;

/**
 * Builds the index {@link nearest} and {@link countNearby} use for `points` now, instead of on
 * their first call: a server does this when it loads a dataset, so its first search after a
 * restart does not wait for it. Cheap when the index is already there.
 * @example prepareNearest(snapshot.locations)
 */
export function prepareNearest<T extends { geo: GeoPoint } | GeoPoint>(points: readonly T[]): void {
  indexOf(points);
}

/** The index of `points`, built on first use and again when the array's length changed. */
function indexOf<T extends { geo: GeoPoint } | GeoPoint>(points: readonly T[]): GeoIndex<T> {
  let cached = cache.get(points);
  if (!cached || cached.length !== points.length) {
    const index = createGeoIndex(points, pointOfItem) as GeoIndex<unknown>;
    cached = { length: points.length, index };
    cache.set(points, cached);
  }
  return cached.index as GeoIndex<T>;
}

/**
 * The items of `points` nearest to `origin`, nearest first, with their distances; ties keep the
 * order of `points`. Accepts plain points or anything with a `geo` point (such as a Location).
 *
 * The spatial index is built on the first call for a given array and reused for later calls
 * with the same array (it is rebuilt if the array's length changed). Treat the array as
 * immutable: pass a new array when the data changes.
 * @example nearest(feed.locations, origin, { limit: 10, maxKm: 25 })
 */
export function nearest<T extends { geo: GeoPoint } | GeoPoint>(
  points: readonly T[],
  origin: GeoPoint,
  options?: NearestOptions<T>,
): Nearby<T>[] {
  return indexOf(points).nearest(origin, options);
}

/**
 * How many of `points` lie at most `maxKm` from `origin` (and pass `filter`): what
 * `nearest(points, origin, { maxKm, filter }).length` says, without sorting them. With
 * `nearest(…, { limit })` it answers "the 10 nearest of 2 345 within 25 km" cheaply.
 * @example countNearby(feed.locations, origin, { maxKm: 25 })
 */
export function countNearby<T extends { geo: GeoPoint } | GeoPoint>(
  points: readonly T[],
  origin: GeoPoint,
  options?: Omit<NearestOptions<T>, 'limit'>,
): number {
  return indexOf(points).count(origin, options);
}
