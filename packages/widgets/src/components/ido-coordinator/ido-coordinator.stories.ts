import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../ido-opening-hours/define.js';
import { fakeCoordinatorClient } from '../../testing/fake-coordinator.js';
import { storyDevice, type IdoStoryContext } from '../../testing/storybook.js';
import { storageKey } from './key-storage.js';
import type { IdoCoordinator } from './ido-coordinator.js';

/**
 * `<ido-coordinator>` is the IDO coordinator's editor for one library organisation. Stories use
 * a coordinator client that answers from memory (never the network): the fixture locations of
 * Voorbeeldbibliotheek Utrecht and a short log. Each story has an `api` address of its own, so
 * its kept key in `localStorage` is its own. Switch the language in the toolbar.
 */
const meta: Meta = {
  title: 'Elements/ido-coordinator',
  component: 'ido-coordinator',
  render: (_args, context) => {
    const { api } = storyDevice(context as IdoStoryContext);
    const conflict = (context.parameters as { conflict?: boolean }).conflict ?? false;
    return html`<ido-coordinator
      api=${api}
      now="2026-12-24T12:00:00+01:00"
      .coordinatorClient=${fakeCoordinatorClient(api, { conflict })}
      style="max-inline-size: 72rem"
    ></ido-coordinator>`;
  },
  loaders: [
    (context) => {
      const { api } = storyDevice(context as IdoStoryContext);
      if ((context.parameters as { signedIn?: boolean }).signedIn === false)
        localStorage.removeItem(storageKey(api));
      else
        localStorage.setItem(
          storageKey(api),
          JSON.stringify({
            token: 'idokit_story',
            keyId: 'crd_story',
            organisation: 'Voorbeeldbibliotheek Utrecht',
            label: 'Coördinator Centrum',
          }),
        );
      return {};
    },
  ],
};
export default meta;

type Story = StoryObj;

/** Waits until `query` finds something (the shell may render its sections again meanwhile). */
async function until<T>(query: () => T | null | undefined, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = query();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  throw new Error(`${what} did not appear`);
}

const shell = (canvas: HTMLElement) => canvas.querySelector<IdoCoordinator>('ido-coordinator')!;
const locations = (canvas: HTMLElement) =>
  shell(canvas).shadowRoot?.querySelector<HTMLElement>('ido-coordinator-locations');

async function openEditor(canvas: HTMLElement): Promise<HTMLElement> {
  const button = await until(
    () => locations(canvas)?.shadowRoot?.querySelector<HTMLButtonElement>('li button'),
    'the list of locations',
  );
  button.click();
  await until(() => locations(canvas)?.shadowRoot?.querySelector('form'), 'the form');
  return locations(canvas)!;
}

/** Not signed in: the code field ("Inloggen"). */
export const SignedOut: Story = { parameters: { signedIn: false } };

/** Signed in: the organisation's locations, with when each was last changed. */
export const LocationsList: Story = {};

/** A location opened: the form, the week grids and the live preview "Zo zien bewoners het". */
export const Editing: Story = {
  play: async ({ canvasElement }) => {
    await openEditor(canvasElement);
  },
};

/** Someone else saved first: both versions side by side, nothing overwritten. */
export const Conflict: Story = {
  parameters: { conflict: true },
  play: async ({ canvasElement }) => {
    const panel = await openEditor(canvasElement);
    panel.shadowRoot!.querySelector('form')!.requestSubmit();
    await until(
      () => locations(canvasElement)?.shadowRoot?.querySelector('[part="conflict"]'),
      'the conflict',
    );
  },
};

/** The log, newest first, with "Ongedaan maken" on the last change. */
export const Log: Story = {
  play: async ({ canvasElement }) => {
    const log = await until(
      () =>
        [
          ...(shell(canvasElement).shadowRoot?.querySelectorAll<HTMLButtonElement>('.coord-tab') ??
            []),
        ].at(-1),
      'the sections',
    );
    log.click();
    await until(
      () => shell(canvasElement).shadowRoot?.querySelector('ido-coordinator-log'),
      'the log',
    );
  },
};

/** In English. */
export const English: Story = { globals: { lang: 'en' } };

/**
 * Windows high contrast (forced colours): the editor with its week grids, the current section and
 * focus keep visible borders. The story test opens it with forced colours emulated; in Storybook,
 * emulate them in the browser's developer tools (Rendering → forced-colors).
 */
export const ForcedColours: Story = {
  tags: ['forced-colors'],
  play: async ({ canvasElement }) => {
    await openEditor(canvasElement);
  },
};
