import { CoordinatorSignInRequestSchema } from '@idokit/sdk';
import { redeemCoordinatorCode, revokeCoordinatorKey } from '../../auth/coordinator.js';
import type { Queryable } from '../../db/db.js';
import { HttpProblem } from '../../http/problem.js';
import { defineRoute, type AnyRoute } from '../../openapi/route.js';
import type { RouteDeps } from '../deps.js';
import { COORDINATOR_PROBLEMS, problem } from './problems.js';

/** The municipalities of an organisation's locations, by name. */
export async function municipalitiesOf(db: Queryable, organisation: string): Promise<string[]> {
  const { rows } = await db.query<{ municipality: string }>(
    `SELECT DISTINCT municipality FROM locations
     WHERE lower(doc->>'organisation') = lower($1) ORDER BY municipality`,
    [organisation],
  );
  return rows.map((r) => r.municipality);
}

/** Sign-in, who am I, sign-out. */
export function sessionRoutes(deps: RouteDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/v1/coordinator/sign-in',
      operationId: 'coordinatorSignIn',
      summary: 'Sign in with a one-time coordinator code',
      description:
        'Exchanges a code from `idokit-server coordinator-code --organisation NAME` for a coordinator key scoped to that library organisation. Codes are single-use and expire; the key is shown once (keep it in the browser, never in markup) and can be revoked.',
      tag: 'Coordinator',
      access: 'staff',
      rateLimit: 'enrolment',
      maxBodyBytes: 1024,
      body: CoordinatorSignInRequestSchema,
      bodySchemaName: 'CoordinatorSignInRequest',
      responses: {
        201: {
          description: 'The coordinator key; keep it, it is shown once',
          schema: 'CoordinatorSession',
        },
        400: problem('The body is not valid (`validation`)'),
        401: problem('The code is unknown, used or expired (`unauthorized`)'),
        429: problem('Too many attempts (`rate-limited`); see `Retry-After`'),
      },
      handler: async (c, { body }) => {
        const session = await redeemCoordinatorCode(deps.db, body.code, deps.now());
        if (!session)
          throw new HttpProblem(
            'unauthorized',
            'This sign-in code is unknown, has been used or has expired. Ask for a new code.',
          );
        deps.logger.info('coordinator signed in', { key: session.keyId });
        return c.json(session, 201, { 'Cache-Control': 'no-store' });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/v1/coordinator/me',
      operationId: 'coordinatorMe',
      summary: 'The signed-in coordinator key: organisation, label, municipalities',
      tag: 'Coordinator',
      access: 'staff',
      auth: 'coordinator',
      rateLimit: 'coordinator',
      responses: {
        200: { description: 'The key', schema: 'CoordinatorMe' },
        ...COORDINATOR_PROBLEMS,
      },
      handler: async (c) => {
        const me = c.get('coordinator');
        return c.json(
          {
            keyId: me.keyId,
            organisation: me.organisation,
            label: me.label,
            mayImportCategories: me.mayImportCategories,
            municipalities: await municipalitiesOf(deps.db, me.organisation),
          },
          200,
          { 'Cache-Control': 'no-store' },
        );
      },
    }),
    defineRoute({
      method: 'post',
      path: '/v1/coordinator/sign-out',
      operationId: 'coordinatorSignOut',
      summary: 'Sign out: revokes this coordinator key',
      tag: 'Coordinator',
      access: 'staff',
      auth: 'coordinator',
      responses: {
        204: { description: 'Revoked; the key no longer works' },
        ...COORDINATOR_PROBLEMS,
      },
      handler: async (c) => {
        await revokeCoordinatorKey(deps.db, c.get('coordinator').keyId, deps.now());
        return c.body(null, 204, { 'Cache-Control': 'no-store' });
      },
    }),
  ];
}
