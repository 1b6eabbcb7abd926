import { createFakeClient, type FakeClientOptions } from '@idokit/sdk/testing';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { NowSource } from '../controllers/clock.js';

/**
 * Per-story options, under `parameters.idokit`:
 *
 * ```ts
 * export const Closed: Story = {
 *   parameters: { idokit: { now: new Date('2026-12-25T10:00:00+01:00') } },
 * };
 * export const Failing: Story = {
 *   parameters: { idokit: { client: { fail: { getLocation: new IdoNetworkError('/v1') } } } },
 * };
 * ```
 */
export interface IdoStoryParameters {
  /** Options for the fake client (feed, `delayMs`, `fail`, `mode`, `geocode`). */
  client?: FakeClientOptions;
  /** The clock for the story; default the real one. */
  now?: NowSource;
  /** `false` renders the story without the wrapping provider. */
  provider?: boolean;
}

/**
 * Storybook decorator: wraps every story in `<ido-provider>` with a fake client (never the
 * network) and the language chosen in the toolbar, so a story is just the element's tag.
 */
export function withIdoProvider(
  story: () => unknown,
  context: { parameters: { idokit?: IdoStoryParameters }; globals: { lang?: string } },
): TemplateResult {
  const options = context.parameters.idokit ?? {};
  if (options.provider === false) return html`${story()}`;
  const client = createFakeClient(options.client);
  return html`<ido-provider
    .client=${client}
    .now=${options.now}
    lang=${ifDefined(context.globals.lang)}
    >${story()}</ido-provider
  >`;
}
