import * as z from 'zod/mini';
import { IsoDateSchema, TextSchema } from './common.js';
import { DAYS, type Day } from './days.js';

export { DAYS, type Day };
export const DaySchema = z.enum(DAYS);

const OPENS = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const CLOSES = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** Minutes since midnight for a valid `HH:MM` (24:00 → 1440). */
export function toMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

const TimeRangeShape = {
  opens: z.string().check(z.regex(OPENS, 'Must be a time "HH:MM" between 00:00 and 23:59')),
  closes: z.string().check(z.regex(CLOSES, 'Must be a time "HH:MM" between 00:01 and 24:00')),
};

const closesAfterOpens = z.refine<{ opens: string; closes: string }>(
  (r) => !OPENS.test(r.opens) || !CLOSES.test(r.closes) || toMinutes(r.closes) > toMinutes(r.opens),
  { message: '"closes" must be after "opens" on the same day', path: ['closes'] },
);

/** One opening interval on a day, e.g. `{ opens: '09:00', closes: '12:30' }`. */
export const TimeRangeSchema = z.object(TimeRangeShape).check(closesAfterOpens);
export type TimeRange = z.infer<typeof TimeRangeSchema>;

/** A weekly interval: `{ day: 'mo', opens: '10:00', closes: '17:00' }`. Several per day allowed. */
export const WeeklyIntervalSchema = z
  .object({ day: DaySchema, ...TimeRangeShape })
  .check(closesAfterOpens);
export type WeeklyInterval = z.infer<typeof WeeklyIntervalSchema>;

/** Reports intervals that overlap on the same day (grouped by `keyOf`). */
function noOverlap<T extends { opens: string; closes: string }>(keyOf: (item: T) => string) {
  return z.superRefine<T[]>((items, ctx) => {
    const byKey = new Map<string, { index: number; from: number; to: number }[]>();
    items.forEach((item, index) => {
      if (!OPENS.test(item.opens) || !CLOSES.test(item.closes)) return;
      const list = byKey.get(keyOf(item)) ?? [];
      const from = toMinutes(item.opens);
      const to = toMinutes(item.closes);
      const clash = list.find((other) => from < other.to && other.from < to);
      if (clash) {
        ctx.issues.push({
          code: 'custom',
          message: `Overlaps the interval at index ${clash.index} on the same day`,
          path: [index],
          input: item,
        });
      }
      list.push({ index, from, to });
      byKey.set(keyOf(item), list);
    });
  });
}

/** A day that differs from the weekly pattern. It replaces that whole day, and wins over holidays. */
export const ExceptionSchema = z.union([
  z.object({ date: IsoDateSchema, closed: z.literal(true), note: z.optional(TextSchema(120)) }),
  z.object({
    date: IsoDateSchema,
    intervals: z.array(TimeRangeSchema).check(
      z.minLength(1),
      noOverlap(() => 'day'),
    ),
    note: z.optional(TextSchema(120)),
  }),
]);
export type OpeningHoursException = z.infer<typeof ExceptionSchema>;

/** A seasonal weekly pattern (e.g. summer hours) that replaces `weekly` between two dates, inclusive. */
export const SeasonSchema = z
  .object({
    name: z.optional(TextSchema(80)),
    validFrom: IsoDateSchema,
    validThrough: IsoDateSchema,
    weekly: z.array(WeeklyIntervalSchema).check(noOverlap((i) => i.day)),
  })
  .check(
    z.refine((s) => s.validFrom <= s.validThrough, {
      message: '"validThrough" must not be before "validFrom"',
      path: ['validThrough'],
    }),
  );
export type Season = z.infer<typeof SeasonSchema>;

// Making an Intl.DateTimeFormat costs far more than the rest of a location's validation, and a
// feed names the same zone thousands of times: each zone is tried once. The first one made with a
// time zone also loads the browser's zone data (about 50 ms on a phone, issue 23), so the zone
// nearly every location names, the default, is known without asking: a card then pays for the
// zone data once, when the hours engine formats the time, not twice.
const zoneChecks = new Map<string, boolean>([['Europe/Amsterdam', true]]);
function isTimeZone(tz: string): boolean {
  let valid = zoneChecks.get(tz);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      valid = true;
    } catch {
      valid = false;
    }
    if (zoneChecks.size < 101) zoneChecks.set(tz, valid);
  }
  return valid;
}

/**
 * A schedule, schema.org-like, in its own IANA time zone (Europe/Amsterdam by default).
 *
 * Resolution for a date, first match wins: outside `validFrom`/`validThrough` → closed;
 * an exception for the date → its intervals (or closed); a Dutch public holiday while
 * `closedOnPublicHolidays` → closed; a season covering the date → its weekly pattern;
 * otherwise `weekly`.
 */
export const OpeningHoursSchema = z
  .object({
    timeZone: z._default(
      z
        .string()
        .check(z.refine(isTimeZone, 'Must be an IANA time zone such as "Europe/Amsterdam"')),
      'Europe/Amsterdam',
    ),
    weekly: z.array(WeeklyIntervalSchema).check(noOverlap((i) => i.day)),
    exceptions: z._default(
      z.array(ExceptionSchema).check(
        z.superRefine((items, ctx) => {
          const seen = new Set<string>();
          items.forEach((e, index) => {
            if (seen.has(e.date))
              ctx.issues.push({
                code: 'custom',
                message: `Two exceptions for ${e.date}`,
                path: [index, 'date'],
                input: e.date,
              });
            seen.add(e.date);
          });
        }),
      ),
      [],
    ),
    closedOnPublicHolidays: z._default(z.boolean(), true),
    /** Goede Vrijdag is a public holiday for some libraries only. */
    closedOnGoodFriday: z._default(z.boolean(), false),
    /** Bevrijdingsdag: every year (true) or only in lustrum years (false, the legal minimum). */
    closedOnLiberationDayEveryYear: z._default(z.boolean(), false),
    seasons: z._default(z.array(SeasonSchema), []),
    validFrom: z.optional(IsoDateSchema),
    validThrough: z.optional(IsoDateSchema),
  })
  .check(
    z.refine((h) => !h.validFrom || !h.validThrough || h.validFrom <= h.validThrough, {
      message: '"validThrough" must not be before "validFrom"',
      path: ['validThrough'],
    }),
  );
/** Parsed opening hours (defaults applied). */
export type OpeningHours = z.infer<typeof OpeningHoursSchema>;
/** Opening hours as written in a feed (defaults may be omitted). */
export type OpeningHoursInput = z.input<typeof OpeningHoursSchema>;
