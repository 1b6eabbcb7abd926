import * as z from 'zod/mini';
import {
  HelplineSchema,
  IsoDateTimeSchema,
  TextSchema,
  uniqueIds,
  WebUrlSchema,
} from './common.js';
import { LocationSchema } from './location.js';
import { OutreachSessionSchema } from './outreach-session.js';
import { PartnerSchema } from './partner.js';
import { TaxonomySchema } from './taxonomy.js';

export const FEED_VERSION = 1;

/**
 * The whole public dataset as one document: what `feed="…/feed.json"` points to and what
 * `GET /v1/feed.json` serves. Cross-references are checked: unique ids, and every partner theme
 * and kind known to the taxonomy.
 */
export const FeedSchema = z
  .object({
    version: z.literal(FEED_VERSION),
    generatedAt: IsoDateTimeSchema,
    publisher: z.object({ name: TextSchema(120), url: z.optional(WebUrlSchema) }),
    /** True for the bundled sample dataset: the libraries and addresses in it are not real. */
    sample: z.optional(z.boolean()),
    helpline: z.optional(HelplineSchema),
    taxonomy: TaxonomySchema,
    locations: z.array(LocationSchema).check(uniqueIds('location')),
    partners: z.array(PartnerSchema).check(uniqueIds('partner')),
    /** Outreach sessions (issue 21): dated consultations away from the library. */
    outreach: z.optional(z.array(OutreachSessionSchema).check(uniqueIds('outreach session'))),
  })
  .check(
    z.superRefine((feed, ctx) => {
      const themes = new Set(feed.taxonomy.themes.map((t) => t.id));
      feed.partners.forEach((partner, index) => {
        partner.themes.forEach((theme, t) => {
          if (!themes.has(theme))
            ctx.issues.push({
              code: 'custom',
              message: `Unknown theme "${theme}"; the taxonomy has: ${[...themes].join(', ')}`,
              path: ['partners', index, 'themes', t],
              input: theme,
            });
        });
      });
    }),
  );
export type Feed = z.infer<typeof FeedSchema>;
export type FeedInput = z.input<typeof FeedSchema>;
