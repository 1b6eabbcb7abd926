import type { ReactiveController, ReactiveElement } from 'lit';
import { stringChanges, stringsFor } from '../localization/overrides.js';
import { resolveLang, stringsLang } from '../localization/resolve-lang.js';
import type { Strings, StringsLang, StringsOverride } from '../localization/strings.js';

/** What a host offers {@link LocaleController}. */
export interface LocaleHost extends ReactiveElement {
  /** Per-instance string overrides. */
  strings?: StringsOverride | undefined;
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
  private table?: { lang: StringsLang; local: StringsOverride | undefined; strings: Strings };
  private readonly onStringsChange = () => {
    this.table = undefined;
    this.host.requestUpdate();
  };

  constructor(host: LocaleHost) {
    this.host = host;
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

  /** The BCP 47 tag for `Intl` (`'nl'`, `'en-GB'`, `'fr'`). */
  get locale(): string {
    return this.tag || resolveLang(this.host);
  }

  /** The language of the text: `'en'` for English tags, `'nl'` for everything else. */
  get language(): StringsLang {
    return stringsLang(this.locale);
  }

  /** The string table: built-in text, then `IdoKit.setStrings`, then the host's `strings`. */
  get strings(): Strings {
    const lang = this.language;
    const local = this.host.strings;
    if (this.table?.lang !== lang || this.table.local !== local) {
      this.table = { lang, local, strings: stringsFor(lang, local) };
    }
    return this.table.strings;
  }
}
