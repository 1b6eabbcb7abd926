import type { ValidationIssue } from '../errors/ido-validation-error.js';
import { FeedSchema } from '../schemas/feed.js';

/**
 * Every problem of a feed document, each with its path (`locations[3].contact.website`), for
 * webmasters who publish a feed by hand (`idokit-server validate-feed FILE` prints these).
 * An empty list means the feed is valid as a whole; elements still use a feed with problems,
 * leaving out the entries that have them (see {@link parseFeed}).
 * @param data the parsed JSON document
 */
export function validateFeed(data: unknown): ValidationIssue[] {
  const result = FeedSchema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path, message: i.message, code: i.code }));
}
