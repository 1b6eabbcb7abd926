import { ContextConsumer, ContextRoot } from '@lit/context';
import { createIdoClient, type IdoClient } from '@idokit/sdk';
import type { ReactiveController, ReactiveElement } from 'lit';
import { configChanges, globalConfig } from '../context/global-config.js';
import { idoContext, type IdoEnvironment } from '../context/ido-context.js';
import type { NowSource } from './clock.js';

/** What a host offers {@link ClientController}: its own configuration, if any. */
export interface ClientHost extends ReactiveElement {
  /** A client set directly on the element (wins over everything). */
  client?: IdoClient | undefined;
  /** `api` attribute: base URL of an IDO Kit server. */
  api?: string | undefined;
  /** `feed` attribute: URL of a static feed.json. */
  feed?: string | undefined;
  /** `now` property/attribute: the element's own clock. */
  now?: NowSource | undefined;
}

const NO_OPTIONS = {};
/** Clients by `clientOptions` object, then by source URL. */
const caches = new WeakMap<object, Map<string, IdoClient>>();

/**
 * An address resolved against the page. On a server (server rendering: no document) a relative
 * address stays as written rather than throwing: the server renders a first paint and fetches
 * nothing, and the browser resolves the address against the page when it takes over.
 */
function absolute(address: string): string {
  const base = globalThis.document?.baseURI;
  try {
    return new URL(address, base).href;
  } catch (error) {
    if (base === undefined) return address;
    throw error;
  }
}

/**
 * The shared client for a source. One client per absolute URL (and `clientOptions` object),
 * so twenty elements with the same `feed` fetch and cache the feed once.
 */
export function clientFor(source: { api: string } | { feed: string }): IdoClient {
  const options = globalConfig().clientOptions ?? NO_OPTIONS;
  let cache = caches.get(options);
  if (!cache) caches.set(options, (cache = new Map()));
  const href = absolute('api' in source ? source.api : source.feed);
  const key = `${'api' in source ? 'api' : 'feed'} ${href}`;
  let client = cache.get(key);
  if (!client) {
    client = createIdoClient(
      'api' in source ? { ...options, baseUrl: href } : { ...options, feedUrl: href },
    );
    cache.set(key, client);
  }
  return client;
}

let contextRoot: ContextRoot | undefined;

/**
 * Resolves which client (and clock) an element uses, in this order:
 * 1. the element's own `client` property, then its `api` or `feed` attribute;
 * 2. the nearest enclosing `<ido-provider>` (via @lit/context);
 * 3. the page-wide `IdoKit.configure({ client | api | feed })`.
 * The clock follows the same order (`now` property, provider, `configure({ now })`).
 * The host re-renders when the provider or the global configuration changes.
 */
export class ClientController implements ReactiveController {
  private readonly host: ClientHost;
  private readonly consumer: ContextConsumer<typeof idoContext, ClientHost>;
  private readonly onConfigChange = () => this.host.requestUpdate();

  constructor(host: ClientHost) {
    this.host = host;
    // A ContextRoot replays requests made before a provider was defined (script order).
    if (!contextRoot && globalThis.document) {
      contextRoot = new ContextRoot();
      contextRoot.attach(document.documentElement);
    }
    this.consumer = new ContextConsumer(host, { context: idoContext, subscribe: true });
    host.addController(this);
  }

  hostConnected(): void {
    configChanges.addEventListener('change', this.onConfigChange);
  }

  hostDisconnected(): void {
    configChanges.removeEventListener('change', this.onConfigChange);
  }

  /** What the enclosing provider shares, if there is one. */
  get environment(): IdoEnvironment | undefined {
    return this.consumer.value;
  }

  /** The client to use, or `undefined` when nothing is configured anywhere. */
  get client(): IdoClient | undefined {
    const { host } = this;
    if (host.client) return host.client;
    if (host.api) return clientFor({ api: host.api });
    if (host.feed) return clientFor({ feed: host.feed });
    if (this.consumer.value?.client) return this.consumer.value.client;
    const global = globalConfig();
    if (global.client) return global.client;
    if (global.api) return clientFor({ api: global.api });
    if (global.feed) return clientFor({ feed: global.feed });
    return undefined;
  }

  /** The clock to use, or `undefined` for the real one. */
  get clock(): NowSource | undefined {
    return this.host.now ?? this.consumer.value?.now ?? globalConfig().now;
  }
}
