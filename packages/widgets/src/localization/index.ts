export type {
  CalendarStrings,
  DeepPartial,
  SharedStrings,
  Strings,
  StringsLang,
  StringsOverride,
} from './strings.js';
export { nl, sharedNl, calendarNl } from './nl.js';
export { en, sharedEn, calendarEn } from './en.js';
export { resolveLang, stringsLang, DEFAULT_LANG } from './resolve-lang.js';
export {
  registerLanguage,
  registeredLanguages,
  loadLanguage,
  resolveStrings,
  missingStrings,
  stringKeys,
  mergeStrings,
  setStrings,
  resetStrings,
  stringsFor,
  stringChanges,
  type LanguagePack,
  type ResolvedStrings,
} from './registry.js';
export { residentLanguages, type ResidentStrings } from './languages/index.js';
export { errorMessage } from './error-message.js';
