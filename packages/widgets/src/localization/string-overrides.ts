import type { StringsLang, StringsOverride } from './strings.js';

// The page-wide overrides, apart from the built-in tables: the CDN loader sets them (via
// `IdoKit.setStrings`) before any element, and their text tables, has loaded.
const overrides: Record<StringsLang, StringsOverride> = { nl: {}, en: {} };

/**
 * Fires a plain `change` event whenever {@link setStrings} changes the global tables, so that
 * connected elements re-render with the new text.
 */
export const stringChanges = new EventTarget();

/**
 * Replaces some strings for every element on the page, e.g. to use a library's own wording.
 * Later calls merge into earlier ones; pass `undefined` for a key to restore the default.
 *
 * @example IdoKit.setStrings('nl', { retry: 'Nog een keer' })
 */
export function setStrings(lang: StringsLang, strings: StringsOverride): void {
  overrides[lang] = { ...overrides[lang], ...strings };
  stringChanges.dispatchEvent(new Event('change'));
}

/** Forgets every {@link setStrings} override (for tests). */
export function resetStrings(): void {
  overrides.nl = {};
  overrides.en = {};
  stringChanges.dispatchEvent(new Event('change'));
}

/** The global overrides for `lang` (see {@link setStrings}). */
export function stringOverrides(lang: StringsLang): StringsOverride {
  return overrides[lang];
}
