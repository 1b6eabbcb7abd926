import { en } from './en.js';
import { nl } from './nl.js';
import type { Strings, StringsLang, StringsOverride } from './strings.js';

const tables: Record<StringsLang, Strings> = { nl, en };
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

/**
 * The complete table for `lang`: the built-in text, then global overrides, then `local`
 * (an element's own `strings` property). Keys set to `undefined` fall through.
 */
export function stringsFor(lang: StringsLang, local?: StringsOverride): Strings {
  const result = { ...tables[lang] };
  for (const layer of [overrides[lang], local ?? {}]) {
    for (const [key, value] of Object.entries(layer)) {
      if (value !== undefined) (result as Record<string, unknown>)[key] = value;
    }
  }
  return result;
}
