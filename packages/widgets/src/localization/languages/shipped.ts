import type { SharedLanguagePack } from '../strings.js';

/**
 * The languages that ship with IDO Kit beyond Dutch and English: their shared words and
 * calendar (one file per language here), each loaded the first time an element or the page asks
 * for that language, so a page in Dutch downloads none of them. Each element brings its own text
 * in these languages from its folder (`ElementTexts.languages`).
 *
 * A translator adds a language by copying `tr.ts` here and `strings/tr.ts` in each element's
 * folder that should speak it (the types refuse a file with a gap), and listing it below and in
 * those elements' `texts.ts`.
 */
export const shippedLanguages: Readonly<Record<string, () => Promise<SharedLanguagePack>>> = {
  ar: () => import('./ar.js').then((m) => m.ar),
  tr: () => import('./tr.js').then((m) => m.tr),
  pl: () => import('./pl.js').then((m) => m.pl),
  uk: () => import('./uk.js').then((m) => m.uk),
};

/** The shipped language `tag` speaks (`'ar-SA'` → `'ar'`), if any. */
export function shippedLanguageFor(tag: string): string | undefined {
  const full = tag.trim().toLowerCase();
  const primary = full.split('-')[0]!;
  return [full, primary].find((lang) => Object.hasOwn(shippedLanguages, lang));
}
