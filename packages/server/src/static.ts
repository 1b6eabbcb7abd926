import { createReadStream, statSync, type Stats } from 'node:fs';
import { Readable } from 'node:stream';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, MiddlewareHandler } from 'hono';
import { etagMatches } from './http/cache.js';

/** The precompressed copies `scripts/precompress.mjs` writes beside a file, by preference. */
const COPIES = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;
type Encoding = (typeof COPIES)[number]['encoding'] | 'identity';

/** The widgets' lazy chunks, named `idokit-<name>-<hash>.js` by rollup, and their source maps. */
export const HASHED_CHUNK = /^idokit-.+-[\w-]{8}\.js(?:\.map)?$/;

/** One year: the longest `max-age` caches honour, for files whose name changes with their content. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The encoding to send among those available, by the client's `Accept-Encoding` (RFC 9110
 * §12.5.3): the highest q-value wins, `q=0` refuses, `*` stands for any encoding not named, and on
 * equal q brotli before gzip before none; "identity" unnamed ranks below every named one. Without the
 * header, or when the client accepts none of them, the file goes out as it is.
 */
export function negotiateEncoding(
  acceptEncoding: string | undefined,
  available: readonly Encoding[],
): Encoding {
  if (acceptEncoding === undefined || acceptEncoding.trim() === '') return 'identity';
  const q = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim());
    if (!name) continue;
    const weight = params.map((p) => /^q=([01](?:\.\d{0,3})?)$/.exec(p)?.[1]).find(Boolean);
    q.set(name === 'x-gzip' ? 'gzip' : name, weight === undefined ? 1 : Number(weight));
  }
  // Unnamed, "identity" stays acceptable (§12.5.3) but below anything the client asked for.
  const weightOf = (encoding: Encoding) =>
    q.get(encoding) ?? q.get('*') ?? (encoding === 'identity' ? 0.0001 : 0);
  let best: Encoding = 'identity';
  let bestWeight = 0;
  for (const encoding of [...available, 'identity'] as const) {
    const weight = weightOf(encoding);
    if (weight > bestWeight) [best, bestWeight] = [encoding, weight];
  }
  return best;
}

/**
 * A copy counts only if it was written from this very version of the file: the build gives it the
 * file's modification time (within the millisecond `utimes` keeps).
 */
function copiesOf(path: string, stats: Stats): Map<Encoding, { path: string; stats: Stats }> {
  const copies = new Map<Encoding, { path: string; stats: Stats }>();
  for (const { encoding, suffix } of COPIES) {
    try {
      const copy = statSync(path + suffix);
      if (copy.isFile() && Math.abs(copy.mtimeMs - stats.mtimeMs) < 1)
        copies.set(encoding, { path: path + suffix, stats: copy });
    } catch {
      // No copy: this encoding is not offered.
    }
  }
  return copies;
}

/**
 * Serves a folder (the demo site, the widgets' CDN bundle) with content types from the file
 * extension, `Cache-Control`, a validator (`ETag` from size and mtime, one per encoding, and
 * `Last-Modified`) and 304 for a client that already has the file. A file with brotli or gzip
 * copies beside it (written at build time) goes out in the encoding the client prefers, with
 * `Vary: Accept-Encoding`. Files whose name matches `immutable` (a content hash in the name) are
 * cached for a year; others for `maxAge` seconds. Missing files fall through to the next handler.
 */
export function serveFolder(
  root: string,
  options: { prefix: string; maxAge: number; immutable?: RegExp },
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
    const copies = copiesOf(path, stats);
    const encoding = negotiateEncoding(c.req.header('Accept-Encoding'), [...copies.keys()]);
    const sent = encoding === 'identity' ? undefined : copies.get(encoding);
    const version = `${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}`;
    const etag = sent ? `W/"${version}-${encoding}"` : `W/"${version}"`;
    const name = path.slice(path.lastIndexOf('/') + 1);
    const headers = new Headers({
      ETag: etag,
      'Cache-Control': options.immutable?.test(name)
        ? IMMUTABLE
        : `public, max-age=${options.maxAge}`,
      'Last-Modified': stats.mtime.toUTCString(),
    });
    if (copies.size) headers.set('Vary', 'Accept-Encoding');
    const since = c.req.header('If-Modified-Since');
    // Any encoding's tag names the same content: a cache holding the gzip copy may revalidate
    // with it and be told 304 for the brotli one (RFC 9110 §8.8.3 allows weak comparison here).
    const ifNoneMatch = c.req.header('If-None-Match')?.replace(/-(?:br|gzip)"/g, '"');
    const fresh = ifNoneMatch
      ? etagMatches(ifNoneMatch, `W/"${version}"`)
      : since !== undefined && Math.floor(stats.mtimeMs / 1000) * 1000 <= Date.parse(since);
    if (fresh) {
      await response.body?.cancel();
      return new Response(null, { status: 304, headers });
    }
    headers.set('Content-Type', response.headers.get('Content-Type') ?? 'application/octet-stream');
    headers.set('X-Content-Type-Options', 'nosniff');
    if (!sent) {
      headers.set('Content-Length', String(stats.size));
      return new Response(response.body, { status: 200, headers });
    }
    await response.body?.cancel();
    headers.set('Content-Encoding', encoding);
    headers.set('Content-Length', String(sent.stats.size));
    const body =
      c.req.method === 'HEAD'
        ? null
        : (Readable.toWeb(createReadStream(sent.path)) as ReadableStream<Uint8Array>);
    return new Response(body, { status: 200, headers });
  };
}
