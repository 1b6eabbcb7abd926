import type { ReactiveController, ReactiveElement } from 'lit';
import {
  addElementStrings,
  resolveStrings,
  stringChanges,
  type ElementStrings,
  type ResolvedStrings,
} from '../localization/registry.js';
import { resolveLang } from '../localization/resolve-lang.js';
import type { Strings, StringsLang, StringsOverride } from '../localization/strings.js';

/** What a host offers {@link LocaleController}. */
export interface LocaleHost extends ReactiveElement {
  /** Per-instance string overrides. */
  strings?: StringsOverride | undefined;
}

/**
 * What a host's class may declare: the keys it shows (`IdoElement.requiredStrings`). A language
 * is used only when it has all of them; without a declaration, all keys of the Dutch table.
 */
interface LocaleHostClass {
  requiredStrings?: readonly (keyof Strings)[];
  /** The element's own Dutch and English text (`IdoElement.elementStrings`). */
  elementStrings?: readonly ElementStrings[];
}

const controllers = new Set<LocaleController>();
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
export class LocaleController implements ReactiveController {
  private readonly host: LocaleHost;
  private tag = '';
  private table?: { tag: string; local: StringsOverride | undefined; resolved: ResolvedStrings };
  private readonly onStringsChange = () => {
    this.table = undefined;
    this.host.requestUpdate();
  };

  constructor(host: LocaleHost) {
    this.host = host;
    // Once per table: the registry starts with the shared text only (see registry.ts).
    for (const tables of (host.constructor as LocaleHostClass).elementStrings ?? []) {
      addElementStrings(tables);
    }
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
  get strings(): Strings {
    return this.resolved.strings;
  }

  private get resolved(): ResolvedStrings {
    const tag = this.pageLang;
    const local = this.host.strings;
    if (this.table?.tag !== tag || this.table.local !== local) {
      const keys = (this.host.constructor as LocaleHostClass).requiredStrings;
      this.table = { tag, local, resolved: resolveStrings(tag, keys, local) };
    }
    return this.table.resolved;
  }
}
