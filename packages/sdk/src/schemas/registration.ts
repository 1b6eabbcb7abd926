import * as z from 'zod/mini';
import { IsoDateTimeSchema, ServiceDateSchema, SlugSchema, storableText } from './common.js';
import {
  ChannelSchema,
  GovernmentLevelSchema,
  HelpKindSchema,
  OrganisationIdSchema,
  PartnerKindSchema,
  QuestionTypeSchema,
  ThemeIdSchema,
} from './taxonomy.js';

export const VISITOR_KINDS = ['self', 'on-behalf'] as const;
export const DURATION_BUCKETS = [5, 10, 20, 30, 60] as const;
export const NOTE_MAX_LENGTH = 280;

// Lower-cased, so one id is one idempotency key however a client spells it.
const UuidSchema = z.uuid({ error: 'Must be a UUID' }).check(z.toLowerCase());

/** Where a question was referred to: a known partner, or a kind of partner. */
export const ReferralSchema = z
  .object({
    partnerId: z.optional(SlugSchema),
    partnerKind: z.optional(PartnerKindSchema),
    /** A warm referral: staff made contact for the resident (called, mailed, walked them over). */
    warm: z.boolean(),
  })
  .check(
    z.refine((r) => r.partnerId !== undefined || r.partnerKind !== undefined, {
      message: 'A referral names a partner ("partnerId") or a kind of partner ("partnerKind")',
    }),
  );
export type Referral = z.infer<typeof ReferralSchema>;

/** One question asked during a visit. */
export const QuestionSchema = z
  .object({
    type: QuestionTypeSchema,
    governmentLevel: z.optional(GovernmentLevelSchema),
    organisations: z._default(z.array(OrganisationIdSchema), []),
    themes: z._default(z.array(ThemeIdSchema), []),
    help: HelpKindSchema,
    referral: z.optional(ReferralSchema),
    notHelpedReason: z.optional(SlugSchema),
  })
  .check(
    z.superRefine((q, ctx) => {
      const issue = (path: string, message: string) =>
        ctx.issues.push({ code: 'custom', message, path: [path], input: q });
      if (q.type === 'government' && q.themes.length === 0)
        issue('themes', 'A question about the government needs at least one theme');
      if (q.type !== 'government' && q.governmentLevel !== undefined)
        issue('governmentLevel', 'Only a question about the government has a government level');
      if (q.help === 'referred' && q.referral === undefined)
        issue('referral', 'Say where the question was referred to');
      if (q.help !== 'referred' && q.referral !== undefined)
        issue('referral', 'A referral goes with help "referred"');
      if (q.help === 'not-helped' && q.notHelpedReason === undefined)
        issue('notHelpedReason', 'Say why the question could not be helped');
    }),
  );
export type Question = z.infer<typeof QuestionSchema>;

/**
 * One visit, anonymous by design: no name, contact, address or exact time of a visitor, only
 * the hour. `id` is made on the client and is the idempotency key. Registrations are
 * append-only; a correction is a new registration that `supersedes` an earlier id.
 */
export const QuestionRegistrationSchema = z.object({
  id: UuidSchema,
  locationId: SlugSchema,
  date: ServiceDateSchema,
  hour: z.number().check(z.int(), z.gte(0), z.lte(23)),
  channel: ChannelSchema,
  visitorKind: z.optional(z.enum(VISITOR_KINDS)),
  /** A bucket: 5, 10, 20, 30 or 60 (meaning 60 or more). */
  durationMinutes: z.literal(DURATION_BUCKETS, {
    error: 'Must be one of 5, 10, 20, 30 or 60 (minutes)',
  }),
  questions: z
    .array(QuestionSchema)
    .check(z.minLength(1, 'A visit has at least one question'), z.maxLength(20)),
  /**
   * Free text for staff, never personal data (checked by findPersonalData in the form and on the
   * server). May span lines (LF, CR, TAB); NUL, other control characters and lone surrogates are
   * refused.
   */
  note: z.optional(
    z.string().check(z.trim(), z.maxLength(NOTE_MAX_LENGTH), storableText({ lines: true })),
  ),
  supersedes: z.optional(UuidSchema),
});
export type QuestionRegistration = z.infer<typeof QuestionRegistrationSchema>;
export type QuestionRegistrationInput = z.input<typeof QuestionRegistrationSchema>;

