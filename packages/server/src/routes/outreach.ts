import {
  OUTREACH_MAX_DAYS,
  OutreachQuerySchema,
  outreachRangeIssues,
  sessionsBetween,
} from '@idokit/sdk';
import { cacheableResponse } from '../http/cache.js';
import { validationProblem } from '../http/problem.js';
import { defineRoute, type AnyRoute } from '../openapi/route.js';
import type { RouteDeps } from './deps.js';

/** The public read of outreach sessions (issue 21), for residents' locators and hours cards. */
export function outreachRoutes(deps: Pick<RouteDeps, 'catalog'>): AnyRoute[] {
  const list = defineRoute({
    method: 'get',
    path: '/v1/outreach',
    operationId: 'listOutreachSessions',
    summary: 'Outreach sessions by date',
    description: `The outreach sessions (dated IDO consultations away from the library: a community centre, a health centre, a market) on the days \`from\` through \`through\` (Europe/Amsterdam, at most ${OUTREACH_MAX_DAYS} days), by date and opening time, optionally of one \`location\` (the location whose staff hold them; an unknown id has none). Answered from the dataset in memory like every public read, so a coordinator's change shows at once with a new ETag.`,
    tag: 'Public',
    access: 'public',
    cacheable: true,
    query: OutreachQuerySchema,
    responses: {
      200: { description: 'The sessions, by date and time', schema: 'OutreachSessions' },
      304: { description: 'Not modified: the `If-None-Match` ETag is current' },
      400: {
        description: `A parameter is not valid, \`through\` is before \`from\` or more than ${OUTREACH_MAX_DAYS} days after it (\`validation\`, with \`errors: [{ path, message }]\`)`,
        schema: 'Problem',
      },
    },
    handler: async (c, { query }) => {
      const issues = outreachRangeIssues(query);
      if (issues.length > 0) throw validationProblem(issues);
      const snapshot = await deps.catalog.current();
      const items = sessionsBetween(snapshot.outreach, {
        from: query.from,
        through: query.through,
        ...(query.location !== undefined ? { locationId: query.location } : {}),
      });
      return cacheableResponse(c, JSON.stringify({ items }));
    },
  });
  return [list];
}
