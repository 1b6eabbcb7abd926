import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * `<ido-question-form>` is the staff desk form. On a device that is not enrolled it asks for the
 * enrolment code; once enrolled it registers visits. Stories use the fake client (never the
 * network): any code of the right shape enrols, for `ido-zwolle-centrum`, and registrations are
 * kept in memory. Switch the language in the toolbar.
 */
const meta: Meta = {
  title: 'Elements/ido-question-form',
  component: 'ido-question-form',
  render: () => html`<ido-question-form style="max-inline-size: 48rem"></ido-question-form>`,
};
export default meta;

type Story = StoryObj;

const SESSION_KEY = 'idokit:staff-session:local';

/** A device without a token: the enrolment code is asked. Try `7KQ2-M9XD`. */
export const Enrolment: Story = {
  render: () => {
    localStorage.removeItem(SESSION_KEY);
    return html`<ido-question-form style="max-inline-size: 48rem"></ido-question-form>`;
  },
};

/** An enrolled device: register a visit. Type "toe" and Enter for Toeslagen. */
export const Registering: Story = {
  render: () => {
    localStorage.setItem(
      SESSION_KEY,
      JSON.stringify({
        enrolment: {
          deviceId: 'dev_story',
          token: `idokit_${'x'.repeat(40)}`,
          locationId: 'ido-zwolle-centrum',
          issuedAt: '2026-11-18T09:00:00.000Z',
        },
      }),
    );
    return html`<ido-question-form style="max-inline-size: 48rem"></ido-question-form>`;
  },
};

/** A device whose token the server refused (401): told plainly, asked for a new code. */
export const Revoked: Story = {
  render: () => {
    localStorage.setItem(SESSION_KEY, JSON.stringify({ revoked: true }));
    return html`<ido-question-form style="max-inline-size: 48rem"></ido-question-form>`;
  },
};
