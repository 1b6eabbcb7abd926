import type { FeedLoader } from './feed-source.js';
import { parseJsonBody, type HttpTransport } from './http-transport.js';
import { lazySchemas } from './lazy-schemas.js';
import { validate } from './validate.js';

/**
 * Loads a `feed.json` over HTTP: validated against `FeedSchema`, revalidated with `If-None-Match`
 * when the previous copy had an ETag.
 */
export function httpFeedLoader(transport: HttpTransport, feedUrl: string): FeedLoader {
  return async ({ etag }) => {
    const schemaLoading = lazySchemas.feed();
    schemaLoading.catch(() => undefined);
    const raw = await transport.request(feedUrl, { etag });
    if (raw.status === 304 && etag) return undefined;
    const feed = validate(await schemaLoading, parseJsonBody(raw, 'feed'), 'feed');
    return { feed, etag: raw.etag };
  };
}
