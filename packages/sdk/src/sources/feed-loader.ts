import { IdoHttpError } from '../errors/ido-http-error.js';
import { IdoNotFoundError } from '../errors/ido-not-found-error.js';
import type { Location } from '../schemas/location.js';
import type { FeedLoader } from './feed-source.js';
import { parseJsonBody, type HttpTransport } from './http-transport.js';
import { lazySchemas, startLoading } from './lazy-schemas.js';
import { validate } from './validate.js';

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

/**
 * Loads one location of a split feed (`idokit-server export-feed --split`): the file
 * `locations/<id>.json` in the feed's folder, validated against `LocationSchema`.
 * @throws IdoNotFoundError when there is no such file (404).
 */
export function httpLocationLoader(
  transport: HttpTransport,
  folderUrl: string,
): (id: string, options?: { signal?: AbortSignal }) => Promise<Location> {
  return async (id, options) => {
    const schema = startLoading(lazySchemas.location);
    const path = `${folderUrl}locations/${encodeURIComponent(id)}.json`;
    try {
      const raw = await transport.request(path, { signal: options?.signal });
      return validate(
        await schema(),
        parseJsonBody(raw, `location file ${id}`),
        `location file ${id}`,
      );
    } catch (error) {
      if (error instanceof IdoHttpError && error.status === 404)
        throw new IdoNotFoundError('location', id, { cause: error });
      throw error;
    }
  };
}
