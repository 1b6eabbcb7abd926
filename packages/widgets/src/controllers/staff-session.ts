import type {
  CallOptions,
  Enrolment,
  IdoClient,
  OutboxEnqueueOptions,
  OutboxEnqueueResult,
  QuestionRegistrationInput,
} from '@idokit/sdk';
import type { ReactiveController, ReactiveElement } from 'lit';
import { globalConfig } from '../context/global-config.js';
import {
  DeskSession,
  type DeskDelivery,
  type DeskObserver,
  type ForgetOutcome,
} from './desk-session.js';

/** What a host offers {@link StaffSessionController}. */
export interface StaffSessionHost extends ReactiveElement {
  /** `api` attribute: base URL of the IDO Kit server the device is enrolled with. */
  api?: string | undefined;
  /**
   * A client set directly on the element (an app's own, or a fake in previews). It is used as
   * is for staff calls: such an app sends its own credentials.
   */
  client?: IdoClient | undefined;
  /**
   * The client the element resolved otherwise (an enclosing provider's `.client`, a
   * `configure({ client })`), used as is when there is no `api` URL to make a token client for.
   */
  readonly resolvedClient?: IdoClient | undefined;
}

/** Options of {@link StaffSessionController}. */
export interface StaffSessionOptions {
  /** Where the enrolment is kept. @default window.localStorage (memory when storage is blocked) */
  storage?: Storage;
  /**
   * Called for each registration the desk session delivered, whoever registered it (a form
   * that has left the page included). `announce` is true for one host only: the one that
   * registered it, else the first host that `registers` (see there).
   */
  delivered?: (delivery: DeskDelivery, announce: boolean) => void;
  /**
   * The host registers (the question form): the session's outbox is opened, and deliveries
   * nobody else can announce are announced to it. The session then delivers whether or not
   * the host stays connected.
   */
  registers?: boolean;
}

/**
 * The device-token session of staff elements (the question form, the stats view): the Lit
 * adapter of the page's {@link DeskSession} for the host's API. A staff member types an
 * enrolment code once; the server's answer — the SDK's {@link Enrolment}, with the device
 * token — is kept in the browser's `localStorage`, keyed by the API's origin, never in page
 * markup. Every element on the page and every other tab of the same site sees enrolment,
 * forgetting and revocation at once (the `storage` event); the host updates on each change.
 *
 * Staff calls go through {@link StaffSessionController.client}, a client that reads the token
 * from storage at each call and sends it as `Authorization: Bearer …`.
 *
 * @example
 * private staff = new StaffSessionController(this);
 * render() {
 *   if (!this.staff.session) return this.renderEnrolment();  // await this.staff.enrol(code)
 *   if (!this.staff.canRegister) return html`${this.t.cannotRegister}`;
 *   // await this.staff.client!.getRegistrationStats(…)
 * }
 */
export class StaffSessionController implements ReactiveController {
  private readonly host: StaffSessionHost;
  private readonly storage: Storage | undefined;
  private readonly observer: DeskObserver;
  private current: { desk: DeskSession; stop: (() => void) | undefined } | undefined;
  private connected = false;
  /** Whether the host registers (and so opens the desk's outbox), rather than only reads. */
  private readonly registers: boolean;

  constructor(host: StaffSessionHost, options: StaffSessionOptions = {}) {
    this.host = host;
    this.storage = options.storage;
    this.registers = options.registers === true;
    this.observer = {
      changed: () => this.host.requestUpdate(),
      ...(options.delivered ? { delivered: options.delivered } : {}),
      announces: this.registers,
    };
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.follow();
  }

  hostUpdate(): void {
    // The source may have changed: an `api` attribute, a provider around the host, a client.
    if (this.connected) this.follow();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.current?.stop?.();
    this.current = undefined;
  }

  /**
   * The desk session of the host's source, shared with every element on the page that uses
   * the same API: the enrolment, the outbox and the delivery live there, not in the element.
   */
  get desk(): DeskSession {
    const origin = this.origin;
    const apiUrl = this.apiUrl;
    const client = this.host.client ?? (apiUrl ? undefined : this.host.resolvedClient);
    return DeskSession.for({ origin, apiUrl, client, storage: this.storage });
  }

  /** Observes the session of the current source (and only that one) while connected. */
  private follow(): void {
    const desk = this.desk;
    if (this.current?.desk === desk) return;
    this.current?.stop?.();
    this.current = { desk, stop: desk.observe(this.observer) };
    if (this.registers) desk.openOutbox();
  }

  /**
   * Registers through the desk session: stored on the device, then delivered by the session,
   * whether or not the host stays on the page. The delivery is announced to this host (see
   * {@link StaffSessionOptions.delivered}) if it still observes the session then.
   */
  register(
    registration: QuestionRegistrationInput,
    options: OutboxEnqueueOptions = {},
  ): Promise<OutboxEnqueueResult> {
    return this.desk.register(registration, { ...options, by: this.observer });
  }

