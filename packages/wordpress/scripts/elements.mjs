// The one list of IDO Kit elements the WordPress plugin knows, made from the widgets'
// custom-elements.json (the elements' JSDoc contracts). A new element gets its block, its
// shortcode, its kses entry and its TinyMCE entry from its manifest entry alone: its header's
// `@wordpressIcon` gives the block's dashicon, `@wordpressBlock none` marks a wrapper that needs
// no block (see the widgets' custom-elements-manifest.config.mjs). The values an attribute may
// take are the manifest's (its type: `'nl' | 'en' | …`, `5 | 10 | 25 | 50`), so the plugin, the
// typings, Storybook and the embedding guide cannot disagree on them.
import { readFileSync } from 'node:fs';

/** The dashicon of an element without `@wordpressIcon`. */
const DEFAULT_ICON = 'admin-site-alt3';

/** Attributes the plugin fills in itself (source from the settings) or that are for previews only. */
const NOT_A_CONTROL = new Set(['api', 'feed', 'now']);

/** The data source every element accepts, whatever its manifest says. */
const SOURCE = ['api', 'feed'];

/**
 * Attributes whose value is a phone number (the element makes a `tel:` link of it). Web
 * addresses need no list: an attribute whose description says "URL" is one.
 */
const PHONE = new Set(['helpline']);

/**
 * Staff elements that always use the data source of Settings → IDO Kit: staff enrol there with
 * their desk code, so an author must not be able to point them at another server.
 */
const CONFIGURED_SOURCE_ONLY = new Set([
  'ido-question-form',
  'ido-registration-stats',
  'ido-coordinator',
]);

/**
 * Elements with a wp-admin page of their own and no block or shortcode: the coordinator's
 * (IDO Kit beheer, includes/coordinator.php) edits the library's data and belongs to users with
 * `idokit_coordinate`, not in posts. A pasted tag is still checked and gets the settings' source.
 * The value is the page's name in the admin menu (in Dutch, as the guide names it).
 */
const ADMIN_ONLY = new Map([['ido-coordinator', 'IDO Kit beheer']]);

/**
 * The sidebar label of an attribute, per tag where one name means different things. An attribute
 * without one gets its name in words ("heading-level" → "Heading level").
 */
const LABELS = {
  api: 'Address of the IDO Kit server',
  feed: 'Address of the feed',
  now: 'Show as at (date and time)',
  lang: 'Language',
  query: 'Search for',
  radius: 'Search radius (km)',
  'open-now': 'Only locations open now',
  services: 'Only locations offering (walk-in, by-appointment, by-phone)',
  limit: 'Number of results',
  'deep-link': 'Write the search into the page address',
  map: 'Offer a map',
  tiles: 'Address of the map tiles',
  helpline: 'Help line (phone number)',
  'heading-level': 'Heading level',
  'ido-locator selected': 'Chosen location (id)',
  'ido-partner-list selected': 'Chosen partner (id)',
  'ido-opening-hours location': 'Location (id)',
  'ido-registration-stats location': 'Location (id; empty: all together)',
  show: 'Which hours',
  compact: 'One line only',
  'no-json-ld': 'Leave out the schema.org data',
  municipality: 'Municipality',
  theme: 'Theme (id)',
  kind: 'Kind of partner',
  staff: 'For IDO staff',
  'group-by': 'Group by',
  'undo-minutes': 'Minutes to correct the last registration',
  period: 'Period',
  view: 'View',
  'enrol-elsewhere': 'Enrol in another element',
};

/** The label of `name` on `tag`. */
export function labelOf(tag, name) {
  const words = name.replace(/-/g, ' ');
  return LABELS[`${tag} ${name}`] ?? LABELS[name] ?? words[0].toUpperCase() + words.slice(1);
}

/**
 * Maps a manifest attribute to a control kind: `boolean`, `number`, `enum` (with `options`, and
 * `type: 'number'` when they are numbers), `url` (a web address: `https:`, `http:` or a path on
 * the site), `phone` or `string`. The values of an `enum` are its type's literals
 * (`'ido' | 'library' | 'both'`, `5 | 10 | 25 | 50`); a type alias the analyzer could not expand
 * (`HoursShow`) becomes an `enum` when its description lists the values in backticks.
 */
export function controlOf(attribute) {
  const type = (attribute.type?.text ?? '').replace(/\s*\|\s*undefined$/, '').trim();
  const description = attribute.description ?? '';
  if (PHONE.has(attribute.name)) return { kind: 'phone' };
  if (/\bURL\b/.test(description)) return { kind: 'url' };
  if (type === 'boolean') return { kind: 'boolean' };
  if (type === 'number') return { kind: 'number' };
  const literals = [...type.matchAll(/'([^']+)'/g)].map((m) => m[1]);
  if (literals.length > 1 && /^('[^']+'\s*\|?\s*)+$/.test(type))
    return { kind: 'enum', options: literals };
  if (/^\d+(\s*\|\s*\d+)+$/.test(type))
    return { kind: 'enum', type: 'number', options: type.split('|').map((n) => n.trim()) };
  if (type === 'string' || type.endsWith('[]')) return { kind: 'string' };
  if (/^[A-Z]\w*$/.test(type)) {
    const listed = [...description.matchAll(/`([a-z][a-z0-9-]*)`/g)].map((m) => m[1]);
    if (listed.length > 1) return { kind: 'enum', options: [...new Set(listed)] };
  }
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
          label: labelOf(tag, attribute.name),
          description: plain(attribute.description),
          control: !NOT_A_CONTROL.has(attribute.name),
        });
      }
      // Every element extends IdoElement, whose JSDoc declares these (and `lang`, whose values
      // only the manifest names); an entry without them still gets a checked source.
      for (const name of SOURCE) {
        if (seen.has(name)) continue;
        attributes.push({
          name,
          kind: 'url',
          label: labelOf(tag, name),
          description: '',
          control: false,
        });
      }
      // A wrapper, or an element with its own admin page: allowed in content, but no block or
      // shortcode of its own.
      const noBlock = declaration.wordpressBlock === 'none' || ADMIN_ONLY.has(tag);
      elements.push({
        tag,
        block: noBlock ? null : `idokit/${tag.replace(/^ido-/, '')}`,
        shortcode: noBlock ? null : tag.replace(/-/g, '_'),
        title: titleOf(tag),
        description: plain(declaration.summary ?? declaration.description),
        icon: declaration.wordpressIcon || DEFAULT_ICON,
        configuredSource: CONFIGURED_SOURCE_ONLY.has(tag),
        ...(ADMIN_ONLY.has(tag) ? { adminPage: ADMIN_ONLY.get(tag) } : {}),
        attributes,
      });
    }
  }
  elements.sort((a, b) => a.tag.localeCompare(b.tag));
  return elements;
}
