import type { AnyStringsOverride, LanguagePack, StringsLang } from './strings.js';

/**
 * `IdoKit.setStrings` and `IdoKit.registerLanguage` without the string tables: the CDN loader
 * carries `IdoKit`, and a page that sets its wording first must not download every language to
 * do so. Calls made before the language registry has loaded are kept here, in order, and the
 * registry replays them when it loads (before any element renders); later calls go straight
 * through. It imports nothing but types, so it stays a few hundred bytes; the registry imports
 * it (never the other way round).
 */

/** What the registry hands over when it loads. */
export interface StringsTarget {
  setStrings(lang: StringsLang, strings: AnyStringsOverride): void;
  registerLanguage(pack: LanguagePack): void;
  resetStrings(): void;
  addShippedLanguage(pack: LanguagePack, tag?: string): void;
}

type Call =
  | { kind: 'strings'; lang: StringsLang; strings: AnyStringsOverride }
  | { kind: 'language'; pack: LanguagePack }
  | { kind: 'shipped'; pack: LanguagePack; tag: string | undefined };

const pending: Call[] = [];
let target: StringsTarget | undefined;

/** Replaces some strings for every element on the page, in any language (see the registry's `setStrings`). */
export function setStrings(lang: StringsLang, strings: AnyStringsOverride): void {
  if (target) target.setStrings(lang, strings);
  else pending.push({ kind: 'strings', lang, strings });
}

/** Adds a language, or more text for one (see the registry's `registerLanguage`). */
export function registerLanguage(pack: LanguagePack): void {
  if (target) target.registerLanguage(pack);
  else pending.push({ kind: 'language', pack });
}

/**
 * A shipped language file the CDN loader fetched beside an element (the page's language: the
 * shared words, or with `tag` that element's own text): it reaches the registry before any
 * element renders, so the page never shows Dutch first, and counts there as loaded.
 */
export function addShippedLanguage(pack: LanguagePack, tag?: string): void {
  if (target) target.addShippedLanguage(pack, tag);
  else pending.push({ kind: 'shipped', pack, tag });
}

/** Forgets every `setStrings` override; registered languages stay (as the registry does). */
export function resetStrings(): void {
  if (target) {
    target.resetStrings();
    return;
  }
  for (let i = pending.length - 1; i >= 0; i--) {
    if (pending[i]!.kind === 'strings') pending.splice(i, 1);
  }
}

/** Called once by the registry as it loads: replays the calls made so far, then forwards. */
export function attachStringsTarget(registry: StringsTarget): void {
  target = registry;
  for (const call of pending.splice(0)) {
    if (call.kind === 'strings') registry.setStrings(call.lang, call.strings);
    else if (call.kind === 'language') registry.registerLanguage(call.pack);
    else registry.addShippedLanguage(call.pack, call.tag);
  }
}
