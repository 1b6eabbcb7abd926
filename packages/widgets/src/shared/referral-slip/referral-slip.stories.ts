import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Feed, Partner } from '@idokit/sdk';
import { fixtureFeed, fixtureNow } from '@idokit/sdk/testing';
import { html } from 'lit';
import type { IdoPartnerList } from '../../components/ido-partner-list/ido-partner-list.js';
import type { IdoStoryParameters } from '../../testing/storybook.js';

/** The fixture feed, Humanitas Zwolle with what to bring (and staff text the slip leaves out). */
const feed: Feed = {
  ...fixtureFeed,
  partners: fixtureFeed.partners.map((p): Partner =>
    p.id === 'humanitas-thuisadministratie-zwolle'
      ? {
          ...p,
          staffInstructions: 'Alleen voor medewerkers: nooit op het briefje.',
          bring: ['De brieven van de bank', 'Uw DigiD'],
        }
      : p,
  ),
};

/** Opens the first partner's slip, in `lang` when given. */
async function openSlip(canvas: HTMLElement, lang?: string): Promise<void> {
  const el = canvas.querySelector<IdoPartnerList>('ido-partner-list')!;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('.slip-open'); i++)
    await new Promise((resolve) => setTimeout(resolve, 20));
  el.shadowRoot!.querySelector<HTMLButtonElement>('.slip-open')!.click();
  let slip: ShadowRoot | null | undefined;
  for (let i = 0; i < 100 && !slip?.querySelector('.qr-code'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    slip = el.shadowRoot!.querySelector('.ido-referral-slip')?.shadowRoot;
  }
  const choice = slip?.querySelector<HTMLSelectElement>('#slip-lang');
  if (choice && lang) {
    choice.value = lang;
    choice.dispatchEvent(new Event('change'));
  }
}

/**
 * The referral slip ("Verwijsbriefje", issue 22): what a resident takes home after a referral,
 * from `<ido-partner-list>` and from `<ido-question-form>` (there once a partner is chosen). A
 * dialog with the partner's name, description, contact, next week's hours, what to bring and a
 * QR code to its website; staff choose the resident's language and print it (A6 on A4).
 * Fixed clock: Wednesday 18 November 2026, so "next week" is 23–29 November.
 */
const meta: Meta = {
  title: 'Parts/Referral slip',
  component: 'ido-partner-list',
  parameters: {
    idokit: { now: fixtureNow, client: { feed } } satisfies IdoStoryParameters,
  },
  render: () =>
    html`<ido-partner-list
      municipality="Zwolle"
      kind="humanitas"
      staff
      style="max-inline-size: 48rem"
    ></ido-partner-list>`,
};
export default meta;

type Story = StoryObj;

/** The slip open, in the page's language (Dutch). */
export const Open: Story = { play: ({ canvasElement }) => openSlip(canvasElement) };

/** In Arabic, right to left; the partner's Dutch data stays left to right. */
export const Arabic: Story = { play: ({ canvasElement }) => openSlip(canvasElement, 'ar') };

/** In Ukrainian, chosen at the desk. */
export const Ukrainian: Story = { play: ({ canvasElement }) => openSlip(canvasElement, 'uk') };
