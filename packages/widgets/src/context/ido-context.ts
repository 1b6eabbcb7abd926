import { createContext } from '@lit/context';
import type { IdoClient } from '@idokit/sdk';

/**
 * Where "now" comes from: a fixed instant (stories, screenshots, "what does it say at
 * Christmas?") or a function (a fake clock in tests). Unset means the real clock.
 */
export type NowSource = Date | (() => Date);

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
