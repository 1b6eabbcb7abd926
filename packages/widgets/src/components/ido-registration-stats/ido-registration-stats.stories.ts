import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { IdoNetworkError, type QuestionRegistrationInput } from '@idokit/sdk';
import { fixtureNow } from '@idokit/sdk/testing';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  storyDevice,
  type IdoStoryContext,
  type IdoStoryParameters,
} from '../../testing/storybook.js';

interface Args {
  period: string;
  location: string;
  view: 'stats' | 'report';
}

const THEMES = ['toeslagen', 'belastingen', 'zorg', 'digid-mijnoverheid'] as const;
const CHANNELS = ['desk', 'desk', 'desk', 'phone', 'appointment'] as const;
const DURATIONS = [5, 10, 20, 30, 60] as const;

/**
 * Made-up visits in October and November 2026, the same every time: many at the two Zwolle desks
 * (enough to show counts), a few in Utrecht (small cells, shown perturbed: 1 or 2 off).
 */
function sampleRegistrations(): QuestionRegistrationInput[] {
  const out: QuestionRegistrationInput[] = [];
  const desks = [
    { id: 'ido-zwolle-centrum', visits: 90 },
    { id: 'ido-zwolle-stadshagen', visits: 40 },
    { id: 'ido-utrecht-centrum', visits: 6 },
  ];
  let n = 0;
  for (const desk of desks)
    for (let i = 0; i < desk.visits; i++) {
      n++;
      const day = 1 + ((i * 7) % 48); // 1–48: 1–31 October, then 1–17 November
      const date = day <= 31 ? `2026-10-${pad(day)}` : `2026-11-${pad(day - 31)}`;
      const government = i % 4 !== 3;
      out.push({
        id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
        locationId: desk.id,
        date,
        hour: 10 + (i % 6),
        channel: CHANNELS[i % CHANNELS.length]!,
        durationMinutes: DURATIONS[i % DURATIONS.length]!,
        questions: [
          government
            ? { type: 'government', themes: [THEMES[i % THEMES.length]!], help: 'informed' }
            : { type: 'library', help: 'explained' },
        ],
      });
    }
  return out;
}

function pad(n: number): string {
  return n.toString().padStart(2, '0');
}

const registrations = sampleRegistrations();

/**
 * A quiet November at one desk: 24 visits about allowances at the desk, 3 by phone about taxes.
 * Every count is shown, perturbed by the cell-key method (the 3 may read 1 to 5).
 */
function quietMonth(): QuestionRegistrationInput[] {
  return Array.from({ length: 27 }, (_, i) => {
    const phone = i % 9 === 8;
    return {
      id: `00000000-0000-4000-9000-${(i + 1).toString(16).padStart(12, '0')}`,
      locationId: 'ido-zwolle-centrum',
      date: `2026-11-${pad(2 + (i % 14))}`,
      hour: 10 + (i % 6),
      channel: phone ? 'phone' : 'desk',
      durationMinutes: 10,
      questions: [
        { type: 'government', themes: [phone ? 'belastingen' : 'toeslagen'], help: 'informed' },
      ],
    };
  });
}

/**
 * Sets the staff session of the story's own device (see `storyDevice`; a Storybook loader, run
 * before the element connects), so the stories do not depend on what an earlier story left in
 * `localStorage`, and each keeps its own beside the others on the docs page.
 */
function session(
  scope: 'device' | 'municipality' | 'none',
): (context: IdoStoryContext) => Promise<object> {
  return async (context) => {
    const { sessionKey } = storyDevice(context);
    const token = `idokit_${'x'.repeat(40)}`;
    const issuedAt = '2026-11-18T09:00:00.000Z';
    const enrolment =
      scope === 'device'
        ? { deviceId: 'dev_story', token, locationId: 'ido-zwolle-centrum', issuedAt }
        : { deviceId: 'rep_story', token, scope, scopeName: 'Zwolle', issuedAt };
    if (scope === 'none') localStorage.removeItem(sessionKey);
    else localStorage.setItem(sessionKey, JSON.stringify({ enrolment }));
    return {};
  };
}

/**
 * `<ido-registration-stats>` shows the counts of registered visits per fixed period (week, month,
 * quarter, year) and category, as bar charts with tables; every count is perturbed by the
 * cell-key method (1 or 2 off), and breakdowns appear once a period has settled. `view="report"` is the printable report for the
 * municipality. Every story uses the fake client (never the network) with made-up visits and a
 * fixed clock (Wednesday 18 November 2026). Switch the language in the toolbar.
 */
