// How a request that got no answer is reported from a web page. A browser says nothing about
// why (a CORS refusal and a lost connection are the same bare TypeError), so the transport asks
// the server once more with `mode: 'no-cors'`. The browser is the edge here: `fetch` behaves as a
// browser's does (a CORS request refused, a no-cors request answered opaquely or not at all), and
// `location`/`navigator` are the page's. The real browser journey is test/csp/staff-origin.test.ts.
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { isIdoNetworkError } from '../errors/ido-network-error.js';
import { ALLOWED_ORIGINS_SETTING, isIdoOriginError } from '../errors/ido-origin-error.js';
import { HttpTransport } from './http-transport.js';

const API = 'https://ido.bibliotheek.example/';

interface Case {
  name: string;
  /** The page's origin; `undefined`: no page (Node, a worker without location). */
  page: string | undefined;
  online?: boolean;
  /** Whether the server answers a no-cors request (it can be reached). */
  reachable: boolean;
  code: string;
  probes: number;
}

const cases: Case[] = [
  {
    name: 'a page the server does not allow: origin-not-allowed, with the page origin',
    page: 'https://www.bibliotheek.example',
    reachable: true,
    code: 'origin-not-allowed',
    probes: 1,
  },
  {
    name: 'the server cannot be reached at all: network',
    page: 'https://www.bibliotheek.example',
    reachable: false,
    code: 'network',
    probes: 1,
  },
  {
    name: 'the browser knows it is offline: network, without asking again',
    page: 'https://www.bibliotheek.example',
    online: false,
    reachable: true,
    code: 'network',
    probes: 0,
  },
  {
    name: 'a page on the server itself (same origin, never CORS): network, without asking again',
    page: 'https://ido.bibliotheek.example',
    reachable: true,
    code: 'network',
    probes: 0,
  },
  {
    name: 'no page (Node): network, without asking again',
    page: undefined,
    reachable: true,
    code: 'network',
    probes: 0,
  },
];

const saved = {
  location: Object.getOwnPropertyDescriptor(globalThis, 'location'),
  navigator: Object.getOwnPropertyDescriptor(globalThis, 'navigator'),
};

afterEach(() => {
  for (const [name, descriptor] of Object.entries(saved))
    if (descriptor) Object.defineProperty(globalThis, name, descriptor);
    else delete (globalThis as Record<string, unknown>)[name];
});

describe('a request without an answer, from a web page', () => {
  for (const c of cases)
    test(c.name, async () => {
      if (c.page)
        Object.defineProperty(globalThis, 'location', {
          value: { origin: c.page },
          configurable: true,
        });
      Object.defineProperty(globalThis, 'navigator', {
        value: { onLine: c.online ?? true },
        configurable: true,
      });
      const probes: { url: string; init: RequestInit | undefined }[] = [];
      const browserFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
        if (init?.mode === 'no-cors') {
          probes.push({ url: String(input), init });
          if (c.reachable) return new Response(null, { status: 200 });
        }
        throw new TypeError('Failed to fetch');
      }) as typeof fetch;
      const transport = new HttpTransport({ prefix: API, fetch: browserFetch, retry: 0 });
      const error = await transport
        .request('v1/enrol', { method: 'post', json: { code: 'x' } })
        .then(
          () => assert.fail('the request must fail'),
          (e: unknown) => e,
        );
      assert.ok(isIdoNetworkError(error), 'a network error (so the outbox tries again later)');
      assert.equal(error.code, c.code);
      assert.equal(probes.length, c.probes);
      if (c.probes) {
        assert.equal(probes[0]!.url, `${API}v1/enrol`);
        assert.equal(probes[0]!.init?.method, 'HEAD');
        assert.equal(probes[0]!.init?.credentials, 'omit');
      }
      if (isIdoOriginError(error)) {
        assert.equal(error.origin, c.page);
        assert.equal(error.setting, ALLOWED_ORIGINS_SETTING);
        assert.equal(error.setting, 'IDOKIT_ALLOWED_ORIGINS');
        assert.match(error.message, /add https:\/\/www\.bibliotheek\.example to .*ALLOWED_ORIGINS/);
      }
    });
});
