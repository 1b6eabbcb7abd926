import { statSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
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
  const inner = serveStatic({
    root,
    rewriteRequestPath: (path) =>
      options.prefix && path.startsWith(options.prefix)
        ? path.slice(options.prefix.length) || '/'
        : path,
    onFound: (path, c) => {
      const stats = statSync(path);
      c.header('Cache-Control', `public, max-age=${options.maxAge}`);
      c.header('ETag', `W/"${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}"`);
      c.header('X-Content-Type-Options', 'nosniff');
    },
  });
  return async (c, next) => {
    const response = await inner(c, next);
    const res = response ?? c.res;
    if (res.status !== 200) return response;
    const etag = res.headers.get('ETag');
    const since = c.req.header('If-Modified-Since');
    const modified = res.headers.get('Last-Modified');
    const fresh = c.req.header('If-None-Match')
      ? etag !== null && etagMatches(c.req.header('If-None-Match'), etag)
      : since !== undefined && modified !== null && Date.parse(modified) <= Date.parse(since);
    if (!fresh) return response;
    await res.body?.cancel();
    const headers = new Headers();
    for (const name of ['ETag', 'Cache-Control', 'Last-Modified'])
      if (res.headers.get(name)) headers.set(name, res.headers.get(name)!);
    c.res = new Response(null, { status: 304, headers });
    return c.res;
  };
}
