import { createContext } from '@lit/context';
import type { IdoClient } from '@idokit/sdk';
import type { NowSource } from '../controllers/clock.js';

/** What an `<ido-provider>` shares with the IDO Kit elements inside it. */
export interface IdoEnvironment {
  /** The client every descendant uses unless it has its own `api`/`feed`/`client`. */
  client?: IdoClient;
  /** A clock for every descendant (stories, tests). */
  now?: NowSource;
}

/**
 * The @lit/context key for {@link IdoEnvironment}. Registered with `Symbol.for` so that two
 * copies of IDO Kit on one page (CDN file and an npm build) still find each other's providers.
 */
export const idoContext = createContext<IdoEnvironment | undefined>(
  Symbol.for('idokit.environment'),
);
