import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { IdoNetworkError, type Feed, type Partner } from '@idokit/sdk';
import { fixtureFeed, fixtureNow } from '@idokit/sdk/testing';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { IdoStoryParameters } from '../../testing/storybook.js';

interface Args {
  municipality: string;
  theme: string;
  kind: string;
  groupBy: 'kind' | 'theme' | 'none';
  staff: boolean;
  query: string;
}

/**
 * `<ido-partner-list>` shows the local partners an IDO refers residents to: what they do, what
 * they help with, how to get in touch or refer warmly, whether they are open now, languages and
 * cost. Every story uses the fake client and a fixed clock (Wednesday 18 November 2026, 10:30 in
 * Amsterdam), so what you see does not depend on today. Switch the language in the toolbar.
 */
const meta: Meta<Args> = {
  title: 'Elements/ido-partner-list',
  component: 'ido-partner-list',
  args: { municipality: 'Zwolle', theme: '', kind: '', groupBy: 'kind', staff: false, query: '' },
  argTypes: {
    municipality: { control: 'select', options: ['', 'Zwolle', 'Utrecht', 'Amsterdam', 'Texel'] },
    theme: {
      control: 'select',
      options: ['', ...fixtureFeed.taxonomy.themes.map((t) => t.id)],
    },
    kind: {
      control: 'select',
      options: ['', ...fixtureFeed.taxonomy.partnerKinds.map((k) => k.id)],
    },
    groupBy: { name: 'group-by', control: 'inline-radio', options: ['kind', 'theme', 'none'] },
    staff: { control: 'boolean' },
    query: { control: 'text' },
  },
  parameters: { idokit: { now: fixtureNow } satisfies IdoStoryParameters },
  render: ({ municipality, theme, kind, groupBy, staff, query }) =>
    html`<ido-partner-list
      municipality=${ifDefined(municipality || undefined)}
      theme=${ifDefined(theme || undefined)}
      kind=${ifDefined(kind || undefined)}
      group-by=${groupBy}
      query=${ifDefined(query || undefined)}
      ?staff=${staff}
      style="max-inline-size: 48rem"
    ></ido-partner-list>`,
};
export default meta;

type Story = StoryObj<Args>;

/** For residents: the partners serving Zwolle, grouped by kind, one open and one closed now. */
export const Residents: Story = {};

/** For IDO staff: how to refer warmly comes first in every card. */
export const Staff: Story = { args: { staff: true } };

/** Narrowed to one theme by the page (`theme="toeslagen"`); the resident can change it. */
export const OneTheme: Story = { args: { theme: 'toeslagen' } };

/** Grouped by theme: a partner appears under each theme it helps with. */
export const GroupedByTheme: Story = { args: { groupBy: 'theme', municipality: 'Utrecht' } };

/** Started with search words (`query`); accents and capitals do not matter. */
export const Searched: Story = { args: { query: 'ADMINISTRATIË' } };

/** Nothing matches: what to try, with buttons that undo the search and the theme. */
export const Empty: Story = { args: { query: 'ruimtevaart', theme: 'zorg' } };

/** No partners are listed for the municipality at all. */
export const NoneInArea: Story = { args: { municipality: 'Texel' } };

/** In English (any `lang="en"` on the element or an ancestor); the data stays Dutch. */
export const English: Story = { globals: { lang: 'en' } };

/** While the partners load (the fake client never answers here). */
export const Loading: Story = {
  parameters: { idokit: { now: fixtureNow, client: { delayMs: 2_000_000_000 } } },
};

/** The source cannot be reached: a message and a retry button. */
export const LoadError: Story = {
  parameters: {
    idokit: {
      now: fixtureNow,
      client: { fail: { listPartners: new IdoNetworkError('https://ido.example/v1/partners') } },
    },
  },
};

const wmo = fixtureFeed.partners.find((p) => p.id === 'wmo-loket-zwolle')!;
/** Data written to attack the page: shown as text, no script runs, no unsafe link is made. */
const hostile: Feed = {
  ...fixtureFeed,
  partners: [
    {
      ...wmo,
      id: 'kwaad',
      name: '<img src=x onerror=alert(1)> Kwaadwillend',
      description: '<script>alert(1)</script> Deze tekst blijft gewoon tekst.',
      contact: { website: 'javascript:alert(1)', email: 'a@b.example?bcc=spy@evil.example' },
      referral: [
        { method: 'by-email', instructions: '<a href="javascript:alert(1)">klik</a>' },
        { method: 'form-url', instructions: 'Formulier.', url: 'data:text/html,<b>x</b>' },
      ],
    } as Partner,
  ],
};

/** Hostile partner data renders inert. */
export const HostileData: Story = {
  parameters: { idokit: { now: fixtureNow, client: { feed: hostile } } },
};

/**
 * A page in Arabic: the element's text is Arabic and mirrors; phone numbers, e-mail addresses,
 * times and the partners' Dutch text keep their left-to-right order.
 */
export const RightToLeft: Story = {
  globals: { lang: 'ar' },
  decorators: [(story) => html`<div dir="rtl" lang="ar">${story()}</div>`],
};

/**
 * Windows high contrast (forced colours): groups, links and the open-now status keep a visible
 * border and words. The story test opens it with forced colours emulated.
 */
export const ForcedColours: Story = { args: { staff: true }, tags: ['forced-colors'] };

/** Partners with instructions for staff and a list of what to bring (issue 22). */
const withAudiences: Feed = {
  ...fixtureFeed,
  partners: fixtureFeed.partners.map((p) =>
    p.id === 'humanitas-thuisadministratie-zwolle'
      ? {
          ...p,
          staffInstructions: 'Bel eerst de coördinator; zeg dat u van het IDO belt.',
          bring: ['De brieven die u kreeg', 'Uw bankafschriften'],
        }
      : p,
  ),
};

/** Residents see what to bring, never the instructions for staff, and no choose button. */
export const WhatToBring: Story = {
  parameters: { idokit: { now: fixtureNow, client: { feed: withAudiences } } },
};

/** Staff see the partner's staff instructions first, with the referral routes. */
export const StaffInstructions: Story = {
  args: { staff: true },
  parameters: { idokit: { now: fixtureNow, client: { feed: withAudiences } } },
};

/** No partner helps with this subject: the national help line (the DigiHulplijn by default). */
export const HelplineFallback: Story = { args: { theme: 'studiefinanciering' } };
