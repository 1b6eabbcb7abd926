/// <reference types="mocha" />
// Runs in the wtr group `browser-time-zone`, whose Chromium has TZ=America/New_York: the times
// shown must be Amsterdam's, whatever the reader's computer is set to.
import { expect, html } from '@open-wc/testing';
import { expectAccessible, fixtureWithClient, settled } from '../../testing/index.js';
import { defineIdoOpeningHours, type IdoOpeningHours } from './ido-opening-hours.js';

defineIdoOpeningHours();

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<ido-opening-hours> in a browser set to another time zone', () => {
  it('runs in a browser whose zone is not Amsterdam (so the tests below mean something)', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(zone).to.not.equal('Europe/Amsterdam');
    expect(
      new Date('2026-11-18T23:30:00Z').getDate(),
      'the browser reads 18:30 on the 18th',
    ).to.equal(18);
  });

  it("shows Amsterdam's day and times, not the browser's", async () => {
    // 00:30 on Thursday 19 November in Amsterdam; 18:30 on Wednesday the 18th in New York.
    const el = await fixtureWithClient<IdoOpeningHours>(
      html`<ido-opening-hours location="ido-zwolle-centrum"></ido-opening-hours>`,
      { now: new Date('2026-11-18T23:30:00Z') },
    );
    await settled(el);
    const root = el.shadowRoot!;
    const statuses = [...root.querySelectorAll('[part~="status"]')].map(text);
    // Friday is "tomorrow" in Amsterdam, two days ahead in New York.
    expect(statuses).to.deep.equal([
      'Gesloten · morgen open vanaf 13:00',
      'Gesloten · opent om 10:00',
    ]);
    for (const today of root.querySelectorAll('tr[aria-current="date"] th')) {
      expect(text(today)).to.equal('Donderdag vandaag');
    }
    const library = root.querySelectorAll('table')[1]!;
    expect(
      [...library.querySelectorAll('tr')[3]!.querySelectorAll('time')].map((t) => t.textContent),
    ).to.deep.equal(['10:00', '17:30']);
    await expectAccessible(el);
  });

  it('dates holidays by the location, not by the browser', async () => {
    // 23:30 on Thursday 24 December in Amsterdam is still the 24th in New York, but one hour
    // later (00:30 on Christmas Day in Amsterdam) the holiday has begun there only.
    const el = await fixtureWithClient<IdoOpeningHours>(
      html`<ido-opening-hours location="ido-utrecht-centrum" show="library"></ido-opening-hours>`,
      { now: new Date('2026-12-24T23:30:00Z') },
    );
    await settled(el);
    const root = el.shadowRoot!;
    expect(text(root.querySelector('[part~="status"]'))).to.equal(
      'Vandaag gesloten (Eerste Kerstdag) · open op zondag vanaf 12:00',
    );
    expect(text(root.querySelector('[part="exceptions"] li time'))).to.equal('Vrijdag 25 december');
  });
});
