/**
 * The coordinator's panels (partners, outreach sessions, desks and report keys, categories,
 * import and export): internal elements that <ido-coordinator> renders in its sections. Importing
 * this module defines them.
 */
import { defineCoordinatorCategories } from './categories.js';
import { defineCoordinatorExchange } from './exchange.js';
import { defineCoordinatorKeys } from './keys.js';
import { defineCoordinatorOutreach } from './outreach.js';
import { defineCoordinatorPartners } from './partners.js';

defineCoordinatorPartners();
defineCoordinatorOutreach();
defineCoordinatorKeys();
defineCoordinatorCategories();
defineCoordinatorExchange();

export type { CoordinatorChange } from './panel.js';
export { IdoCoordinatorCategories } from './categories.js';
export { IdoCoordinatorExchange } from './exchange.js';
export { IdoCoordinatorKeys } from './keys.js';
export { IdoCoordinatorOutreach } from './outreach.js';
export { IdoCoordinatorPartners } from './partners.js';

declare global {
  interface HTMLElementTagNameMap {
    'ido-coordinator-partners': import('./partners.js').IdoCoordinatorPartners;
    'ido-coordinator-outreach': import('./outreach.js').IdoCoordinatorOutreach;
    'ido-coordinator-keys': import('./keys.js').IdoCoordinatorKeys;
    'ido-coordinator-categories': import('./categories.js').IdoCoordinatorCategories;
    'ido-coordinator-exchange': import('./exchange.js').IdoCoordinatorExchange;
  }
}
