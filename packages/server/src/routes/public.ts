import {
  filterPartners,
  geocodeWithFeed,
  searchFeedLocations,
  isIdoGeocodeError,
  isIdoPostcodeError,
  LOCATION_SERVICES,
  IsoDateTimeSchema,
  PartnerKindSchema,
  SlugSchema,
  TaxonomySchema,
  type GeoPoint,
} from '@idokit/sdk';
import * as z from 'zod/mini';
import { cacheableResponse } from '../http/cache.js';
import { preparedFor, preparedResponse } from '../http/precomputed.js';
import { HttpProblem, validationProblem } from '../http/problem.js';
import { taxonomyAt } from '../data/dataset.js';
import { defineRoute, type AnyRoute } from '../openapi/route.js';
import type { RouteDeps } from './deps.js';

const problems = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((s) => [s, { description: PROBLEM_TEXT[s] ?? 'Error', schema: 'Problem' }]),
  );
const PROBLEM_TEXT: Record<number, string> = {
  400: 'A parameter is not valid (`validation`, with `errors: [{ path, message }]`)',
  404: 'Not found (`not-found`)',
  502: 'The geocoder (PDOK) failed (`upstream-unavailable`)',
};
const cached = (description: string, schema: string) => ({
  200: { description, schema },
  304: { description: 'Not modified: the `If-None-Match` ETag is current' },
});

/** Query of `GET /v1/categories`. */
const CategoriesQuerySchema = z.object({
  version: z.optional(
    TaxonomySchema.shape.version.check(z.describe('A version (default: the one in force)')),
  ),
});

