import * as z from 'zod/mini';
import { STATS_PERIOD_KINDS, parseStatsPeriod } from './stats-periods.js';
import { IsoDateTimeSchema, ServiceDateSchema, SlugSchema, storableText } from './common.js';
import {
  ChannelSchema,
  GovernmentLevelSchema,
  HelpKindSchema,
  OrganisationIdSchema,
  QuestionTypeSchema,
  TaxonomySchema,
  ThemeIdSchema,
} from './taxonomy.js';

export const VISITOR_KINDS = ['self', 'on-behalf'] as const;
export const DURATION_BUCKETS = [5, 10, 20, 30, 60] as const;
export const NOTE_MAX_LENGTH = 280;
export const OUTREACH_NAME_MAX_LENGTH = 80;

// Lower-cased, so one id is one idempotency key however a client spells it.
const UuidSchema = z.uuid({ error: 'Must be a UUID' }).check(z.toLowerCase());

/** Where a question was referred to: a known partner, or a kind of partner. */
export const ReferralSchema = z
  .object({
    partnerId: z.optional(SlugSchema),
    /** A referral target of the categories (`partnerKinds`): a kind of partner or, e.g., `overheidsinstantie`. */
    partnerKind: z.optional(SlugSchema),
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
    /**
     * Answers to the categories' follow-up questions, by question id (`{ "digid": "no" }`).
     * Checked by the server against the categories the registration was made with.
     */
    followUp: z.optional(z.record(SlugSchema, SlugSchema)),
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
 * A visit at an outreach session away from the desk (a community centre, a pop-up). It counts
 * under the registration's `locationId`, the location that held the session.
 */
export const OutreachSchema = z.object({
  /**
   * Where the session was ("Buurthuis De Kroon"): one line of 1 to 80 characters, never personal
   * data (checked by findPersonalData like the note).
   */
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Say where the outreach session was'),
      z.maxLength(OUTREACH_NAME_MAX_LENGTH),
      storableText({ lines: false }),
    ),
  /**
   * The coordinator's outreach session, when there is one (issue 21): the server refuses an id
   * that names no session, or a session of another location than `locationId` (400, path
   * `outreach.sessionId`). `name` is still sent, so counts read without the session.
   */
  sessionId: z.optional(SlugSchema),
});
export type Outreach = z.infer<typeof OutreachSchema>;

/**
 * One visit, anonymous by design: no name, contact, address or exact time of a visitor, only
 * the hour. `id` is made on the client and is the idempotency key. Registrations are
 * append-only; a correction is a new registration that `supersedes` an earlier id, and a
 * withdrawal is one that `supersedes` it with `withdrawn: true`. Only the latest registration
 * of a chain counts, and not at all when it is a withdrawal.
 */
export const QuestionRegistrationSchema = z
  .object({
    id: UuidSchema,
    locationId: SlugSchema,
    /**
     * The day of the visit. May lie in the past (a registration made afterwards, or an outbox
     * that delivers days late), never after today (Europe/Amsterdam): the server refuses that.
     */
    date: ServiceDateSchema,
    hour: z.number().check(z.int(), z.gte(0), z.lte(23)),
    channel: ChannelSchema,
    visitorKind: z.optional(z.enum(VISITOR_KINDS)),
    /**
     * A bucket of the categories' `durationBuckets` (by default 5, 10, 20, 30 or 60, meaning 60 or
     * more); the server checks it against the categories the registration was made with.
     */
    durationMinutes: z
      .number({ error: 'Must be a number of minutes, such as 10' })
      .check(z.int(), z.positive(), z.lte(1440)),
    /**
     * The categories version the registration was made with (the taxonomy's `version`). Optional
     * for older clients: the server then records the version in force on the visit's date.
     */
    categoriesVersion: z.optional(TaxonomySchema.shape.version),
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
    /** A visit at an outreach session; it counts under `locationId`, in the period of `date`. */
    outreach: z.optional(OutreachSchema),
    /** The earlier registration (same location) this one corrects or withdraws. */
    supersedes: z.optional(UuidSchema),
    /**
     * Withdraws the registration it `supersedes` (registered by mistake): it repeats that one's
     * content and counts nowhere. Only the latest of a chain decides: a correction of a withdrawal
     * counts again, a withdrawal of a correction counts nowhere.
     */
    withdrawn: z.optional(z.literal(true)),
  })
  .check(
    z.refine((r) => r.withdrawn === undefined || r.supersedes !== undefined, {
      message: 'A withdrawal names the registration it withdraws ("supersedes")',
      path: ['withdrawn'],
    }),
  );
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

/** The fixed calendar periods statistics are asked for (never a free date range). */
export const STATS_PERIODS = STATS_PERIOD_KINDS;
export const STATS_DIMENSIONS = [
  'questionType',
  'governmentLevel',
  'organisation',
  'theme',
  'help',
  /** Referred questions by the kind of partner they went to. */
  'referralKind',
  /** Referred questions, `warm` or `not-warm`. */
  'referralWarm',
  /** Referred questions by the partner named (a referral to a kind only is not in it). */
  'referralPartner',
  /** Questions that could not be helped, by the reason given. */
  'notHelpedReason',
  /** Answers to the categories' follow-up questions: `digid:yes`, `digid:no` … (question:answer). */
  'followUp',
  'channel',
  /** Visits by weekday and part of the day (`mon-morning` … `sun-evening`, see `TIMES_OF_DAY`). */
  'timeOfDay',
  /** Visits at the library (`library`) or at an outreach session elsewhere (`outreach`). */
  'place',
] as const;
export type StatsDimension = (typeof STATS_DIMENSIONS)[number];

/** Who a token belongs to: a device at one location, or a read-only report token. */
export const ACCESS_SCOPES = ['location', 'organisation', 'municipality'] as const;
export type AccessScope = (typeof ACCESS_SCOPES)[number];

/** A fixed period: week `2026-W47`, month `2026-11`, quarter `2026-Q4` or year `2026`. */
export const StatsPeriodKeySchema = z
  .string()
  .check(
    z.refine(
      (key) => parseStatsPeriod(key) !== undefined,
      'Must be a week (2026-W47), month (2026-11), quarter (2026-Q4) or year (2026), from 2000 through 2100',
    ),
  );

/**
 * What to count: one fixed period, and optionally one location of a report token's scope (a
 * device token always gets its own location).
 */
export const RegistrationStatsFilterSchema = z.object({
  period: StatsPeriodKeySchema,
  location: z.optional(SlugSchema),
});
export type RegistrationStatsFilter = z.input<typeof RegistrationStatsFilterSchema>;

/**
 * A published count. Since the cell-key method (issue 20) every count is a number: its true
 * count plus a small noise (at most `protection.maxNoise`). The marks `"<5"` (hidden small
 * count) and `"x"` (hidden to protect one) of the earlier small-number suppression are still
 * accepted when reading, so an answer saved or served by an older server parses, but are never
 * sent any more; new code may treat a count as a number.
 */
export const SuppressedCountSchema = z.union([
  z.number().check(z.int(), z.gte(0)),
  z.literal('<5'),
  z.literal('x'),
]);
export type SuppressedCount = z.infer<typeof SuppressedCountSchema>;

const CellSchema = z.object({ key: z.string(), count: SuppressedCountSchema });
const CellsSchema = z.array(CellSchema);

const StatsCountsShape = {
  visits: SuppressedCountSchema,
  questions: SuppressedCountSchema,
  /**
   * Per dimension, the categories with a published count above 0, largest first; empty while
   * the period has not settled (see `settled`).
   */
  breakdown: z.object({
    questionType: CellsSchema,
    governmentLevel: CellsSchema,
    organisation: CellsSchema,
    theme: CellsSchema,
    help: CellsSchema,
    referralKind: CellsSchema,
    referralWarm: CellsSchema,
    channel: CellsSchema,
    // Counted since issue 20; an older server's answer lacks them.
    referralPartner: z.optional(CellsSchema),
    notHelpedReason: z.optional(CellsSchema),
    followUp: z.optional(CellsSchema),
    timeOfDay: z.optional(CellsSchema),
    place: z.optional(CellsSchema),
  } satisfies Record<StatsDimension, unknown>),
};

/** Visits, questions and breakdowns of one location or scope in one period. */
export const StatsCountsSchema = z.object(StatsCountsShape);
export type StatsCounts = z.infer<typeof StatsCountsSchema>;

/** How published counts are protected: `cell-key` perturbation; `none` only in tests. */
export const STATS_PROTECTION_METHODS = ['cell-key', 'none'] as const;
export type StatsProtectionMethod = (typeof STATS_PROTECTION_METHODS)[number];

/**
 * Aggregated registrations for a fixed period. Every count is perturbed by the cell-key method
 * (it may differ from the true count by up to `protection.maxNoise`; the same records always
 * give the same number), and parts and totals are perturbed independently, so parts need not
 * add up to their total. Breakdowns are given once the period has `settled`.
 */
export const RegistrationStatsSchema = z.object({
  period: z.string(),
  kind: z.enum(STATS_PERIOD_KINDS),
  /** The period's first and last date. */
  from: ServiceDateSchema,
  to: ServiceDateSchema,
  /** How the counts are protected, and the most any count differs from the true one. */
  protection: z.object({
    method: z.enum(STATS_PROTECTION_METHODS),
    maxNoise: z.number().check(z.int(), z.gte(0)),
  }),
  /**
   * Whether the period has settled: ended at least 15 days ago, so no visit can be registered
   * in it any more. Until then only its totals are given, and every breakdown is empty.
   */
  settled: z.boolean(),
  /** The first day on which the period counts as settled. */
  settledOn: ServiceDateSchema,
  /** Before cell-key perturbation: the threshold of small-number suppression. No longer sent. */
  suppressBelow: z.optional(z.number()),
  /** Whose counts: the device's location, or a report token's organisation or municipality. */
  scope: z.object({ kind: z.enum(ACCESS_SCOPES), name: z.string() }),
  /** The scope's locations. */
  locations: z.array(z.object({ id: SlugSchema, name: z.string() })),
  /** The location counted; absent for the total of a scope of several locations. */
  locationId: z.optional(SlugSchema),
  ...StatsCountsShape,
  /** For a quarter or year: each month, with its breakdowns once that month has settled. */
  periods: z.array(z.object({ period: z.string(), settled: z.boolean(), ...StatsCountsShape })),
  /**
   * The same period a year earlier (`2025-Q4` beside `2026-Q4`), counted and protected the same
   * way (its counts are the ones that period's own answer gives). Absent when nothing was
   * registered then, or when the week has no counterpart (week 53).
   */
  lastYear: z.optional(z.object({ period: z.string(), settled: z.boolean(), ...StatsCountsShape })),
  /** The names of the partners in `referralPartner` (public data, as in the feed). */
  partners: z.optional(z.array(z.object({ id: SlugSchema, name: z.string() }))),
  /** For the total of several locations: each location's counts. */
  byLocation: z.array(z.object({ locationId: SlugSchema, ...StatsCountsShape })),
});
export type RegistrationStats = z.infer<typeof RegistrationStatsSchema>;

/** Enrolment: a staff member types a short one-time code on a device. */
export const EnrolmentRequestSchema = z.object({
  code: z.string().check(
    z.trim(),
    // As typed from a note: any case, with the hyphen or a space, or neither ("7KQ2-M9XD").
    z.regex(/^[A-Z0-9](?:[ -]?[A-Z0-9]){5,15}$/i, 'Must be the enrolment code you were given'),
  ),
  /**
   * A short name for the desk in the token list ("Balie 1"): one line of at most 40 characters,
   * no personal data. Left out (or empty), the server names the device after its location and
   * a number ("Zwolle Centrum 2").
   */
  deviceLabel: z.optional(
    z
      .string()
      .check(
        z.trim(),
        z.maxLength(40, 'At most 40 characters, such as "Balie 1"'),
        storableText({ lines: false }),
      ),
  ),
});
export type EnrolmentRequest = z.infer<typeof EnrolmentRequestSchema>;

/**
 * A token, kept in the browser's storage, never in markup; revocable. A device token
 * (`scope: 'location'`) is scoped to one location and may register; a report token
 * (`organisation` or `municipality`, named by `scopeName`) may only read statistics of its scope.
 */
export const EnrolmentSchema = z.object({
  deviceId: z.string(),
  token: z.string().check(z.minLength(32)),
  /** The device's location (device tokens only). */
  locationId: z.optional(SlugSchema),
  scope: z._default(z.enum(ACCESS_SCOPES), 'location'),
  /** The library organisation or municipality of a report token. */
  scopeName: z.optional(z.string()),
  /** The device's name in the token list, as given at enrolment or chosen by the server. */
  deviceLabel: z.optional(z.string()),
  issuedAt: IsoDateTimeSchema,
});
export type Enrolment = z.infer<typeof EnrolmentSchema>;
