import * as z from 'zod/mini';
import {
  AddressSchema,
  DutchGeoPointSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  LanguageTagSchema,
  SlugSchema,
  TextSchema,
} from './common.js';
import { TimeRangeSchema } from './opening-hours.js';

/**
 * A dated IDO consultation away from the library (issue 21): a community centre, a health centre,
 * a market. Held by the staff of one location (`locationId`, whose organisation keeps it), shown to
 * residents by the locator and the hours card in the weeks it happens, and offered to that
 * location's desk as a place to register visits afterwards (`outreach.sessionId`).
 */
export const OutreachSessionSchema = z.object({
  id: SlugSchema,
  locationId: SlugSchema,
  /** Where, as residents know the place: "Buurthuis De Kroon". */
  name: TextSchema(80),
  /** Plain language (B1) for residents: "Vragen over toeslagen? Loop binnen." */
  description: z.optional(TextSchema(400)),
  address: AddressSchema,
  geo: DutchGeoPointSchema,
  /** The day, in Europe/Amsterdam. */
  date: IsoDateSchema,
  /** The times on that day (`opens`, `closes`), like an opening-hours interval. */
  time: TimeRangeSchema,
  /** Languages the staff help in there, when they differ from the location's. */
  languages: z.optional(z.array(LanguageTagSchema).check(z.maxLength(20))),
  updatedAt: IsoDateTimeSchema,
});
export type OutreachSession = z.infer<typeof OutreachSessionSchema>;
export type OutreachSessionInput = z.input<typeof OutreachSessionSchema>;

/**
 * `GET /v1/outreach`: the sessions from a day through a day (public, like locations), by date and
 * time, optionally of one location.
 */
export const OutreachSessionsSchema = z.object({ items: z.array(OutreachSessionSchema) });

/** The query of `GET /v1/outreach`: `from` and `through` (at most 93 days apart), `location`. */
export const OutreachQuerySchema = z.object({
  from: IsoDateSchema,
  through: IsoDateSchema,
  location: z.optional(SlugSchema),
});
export type OutreachQuery = z.infer<typeof OutreachQuerySchema>;
