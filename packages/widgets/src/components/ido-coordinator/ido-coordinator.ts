import {
  CoordinatorClient,
  CoordinatorSignInRequestSchema,
  IdoError,
  isIdoError,
  isIdoHttpError,
  type CoordinatorMe,
  type Editable,
  type Location,
} from '@idokit/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../../base/define-element.js';
import { IdoElement } from '../../base/ido-element.js';
import type { IdoCoordinatorChangeEvent } from '../../events/ido-coordinator-change.js';
import { IdoErrorEvent } from '../../events/ido-error.js';
import { errorMessage } from '../../localization/error-message.js';
import { codeInput } from '../../shared/code-input.js';
import { coordinatorStyles } from './ido-coordinator.styles.js';
import type { CoordinatorKitStrings } from './kit-strings.js';
import { forgetKey, readKey, writeKey } from './key-storage.js';
import { defineIdoCoordinatorLocations } from './locations-panel.js';
import { defineIdoCoordinatorLog } from './log-panel.js';
import type { CoordinatorSection, CoordinatorStrings } from './strings.js';
import { coordinatorTexts } from './texts.js';
import './panels/index.js';

const SECTIONS: readonly CoordinatorSection[] = [
  'locations',
  'outreach',
  'partners',
  'keys',
  'categories',
  'exchange',
  'log',
];

type Phase = 'config' | 'signed-out' | 'loading' | 'failed' | 'signed-in';

/**
 * The IDO coordinator's editor: one library organisation keeps its locations (with the hours as
 * a week grid, closures, seasons and a live preview of the resident's hours card), outreach
 * sessions, partners, desks and report keys, categories, CSV and HSDS exchange, and sees the
 * audit log with an undo of the last change. Signs in once with a one-time code from
 * `idokit-server coordinator-code`; the coordinator key is kept in the browser's storage per API
 * origin, never in the page. Every change goes through the API with optimistic concurrency: a
 * change that meets a newer version shows both versions and overwrites nothing.
 *
 * @summary The coordinator's editor of a library organisation's IDO data (sign-in with a code).
 *
 * @tagname ido-coordinator
 * @wordpressBlock none
 *
 * @attr api - Base URL of the IDO server (required: the coordinator edits through the API; a `feed` gives a configuration error).
 *
 * @event {IdoCoordinatorChangeEvent} ido-coordinator-change - A change was saved (a location, partner, outreach session, desk, key, import or undo); `detail: { entity, id, message }`.
 * @event {IdoErrorEvent} ido-error - Loading or saving failed, or the element is not configured; `detail: { error, message }`.
 *
 * @csspart base - The element's outer region.
 * @csspart heading - The element's heading.
 * @csspart who - "Ingelogd als …" with the sign-out button.
 * @csspart sign-out - The sign-out button.
 * @csspart sign-in - The sign-in form.
 * @csspart nav - The navigation between the sections.
 * @csspart section - The shown section.
 * @csspart status - The status line, announced politely after each save or undo.
 * @csspart error - An error box.
 * @csspart loading - The loading indicator.
 *
 * @cssstate signed-out - No coordinator key: the sign-in form is shown.
 * @cssstate signed-in - Signed in: the sections are shown.
 * @cssstate loading - Data is loading.
 * @cssstate error - Loading failed, or the element is not configured.
 */
export class IdoCoordinator extends IdoElement<CoordinatorStrings & CoordinatorKitStrings> {
  static override styles = [IdoElement.styles, coordinatorStyles];

  static override texts = coordinatorTexts;

  @state() private phase: Phase = 'signed-out';
  @state() private me: CoordinatorMe | undefined;
  @state() private locations: Editable<Location>[] = [];
  @state() private section: CoordinatorSection = 'locations';
  @state() private signInError = '';
  @state() private signInBusy = false;
  /** Shown above the sign-in form (a revoked key, signed out). */
  @state() private signInNotice = '';
  @state() private status = '';
  @state() private revision = 0;
  @state() private failure: unknown;

