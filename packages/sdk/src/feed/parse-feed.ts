import * as z from 'zod/mini';
import {
  formatPath,
  IdoValidationError,
  type ValidationIssue,
} from '../errors/ido-validation-error.js';
import { HelplineSchema, IsoDateTimeSchema, TextSchema, WebUrlSchema } from '../schemas/common.js';
import { FEED_VERSION, type Feed } from '../schemas/feed.js';
import { LocationSchema, type Location } from '../schemas/location.js';
import { OutreachSessionSchema, type OutreachSession } from '../schemas/outreach-session.js';
import { PartnerSchema, type Partner } from '../schemas/partner.js';
import { TaxonomySchema } from '../schemas/taxonomy.js';

/** Everything of a feed but its entries: what makes a document a feed at all. */
const FeedEnvelopeSchema = z.object({
  version: z.literal(FEED_VERSION),
  generatedAt: IsoDateTimeSchema,
  publisher: z.object({ name: TextSchema(120), url: z.optional(WebUrlSchema) }),
  sample: z.optional(z.boolean()),
  helpline: z.optional(HelplineSchema),
  taxonomy: TaxonomySchema,
  locations: z.array(z.unknown()),
  partners: z.array(z.unknown()),
  outreach: z.optional(z.array(z.unknown())),
});

/** A feed entry that was left out, and why. */
export interface LeftOutEntry {
  kind: 'location' | 'partner' | 'outreach';
  /** The entry's `id`, when it has a string one. */
  id: string | undefined;
  /** Position in the document's `locations`, `partners` or `outreach`. */
  index: number;
  /** Every problem, with its path from the document's root (`locations[3].contact.website`). */
  issues: ValidationIssue[];
}

export interface ParseFeedOptions {
  /**
   * Called once per entry left out. @default a single `console.warn` naming the entry's id and
   * the path of its first problem
   */
  onLeftOut?: (entry: LeftOutEntry) => void;
  /**
   * Validate in slices of about this many milliseconds, yielding to the event loop between them,
   * so a page stays responsive while a large feed is checked. `0`: in one go. @default 0
   */
  sliceMs?: number;
  signal?: AbortSignal;
}

/** The feed's valid entries, and the entries left out. */
export interface ParsedFeed {
  feed: Feed;
  leftOut: LeftOutEntry[];
}

/** The default `onLeftOut`: one warning per entry, for the webmaster who reads the console. */
export function warnLeftOut(entry: LeftOutEntry): void {
  const first = entry.issues[0];
  console.warn(
    `IDO Kit: feed ${entry.kind} ${entry.id === undefined ? `#${entry.index}` : `"${entry.id}"`} left out: ` +
      `${first ? `${formatPath(first.path)}: ${first.message}` : 'invalid'}` +
      (entry.issues.length > 1 ? ` (and ${entry.issues.length - 1} more)` : ''),
  );
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Reads a feed entry by entry: a location or partner that does not match the schema (or repeats
 * an id, or names a theme the taxonomy lacks) is left out, reported through `onLeftOut`, and the
 * rest is used. Only a document that is not a feed at all (no `version` 1, no valid publisher or
 * taxonomy, no `locations`/`partners` lists) is an error.
 * @throws IdoValidationError when `data` is not a feed.
 * @example
 * const { feed, leftOut } = await parseFeed(JSON.parse(text));
 */
export async function parseFeed(
  data: unknown,
  options: ParseFeedOptions = {},
): Promise<ParsedFeed> {
  const envelope = FeedEnvelopeSchema.safeParse(data);
  if (!envelope.success) {
    throw new IdoValidationError(
      'feed',
      envelope.error.issues.map((i) => ({ path: i.path, message: i.message, code: i.code })),
      { cause: envelope.error },
    );
  }
  const onLeftOut = options.onLeftOut ?? warnLeftOut;
  const sliceMs = options.sliceMs ?? 0;
  const leftOut: LeftOutEntry[] = [];
  let sliceStart = performance.now();
  const pause = async (index: number) => {
    if (!sliceMs || index % 32 !== 31 || performance.now() - sliceStart < sliceMs) return;
    await yieldToEventLoop();
    if (options.signal?.aborted) throw options.signal.reason;
    sliceStart = performance.now();
  };
  const reject = (entry: LeftOutEntry) => {
    leftOut.push(entry);
    onLeftOut(entry);
  };

  const themes = new Set(envelope.data.taxonomy.themes.map((t) => t.id));
  const entries = async <T extends { id: string }>(
    kind: LeftOutEntry['kind'],
    raw: unknown[],
    schema: z.ZodMiniType<T>,
    extra?: (value: T, index: number) => ValidationIssue[],
  ): Promise<T[]> => {
    const kept: T[] = [];
    const seen = new Map<string, number>();
    for (let index = 0; index < raw.length; index++) {
      await pause(index);
      const item = raw[index];
      const id = (item as { id?: unknown } | null)?.id;
      const where = kind === 'location' ? 'locations' : kind === 'partner' ? 'partners' : kind;
      const result = schema.safeParse(item);
      const issues: ValidationIssue[] = result.success
        ? (extra?.(result.data, index) ?? [])
        : result.error.issues.map((i) => ({
            path: [where, index, ...i.path],
            message: i.message,
            code: i.code,
          }));
      if (result.success && !issues.length) {
        const first = seen.get(result.data.id);
        if (first === undefined) {
          seen.set(result.data.id, index);
          kept.push(result.data);
          continue;
        }
        issues.push({
          path: [where, index, 'id'],
          message: `Duplicate ${kind} id "${result.data.id}" (also at index ${first})`,
          code: 'custom',
        });
      }
      reject({ kind, id: typeof id === 'string' ? id : undefined, index, issues });
    }
    return kept;
  };

  const {
    locations: rawLocations,
    partners: rawPartners,
    outreach: rawOutreach,
    ...rest
  } = envelope.data;
  const locations = await entries<Location>('location', rawLocations, LocationSchema);
  const partners = await entries<Partner>('partner', rawPartners, PartnerSchema, (partner, index) =>
    partner.themes.flatMap((theme, t) =>
      themes.has(theme)
        ? []
        : [
            {
              path: ['partners', index, 'themes', t],
              message: `Unknown theme "${theme}"; the taxonomy has: ${[...themes].join(', ')}`,
              code: 'custom',
            },
          ],
    ),
  );
  // Outreach sessions (issue 21) only when the feed has the list, so older feeds stay as they were.
  const outreach =
    rawOutreach === undefined
      ? undefined
      : await entries<OutreachSession>('outreach', rawOutreach, OutreachSessionSchema);
  return {
    feed: { ...rest, locations, partners, ...(outreach ? { outreach } : {}) } as Feed,
    leftOut,
  };
}
