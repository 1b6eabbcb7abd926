import { getConnInfo } from '@hono/node-server/conninfo';
import { PdokGeocoder, type Geocoder, type StatsProtectionMethod } from '@idokit/sdk';
import { Hono, type MiddlewareHandler } from 'hono';
import { corsOnResponse } from './http/cors.js';
import { routePath } from 'hono/route';
import { useCoordinatorToken } from './auth/coordinator.js';
import { useDeviceToken } from './auth/devices.js';
import { Catalog } from './data/dataset.js';
import { CachingGeocoder } from './data/geocode-cache.js';
import type { Db } from './db/db.js';
import { pendingMigrations } from './db/migrate.js';
import { readBody } from './http/body.js';
import { isStorageFailure, problemFromDbError } from './http/db-errors.js';
import { createLogger, errorFields, type Logger, type LogFields } from './http/logger.js';
import { HttpProblem, methodNotAllowed, validationProblem } from './http/problem.js';
import { MemoryRateLimiter, seconds, type Rate, type RateLimiter } from './http/rate-limit.js';
import { securityHeaders } from './http/security-headers.js';
import { SqlRateLimiter } from './http/shared-rate-limit.js';
import { SqlGeocodeStore } from './data/shared-geocode-cache.js';
import { unstorableText } from './http/text-guard.js';
import { parseOrThrow } from './http/validate.js';
import { buildOpenApiDocument } from './openapi/document.js';
import { DOCS_CSP, renderDocsPage } from './openapi/docs-page.js';
import { honoPath, type AnyRoute, type AppEnv } from './openapi/route.js';
import { coordinatorRoutes } from './routes/coordinator/index.js';
import { outreachRoutes } from './routes/outreach.js';
import { publicRoutes } from './routes/public.js';
import { renderRoutes } from './routes/render.js';
import { staffRoutes } from './routes/staff.js';
import { HASHED_CHUNK, serveFolder } from './static.js';

/** The server's version, shown in the OpenAPI document. */
export const SERVER_VERSION = '0.1.0';

/** Options of {@link createApp}. */
export interface AppOptions {
  db: Db;
  logger?: Logger;
  /** The clock. @default () => new Date() */
  now?: () => Date;
  /** A geocoder to use instead of PDOK (it is wrapped in the server-side cache either way). */
  geocoder?: Geocoder;
  /** PDOK Locatieserver root. @default PDOK's public v3.1 URL */
  pdokUrl?: string;
  /** Origins allowed to call staff endpoints (`*` for any). Public GETs are open to all. */
  allowedOrigins?: string[];
  /**
   * Rate limits: enrolment (and coordinator sign-in) per client address, registration per device,
   * coordinator requests per coordinator key; `undefined` turns one off.
   */
  rateLimits?: { enrolment?: Rate; registration?: Rate; coordinator?: Rate };
  /** Take the client address from the last `X-Forwarded-For` entry (behind a proxy only). */
  trustProxy?: boolean;
  /** A folder served at `/` (the demo site). */
  staticDir?: string;
  /** A folder served at `/cdn/` (the widgets bundle). */
  cdnDir?: string;
  /**
   * Keep rate limits and the geocoder cache in the database, shared by every replica.
   * @default true on PostgreSQL, false on PGlite (one process: memory is enough)
   */
  sharedState?: boolean;
  /** How long `/readyz` waits for the database. @default 2000 */
  readyTimeoutMs?: number;
  /**
   * Testing only: `none` publishes exact statistics, every breakdown at once, so a test can
   * prove that its attack recovers small counts without the cell-key method. Never set it in a
   * running server; the CLI and the configuration have no way to.
   * @default 'cell-key'
   */
  statsProtectionForTests?: StatsProtectionMethod;
}

