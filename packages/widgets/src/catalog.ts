/**
 * The catalog: the one list of IDO Kit's elements. Everything that needs every element derives
 * from it: `define.ts` (defines them all), the CDN loader's tag → module map (`loader/`), the
 * public `nl`/`en` tables and the `Strings` type. It sits at the package entry and may import
 * every element; nothing below it does.
 *
 * Adding an element: one entry below (its tag, its class and its `define.js` for the CDN
 * loader). The class brings its text (`static texts`); the manifest brings the docs and the
 * WordPress plugin their lists.
 */
import { IdoCoordinator } from './components/ido-coordinator/ido-coordinator.js';
import { IdoLocator } from './components/ido-locator/ido-locator.js';
import { IdoOpeningHours } from './components/ido-opening-hours/ido-opening-hours.js';
import { IdoPartnerList } from './components/ido-partner-list/ido-partner-list.js';
import { IdoProvider } from './components/ido-provider/ido-provider.js';
import { IdoQuestionForm } from './components/ido-question-form/ido-question-form.js';
import { IdoRegistrationStats } from './components/ido-registration-stats/ido-registration-stats.js';
import { IdoKit as pageApi } from './context/idokit.js';
import { baseEn, baseNl } from './localization/shared-strings.js';
import {
  setStrings as setAnyStrings,
  stringsFor as anyStringsFor,
} from './localization/registry.js';
import type {
  BaseStrings,
  DeepPartial,
  ElementTexts,
  StringsLang,
} from './localization/strings.js';

/** One element of the catalog. */
export interface CatalogEntry {
  /** The tag, `ido-<noun>`. */
  readonly tag: string;
  /** The class; its `texts` is the element's text in every language it speaks. */
  readonly element: CustomElementConstructor & { texts?: ElementTexts<object> };
  /** The element's `define.js`, which the CDN loader imports the first time the tag appears. */
  readonly load: () => Promise<unknown>;
}

/** Every element, the provider first (elements inside it then find it on their first connect). */
export const catalog = [
  {
    tag: 'ido-provider',
    element: IdoProvider,
    load: () => import('./components/ido-provider/define.js'),
  },
  {
    tag: 'ido-opening-hours',
    element: IdoOpeningHours,
    load: () => import('./components/ido-opening-hours/define.js'),
  },
  {
    tag: 'ido-locator',
    element: IdoLocator,
    load: () => import('./components/ido-locator/define.js'),
  },
  {
    tag: 'ido-partner-list',
    element: IdoPartnerList,
    load: () => import('./components/ido-partner-list/define.js'),
  },
  {
    tag: 'ido-registration-stats',
    element: IdoRegistrationStats,
    load: () => import('./components/ido-registration-stats/define.js'),
  },
  {
    tag: 'ido-question-form',
    element: IdoQuestionForm,
    load: () => import('./components/ido-question-form/define.js'),
  },
  {
    tag: 'ido-coordinator',
    element: IdoCoordinator,
    load: () => import('./components/ido-coordinator/define.js'),
  },
] as const satisfies readonly CatalogEntry[];

/** The text type an element class declares with `static texts`. */
type TextsOf<E> = E extends { texts?: ElementTexts<infer S> } ? S : never;
type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;
/** Every element's own text, as one type. */
type ElementStrings = Intersection<TextsOf<(typeof catalog)[number]['element']>>;

/**
 * Every piece of text an IDO Kit element shows, in one flat table per language: the shared words,
 * the calendar (`calendar`, from the SDK) and each element's own keys (prefixed per element:
 * `locator…`, `hours…`). Parametrised strings are functions so word order can differ per language.
 */
export interface Strings extends BaseStrings, ElementStrings {}

/**
 * Overrides for a language or one element (`IdoKit.setStrings`, `el.strings`): any key, and
 * any part of a nested table (`{ calendar: { holidays: { kingsDay: 'Koningsdag!' } } }`).
 */
export type StringsOverride = DeepPartial<Strings>;

/** One language's whole table: the shared words, then each element's own. */
function wholeTable(lang: 'nl' | 'en', base: BaseStrings): Strings {
  const table: Record<string, unknown> = { ...base };
  for (const { element } of catalog) Object.assign(table, element.texts?.[lang]);
  return table as unknown as Strings;
}

/** Dutch, the default: plain language at B1 level (korte zinnen, gewone woorden, u-vorm). */
export const nl: Strings = wholeTable('nl', baseNl);

/** English, complete: for residents who read English better than Dutch. */
export const en: Strings = wholeTable('en', baseEn);

/**
 * Replaces some strings for every element on the page, in any language, e.g. to use a
 * library's own wording, or to add a language no file ships (complete it, and the elements use
 * it). Later calls merge into earlier ones; pass `undefined` for a key to restore the default.
 *
 * @example setStrings('nl', { retry: 'Nog een keer' })
 */
export const setStrings: (lang: StringsLang, strings: StringsOverride) => void = setAnyStrings;

/**
 * The complete table for `lang`: the built-in text, then global overrides, then `local`. A
 * language that is not complete gives Dutch.
 */
export const stringsFor: (lang: StringsLang, local?: StringsOverride) => Strings = anyStringsFor;

/** The page-wide API (`window.IdoKit`), its `setStrings` checked against every element's keys. */
export type IdoKitApi = Omit<typeof pageApi, 'setStrings'> & {
  readonly setStrings: typeof setStrings;
};

/**
 * The page-wide API, also set as `window.IdoKit` by the CDN file and by `define.js`.
 *
 * @example IdoKit.setStrings('nl', { retry: 'Nog een keer' })
 */
export const IdoKit: IdoKitApi = pageApi;
