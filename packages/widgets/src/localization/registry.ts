import { shippedLanguageFor, shippedLanguages } from './languages/shipped.js';
import { baseEn, baseNl } from './shared-strings.js';
import { attachStringsTarget } from './string-calls.js';
import type {
  AnyStringsOverride,
  BaseStrings,
  ElementTexts,
  LanguagePack,
  StringsLang,
} from './strings.js';

/**
 * The language registry: which languages the elements can speak, and how much of each.
 *
 * Every language has a table of built-in text and a layer of page overrides
 * (`IdoKit.setStrings`). It starts with the words every element shares, in Dutch and English;
 * each element adds its own table when it is defined ({@link addElementTexts}), and the other
 * shipped languages load on first use, the shared words from `languages/` and each element's
 * from its own folder. An element uses a language only when that language gives *every* string
 * the element needs (see `IdoElement.requiredStrings`); otherwise it speaks Dutch as a whole, its
 * `Intl` formatting included, so a page never shows two languages in one element.
 *
 * The registry knows no element: it works on any table of text, keyed by string.
 */

export type { LanguagePack } from './strings.js';

type Table = Record<string, unknown>;

interface Entry {
  dir: 'ltr' | 'rtl';
  intl: string | undefined;
  builtIn: Table;
  overrides: Table;
  /** Whether `dir` came from the host's `registerLanguage` (a shipped file then keeps it). */
  hostDir?: boolean;
}

const languages = new Map<string, Entry>([
  ['nl', { dir: 'ltr', intl: undefined, builtIn: { ...baseNl }, overrides: {} }],
  ['en', { dir: 'ltr', intl: undefined, builtIn: { ...baseEn }, overrides: {} }],
]);

/** The Dutch text so far: the reference every other language is checked against. */
const dutch = (): Table => languages.get('nl')!.builtIn;

/**
 * Every key of the Dutch table so far (each element defined adds its own): what an element that
 * declares nothing needs.
 */
