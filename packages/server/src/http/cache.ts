import type { Context } from 'hono';
import { etagOf } from '../data/dataset.js';

/** Whether an `If-None-Match` header matches an ETag (weak comparison, RFC 9110 §13.1.2). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => bare(tag) === bare(etag));
}

/**
 * A public, cacheable response: a strong ETag over the body, `Cache-Control: public`, and 304
 * without a body when the client already holds this version.
 */
export function cacheableResponse(
  c: Context,
  body: string,
  options: { contentType?: string; maxAge?: number; etag?: string } = {},
): Response {
  const etag = options.etag ?? etagOf(body);
  const headers = new Headers({
    ETag: etag,
    'Cache-Control': `public, max-age=${options.maxAge ?? 300}`,
  });
  if (etagMatches(c.req.header('If-None-Match'), etag))
    return new Response(null, { status: 304, headers });
  headers.set('Content-Type', options.contentType ?? 'application/json; charset=utf-8');
  return new Response(body, { status: 200, headers });
}
