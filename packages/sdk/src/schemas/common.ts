import * as z from 'zod/mini';
import { NETHERLANDS_BOUNDS } from './bounds.js';
export { PARSE_IN_ENGLISH } from './parse-in-english.js';

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

/**
 * The years any date in IDO Kit may fall in: the range the opening-hours engine knows the Dutch
 * public holidays for. A typo such as `0202-05-01` or year `0000` (which PostgreSQL refuses) is
 * caught here, with a message, instead of failing deep in a database.
 */
export const DATE_YEARS = { min: 1900, max: 2200 } as const;

// Only judges a value that starts with a year: anything else already fails the format check,
// which names the problem better than a second issue about the year would.
const yearIn =
  (min: number, max: number) =>
  (value: string): boolean => {
    if (!/^\d{4}/.test(value)) return true;
    const year = Number(value.slice(0, 4));
    return year >= min && year <= max;
  };

/** A calendar date `YYYY-MM-DD` that exists (no 30 February) in the years `min` through `max`. */
const dateIn = (min: number, max: number) =>
  z.iso
    .date({ error: 'Must be a real date written as YYYY-MM-DD' })
    .check(z.refine(yearIn(min, max), `Must be a date from ${min} through ${max}`));

/** A calendar date `YYYY-MM-DD` that exists (no 30 February), in the years 1900 through 2200. */
export const IsoDateSchema = dateIn(DATE_YEARS.min, DATE_YEARS.max);

/** An instant with offset, e.g. `2026-11-21T10:00:00Z`, in the years 1900 through 2200. */
export const IsoDateTimeSchema = z.iso
  .datetime({
    offset: true,
    error: 'Must be an ISO 8601 date-time',
  })
  .check(
    z.refine(
      yearIn(DATE_YEARS.min, DATE_YEARS.max),
      `Must be a date-time from ${DATE_YEARS.min} through ${DATE_YEARS.max}`,
    ),
  );

/** The years a registration (and so a statistic or an export) can be about. */
export const SERVICE_YEARS = { min: 2000, max: 2100 } as const;

/** A date IDO Kit registrations can be about: from 2000 through 2100 (a typo such as 0202 is refused). */
export const ServiceDateSchema = dateIn(SERVICE_YEARS.min, SERVICE_YEARS.max);

/** A month `YYYY-MM` registrations can be about (the CSV export's `month`): 2000-01 through 2100-12. */
export const ServiceMonthSchema = z
  .string()
  .check(
    z.regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, 'Must be a month written as YYYY-MM'),
    z.refine(
      yearIn(SERVICE_YEARS.min, SERVICE_YEARS.max),
      `Must be a month from ${SERVICE_YEARS.min}-01 through ${SERVICE_YEARS.max}-12`,
    ),
  );

/**
 * What a text may hold to be stored and shown: never NUL (PostgreSQL cannot store it), never half
 * of a surrogate pair (not Unicode; PostgreSQL refuses it too), never another control character
 * (C0, DEL, C1: invisible, they garble exports and logs). `lines` allows line breaks and tabs
 * (LF, CR, TAB), for multi-line text such as a registration note; single-line text allows none.
 * The message names the first offending character and its position, never the text around it.
 */
export function storableText(options: { lines: boolean }) {
  return z.superRefine<string>((text, ctx) => {
    const bad = firstUnstorable(text, options.lines);
    if (bad === undefined) return;
    const code = `U+${bad.code.toString(16).toUpperCase().padStart(4, '0')}`;
    const message =
      bad.code >= 0xd800 && bad.code <= 0xdfff
        ? `Must be valid Unicode text: a lone surrogate (${code}) at position ${bad.index + 1}`
        : bad.code === 0
          ? `Must not contain a NUL character (U+0000) at position ${bad.index + 1}`
          : !options.lines && (bad.code === 10 || bad.code === 13 || bad.code === 9)
            ? `Must be a single line: a line break or tab (${code}) at position ${bad.index + 1}`
            : `Must not contain a control character (${code}) at position ${bad.index + 1}`;
    ctx.issues.push({ code: 'custom', message, input: text });
  });
}

/** The first character `storableText` refuses, if any. */
function firstUnstorable(
  text: string,
  lines: boolean,
): { index: number; code: number } | undefined {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return { index: i, code };
    }
    if (code >= 0xdc00 && code <= 0xdfff) return { index: i, code };
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
    if (control && !(lines && (code === 9 || code === 10 || code === 13)))
      return { index: i, code };
  }
  return undefined;
}

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
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Must not be empty'),
      z.maxLength(max),
      storableText({ lines: true }),
    );

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

// In a module without zod, so the geocoder can check its points before any schema has loaded.
export { NETHERLANDS_BOUNDS };

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

/** What a resident should bring to a desk or a partner: short items, at most 12. */
export const BringSchema = z
  .array(TextSchema(120))
  .check(z.minLength(1, 'Leave "bring" out when there is nothing to bring'), z.maxLength(12));

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

/**
 * A national help line to suggest when nothing is found nearby (e.g. an 0800 number). Here rather
 * than beside the feed so that a search answer can be validated without the feed's schemas.
 */
export const HelplineSchema = z.object({ phone: PhoneSchema, label: z.optional(TextSchema(120)) });
export type Helpline = z.infer<typeof HelplineSchema>;
