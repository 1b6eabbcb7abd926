import * as z from 'zod/mini';
import { GeoPointSchema, HelplineSchema, TextSchema } from './common.js';
import { LocationSchema } from './location.js';

/**
 * Response bodies of the IDO HTTP API (packages/server) that are not a plain domain resource.
 * The server and the SDK's HttpSource validate against these same schemas.
 */

/** Coordinates for a postcode or place, as `GET /v1/geocode` and the SDK's geocoders return them. */
export const GeocodeResultSchema = z.object({
  ...GeoPointSchema.shape,
  /** What to show: "3511 AB Utrecht", "Zwolle". */
  label: TextSchema(200),
  kind: z.enum(['postcode', 'place']),
  municipality: z.optional(TextSchema(80)),
});
export type GeocodeResult = z.infer<typeof GeocodeResultSchema>;

export const SearchOriginSchema = z.object({
  ...GeoPointSchema.shape,
  label: TextSchema(200),
  source: z.enum(['postcode', 'place', 'coordinates']),
});

/** `GET /v1/locations` */
export const LocationSearchResultSchema = z.object({
  origin: z.optional(SearchOriginSchema),
  items: z.array(
    z.object({ location: LocationSchema, distanceKm: z.optional(z.number().check(z.gte(0))) }),
  ),
  total: z.number().check(z.int(), z.gte(0)),
  /** The dataset's national help line, included when nothing was found. */
  helpline: z.optional(HelplineSchema),
});
