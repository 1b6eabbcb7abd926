import { IdoGeocodeError } from '../errors/ido-geocode-error.js';
import type { Geocoder } from '../geo/index.js';
import type { GeocodeResult } from '../schemas/api.js';
import { throwIfAborted } from '../sources/abort.js';
import { normalizeText } from '../sources/feed-search.js';

const utrecht = { lat: 52.0907, lon: 5.1214, municipality: 'Utrecht' };
const zwolle = { lat: 52.5106, lon: 6.0946, municipality: 'Zwolle' };
const amsterdam = { lat: 52.3731, lon: 4.8932, municipality: 'Amsterdam' };

/**
 * What the fake geocoder knows: the centres of the fixture municipalities, by postcode (four
 * digits, or with letters) and by place name.
 */
export const fixtureGeocodeTable: Readonly<Record<string, GeocodeResult>> = {
  '3511': { ...utrecht, label: '3511 Utrecht', kind: 'postcode' },
  '3511 AB': { ...utrecht, label: '3511 AB Utrecht', kind: 'postcode' },
  '8011': { ...zwolle, label: '8011 Zwolle', kind: 'postcode' },
  '1012': { ...amsterdam, label: '1012 Amsterdam', kind: 'postcode' },
  Utrecht: { lat: 52.0907, lon: 5.1214, label: 'Utrecht', kind: 'place', municipality: 'Utrecht' },
  Zwolle: { lat: 52.5168, lon: 6.083, label: 'Zwolle', kind: 'place', municipality: 'Zwolle' },
  Amsterdam: {
    lat: 52.3728,
    lon: 4.8936,
    label: 'Amsterdam',
    kind: 'place',
    municipality: 'Amsterdam',
  },
};

const key = (query: string) => normalizeText(query).replace(/\s/g, '');

/**
 * A geocoder that answers from a table, never the network. Keys match ignoring case, spaces and
 * accents; a full postcode not in the table falls back to its four digits ("3511 XY" → "3511").
 * @throws IdoGeocodeError `not-found` for anything else.
 */
export function createTableGeocoder(table: Readonly<Record<string, GeocodeResult>>): Geocoder {
  const entries = new Map(Object.entries(table).map(([k, v]) => [key(k), v]));
  return {
    async geocode(query, options) {
      throwIfAborted(options?.signal);
      const k = key(query);
      const hit =
        entries.get(k) ?? (/^\d{4}[a-z]{2}$/.test(k) ? entries.get(k.slice(0, 4)) : undefined);
      if (!hit)
        throw new IdoGeocodeError('not-found', `The fake geocoder does not know "${query}"`);
      return { ...hit };
    },
  };
}
