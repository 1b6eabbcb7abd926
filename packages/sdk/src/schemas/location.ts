import * as z from 'zod/mini';
import {
  AddressSchema,
  ContactSchema,
  DutchGeoPointSchema,
  IsoDateTimeSchema,
  LanguageTagSchema,
  SlugSchema,
  TextSchema,
} from './common.js';
import { OpeningHoursSchema } from './opening-hours.js';

export const LOCATION_SERVICES = [
  'walk-in',
  'by-appointment',
  'by-phone',
  'digital-skills-course',
  'wheelchair-accessible',
  'hearing-loop',
] as const;
export const LocationServiceSchema = z.enum(LOCATION_SERVICES);
export type LocationService = z.infer<typeof LocationServiceSchema>;

/** An IDO desk at a library branch. */
export const LocationSchema = z.object({
  id: SlugSchema,
  name: TextSchema(120),
  organisation: TextSchema(120),
  description: z.optional(TextSchema(600)),
  address: AddressSchema,
  geo: DutchGeoPointSchema,
  contact: ContactSchema,
  hours: z.object({
    /** The library's opening hours. */
    library: OpeningHoursSchema,
    /** The IDO consultation hours; should lie inside the library hours. */
    ido: z.optional(OpeningHoursSchema),
  }),
  services: z
    .array(LocationServiceSchema)
    .check(z.refine((s) => new Set(s).size === s.length, 'Services must not repeat')),
  languages: z.array(LanguageTagSchema),
  updatedAt: IsoDateTimeSchema,
});
export type Location = z.infer<typeof LocationSchema>;
export type LocationInput = z.input<typeof LocationSchema>;
