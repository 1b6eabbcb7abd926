// Kept for imports from before the language registry: everything lives in registry.ts now.
export { setStrings, resetStrings, stringsFor, stringChanges } from './registry.js';
