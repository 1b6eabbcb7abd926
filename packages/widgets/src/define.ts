/**
 * Registers every IDO Kit element (each tag once, so loading this twice is harmless) and sets
 * `window.IdoKit`. This is the entry of the CDN file `cdn/idokit.js`.
 *
 * Element engineers: add one line per element, `define<Name>()`, and export the class below.
 */
import { defineIdoProvider } from './components/ido-provider/ido-provider.js';
import { defineIdoOpeningHours } from './components/ido-opening-hours/ido-opening-hours.js';
import { defineIdoLocator } from './components/ido-locator/ido-locator.js';
import { defineIdoPartnerList } from './components/ido-partner-list/ido-partner-list.js';
import { defineIdoRegistrationStats } from './components/ido-registration-stats/ido-registration-stats.js';
import { defineIdoQuestionForm } from './components/ido-question-form/ido-question-form.js';
import { IdoKit } from './context/idokit.js';

// The provider first: elements inside it then find it on their first connect.
defineIdoProvider();
defineIdoOpeningHours();
defineIdoLocator();
defineIdoPartnerList();
defineIdoRegistrationStats();
defineIdoQuestionForm();

declare global {
  interface Window {
    /** The page-wide IDO Kit API (set by the self-defining bundle). */
    IdoKit: typeof IdoKit;
  }
}
if (typeof window !== 'undefined') window.IdoKit ??= IdoKit;

export * from './index.js';
