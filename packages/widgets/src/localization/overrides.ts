import { en } from './en.js';
import { nl } from './nl.js';
import { stringOverrides } from './string-overrides.js';
import type { Strings, StringsLang, StringsOverride } from './strings.js';

const tables: Record<StringsLang, Strings> = { nl, en };
export { setStrings, resetStrings, stringChanges } from './string-overrides.js';

/**
 * The complete table for `lang`: the built-in text, then global overrides, then `local`
 * (an element's own `strings` property). Keys set to `undefined` fall through.
 */
export function stringsFor(lang: StringsLang, local?: StringsOverride): Strings {
  const result = { ...tables[lang] };
  for (const layer of [stringOverrides(lang), local ?? {}]) {
    for (const [key, value] of Object.entries(layer)) {
      if (value !== undefined) (result as Record<string, unknown>)[key] = value;
    }
  }
  return result;
}
