import type { IdoClient } from '@idokit/sdk';
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

/** What {@link withIdoProvider} adds to the story's context: the fake client it made. */
export interface IdoStoryContext {
  /** The story's id (`elements-ido-question-form--held-aside`). */
  id: string;
  /** The fake client of the story's provider (missing with `provider: false`). */
  idokit?: { client: IdoClient };
}

/**
 * Storybook decorator: wraps every story in `<ido-provider>` with a fake client (never the
 * network) and the language chosen in the toolbar, so a story is just the element's tag. The
 * client is handed to the story too (`context.idokit.client`, see {@link storyDevice}).
 */
export function withIdoProvider(
  story: (update?: Partial<IdoStoryContext>) => unknown,
  context: { parameters: { idokit?: IdoStoryParameters }; globals: { lang?: string } },
): TemplateResult {
  const options = context.parameters.idokit ?? {};
  if (options.provider === false) return html`${story()}`;
  const client = createFakeClient(options.client);
  return html`<ido-provider
    .client=${client}
    .now=${options.now}
    lang=${ifDefined(context.globals.lang)}
    >${story({ idokit: { client } })}</ido-provider
  >`;
}

/** A staff story's own device: what its element is given, and where that keeps its state. */
export interface StoryDevice {
  /** The `api` for the element: an address of its own that is never called (`….stories.invalid`). */
  api: string;
  /** The client for the element's `.client`: the story provider's fake client. */
  client: IdoClient | undefined;
  /** The `localStorage` key of the device's enrolment (and desk settings) for that `api`. */
  sessionKey: string;
  /** The IndexedDB database of the device's outbox for that `api`. */
  outboxDb: string;
}

/**
 * A device of its own for a staff story (the question form, the statistics). Staff elements keep
 * their enrolment in `localStorage` and their outbox in IndexedDB by the API's origin; stories
 * that all used the fake client's `local` shared one device, so on a docs page, where every
 * story of an element renders at once, the last story's loader set up the device for all of
 * them. Here each story gets an origin of its own (`https://held-aside.ido-question-form.stories.invalid`),
 * which the element is given as `api` along with the fake client as `.client` (a client set on
 * the element is used as is: the address is never called). Use it in the story's loader (to
 * set the device up) and in its render (to give the element both).
 */
export function storyDevice(context: IdoStoryContext): StoryDevice {
  const [component = 'story', story = 'default'] = context.id.split('--');
  const label = (part: string) =>
    part
      .replace(/^elements-/, '')
      .replace(/[^a-z0-9-]/g, '-')
      .slice(0, 63);
  const origin = `https://${label(story)}.${label(component)}.stories.invalid`;
  return {
    api: `${origin}/`,
    client: context.idokit?.client,
    sessionKey: `idokit:staff-session:${origin}`,
    outboxDb: `idokit-outbox ${origin}`,
  };
}
