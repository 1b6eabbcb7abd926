import { addElementTexts } from '../localization/registry.js';
import type { ElementTexts } from '../localization/strings.js';

/**
 * Defines `tag` as `element` once (a second call, or a second copy of IDO Kit on the page, finds
 * it defined and does nothing), and adds the element's text to the language registry, so a
 * language loaded before the first instance is made (`loadLanguage` on a server) covers it.
 * Every element's `define<Name>()` is this one line.
 */
export function defineElement(
  tag: string,
  element: CustomElementConstructor & { texts?: ElementTexts<object> },
): void {
  if (element.texts) addElementTexts(element.texts, tag);
  if (!customElements.get(tag)) customElements.define(tag, element);
}
