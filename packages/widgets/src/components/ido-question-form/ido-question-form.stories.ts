import type { Meta, StoryObj } from '@storybook/web-components-vite';
import {
  addDays,
  civilDate,
  IdoNetworkError,
  IndexedDbOutboxStore,
  type OutboxEntry,
  type OutboxHeldReason,
  type QuestionRegistration,
} from '@idokit/sdk';
import { fixtureOutreachFeed } from '@idokit/sdk/testing';
import { html } from 'lit';
import {
  storyDevice,
  type IdoStoryContext,
  type IdoStoryParameters,
} from '../../testing/storybook.js';

/**
 * `<ido-question-form>` is the staff desk form. On a device that is not enrolled it asks for the
 * enrolment code; once enrolled it registers visits. Stories use the fake client (never the
 * network): any code of the right shape enrols, for `ido-zwolle-centrum`, and registrations are
 * kept in memory. Each story is a device of its own (its own `api` address, never called, so
 * its own session in `localStorage` and outbox in IndexedDB) that it first sets up as it needs
 * it: the stories do not depend on their order, and each shows its own state beside the others
 * on the docs page. Switch the language in the toolbar.
 */
const meta: Meta = {
  title: 'Elements/ido-question-form',
  component: 'ido-question-form',
  render: (_args, context) => {
    const { api, client } = storyDevice(context as IdoStoryContext);
    return html`<ido-question-form
      api=${api}
      .client=${client}
      style="max-inline-size: 48rem"
    ></ido-question-form>`;
  },
};
export default meta;

type Story = StoryObj;

const HERE = 'ido-zwolle-centrum';
const ENROLLED = {
  enrolment: {
    deviceId: 'dev_story',
    token: `idokit_${'x'.repeat(40)}`,
    locationId: HERE,
    issuedAt: '2026-11-18T09:00:00.000Z',
  },
};

/**
 * A Storybook loader that sets up the story's own device (see `storyDevice`) before the element
 * connects: the staff session (`undefined` forgets it) and exactly these entries in the outbox.
 */
function device(
  session: object | undefined,
  entries: OutboxEntry[] = [],
): (context: IdoStoryContext) => Promise<object> {
  return async (context) => {
    const { sessionKey, outboxDb } = storyDevice(context);
    if (session) localStorage.setItem(sessionKey, JSON.stringify(session));
    else localStorage.removeItem(sessionKey);
    const store = new IndexedDbOutboxStore({ dbName: outboxDb });
    for (const entry of await store.list()) await store.delete(entry.id);
    for (const entry of entries) await store.put(entry);
    return {};
  };
}

/** A made-up registration of 17 November 2026, kept on the device. */
function entry(
  n: number,
  changes: Partial<QuestionRegistration> = {},
  heldReason?: OutboxHeldReason,
): OutboxEntry {
  const enqueuedAt = Date.parse('2026-11-17T13:00:00Z') + n * 60_000;
  return {
    id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
    registration: {
      id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
      locationId: HERE,
      date: '2026-11-17',
      hour: 14,
      channel: 'desk',
      durationMinutes: 10,
      questions: [
        {
          type: 'government',
          themes: ['toeslagen'],
          organisations: ['dienst-toeslagen'],
          help: 'informed',
        },
      ],
      ...changes,
    },
    enqueuedAt,
    attempts: heldReason ? 1 : 3,
    nextAttemptAt: enqueuedAt,
    ...(heldReason ? { heldReason, lastError: heldReason.message } : {}),
  };
}

/** The fake client with the network gone: every registration stays in the outbox. */
const offline: IdoStoryParameters = {
  client: { fail: { submitRegistration: new IdoNetworkError('/v1/registrations') } },
};

/** A device without a token: the enrolment code is asked. Try `7KQ2-M9XD`. */
export const Enrolment: Story = {
  loaders: [device(undefined)],
};

/** An enrolled device with nothing waiting: register a visit. Type "toe" and Enter for Toeslagen. */
export const Registering: Story = {
  loaders: [device(ENROLLED)],
};

/**
 * The location holds an outreach session today (Weekmarkt Zwolle): open "Later registreren of op
 * een andere plek" and it is offered as the place of the visit; another place can still be typed.
 */
export const AtOutreachSession: Story = {
  loaders: [device(ENROLLED)],
  parameters: {
    idokit: {
      client: { feed: fixtureOutreachFeed(addDays(civilDate(new Date(), 'Europe/Amsterdam'), -2)) },
    },
  },
};

/**
 * No connection: three visits wait in the outbox on this device, the badge says so, and "Nu
 * verzenden" tries again. New visits are kept as well ("Bewaard op dit apparaat").
 */
export const Offline: Story = {
  loaders: [device(ENROLLED, [entry(1), entry(2), entry(3, { hour: 15 })])],
  parameters: { idokit: offline },
};

/**
 * The server refused registrations for good: each is held aside with its reason, to correct
 * (a note with a BSN) or to discard (a visit registered for another location).
 */
export const HeldAside: Story = {
  loaders: [
    device(ENROLLED, [
      entry(
        11,
        { note: 'Belde over BSN 111222333' },
        {
          status: 422,
          code: 'personal-data',
          message: 'The note contains personal data',
        },
      ),
      entry(
        12,
        { locationId: 'ido-zwolle-stadshagen' },
        {
          code: 'wrong-location',
          message: 'Registered for another location than this device is enrolled for',
        },
      ),
    ]),
  ],
  parameters: { idokit: offline },
};

/**
 * A device whose token the server refused (401): told plainly, asked for a new code; the
 * registrations still on the device are kept and counted.
 */
export const Revoked: Story = {
  loaders: [device({ revoked: true }, [entry(21), entry(22)])],
};

/** While the categories load (the fake client never answers here). */
export const Loading: Story = {
  loaders: [device(ENROLLED)],
  parameters: { idokit: { client: { delayMs: 2_000_000_000 } } satisfies IdoStoryParameters },
};

/** The categories cannot be loaded: told plainly, with a button to try again. */
export const LoadError: Story = {
  loaders: [device(ENROLLED)],
  parameters: {
    idokit: {
      client: { fail: { getTaxonomy: new IdoNetworkError('/v1/taxonomy') } },
    } satisfies IdoStoryParameters,
  },
};

/** In English (any `lang="en"` on the element or an ancestor). */
export const English: Story = { globals: { lang: 'en' }, loaders: [device(ENROLLED)] };

/** Right to left (as on a page in Arabic): the form mirrors, times stay readable. */
export const RightToLeft: Story = {
  globals: { lang: 'en' },
  loaders: [device(ENROLLED)],
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
};

/**
 * Windows high contrast (forced colours): chosen options, the badge and focus keep a visible
 * border and words. The story test opens it with forced colours emulated.
 */
export const ForcedColours: Story = {
  loaders: [device(ENROLLED, [entry(31)])],
  parameters: { idokit: offline },
  tags: ['forced-colors'],
};
