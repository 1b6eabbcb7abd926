import {
  createIdoClient,
  createOutbox,
  IdoError,
  IndexedDbOutboxStore,
  isIdoHttpError,
  MemoryOutboxStore,
  type CallOptions,
  type Enrolment,
  type IdoClient,
  type Outbox,
  type OutboxEnqueueOptions,
  type OutboxEnqueueResult,
  type OutboxEntry,
  type QuestionRegistration,
  type QuestionRegistrationInput,
  type RegistrationReceipt,
} from '@idokit/sdk';
import { globalConfig } from '../context/global-config.js';

/** Where a desk session's data comes from: one API (or one app-supplied client) on this page. */
export interface DeskSource {
  /** The API's origin, or `local` for a client without an `api` URL: what the enrolment and the outbox are kept by. */
  origin: string;
  /** The API's absolute base URL, when there is one: a token-sending client is made for it. */
  apiUrl?: string | undefined;
  /** A client used as is (an app's own, a provider's, a fake in previews); wins over `apiUrl`. */
  client?: IdoClient | undefined;
  /** Where the enrolment is kept. @default window.localStorage (memory when storage is blocked) */
  storage?: Storage | undefined;
}

/** One registration the session delivered. */
export interface DeskDelivery {
  entry: OutboxEntry;
  /** The server's answer; missing when another tab sent it. */
  receipt?: RegistrationReceipt;
}

/**
 * What {@link DeskSession.forget} could do on the server: `revoked` — the token no longer works
 * there (revoked now, or it already did not: a 401 or no token); `not-told` — the server could
 * not be reached or failed, so the token still works there until a coordinator revokes it
 * (`idokit-server devices revoke`). The device is forgotten locally either way.
 */
export type ForgetOutcome = 'revoked' | 'not-told';

/** Something that follows a desk session: an element's adapter, a test. */
export interface DeskObserver {
  /** The enrolment, the waiting count or the held list changed. */
  changed?(): void;
  /**
   * A registration was delivered. `announce` is true for exactly one observer: the one that
   * registered it, else (it was registered by an observer that has gone, or before this page)
   * the first observer that `announces`.
   */
  delivered?(delivery: DeskDelivery, announce: boolean): void;
  /** Whether this observer announces deliveries it did not register (a form does). */
  announces?: boolean;
}

const KEY_PREFIX = 'idokit:staff-session:';
/** Held reasons that another enrolment for the registration's location can fix. */
const RETRY_AFTER_ENROL = new Set([
  'unauthorized',
  'token-revoked',
  'not-enrolled',
  'wrong-location',
  'forbidden',
]);
/** Tells every session in this document that an enrolment changed (the `storage` event only reaches other tabs). */
const sessionChanges = new EventTarget();
/** Used when the browser refuses storage (blocked cookies, some private modes): this page only. */
const memory = new Map<string, string>();
/** Live sessions, by storage, then by client (or API URL), then by origin. */
const sessions = new Map<Storage | undefined, Map<unknown, Map<string, DeskSession>>>();

/**
 * The staff desk of one data source on this page, without any DOM: the device's enrolment (kept
 * in `localStorage` by the API's origin, seen at once by every session and every tab), and the
 * delivery of registrations — the durable outbox (IndexedDB), sending with the device token,
 * retrying, the entries held aside and their release after a new enrolment, and the receipts
 * that link a send to its delivery.
 *
 * Elements observe a session ({@link DeskSession.observe}); none of them owns it. There is one
 * per source ({@link DeskSession.for}), and it keeps delivering while anything waits in its
 * outbox, whether or not the element that registered it is still on the page. It ends when
 * nobody observes it and nothing waits (or nothing can be sent: no token).
 */
