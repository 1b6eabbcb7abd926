/**
 * The coordinator's panels (partners, outreach sessions, desks and report keys, categories,
 * import and export): internal elements that <ido-coordinator> renders in its sections. Importing
 * this module defines them.
 */
import { defineCoordinatorCategories, type IdoCoordinatorCategories } from './categories.js';
import { defineCoordinatorExchange, type IdoCoordinatorExchange } from './exchange.js';
import { defineCoordinatorKeys, type IdoCoordinatorKeys } from './keys.js';
import { defineCoordinatorOutreach, type IdoCoordinatorOutreach } from './outreach.js';
import { defineCoordinatorPartners, type IdoCoordinatorPartners } from './partners.js';

defineCoordinatorPartners();
defineCoordinatorOutreach();
defineCoordinatorKeys();
defineCoordinatorCategories();
defineCoordinatorExchange();

export { IdoCoordinatorCategories } from './categories.js';
export { IdoCoordinatorExchange } from './exchange.js';
export { IdoCoordinatorKeys } from './keys.js';
export { IdoCoordinatorOutreach } from './outreach.js';
export { IdoCoordinatorPartners } from './partners.js';

declare global {
  interface HTMLElementTagNameMap {
    'ido-coordinator-partners': IdoCoordinatorPartners;
    'ido-coordinator-outreach': IdoCoordinatorOutreach;
    'ido-coordinator-keys': IdoCoordinatorKeys;
    'ido-coordinator-categories': IdoCoordinatorCategories;
    'ido-coordinator-exchange': IdoCoordinatorExchange;
  }
}
