/**
 * Defines `<ido-registration-stats>` (once; importing this twice is harmless) and exports its class.
 */
import { IdoRegistrationStats, defineIdoRegistrationStats } from './ido-registration-stats.js';

defineIdoRegistrationStats();

export { IdoRegistrationStats };
export type { IdoErrorEvent } from '../../events/ido-error.js';