const COORDINATES = /^\s*(-?\d{1,3}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/;

/** Query of `GET /v1/locations`. */
export const LocationsQuerySchema = z
  .object({
    postcode: z.optional(
      z
        .string()
        .check(
          z.minLength(4),
          z.maxLength(10),
          z.describe('A Dutch postcode: "1234AB", "1234 AB" or "1234"'),
        ),
    ),
    place: z.optional(
      z
        .string()
        .check(
          z.trim(),
          z.minLength(2),
          z.maxLength(80),
          z.describe('A place or municipality: "Zwolle"'),
        ),
    ),
    near: z.optional(
      z.pipe(
        z
          .string()
          .check(
            z.regex(COORDINATES, 'Must be "lat,lon", e.g. "52.09,5.12"'),
            z.describe('Coordinates "lat,lon" (WGS84), e.g. "52.09,5.12"'),
          ),
        z.pipe(
          z.transform((s: string): GeoPoint => {
            const [, lat, lon] = COORDINATES.exec(s)!;
            return { lat: Number(lat), lon: Number(lon) };
          }),
          z.object({
            lat: z
              .number()
              .check(
                z.gte(-90, 'Latitude must be between -90 and 90'),
                z.lte(90, 'Latitude must be between -90 and 90'),
              ),
            lon: z
              .number()
              .check(
                z.gte(-180, 'Longitude must be between -180 and 180'),
                z.lte(180, 'Longitude must be between -180 and 180'),
              ),
          }),
        ),
      ),
    ),
    radiusKm: z._default(
      z.coerce
        .number()
        .check(z.gt(0), z.lte(500), z.describe('Only locations within this distance (km)')),
      25,
    ),
    limit: z.optional(
      z.coerce
        .number()
        .check(
          z.int(),
          z.gte(1),
          z.lte(500),
          z.describe('At most this many (default 10 with an origin, all without)'),
        ),
    ),
    service: z.optional(
      z.pipe(
        z
          .string()
          .check(
            z.maxLength(200),
            z.describe(
              `Comma-separated services that must all be offered: ${LOCATION_SERVICES.join(', ')}`,
            ),
          ),
        z.pipe(
          z.transform((s: string) =>
            s
              .split(',')
              .map((x) => x.trim())
              .filter(Boolean),
          ),
          z.array(z.enum(LOCATION_SERVICES)),
        ),
      ),
    ),
    organisation: z.optional(
      z
        .string()
        .check(
          z.trim(),
          z.minLength(1),
          z.maxLength(120),
          z.describe(
            'Only the locations of this library organisation ("Bibliotheek Utrecht"; case and accents ignored)',
          ),
        ),
    ),
    openNow: z.optional(z.stringbool().check(z.describe('"true": only locations open at `at`'))),
    at: z.optional(IsoDateTimeSchema.check(z.describe('The instant for `openNow` (default: now)'))),
    lang: z._default(z.enum(['nl', 'en']).check(z.describe('Language of the origin label')), 'nl'),
  })
  .check(
    z.superRefine((q, ctx) => {
      const given = (['postcode', 'place', 'near'] as const).filter((k) => q[k] !== undefined);
      if (given.length > 1)
        ctx.issues.push({
          code: 'custom',
          message: `Give one of postcode, place or near, not ${given.join(' and ')}`,
          path: [given[1]!],
          input: q,
        });
    }),
  );

/** Query of `GET /v1/partners`. */
export const PartnersQuerySchema = z.object({
  theme: z.optional(SlugSchema.check(z.describe('Only partners that help with this theme id'))),
  kind: z.optional(
    PartnerKindSchema.check(
      z.describe('Only partners of this kind (`schuldhulp`, `humanitas`, …)'),
    ),
  ),
  municipality: z.optional(
    z
      .string()
      .check(
        z.trim(),
        z.minLength(1),
        z.maxLength(80),
        z.describe('Only partners serving this municipality (case and accents ignored)'),
      ),
  ),
  q: z.optional(
    z
      .string()
      .check(
        z.trim(),
        z.minLength(1),
        z.maxLength(100),
        z.describe('Free text over name, description and kind'),
      ),
  ),
});

/** Query of `GET /v1/geocode`. */
export const GeocodeQuerySchema = z.object({
  q: z
    .string()
    .check(
      z.trim(),
      z.minLength(2),
      z.maxLength(100),
      z.describe('A postcode ("1234AB", "1234") or a place ("Zwolle")'),
    ),
});

const IdParamsSchema = z.object({ id: SlugSchema });

/** Turns geocoder and postcode errors into problems. */
function geocodeProblem(error: unknown, field: string): HttpProblem {
  if (isIdoPostcodeError(error))
    return validationProblem([{ path: field, message: error.message }]);
  if (isIdoGeocodeError(error)) {
    if (error.reason === 'not-found')
      return new HttpProblem('not-found', `Nothing was found for this ${field}`, {
        extensions: { reason: 'geocode-not-found' },
      });
    if (error.reason === 'too-short')
      return validationProblem([{ path: field, message: error.message }]);
  }
  return new HttpProblem(
    'upstream-unavailable',
    'Looking up postcodes and places is not available right now; try again in a minute',
    { headers: { 'Retry-After': '60' } },
  );
}

/** The public, cacheable read routes. */
export function publicRoutes(deps: RouteDeps): AnyRoute[] {
  // PDOK first; when it fails or is unreachable, the dataset's own branches in that PC4 area or
  // town stand in, so residents can still search by postcode during an outage (or offline demo).
  const geocodeContext = { geocoder: deps.geocoder, now: deps.now };
  const feed = defineRoute({
    method: 'get',
    path: '/v1/feed.json',
    operationId: 'getFeed',
    summary: 'The whole public dataset',
    description:
      'Locations, partners and the taxonomy as one document, the same format a library can host as a static `feed.json`.',
    tag: 'Public',
    access: 'public',
    cacheable: true,
    responses: cached('The feed', 'Feed'),
    handler: async (c) => {
      const snapshot = await deps.catalog.current();
      return preparedResponse(
        c,
        preparedFor(snapshot, 'feed', () => snapshot.feed)!,
      );
    },
  });

  const locations = defineRoute({
    method: 'get',
    path: '/v1/locations',
    operationId: 'searchLocations',
    summary: 'Find IDO locations',
    description:
      'With `postcode`, `place` or `near`: the nearest locations within `radiusKm`, nearest first, with distances. Without any: all locations by name. `service`, `organisation` and `openNow` filter either way; `organisation` gives the branches of one library organisation (what a desk offers for a visit at another branch).',
    tag: 'Public',
    access: 'public',
    cacheable: true,
    query: LocationsQuerySchema,
    responses: {
      ...cached('Matching locations', 'LocationSearchResult'),
      ...problems(400, 404, 502),
    },
    handler: async (c, { query }) => {
      const snapshot = await deps.catalog.current();
      // The same search a browser runs over a static feed: one set of rules for both.
      const result = await searchFeedLocations(
        snapshot.feed,
        {
          postcode: query.postcode,
          place: query.place,
          near: query.near,
          radiusKm: query.radiusKm,
          limit: query.limit,
          services: query.service,
          organisation: query.organisation,
          openNow: query.openNow,
          at: query.at ? new Date(query.at) : undefined,
        },
        geocodeContext,
      ).catch((error: unknown) => {
        throw geocodeProblem(error, query.postcode !== undefined ? 'postcode' : 'place');
      });
      if (result.origin?.source === 'coordinates')
        result.origin.label = query.lang === 'en' ? 'Your location' : 'Uw locatie';
      const body = JSON.stringify(result);
      return cacheableResponse(c, body, { maxAge: query.openNow && !query.at ? 60 : 300 });
    },
  });

  const location = defineRoute({
    method: 'get',
    path: '/v1/locations/{id}',
    operationId: 'getLocation',
    summary: 'One location',
    tag: 'Public',
    access: 'public',
    cacheable: true,
    params: IdParamsSchema,
    responses: { ...cached('The location', 'Location'), ...problems(400, 404) },
    handler: async (c, { params }) => {
      // From the dataset in memory, like every public read: it answers while the database is away.
      const location = (await deps.catalog.current()).locationsById.get(params.id);
      if (!location) throw new HttpProblem('not-found', `No location has the id "${params.id}"`);
      return cacheableResponse(c, JSON.stringify(location));
    },
  });

  const partners = defineRoute({
    method: 'get',
    path: '/v1/partners',
    operationId: 'listPartners',
    summary: 'Referral partners',
    tag: 'Public',
    access: 'public',
    cacheable: true,
    query: PartnersQuerySchema,
    responses: { ...cached('Matching partners, by name', 'PartnerList'), ...problems(400) },
    handler: async (c, { query }) => {
      const snapshot = await deps.catalog.current();
      // The same filter a browser applies to a static feed, so both answer alike.
      const filtered =
        query.theme !== undefined ||
        query.kind !== undefined ||
        query.municipality !== undefined ||
        !!query.q;
      if (!filtered) {
        const all = preparedFor(snapshot, 'partners', () => ({
          items: filterPartners(snapshot.feed.partners),
        }))!;
        return preparedResponse(c, all);
      }
      const items = filterPartners(snapshot.feed.partners, query);
      return cacheableResponse(c, JSON.stringify({ items }));
    },
  });

  const taxonomy = defineRoute({
    method: 'get',
    path: '/v1/taxonomy',
    operationId: 'getTaxonomy',
    summary: 'The registration categories in force',
    description:
      'The categories of the national IDO form in force today (Europe/Amsterdam): question types, government levels, organisations, themes, help, not-helped reasons, referral targets (`partnerKinds`), channels, duration buckets and follow-up questions, with their `version` and `validFrom`. What the desk form shows; registrations name the `version` as `categoriesVersion`. A new version (`idokit-server categories import`) is served from its `validFrom` on, with a new ETag.',
    tag: 'Public',
    access: 'public',
    cacheable: true,
    responses: cached('The categories in force', 'Taxonomy'),
    handler: async (c) => {
      const snapshot = await deps.catalog.current();
      const inForce = taxonomyAt(snapshot, deps.now());
      return preparedResponse(
        c,
        preparedFor(snapshot, `taxonomy:${inForce.version}`, () => inForce)!,
      );
    },
  });

  const categories = defineRoute({
    method: 'get',
    path: '/v1/categories',
    operationId: 'getCategories',
    summary: 'The categories versions',
    description:
      'The version in force today (`inForce`), every version the server knows (`versions`, by `validFrom`) and one version whole (`categories`): the one asked for with `version`, else the one in force. Each entry may name the ids it had before (`formerIds`); statistics count those under the new id.\n\n' +
      "**Writing (reserved).** Categories are imported by the server's administrator with `idokit-server categories import FILE` (all or nothing; prints the ids added, removed and renamed). `PUT /v1/categories/{version}` with a categories file as body is reserved for a national or server administrator credential; no token of this server (device, report) may change the national categories, so it is not served yet.",
    tag: 'Public',
    access: 'public',
    cacheable: true,
    query: CategoriesQuerySchema,
    responses: { ...cached('The categories', 'CategoriesResponse'), ...problems(400, 404) },
    handler: async (c, { query }) => {
      const snapshot = await deps.catalog.current();
      const inForce = taxonomyAt(snapshot, deps.now());
      const chosen =
        query.version === undefined
          ? inForce
          : snapshot.categories.find((v) => v.version === query.version);
      if (!chosen) throw new HttpProblem('not-found', `No categories version "${query.version}"`);
      const body = preparedFor(snapshot, `categories:${inForce.version}:${chosen.version}`, () => ({
        inForce: inForce.version,
        versions: snapshot.categories.map((v) => ({
          version: v.version,
          ...(v.validFrom !== undefined ? { validFrom: v.validFrom } : {}),
        })),
        categories: chosen,
      }))!;
      return preparedResponse(c, body);
    },
  });

  const geocode = defineRoute({
    method: 'get',
    path: '/v1/geocode',
    operationId: 'geocode',
    summary: 'Coordinates for a postcode or place',
    description:
      'Proxies PDOK Locatieserver with a server-side cache, so pages need no third-party call.',
    tag: 'Public',
    access: 'public',
    cacheable: true,
    query: GeocodeQuerySchema,
    responses: { ...cached('The coordinates', 'GeocodeResult'), ...problems(400, 404, 502) },
    handler: async (c, { query }) => {
      const snapshot = await deps.catalog.current();
      const result = await geocodeWithFeed(snapshot.feed, query.q, geocodeContext).catch(
        (error: unknown) => {
          throw geocodeProblem(error, 'q');
        },
      );
      return cacheableResponse(c, JSON.stringify(result));
    },
  });

  return [feed, locations, location, partners, taxonomy, categories, geocode];
}
