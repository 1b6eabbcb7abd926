/// <reference types="mocha" />
// <ido-opening-hours>'s outreach sessions (issue 21): "Deze week ook: …" under the week table.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { addDays, civilDate, weekOf, type OutreachSessionInput } from '@idokit/sdk';
import {
  createFakeClient,
  fixtureFeed,
  fixtureNow,
  fixtureOutreachFeed,
  fixtureOutreachSessions,
} from '@idokit/sdk/testing';
import { loadLanguage } from '../../localization/registry.js';
import {
  expectAccessible,
  fixtureWithClient,
  idoServer,
  seenText,
  settled,
} from '../../testing/index.js';
import { defineIdoOpeningHours, type IdoOpeningHours } from './ido-opening-hours.js';

defineIdoOpeningHours();

/** Wednesday 18 November 2026: De Kroon (Utrecht Centrum) is tomorrow, the health centre next week. */
const TODAY = civilDate(fixtureNow, 'Europe/Amsterdam');
const clean = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: IdoOpeningHours) => el.shadowRoot!.querySelector('[part="outreach"]');

async function card(
  locationId: string,
  options: { now?: Date; lang?: string; feed?: typeof fixtureFeed } = {},
) {
  const now = options.now ?? fixtureNow;
  const client = createFakeClient({
    feed: options.feed ?? fixtureOutreachFeed(TODAY),
    now: () => now,
  });
  const el = await fixtureWithClient<IdoOpeningHours>(
    html`<ido-opening-hours location=${locationId}></ido-opening-hours>`,
    { client, now, lang: options.lang },
  );
  await settled(el);
  await waitUntil(() => client.calls.some((c) => c.method === 'outreachSessions'));
  await settled(el);
  return { el, client };
}

