import type { StringsLang } from './strings.js';

/** The language used when neither the element nor any ancestor has a `lang` attribute. */
export const DEFAULT_LANG = 'nl';

/**
 * The BCP 47 tag that applies to `el`: its own `lang` attribute, else the nearest ancestor's,
 * walking out of shadow roots to their hosts, else `'nl'`. Use it for `Intl` formatting.
 *
 * An empty `lang=""` means "unknown language" in HTML and stops the walk (giving `'nl'`).
 *
 * @example resolveLang(el) // 'en-GB' inside <html lang="en-GB">
 */
export function resolveLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return node.getAttribute('lang')!.trim() || DEFAULT_LANG;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return DEFAULT_LANG;
}

/**
 * Which string table a tag uses: English for any `en-*` tag, Dutch for everything else (the
 * widgets address Dutch residents; a French page still gets Dutch text but French dates).
 */
export function stringsLang(tag: string): StringsLang {
  return /^en(-|$)/i.test(tag) ? 'en' : 'nl';
}
