import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { IdoNetworkError } from '@idokit/sdk';
import { fixtureNow, fixtureOutreachFeed } from '@idokit/sdk/testing';
import { html } from 'lit';
import type { IdoStoryParameters } from '../../testing/storybook.js';

interface Args {
  /** The `location` attribute: a location id. */
  locationId: string;
  show: 'ido' | 'library' | 'both';
  compact: boolean;
}

/**
 * `<ido-opening-hours>` shows whether an IDO is open now, today's hours, the week, and changed
 * days (holidays, exceptions) of the coming two weeks, with the library's hours beside the IDO's.
 * Every story uses the fake client and a fixed clock, so what you see does not depend on today.
 * Switch the language in the toolbar.
 */
const meta: Meta<Args> = {
  title: 'Elements/ido-opening-hours',
  component: 'ido-opening-hours',
  args: { locationId: 'ido-zwolle-centrum', show: 'both', compact: false },
  argTypes: {
    locationId: {
      name: 'location',
      control: 'select',
      options: [
        'ido-zwolle-centrum',
        'ido-utrecht-centrum',
        'ido-utrecht-kanaleneiland',
        'ido-zwolle-stadshagen',
        'ido-amsterdam-oosterdok',
        'ido-amsterdam-noord',
      ],
    },
    show: { control: 'inline-radio', options: ['both', 'ido', 'library'] },
    compact: { control: 'boolean' },
  },
  parameters: { idokit: { now: fixtureNow } satisfies IdoStoryParameters },
  render: ({ locationId, show, compact }) =>
    html`<ido-opening-hours
      location=${locationId}
      show=${show}
      ?compact=${compact}
      style="max-inline-size: 48rem"
    ></ido-opening-hours>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Wednesday 18 November 2026, 10:30: the IDO and the library are open. */
export const Open: Story = {};

/** Wednesday evening: both closed, with when they open next. */
export const ClosedWithNextOpen: Story = {
  parameters: { idokit: { now: new Date('2026-11-18T20:00:00Z') } },
};

/** Christmas Day: closed for a public holiday, named, with the next opening and the days after. */
export const Holiday: Story = {
  args: { locationId: 'ido-utrecht-centrum' },
  parameters: { idokit: { now: new Date('2026-12-25T09:00:00Z') } },
};

/** Christmas Eve: shorter hours by exception, with the library's own note. */
export const Exception: Story = {
  args: { locationId: 'ido-utrecht-centrum' },
  parameters: { idokit: { now: new Date('2026-12-24T10:00:00Z') } },
};

/** One line for a list or a page header. */
export const Compact: Story = { args: { compact: true } };

/** Only the library's hours. */
export const LibraryOnly: Story = { args: { show: 'library' } };

/** Only the IDO consultation hours. */
export const IdoOnly: Story = { args: { show: 'ido' } };

/** A location without separate IDO hours: the IDO helps whenever the library is open. */
export const NoIdoHours: Story = { args: { locationId: 'ido-zwolle-stadshagen' } };

/** The location's outreach session that week, under the table: "Deze week ook: …". */
export const WithOutreachSession: Story = {
  args: { locationId: 'ido-utrecht-centrum' },
  parameters: { idokit: { now: fixtureNow, client: { feed: fixtureOutreachFeed('2026-11-18') } } },
};

/** In English (any `lang="en"` on the element or an ancestor). */
export const English: Story = {
  globals: { lang: 'en' },
  parameters: { idokit: { now: new Date('2026-12-24T10:00:00Z') } },
  args: { locationId: 'ido-utrecht-centrum' },
};

/** While the location loads (the fake client never answers here). */
export const Loading: Story = {
  parameters: { idokit: { now: fixtureNow, client: { delayMs: 2_000_000_000 } } },
};

/** The source cannot be reached: a message and a retry button. */
export const LoadError: Story = {
  parameters: {
    idokit: {
      now: fixtureNow,
      client: { fail: { getLocation: new IdoNetworkError('https://ido.example/v1/locations') } },
    },
  },
};

/** A location id that does not exist (any more). */
export const NotFound: Story = { args: { locationId: 'ido-bestaat-niet' } };

/** Right to left (as on a page in Arabic): the table and the status mirror. */
export const RightToLeft: Story = {
  globals: { lang: 'en' },
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
};

/**
 * Windows high contrast (forced colours). The story test opens it with forced colours emulated;
 * in Storybook, emulate them in the browser's developer tools (Rendering → forced-colors).
 */
export const ForcedColours: Story = { tags: ['forced-colors'] };