export class DeskSession {
  /** The session for `source`, shared by every element of the page that uses it. */
  static for(source: DeskSource): DeskSession {
    const storage = source.storage ?? defaultStorage();
    const key = source.client ?? source.apiUrl ?? '';
    let byClient = sessions.get(storage);
    if (!byClient) sessions.set(storage, (byClient = new Map()));
    let byOrigin = byClient.get(key);
    if (!byOrigin) byClient.set(key, (byOrigin = new Map()));
    let session = byOrigin.get(source.origin);
    if (!session) {
      session = new DeskSession({ ...source, storage });
      byOrigin.set(source.origin, session);
    }
    return session;
  }

  /**
   * Ends every session of this page at once, as leaving the page does: what waits stays in
   * IndexedDB for the next page, nothing is kept in memory. Tests use it to stand in for a
   * reload or a closed browser.
   */
  static endAll(): void {
    for (const byClient of sessions.values())
      for (const byOrigin of byClient.values())
        for (const session of [...byOrigin.values()]) {
          clearTimeout(session.#idleCheck);
          session.#end();
        }
  }

  /** The API's origin (`local` without an `api` URL). */
  readonly origin: string;
  /** The `localStorage` key of the enrolment. */
  readonly storageKey: string;
  /** The client for staff calls (sending the device token), `undefined` without an API. */
  readonly client: IdoClient | undefined;
  readonly #apiUrl: string | undefined;
  readonly #storage: Storage | undefined;
  readonly #observers = new Set<DeskObserver>();
  /** Who registered what, on this page, so a delivery is announced by its own element. */
  readonly #registeredBy = new Map<string, DeskObserver>();
  readonly #receipts = new Map<string, RegistrationReceipt>();
  #outbox: Outbox | undefined;
  #token: string | undefined;
  #pending = 0;
  #waiting: ReadonlySet<string> = new Set();
  #held: OutboxEntry[] = [];
  #registering = 0;
  #ended = false;
  #idleCheck: ReturnType<typeof setTimeout> | undefined;
  readonly #onSessionChange = () => this.#sync();
  readonly #onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === this.storageKey) this.#sync();
  };

