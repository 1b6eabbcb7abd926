// Not the registry: the CDN loader carries this object, and the registry brings every table.
import { registerLanguage, resetStrings, setStrings } from '../localization/string-calls.js';
import { configure, globalConfig, resetConfig } from './global-config.js';

/**
 * The page-wide API, also set as `window.IdoKit` by the CDN file.
 *
 * @example
 * <script type="module">
 *   import { IdoKit } from 'https://cdn.example/idokit.js';
 *   IdoKit.configure({ feed: '/ido/feed.json' });
 *   IdoKit.setStrings('nl', { retry: 'Nog een keer' });
 * </script>
 */
export const IdoKit = Object.freeze({
  /** Page-wide data source and clock; see {@link configure}. */
  configure,
  /** The current page-wide configuration. */
  config: globalConfig,
  /** Replaces some text for every element in one language; see {@link setStrings}. */
  setStrings,
  /** Adds a language, or more text for one; see {@link registerLanguage}. */
  registerLanguage,
  /** Forgets `configure` and `setStrings` (tests). */
  reset(): void {
    resetConfig();
    resetStrings();
  },
});