  /**
   * Registers, and resolves as soon as the registration is stored on the device (however long
   * the device takes; the first delivery attempt goes on), with `settled`: how that attempt
   * ended (`undefined` when it failed after storing).
   * @throws what {@link register} throws when nothing could be stored.
   */
  async store(
    registration: QuestionRegistrationInput,
  ): Promise<{ settled: Promise<OutboxEnqueueResult['state'] | undefined> }> {
    let stored!: () => void;
    const safe = new Promise<void>((resolve) => (stored = resolve));
    const result = this.register(registration, { onStored: () => stored() });
    const settled = result.then(
      (r) => r.state,
      () => undefined,
    );
    await Promise.race([safe, result]);
    return { settled };
  }

  /**
   * The absolute base URL of the API: the host's `api`, else the nearest enclosing
   * `<ido-provider api>`, else `IdoKit.configure({ api })`. `undefined` when none is set.
   */
  get apiUrl(): string | undefined {
    const api = this.host.api ?? providerApi(this.host) ?? globalConfig().api;
    if (!api) return undefined;
    try {
      return new URL(api, globalThis.document?.baseURI).href;
    } catch {
      return undefined;
    }
  }

  /** The API's origin (`local` for a host with its own client and no `api`): what a session is kept by. */
  get origin(): string {
    const url = this.apiUrl;
    return url ? new URL(url).origin : 'local';
  }

  /** The storage key: one session per API origin. */
  get storageKey(): string {
    return this.desk.storageKey;
  }

  /** The stored enrolment, or `undefined` on a device that is not (or no longer) enrolled. */
  get session(): Enrolment | undefined {
    return this.desk.session;
  }

  /**
   * Whether this session may register questions: it is scoped to one location. Read-only
   * report tokens (scoped to an organisation or municipality) have no `locationId`.
   */
  get canRegister(): boolean {
    return this.desk.canRegister;
  }

  /**
   * True after the server refused this device's token (401) until the device enrols again or
   * is forgotten: show "Dit apparaat is afgemeld. Vraag een nieuwe code."
   */
  get revoked(): boolean {
    return this.desk.revoked;
  }

  /**
   * The client for staff calls, sending the device token; `undefined` when no API is
   * configured. A host's own `client` property (or, without any `api`, the client it resolved
   * from a provider) is returned as is: such an app sends its own credentials.
   */
  get client(): IdoClient | undefined {
    return this.desk.client;
  }

  /**
   * Exchanges a one-time enrolment code for a device token and keeps it.
   * @throws the SDK's errors: `IdoHttpError` (e.g. 401/404 for a wrong, used or expired code),
   * `IdoValidationError` for a malformed code, `IdoNetworkError`; `IdoError('config')` without an API.
   */
  enrol(code: string, options: CallOptions & { deviceLabel?: string } = {}): Promise<Enrolment> {
    return this.desk.enrol(code, options);
  }

  /**
   * Keeps a token an administrator pasted (`idokit-server report-token` prints one, shown once),
   * after checking it with the server: one statistics call with it, for `period`, whose answer
   * names the token's scope. Nothing is stored when the server refuses it.
   * @throws as {@link StaffSessionController.enrol}; `IdoHttpError` 401 for an unknown or revoked token.
   */
  adoptToken(token: string, period: string, options: CallOptions = {}): Promise<Enrolment> {
    return this.desk.adoptToken(token, period, options);
  }

  /**
   * Forgets the token (and any revocation notice) on this device only, in every tab; the server
   * is not told. For a token that may be kept elsewhere too, such as a pasted report token; a
   * staff desk uses {@link StaffSessionController.revokeAndForget}.
   */
  forget(): void {
    this.desk.forgetLocally();
  }

  /**
   * "Dit apparaat vergeten": sends what waits (if it can), revokes the token on the server, then
   * forgets it here. Resolves `not-told` when the server could not be told (offline, or it
   * failed): the device is forgotten here all the same. See {@link DeskSession.forget}.
   */
  revokeAndForget(options: CallOptions = {}): Promise<ForgetOutcome> {
    return this.desk.forget(options);
  }

  /**
   * Records that the server refused the token (401): the token is dropped, `revoked` is set.
   * With `token`, only if that is still the stored one (another tab may have enrolled since).
   */
  markRevoked(token?: string): void {
    this.desk.markRevoked(token);
  }
}

/** The `api` of the nearest enclosing `<ido-provider>`, across shadow roots. */
function providerApi(el: Element): string | undefined {
  let node: Node | null = el.parentNode ?? null;
  while (node) {
    if (node instanceof Element && node.localName === 'ido-provider' && node.hasAttribute('api')) {
      return node.getAttribute('api') ?? undefined;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}
