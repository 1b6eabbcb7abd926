import type { Context, MiddlewareHandler } from 'hono';
import type * as z from 'zod/mini';
import type { Coordinator } from '../auth/coordinator.js';
import type { Device } from '../auth/devices.js';

/** What the app keeps on a request's context. */
export interface AppEnv {
  Variables: {
    /** The authenticated device (routes with `auth: true`). */
    device: Device;
    /** The signed-in coordinator key (routes with `auth: 'coordinator'`). */
    coordinator: Coordinator;
    /** Set when no route matched (the request log then names no route). */
    unmatched: boolean;
    /** The request body as text, read (within the route's size limit) before authentication. */
    bodyText: string;
  };
}

type Schema = z.ZodMiniType;
type Out<S> = S extends Schema ? z.output<S> : undefined;

/** The validated input a handler receives. */
export interface RouteInput<Q, P, B> {
  query: Out<Q>;
  params: Out<P>;
  body: Out<B>;
}

/** A documented response. */
export interface ResponseSpec {
  description: string;
  /** A name in `components.schemas` (the problem schema for errors). */
  schema?: string;
  /** @default 'application/json' ('application/problem+json' for 4xx/5xx) */
  contentType?: string;
}

/** A request header a route reads (documentation only; the handler checks it). */
export interface HeaderSpec {
  name: string;
  description: string;
  required?: boolean;
  schema?: object;
}

/**
 * One route of the API: the single source for its Hono registration (validation of query,
 * path and body with these schemas) and for its entry in the OpenAPI document.
 */
export interface RouteSpec<
  Q extends Schema | undefined = Schema | undefined,
  P extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
> {
  method: 'get' | 'post' | 'put' | 'delete';
  /** OpenAPI style: `/v1/locations/{id}`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** `public` GETs are open to every origin; `staff` routes only to configured origins. */
  access: 'public' | 'staff';
  /**
   * Needs `Authorization: Bearer <token>`: `true` a device (or, with `reportAccess`, a report)
   * token; `'coordinator'` a coordinator key, and nothing else (issue 21).
   */
  auth?: boolean | 'coordinator';
  /**
   * A read-only report token (organisation or municipality) may call it too. Without this, an
   * authenticated route answers a report token 403: report tokens never write.
   */
  reportAccess?: boolean;
  /** Answers with ETag and Cache-Control, and 304 to a matching If-None-Match. */
  cacheable?: boolean;
  /** Which rate limit applies. */
  rateLimit?: 'enrolment' | 'registration' | 'coordinator';
  /** Largest accepted body in bytes (routes with a body). */
  maxBodyBytes?: number;
  /** An object schema over the query string (values arrive as strings). */
  query?: Q;
  /** An object schema over the path parameters. */
  params?: P;
  /** The JSON body's schema, and its name in `components.schemas`. */
  body?: B;
  bodySchemaName?: string;
  headers?: HeaderSpec[];
  responses: Record<number, ResponseSpec>;
  handler: (c: Context<AppEnv>, input: RouteInput<Q, P, B>) => Response | Promise<Response>;
}

/** Declares a route with its handler typed from its schemas. */
export function defineRoute<
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
>(spec: RouteSpec<Q, P, B>): RouteSpec<Q, P, B> {
  return spec;
}

/** Any route, for tables. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteSpec<any, any, any>;

/** `/v1/locations/{id}` → `/v1/locations/:id` */
export const honoPath = (path: string): string => path.replace(/\{(\w+)\}/g, ':$1');

/** Middleware a route gets before its handler, chosen by the app from the route's flags. */
export type MiddlewareFor = (route: AnyRoute) => MiddlewareHandler<AppEnv>[];