const allKeys = (): string[] => Object.keys(dutch());

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
export function missingStrings(table: object, keys: readonly string[] = allKeys()): string[] {
  const reference = dutch();
  const given = table as Table;
  return keys.filter((key) => !completeLike(given[key], reference[key]));
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
 * A shipped language file arriving (shared words, or one element's text): its text goes *under*
 * whatever the host registered for that language meanwhile (as if it had been there from the
 * start), and its direction and `Intl` tag apply unless the host set them.
 */
function addShippedLanguage(pack: LanguagePack): void {
  const target = entry(pack.lang);
  target.builtIn = mergeStrings(pack.strings as Table, target.builtIn);
  if (pack.dir && !target.hostDir) target.dir = pack.dir;
  target.intl ??= pack.intl;
  changed();
}

/** The elements' texts added so far, each with the languages it has loaded (or is loading). */
const elementTexts = new Map<ElementTexts<object>, Map<string, Promise<void>>>();
/** The shipped languages asked for so far: an element defined later loads its part too. */
const wanted = new Set<string>();
/** The elements' texts by tag, for what the CDN loader hands over. */
const textsByTag = new Map<string, ElementTexts<object>>();
/** Element text the CDN loader handed over before its element was defined: tag → languages. */
const handedOver = new Map<string, Set<string>>();

/**
 * A shipped file the CDN loader fetched beside an element (`tag`: that element's text; none:
 * the language's shared words). It counts as loaded, so `loadLanguage` does not add it a second
 * time; when the registry is already loading the same file, that load adds it.
 */
function handOver(pack: LanguagePack, tag?: string): void {
  const lang = shippedLanguageFor(pack.lang);
  if (lang) {
    const texts = tag === undefined ? undefined : textsByTag.get(tag);
    const loads = tag === undefined ? loadingShared : texts && elementTexts.get(texts);
    if (loads?.has(lang)) return;
    if (loads) loads.set(lang, Promise.resolve());
    else if (tag !== undefined) handedOver.set(tag, (handedOver.get(tag) ?? new Set()).add(lang));
  }
  addShippedLanguage(pack);
}

/**
 * Adds an element's text (once per declaration; `defineElement` and the element's first
 * instance do it): its Dutch and English go under whatever a host registered for those
 * languages, and its part of every shipped language asked for so far starts loading.
 */
export function addElementTexts(texts: ElementTexts<object>, tag?: string): void {
  if (elementTexts.has(texts)) return;
  const loads = new Map<string, Promise<void>>();
  elementTexts.set(texts, loads);
  if (tag !== undefined) {
    textsByTag.set(tag, texts);
    // What the CDN loader already handed over for this element is there: not loaded again.
    for (const lang of handedOver.get(tag) ?? []) loads.set(lang, Promise.resolve());
    handedOver.delete(tag);
  }
  for (const lang of ['nl', 'en'] as const) {
    const target = entry(lang);
    target.builtIn = mergeStrings(texts[lang] as Table, target.builtIn);
  }
  changed();
  for (const lang of wanted) void loadElementLanguage(texts, lang);
}

/** One element's text in a shipped language, loaded once. */
function loadElementLanguage(texts: ElementTexts<object>, lang: string): Promise<void> {
  const load = texts.languages?.[lang];
  if (!load) return Promise.resolve();
  return loadOnce(elementTexts.get(texts)!, lang, () =>
    load().then(({ strings }) => addShippedLanguage({ lang, strings })),
  );
}

/**
 * Runs `load` once per language of `loads`; a failed download is forgotten (and logged), so the
 * next request for the language tries again.
 */
function loadOnce(
  loads: Map<string, Promise<void>>,
  lang: string,
  load: () => Promise<void>,
): Promise<void> {
  let loading = loads.get(lang);
  if (!loading) {
    loading = load().catch((error: unknown) => {
      loads.delete(lang);
      console.error(`IDO Kit: language "${lang}" could not be loaded`, error);
    });
    loads.set(lang, loading);
  }
  return loading;
}

const loadingShared = new Map<string, Promise<void>>();

/**
 * Loads the shipped language for `tag` (`'tr'`, `'ar-SA'`), if there is one: its shared words
 * and the text of every element defined so far (elements defined later load theirs when they
 * are). Elements on the page switch to it when it is there. Elements call this themselves for
 * their language (and speak Dutch until it has loaded, usually while their data is still
 * loading); await it to have a language ready before elements render (a server renderer does).
 * Resolves at once for other tags.
 */
export function loadLanguage(tag: string): Promise<void> {
  const lang = shippedLanguageFor(tag);
  if (!lang) return Promise.resolve();
  wanted.add(lang);
  const shared = loadOnce(loadingShared, lang, () =>
    shippedLanguages[lang]!().then(addShippedLanguage),
  );
  const parts = [...elementTexts.keys()].map((texts) => loadElementLanguage(texts, lang));
  return Promise.all([shared, ...parts]).then(() => undefined);
}

/**
 * Replaces some strings for every element on the page, in any language, e.g. to use a
 * library's own wording, or to add a language no file ships (complete it, and the elements use
 * it). Later calls merge into earlier ones; pass `undefined` for a key to restore the default.
 *
 * @example IdoKit.setStrings('nl', { retry: 'Nog een keer' })
 */
export function setStrings(lang: StringsLang, strings: AnyStringsOverride): void {
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
export interface ResolvedStrings<S extends object = BaseStrings> {
  /** The language of the text: the tag's language, or `'nl'` when that is not complete. */
  lang: StringsLang;
  /** The tag for `Intl`: the page's tag when its language is spoken, else the text's language. */
  locale: string;
  /** Writing direction of the text. */
  dir: 'ltr' | 'rtl';
  /** The table, overrides and `local` applied. */
  strings: S;
}

/**
 * What an element with `keys` speaks for the page language `tag` (`'tr'`, `'en-GB'`): the tag's
 * language when its table (built-in plus overrides) is complete for `keys`, else Dutch, whole.
 * `local` (an element's own `strings`) goes on top.
 */
export function resolveStrings<S extends object = BaseStrings>(
  tag: string,
  keys: readonly string[] = allKeys(),
  local?: object,
): ResolvedStrings<S> {
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
      strings: mergeStrings(table, local) as S,
    };
  }
  const nl = languages.get('nl')!;
  return {
    lang: 'nl',
    locale: 'nl',
    dir: 'ltr',
    strings: mergeStrings(mergeStrings(nl.builtIn, nl.overrides), local) as S,
  };
}

/**
 * The complete table for `lang`: the built-in text, then global overrides, then `local`
 * (an element's own `strings` property). A language that is not complete gives Dutch.
 */
export function stringsFor<S extends object = BaseStrings>(lang: StringsLang, local?: object): S {
  return resolveStrings<S>(lang, allKeys(), local).strings;
}

/**
 * The keys of some Dutch tables, for an element's `requiredStrings`.
 *
 * @example static override requiredStrings = stringKeys(baseNl, helloNl);
 */
export function stringKeys(...tables: readonly object[]): string[] {
  return tables.flatMap((table) => Object.keys(table));
}

/** The keys an element with `texts` shows: the shared words, the calendar and its own. */
export function keysOf(texts: ElementTexts<object>): string[] {
  return stringKeys(baseNl, texts.nl);
}

// `IdoKit.setStrings`/`registerLanguage` calls made before this module loaded (the CDN loader
// has them without the tables) apply now, before any element renders; later ones come here.
attachStringsTarget({
  setStrings,
  registerLanguage,
  resetStrings,
  addShippedLanguage: handOver,
});
