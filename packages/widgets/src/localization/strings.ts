import type { HoursTexts } from '@idokit/sdk';
import type { HoursStrings } from '../components/ido-opening-hours/strings.js';
import type { LocatorStrings } from '../components/ido-locator/strings.js';
import type { PartnerStrings } from '../components/ido-partner-list/strings.js';
import type { QuestionFormStrings } from '../components/ido-question-form/strings.js';
import type { StatsStrings } from '../components/ido-registration-stats/strings.js';

/**
 * Every piece of text an IDO Kit element shows, in one flat table per language.
 *
 * Keys are grouped by a prefix per element (`locator…`, `hours…`); shared text has no prefix.
 * Parametrised strings are functions so word order can differ per language. Adding a key here
 * makes `nl.ts` and `en.ts` fail to typecheck until both are complete, which is the point.
 * Status lines ("Nu open · sluit om 17:00"), weekday, month and holiday names are the
 * `calendar` key: the SDK's formatters speak whatever table they are given.
 */
export interface Strings
  extends
    SharedStrings,
    CalendarStrings,
    HoursStrings,
    LocatorStrings,
    PartnerStrings,
    QuestionFormStrings,
    StatsStrings {}

/** Words about days and opening status, for the SDK's formatters (`formatStatus`, `formatDate`). */
export interface CalendarStrings {
  /** Weekdays, months, holidays and status lines ("Nu open · sluit om 17:00"). */
  calendar: HoursTexts;
}

/** Text shared by every element. */
export interface SharedStrings {
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

/**
 * A language of the text: `'nl'` and `'en'` are complete for every element; `'ar'`, `'tr'`,
 * `'pl'`, `'uk'` for the resident elements; any other can be added with `IdoKit.setStrings` or
 * `IdoKit.registerLanguage`. A language without a full table for an element falls back to Dutch.
 */
export type StringsLang = 'nl' | 'en' | (string & {});

/** Optional at every level, except functions and lists, which are replaced whole. */
export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => unknown
    ? T[K]
    : T[K] extends readonly unknown[]
      ? T[K]
      : T[K] extends object
        ? DeepPartial<T[K]>
        : T[K];
};

/**
 * Overrides for a language or one element (`IdoKit.setStrings`, `el.strings`): any key, and
 * any part of a nested table (`{ calendar: { holidays: { kingsDay: 'Koningsdag!' } } }`).
 */
export type StringsOverride = DeepPartial<Strings>;
