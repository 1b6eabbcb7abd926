/**
 * Defines `<ido-partner-list>` (once; importing this twice is harmless) and exports its class, so
 * `import '@idokit/widgets/components/ido-partner-list/define.js'` is all a page or app needs,
 * types included.
 */
import { IdoPartnerList, defineIdoPartnerList } from './ido-partner-list.js';

defineIdoPartnerList();

export { IdoPartnerList };
// The events it fires, so their `addEventListener` types come with this import.
export type { IdoPartnerSelectEvent } from '../../events/ido-partner-select.js';
export type { IdoErrorEvent } from '../../events/ido-error.js';
