import type { MiddlewareHandler } from 'hono';

/** PDOK's base-map tiles, the one outside source the demo's map loads. */
export const PDOK_TILE_ORIGIN = 'https://service.pdok.nl';

/**
 * The Content-Security-Policy of HTML pages served from the static folder (the demo site): its
 * scripts, styles, data and fonts come from this server only (no inline script), images also
 * from PDOK's tiles; it may not be framed by other sites, post forms elsewhere or change its base.
 */
export const SITE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  `img-src 'self' ${PDOK_TILE_ORIGIN}`,
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/**
 * Security headers on every response: `X-Content-Type-Options: nosniff` and
 * `Referrer-Policy: no-referrer` everywhere (API answers and problems included), and on HTML
 * pages a Content-Security-Policy ({@link SITE_CSP} unless the route set a stricter one, as
 * `/docs` does). HSTS belongs at the TLS-terminating proxy (see the README).
 */
export function securityHeaders(options: { htmlCsp?: string } = {}): MiddlewareHandler {
  const csp = options.htmlCsp ?? SITE_CSP;
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'no-referrer');
    if (/^text\/html\b/i.test(headers.get('Content-Type') ?? '')) {
      if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', csp);
    }
  };
}
