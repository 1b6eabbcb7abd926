import * as z from 'zod/mini';
import {
  AddressSchema,
  BringSchema,
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
  /** Plain language (B1) for residents. */
  description: z.optional(TextSchema(600)),
  /** For IDO staff only (never shown to residents): how this desk works, whom to call. */
  staffInstructions: z.optional(TextSchema(600)),
  /** What a resident should bring ("DigiD-app of sms-code", "Identiteitsbewijs", "De brief"). */
  bring: z.optional(BringSchema),
  address: AddressSchema,
  geo: DutchGeoPointSchema,
  contact: ContactSchema,
  hours: z.object({
    /** The library's opening hours. */
    library: OpeningHoursSchema,
    /** The IDO consultation hours; should lie inside the library hours. */
    ido: z.optional(OpeningHoursSchema),
    /** When the IDO answers the phone, if it gives help by phone. */
    phone: z.optional(OpeningHoursSchema),
  }),
  services: z
    .array(LocationServiceSchema)
    .check(z.refine((s) => new Set(s).size === s.length, 'Services must not repeat')),
  languages: z.array(LanguageTagSchema),
  /**
   * Plain language (B1) for residents about getting in and around: "Ingang aan de achterkant,
   * lift naar de eerste verdieping". The `services` say wheelchair access and a hearing loop.
   */
  accessibility: z.optional(TextSchema(300)),
  updatedAt: IsoDateTimeSchema,
});
export type Location = z.infer<typeof LocationSchema>;
export type LocationInput = z.input<typeof LocationSchema>;
