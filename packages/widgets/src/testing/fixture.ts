import { fixture, html, waitUntil } from '@open-wc/testing';
import type { IdoClient } from '@idokit/sdk';
import { createFakeClient } from '@idokit/sdk/testing';
import type { ReactiveElement, TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defineIdoProvider } from '../components/ido-provider/ido-provider.js';
import type { NowSource } from '../controllers/clock.js';

/** What {@link fixtureWithClient} sets up around the element. */
export interface FixtureOptions {
  /** The client the element gets through `<ido-provider>`. @default createFakeClient() */
  client?: IdoClient;
  /** The `lang` of the wrapping provider. @default none (Dutch) */
  lang?: string;
  /** The clock of the wrapping provider: a fixed instant or a function. @default the real clock */
  now?: NowSource;
}

/**
 * Renders `template` inside `<ido-provider>` with a (fake) client, language and clock, waits
 * for the first render, and returns the template's first element.
 */
export async function fixtureWithClient<T extends Element = HTMLElement>(
  template: TemplateResult,
  options: FixtureOptions = {},
): Promise<T> {
  defineIdoProvider();
  const client = options.client ?? createFakeClient();
  const provider = await fixture<HTMLElement>(html`
    <ido-provider .client=${client} .now=${options.now} lang=${ifDefined(options.lang)}>
      ${template}
    </ido-provider>
  `);
  const el = provider.firstElementChild as T | null;
  if (!el) throw new Error('fixtureWithClient: the template rendered no element');
  await (el as Partial<ReactiveElement>).updateComplete;
  return el;
}

/**
 * Waits until `el` has no custom state `loading` (all its `dataTask`s settled) and has
 * rendered the result.
 */
export async function settled(el: Element, timeout = 3000): Promise<void> {
  const lit = el as Partial<ReactiveElement> & { hasState?(name: string): boolean };
  await lit.updateComplete;
  await waitUntil(() => !lit.hasState?.('loading'), `${el.localName} is still loading`, {
    timeout,
  });
  await lit.updateComplete;
}
