/**
 * For a server that renders the elements with `@lit-labs/ssr` (the IDO Kit server's
 * `/v1/render/…`): every element defined, the languages to load before rendering, and the
 * JSON-LD the opening hours put beside themselves in a browser. The package export
 * `@idokit/widgets/ssr.js` always points at the built JavaScript (Lit's decorators need the
 * package's own TypeScript settings, which a server's TypeScript loader does not apply).
 */
import './define.js';

export { loadLanguage, resolveLang, stringsLang } from './localization/index.js';
export {
  HOURS_SHOW,
  jsonLdText,
  nextDisplayChange,
  shownSchedules,
  zoneOf,
  type HoursShow,
} from './shared/hours-view.js';
