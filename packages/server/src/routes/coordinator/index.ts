import type { AnyRoute } from '../../openapi/route.js';
import type { RouteDeps } from '../deps.js';
import { auditRoutes } from './audit.js';
import { editableRoutes } from './editable.js';
import { exchangeRoutes } from './exchange.js';
import { keyRoutes } from './keys.js';
import { sessionRoutes } from './session.js';

/**
 * The coordinator's API (issue 21), `/v1/coordinator/…`: every route needs a coordinator key
 * (`auth: 'coordinator'`) except the sign-in. docs/coordinator.md describes them.
 */
export function coordinatorRoutes(deps: RouteDeps): AnyRoute[] {
  return [
    ...sessionRoutes(deps),
    ...editableRoutes(deps),
    ...auditRoutes(deps),
    ...keyRoutes(deps),
    ...exchangeRoutes(deps),
  ];
}
