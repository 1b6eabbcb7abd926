import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini ships without messages ("Invalid input"); the English locale costs ~1 KB and turns
// every issue into a sentence a developer can act on ("Too big: expected string to have <=280 characters").
z.config(en());

/** A stable, URL-safe identifier: lowercase words joined by single hyphens, e.g. `ido-utrecht-centrum`. */
export const SlugSchema = z
  .string()
  .check(
    z.regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      'Must be a slug: lowercase letters, digits and single hyphens',
    ),
    z.maxLength(80),
  );

/** A Dutch postcode written the canonical way: four digits (no leading zero), a space, two capitals. */
export const PostcodeSchema = z
  .string()
  .check(
    z.regex(/^[1-9]\d{3} (?!SA|SD|SS)[A-Z]{2}$/, 'Must be a Dutch postcode written as "1234 AB"'),
  );

/** A calendar date `YYYY-MM-DD` that exists (no 30 February). */
export const IsoDateSchema = z.iso.date({ error: 'Must be a real date written as YYYY-MM-DD' });

/** An instant with offset, e.g. `2026-11-21T10:00:00Z`. */
export const IsoDateTimeSchema = z.iso.datetime({
  offset: true,
  error: 'Must be an ISO 8601 date-time',
});

/** An absolute `http:` or `https:` URL. Other schemes (javascript:, data:) are refused at the door. */
export const WebUrlSchema = z.url({
  protocol: /^https?$/,
  error: 'Must be an http(s) URL',
});

/** A phone number as people write it; checked loosely (digits, spaces, +, -, parentheses). */
export const PhoneSchema = z
  .string()
  .check(
    z.regex(
      /^\+?[0-9][0-9 ()-]{5,20}$/,
      'Must be a phone number such as "030 123 45 67" or "+31 30 1234567"',
    ),
  );

export const EmailSchema = z.email({ error: 'Must be an e-mail address' });

/** A BCP 47 language tag such as `nl`, `en`, `tr`, `ar`, `pap`, `zh-Hant`. */
export const LanguageTagSchema = z
  .string()
  .check(
    z.regex(
      /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/,
      'Must be a BCP 47 language tag such as "nl" or "ar"',
    ),
  );

/** Text shown to residents: trimmed, non-empty, bounded. */
export const TextSchema = (max = 200) =>
  z.string().check(z.trim(), z.minLength(1, 'Must not be empty'), z.maxLength(max));

/** A label in Dutch (required) and English (required), the two languages the widgets ship. */
export const LocalizedTextSchema = z.object({ nl: TextSchema(400), en: TextSchema(400) });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** A postal address. */
export const AddressSchema = z.object({
  street: TextSchema(120),
  houseNumber: z
    .string()
    .check(
      z.regex(
        /^\d{1,5}(?:[ -]?[A-Za-z0-9]{1,6})?$/,
        'Must be a house number such as "12", "12A" or "12-3"',
      ),
    ),
  postcode: PostcodeSchema,
  city: TextSchema(80),
  municipality: TextSchema(80),
});
export type Address = z.infer<typeof AddressSchema>;

/** WGS84 coordinates. */
export const GeoPointSchema = z.object({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lon: z.number().check(z.gte(-180), z.lte(180)),
});
export type GeoPoint = z.infer<typeof GeoPointSchema>;

/** The Netherlands (including the Wadden islands and Zuid-Limburg) plus a margin of ~20 km. */
export const NETHERLANDS_BOUNDS = { minLat: 50.6, maxLat: 53.7, minLon: 3.2, maxLon: 7.3 } as const;

/** Coordinates that must lie in the Netherlands (plus margin): a swapped lat/lon is caught here. */
export const DutchGeoPointSchema = GeoPointSchema.check(
  z.refine(
    (p) =>
      p.lat >= NETHERLANDS_BOUNDS.minLat &&
      p.lat <= NETHERLANDS_BOUNDS.maxLat &&
      p.lon >= NETHERLANDS_BOUNDS.minLon &&
      p.lon <= NETHERLANDS_BOUNDS.maxLon,
    {
      message: 'Must lie in the Netherlands (lat 50.6–53.7, lon 3.2–7.3); are lat and lon swapped?',
    },
  ),
);

/** Contact details; every field optional. */
export const ContactSchema = z.object({
  phone: z.optional(PhoneSchema),
  email: z.optional(EmailSchema),
  website: z.optional(WebUrlSchema),
  appointmentUrl: z.optional(WebUrlSchema),
});
export type Contact = z.infer<typeof ContactSchema>;

/** Reports duplicate `id`s in a list as issues at the duplicate's path. */
export function uniqueIds<T extends { id: string }>(what: string) {
  return z.superRefine<T[]>((items, ctx) => {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        ctx.issues.push({
          code: 'custom',
          message: `Duplicate ${what} id "${item.id}" (also at index ${first})`,
          path: [index, 'id'],
          input: item.id,
        });
      } else seen.set(item.id, index);
    });
  });
}
