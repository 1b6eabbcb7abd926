/// <reference types="mocha" />
// Runs in the wtr group `browser-time-zone`, whose Chromium has TZ=America/New_York: a partner's
// status and week must be Amsterdam's, whatever the reader's computer is set to.
import { expect, html } from '@open-wc/testing';
import { fixtureWithClient, seenText, settled } from '../../testing/index.js';
import { defineIdoPartnerList, type IdoPartnerList } from './ido-partner-list.js';

defineIdoPartnerList();

const text = seenText;

describe('<ido-partner-list> in a browser set to another time zone', () => {
  it("shows a partner open or closed by Amsterdam's clock, not the browser's", async () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.not.equal('Europe/Amsterdam');
    // Tuesday 17 November 2026, 13:30 in Amsterdam; 07:30 the same morning in New York.
    const el = await fixtureWithClient<IdoPartnerList>(
      html`<ido-partner-list municipality="Zwolle"></ido-partner-list>`,
      { now: new Date('2026-11-17T12:30:00Z') },
    );
    await settled(el);
    const items = [...el.shadowRoot!.querySelectorAll('.item')];
    const humanitas = items.find((li) => text(li.querySelector('.name')).startsWith('Humanitas'))!;
    const wmo = items.find((li) => text(li.querySelector('.name')).startsWith('Wmo'))!;
    // Humanitas is open Tuesday and Thursday 13:00–16:00 in Amsterdam.
    expect(text(humanitas.querySelector('.ido-status'))).to.equal('Nu open · sluit om 16:00');
    expect(text(wmo.querySelector('.ido-status'))).to.equal('Nu open · sluit om 17:00');
    expect([...humanitas.querySelectorAll('.days li')].map(text)).to.deep.equal([
      'Dinsdag 13:00 – 16:00',
      'Donderdag 13:00 – 16:00',
    ]);
  });
});
