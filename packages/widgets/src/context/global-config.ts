import type { IdoClient, IdoClientOptions } from '@idokit/sdk';

/** Page-wide configuration, for pages that would rather not repeat `api`/`feed` on each tag. */
export interface IdoKitConfig {
  /** Base URL of an IDO Kit server, e.g. `https://ido.bibliotheek.nl`. */
  api?: string;
  /** URL of a static `feed.json`. */
  feed?: string;
  /** A ready-made client (an app's own, or a fake in tests). Wins over `api`/`feed`. */
  client?: IdoClient;
  /** A clock for every element (fixed instant or function); unset means the real clock. */
  now?: Date | (() => Date);
  /**
   * Options for every client made from an `api` or `feed` URL (this page's or an element's):
   * `geocoder`, `token`, `timeout`, `retry`, `headers`, `fetch`. Set them before the elements
   * load data; clients made earlier keep their options.
   */
  clientOptions?: Omit<IdoClientOptions, 'feedUrl' | 'baseUrl'>;
}

let current: IdoKitConfig = {};

/** Fires a plain `change` event after every {@link configure}, so elements re-resolve. */
export const configChanges = new EventTarget();

/**
 * Sets page-wide defaults; elements with their own `api`/`feed` or inside an `<ido-provider>`
 * keep those. Calls merge: setting one of `api`, `feed` or `client` clears the other two, and
 * `now` and `clientOptions` are kept unless given. Elements already on the page pick the change up at once.
 *
 * @example IdoKit.configure({ feed: '/ido/feed.json' })
 */
export function configure(config: IdoKitConfig): void {
  const source = 'api' in config || 'feed' in config || 'client' in config;
  current = source
    ? { now: current.now, clientOptions: current.clientOptions, ...config }
    : { ...current, ...config };
  configChanges.dispatchEvent(new Event('change'));
}

/** The configuration as set by {@link configure}. */
export function globalConfig(): Readonly<IdoKitConfig> {
  return current;
}

/** Forgets every {@link configure} call (for tests). */
export function resetConfig(): void {
  current = {};
  configChanges.dispatchEvent(new Event('change'));
}
