import type { HoursStrings } from '../components/ido-opening-hours/strings.js';
import type { LocatorStrings } from '../components/ido-locator/strings.js';
import type { PartnerStrings } from '../components/ido-partner-list/strings.js';
import type { StatsStrings } from '../components/ido-registration-stats/strings.js';

/**
 * Every piece of text an IDO Kit element shows, in one flat table per language.
 *
 * Keys are grouped by a prefix per element (`locator…`, `hours…`); shared text has no prefix.
 * Parametrised strings are functions so word order can differ per language. Adding a key here
 * makes `nl.ts` and `en.ts` fail to typecheck until both are complete, which is the point.
 * Status lines ("Nu open · sluit om 17:00") come from the SDK's `formatStatus`, weekday and
 * month names from `Intl`; neither is duplicated here.
 */
export interface Strings extends HoursStrings, LocatorStrings, PartnerStrings, StatsStrings {
  // Shared by every element.
  /** Shown (and announced) while data loads. */
  loading: string;
  /** Button that repeats a failed load. */
  retry: string;
  /** Generic failure when nothing more specific is known. */
  errorGeneric: string;
  /** The network or server could not be reached. */
  errorNetwork: string;
  /** The server answered, but with an error. */
  errorServer: string;
  /** The requested item (location, partner) does not exist (any more). */
  errorNotFound: string;
  /** The data arrived but was not valid. */
  errorInvalidData: string;
  /** The element has no `api`/`feed` attribute, no provider and no global configuration. */
  errorNoSource: string;
  /** Label of a close/dismiss button. */
  close: string;
  /** A link that opens in a new window or tab (appended to its accessible name). */
  opensInNewWindow: string;
  /** "3 resultaten", for result counts announced to screen readers. */
  resultCount: (count: number) => string;
  /** A distance, already formatted with `Intl.NumberFormat` ("1,2"). */
  distanceKm: (formatted: string) => string;
}

/** The languages IDO Kit has text for. Any other `lang` falls back to Dutch text. */
export type StringsLang = 'nl' | 'en';

/** Per-key overrides for a language or one element (`IdoKit.setStrings`, `el.strings`). */
export type StringsOverride = Partial<Strings>;
