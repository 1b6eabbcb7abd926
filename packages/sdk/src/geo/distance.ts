import type { GeoPoint } from '../schemas/common.js';

/** The mean Earth radius (IUGG), in kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

/**
 * Great-circle distance in kilometres by the haversine formula. The single implementation behind
 * {@link distanceKm} and the nearest-search, so both give bit-identical numbers for the same pair.
 * @internal
 */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const sinDLat = Math.sin(((lat2 - lat1) * RAD) / 2);
  const sinDLon = Math.sin(((lon2 - lon1) * RAD) / 2);
  const h = sinDLat * sinDLat + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * sinDLon * sinDLon;
  // Rounding can push h a hair above 1 for antipodal points; asin would then return NaN.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, h)));
}

/**
 * Straight-line ("as the crow flies") distance between two WGS84 points in kilometres, by the
 * haversine formula on a sphere of radius {@link EARTH_RADIUS_KM}. Within the Netherlands it
 * differs from the ellipsoidal distance by less than 0.5 %.
 * @example distanceKm({ lat: 52.3791, lon: 4.9003 }, { lat: 52.0894, lon: 5.1101 }) // ≈ 35.3
 */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  return haversineKm(a.lat, a.lon, b.lat, b.lon);
}