/** The app and the handles around it. */
export interface IdoApp {
  app: Hono<AppEnv>;
  catalog: Catalog;
  /** The OpenAPI document served at `/v1/openapi.json`. */
  openapi: Record<string, unknown>;
  /** Marks the server as (not) ready; `/readyz` answers 503 while shutting down. */
  setReady(ready: boolean): void;
}

/** Defaults for the rate limits. */
export const DEFAULT_RATE_LIMITS = {
  enrolment: { capacity: 10, perMs: 3_600_000 },
  registration: { capacity: 120, perMs: 60_000 },
  /** A coordinator at work saves now and then; a script hammering the API is stopped. */
  coordinator: { capacity: 300, perMs: 60_000 },
} as const satisfies Record<string, Rate>;

/** Builds the Hono app: routes, validation, problems, CORS, limits, logging, static files. */
export function createApp(options: AppOptions): IdoApp {
  const db = options.db;
  const logger = options.logger ?? createLogger();
  const now = options.now ?? (() => new Date());
  const catalog = new Catalog(db);
  const shared = options.sharedState ?? db.kind === 'postgres';
  const geocoder = new CachingGeocoder(
    options.geocoder ??
      new PdokGeocoder({
        cacheSize: 0,
        retries: 1,
        ...(options.pdokUrl ? { baseUrl: options.pdokUrl } : {}),
      }),
    shared ? { store: new SqlGeocodeStore(db) } : {},
  );
  const deps = {
    db,
    catalog,
    geocoder,
    logger,
    now,
    ...(options.statsProtectionForTests
      ? { statsProtection: options.statsProtectionForTests }
      : {}),
  };
  const routes: AnyRoute[] = [
    ...publicRoutes(deps),
    ...outreachRoutes(deps),
    ...renderRoutes(deps),
    ...staffRoutes(deps),
    ...coordinatorRoutes(deps),
  ];
  const openapi = buildOpenApiDocument(routes, { version: SERVER_VERSION });
  const openapiJson = JSON.stringify(openapi);
  const docsHtml = renderDocsPage(openapi);
  let ready = true;
  /**
   * Set by the first write that fails for want of storage (a full disk, a read-only database),
   * cleared by the next write that works: a registration stored, or `/readyz`'s own probe.
   * While set, `/readyz` answers 503 so a load balancer sends the desks elsewhere or nowhere.
   */
  let storageFailed = false;
  const storageRecovered = (fields: LogFields) => {
    storageFailed = false;
    logger.info('storage recovered', fields);
  };

  const app = new Hono<AppEnv>();
  const limits = options.rateLimits ?? DEFAULT_RATE_LIMITS;
  const limiter = (name: string, rate: Rate | undefined): RateLimiter | undefined =>
    rate &&
    (shared
      ? new SqlRateLimiter(db, name, rate, () => now().getTime())
      : new MemoryRateLimiter(rate, () => now().getTime()));
  const limiters = {
    enrolment: limiter('enrolment', limits.enrolment),
    registration: limiter('registration', limits.registration),
    coordinator: limiter('coordinator', limits.coordinator),
  };
  const allowed = new Set(options.allowedOrigins ?? []);

  // One line per request: method, route pattern (never the raw URL: a query may hold a
  // postcode), status and duration. Never a body or a header value.
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    logger.info('request', {
      method: c.req.method,
      route: c.get('unmatched') ? '(no route)' : routePath(c),
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });

  app.use('*', securityHeaders());

  // A write that worked clears a storage failure: the disk has room again.
  app.use('*', async (c, next) => {
    await next();
    const writes = c.req.method === 'POST' || c.req.method === 'PUT' || c.req.method === 'DELETE';
    if (storageFailed && writes && c.res.status >= 200 && c.res.status < 300)
      storageRecovered({ route: routePath(c) });
  });

  app.onError((error, c) => {
    if (error instanceof HttpProblem) return error.toResponse();
    // Input the database cannot hold (400), or a database that is away or cannot write (503):
    // never a 500.
    const fromDb = problemFromDbError(error);
    if (fromDb) {
      if (isStorageFailure(error)) {
        storageFailed = true;
        logger.warn('storage failure', { route: routePath(c), ...errorFields(error) });
      } else if (fromDb.status >= 500)
        logger.warn('database unavailable', { route: routePath(c), ...errorFields(error) });
      return fromDb.toResponse();
    }
    logger.error('unhandled error', { route: routePath(c), ...errorFields(error) });
    return new HttpProblem(
      'internal',
      'Something went wrong on the server. It has been logged.',
    ).toResponse();
  });
  app.notFound((c) => {
    c.set('unmatched', true);
    // The path is not echoed: it could be anything a client typed.
    return new HttpProblem('not-found', 'There is nothing at this address').toResponse();
  });

  const clientAddress = (c: Parameters<MiddlewareHandler<AppEnv>>[0]): string => {
    if (options.trustProxy) {
      const forwarded = c.req.header('X-Forwarded-For')?.split(',').pop()?.trim();
      if (forwarded) return forwarded;
    }
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown';
    }
  };

  const publicCors = corsOnResponse({
    origin: '*',
    allowMethods: ['GET', 'HEAD', 'OPTIONS'],
    allowHeaders: ['If-None-Match'],
    exposeHeaders: ['ETag', 'Retry-After'],
    maxAge: 86_400,
  });
  const staffCors = corsOnResponse({
    origin: (origin) => (allowed.has('*') || allowed.has(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match', 'If-None-Match'],
    exposeHeaders: ['Retry-After', 'Content-Disposition', 'ETag'],
    maxAge: 600,
  });

  /**
   * Limits by device on authenticated routes (so strangers on the library's Wi-Fi, behind the
   * same address, cannot use up the staff devices' budget), by client address otherwise (hashed
   * by the limiter, never stored). Every request takes a token before it is handled, so
   * concurrent requests can never get past the limit. With `successesFree`, a request that
   * succeeds gives its token back (enrolment: a library enrolling many devices from its own
   * network is not limited, guessing codes is). Only a success does: it spent a single-use code,
   * so giving back cannot buy a guesser more tries; a failure of any kind (a wrong code, a
   * refused body, a database error) may have checked a code and keeps its token.
   */
  const rateLimit =
    (
      limit: RateLimiter | undefined,
      by: 'device' | 'address',
      successesFree = false,
    ): MiddlewareHandler<AppEnv> =>
    async (c, next) => {
      if (!limit) return next();
      const subject =
        by === 'address'
          ? `address:${clientAddress(c)}`
          : c.get('coordinator')
            ? `coordinator:${c.get('coordinator').keyId}`
            : `device:${c.get('device').id}`;
      const taken = await limit.take(subject);
      if (!taken.ok)
        throw new HttpProblem(
          'rate-limited',
          `Too many requests; try again in ${seconds(taken.retryAfterSeconds)}`,
          { headers: { 'Retry-After': String(taken.retryAfterSeconds) } },
        );
      await next();
      const status = c.res.status;
      // The success is already decided: a limiter that cannot give back costs a token, not it.
      if (successesFree && status >= 200 && status < 300)
        await limit.giveBack(subject).catch(() => {});
    };

  const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
    const header = c.req.header('Authorization') ?? '';
    const match = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)\s*$/i.exec(header);
    const challenge = { headers: { 'WWW-Authenticate': 'Bearer realm="idokit"' } };
    if (!match)
      throw new HttpProblem(
        'unauthorized',
        'Send the device token as "Authorization: Bearer <token>"',
        challenge,
      );
    const device = await useDeviceToken(db, match[1]!, now());
    if (!device) throw new HttpProblem('unauthorized', 'This device token is not known', challenge);
    if (device.revokedAt)
      throw new HttpProblem(
        'token-revoked',
        'This device token has been revoked. Enrol the device again with a new code.',
        challenge,
      );
    c.set('device', device);
    await next();
  };

  /** A coordinator key (issue 21): its own table, so no desk or report token ever passes. */
  const authenticateCoordinator: MiddlewareHandler<AppEnv> = async (c, next) => {
    const header = c.req.header('Authorization') ?? '';
    const match = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)\s*$/i.exec(header);
    const challenge = { headers: { 'WWW-Authenticate': 'Bearer realm="idokit-coordinator"' } };
    if (!match)
      throw new HttpProblem(
        'unauthorized',
        'Send the coordinator key as "Authorization: Bearer <key>"',
        challenge,
      );
    const coordinator = await useCoordinatorToken(db, match[1]!, now());
    if (!coordinator)
      throw new HttpProblem('unauthorized', 'This coordinator key is not known', challenge);
    if (coordinator.revokedAt)
      throw new HttpProblem(
        'token-revoked',
        'This coordinator key has been revoked. Sign in again with a new code.',
        challenge,
      );
    c.set('coordinator', coordinator);
    await next();
  };

  /** Report tokens read statistics only: every other authenticated route refuses them. */
  const devicesOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (c.get('device').scope !== 'location')
      throw new HttpProblem(
        'forbidden',
        'This is a read-only report token: it can read statistics, CSV and reports of its scope, and nothing else.',
      );
    await next();
  };

  for (const route of routes) {
    const path = honoPath(route.path);
    const chain: MiddlewareHandler<AppEnv>[] = [];
    chain.push(route.access === 'public' ? publicCors : staffCors);
    if (route.rateLimit && !route.auth)
      chain.push(rateLimit(limiters[route.rateLimit], 'address', route.rateLimit === 'enrolment'));
    // The body is read (or an oversized one drained and refused) before anything else.
    if (route.body)
      chain.push(async (c, next) => {
        c.set('bodyText', await readBody(c, { maxBytes: route.maxBodyBytes ?? 16 * 1024 }));
        await next();
      });
    if (route.auth === 'coordinator') chain.push(authenticateCoordinator);
    else if (route.auth) chain.push(authenticate);
    if (route.auth === true && !route.reportAccess) chain.push(devicesOnly);
    // After authentication: a request without a valid token is refused before it counts.
    if (route.rateLimit && route.auth) chain.push(rateLimit(limiters[route.rateLimit], 'device'));
    app.use(path, chain[0]!);
    // Hono's overloads cannot type a spread of middleware; the chain is AppEnv-typed above.
    const on = app.on.bind(app) as unknown as (
      method: string,
      path: string,
      ...handlers: MiddlewareHandler<AppEnv>[]
    ) => void;
    on(route.method.toUpperCase(), path, ...chain.slice(1), async (c) => {
      // Text no database can hold is refused whatever the route's schemas allow.
      const unstorable = [...unstorableText(c.req.query()), ...unstorableText(c.req.param())];
      if (unstorable.length > 0) throw validationProblem(unstorable);
      const query = route.query ? parseOrThrow(route.query, c.req.query()) : undefined;
      const params = route.params ? parseOrThrow(route.params, c.req.param()) : undefined;
      let body: unknown;
      if (route.body) {
        const type = c.req.header('Content-Type') ?? '';
        if (!/^application\/([\w.+-]+\+)?json\b/i.test(type))
          throw validationProblem([{ path: 'Content-Type', message: 'Must be application/json' }]);
        let parsed: unknown;
        try {
          parsed = JSON.parse(c.get('bodyText'));
        } catch {
          throw validationProblem([{ path: '', message: 'The body must be JSON' }]);
        }
        const unstorableBody = unstorableText(parsed);
        if (unstorableBody.length > 0) throw validationProblem(unstorableBody);
        body = parseOrThrow(route.body, parsed);
      }
      return route.handler(c, { query, params, body });
    });
  }

  // Another method on a route's path: 405 naming the ones that work (after the routes above).
  const methodsByPath = new Map<string, Set<string>>();
  for (const route of routes) {
    const methods = methodsByPath.get(honoPath(route.path)) ?? new Set(['OPTIONS']);
    methods.add(route.method.toUpperCase());
    if (route.method === 'get') methods.add('HEAD');
    methodsByPath.set(honoPath(route.path), methods);
  }
  for (const [path, methods] of methodsByPath)
    app.all(path, () => {
      throw methodNotAllowed([...methods]);
    });

  app.use('/v1/openapi.json', publicCors);
  app.get('/v1/openapi.json', (c) =>
    c.body(openapiJson, 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    }),
  );
  app.get('/docs', (c) =>
    c.body(docsHtml, 200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
      // The page has no script and loads nothing: say so to the browser.
      'Content-Security-Policy': DOCS_CSP,
    }),
  );
  /** One row, rewritten in place: proves the database takes a write without growing. */
  const writeProbe = () =>
    db.query(
      `INSERT INTO server_secrets (name, value) VALUES ('readiness-write-probe', $1)
       ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value`,
      [now().toISOString()],
    );
  app.get('/healthz', (c) => c.json({ status: 'ok' }, 200, { 'Cache-Control': 'no-store' }));
  app.get('/readyz', async (c) => {
    const headers = { 'Cache-Control': 'no-store' };
    if (!ready) return c.json({ status: 'shutting-down' }, 503, headers);
    let timer: NodeJS.Timeout | undefined;
    // Its own timeout: a load balancer's probe must get an answer while the database hangs.
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error('the database did not answer in time')),
        options.readyTimeoutMs ?? 2000,
      );
    });
    timeout.catch(() => {});
    try {
      const pending = await Promise.race([
        pendingMigrations(db, undefined, { strict: true }),
        timeout,
      ]);
      if (pending.length > 0)
        return c.json({ status: 'migrations-pending', pending }, 503, headers);
      // After a failed write, ready again only once a write works: try one (a single tiny row).
      if (storageFailed) {
        await Promise.race([writeProbe(), timeout]);
        storageRecovered({ probe: true });
      }
      await catalog.current(); // ready means the dataset is in memory, not just the database up
      return c.json({ status: 'ready', database: db.kind }, 200, headers);
    } catch (error) {
      logger.warn('readiness check failed', errorFields(error));
      if (isStorageFailure(error)) storageFailed = true;
      return c.json(
        { status: storageFailed ? 'storage-unavailable' : 'database-unavailable' },
        503,
        headers,
      );
    } finally {
      clearTimeout(timer);
    }
  });

  // Pages on other sites load the widgets' module bundle from here: module scripts need CORS.
  if (options.cdnDir) app.use('/cdn/*', publicCors);
  if (options.cdnDir) {
    // The staff page's service worker lives here but controls a page elsewhere on the site
    // (`/medewerkers.html`): without this header a worker's scope cannot leave `/cdn/`. Always
    // revalidated, so a new build reaches the desks on their next visit.
    app.use('/cdn/idokit-staff-sw.js', async (c, next) => {
      await next();
      if (c.res.status !== 200 && c.res.status !== 304) return;
      c.res.headers.set('Service-Worker-Allowed', '/');
      c.res.headers.set('Cache-Control', 'no-cache');
    });
    app.use(
      '/cdn/*',
      // Chunks are named `idokit-<name>-<hash>.js` (rollup's chunkFileNames): their content never
      // changes under one name. The loader `idokit.js` keeps its name, so it is revalidated soon.
      serveFolder(options.cdnDir, { prefix: '/cdn', maxAge: 300, immutable: HASHED_CHUNK }),
    );
  }
  if (options.staticDir) app.use('/*', serveFolder(options.staticDir, { prefix: '', maxAge: 60 }));

  return {
    app,
    catalog,
    openapi,
    setReady(value) {
      ready = value;
    },
  };
}