describe('<ido-opening-hours> outreach sessions', () => {
  it('lists the location’s sessions of the week shown under the week table', async () => {
    const { el, client } = await card('ido-utrecht-centrum');
    const box = part(el)!;
    expect(box, 'the outreach part').to.not.equal(null);
    expect(seenText(box)).to.equal(
      'Deze week ook: Donderdag 19 november 10:00 – 12:00 in Buurthuis De Kroon, Kerkstraat 1, Utrecht Vragen over toeslagen of een brief van de overheid? Loop gerust binnen.',
    );
    // A screen reader hears the times as words, and the list is named by its title.
    expect(clean(box.querySelector('li'))).to.include('van 10:00 tot 12:00');
    const list = box.querySelector('ul')!;
    expect(list.getAttribute('aria-labelledby')).to.equal('outreach-title');
    expect(box.querySelector('time')!.getAttribute('datetime')).to.equal(addDays(TODAY, 1));
    // After the week tables.
    const tables = el.shadowRoot!.querySelector('.weeks')!;
    expect(
      tables.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.be.greaterThan(0);
    const asked = client.calls.find((c) => c.method === 'outreachSessions')!.args[0];
    expect(asked).to.deep.equal({ ...weekOf(TODAY), locationId: 'ido-utrecht-centrum' });
    await expectAccessible(el);
  });

  it('shows nothing for a location without sessions that week, and the next week’s when it shows that week', async () => {
    const { el } = await card('ido-utrecht-kanaleneiland');
    expect(part(el)).to.equal(null);
    const nextWeek = new Date(fixtureNow.getTime() + 7 * 86_400_000);
    const later = await card('ido-utrecht-kanaleneiland', { now: nextWeek });
    expect(clean(part(later.el))).to.include(
      'Gezondheidscentrum Kanaleneiland, Voorbeeldlaan 20, Utrecht',
    );
    const none = await card('ido-utrecht-centrum', { feed: fixtureFeed });
    expect(part(none.el)).to.equal(null);
  });

  it('speaks English, and Arabic with the Dutch place isolated', async () => {
    const { el } = await card('ido-utrecht-centrum', { lang: 'en' });
    expect(seenText(part(el))).to.match(
      /^Also this week: Thursday 19 November 10:00 – 12:00 at Buurthuis De Kroon, Kerkstraat 1, Utrecht/,
    );
    await loadLanguage('ar');
    const ar = await card('ido-utrecht-centrum', { lang: 'ar' });
    await waitUntil(() => clean(part(ar.el)).startsWith('هذا الأسبوع أيضًا:'), 'Arabic');
    expect(clean(part(ar.el))).to.include('\u2066Buurthuis De Kroon\u2069');
    // The description is the data's own Dutch, marked so and left to right.
    const description = part(ar.el)!.querySelector('.outreach-description')!;
    expect([description.getAttribute('lang'), description.getAttribute('dir')]).to.deep.equal([
      'nl',
      'ltr',
    ]);
    await expectAccessible(ar.el);
  });

  it('adds the sessions to a server-rendered card once it runs, after a first render as the server’s', async () => {
    const client = createFakeClient({ feed: fixtureOutreachFeed(TODAY), now: () => fixtureNow });
    const provider = await fixture<HTMLElement>(
      html`<ido-provider .client=${client} .now=${fixtureNow}></ido-provider>`,
    );
    const utrecht = fixtureFeed.locations.find((l) => l.id === 'ido-utrecht-centrum')!;
    const seed = JSON.stringify({ location: utrecht, renderedAt: fixtureNow.toISOString() });
    const host = document.createElement('div');
    host.setHTMLUnsafe(
      `<ido-opening-hours location="ido-utrecht-centrum"><template shadowrootmode="open"><p>van de server</p></template><script type="application/json" data-ido-location>${seed}</script></ido-opening-hours>`,
    );
    const el = host.querySelector<IdoOpeningHours>('ido-opening-hours')!;
    let first: Element | null | undefined;
    void el.updateComplete.then(() => (first = part(el)));
    provider.append(host);
    await waitUntil(() => first !== undefined);
    expect(first, 'the first render is the server’s: no sessions yet').to.equal(null);
    await waitUntil(() => clean(part(el)).includes('Buurthuis De Kroon'), 'the session');
    expect(client.calls.filter((c) => c.method === 'getLocation')).to.deep.equal([]);
  });

  it('a location object alone asks for nothing', async () => {
    const client = createFakeClient({ feed: fixtureOutreachFeed(TODAY) });
    const utrecht = fixtureFeed.locations.find((l) => l.id === 'ido-utrecht-centrum')!;
    const el = await fixtureWithClient<IdoOpeningHours>(
      html`<ido-opening-hours .location=${utrecht}></ido-opening-hours>`,
      { client, now: fixtureNow },
    );
    await settled(el);
    expect(client.calls).to.deep.equal([]);
    expect(part(el)).to.equal(null);
  });

  it('fits 320 px', async () => {
    const { el } = await card('ido-utrecht-centrum');
    el.style.inlineSize = '320px';
    await el.updateComplete;
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    expect(base.scrollWidth).to.be.at.most(320);
  });

  it('shows a session a coordinator adds on the real server', async function () {
    this.timeout(300_000); // the test server (PGlite) starts on first use
    const api = await idoServer.url();
    const today = civilDate(new Date(), 'Europe/Amsterdam');
    const session: OutreachSessionInput = {
      ...fixtureOutreachSessions(today)[0]!,
      id: 'hours-test-buurthuis',
      locationId: 'ido-amsterdam-noord',
      name: 'Buurthuis Urenkaarttest',
      date: today,
    };
    const el = await fixture<IdoOpeningHours>(
      html`<ido-opening-hours api=${api} location="ido-amsterdam-noord"></ido-opening-hours>`,
    );
    try {
      await waitUntil(() => el.shadowRoot!.querySelector('table'), 'the card', { timeout: 60_000 });
      expect(clean(part(el))).to.not.include('Urenkaarttest');
      await idoServer.outreachSession(session);
      // A new card (as after a page load) asks again; the catalog reloads within a second.
      await waitUntil(
        async () => {
          const again = await fixture<IdoOpeningHours>(
            html`<ido-opening-hours api=${api} location="ido-amsterdam-noord"></ido-opening-hours>`,
          );
          await settled(again);
          await new Promise((resolve) => setTimeout(resolve, 300));
          return clean(part(again)).includes('Buurthuis Urenkaarttest');
        },
        'the new session',
        { timeout: 15_000, interval: 500 },
      );
    } finally {
      await idoServer.removeOutreachSession('hours-test-buurthuis');
    }
  });
});
