import * as z from 'zod/mini';
import { IsoDateSchema, LocalizedTextSchema, SlugSchema, TextSchema, uniqueIds } from './common.js';

/** The question types of the national IDO registration form. Structural: the form logic depends on them. */
export const QUESTION_TYPES = ['government', 'library', 'other'] as const;
export const QuestionTypeSchema = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof QuestionTypeSchema>;

export const GOVERNMENT_LEVELS = ['national', 'municipal', 'regional', 'other'] as const;
export const GovernmentLevelSchema = z.enum(GOVERNMENT_LEVELS);
export type GovernmentLevel = z.infer<typeof GovernmentLevelSchema>;

/**
 * The help kinds of the default categories. Help given is data (a categories version may add
 * kinds, such as `course`); `referred` and `not-helped` are structural: a referral and a reason
 * go with them, and every categories version has them.
 */
export const HELP_KINDS = [
  'informed',
  'searched-together',
  'explained',
  'referred',
  'not-helped',
  'follow-up',
  'course',
] as const;
/** The help kinds every categories version must have: the registration rules depend on them. */
export const STRUCTURAL_HELP_KINDS = ['referred', 'not-helped'] as const;
/** A help kind id: open-ended, checked by the server against the categories of the visit. */
export const HelpKindSchema = SlugSchema;
export type HelpKind = z.infer<typeof HelpKindSchema>;

/** The channels of the default categories; channels are data, checked like help kinds. */
export const CHANNELS = ['desk', 'phone', 'email', 'appointment', 'outreach'] as const;
export const ChannelSchema = SlugSchema;
export type Channel = z.infer<typeof ChannelSchema>;

export const PARTNER_KINDS = [
  'sociaal-raadslieden',
  'welzijn',
  'humanitas',
  'formulierenbrigade',
  'schuldhulp',
  'vakbond-ouderenbond',
  'clientondersteuning',
  'zorgkantoor',
  'belastingservice',
  'juridisch-loket',
  'gemeente',
  'other',
] as const;
export const PartnerKindSchema = z.enum(PARTNER_KINDS);
export type PartnerKind = z.infer<typeof PartnerKindSchema>;

/** A theme id (`toeslagen`, `belastingen`, …). Open-ended: themes are data, checked against a taxonomy. */
export const ThemeIdSchema = SlugSchema;
export type ThemeId = z.infer<typeof ThemeIdSchema>;

/** An organisation id (`belastingdienst`, `uwv`, …). Open-ended like themes. */
export const OrganisationIdSchema = SlugSchema;
export type OrganisationId = z.infer<typeof OrganisationIdSchema>;

const entry = <T extends z.ZodMiniType<string>>(id: T) =>
  z.object({
    id,
    label: LocalizedTextSchema,
    description: z.optional(LocalizedTextSchema),
    /**
     * Ids this entry had in earlier categories versions: statistics count a registration made
     * with one of them under this entry's `id`, so year-on-year figures keep adding up.
     */
    formerIds: z.optional(z.array(SlugSchema)),
  });

export const TaxonomyEntrySchema = entry(SlugSchema);
export type TaxonomyEntry = z.infer<typeof TaxonomyEntrySchema>;

/**
 * A question the form asks after the main ones, such as "Heeft de bezoeker een DigiD?", with
 * its answers. `appliesTo` limits it to questions with one of the listed themes or
 * organisations (any of them); without it, it goes with every question about the government.
 */
export const FollowUpQuestionSchema = z.object({
  id: SlugSchema,
  label: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  answers: z
    .array(TaxonomyEntrySchema)
    .check(z.minLength(2, 'A follow-up question has at least two answers'), uniqueIds('answer')),
  appliesTo: z.optional(
    z.object({
      themes: z.optional(z.array(ThemeIdSchema)),
      organisations: z.optional(z.array(OrganisationIdSchema)),
    }),
  ),
});
export type FollowUpQuestion = z.infer<typeof FollowUpQuestionSchema>;

/**
 * The categories of the national IDO registration form (Bibliotheekmonitor, since April 2024),
 * with Dutch and English labels. Kept as data so it can change without a release: a categories
 * file (see `CategoriesSchema`) is a taxonomy with a `validFrom`, checked more strictly.
 */
export const TaxonomySchema = z.object({
  /** The categories version ("2024-04"); registrations carry it as `categoriesVersion`. */
  version: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Give the categories a version, such as "2025-01"'),
      z.maxLength(40),
      z.regex(/^[\w.-]+$/, 'Must be letters, digits, ".", "-" or "_", such as "2025-01"'),
    ),
  /** The first day (Europe/Amsterdam) visits are registered with this version. */
  validFrom: z.optional(IsoDateSchema),
  /** Where the categories come from, in words (the public sources, the national programme). */
  source: z.optional(TextSchema(1000)),
  questionTypes: z.array(entry(QuestionTypeSchema)).check(uniqueIds('question type')),
  governmentLevels: z.array(entry(GovernmentLevelSchema)).check(uniqueIds('government level')),
  organisations: z
    .array(
      z.object({ ...entry(OrganisationIdSchema).shape, level: z.optional(GovernmentLevelSchema) }),
    )
    .check(z.minLength(1), uniqueIds('organisation')),
  themes: z.array(entry(ThemeIdSchema)).check(z.minLength(1), uniqueIds('theme')),
  help: z.array(entry(HelpKindSchema)).check(uniqueIds('help')),
  notHelpedReasons: z.array(TaxonomyEntrySchema).check(uniqueIds('not-helped reason')),
  channels: z.array(entry(ChannelSchema)).check(uniqueIds('channel')),
  /**
   * Where a question can be referred to (the referral targets): kinds of partner, and others
   * such as "de bevoegde overheidsinstantie". Open-ended like themes; a partner's own `kind` is
   * one of `PARTNER_KINDS`.
   */
  partnerKinds: z.array(TaxonomyEntrySchema).check(uniqueIds('referral target')),
  /** Visit duration buckets in minutes; the last one means "this or longer". */
  durationBuckets: z.array(z.number().check(z.int(), z.positive())).check(z.minLength(1)),
  /** Questions asked after the main ones, such as whether the visitor has a DigiD. */
  followUpQuestions: z.optional(
    z.array(FollowUpQuestionSchema).check(uniqueIds('follow-up question')),
  ),
});
export type Taxonomy = z.infer<typeof TaxonomySchema>;
