import type { IdoClient } from '../contract/ido-client.js';

/**
 * What answers an {@link IdoClient}: a static feed (`FeedSource`, computes everything locally)
 * or the HTTP API (`HttpSource`). Both implement the whole client contract, so elements never
 * know which one they talk to; `mode` says which it is.
 */
export type Source = IdoClient;
