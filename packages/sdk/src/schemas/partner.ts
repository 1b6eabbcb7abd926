import * as z from 'zod/mini';
import {
  AddressSchema,
  BringSchema,
  EmailSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  LanguageTagSchema,
  PhoneSchema,
  PostcodeSchema,
  SlugSchema,
  TextSchema,
  WebUrlSchema,
} from './common.js';
import { OpeningHoursSchema } from './opening-hours.js';
import { PartnerKindSchema, ThemeIdSchema } from './taxonomy.js';

export const REFERRAL_METHODS = ['by-phone', 'by-email', 'walk-in', 'form-url'] as const;
export const ReferralMethodSchema = z.enum(REFERRAL_METHODS);
export type ReferralMethod = z.infer<typeof ReferralMethodSchema>;

/** One way to refer a resident warmly, with short instructions for IDO staff (never shown to residents). */
export const ReferralRouteSchema = z
  .object({
    method: ReferralMethodSchema,
    instructions: TextSchema(400),
    url: z.optional(WebUrlSchema),
  })
  .check(
    z.refine((r) => r.method !== 'form-url' || r.url !== undefined, {
      message: 'A "form-url" referral needs a "url"',
      path: ['url'],
    }),
  );
export type ReferralRoute = z.infer<typeof ReferralRouteSchema>;

/**
 * What help from a partner costs a resident: `free` (gratis), `free-for-members` (gratis voor
 * leden, e.g. an ouderenbond) or `fee` (the resident pays something). Structural, so the widgets
 * can say it in every language; the amount or the conditions go in `note`.
 */
export const PARTNER_COSTS = ['free', 'free-for-members', 'fee'] as const;
export const PartnerCostKindSchema = z.enum(PARTNER_COSTS);
export type PartnerCostKind = z.infer<typeof PartnerCostKindSchema>;

/** What help costs, when the partner has said so. */
export const PartnerCostSchema = z.object({
  kind: PartnerCostKindSchema,
  /** Plain language (B1): "Lid worden kost € 30 per jaar", "Alleen voor een laag inkomen". */
  note: z.optional(TextSchema(200)),
});
export type PartnerCost = z.infer<typeof PartnerCostSchema>;

/** A local referral partner (doorverwijspartner). */
export const PartnerSchema = z.object({
  id: SlugSchema,
  name: TextSchema(120),
  kind: PartnerKindSchema,
  /** Plain language (B1) for residents: what the partner helps with. Never staff instructions. */
  description: TextSchema(600),
  /** For IDO staff only (never shown to residents): how to work with this partner. */
  staffInstructions: z.optional(TextSchema(600)),
  /** What a resident should bring to the partner ("De brief van de Belastingdienst", "Loonstroken"). */
  bring: z.optional(BringSchema),
  themes: z.array(ThemeIdSchema).check(z.minLength(1, 'A partner helps with at least one theme')),
  /** Municipalities served (names as in the BRK/CBS list, e.g. "Utrecht", "Súdwest-Fryslân"). */
  municipalities: z
    .array(TextSchema(80))
    .check(z.minLength(1, 'A partner serves at least one municipality')),
  contact: z.object({
    phone: z.optional(PhoneSchema),
    email: z.optional(EmailSchema),
    website: z.optional(WebUrlSchema),
    address: z.optional(
      z.object({
        street: TextSchema(120),
        houseNumber: AddressSchema.shape.houseNumber,
        postcode: PostcodeSchema,
        city: TextSchema(80),
      }),
    ),
  }),
  hours: z.optional(OpeningHoursSchema),
  /** Languages the partner helps in (BCP 47: `nl`, `en`, `tr`, `ar`), when known. */
  languages: z.optional(
    z
      .array(LanguageTagSchema)
      .check(z.minLength(1, 'Leave "languages" out when they are not known'), z.maxLength(20)),
  ),
  /** What the help costs the resident, when known. */
  cost: z.optional(PartnerCostSchema),
  referral: z.array(ReferralRouteSchema).check(z.minLength(1, 'Say at least one way to refer')),
  /**
   * The library organisation that keeps this entry: its coordinator may edit it (issue 21).
   * Partners without one are kept through the server's import only.
   */
  organisation: z.optional(TextSchema(120)),
  /**
   * The day someone last checked with the partner that this entry is right. The coordinator is
   * reminded when it is more than six months ago.
   */
  checkedOn: z.optional(IsoDateSchema),
  updatedAt: IsoDateTimeSchema,
});
export type Partner = z.infer<typeof PartnerSchema>;
export type PartnerInput = z.input<typeof PartnerSchema>;