/** The server's answer to a stored (201) or replayed (200) registration. */
export const RegistrationReceiptSchema = z.object({
  id: UuidSchema,
  locationId: SlugSchema,
  receivedAt: IsoDateTimeSchema,
  replayed: z.boolean(),
});
export type RegistrationReceipt = z.infer<typeof RegistrationReceiptSchema>;

export const STATS_PERIODS = ['day', 'week', 'month'] as const;
export const STATS_DIMENSIONS = [
  'questionType',
  'governmentLevel',
  'organisation',
  'theme',
  'help',
  'channel',
] as const;
export type StatsDimension = (typeof STATS_DIMENSIONS)[number];

/** What to aggregate. `from`/`to` are inclusive dates; the location comes from the device token. */
export const RegistrationStatsFilterSchema = z.object({
  from: ServiceDateSchema,
  to: ServiceDateSchema,
  period: z._default(z.enum(STATS_PERIODS), 'month'),
});
export type RegistrationStatsFilter = z.input<typeof RegistrationStatsFilterSchema>;

/**
 * A count; `"<5"` where it is 1–4 and hidden (small-number suppression); `"x"` where a larger
 * count is hidden so that a `"<5"` beside it cannot be worked out by subtraction (CBS's mark for
 * a suppressed cell).
 */
export const SuppressedCountSchema = z.union([
  z.number().check(z.int(), z.gte(0)),
  z.literal('<5'),
  z.literal('x'),
]);
export type SuppressedCount = z.infer<typeof SuppressedCountSchema>;

const CellSchema = z.object({ key: z.string(), count: SuppressedCountSchema });

/** Aggregated registrations for one location; cells under 5 are reported as "<5", cells hidden to protect them as "x". */
export const RegistrationStatsSchema = z.object({
  locationId: SlugSchema,
  from: ServiceDateSchema,
  to: ServiceDateSchema,
  period: z.enum(STATS_PERIODS),
  suppressBelow: z.number(),
  visits: SuppressedCountSchema,
  questions: SuppressedCountSchema,
  /** One row per period (`2026-11`, `2026-W47`, `2026-11-21`), each with its breakdowns. */
  periods: z.array(
    z.object({
      period: z.string(),
      visits: SuppressedCountSchema,
      questions: SuppressedCountSchema,
      breakdown: z.record(z.enum(STATS_DIMENSIONS), z.array(CellSchema)),
    }),
  ),
  /** Breakdowns over the whole range. */
  breakdown: z.record(z.enum(STATS_DIMENSIONS), z.array(CellSchema)),
});
export type RegistrationStats = z.infer<typeof RegistrationStatsSchema>;

/** Enrolment: a staff member types a short one-time code on a device. */
export const EnrolmentRequestSchema = z.object({
  code: z.string().check(
    z.trim(),
    // As typed from a note: any case, with the hyphen or a space, or neither ("7KQ2-M9XD").
    z.regex(/^[A-Z0-9](?:[ -]?[A-Z0-9]){5,15}$/i, 'Must be the enrolment code you were given'),
  ),
  /** A name for the device in the token list ("balie 1"): one line, no control characters. */
  deviceLabel: z.optional(
    z.string().check(z.trim(), z.maxLength(60), storableText({ lines: false })),
  ),
});
export type EnrolmentRequest = z.infer<typeof EnrolmentRequestSchema>;

/** The device token, scoped to one location, revocable. Kept in the browser's storage, never in markup. */
export const EnrolmentSchema = z.object({
  deviceId: z.string(),
  token: z.string().check(z.minLength(32)),
  locationId: SlugSchema,
  issuedAt: IsoDateTimeSchema,
});
export type Enrolment = z.infer<typeof EnrolmentSchema>;
