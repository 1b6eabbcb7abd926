/**
 * Defines `<ido-opening-hours>` (once; importing this twice is harmless) and exports its class, so
 * `import '@idokit/widgets/components/ido-opening-hours/define.js'` is all a page or app needs, types included.
 */
import { IdoOpeningHours, defineIdoOpeningHours } from './ido-opening-hours.js';

defineIdoOpeningHours();

export { IdoOpeningHours };
// The events it fires, so their `addEventListener` types come with this import.
export type { IdoErrorEvent } from '../../events/ido-error.js';
