/// <reference types="mocha" />
// <ido-locator>'s outreach sessions (issue 21): the short list of sessions of the coming 7 days
// near the search, under the results.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { addDays, civilDate, type OutreachSessionInput } from '@idokit/sdk';
import {
  createFakeClient,
  fixtureFeed,
  fixtureNow,
  fixtureOutreachFeed,
  fixtureOutreachSessions,
} from '@idokit/sdk/testing';
import {
  expectAccessible,
  fixtureWithClient,
  idoServer,
  settled,
  tab,
} from '../../testing/index.js';
import { loadLanguage } from '../../localization/registry.js';
import { defineIdoLocator, type IdoLocator } from './ido-locator.js';
import { routeUrl } from './route-links.js';

defineIdoLocator();

const $ = (el: IdoLocator, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: IdoLocator, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const sessionNames = (el: IdoLocator) => $$(el, '[part="outreach"] .name').map(text);

/** Today at fixtureNow (Wednesday 18 November 2026): kroon tomorrow, markt-zwolle Friday. */
const TODAY = civilDate(fixtureNow, 'Europe/Amsterdam');

async function locator(feed = fixtureOutreachFeed(TODAY), lang?: string) {
  const client = createFakeClient({ feed, now: () => fixtureNow });
  const el = await fixtureWithClient<IdoLocator>(html`<ido-locator></ido-locator>`, {
    client,
    now: fixtureNow,
    lang,
  });
  await settled(el);
  return { el, client };
}

async function searchFor(el: IdoLocator, query: string) {
  el.search(query);
  await settled(el);
  await waitUntil(
    () => el.shadowRoot!.querySelector('[part="outreach"]') || !el.matches(':state(loading)'),
  );
  await settled(el);
}

describe('<ido-locator> outreach sessions', () => {
  it('lists the sessions of the coming 7 days near the search under the results, with day, times, address and route links', async () => {
    const { el, client } = await locator();
    await searchFor(el, '3511 AB');
    const section = $(el, '[part="outreach"]')!;
    expect(section, 'the outreach list').to.not.equal(null);
    // After the results, in reading order.
    const list = $(el, '[part="list"]')!;
    expect(
      list.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.be.greaterThan(0);
    expect(text(section.querySelector('h3'))).to.equal('IDO buiten de bibliotheek deze week');
    // Kanaleneiland's health centre is in 8 days, Zwolle's market too far: only De Kroon.
    expect(sessionNames(el)).to.deep.equal(['Buurthuis De Kroon']);
    const item = section.querySelector('li')!;
    expect(text(item.querySelector('.when'))).to.match(
      /^donderdag 19 november van 10:00 tot 12:00$/,
    );
    expect(item.querySelector<HTMLElement>('.address')!.innerText).to.equal(
      'Kerkstraat 1\n3512 AA Utrecht',
    );
    expect(text(item.querySelector('.description'))).to.equal(
      'Vragen over toeslagen of een brief van de overheid? Loop gerust binnen.',
    );
    expect(text(item.querySelector('.distance'))).to.match(/^Afstand: 0,[3-6] km$/);
    const kroon = fixtureOutreachSessions(TODAY)[0]!;
    expect([...item.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      routeUrl(kroon.geo, 'transit'),
      routeUrl(kroon.geo, 'walking'),
      routeUrl(kroon.geo, 'cycling'),
    ]);
    expect(text(item.querySelector('a'))).to.equal('Openbaar vervoer (Buurthuis De Kroon)');
    const asked = client.calls.filter((c) => c.method === 'outreachSessions').at(-1)!.args[0];
    expect(asked).to.deep.equal({ from: TODAY, through: addDays(TODAY, 6) });
    await expectAccessible(el);
  });

  it('finds the sessions near another search, and none when the week has none nearby', async () => {
    const { el } = await locator();
    await searchFor(el, 'Zwolle');
    expect(sessionNames(el)).to.deep.equal(['Weekmarkt Zwolle']);
    // A week later De Kroon and the market have passed; the health centre is tomorrow.
    const later = await locator(fixtureOutreachFeed(addDays(TODAY, -7)));
    await searchFor(later.el, 'Amsterdam');
    expect($(later.el, '[part="outreach"]')).to.equal(null);
  });

  it('shows nothing when the data has no outreach sessions', async () => {
    const { el } = await locator(fixtureFeed);
    await searchFor(el, '3511 AB');
    expect($$(el, '.item').length).to.be.greaterThan(0);
    expect($(el, '[part="outreach"]')).to.equal(null);
  });

  it('is reached by keyboard after the results, and fits 320 px', async () => {
    const { el } = await locator();
    el.style.inlineSize = '320px';
    await searchFor(el, '3511 AB');
    const base = $(el, '.base')!;
    expect(base.scrollWidth).to.be.at.most(320);
    const links = $$(el, '[part="outreach"] a');
    for (const link of links) {
      const box = link.getBoundingClientRect();
      expect(box.height, text(link)).to.be.at.least(44);
      expect(box.right).to.be.at.most(base.getBoundingClientRect().right + 0.5);
    }
    // Tab from the last result's button lands on the first route link of the session.
    const selects = $$(el, '.list .select');
    selects.at(-1)!.focus();
    await tab();
    expect(el.shadowRoot!.activeElement).to.equal(links[0]);
  });

  it('speaks English and Arabic (right to left)', async () => {
    const { el } = await locator(undefined, 'en');
    await searchFor(el, '3511 AB');
    expect(text($(el, '[part="outreach"] h3'))).to.equal('IDO outside the library this week');
    expect(text($(el, '[part="outreach"] .when'))).to.match(/^Thursday 19 November/);
    await loadLanguage('ar');
    const ar = await locator(undefined, 'ar');
    await waitUntil(() => ar.el.language === 'ar', 'Arabic never arrived');
    await searchFor(ar.el, '3511 AB');
    await waitUntil(() => sessionNames(ar.el).length === 1);
    expect(text($(ar.el, '[part="outreach"] h3'))).to.equal(
      'نقطة المعلومات خارج المكتبة هذا الأسبوع',
    );
    await expectAccessible(ar.el);
  });

  it('shows a session a coordinator adds on the real server, at once', async function () {
    this.timeout(300_000); // the test server (PGlite) starts on first use
    const api = await idoServer.url();
    const today = civilDate(new Date(), 'Europe/Amsterdam');
    const session: OutreachSessionInput = {
      ...fixtureOutreachSessions(today)[0]!,
      id: 'locator-test-kroon',
      name: 'Wijkcentrum Locatortest',
      date: addDays(today, 2),
    };
    const el = await fixture<IdoLocator>(html`<ido-locator api=${api}></ido-locator>`);
    try {
      el.search('3511 AB');
      await waitUntil(() => $$(el, '.item').length > 0, 'results', { timeout: 60_000 });
      expect(sessionNames(el)).to.not.include('Wijkcentrum Locatortest');
      await idoServer.outreachSession(session);
      // The catalog reloads within a second; the same search again asks again.
      await waitUntil(
        async () => {
          el.search('3511 AB');
          await settled(el);
          return sessionNames(el).includes('Wijkcentrum Locatortest');
        },
        'the new session',
        { timeout: 10_000, interval: 500 },
      );
      await expectAccessible(el);
    } finally {
      await idoServer.removeOutreachSession('locator-test-kroon');
    }
  });
});
