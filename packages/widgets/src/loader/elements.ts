/**
 * Which module defines each IDO Kit tag. The CDN loader (`cdn/idokit.js`) imports a tag's module
 * the first time that tag appears in the page, so a page pays only for the elements it uses;
 * modules the elements share (Lit, the base element, the client) land in shared chunks.
 *
 * Element engineers: add ONE line per element here (and `define<Name>()` in `../define.ts`).
 */
export const elementModules: Readonly<Record<string, () => Promise<unknown>>> = {
  'ido-provider': () => import('../components/ido-provider/define.js'),
  'ido-opening-hours': () => import('../components/ido-opening-hours/define.js'),
  'ido-locator': () => import('../components/ido-locator/define.js'),
  'ido-partner-list': () => import('../components/ido-partner-list/define.js'),
  'ido-question-form': () => import('../components/ido-question-form/define.js'),
  'ido-registration-stats': () => import('../components/ido-registration-stats/define.js'),
};
