import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { IdoNetworkError } from '@idokit/sdk';
import { fixtureNow, fixtureOutreachFeed } from '@idokit/sdk/testing';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { IdoStoryParameters } from '../../testing/storybook.js';
import type { IdoLocator } from './ido-locator.js';

/**
 * `<ido-locator>` finds the nearest Informatiepunt Digitale Overheid. Every story uses the fake
 * client (the six fictional libraries of the fixture feed) at Wednesday 18 November 2026, 10:30,
 * so "open now" is the same each time.
 */
const meta: Meta<IdoLocator> = {
  title: 'Elements/ido-locator',
  component: 'ido-locator',
  parameters: { idokit: { now: fixtureNow } satisfies IdoStoryParameters },
  render: (args) =>
    html`<ido-locator
      query=${ifDefined(args.query)}
      radius=${ifDefined(args.radius)}
      ?open-now=${args.openNow}
      ?map=${args.map}
      selected=${ifDefined(args.selected)}
      helpline=${ifDefined(args.helpline)}
    ></ido-locator>`,
};
export default meta;

type Story = StoryObj<IdoLocator>;

/** Before a search: the field, "use my location" with what happens to it, and the filters. */
export const Start: Story = {};

/** A postcode search: the list, nearest first, with the status line that is announced. */
export const Results: Story = { args: { query: '3511 AB' } };

/** A place name; one of the two has no IDO hours, so the library's are shown and named. */
export const PlaceName: Story = { args: { query: 'Zwolle' } };

/** The page has chosen a location (or the resident did): marked by more than colour. */
export const Selected: Story = {
  args: { query: '3511 AB', selected: 'ido-utrecht-kanaleneiland' },
};

/**
 * Outreach sessions (IDO away from the library) of the coming 7 days near the search, in a short
 * list of their own under the results: Buurthuis De Kroon tomorrow, 10:00–12:00.
 */
export const WithOutreachSession: Story = {
  args: { query: '3511 AB' },
  parameters: { idokit: { now: fixtureNow, client: { feed: fixtureOutreachFeed('2026-11-18') } } },
};

/** Only what is open now. */
export const OpenNow: Story = { args: { query: '3511 AB', openNow: true } };

/** A slow source: the loading line is announced. */
export const Loading: Story = {
  args: { query: '3511 AB' },
  parameters: { idokit: { now: fixtureNow, client: { delayMs: 24 * 60 * 60 * 1000 } } },
};

/** Nothing nearby: a wider radius and the national help line are offered. */
export const Empty: Story = {
  args: { query: 'Groningen', radius: 10 },
  parameters: {
    idokit: {
      now: fixtureNow,
      client: {
        geocode: {
          Groningen: { lat: 53.2194, lon: 6.5665, label: 'Groningen', kind: 'place' },
        },
      },
    },
  },
};

/** The source cannot be reached: a plain message and a retry button. */
export const LoadError: Story = {
  args: { query: '3511 AB' },
  parameters: {
    idokit: {
      now: fixtureNow,
      client: {
        fail: { searchLocations: new IdoNetworkError('https://ido.example/v1/locations') },
      },
    },
  },
};

/** A postcode that cannot exist is explained at the field; nothing is sent. */
export const InvalidPostcode: Story = { args: { query: '0123 AB' } };

/** A place the geocoder does not know. */
export const UnknownPlace: Story = { args: { query: 'Atlantis' } };

/** "Use my location" refused: a specific message, and focus moves to the field. */
export const LocationRefused: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('ido-locator')!;
    el.geolocation = {
      getCurrentPosition: (_success, failure) =>
        failure?.({
          code: 1,
          message: 'denied',
          PERMISSION_DENIED: 1,
          POSITION_UNAVAILABLE: 2,
          TIMEOUT: 3,
        } as GeolocationPositionError),
      watchPosition: () => 0,
      clearWatch: () => {},
    };
    await el.updateComplete;
    await el.locate();
  },
};

/** English text, Dutch times (24-hour) and language names in English. */
export const English: Story = {
  args: { query: '3511 AB' },
  globals: { lang: 'en' },
};

/** With the map opened. Tiles come from PDOK; without a network the map stays grey. */
export const WithMap: Story = {
  args: { query: '8011', map: true },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('ido-locator')!;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    el.shadowRoot!.querySelector<HTMLButtonElement>('.map-toggle')?.click();
  },
};

/** In Arabic, right to left: the layout mirrors, times and postcodes stay readable. */
export const RightToLeft: Story = {
  args: { query: '3511 AB' },
  globals: { lang: 'ar' },
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
};

/**
 * Windows high contrast (forced colours): status, selection and focus keep a visible border and
 * words. The story test opens it with forced colours emulated; in Storybook, emulate them in the
 * browser's developer tools (Rendering → forced-colors).
 */
export const ForcedColours: Story = {
  args: { query: '3511 AB', selected: 'ido-utrecht-kanaleneiland' },
  tags: ['forced-colors'],
};
