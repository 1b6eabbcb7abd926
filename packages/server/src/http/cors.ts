import type { Context, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/** The options of Hono's `cors` that the API uses. */
export interface CorsOptions {
  /** `'*'`, or the allowed origin for a request's `Origin` (`null`: none). */
  origin: '*' | ((origin: string, c: Context) => string | null | undefined);
  allowMethods: string[];
  allowHeaders: string[];
  exposeHeaders: string[];
  maxAge: number;
}

/**
 * CORS as Hono's `cors` middleware answers it, with one difference that matters for speed: on an
 * actual (non-preflight) request the headers are written on the handler's response after it ran.
 * Hono's middleware writes them on a response it creates before the handler, and the handler's
 * response must then be copied into a new one (its body read as a stream): about a fifth of the
 * cost of a small public answer. Preflight requests go to Hono's middleware unchanged.
 */
export function corsOnResponse(options: CorsOptions): MiddlewareHandler {
  const preflight = cors(options);
  const expose = options.exposeHeaders.join(',');
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    await next();
    const requestOrigin = c.req.header('Origin') ?? '';
    const allow = options.origin === '*' ? '*' : options.origin(requestOrigin, c);
    const headers = c.res.headers;
    if (allow) headers.set('Access-Control-Allow-Origin', allow);
    if (expose) headers.set('Access-Control-Expose-Headers', expose);
    if (options.origin !== '*') headers.append('Vary', 'Origin');
  };
}
