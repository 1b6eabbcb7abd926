import { CoordinatorClient, type CoordinatorMe, type Editable, type Location } from '@idokit/sdk';
import { waitUntil as waitUntilFor } from '@open-wc/testing';
import { deepActiveElement, idoServer, tab } from './index.js';

/**
 * What the panels' browser tests share: a coordinator of Voorbeeldbibliotheek Zwolle signed in on
 * the coordinator's test server (U1's tests use Utrecht there), and keyboard and text helpers.
 * Test-only.
 */
export const ZWOLLE = 'Voorbeeldbibliotheek Zwolle';

export interface SignedIn {
  api: string;
  client: CoordinatorClient;
  me: CoordinatorMe;
  locations: Editable<Location>[];
}

/** Signs in with a fresh one-time code, as the shell does, and loads who it is. */
export async function signedIn(
  options: { mayImportCategories?: boolean; label?: string } = {},
): Promise<SignedIn> {
  const api = await idoServer.coordinatorUrl();
  const code = await idoServer.coordinatorCode(ZWOLLE, {
    label: options.label ?? 'Coördinator panelen',
    ...(options.mayImportCategories ? { mayImportCategories: true } : {}),
  });
  const session = await new CoordinatorClient({ baseUrl: api }).signIn(code);
  const client = new CoordinatorClient({ baseUrl: api, token: session.token });
  const [me, locations] = await Promise.all([client.me(), client.locations.list()]);
  return { api, client, me, locations };
}

/** `waitUntil` with room for a real server on a busy machine. */
export const waitUntil = (predicate: () => unknown, message: string) =>
  waitUntilFor(predicate, message, { interval: 50, timeout: 20_000 });

/** Text as the eye reads it. */
export const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The element in `el`'s shadow root. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

/** The button in `el`'s shadow root whose text is `label`. */
export const button = (el: Element, label: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label);

/** The control labelled `label` in `el`'s shadow root. */
export function control<T extends HTMLElement = HTMLInputElement>(el: Element, label: string): T {
  const labelEl = [...el.shadowRoot!.querySelectorAll('label')].find(
    (l) => text(l).replace(/ \((verplicht|required)\)$/, '') === label,
  );
  const target = labelEl?.htmlFor
    ? el.shadowRoot!.getElementById(labelEl.htmlFor)
    : labelEl?.querySelector('input');
  if (!target) throw new Error(`no control labelled "${label}"`);
  return target as T;
}

/** Presses Tab until `target` has focus (keyboard only, as a coordinator without a mouse). */
export async function tabTo(target: Element | null | undefined, max = 300): Promise<void> {
  if (!target) throw new Error('nothing to tab to');
  for (let i = 0; i < max; i++) {
    if (deepActiveElement() === target) return;
    await tab();
  }
  throw new Error(`Tab never reached ${target.outerHTML.slice(0, 80)}`);
}

/** Today in the Netherlands, YYYY-MM-DD. */
export const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/** A name no other test run has used on this server. */
export const unique = (stem: string) => `${stem} ${Math.random().toString(36).slice(2, 7)}`;
