import * as z from 'zod/mini';
import { LocalizedTextSchema, SlugSchema, uniqueIds } from './common.js';

/** The question types of the national IDO registration form. Structural: the form logic depends on them. */
export const QUESTION_TYPES = ['government', 'library', 'other'] as const;
export const QuestionTypeSchema = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof QuestionTypeSchema>;

export const GOVERNMENT_LEVELS = ['national', 'municipal', 'regional', 'other'] as const;
export const GovernmentLevelSchema = z.enum(GOVERNMENT_LEVELS);
export type GovernmentLevel = z.infer<typeof GovernmentLevelSchema>;

export const HELP_KINDS = [
  'informed',
  'searched-together',
  'explained',
  'referred',
  'not-helped',
  'follow-up',
] as const;
export const HelpKindSchema = z.enum(HELP_KINDS);
export type HelpKind = z.infer<typeof HelpKindSchema>;

export const CHANNELS = ['desk', 'phone', 'email', 'appointment', 'outreach'] as const;
export const ChannelSchema = z.enum(CHANNELS);
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
  z.object({ id, label: LocalizedTextSchema, description: z.optional(LocalizedTextSchema) });

export const TaxonomyEntrySchema = entry(SlugSchema);
export type TaxonomyEntry = z.infer<typeof TaxonomyEntrySchema>;

/**
 * The categories of the national IDO registration form (Bibliotheekmonitor, since April 2024),
 * with Dutch and English labels. Kept as data so it can change without a release.
 */
export const TaxonomySchema = z.object({
  version: z.string().check(z.minLength(1)),
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
  partnerKinds: z.array(entry(PartnerKindSchema)).check(uniqueIds('partner kind')),
  /** Visit duration buckets in minutes; the last one means "this or longer". */
  durationBuckets: z.array(z.number().check(z.int(), z.positive())).check(z.minLength(1)),
});
export type Taxonomy = z.infer<typeof TaxonomySchema>;
