export type {
  AnyStringsOverride,
  BaseStrings,
  CalendarStrings,
  DeepPartial,
  ElementTexts,
  LanguagePack,
  SharedLanguagePack,
  SharedStrings,
  StringsLang,
  StringsOverride,
} from './strings.js';
export { baseNl, baseEn, sharedNl, sharedEn, calendarNl, calendarEn } from './shared-strings.js';
export { resolveLang, stringsLang, DEFAULT_LANG } from './resolve-lang.js';
export {
  addElementTexts,
  registerLanguage,
  registeredLanguages,
  loadLanguage,
  resolveStrings,
  missingStrings,
  stringKeys,
  keysOf,
  mergeStrings,
  setStrings,
  resetStrings,
  stringsFor,
  stringChanges,
  type ResolvedStrings,
} from './registry.js';
export { shippedLanguages } from './languages/shipped.js';
export { errorMessage } from './error-message.js';
