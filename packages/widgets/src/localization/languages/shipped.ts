import type { ResidentLanguagePack } from './types.js';

/**
 * The language files that ship with IDO Kit beyond Dutch and English, by primary tag, each
 * loaded the first time an element (or the page) asks for that language: a page in Dutch
 * downloads none of them. Keep in step with `index.ts` (the list the tests check).
 */
export const shippedLanguages: Readonly<Record<string, () => Promise<ResidentLanguagePack>>> = {
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
