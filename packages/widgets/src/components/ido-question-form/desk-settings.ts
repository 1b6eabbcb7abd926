import type { Channel } from '@idokit/sdk';
import { html, type TemplateResult } from 'lit';
import { renderChoices } from './question-fieldset.js';
import type { PickOption } from './draft.js';
import type { QuestionFormStrings } from './strings.js';

// The desk's own settings, chosen on purpose and always in sight: the channel every new visit
// starts with ("Nieuwe bezoeken: Telefoon."), for a desk that mostly takes calls. A choice made
// for one visit in the form never changes it.

export interface DeskSettingsOptions {
  strings: QuestionFormStrings;
  channels: readonly PickOption[];
  channel: Channel;
  open: boolean;
  onToggle: (open: boolean) => void;
  onChannel: (channel: Channel) => void;
}

export function renderDeskSettings(o: DeskSettingsOptions): TemplateResult {
  const t = o.strings;
  const label = o.channels.find((c) => c.id === o.channel)?.label ?? o.channel;
  return html`<div class="settings" part="settings">
    <p class="default-channel">${t.formDefaultChannel(label)}</p>
    <details
      ?open=${o.open}
      @toggle=${(e: Event) => o.onToggle((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>${t.formSettings}</summary>
      <p class="ido-hint" id="settings-channel-hint">${t.formSettingsChannelHint}</p>
      ${renderChoices(
        'default-channel',
        t.formSettingsChannel,
        o.channels,
        o.channel,
        (value) => o.onChannel(value as Channel),
        'settings-channel-hint',
      )}
    </details>
  </div>`;
}
