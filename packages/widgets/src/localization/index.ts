export type { Strings, StringsLang, StringsOverride } from './strings.js';
export { nl } from './nl.js';
export { en } from './en.js';
export { resolveLang, stringsLang, DEFAULT_LANG } from './resolve-lang.js';
export { setStrings, resetStrings, stringsFor, stringChanges } from './overrides.js';
export { errorMessage } from './error-message.js';
