// The page side of outbox.test.ts: an outbox on IndexedDB that sends with real fetch, exposed
// on `window.harness`. Bundled by the test with esbuild; options come from the query string.
import {
  createOutbox,
  IdoHttpError,
  IdoNetworkError,
  IndexedDbOutboxStore,
  type OutboxEnqueueResult,
  type QuestionRegistrationInput,
} from '@idokit/sdk';

export interface Harness {
  enqueue(registration: QuestionRegistrationInput): Promise<OutboxEnqueueResult['state']>;
  pending(): Promise<number>;
  /** Every `change` event seen by this page, as [pending, held]. */
  changes: [number, number][];
}

declare global {
  interface Window {
    harness: Harness;
  }
}

const params = new URLSearchParams(location.search);
const number = (name: string, fallback: number) => Number(params.get(name) ?? fallback);
const endpoint = new URL('/v1/registrations', location.href).href;

const outbox = createOutbox({
  store: new IndexedDbOutboxStore({ dbName: params.get('db') ?? 'idokit-outbox-e2e' }),
  baseDelayMs: number('base', 100),
  maxDelayMs: number('max', 1000),
  ...(params.has('random') ? { random: () => number('random', 0.5) } : {}),
  ...(params.get('locks') === 'off' ? { locks: null } : {}),
  async send(registration, { signal }) {
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(registration),
        signal,
      });
    } catch (cause) {
      throw new IdoNetworkError(endpoint, { cause });
    }
    if (!response.ok) {
      const retryAfter = response.headers.get('retry-after');
      throw new IdoHttpError(response.status, await response.json().catch(() => undefined), {
        ...(retryAfter ? { retryAfter: Number(retryAfter) } : {}),
      });
    }
    return response.json();
  },
});

const changes: [number, number][] = [];
outbox.addEventListener('change', (event) => changes.push([event.pending, event.held]));
outbox.start();

window.harness = {
  enqueue: async (registration) => (await outbox.enqueue(registration)).state,
  pending: () => outbox.pending(),
  changes,
};
