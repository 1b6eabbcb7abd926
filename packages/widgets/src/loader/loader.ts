/**
 * The CDN entry, `cdn/idokit.js`: a small loader that defines each IDO Kit element the first
 * time its tag appears in the document (at load, or added later) by importing only that
 * element's module. It also sets `window.IdoKit` (configuration and strings, usable before any
 * element has loaded). Loading it twice is harmless: the same URL runs once, and a second copy
 * from another URL finds the tags defined (every `define<Name>()` is guarded).
 */
import { IdoKit as api } from '../context/idokit.js';
import type { IdoKitApi } from '../catalog.js';
import { shippedLanguageFor, shippedLanguages } from '../localization/languages/shipped.js';
import { addShippedLanguage } from '../localization/string-calls.js';
import { elementLanguages, elementModules } from './elements.js';

const loading = new Map<string, Promise<void>>();
const preloaded = new Set<string>();
let pageLanguage: string | undefined | null = null;

/**
 * Written by the CDN build at the end of `cdn/idokit.js` (a hoisted declaration): for each tag,
 * every chunk its module imports, directly or through other chunks. Absent outside that build.
 */
declare function __idokitChunks(): Readonly<Record<string, readonly string[]>>;

/**
 * Asks the browser for all of a tag's chunks at once (`<link rel="modulepreload">`) instead of
 * discovering them one import level after the other: a page waits one round trip for its element
 * code rather than three. The module import that follows reuses these downloads.
 */
function preloadChunks(tag: string): void {
  const files = typeof __idokitChunks === 'function' ? __idokitChunks()[tag] : undefined;
  if (!files || typeof document === 'undefined') return;
  for (const file of files) {
    const href = new URL(file, import.meta.url).href;
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}

/**
 * With each element, fetches its text in the page's language (`<html lang="tr">`) beside it,
 * and with the first one the language's shared words, so the elements speak it from their first
 * render instead of switching after a Dutch one.
 */
function startPageLanguage(tag: string): void {
  if (typeof document === 'undefined') return;
  if (pageLanguage === null) {
    pageLanguage = shippedLanguageFor(document.documentElement.lang);
    // A failure is reported by the registry, which asks again when an element needs the language.
    if (pageLanguage) shippedLanguages[pageLanguage]!().then(addShippedLanguage, () => undefined);
  }
  const lang = pageLanguage;
  const own = lang ? elementLanguages[tag]?.[lang] : undefined;
  own?.().then(
    ({ strings }) => addShippedLanguage({ lang: lang!, strings }, tag),
    () => undefined,
  );
}

/**
 * Defines `tag` now (imports its module) and resolves when it is defined. Pages that create
 * elements inside their own shadow roots, where the loader does not look, can call this first.
 * @throws TypeError for a tag that is not an IDO Kit element.
 */
export function load(tag: string): Promise<void> {
  const name = tag.toLowerCase();
  let promise = loading.get(name);
  if (!promise) {
    const importModule = elementModules[name];
    if (!importModule) return Promise.reject(new TypeError(`<${name}> is not an IDO Kit element`));
    startPageLanguage(name);
    preloadChunks(name);
    promise = importModule().then(
      () => undefined,
      (error: unknown) => {
        loading.delete(name); // a failed download may succeed when the tag appears again
        console.error(`IDO Kit: <${name}> could not be loaded`, error);
      },
    );
    loading.set(name, promise);
  }
  return promise;
}

/** The page-wide API, as `window.IdoKit`: see the widgets README. */
export const IdoKit = Object.freeze({ ...api, load });

declare global {
  interface Window {
    /** The page-wide IDO Kit API (set by the CDN loader or `@idokit/widgets/define.js`). */
    IdoKit: IdoKitApi;
  }
}

const pending = (): string[] =>
  Object.keys(elementModules).filter((tag) => !loading.has(tag) && !customElements.get(tag));

function scan(root: ParentNode): void {
  const tags = pending();
  if (!tags.length) return;
  for (const element of root.querySelectorAll(tags.join(','))) void load(element.localName);
}

if (typeof window !== 'undefined' && globalThis.customElements) {
  window.IdoKit ??= IdoKit;
  scan(document);
  if (pending().length) {
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.nodeType !== Node.ELEMENT_NODE) continue;
          const element = node as Element;
          if (element.localName in elementModules) void load(element.localName);
          if (element.firstElementChild) scan(element);
        }
      }
      if (!pending().length) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  }
}

// The staff page asks for its service worker on the loader's script tag (see ./offline.ts).
const offlineScript =
  typeof document !== 'undefined'
    ? document.querySelector<HTMLScriptElement>('script[data-offline-worker]')
    : null;
if (offlineScript && 'serviceWorker' in navigator) {
  import('./offline.js')
    .then(({ startOffline }) => startOffline(offlineScript))
    .catch((error: unknown) => console.warn('IDO Kit: the offline mode could not start', error));
}
