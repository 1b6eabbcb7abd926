import { shippedLanguageFor, shippedLanguages } from './languages/shipped.js';
import { calendarEn, calendarNl, sharedEn, sharedNl } from './shared-strings.js';
import { attachStringsTarget } from './string-calls.js';
import type { Strings, StringsLang, StringsOverride } from './strings.js';

/**
 * The language registry: which languages the elements can speak, and how much of each.
 *
 * Every language has a table of built-in text (`registerLanguage`, one file per language in
 * `languages/`) and a layer of page overrides (`IdoKit.setStrings`). An element uses a language
 * only when that language gives *every* string the element needs (see
 * `IdoElement.requiredStrings`); otherwise it speaks Dutch as a whole, its `Intl` formatting
 * included, so a page never shows two languages in one element.
 */

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
  strings: StringsOverride;
}

interface Entry {
  dir: 'ltr' | 'rtl';
  intl: string | undefined;
  builtIn: StringsOverride;
  overrides: StringsOverride;
  /** Whether `dir` came from the host's `registerLanguage` (a shipped file then keeps it). */
  hostDir?: boolean;
}

// Dutch and English start with the text every element shares; each element adds its own table
// when it is first made (`addElementStrings`), and the other shipped languages load on first use.
const languages = new Map<string, Entry>([
  ['nl', { dir: 'ltr', intl: undefined, builtIn: { ...sharedNl, ...calendarNl }, overrides: {} }],
  ['en', { dir: 'ltr', intl: undefined, builtIn: { ...sharedEn, ...calendarEn }, overrides: {} }],
]);

/** The Dutch text so far: the reference every other language is checked against. */
const dutch = (): StringsOverride => languages.get('nl')!.builtIn;

/**
 * Every key of the Dutch table so far (each element loaded adds its own): what an element that
 * declares nothing needs.
 */
const allKeys = (): (keyof Strings)[] => Object.keys(dutch()) as (keyof Strings)[];

/**
 * Fires a plain `change` event whenever the registry or the overrides change, so that
 * connected elements re-render with the new text.
 */
export const stringChanges = new EventTarget();

const changed = () => stringChanges.dispatchEvent(new Event('change'));

const normalise = (lang: string) => lang.trim().toLowerCase();

function entry(lang: string): Entry {
  const key = normalise(lang);
  let found = languages.get(key);
  if (!found) {
    found = { dir: 'ltr', intl: undefined, builtIn: {}, overrides: {} };
    languages.set(key, found);
  }
  return found;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `layer` over `base`, nested tables merged key by key; `undefined` falls through. */
export function mergeStrings<T extends object>(base: T, layer: object | undefined): T {
  if (!layer) return base;
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(layer)) {
    if (value === undefined) continue;
    const below = result[key];
    result[key] =
      isPlainObject(value) && isPlainObject(below) ? mergeStrings(below as object, value) : value;
  }
  return result as T;
}

/** Whether `value` is as complete as the Dutch `reference`: same keys, same kinds, no gaps. */
function completeLike(value: unknown, reference: unknown): boolean {
  if (typeof reference === 'function') return typeof value === 'function';
  if (typeof reference === 'string') return typeof value === 'string' && value.trim() !== '';
  if (Array.isArray(reference)) {
    return (
      Array.isArray(value) &&
      value.length === reference.length &&
      value.every((item, i) => completeLike(item, reference[i]))
    );
  }
  if (isPlainObject(reference)) {
    return (
      isPlainObject(value) &&
      Object.keys(reference).every((k) => completeLike(value[k], reference[k]))
    );
  }
  return value !== undefined;
}

/**
 * The keys of `table` that are missing or incomplete compared with Dutch, of those in `keys`
 * (default: all). An empty list means the table is complete for them.
 */
export function missingStrings(
  table: StringsOverride,
  keys: readonly (keyof Strings)[] = allKeys(),
): (keyof Strings)[] {
  const reference = dutch();
  return keys.filter((key) => !completeLike(table[key], reference[key]));
}

/**
 * Adds a language, or more text for one (tables merge). Elements on the page switch to it at
 * once where it is complete for them.
 *
 * @example IdoKit.registerLanguage({ lang: 'ti', strings: { ...tigrinya } })
 */
export function registerLanguage(pack: LanguagePack): void {
  const target = entry(pack.lang);
  target.builtIn = mergeStrings(target.builtIn, pack.strings);
  if (pack.dir) {
    target.dir = pack.dir;
    target.hostDir = true;
  }
  if (pack.intl) target.intl = pack.intl;
  changed();
}

/**
 * A shipped language file arriving: its text goes *under* whatever the host registered for that
 * language meanwhile (as if it had been there from the start), and its direction and `Intl` tag
 * apply unless the host set them.
 */
function addShippedLanguage(pack: LanguagePack): void {
  // Handed over by the CDN loader: `loadLanguage` need not fetch it again.
  const shipped = shippedLanguageFor(pack.lang);
  if (shipped && !loadingLanguages.has(shipped)) loadingLanguages.set(shipped, Promise.resolve());
  const target = entry(pack.lang);
  target.builtIn = mergeStrings(pack.strings, target.builtIn);
  if (pack.dir && !target.hostDir) target.dir = pack.dir;
  target.intl ??= pack.intl;
  changed();
}

