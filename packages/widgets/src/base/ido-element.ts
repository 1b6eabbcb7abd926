import { isIdoError, type IdoClient } from '@idokit/sdk';
import {
  defaultConverter,
  html,
  LitElement,
  nothing,
  type ComplexAttributeConverter,
  type CSSResultGroup,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { ClientController } from '../controllers/client-controller.js';
import { nowAttributeConverter, type NowSource } from '../controllers/clock.js';
import type { Retryable } from '../controllers/data-controller.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { IdoErrorEvent } from '../events/ido-error.js';
import { errorMessage } from '../localization/error-message.js';
import type {
  BaseStrings,
  ElementTexts,
  StringsLang,
  StringsOverride,
} from '../localization/strings.js';
import { sharedStyles } from '../styles/shared.js';

/**
 * The base of every IDO Kit element. It resolves the data source, the language and the clock,
 * and gives subclasses the string table `t`, event and error helpers, and custom states.
 * It renders nothing itself.
 *
 * A new element: extend it, load data with `dataTask(this, …)`, render with `this.t` and the
 * shared classes, start styles with `IdoElement.styles`, emit typed events with `this.emit`,
 * declare its text as `static override texts` (its folder's `texts.ts`) and type it as
 * `IdoElement<ItsStrings>`, and register it with `defineElement` (`define-element.ts`) from a
 * `define<Name>()` that its `define.ts` calls; list it once in `src/catalog.ts`.
 * When an update removes the focused control (a retry button, "show more"), focus moves to
 * {@link IdoElement.focusFallback} instead of dropping to the page (WCAG 2.4.3).
 * Control-like elements whose shadow root should take focus for the host may add
 * `static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true }`;
 * large widgets should not (a click on text would move focus to the first control).
 *
 * @attr api - Base URL of an IDO Kit server (wins over an enclosing `<ido-provider>`).
 * @attr feed - URL of a static `feed.json` (wins over an enclosing `<ido-provider>`).
 * @attr now - Show the element as at this instant (ISO 8601), e.g. in previews. Default: the real clock.
 * @attr {'nl' | 'en' | 'ar' | 'tr' | 'pl' | 'uk'} lang - Language of the text: `nl` (default), `en`, or a registered language (`ar`, `tr`, `pl`, `uk`, any added with `IdoKit.registerLanguage`); otherwise inherited from the nearest ancestor with `lang`. A language without a complete table for the element gives Dutch.
 *
 * @event {IdoErrorEvent} ido-error - Loading failed or the element is not configured; `detail: { error, message }`.
 *
 * @cssstate loading - Data is loading.
 * @cssstate error - Loading failed; the element shows a message and a retry button.
 *
 * @cssproperty [--ido-font-family=inherit] - Font; falls back to `--basis-text-font-family-default`, then the page's font.
 * @cssproperty [--ido-color-text=#1a1a1a] - Text; falls back to `--basis-color-default-color-document`.
 * @cssproperty [--ido-color-text-subtle=#595959] - Secondary text; falls back to `--basis-color-default-color-subtle`.
 * @cssproperty [--ido-color-bg=#ffffff] - Background of controls; falls back to `--basis-color-default-bg-document`.
 * @cssproperty [--ido-color-surface=#f3f3f3] - Subtle panels; falls back to `--basis-color-default-bg-subtle`.
 * @cssproperty [--ido-color-border=#767676] - Borders of controls; falls back to `--basis-color-default-border-default`.
 * @cssproperty [--ido-color-accent=#00587a] - Filled buttons; falls back to `--basis-color-accent-1-inverse-bg-default`.
 * @cssproperty [--ido-color-accent-hover=#003f58] - Filled buttons on hover; falls back to `--basis-color-accent-1-inverse-bg-hover`.
 * @cssproperty [--ido-color-on-accent=#ffffff] - Text on filled buttons; falls back to `--basis-color-accent-1-inverse-color-default`.
 * @cssproperty [--ido-color-link=#00587a] - Links; falls back to `--basis-color-action-1-color-default`.
 * @cssproperty [--ido-color-link-hover=#003f58] - Links on hover; falls back to `--basis-color-action-1-color-hover`.
 * @cssproperty [--ido-color-positive=#1e6b34] - "Open" text; falls back to `--basis-color-positive-1-color-default`.
 * @cssproperty [--ido-color-positive-bg=#e8f3eb] - "Open" background; falls back to `--basis-color-positive-1-bg-subtle`.
 * @cssproperty [--ido-color-negative=#b3261e] - "Closed" and error text; falls back to `--basis-color-negative-1-color-default`.
 * @cssproperty [--ido-color-negative-bg=#fbeceb] - Error background; falls back to `--basis-color-negative-1-bg-subtle`.
 * @cssproperty [--ido-focus-outline-color=#1a1a1a] - Focus ring; falls back to `--basis-focus-outline-color`.
 * @cssproperty [--ido-focus-outline-width=3px] - Focus ring width; falls back to `--basis-focus-outline-width`.
 * @cssproperty [--ido-focus-outline-offset=2px] - Focus ring offset; falls back to `--basis-focus-outline-offset`.
 * @cssproperty [--ido-border-radius=4px] - Corner radius; falls back to `--basis-border-radius-md`.
 * @cssproperty [--ido-space-md=1em] - Spacing (also `-xs`, `-sm`, `-lg`, `-xl`); falls back to `--basis-space-block-*`.
 * @cssproperty [--ido-target-size=44px] - Minimum size of buttons and links; never below 44px.
 */
export class IdoElement<S extends object = object> extends LitElement {
  /**
   * Shared tokens and component classes (`.ido-button`, `.ido-link`, `.ido-input`, …).
   * Subclasses: `static override styles = [IdoElement.styles, css\`…\`]`.
   */
  static override styles: CSSResultGroup = sharedStyles;

  /**
   * The string keys this element shows. A page language is used only when its table has all
   * of them (else the element speaks Dutch, whole). Unset: the shared keys and those of
   * {@link IdoElement.texts}; without `texts` either, every key of the Dutch table, so an element
   * that declares nothing falls back to Dutch until a language covers everything.
   *
   * @example static override requiredStrings = stringKeys(baseNl);
   */
  static requiredStrings?: readonly string[];

  /**
   * The element's own text in every language it speaks (its folder's `texts.ts`), added to the
   * language registry when the element is defined. The registry starts with the shared text only,
   * so a page downloads the text of the elements it uses and no other.
   *
   * @example static override texts = helloTexts;
   */
  static texts?: ElementTexts<object>;

  /** Base URL of an IDO Kit server. */
  @property({ reflect: true }) api?: string;

  /** URL of a static `feed.json`. */
  @property({ reflect: true }) feed?: string;

  /** A client to use instead of `api`/`feed` (an app's own client, or a fake in tests). */
  @property({ attribute: false }) client?: IdoClient;

  /** Per-element text overrides, merged over the language's table and `IdoKit.setStrings`. */
  @property({ attribute: false }) strings?: StringsOverride<BaseStrings & S>;

  /** This element's clock: a fixed `Date`, a function, or unset for the provider's or the real one. */
  @property({ converter: nowAttributeConverter }) now?: NowSource;

  /** `ElementInternals`, for custom states (and forms, in form-associated subclasses). */
  protected readonly internals: ElementInternals | undefined;

  private readonly clientController = new ClientController(this);
  private readonly localeController = new LocaleController<BaseStrings & S>(this);

  constructor() {
    super();
    try {
      this.internals = this.attachInternals();
    } catch {
      this.internals = undefined;
    }
  }

  /** A server's shadow content (declarative shadow DOM), until this element replaces it. */
  private serverNodes?: ChildNode[];
  /** The language the server rendered in (its outermost `lang`). */
  private serverLanguage?: string;

  /**
   * A shadow root already there was rendered by a server (declarative shadow DOM). With Lit's
   * hydration support loaded, Lit hydrates it; without (the CDN script), the element replaces it
   * with its own first render, in the same task, so no frame shows the change.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const serverNodes = this.shadowRoot ? [...this.shadowRoot.childNodes] : [];
    const root = super.createRenderRoot();
    if (serverNodes.length && !(this as { _$needsHydration?: boolean })._$needsHydration) {
      this.serverNodes = serverNodes;
      this.serverLanguage =
        (root as ShadowRoot).querySelector?.('[lang]')?.getAttribute('lang') ?? undefined;
    }
    return root;
  }

  /**
   * Languages beyond Dutch and English load on first use: until this element speaks the one the
   * server rendered in, the server's view stays (rendering now would flash Dutch).
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (this.serverNodes && this.serverLanguage && this.language !== this.serverLanguage)
      return false;
    return super.shouldUpdate(changed);
  }

  /** The client this element uses (own, provider's or global), or `undefined` if none. */
  get resolvedClient(): IdoClient | undefined {
    return this.clientController.client;
  }

  /** The clock this element uses (own, provider's or global); `undefined` is the real clock. */
  get clock(): NowSource | undefined {
    return this.clientController.clock;
  }

  /**
   * The BCP 47 tag for `Intl` formatting, in the language of the text: `'en-GB'` on an `en-GB`
   * page, `'nl'` on a French page (whose text is Dutch).
   */
  get locale(): string {
    return this.localeController.locale;
  }

  /** The language of the text: the page's when it has a complete table, else `'nl'`. */
  get language(): StringsLang {
    return this.localeController.language;
  }

  /**
   * The language to pick from data that carries Dutch and English text (taxonomy labels):
   * English on an English page, Dutch everywhere else.
   * @internal for the elements' templates, not a page's API (kept out of the manifest and docs)
   */
  get dataLanguage(): 'nl' | 'en' {
    return this.language === 'en' ? 'en' : 'nl';
  }

  /**
   * The writing direction of the text (`'rtl'` for Arabic, `'ltr'` for Dutch even on a
   * right-to-left page). Elements put it, with `language`, on their outermost wrapper.
   * @internal for the elements' templates, not a page's API (kept out of the manifest and docs)
   */
  get direction(): 'ltr' | 'rtl' {
    return this.localeController.direction;
  }

  /**
   * `value` (a phone number, a postcode and place, a time) kept left-to-right inside a
   * right-to-left sentence, with Unicode isolates (LRI … PDI); as is in left-to-right text.
   * For values that go into a string-table function; markup uses `<bdi>`/`dir="ltr"` spans.
   */
  isolate(value: string): string {
    return this.direction === 'rtl' ? `\u2066${value}\u2069` : value;
  }

  /** The string table for this element (the shared words and its own), overrides applied. */
  get t(): BaseStrings & S {
    return this.localeController.strings;
  }

  /**
   * Sets or clears a custom state, styled from outside as `ido-x:state(name)`. Does nothing in
   * browsers without `CustomStateSet`.
   */
  setState(name: string, on: boolean): void {
    const states = this.internals?.states;
    if (!states) return;
    try {
      if (on) states.add(name);
      else states.delete(name);
    } catch {
      // Chromium 90–124 only accepted the older `--name` form.
      try {
        if (on) states.add(`--${name}`);
        else states.delete(`--${name}`);
      } catch {
        /* no custom states: styling hooks are a nicety */
      }
    }
  }

  /** Whether a custom state is set. */
  hasState(name: string): boolean {
    return this.internals?.states?.has(name) ?? false;
  }

  /** Dispatches one of the typed IDO Kit events; returns `false` if a listener cancelled it. */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }

  /**
   * Dispatches `ido-error` for a failure and returns the plain-language message to show.
   * Aborted requests are not failures and return `''` without an event.
   */
  reportError(error: unknown): string {
    if (error instanceof DOMException && error.name === 'AbortError') return '';
    const message = errorMessage(error, this.t);
    this.emit(new IdoErrorEvent({ error, message }));
    return message;
  }

  /**
   * Whether trying again can help: after a dropped connection, a time-out or a server error,
   * yes; when the data is wrong, missing or not set up, no (the error box then offers no retry
   * button, and its text does not say "probeer het later opnieuw").
   */
  protected canRetry(error: unknown): boolean {
    const code = isIdoError(error) ? error.code : undefined;
    return code !== 'validation' && code !== 'not-found' && code !== 'config';
  }

  /** The shared loading indicator, announced politely. */
  protected renderLoading(): TemplateResult {
    return html`<p class="ido-loading" role="status" part="loading">${this.t.loading}</p>`;
  }

  /**
   * The shared error box: the message for `error` (or `options.message`), and a retry button when
   * `retry` is given. Given a {@link Retryable} (a `dataTask`), the box stays while it retries,
   * its button marked busy, and a new failure renders a new box, announced again.
   */
  protected renderError(
    error: unknown,
    retry?: Retryable | (() => unknown),
    options: { message?: string } = {},
  ): TemplateResult {
    const target = typeof retry === 'function' ? undefined : retry;
    const busy = target?.retrying ?? false;
    const onClick = () => {
      if (typeof retry === 'function') retry();
      else if (!busy) void retry?.retry();
    };
    const box = html`<div class="ido-alert" role="alert" part="error">
      <span>${options.message ?? errorMessage(error, this.t)}</span>
      ${
        retry
          ? html`<button
              class="ido-button ido-button--secondary"
              type="button"
              aria-disabled=${busy ? 'true' : nothing}
              aria-busy=${busy ? 'true' : nothing}
              @click=${onClick}
            >
              ${this.t.retry}
            </button>`
          : null
      }
    </div>`;
    return target ? html`${keyed(target.failures, box)}` : box;
  }

  /**
   * Where focus goes when an update removed the focused element: the error box's retry button,
   * if one is shown. Subclasses add a stable target after it (a status line, the content).
   */
  protected focusFallback(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part~="error"] button');
  }

  /**
   * Lets every attribute-backed property take the string its attribute takes, as React 19 and
   * Vue 3 set properties rather than attributes: `el.radius = '10'` becomes `10`,
   * `el.openNow = ''` becomes `true`, `el.services = 'walk-in,by-phone'` becomes a list. The
   * property's own converter (or Lit's default for its `type`) does the conversion, exactly as
   * for the attribute.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const ctor = this.constructor as typeof LitElement;
    const self = this as unknown as Record<PropertyKey, unknown>;
    for (const key of changed.keys()) {
      const value = self[key];
      if (typeof value !== 'string') continue;
      const options = ctor.getPropertyOptions(key);
      if (options.attribute === false) continue;
      const converter = options.converter;
      const fromAttribute =
        typeof converter === 'function'
          ? converter
          : (converter as ComplexAttributeConverter | undefined)?.fromAttribute;
      if (fromAttribute) self[key] = fromAttribute(value, options.type);
      else if (options.type && options.type !== String) {
        self[key] = defaultConverter.fromAttribute!(value, options.type);
      }
    }
  }

  /**
   * Renders (the first time in place of a server's shadow content), then moves focus to
   * {@link focusFallback} if rendering removed the focused node.
   */
  protected override update(changed: PropertyValues): void {
    const root = this.renderRoot;
    if (this.serverNodes) {
      for (const node of this.serverNodes) node.remove();
      this.serverNodes = undefined;
      // Lit renders before the root's first node, which was the server's: now the first left
      // (a shimmed style sheet) or none.
      this.renderOptions.renderBefore = root.firstChild;
    }
    const hadFocus = root instanceof ShadowRoot && !!root.activeElement;
    super.update(changed);
    // Removing the focused node sends focus to <body>: a keyboard or screen reader user would
    // start again from the top of the page.
    const active = document.activeElement;
    if (hadFocus && !root.activeElement && (!active || active === document.body)) {
      this.focusFallback()?.focus();
    }
  }
}
