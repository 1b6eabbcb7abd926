import type { ReactiveController, ReactiveElement } from 'lit';
import {
  addElementTexts,
  keysOf,
  resolveStrings,
  stringChanges,
  type ResolvedStrings,
} from '../localization/registry.js';
import { resolveLang } from '../localization/resolve-lang.js';
import type { BaseStrings, ElementTexts, StringsLang } from '../localization/strings.js';

/** What a host offers {@link LocaleController}. */
export interface LocaleHost extends ReactiveElement {
  /** Per-instance string overrides. */
  strings?: object | undefined;
}

/**
 * What a host's class may declare: its own text (`IdoElement.texts`) and the keys it shows
 * (`IdoElement.requiredStrings`). A language is used only when it has all of them; without a
 * declaration, the shared keys and those of its own Dutch table, or, with neither, all keys of
 * the Dutch table.
 */
export interface LocaleHostClass {
  requiredStrings?: readonly string[];
  texts?: ElementTexts<object>;
}

/** The keys an element class shows (see {@link LocaleHostClass}); `undefined`: every key. */
export function requiredKeys(ctor: LocaleHostClass): readonly string[] | undefined {
  return ctor.requiredStrings ?? (ctor.texts ? keysOf(ctor.texts) : undefined);
}

const controllers = new Set<{ check(): void }>();
let observer: MutationObserver | undefined;

/** Watches `lang` attributes under `root` (one observer for the whole page). */
function watch(root: Node): void {
  observer ??= new MutationObserver(() => {
    for (const controller of controllers) controller.check();
  });
  // Observing a node again only replaces the options, so repeated calls are free.
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Keeps an element's language in step with the page: its own `lang` or the nearest
 * ancestor's (also across shadow roots), re-rendering when any `lang` changes (e.g. a language
 * switch that sets `<html lang="en">`) or when `IdoKit.setStrings` changes the text.
 */
export class LocaleController<S extends object = BaseStrings> implements ReactiveController {
  private readonly host: LocaleHost;
  private tag = '';
  private table?: { tag: string; local: object | undefined; resolved: ResolvedStrings<S> };
  private readonly keys: readonly string[] | undefined;
  private readonly onStringsChange = () => {
    this.table = undefined;
    this.host.requestUpdate();
  };

  constructor(host: LocaleHost) {
    this.host = host;
    const ctor = host.constructor as LocaleHostClass;
    // Once per table (`defineElement` has usually done it): the registry starts with the shared
    // text only (see registry.ts).
    if (ctor.texts) addElementTexts(ctor.texts);
    this.keys = requiredKeys(ctor);
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    watch(document.documentElement);
    const root = this.host.getRootNode();
    if (root instanceof ShadowRoot) watch(root);
    stringChanges.addEventListener('change', this.onStringsChange);
    this.check();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    stringChanges.removeEventListener('change', this.onStringsChange);
  }

  /** Re-reads the language; re-renders the host if it changed. */
  check(): void {
    const tag = resolveLang(this.host);
    if (tag !== this.tag) {
      this.tag = tag;
      this.host.requestUpdate();
    }
  }

  /** The language tag that applies to the host: its own `lang` or the nearest ancestor's. */
  get pageLang(): string {
    return this.tag || resolveLang(this.host);
  }

  /**
   * The BCP 47 tag for `Intl`, always in the language of the text: `'en-GB'` on an `en-GB`
   * page, `'nl'` on a French page (whose text is Dutch), `'ar-u-nu-latn'` for Arabic.
   */
  get locale(): string {
    return this.resolved.locale;
  }

  /** The language of the text: the page's when it has a complete table, else `'nl'`. */
  get language(): StringsLang {
    return this.resolved.lang;
  }

  /** The writing direction of the text (`'rtl'` for Arabic), whatever the page's. */
  get direction(): 'ltr' | 'rtl' {
    return this.resolved.dir;
  }

  /** The string table: built-in text, then `IdoKit.setStrings`, then the host's `strings`. */
  get strings(): S {
    return this.resolved.strings;
  }

  private get resolved(): ResolvedStrings<S> {
    const tag = this.pageLang;
    const local = this.host.strings;
    if (this.table?.tag !== tag || this.table.local !== local) {
      this.table = { tag, local, resolved: resolveStrings<S>(tag, this.keys, local) };
    }
    return this.table.resolved;
  }
}
