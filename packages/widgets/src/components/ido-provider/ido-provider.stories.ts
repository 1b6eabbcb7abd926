import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { IdoProvider } from './ido-provider.js';

/**
 * `<ido-provider>` has no look of its own: it hands one data source, language and clock to
 * the IDO Kit elements inside it. Its docs table lists the shared attributes and the theming
 * custom properties every element accepts.
 */
const meta: Meta<IdoProvider> = {
  title: 'Setup/ido-provider',
  component: 'ido-provider',
  parameters: { idokit: { provider: false } },
};
export default meta;

type Story = StoryObj<IdoProvider>;

/** One feed for the whole page; every element inside uses it unless it sets its own. */
export const WithFeed: Story = {
  render: () =>
    html`<ido-provider feed="/ido/feed.json" lang="nl">
      <p>Elementen hierbinnen gebruiken de feed van de provider.</p>
    </ido-provider>`,
};
