import {
  createIdoClient,
  IdoError,
  type CallOptions,
  type Enrolment,
  type IdoClient,
} from '@idokit/sdk';
import type { ReactiveController, ReactiveElement } from 'lit';
import { globalConfig } from '../context/global-config.js';

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
}

const KEY_PREFIX = 'idokit:staff-session:';
/** Tells every controller in this document that a session changed (the `storage` event only reaches other tabs). */
const sessionChanges = new EventTarget();
/** Used when the browser refuses storage (blocked cookies, some private modes): this page only. */
const memory = new Map<string, string>();
/** Token-sending clients by API base URL: one per server, shared by every staff element. */
const staffClients = new Map<string, IdoClient>();

function defaultStorage(): Storage | undefined {
  try {
    const storage = globalThis.localStorage;
    const probe = `${KEY_PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

function read(storage: Storage | undefined, key: string): string | null {
  try {
    if (storage) return storage.getItem(key);
  } catch {
    /* fall through to memory */
  }
  return memory.get(key) ?? null;
}

function write(storage: Storage | undefined, key: string, value: string | null): void {
  if (value === null) memory.delete(key);
  else memory.set(key, value);
  try {
    if (value === null) storage?.removeItem(key);
    else storage?.setItem(key, value);
  } catch {
    /* kept in memory for this page */
  }
}

/** A stored record as the controller keeps it: the enrolment, or a note that the last token was refused. */
interface StoredSession {
  enrolment?: Enrolment;
  /** The server answered 401 to this device's token: it was revoked or has expired. */
  revoked?: boolean;
}

function parse(raw: string | null): StoredSession {
  if (!raw) return {};
  try {
    const value = JSON.parse(raw) as StoredSession;
    const enrolment = value.enrolment;
    // Only what every enrolment has; report tokens carry a scope instead of a location.
    const valid =
      enrolment !== undefined &&
      typeof enrolment === 'object' &&
      typeof enrolment.token === 'string' &&
      typeof enrolment.deviceId === 'string';
    return { ...(valid ? { enrolment } : {}), ...(value.revoked ? { revoked: true } : {}) };
  } catch {
    return {};
  }
}

/**
 * The device-token session of staff elements (the question form, the stats view). A staff
 * member types an enrolment code once; the server's answer — the SDK's {@link Enrolment},
 * with the device token — is kept in the browser's `localStorage`, keyed by the API's origin,
 * never in page markup. Every element on the page and every other tab of the same site sees
 * enrolment, forgetting and revocation at once (the `storage` event).
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
  private readonly onChange = () => this.host.requestUpdate();
  private readonly onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === this.storageKey) this.host.requestUpdate();
  };

  constructor(host: StaffSessionHost, options: StaffSessionOptions = {}) {
    this.host = host;
    this.storage = options.storage ?? defaultStorage();
    host.addController(this);
  }

  hostConnected(): void {
    sessionChanges.addEventListener('change', this.onChange);
    globalThis.addEventListener?.('storage', this.onStorage);
  }

  hostDisconnected(): void {
    sessionChanges.removeEventListener('change', this.onChange);
    globalThis.removeEventListener?.('storage', this.onStorage);
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
    return `${KEY_PREFIX}${this.origin}`;
  }

  /** The stored enrolment, or `undefined` on a device that is not (or no longer) enrolled. */
  get session(): Enrolment | undefined {
    return parse(read(this.storage, this.storageKey)).enrolment;
  }

  /**
   * Whether this session may register questions: it is scoped to one location. Read-only
   * report tokens (scoped to an organisation or municipality) have no `locationId`.
   */
  get canRegister(): boolean {
    const id = (this.session as { locationId?: unknown } | undefined)?.locationId;
    return typeof id === 'string' && id !== '';
  }

  /**
   * True after the server refused this device's token (401) until the device enrols again or
   * is forgotten: show "Dit apparaat is afgemeld. Vraag een nieuwe code."
   */
  get revoked(): boolean {
    return parse(read(this.storage, this.storageKey)).revoked === true;
  }

  /**
   * The client for staff calls, sending the device token; `undefined` when no API is
   * configured. A host's own `client` property (or, without any `api`, the client it resolved
   * from a provider) is returned as is: such an app sends its own credentials.
   */
  get client(): IdoClient | undefined {
    if (this.host.client) return this.host.client;
    const url = this.apiUrl;
    if (!url) return this.host.resolvedClient;
    let client = staffClients.get(url);
    if (!client) {
      const storage = this.storage;
      const key = this.storageKey;
      client = createIdoClient({
        ...globalConfig().clientOptions,
        baseUrl: url,
        // Read at every call, so a new enrolment (in any tab) is used at once.
        token: () => parse(read(storage, key)).enrolment?.token,
      });
      staffClients.set(url, client);
    }
    return client;
  }

  /**
   * Exchanges a one-time enrolment code for a device token and keeps it.
   * @throws the SDK's errors: `IdoHttpError` (e.g. 401/404 for a wrong, used or expired code),
   * `IdoValidationError` for a malformed code, `IdoNetworkError`; `IdoError('config')` without an API.
   */
  async enrol(
    code: string,
    options: CallOptions & { deviceLabel?: string } = {},
  ): Promise<Enrolment> {
    const client = this.client;
    if (!client) {
      throw new IdoError('config', 'No API: set api on the element or on <ido-provider>');
    }
    const enrolment = await client.enrol(code, options);
    this.store({ enrolment });
    return enrolment;
  }

  /**
   * Keeps a token an administrator pasted (`idokit-server report-token` prints one, shown once),
   * after checking it with the server: one statistics call with it, for `period`, whose answer
   * names the token's scope. Nothing is stored when the server refuses it.
   * @throws as {@link StaffSessionController.enrol}; `IdoHttpError` 401 for an unknown or revoked token.
   */
  async adoptToken(token: string, period: string, options: CallOptions = {}): Promise<Enrolment> {
    const url = this.apiUrl;
    if (!url) throw new IdoError('config', 'No API: set api on the element or on <ido-provider>');
    const probe = createIdoClient({ ...globalConfig().clientOptions, baseUrl: url, token });
    const stats = await probe.getRegistrationStats({ period }, options);
    const local = stats.scope.kind === 'location' ? stats.locations[0]?.id : undefined;
    const enrolment: Enrolment = {
      deviceId: 'pasted',
      token,
      scope: stats.scope.kind,
      ...(local ? { locationId: local } : { scopeName: stats.scope.name }),
      issuedAt: new Date().toISOString(),
    };
    this.store({ enrolment });
    return enrolment;
  }

  /** Forgets the device token (and any revocation notice) on this device, in every tab. */
  forget(): void {
    this.store(null);
  }

  /**
   * Records that the server refused the token (401): the token is dropped, `revoked` is set.
   * With `token`, only if that is still the stored one (another tab may have enrolled since).
   */
  markRevoked(token?: string): void {
    const current = this.session;
    if (token !== undefined && current && current.token !== token) return;
    this.store({ revoked: true });
  }

  private store(value: StoredSession | null): void {
    write(this.storage, this.storageKey, value === null ? null : JSON.stringify(value));
    sessionChanges.dispatchEvent(new Event('change'));
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
