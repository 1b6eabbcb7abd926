import { statSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, MiddlewareHandler } from 'hono';
import { etagMatches } from './http/cache.js';

/**
 * Serves a folder (the demo site, the widgets' CDN bundle) with content types from the file
 * extension, `Cache-Control`, a validator (`ETag` from size and mtime, `Last-Modified`) and
 * 304 for a client that already has the file. Missing files fall through to the next handler.
 */
export function serveFolder(
  root: string,
  options: { prefix: string; maxAge: number },
): MiddlewareHandler {
  // serveStatic tells which file it found only through onFound, after making the response.
  const found = new WeakMap<Context, string>();
  const inner = serveStatic({
    root,
    rewriteRequestPath: (path) =>
      options.prefix && path.startsWith(options.prefix)
        ? path.slice(options.prefix.length) || '/'
        : path,
    onFound: (path, c) => {
      found.set(c, path);
    },
  });
  return async (c, next) => {
    const response = await inner(c, next);
    const path = found.get(c);
    if (!response || !path || response.status !== 200) return response;
    const stats = statSync(path);
    const etag = `W/"${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}"`;
    const headers = {
      ETag: etag,
      'Cache-Control': `public, max-age=${options.maxAge}`,
      'Last-Modified': stats.mtime.toUTCString(),
    };
    const since = c.req.header('If-Modified-Since');
    const fresh = c.req.header('If-None-Match')
      ? etagMatches(c.req.header('If-None-Match'), etag)
      : since !== undefined && Math.floor(stats.mtimeMs / 1000) * 1000 <= Date.parse(since);
    if (fresh) {
      await response.body?.cancel();
      return new Response(null, { status: 304, headers });
    }
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    response.headers.set('X-Content-Type-Options', 'nosniff');
    return response;
  };
}