const meta: Meta<Args> = {
  title: 'Elements/ido-registration-stats',
  component: 'ido-registration-stats',
  args: { period: '2026-11', location: '', view: 'stats' },
  argTypes: {
    period: { control: 'select', options: ['2026-W47', '2026-10', '2026-11', '2026-Q4', '2026'] },
    location: {
      control: 'select',
      options: ['', 'ido-zwolle-centrum', 'ido-zwolle-stadshagen'],
    },
    view: { control: 'inline-radio', options: ['stats', 'report'] },
  },
  parameters: {
    idokit: {
      now: fixtureNow,
      client: { now: () => fixtureNow, registrations },
    } satisfies IdoStoryParameters,
  },
  render: ({ period, location, view }, context) => {
    const { api, client } = storyDevice(context as IdoStoryContext);
    return html`<ido-registration-stats
      api=${api}
      .client=${client}
      period=${ifDefined(period || undefined)}
      location=${ifDefined(location || undefined)}
      view=${view}
      style="max-inline-size: 60rem"
    ></ido-registration-stats>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/**
 * A device without a token: the enrolment code is asked (a desk's code, or a report key pasted
 * from `idokit-server report-token`). Try `7KQ2-M9XD`.
 */
export const Enrolment: Story = { loaders: [session('none')] };

/** A desk's own month (a device token for `ido-zwolle-centrum`). */
export const Desk: Story = { loaders: [session('device')] };

/** A quarter: also counted per month. */
export const Quarter: Story = { args: { period: '2026-Q4' }, loaders: [session('device')] };

/** A report token for the municipality of Zwolle: each desk and the total. */
export const Municipality: Story = {
  loaders: [session('municipality')],
  parameters: {
    idokit: {
      now: fixtureNow,
      client: {
        now: () => fixtureNow,
        registrations,
        reportScope: { kind: 'municipality', name: 'Zwolle' },
      },
    } satisfies IdoStoryParameters,
  },
};

/** The printable report for the municipality (it prints on A4). */
export const Report: Story = {
  args: { view: 'report', period: '2026-Q4' },
  loaders: [session('municipality')],
  parameters: Municipality.parameters,
};

/** A week with few visits that has not settled: totals only, and a sentence saying when the rest follows. */
export const SmallNumbers: Story = {
  args: { period: '2026-W47' },
  loaders: [session('device')],
};

/**
 * A quiet month, before it has settled on 15 December: its totals are shown (perturbed), its
 * breakdowns follow then; the sentences below the totals say so.
 */
export const SmallCounts: Story = {
  loaders: [session('device')],
  parameters: {
    idokit: {
      now: fixtureNow,
      client: { now: () => fixtureNow, registrations: quietMonth() },
    } satisfies IdoStoryParameters,
  },
};

/** The server cannot be reached: told plainly, with a button to try again. */
export const Failing: Story = {
  loaders: [session('device')],
  parameters: {
    idokit: {
      now: fixtureNow,
      client: {
        now: () => fixtureNow,
        fail: { getRegistrationStats: new IdoNetworkError('/v1/registrations/stats') },
      },
    } satisfies IdoStoryParameters,
  },
};

/** In English (any `lang="en"` on the element or an ancestor). */
export const English: Story = { globals: { lang: 'en' }, loaders: [session('device')] };

/** While the counts load (the fake client never answers here). */
export const Loading: Story = {
  loaders: [session('device')],
  parameters: {
    idokit: {
      now: fixtureNow,
      client: { now: () => fixtureNow, delayMs: 2_000_000_000 },
    } satisfies IdoStoryParameters,
  },
};

/** Beside the question form (`enrol-elsewhere`), before the device is enrolled. */
export const EnrolElsewhere: Story = {
  loaders: [session('none')],
  render: (_args, context) => {
    const { api, client } = storyDevice(context as IdoStoryContext);
    return html`<ido-registration-stats
      api=${api}
      .client=${client}
      enrol-elsewhere
    ></ido-registration-stats>`;
  },
};

/** Right to left (as on a page in Arabic): the charts and tables mirror, numbers stay readable. */
export const RightToLeft: Story = {
  globals: { lang: 'en' },
  loaders: [session('device')],
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
};

/**
 * Windows high contrast (forced colours): bars and their numbers stay visible. The story test
 * opens it with forced colours emulated.
 */
export const ForcedColours: Story = {
  args: { period: '2026-Q4' },
  loaders: [session('device')],
  tags: ['forced-colors'],
};
