import type { Geocoder, StatsProtectionMethod } from '@idokit/sdk';
import type { Catalog } from '../data/dataset.js';
import type { Db } from '../db/db.js';
import type { Logger } from '../http/logger.js';

/** What route handlers need. */
export interface RouteDeps {
  db: Db;
  catalog: Catalog;
  geocoder: Geocoder;
  logger: Logger;
  /** The clock; tests pin it. */
  now: () => Date;
  /** `none` publishes exact statistics: only for the attack test's control. */
  statsProtection?: StatsProtectionMethod;
}