  /**
   * A coordinator client to use instead of one made from `api` (an app's own, e.g. with its own
   * `fetch`, or a fake in stories). The key is still kept per `api`.
   */
  @property({ attribute: false }) coordinatorClient?: CoordinatorClient;

  private ownClient: CoordinatorClient | undefined;
  private coordinatorApi: string | undefined;
  private focusAfter: 'section' | 'code' | 'nav' | undefined;

  constructor() {
    super();
    this.addEventListener('ido-error', (event: IdoErrorEvent) => this.onError(event));
    this.addEventListener(
      'ido-coordinator-change',
      (event: IdoCoordinatorChangeEvent) => void this.onChange(event),
    );
    this.addEventListener('ido-coordinator-status', (event: Event) =>
      this.announce((event as CustomEvent<string>).detail),
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('api') || changed.has('feed')) void this.start();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    for (const phase of ['signed-out', 'signed-in', 'loading'] as const)
      this.setState(phase, this.phase === phase);
    this.setState('error', this.phase === 'failed' || this.phase === 'config');
    const target = this.focusAfter;
    this.focusAfter = undefined;
    if (target === 'code') this.renderRoot.querySelector<HTMLElement>('#coord-code')?.focus();
    else if (target === 'section')
      this.renderRoot.querySelector<HTMLElement>('#coord-section-heading')?.focus();
  }

  /** The coordinator's client for the `api`, reading the kept key at every request. */
  private clientFor(api: string): CoordinatorClient {
    if (this.coordinatorClient) return this.coordinatorClient;
    if (!this.ownClient || this.coordinatorApi !== api) {
      this.ownClient = new CoordinatorClient({
        baseUrl: new URL(api, document.baseURI),
        token: () => readKey(api)?.token,
      });
      this.coordinatorApi = api;
    }
    return this.ownClient;
  }

  /** Starts over: signed in with a kept key (loaded), or the sign-in form. */
  private async start(): Promise<void> {
    if (!this.api) {
      this.phase = 'config';
      const message = this.t.coordNeedsApi;
      this.failure = new Error(message);
      this.emit(new IdoErrorEvent({ error: new IdoError('config', message), message }));
      return;
    }
    if (!readKey(this.api)) {
      this.phase = 'signed-out';
      return;
    }
    await this.load();
  }

  /** Loads who is signed in and the organisation's locations. */
  private async load(): Promise<void> {
    const api = this.api;
    if (!api) return;
    const client = this.clientFor(api);
    this.phase = 'loading';
    try {
      const [me, locations] = await Promise.all([client.me(), client.locations.list()]);
      if (this.api !== api) return;
      this.me = me;
      this.locations = locations;
      this.failure = undefined;
      this.phase = 'signed-in';
    } catch (error) {
      if (this.api !== api || this.signedOutBy(error)) return;
      this.reportError(error);
      this.failure = error;
      this.phase = 'failed';
    }
  }

  /** A refused key (revoked, unknown) returns to the sign-in with a message; else `false`. */
  private signedOutBy(error: unknown): boolean {
    const refused =
      (isIdoHttpError(error) && error.status === 401) ||
      (isIdoError(error) && error.code === 'not-enrolled');
    if (!refused || !this.api) return false;
    forgetKey(this.api);
    this.me = undefined;
    this.locations = [];
    this.phase = 'signed-out';
    this.signInNotice = this.t.coordRevoked;
    this.focusAfter = 'code';
    return true;
  }

  /** A section's failure: a refused key signs out (the shell's own failures handle themselves). */
  private onError(event: IdoErrorEvent): void {
    if (event.composedPath()[0] !== this) this.signedOutBy(event.detail.error);
  }

  private async onChange(event: IdoCoordinatorChangeEvent): Promise<void> {
    this.revision++;
    this.announce(
      event.detail.message ??
        (event.detail.entity === 'undo' ? this.t.coordUndone : this.t.coordSaved),
    );
    const client = this.api ? this.clientFor(this.api) : undefined;
    if (!client) return;
    try {
      this.locations = await client.locations.list();
    } catch (error) {
      if (!this.signedOutBy(error)) this.reportError(error);
    }
  }

