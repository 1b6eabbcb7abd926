/**
 * What the CDN loader needs of the catalog (`../catalog.ts`): for each tag, the module that
 * defines it, and the element's text modules per language (fetched beside it for the page's
 * language). The loader imports a tag's module the first time that tag appears in the page, so a
 * page pays only for the elements it uses; modules the elements share (Lit, the base element, the
 * client) land in shared chunks.
 *
 * The catalog imports every element, which the loader must not carry: the CDN build replaces
 * this module by its projection with only these two maps (`lazyCatalog` in rollup.config.js),
 * made from the catalog's own imports. Nothing here is listed by hand.
 */
import { catalog } from '../catalog.js';
import type { ElementTexts } from '../localization/strings.js';

/** Tag → its `define.js`. */
export const elementModules: Readonly<Record<string, () => Promise<unknown>>> = Object.fromEntries(
  catalog.map(({ tag, load }) => [tag, load]),
);

/** Tag → the element's text modules beyond Dutch and English, by language. */
export const elementLanguages: Readonly<
  Record<string, NonNullable<ElementTexts<object>['languages']>>
> = Object.fromEntries(
  catalog.map(({ tag, element }) => [
    tag,
    (element.texts as ElementTexts<object>)?.languages ?? {},
  ]),
);
