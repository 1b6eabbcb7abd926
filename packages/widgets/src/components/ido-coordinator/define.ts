/**
 * Defines `<ido-coordinator>` (once; importing this twice is harmless) and exports its class,
 * so `import '@idokit/widgets/components/ido-coordinator/define.js'` is all a page or app needs,
 * types included.
 */
import { IdoCoordinator, defineIdoCoordinator } from './ido-coordinator.js';

defineIdoCoordinator();

export { IdoCoordinator };
// The events it fires, so their `addEventListener` types come with this import.
export type { IdoCoordinatorChangeEvent } from '../../events/ido-coordinator-change.js';
export type { IdoErrorEvent } from '../../events/ido-error.js';
