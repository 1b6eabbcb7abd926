import type { FeedLoader } from './feed-source.js';
import { parseJsonBody, type HttpTransport } from './http-transport.js';
import { lazySchemas, startLoading } from './lazy-schemas.js';

/**
 * Loads a `feed.json` over HTTP, revalidated with `If-None-Match` when the previous copy had an
 * ETag. Entries are checked one by one, in slices that keep a page responsive: an invalid
 * location or partner is left out with a console warning, and the rest is used.
 */
export function httpFeedLoader(transport: HttpTransport, feedUrl: string): FeedLoader {
  return async ({ etag }) => {
    const parseFeed = startLoading(lazySchemas.parseFeed);
    const raw = await transport.request(feedUrl, { etag });
    if (raw.status === 304 && etag) return undefined;
    const { feed, leftOut } = await (
      await parseFeed()
    )(parseJsonBody(raw, 'feed'), {
      sliceMs: 50,
    });
    return { feed, leftOut, etag: raw.etag };
  };
}
