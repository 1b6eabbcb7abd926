import type { HoursTexts } from '@idokit/sdk';

/**
 * The kinds of text the language registry deals in. It knows the text every element shares
 * ({@link SharedStrings}, {@link CalendarStrings}); each element brings its own table and
 * declares it with {@link ElementTexts} (see `components/<name>/texts.ts`). Parametrised
 * strings are functions so word order can differ per language.
 */

/** Words about days and opening status, for the SDK's formatters (`formatStatus`, `formatDate`). */
export interface CalendarStrings {
  /** Weekdays, months, holidays and status lines ("Nu open · sluit om 17:00"), from the SDK. */
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
  /**
   * The server can be reached but does not allow this website (a browser's CORS refusal): the
   * page's `origin` and the server `setting` (`IDOKIT_ALLOWED_ORIGINS`) its administrator adds
   * it to. Mostly seen by staff elements, whose calls only allowed sites may make.
   */
  errorOriginNotAllowed: (origin: string, setting: string) => string;
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
  /** A day without opening hours in a week table (`shared/hours-view`). */
  hoursClosed: string;
  /**
   * A time range as it is read and copied ("van 10:00 tot 17:00"); the eye sees "10:00 – 17:00".
   * Keep both times in the phrase, in this order, so they stay the shown ones.
   */
  hoursRange: (opens: string, closes: string) => string;
}

/** What every element shows besides its own text: the shared words and the calendar. */
export interface BaseStrings extends SharedStrings, CalendarStrings {}

/**
 * A language of the text: `'nl'` and `'en'` are complete for every element; `'ar'`, `'tr'`,
 * `'pl'`, `'uk'` for the elements that ship them; any other can be added with
 * `IdoKit.setStrings` or `IdoKit.registerLanguage`. A language without a full table for an
 * element falls back to Dutch.
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
 * Overrides of a table `S` (`IdoKit.setStrings`, `el.strings`): any key, and any part of a
 * nested table (`{ calendar: { holidays: { kingsDay: 'Koningsdag!' } } }`). The registry takes
 * any element's keys; the package entry narrows it to the public `Strings`.
 */
export type StringsOverride<S extends object = BaseStrings> = DeepPartial<S>;

/**
 * Any element's overrides, as the registry stores them: a table of any keys (the registry knows
 * no element); the package entry types the public calls with the whole `Strings`.
 */
export type AnyStringsOverride = object;

/** A language's text and how to show it. */
export interface LanguagePack {
  /** The language: a BCP 47 primary tag (`'tr'`) or a full tag (`'pt-BR'`), matched case-insensitively. */
  lang: string;
  /** Writing direction of the text. @default 'ltr' */
  dir?: 'ltr' | 'rtl';
  /**
   * The tag for `Intl` (numbers, language names), when it differs from the page's tag; e.g.
   * `'ar-u-nu-latn'` for Arabic text with the digits of the times and postcodes around it.
   */
  intl?: string;
  /** The text: complete per element it covers (partial tables fall back to Dutch per element). */
  strings: AnyStringsOverride;
}

/**
 * The shared words of a language that ships with IDO Kit (`languages/<lang>.ts`): complete by
 * type, the calendar from the SDK.
 */
export interface SharedLanguagePack extends LanguagePack {
  strings: BaseStrings;
  /** Who checked it: a machine-checked draft until a native speaker has reviewed it. */
  review: 'machine-checked draft' | 'reviewed by a native speaker';
}

/**
 * An element's own text, declared in its folder (`components/<name>/texts.ts`) and given to
 * the element as `static texts`: Dutch (the reference) and English, which ship with the element,
 * and more languages as modules loaded the first time a page asks for one. Each language module
 * exports `strings`, complete by type.
 *
 * @example
 * export const helloTexts: ElementTexts<HelloStrings> = {
 *   nl: helloNl,
 *   en: helloEn,
 *   languages: { tr: () => import('./strings/tr.js') },
 * };
 */
export interface ElementTexts<S extends object> {
  /** Dutch: plain language at B1 level; every other language is checked against it. */
  nl: S;
  /** English, complete. */
  en: S;
  /** Other languages by primary tag, each a module exporting `strings`. */
  languages?: Readonly<Record<string, () => Promise<{ strings: S }>>>;
}
