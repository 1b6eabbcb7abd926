import { CoordinatorClient, type CoordinatorSession } from '@idokit/sdk';
import { createCoordinatorCode } from '../auth/coordinator.js';
import type { Queryable } from '../db/db.js';

/** The fixture feed's organisations: Utrecht (two locations), Zwolle, Amsterdam. */
export const UTRECHT = 'Voorbeeldbibliotheek Utrecht';
export const ZWOLLE = 'Voorbeeldbibliotheek Zwolle';

/**
 * Signs a coordinator in the way the element does (a code from the CLI's function, redeemed at
 * `POST /v1/coordinator/sign-in`), and answers a client that carries the key.
 */
export async function signedInCoordinator(
  server: { db: Queryable; baseUrl: string },
  organisation = UTRECHT,
  options: { label?: string; mayImportCategories?: boolean; fetch?: typeof fetch } = {},
): Promise<{ session: CoordinatorSession; client: CoordinatorClient }> {
  const { code } = await createCoordinatorCode(server.db, {
    organisation,
    label: options.label ?? 'Coördinator',
    mayImportCategories: options.mayImportCategories ?? false,
    at: new Date(),
    ttlMs: 3_600_000,
  });
  const fetchOption = options.fetch ? { fetch: options.fetch } : {};
  const session = await new CoordinatorClient({ baseUrl: server.baseUrl, ...fetchOption }).signIn(
    code,
  );
  const client = new CoordinatorClient({
    baseUrl: server.baseUrl,
    token: session.token,
    ...fetchOption,
  });
  return { session, client };
}
