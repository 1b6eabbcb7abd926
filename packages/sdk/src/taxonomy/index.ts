export { defaultTaxonomy } from './default-taxonomy.js';