  /** Says `message` in the polite status line (again, when it is the same text). */
  private announce(message: string): void {
    this.status = '';
    void this.updateComplete.then(() => {
      this.status = message;
    });
  }

  private onSignIn = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.signInBusy || !this.api) return;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#coord-code');
    const code = input?.value.trim() ?? '';
    const t = this.t;
    this.signInNotice = '';
    if (!code) return this.refuseCode(t.coordCodeEmpty);
    if (!CoordinatorSignInRequestSchema.safeParse({ code }).success)
      return this.refuseCode(t.coordCodeMalformed);
    this.signInBusy = true;
    this.signInError = '';
    try {
      const api = this.api;
      const session = await this.clientFor(api).signIn(code);
      writeKey(api, {
        token: session.token,
        keyId: session.keyId,
        organisation: session.organisation,
        label: session.label,
      });
      this.section = 'locations';
      await this.load();
      this.announce(t.coordSignedInAs(session.label, session.organisation));
      this.focusAfter = 'section';
    } catch (error) {
      this.refuseCode(this.signInProblem(error));
    } finally {
      this.signInBusy = false;
    }
  };

  private refuseCode(message: string): void {
    this.signInError = message;
    this.focusAfter = 'code';
  }

  private signInProblem(error: unknown): string {
    const t = this.t;
    if (isIdoHttpError(error)) {
      if (error.status === 429) return t.coordCodeRateLimited;
      if (error.status === 400) return t.coordCodeMalformed;
      if (error.status < 500) return t.coordCodeRefused;
    }
    if (isIdoError(error) && error.code === 'validation') return t.coordCodeMalformed;
    return this.reportError(error) || errorMessage(error, t);
  }

  private async signOut(): Promise<void> {
    const api = this.api;
    if (!api) return;
    try {
      await this.clientFor(api).signOut();
    } catch {
      // Signed out here all the same; a key that cannot be revoked now is forgotten on this
      // computer, and the server's administrator can revoke it.
    }
    forgetKey(api);
    this.me = undefined;
    this.locations = [];
    this.phase = 'signed-out';
    this.signInNotice = this.t.coordSignedOut;
    this.signInError = '';
    this.focusAfter = 'code';
  }

  private show(section: CoordinatorSection): void {
    this.section = section;
    this.focusAfter = 'section';
  }

  override render(): TemplateResult {
    const t = this.t;
    return html`<section
      class="coord"
      part="base"
      lang=${this.language}
      dir=${this.direction}
      aria-labelledby="coord-heading"
    >
      <h2 id="coord-heading" part="heading">${t.coordHeading}</h2>
      ${this.phase === 'signed-in' && this.me ? this.renderWho(this.me) : nothing}
      <p class="coord-status" role="status" part="status">${this.status}</p>
      ${this.renderPhase()}
    </section>`;
  }

  private renderPhase(): TemplateResult | typeof nothing {
    switch (this.phase) {
      case 'config':
        return this.renderError(this.failure, undefined, { message: this.t.coordNeedsApi });
      case 'signed-out':
        return this.renderSignIn();
      case 'loading':
        return this.renderLoading();
      case 'failed':
        return this.renderError(this.failure, () => void this.load());
      case 'signed-in':
        return this.renderSignedIn();
    }
  }

  private renderWho(me: CoordinatorMe): TemplateResult {
    return html`<p class="coord-who" part="who">
      <span>${this.t.coordSignedInAs(me.label, me.organisation)}</span>
      <button
        type="button"
        class="ido-button ido-button--secondary"
        part="sign-out"
        @click=${() => void this.signOut()}
      >
        ${this.t.coordSignOut}
      </button>
    </p>`;
  }

  private renderSignIn(): TemplateResult {
    const t = this.t;
    const error = this.signInError;
    return html`<form class="coord-sign-in" part="sign-in" novalidate @submit=${this.onSignIn}>
      <h3>${t.coordSignInHeading}</h3>
      ${
        this.signInNotice
          ? html`<p class="ido-alert coord-notice" role="alert">${this.signInNotice}</p>`
          : nothing
      }
      <p>${t.coordSignInIntro}</p>
      <div class="ck-field">
        <label class="ido-label" for="coord-code">${t.coordCodeLabel}</label>
        <span class="ido-hint" id="coord-code-hint">${t.coordCodeHint}</span>
        ${
          error
            ? html`<span class="ido-field-error" id="coord-code-error" role="alert">${error}</span>`
            : nothing
        }
        ${codeInput({
          id: 'coord-code',
          className: 'coord-code',
          invalid: !!error,
          describedBy: error ? 'coord-code-hint coord-code-error' : 'coord-code-hint',
        })}
      </div>
      <button
        type="submit"
        class="ido-button"
        aria-disabled=${this.signInBusy ? 'true' : nothing}
        aria-busy=${this.signInBusy ? 'true' : nothing}
      >
        ${t.coordSignIn}
      </button>
      ${this.signInBusy ? html`<span class="ido-hint">${t.coordSignInBusy}</span>` : nothing}
    </form>`;
  }

  private renderSignedIn(): TemplateResult {
    const t = this.t;
    return html`<nav class="coord-nav" part="nav" aria-label=${t.coordSectionsLabel}>
        <ul>
          ${SECTIONS.map(
            (section) =>
              html`<li>
                <button
                  type="button"
                  class="coord-tab"
                  aria-current=${this.section === section ? 'true' : nothing}
                  @click=${() => this.show(section)}
                >
                  ${t.coordSection[section]}
                </button>
              </li>`,
          )}
        </ul>
      </nav>
      <section class="coord-section" part="section" aria-labelledby="coord-section-heading">
        <h3 id="coord-section-heading" tabindex="-1">${t.coordSection[this.section]}</h3>
        ${this.renderSection()}
      </section>`;
  }

  private renderSection(): TemplateResult {
    const client = this.api ? this.clientFor(this.api) : undefined;
    const lang = this.language;
    const me = this.me;
    const locations = this.locations;
    switch (this.section) {
      case 'locations':
        return html`<ido-coordinator-locations
          api=${this.api ?? nothing}
          lang=${lang}
          .client=${client}
          .me=${me}
          .locations=${locations}
          .now=${this.now}
        ></ido-coordinator-locations>`;
      case 'log':
        return html`<ido-coordinator-log
          lang=${lang}
          .client=${client}
          .me=${me}
          .locations=${locations}
          .revision=${this.revision}
        ></ido-coordinator-log>`;
      case 'outreach':
        return html`<ido-coordinator-outreach
          lang=${lang}
          .client=${client}
          .me=${me}
          .locations=${locations}
        ></ido-coordinator-outreach>`;
      case 'partners':
        return html`<ido-coordinator-partners
          lang=${lang}
          .client=${client}
          .me=${me}
          .locations=${locations}
        ></ido-coordinator-partners>`;
      case 'keys':
        return html`<ido-coordinator-keys
          lang=${lang}
          .client=${client}
          .me=${me}
          .locations=${locations}
        ></ido-coordinator-keys>`;
      case 'categories':
        return html`<ido-coordinator-categories
          lang=${lang}
          .client=${client}
          .me=${me}
          .locations=${locations}
        ></ido-coordinator-categories>`;
      case 'exchange':
        return html`<ido-coordinator-exchange
          lang=${lang}
          .client=${client}
          .me=${me}
          .locations=${locations}
        ></ido-coordinator-exchange>`;
    }
  }

  protected override focusFallback(): HTMLElement | null {
    return (
      super.focusFallback() ??
      this.renderRoot.querySelector<HTMLElement>('#coord-section-heading, #coord-code')
    );
  }
}

/** Defines `<ido-coordinator>` and its internal sections (once; a second call does nothing). */
export function defineIdoCoordinator(): void {
  defineIdoCoordinatorLocations();
  defineIdoCoordinatorLog();
  defineElement('ido-coordinator', IdoCoordinator);
}

declare global {
  interface HTMLElementTagNameMap {
    'ido-coordinator': IdoCoordinator;
  }
}
