import { SlugSchema } from '@idokit/sdk';
import * as z from 'zod/mini';
import { etagOf } from '../data/dataset.js';
import { etagMatches } from '../http/cache.js';
import { HttpProblem, validationProblem } from '../http/problem.js';
import { defineRoute, type AnyRoute } from '../openapi/route.js';
import { RENDER_ELEMENTS, RENDER_LANGS, renderOpeningHours } from '../render/render.js';
import type { RouteDeps } from './deps.js';

/** The longest a fragment is cached, even when nothing it shows changes sooner. */
export const RENDER_MAX_AGE = 300;

const RenderParamsSchema = z.object({
  element: z.enum(RENDER_ELEMENTS).check(z.describe('The element to render')),
});

const flag = (description: string) =>
  z._default(z.stringbool().check(z.describe(description)), false);

/** Query of `GET /v1/render/{element}`: the element's attributes that change what it shows. */
export const RenderQuerySchema = z.object({
  location: z.optional(
    SlugSchema.check(z.describe('`ido-opening-hours`: the location id (required)')),
  ),
  lang: z._default(
    z.enum(RENDER_LANGS).check(z.describe('The language (`ar` renders `dir="rtl"`)')),
    'nl',
  ),
  show: z._default(
    z
      .enum(['ido', 'library', 'both'])
      .check(z.describe('`ido-opening-hours`: which hours (the `show` attribute)')),
    'both',
  ),
  compact: flag('`ido-opening-hours`: one status line only (the `compact` attribute)'),
  'no-json-ld': flag('`ido-opening-hours`: leave out the schema.org JSON-LD'),
});

const DESCRIPTION = `An element's first view as an HTML fragment, for a host page to put in its HTML so residents see it before any script runs (or without script): the element's tag with its attributes, its shadow root as declarative shadow DOM (\`<template shadowrootmode="open">\`, styles included), and in its light DOM the data it was rendered from (\`<script type="application/json" data-ido-location>\`) and, for \`ido-opening-hours\`, the schema.org JSON-LD. When the page then loads the elements' script (\`/cdn/idokit.js\`), the element takes the fragment over without a request and without a visible change, and keeps its status current from then on.

All text is escaped (Lit's templates; JSON with \`<\` escaped), so a fragment is safe to inline as is. It holds no personal data: only the public dataset.

Time: "open now" and "today" are as at the moment of rendering. \`Cache-Control: max-age\` runs until the next moment the fragment's content changes (an opening or closing time, or midnight), at most ${RENDER_MAX_AGE} s, so a cache that honours it never serves a stale status; the element recomputes it from the clock on hydration anyway. The ETag covers the content and the dataset revision (not the render instant): it changes when the dataset or the display changes. \`lang\` is a query parameter, not negotiated from \`Accept-Language\` (a host page knows its language), so no \`Vary\` on it.`;

/** `GET /v1/render/{element}`: server-rendered first views of the resident elements. */
export function renderRoutes(deps: RouteDeps): AnyRoute[] {
  const render = defineRoute({
    method: 'get',
    path: '/v1/render/{element}',
    operationId: 'renderElement',
    summary: "An element's first view as HTML (declarative shadow DOM)",
    description: DESCRIPTION,
    tag: 'Public',
    access: 'public',
    cacheable: true,
    params: RenderParamsSchema,
    query: RenderQuerySchema,
    responses: {
      200: {
        description: 'The HTML fragment (`text/html; charset=utf-8`)',
        contentType: 'text/html',
      },
      304: { description: 'Not modified: the `If-None-Match` ETag is current' },
      400: {
        description:
          'An unknown element or attribute value, or no `location` (`validation`, with `errors: [{ path, message }]`)',
        schema: 'Problem',
      },
      404: { description: 'No location has this id (`not-found`)', schema: 'Problem' },
    },
    handler: async (c, { query }) => {
      if (!query.location)
        throw validationProblem([{ path: 'location', message: 'A location id is required' }]);
      const snapshot = await deps.catalog.current();
      const location = snapshot.locationsById.get(query.location);
      if (!location)
        throw new HttpProblem('not-found', `No location has the id "${query.location}"`);
      const now = deps.now();
      const fragment = await renderOpeningHours(
        location,
        {
          lang: query.lang,
          show: query.show,
          compact: query.compact,
          noJsonLd: query['no-json-ld'],
        },
        now,
      );
      const etag = etagOf(`${snapshot.revision}\n${fragment.content}`);
      const untilChange = Math.ceil((fragment.changesAt.getTime() - now.getTime()) / 1000);
      const maxAge = Math.max(0, Math.min(RENDER_MAX_AGE, untilChange));
      const headers = new Headers({ ETag: etag, 'Cache-Control': `public, max-age=${maxAge}` });
      if (etagMatches(c.req.header('If-None-Match'), etag))
        return new Response(null, { status: 304, headers });
      headers.set('Content-Type', 'text/html; charset=utf-8');
      return new Response(fragment.html, { status: 200, headers });
    },
  });
  return [render];
}
