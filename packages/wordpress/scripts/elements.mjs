// The one list of IDO Kit elements the WordPress plugin knows, made from the widgets'
// custom-elements.json (the elements' JSDoc contracts). A new element gets its block, its
// shortcode, its kses entry and its TinyMCE entry from its manifest entry alone: its header's
// `@wordpressIcon` gives the block's dashicon, `@wordpressBlock none` marks a wrapper that needs
// no block (see the widgets' custom-elements-manifest.config.mjs). The sets below only hide
// attributes that make no sense as a block control.
import { readFileSync } from 'node:fs';

/** The dashicon of an element without `@wordpressIcon`. */
const DEFAULT_ICON = 'admin-site-alt3';

/** Attributes the plugin fills in itself (source from the settings) or that are for previews only. */
const NOT_A_CONTROL = new Set(['api', 'feed', 'now']);

/** Attributes every element accepts, whatever its manifest says. */
const GLOBAL = ['api', 'feed', 'lang'];

/**
 * Maps a manifest attribute to a control kind: `boolean`, `number`, `enum` (with `options`)
 * or `string`. A type alias the analyzer could not expand (`HoursShow`) or an untyped attribute
 * (`lang`) becomes an `enum` when its description lists the values in backticks.
 */
export function controlOf(attribute) {
  const type = (attribute.type?.text ?? '').replace(/\s*\|\s*undefined$/, '').trim();
  if (type === 'boolean') return { kind: 'boolean' };
  if (type === 'number') return { kind: 'number' };
  const literals = [...type.matchAll(/'([^']+)'/g)].map((m) => m[1]);
  if (literals.length > 1 && /^('[^']+'\s*\|?\s*)+$/.test(type))
    return { kind: 'enum', options: literals };
  if (type === 'string' || type.endsWith('[]')) return { kind: 'string' };
  const listed = [...(attribute.description ?? '').matchAll(/`([a-z][a-z0-9-]*)`/g)].map(
    (m) => m[1],
  );
  if (listed.length > 1) return { kind: 'enum', options: [...new Set(listed)] };
  return { kind: 'string' };
}

/** A plain-text first sentence for a description (no Markdown backticks). */
const plain = (text = '') => text.replace(/`/g, '').replace(/\s+/g, ' ').trim();

/** Title of a block: "IDO Kit: opening hours" from `ido-opening-hours`. */
const titleOf = (tag) => `IDO Kit: ${tag.replace(/^ido-/, '').replace(/-/g, ' ')}`;

/**
 * Every `ido-*` element of the manifest, with its attributes.
 * @param {string} manifestPath path of custom-elements.json
 */
export function elementsFromManifest(manifestPath) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const elements = [];
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      const tag = declaration.tagName;
      if (!declaration.customElement || !tag?.startsWith('ido-')) continue;
      const seen = new Set();
      const attributes = [];
      for (const attribute of declaration.attributes ?? []) {
        if (!attribute.name || seen.has(attribute.name)) continue;
        seen.add(attribute.name);
        const control = controlOf(attribute);
        let fallback = attribute.default;
        // Defaults that are literals ('both', 25, false) are shown; expressions (PDOK_TILES) are not.
        if (typeof fallback === 'string' && /^'.*'$/.test(fallback))
          fallback = fallback.slice(1, -1);
        else if (typeof fallback === 'string' && !/^(-?\d+(\.\d+)?|true|false)$/.test(fallback))
          fallback = undefined;
        attributes.push({
          name: attribute.name,
          ...control,
          ...(fallback !== undefined && fallback !== "''" ? { default: String(fallback) } : {}),
          description: plain(attribute.description),
          control: !NOT_A_CONTROL.has(attribute.name),
        });
      }
      for (const name of GLOBAL) {
        if (seen.has(name)) continue;
        attributes.push({
          name,
          ...(name === 'lang' ? { kind: 'enum', options: ['nl', 'en'] } : { kind: 'string' }),
          description: '',
          control: !NOT_A_CONTROL.has(name),
        });
      }
      // Only a wrapper: allowed in content, but no block or shortcode of its own.
      const noBlock = declaration.wordpressBlock === 'none';
      elements.push({
        tag,
        block: noBlock ? null : `idokit/${tag.replace(/^ido-/, '')}`,
        shortcode: noBlock ? null : tag.replace(/-/g, '_'),
        title: titleOf(tag),
        description: plain(declaration.summary ?? declaration.description),
        icon: declaration.wordpressIcon || DEFAULT_ICON,
        attributes,
      });
    }
  }
  elements.sort((a, b) => a.tag.localeCompare(b.tag));
  return elements;
}