  private constructor(source: DeskSource) {
    this.origin = source.origin;
    this.storageKey = `${KEY_PREFIX}${source.origin}`;
    this.#apiUrl = source.apiUrl;
    this.#storage = source.storage;
    this.client = source.client ?? (source.apiUrl ? this.#tokenClient(source.apiUrl) : undefined);
    sessionChanges.addEventListener('change', this.#onSessionChange);
    globalThis.addEventListener?.('storage', this.#onStorage);
    this.#endWhenIdle();
  }

  // ─── enrolment ─────────────────────────────────────────────────────────────────────────

  /** The stored enrolment, or `undefined` on a device that is not (or no longer) enrolled. */
  get session(): Enrolment | undefined {
    return parse(read(this.#storage, this.storageKey)).enrolment;
  }

  /** Whether the session may register questions: it is scoped to one location (report tokens are not). */
  get canRegister(): boolean {
    const id = (this.session as { locationId?: unknown } | undefined)?.locationId;
    return typeof id === 'string' && id !== '';
  }

  /**
   * The other locations of this desk's organisation, as last seen: a visit may be registered
   * for one of them (the server checks the organisation). Kept with the enrolment, so the
   * outbox sends such a visit after an offline reload too; a new enrolment starts without.
   */
  get siblings(): readonly string[] {
    return parse(read(this.#storage, this.storageKey)).siblings ?? [];
  }

  set siblings(ids: readonly string[]) {
    const stored = parse(read(this.#storage, this.storageKey));
    if (!stored.enrolment || JSON.stringify(stored.siblings ?? []) === JSON.stringify(ids)) return;
    this.#store({ ...stored, siblings: [...ids] });
  }

  /** True after the server refused the token (401), until the device enrols again or is forgotten. */
  get revoked(): boolean {
    return parse(read(this.#storage, this.storageKey)).revoked === true;
  }

  /**
   * Exchanges a one-time enrolment code for a device token and keeps it.
   * @throws the SDK's errors (`IdoHttpError` for a wrong, used or expired code …); `IdoError('config')` without an API.
   */
  async enrol(
    code: string,
    options: CallOptions & { deviceLabel?: string } = {},
  ): Promise<Enrolment> {
    if (!this.client)
      throw new IdoError('config', 'No API: set api on the element or on <ido-provider>');
    const enrolment = await this.client.enrol(code, options);
    this.#store({ enrolment });
    return enrolment;
  }

  /**
   * Keeps a pasted (report) token after checking it with one statistics call for `period`,
   * whose answer names the token's scope. Nothing is stored when the server refuses it.
   */
  async adoptToken(token: string, period: string, options: CallOptions = {}): Promise<Enrolment> {
    const url = this.#apiUrl;
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
    this.#store({ enrolment });
    return enrolment;
  }

  /**
   * Forgets this device, in every tab: first the registrations waiting in the outbox are sent
   * (once, now, if the device may register and the server can be reached), then the token is
   * revoked on the server, then the token (and any revocation notice) is dropped here.
   *
   * Whatever could not be sent stays on the device, as after a revocation: it goes out after the
   * next enrolment for the same location (held aside under another location's enrolment and
   * released by this location's next one), never to another location. Offline, or when the
   * server fails, the device is still forgotten here, and the answer says the server was not
   * told.
   */
  async forget(options: CallOptions = {}): Promise<ForgetOutcome> {
    const token = this.session?.token;
    let outcome: ForgetOutcome = 'revoked';
    if (token && this.client) {
      if (this.#outbox && this.canRegister && this.#pending > 0) await this.flush();
      try {
        await this.client.revokeDevice(options);
      } catch (error) {
        // A 401: the server already refuses the token (revoked by a coordinator, or unknown).
        if (!(isIdoHttpError(error) && error.status === 401)) outcome = 'not-told';
      }
    }
    // Only the token this call was about: another tab may have enrolled meanwhile.
    if (this.session?.token === token) this.#store(null);
    return outcome;
  }

  /**
   * Forgets the token (and any revocation notice) on this device only, in every tab, without
   * telling the server or sending what waits: for a token that may be kept elsewhere too (a
   * pasted report token).
   */
  forgetLocally(): void {
    this.#store(null);
  }

  /**
   * Records that the server refused the token (401): the token is dropped, `revoked` is set.
   * With `token`, only if that is still the stored one (another tab may have enrolled since).
   */
  markRevoked(token?: string): void {
    const current = this.session;
    if (token !== undefined && current && current.token !== token) return;
    this.#store({ revoked: true });
  }

  // ─── delivery ──────────────────────────────────────────────────────────────────────────

  /** Registrations waiting to be sent (in every tab of this site). */
  get pending(): number {
    return this.#pending;
  }

  /** The ids of the registrations waiting to be sent. */
  get waitingIds(): ReadonlySet<string> {
    return this.#waiting;
  }

  /** Registrations the server refused for good, waiting for staff to correct or discard. */
  get held(): readonly OutboxEntry[] {
    return this.#held;
  }

  /** Whether the outbox is open (a desk on the page registers). */
  get hasOutbox(): boolean {
    return this.#outbox !== undefined;
  }

  /**
   * Opens the outbox (once): a desk that registers calls this; a view that only counts need not.
   * It then runs whenever the device may register.
   */
  openOutbox(): void {
    if (this.#outbox || this.#ended || !this.client) return;
    this.#outbox = this.#makeOutbox();
    this.#token = undefined;
    this.#sync();
    void this.#refresh();
  }

  /**
   * Stores `registration` on the device, then sends it. `by` is the observer that announces
   * its delivery (if it still observes then).
   * @throws `IdoStorageError` when nothing could be stored; `IdoError('config')` without an outbox.
   */
  async register(
    registration: QuestionRegistrationInput,
    options: OutboxEnqueueOptions & { by?: DeskObserver } = {},
  ): Promise<OutboxEnqueueResult> {
    const outbox = this.#outbox;
    if (!outbox) throw new IdoError('config', 'No outbox: call openOutbox() first');
    const { by, ...enqueue } = options;
    if (by && registration.id) this.#registeredBy.set(registration.id, by);
    this.#registering += 1;
    try {
      return await outbox.enqueue(registration, enqueue);
    } finally {
      this.#registering -= 1;
      this.#endWhenIdle();
    }
  }

  /** The waiting count read from the device now (the `pending` property follows it). */
  async countPending(): Promise<number> {
    return (await this.#outbox?.pending()) ?? 0;
  }

  /** Tries every waiting registration now, backoff or not. */
  async flush(): Promise<void> {
    await this.#outbox?.flush().catch(() => undefined);
    await this.#refresh();
  }

  /** Throws a held registration away (already gone, e.g. in another tab, is fine). */
  async discardHeld(id: string): Promise<void> {
    try {
      await this.#outbox?.discardHeld(id);
    } catch {
      /* already gone (another tab) */
    }
    await this.#refresh();
  }

  // ─── observing ─────────────────────────────────────────────────────────────────────────

  /** Follows the session until the returned function is called. */
  observe(observer: DeskObserver): () => void {
    this.#observers.add(observer);
    return () => {
      this.#observers.delete(observer);
      this.#endWhenIdle();
    };
  }

  /** Whether the session has ended (a new one serves the source from then on). */
  get ended(): boolean {
    return this.#ended;
  }

  #notify(): void {
    for (const observer of [...this.#observers]) observer.changed?.();
  }

  #makeOutbox(): Outbox {
    // One queue and one delivery lock per API, shared by every tab of this site.
    const name = `idokit-outbox ${this.origin}`;
    const outbox = createOutbox({
      store:
        typeof indexedDB === 'undefined'
          ? new MemoryOutboxStore()
          : new IndexedDbOutboxStore({ dbName: name }),
      lockName: name,
      send: (registration, { signal }) => this.#send(registration, signal),
    });
    outbox.addEventListener('change', (event) => {
      this.#pending = event.pending;
      this.#notify();
      void this.#refresh();
      this.#endWhenIdle();
    });
    outbox.addEventListener('delivered', (event) => this.#delivered(event.entry));
    outbox.addEventListener('held', (event) => {
      this.#registeredBy.delete(event.entry.id);
      // A refused token: every other registration would be refused too. Say so, keep them all.
      if (event.entry.heldReason?.status === 401) this.markRevoked();
      void this.#refreshHeld();
    });
    return outbox;
  }

  #delivered(entry: OutboxEntry): void {
    const receipt = this.#receipts.get(entry.id);
    this.#receipts.delete(entry.id);
    const by = this.#registeredBy.get(entry.id);
    this.#registeredBy.delete(entry.id);
    const observers = [...this.#observers];
    const announcer =
      by && this.#observers.has(by) ? by : observers.find((observer) => observer.announces);
    const delivery: DeskDelivery = { entry, ...(receipt ? { receipt } : {}) };
    for (const observer of observers) observer.delivered?.(delivery, observer === announcer);
  }

  /** Sends one registration, only ever to the location this device is enrolled for now. */
  async #send(reg: QuestionRegistration, signal?: AbortSignal): Promise<unknown> {
    const session = this.session;
    const client = this.client;
    if (!session || !client || !this.canRegister)
      throw new IdoError('not-enrolled', 'This device is not enrolled for a location');
    if (reg.locationId !== session.locationId && !this.siblings.includes(reg.locationId))
      throw new IdoError(
        'wrong-location',
        `Registered for location "${reg.locationId}"; this device is enrolled for "${session.locationId}"`,
      );
    const receipt = await client.submitRegistration(reg, signal ? { signal } : {});
    this.#receipts.set(reg.id, receipt);
    return receipt;
  }

  /** Runs the outbox while the device may register; after a new token, releases what it fixes. */
  #sync(): void {
    const outbox = this.#outbox;
    if (outbox) {
      const token = this.canRegister ? this.session?.token : undefined;
      if (token !== this.#token) {
        this.#token = token;
        if (token) {
          outbox.start();
          void this.#releaseHeld();
        } else {
          outbox.stop();
          void this.#refresh();
        }
      }
    }
    this.#notify();
    this.#endWhenIdle();
  }

  /** After an enrolment: registrations held for want of a (valid) token go out if they are for this location. */
  async #releaseHeld(): Promise<void> {
    const outbox = this.#outbox;
    const locationId = this.session?.locationId;
    if (!outbox || !locationId) return;
    try {
      for (const entry of await outbox.held()) {
        const reason = entry.heldReason;
        const fixable = reason?.status === 401 || RETRY_AFTER_ENROL.has(reason?.code ?? '');
        if (fixable && [locationId, ...this.siblings].includes(entry.registration.locationId))
          await outbox.retryHeld(entry.id);
      }
    } catch {
      /* the entry changed meanwhile; the list below is the truth */
    }
    await this.#refresh();
  }

  async #refresh(): Promise<void> {
    const outbox = this.#outbox;
    if (!outbox) return;
    try {
      const waiting = await outbox.waiting();
      this.#pending = waiting.length;
      this.#waiting = new Set(waiting.map((entry) => entry.id));
    } catch {
      /* a failing store shows up on the next write */
    }
    await this.#refreshHeld();
  }

  async #refreshHeld(): Promise<void> {
    try {
      this.#held = (await this.#outbox?.held()) ?? [];
    } catch {
      /* as above */
    }
    this.#notify();
  }

  /**
   * Ends the session, soon, if nobody observes it and it has nothing it can deliver. Soon, not
   * at once: an element moved in the DOM leaves and comes back in one task.
   */
  #endWhenIdle(): void {
    if (this.#ended) return;
    clearTimeout(this.#idleCheck);
    this.#idleCheck = setTimeout(() => {
      const delivering = this.#outbox !== undefined && this.#token !== undefined;
      const busy = this.#registering > 0 || (delivering && this.#pending > 0);
      if (this.#observers.size === 0 && !busy) this.#end();
    }, 0);
  }

  #end(): void {
    this.#ended = true;
    this.#outbox?.stop();
    sessionChanges.removeEventListener('change', this.#onSessionChange);
    globalThis.removeEventListener?.('storage', this.#onStorage);
    for (const byClient of sessions.values())
      for (const byOrigin of byClient.values())
        if (byOrigin.get(this.origin) === this) byOrigin.delete(this.origin);
  }

  #tokenClient(url: string): IdoClient {
    const storage = this.#storage;
    const key = this.storageKey;
    let client = tokenClients.get(url);
    if (!client) {
      client = createIdoClient({
        ...globalConfig().clientOptions,
        baseUrl: url,
        // Read at every call, so a new enrolment (in any tab) is used at once.
        token: () => parse(read(storage, key)).enrolment?.token,
      });
      tokenClients.set(url, client);
    }
    return client;
  }

  #store(value: StoredSession | null): void {
    write(this.#storage, this.storageKey, value === null ? null : JSON.stringify(value));
    sessionChanges.dispatchEvent(new Event('change'));
  }
}

/** Token-sending clients by API base URL: one per server, for the page's life. */
const tokenClients = new Map<string, IdoClient>();

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

/** A stored record: the enrolment, or a note that the last token was refused. */
interface StoredSession {
  enrolment?: Enrolment;
  /** The server answered 401 to this device's token: it was revoked or has expired. */
  revoked?: boolean;
  /** The other locations of the enrolled location's organisation. */
  siblings?: string[];
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
    const siblings =
      Array.isArray(value.siblings) && value.siblings.every((id) => typeof id === 'string')
        ? value.siblings
        : undefined;
    return {
      ...(valid ? { enrolment } : {}),
      ...(value.revoked ? { revoked: true } : {}),
      ...(valid && siblings ? { siblings } : {}),
    };
  } catch {
    return {};
  }
}
