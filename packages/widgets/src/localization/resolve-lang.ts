import { resolveStrings } from './registry.js';
import type { StringsLang } from './strings.js';

/** The language used when neither the element nor any ancestor has a `lang` attribute. */
export const DEFAULT_LANG = 'nl';

/**
 * The BCP 47 tag that applies to `el`: its own `lang` attribute, else the nearest ancestor's,
 * walking out of shadow roots to their hosts, else `'nl'`.
 *
 * An empty `lang=""` means "unknown language" in HTML and stops the walk (giving `'nl'`).
 * Works without a DOM too (server-side rendering), reading only `getAttribute`.
 *
 * @example resolveLang(el) // 'en-GB' inside <html lang="en-GB">
 */
export function resolveLang(el: Element): string {
  let node: Node | null | undefined = el;
  while (node) {
    // Duck-typed rather than `instanceof Element`: server-side renderers have no `Element`.
    const element = node as Partial<Element>;
    if (typeof element.hasAttribute === 'function' && element.hasAttribute('lang')) {
      return element.getAttribute!('lang')!.trim() || DEFAULT_LANG;
    }
    node = node.parentNode ?? (node as Partial<ShadowRoot>).host;
  }
  return DEFAULT_LANG;
}

/**
 * Which language's text a tag gets: its own language when IDO Kit has a complete table for it
 * (`'en'` for `en-GB`, `'tr'` for `tr`), Dutch for everything else, as a whole: a French page
 * gets Dutch text and Dutch dates, never a mix.
 */
export function stringsLang(tag: string): StringsLang {
  return resolveStrings(tag).lang;
}