/** An element's own text in the languages that ship with every element. */
export interface ElementStrings {
  nl?: StringsOverride;
  en?: StringsOverride;
}

const added = new WeakSet<object>();

/**
 * Adds an element's Dutch and English text to the registry (once per table; elements do it
 * when the first one is made, see `IdoElement.elementStrings`). Like a shipped file, it goes
 * under whatever a host registered for those languages.
 */
export function addElementStrings(tables: ElementStrings): void {
  let news = false;
  for (const lang of ['nl', 'en'] as const) {
    const table = tables[lang];
    if (!table || added.has(table)) continue;
    added.add(table);
    const target = entry(lang);
    target.builtIn = mergeStrings(table, target.builtIn);
    news = true;
  }
  if (news) changed();
}

const loadingLanguages = new Map<string, Promise<void>>();

/**
 * Loads the shipped language file for `tag` (`'tr'`, `'ar-SA'`), if there is one; elements on
 * the page switch to it when it is there. Elements call this themselves for their language (and
 * speak Dutch until it has loaded, usually while their data is still loading); await it to have
 * a language ready before elements render. Resolves at once for other tags.
 */
export function loadLanguage(tag: string): Promise<void> {
  const lang = shippedLanguageFor(tag);
  if (!lang) return Promise.resolve();
  let loading = loadingLanguages.get(lang);
  if (!loading) {
    loading = shippedLanguages[lang]!().then(addShippedLanguage, (error: unknown) => {
      loadingLanguages.delete(lang); // a failed download may succeed on the next request
      console.error(`IDO Kit: language "${lang}" could not be loaded`, error);
    });
    loadingLanguages.set(lang, loading);
  }
  return loading;
}

/**
 * Replaces some strings for every element on the page, in any language, e.g. to use a
 * library's own wording, or to add a language no file ships (complete it, and the elements use
 * it). Later calls merge into earlier ones; pass `undefined` for a key to restore the default.
 *
 * @example IdoKit.setStrings('nl', { retry: 'Nog een keer' })
 */
export function setStrings(lang: StringsLang, strings: StringsOverride): void {
  const target = entry(lang);
  target.overrides = mergeStrings(target.overrides, strings);
  changed();
}

/** Forgets every {@link setStrings} override (for tests). Registered languages stay. */
export function resetStrings(): void {
  for (const [key, value] of languages) {
    value.overrides = {};
    if (Object.keys(value.builtIn).length === 0) languages.delete(key);
  }
  changed();
}

/** The languages with any text so far, complete or not (`['nl', 'en', 'ar', …]`; a shipped language once loaded). */
export function registeredLanguages(): string[] {
  return [...languages.keys()];
}

/** What an element speaks for a page's language tag. */
export interface ResolvedStrings {
  /** The language of the text: the tag's language, or `'nl'` when that is not complete. */
  lang: StringsLang;
  /** The tag for `Intl`: the page's tag when its language is spoken, else the text's language. */
  locale: string;
  /** Writing direction of the text. */
  dir: 'ltr' | 'rtl';
  /** The table, overrides and `local` applied. */
  strings: Strings;
}

/**
 * The text for an element on a page in `tag` (`'tr'`, `'en-GB'`, `'ar-SA'`): the tag's
 * language when its table (built-in plus overrides) is complete for `keys`, else Dutch, whole.
 * `local` (an element's own `strings`) goes on top.
 */
export function resolveStrings(
  tag: string,
  keys: readonly (keyof Strings)[] = allKeys(),
  local?: StringsOverride,
): ResolvedStrings {
  const full = normalise(tag);
  const primary = full.split('-')[0]!;
  void loadLanguage(full);
  for (const lang of full === primary ? [full] : [full, primary]) {
    const found = languages.get(lang);
    if (!found) continue;
    const table = mergeStrings(found.builtIn, found.overrides);
    if (lang !== 'nl' && missingStrings(table, keys).length > 0) continue;
    return {
      lang,
      locale: found.intl ?? tag.trim(),
      dir: found.dir,
      strings: mergeStrings(table as Strings, local),
    };
  }
  const nl = languages.get('nl')!;
  return {
    lang: 'nl',
    locale: 'nl',
    dir: 'ltr',
    strings: mergeStrings(mergeStrings(nl.builtIn as Strings, nl.overrides), local),
  };
}

/**
 * The complete table for `lang`: the built-in text, then global overrides, then `local`
 * (an element's own `strings` property). A language that is not complete gives Dutch.
 */
export function stringsFor(lang: StringsLang, local?: StringsOverride): Strings {
  return resolveStrings(lang, allKeys(), local).strings;
}

/**
 * The keys of some Dutch tables, for an element's `requiredStrings`.
 *
 * @example static override requiredStrings = stringKeys(sharedNl, calendarNl, hoursNl);
 */
export function stringKeys(...tables: readonly object[]): (keyof Strings)[] {
  return tables.flatMap((table) => Object.keys(table) as (keyof Strings)[]);
}

// `IdoKit.setStrings`/`registerLanguage` calls made before this module loaded (the CDN loader
// has them without the tables) apply now, before any element renders; later ones come here.
attachStringsTarget({ setStrings, registerLanguage, resetStrings, addShippedLanguage });
