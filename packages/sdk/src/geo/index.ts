/**
 * Geo: postcode parsing, distances, nearest search and geocoding (PDOK Locatieserver, browser
 * geolocation).
 */
export { parsePostcode, isPostcodeLike, type ParsedPostcode } from './postcode.js';
export { distanceKm, EARTH_RADIUS_KM } from './distance.js';
export {
  nearest,
  countNearby,
  prepareNearest,
  createGeoIndex,
  type GeoIndex,
  type NearestOptions,
  type Nearby,
} from './nearest.js';
export {
  PdokGeocoder,
  PDOK_LOCATIESERVER_URL,
  type Geocoder,
  type PdokGeocoderOptions,
} from './pdok-geocoder.js';
export { currentPosition, type CurrentPositionOptions } from './current-position.js';
