/**
 * Defines `<ido-locator>` (once; importing this twice is harmless) and exports its class, so
 * `import '@idokit/widgets/components/ido-locator/define.js'` is all a page or app needs, types included.
 */
import { IdoLocator, defineIdoLocator } from './ido-locator.js';

defineIdoLocator();

export { IdoLocator };
// The events it fires, so their `addEventListener` types come with this import.
export type { IdoLocationSelectEvent } from '../../events/ido-location-select.js';
export type { IdoSearchEvent } from '../../events/ido-search.js';
export type { IdoErrorEvent } from '../../events/ido-error.js';
