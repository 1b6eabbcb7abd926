/// <reference types="mocha" />
import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createIdoClient, IdoNetworkError, type Feed, type LocationQuery } from '@idokit/sdk';
import { createFakeClient, fixtureFeed, fixtureNow, type FakeIdoClient } from '@idokit/sdk/testing';
import type { IdoErrorEvent } from '../../events/ido-error.js';
import type { IdoLocationSelectEvent } from '../../events/ido-location-select.js';
import type { IdoSearchEvent } from '../../events/ido-search.js';
import {
  deepActiveElement,
  expectAccessible,
  expectFocusOn,
  fixtureWithClient,
  press,
  settled,
  tab,
  typeText,
} from '../../testing/index.js';
import { readDeepLink, writeDeepLink } from './deep-link.js';
import { defineIdoLocator, type IdoLocator } from './ido-locator.js';
import { routeUrl } from './route-links.js';

defineIdoLocator();

const $ = <T extends Element = HTMLElement>(el: IdoLocator, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: IdoLocator, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const status = (el: IdoLocator) => text($(el, '[role="status"]'));
const names = (el: IdoLocator) => $$(el, '.item .name').map(text);
const searches = (client: FakeIdoClient) =>
  client.calls.filter((c) => c.method === 'searchLocations').map((c) => c.args[0] as LocationQuery);
const button = (el: IdoLocator, label: string) =>
  $$<HTMLButtonElement>(el, 'button').find((b) => text(b)?.startsWith(label));

interface Setup {
  client?: FakeIdoClient;
  lang?: string;
}

async function locator(template = html`<ido-locator></ido-locator>`, setup: Setup = {}) {
  const client = setup.client ?? createFakeClient();
  const el = await fixtureWithClient<IdoLocator>(template, {
    client,
    now: fixtureNow,
    lang: setup.lang,
  });
  await settled(el);
  return { el, client };
}

async function searchFor(el: IdoLocator, query: string) {
  el.search(query);
  await settled(el);
}

/**
 * A Geolocation API that answers with `position`, or fails with a GeolocationPositionError `code`,
 * in a later task, or only once `later` resolves (a resident slow to allow, a slow fix).
 */
function fakeGeolocation(
  answer: { lat: number; lon: number } | { code: 1 | 2 | 3 },
  later?: Promise<void>,
): Geolocation {
  return {
    getCurrentPosition(success, failure) {
      void (later ?? Promise.resolve()).then(() =>
        setTimeout(() => {
          if ('code' in answer) {
            failure?.({
              code: answer.code,
              message: 'fake',
              PERMISSION_DENIED: 1,
              POSITION_UNAVAILABLE: 2,
              TIMEOUT: 3,
            } as GeolocationPositionError);
          } else {
            success({
              coords: { latitude: answer.lat, longitude: answer.lon, accuracy: 20 },
              timestamp: Date.now(),
            } as GeolocationPosition);
          }
        }),
      );
    },
    watchPosition: () => 0,
    clearWatch: () => {},
  };
}

const originalUrl = location.href;
afterEach(() => history.replaceState(null, '', originalUrl));

describe('<ido-locator>: results', () => {
  it('lists what the client finds, nearest first, with everything a resident needs', async () => {
    const { el, client } = await locator();
    expect($(el, '.list')).to.equal(null);
    await expectAccessible(el);
    await searchFor(el, '3511ab');

    expect(searches(client)[0]).to.include({ postcode: '3511 AB', radiusKm: 25, limit: 10 });
    expect(names(el)).to.deep.equal([
      'IDO Voorbeeldbibliotheek Utrecht Centrum',
      'IDO Voorbeeldbibliotheek Utrecht Kanaleneiland',
    ]);
    expect(status(el)).to.equal('2 Informatiepunten gevonden binnen 25 km van 3511 AB Utrecht.');
    expect(el.hasState('results')).to.equal(true);

    const [centrum, kanaleneiland] = $$(el, '.item');
    expect(text(centrum!.querySelector('.distance'))).to.equal('Afstand: 0,5 km');
    expect(centrum!.querySelector<HTMLElement>('.address')!.innerText).to.equal(
      'Voorbeeldplein 1\n3511 AB Utrecht',
    );
    // Wednesday 10:30: Centrum's IDO hours are Tue/Thu/Sat; Kanaleneiland's run until 12:30.
    expect(text(centrum!.querySelector('.hours'))).to.equal(
      'Spreekuur Informatiepunt: Gesloten · morgen open vanaf 14:00',
    );
    expect(text(kanaleneiland!.querySelector('.hours'))).to.equal(
      'Spreekuur Informatiepunt: Nu open · sluit om 12:30',
    );
    expect([...centrum!.querySelectorAll('.services li')].map(text)).to.include.members([
      'Binnenlopen zonder afspraak',
      'Hulp via de telefoon',
    ]);
    expect([...kanaleneiland!.querySelectorAll('.services li')].map(text)).to.include(
      'Op afspraak',
    );
    expect(text(centrum!.querySelector('.languages'))).to.equal(
      'Talen: Nederlands, Engels, Arabisch en Turks',
    );

    const links = [...centrum!.querySelectorAll<HTMLAnchorElement>('a[href]')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:+31301234567',
      'https://voorbeeldbibliotheek-utrecht.example/ido',
      routeUrl({ lat: 52.092, lon: 5.115 }, 'transit'),
      routeUrl({ lat: 52.092, lon: 5.115 }, 'walking'),
      routeUrl({ lat: 52.092, lon: 5.115 }, 'cycling'),
    ]);
    expect(text(links[0])).to.equal('Bel 030 123 45 67');
    expect(text(links[2])).to.equal('Openbaar vervoer (IDO Voorbeeldbibliotheek Utrecht Centrum)');
    expect(links[3]!.href).to.contain('travelmode=walking');
    expect(links[4]!.href).to.contain('travelmode=bicycling');
    await expectAccessible(el);
  });

  it('says when the hours are the library’s because the IDO has none of its own', async () => {
    const { el } = await locator();
    await searchFor(el, '8011');
    const stadshagen = $$(el, '.item').find((li) => text(li)!.includes('Stadshagen'))!;
    expect(text(stadshagen.querySelector('.hours'))).to.equal(
      'Bibliotheek (geen apart spreekuur): Nu open · sluit om 17:00',
    );
    expect(stadshagen.querySelector('.links')!.children).to.have.length(0);
  });

  it('accepts a place name and the postcode spellings residents use', async () => {
    const { el, client } = await locator();
    for (const typed of ['1234ab', '3511 AB', '3511-ab', '3511']) {
      expect(el.search(typed), typed).to.equal(true);
      await settled(el);
    }
    await searchFor(el, 'Zwolle');
    expect(searches(client).map((q) => q.postcode ?? q.place)).to.deep.equal([
      '1234 AB',
      '3511 AB',
      '3511 AB',
      '3511',
      'Zwolle',
    ]);
    expect(status(el)).to.equal('2 Informatiepunten gevonden binnen 25 km van Zwolle.');
  });

  it('fits 320 px without sideways scrolling, with targets of at least 44 px', async () => {
    const { el } = await locator();
    el.style.inlineSize = '320px';
    await searchFor(el, '3511 AB');
    const base = $(el, '.base')!;
    expect(base.scrollWidth).to.be.at.most(320);
    const targets = $$(el, 'button, a[href], input:not([type="checkbox"]), select, label.check');
    expect(targets.length).to.be.greaterThan(15);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.height, text(target)).to.be.at.least(44);
      expect(box.width, text(target)).to.be.at.least(44);
      expect(box.right, text(target)).to.be.at.most(base.getBoundingClientRect().right + 0.5);
    }
  });

  it('shows more results on request and puts focus on the first new one', async () => {
    const { el, client } = await locator(html`<ido-locator limit="1"></ido-locator>`);
    await searchFor(el, '3511 AB');
    expect(names(el)).to.have.length(1);
    expect(status(el)).to.equal(
      '2 Informatiepunten gevonden binnen 25 km van 3511 AB Utrecht. U ziet het dichtstbijzijnde.',
    );
    button(el, 'Toon meer')!.click();
    await settled(el);
    expect(searches(client).at(-1)).to.include({ limit: 2 });
    expect(names(el)).to.have.length(2);
    expect(button(el, 'Toon meer')).to.equal(undefined);
    expectFocusOn($$(el, '.select')[1]);
  });
});

describe('<ido-locator>: states', () => {
  it('shows and announces loading while the client is slow', async () => {
    const client = createFakeClient({ delayMs: 300 });
    const { el } = await locator(html`<ido-locator></ido-locator>`, { client });
    el.search('3511 AB');
    await el.updateComplete;
    expect(el.hasState('loading')).to.equal(true);
    expect(status(el)).to.equal('Zoeken…');
    await expectAccessible(el);
    await settled(el);
    expect(el.hasState('loading')).to.equal(false);
    expect(names(el)).to.have.length(2);
  });

  it('says nothing was found, offers a wider radius and the national help line', async () => {
    const client = createFakeClient({
      geocode: { Groningen: { lat: 53.2194, lon: 6.5665, label: 'Groningen', kind: 'place' } },
    });
    const { el } = await locator(html`<ido-locator radius="10"></ido-locator>`, { client });
    await searchFor(el, 'Groningen');
    expect(el.hasState('empty')).to.equal(true);
    expect(el.hasState('results')).to.equal(false);
    expect(status(el)).to.equal('Geen Informatiepunt gevonden binnen 10 km van Groningen.');
    const helpline = $<HTMLAnchorElement>(el, '.helpline a')!;
    expect(helpline.getAttribute('href')).to.equal('tel:+318000000');
    expect(text(helpline), 'who answers, then the number: no nested brackets').to.equal(
      'Informatiepunt Digitale Overheid: 0800 0000',
    );
    expect(
      client.calls.map((c) => c.method),
      'the help line comes with the empty result: no second request',
    ).to.not.include('getFeed');
    await expectAccessible(el);

    button(el, 'Zoek binnen 25 km')!.click();
    await settled(el);
    expect(searches(client).at(-1)).to.include({ radiusKm: 25 });
    expect(el.radius).to.equal(25);
    expectFocusOn($(el, '[role="status"]'), 'focus is not lost with the button');
  });

  it('offers to drop "open now" when that filter left nothing, and prefers its own help line', async () => {
    const { el } = await locator(
      html`<ido-locator open-now radius="5" helpline="0800 1234567"></ido-locator>`,
    );
    await searchFor(el, 'Zwolle');
    // Only Zwolle Centrum (IDO open) is within 5 km and open: remove it with a service filter.
    el.services = ['by-phone', 'walk-in', 'by-appointment'];
    await settled(el);
    expect(names(el)).to.deep.equal(['IDO Voorbeeldbibliotheek Zwolle Centrum']);
    el.now = new Date('2026-11-18T19:00:00Z');
    el.openNow = false;
    el.openNow = true;
    await settled(el);
    await waitUntil(() => el.hasState('empty'));
    expect(text($(el, '.empty'))).to.contain(
      'Misschien is er wel een in de buurt die nu gesloten is.',
    );
    await expectAccessible(el);
    expect($(el, '.helpline a')!.getAttribute('href')).to.equal('tel:+318001234567');
    button(el, 'Toon ook wat nu gesloten is')!.click();
    await settled(el);
    expect(el.openNow).to.equal(false);
    expect(names(el)).to.have.length(1);
  });

  it('shows a plain error and the help line, without a pointless retry, when the feed is not valid', async () => {
    const client = createIdoClient({
      feedUrl: 'https://bibliotheek.test/ido/feed.json',
      geocoder: null,
      retry: 0,
      fetch: async () =>
        new Response(JSON.stringify({ version: 1, locations: 'none' }), {
          headers: { 'content-type': 'application/json' },
        }),
    });
    const el = await fixtureWithClient<IdoLocator>(
      html`<ido-locator helpline="0800 1234567"></ido-locator>`,
      { client, now: fixtureNow },
    );
    const failure = oneEvent(document, 'ido-error') as Promise<IdoErrorEvent>;
    el.search('3511 AB');
    const event = await failure;
    await settled(el);
    expect(event.detail.message).to.equal('Deze informatie is nu niet beschikbaar.');
    expect(el.hasState('error')).to.equal(true);
    expect(text($(el, '[role="alert"]'))).to.equal('Deze informatie is nu niet beschikbaar.');
    expect($(el, '[role="alert"] button'), 'trying again cannot mend a broken feed').to.equal(null);
    expect(text($(el, '.helpline'))).to.equal('U kunt ook bellen voor hulp: 0800 1234567');
    expect($(el, '.list')).to.equal(null);
    await expectAccessible(el);
  });

  it('recovers when a failing search is retried', async () => {
    const fail = { searchLocations: new IdoNetworkError('https://ido.test/v1/locations') };
    const client = createFakeClient({ fail });
    const { el } = await locator(html`<ido-locator></ido-locator>`, { client });
    await searchFor(el, '3511 AB');
    expect(text($(el, '[role="alert"]'))).to.contain('Er is geen verbinding');
    await expectAccessible(el);
    delete (fail as Partial<typeof fail>).searchLocations;
    button(el, 'Probeer opnieuw')!.click();
    await settled(el);
    expect(el.hasState('error')).to.equal(false);
    expect(names(el)).to.have.length(2);
    expectFocusOn($(el, '[role="status"]'));
  });

  it('keeps focus on the retry button while retrying, on the new one when it fails again', async () => {
    const fail: { searchLocations?: Error } = {
      searchLocations: new IdoNetworkError('https://ido.test/v1/locations'),
    };
    const client = createFakeClient({ fail, delayMs: 100 });
    const { el } = await locator(html`<ido-locator></ido-locator>`, { client });
    const input = $<HTMLInputElement>(el, '#q')!;
    input.focus();
    await typeText('3511ab');
    await press('Enter');
    await settled(el);
    const first = button(el, 'Probeer opnieuw')!;
    first.focus();
    // A synchronous click, so the checks below run well within the client's 100 ms.
    first.click();
    await el.updateComplete;
    expect(status(el)).to.equal('Zoeken…');
    expectFocusOn(first, 'the pressed button stays, busy');
    expect(first.getAttribute('aria-busy')).to.equal('true');
    expect(first.getAttribute('aria-disabled')).to.equal('true');
    await expectAccessible(el);
    await settled(el);
    const second = button(el, 'Probeer opnieuw')!;
    expect(second !== first, 'a new box, announced again').to.equal(true);
    expect(second.hasAttribute('aria-busy')).to.equal(false);
    expectFocusOn(second, 'the new box’s button');

    delete fail.searchLocations;
    await press('Enter');
    await settled(el);
    expect(names(el)).to.have.length(2);
    expectFocusOn($(el, '[role="status"]'), 'the result line');

    input.focus();
    input.select();
    await typeText('Zwolle');
    await press('Enter');
    await settled(el);
    expect(status(el)).to.contain('van Zwolle');
    expectFocusOn(input, 'focus stays in the field');
  });

  it('keeps focus in the widget when "Toon meer" fails, then in the field for the next search', async () => {
    const fail: { searchLocations?: Error } = {};
    const client = createFakeClient({ fail });
    const { el } = await locator(html`<ido-locator limit="1"></ido-locator>`, { client });
    await searchFor(el, '3511 AB');
    fail.searchLocations = new IdoNetworkError('https://ido.test/v1/locations');
    button(el, 'Toon meer')!.focus();
    await press('Enter');
    await settled(el);
    expect($(el, '.list')).to.equal(null);
    expectFocusOn(button(el, 'Probeer opnieuw'), 'the retry button takes over');

    delete fail.searchLocations;
    const input = $<HTMLInputElement>(el, '#q')!;
    input.focus();
    input.select();
    await typeText('Zwolle');
    await press('Enter');
    await settled(el);
    expect(status(el)).to.contain('van Zwolle');
    expectFocusOn(input, 'no stale focus move away from the field');
  });
});

describe('<ido-locator>: input problems', () => {
  it('explains a malformed postcode at the field and sends nothing', async () => {
    const { el, client } = await locator();
    const input = $<HTMLInputElement>(el, '#q')!;
    input.focus();
    await typeText('0123 AB');
    await press('Enter');
    await el.updateComplete;
    const error = $(el, '#q-error')!;
    expect(text(error)).to.equal('Een postcode begint nooit met een 0. Kijk het eerste cijfer na.');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')!.split(' ')).to.include('q-error');
    expectFocusOn(input);
    expect(searches(client)).to.have.length(0);
    await expectAccessible(el);

    input.select();
    await typeText('3511 AB 12');
    await press('Enter');
    await el.updateComplete;
    expect(text($(el, '#q-error'))).to.equal(
      'Een postcode heeft alleen cijfers en letters, zoals 1234 AB. Laat het huisnummer weg.',
    );

    input.select();
    await typeText('3511AB');
    await press('Enter');
    await settled(el);
    expect($(el, '#q-error')).to.equal(null);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(names(el)).to.have.length(2);
  });

  it('says an unknown place was not found, at the field, without an ido-error', async () => {
    const { el } = await locator();
    let errors = 0;
    const count = () => (errors += 1);
    document.addEventListener('ido-error', count);
    await searchFor(el, 'Atlantis');
    document.removeEventListener('ido-error', count);
    expect(text($(el, '#q-error'))).to.equal(
      'We vinden “Atlantis” niet. Kijk de spelling na, of vul een postcode in.',
    );
    expect(errors).to.equal(0);
    expect(el.hasState('error')).to.equal(false);
    expect(status(el)).to.equal('');
    await expectAccessible(el);
  });

  it('reads the HTTP API’s problems the same way: unknown place, refused input, geocoder down', async () => {
    const problems: Record<string, { status: number; body: object }> = {
      Atlantis: {
        status: 404,
        body: {
          type: 'https://idokit.nl/problems/not-found',
          title: 'Not found',
          status: 404,
          reason: 'geocode-not-found',
        },
      },
      A: {
        status: 400,
        body: {
          type: 'https://idokit.nl/problems/validation',
          title: 'The request is not valid',
          status: 400,
          errors: [{ path: 'place', message: 'Too small' }],
        },
      },
      Zwolle: {
        status: 502,
        body: {
          type: 'https://idokit.nl/problems/upstream-unavailable',
          title: 'Unavailable',
          status: 502,
        },
      },
    };
    const client = createIdoClient({
      baseUrl: 'https://ido.test/',
      retry: 0,
      fetch: async (input) => {
        const place = new URL(
          input instanceof Request ? input.url : String(input),
        ).searchParams.get('place')!;
        const { status, body } = problems[place]!;
        return new Response(JSON.stringify(body), {
          status,
          headers: { 'content-type': 'application/problem+json' },
        });
      },
    });
    const el = await fixtureWithClient<IdoLocator>(html`<ido-locator></ido-locator>`, { client });
    await searchFor(el, 'Atlantis');
    expect(text($(el, '#q-error'))).to.equal(
      'We vinden “Atlantis” niet. Kijk de spelling na, of vul een postcode in.',
    );
    await searchFor(el, 'A');
    expect(text($(el, '#q-error'))).to.equal('Typ een langere plaatsnaam, of een postcode.');
    expect(el.hasState('error')).to.equal(false);
    await searchFor(el, 'Zwolle');
    expect($(el, '#q-error')).to.equal(null);
    expect(el.hasState('error')).to.equal(true);
    expect(text($(el, '[part="error"]'))).to.equal(
      'Zoeken op postcode of plaats lukt nu niet. Probeer het later opnieuw, of gebruik uw locatie. Probeer opnieuw',
    );
  });

  it('asks for input when the field is empty, and moves focus there from the button', async () => {
    const { el, client } = await locator();
    button(el, 'Zoeken')!.click();
    await el.updateComplete;
    await aTimeout(0);
    expect(text($(el, '#q-error'))).to.equal('Vul een postcode of woonplaats in.');
    expectFocusOn($(el, '#q'));
    expect(searches(client)).to.have.length(0);
  });
});

describe('<ido-locator>: my location', () => {
  it('explains what happens before asking, then searches near the rounded position', async () => {
    const client = createFakeClient();
    const { el } = await locator(html`<ido-locator></ido-locator>`, { client });
    const locate = button(el, 'Gebruik mijn locatie')!;
    expect(locate.getAttribute('aria-describedby')).to.equal('geo-info');
    expect(text($(el, '#geo-info'))).to.contain('Afgerond op ongeveer 100 meter');
    el.geolocation = fakeGeolocation({ lat: 52.0907123, lon: 5.1214987 });
    locate.click();
    await el.updateComplete;
    expect(status(el)).to.equal('Uw locatie wordt gezocht…');
    await waitUntil(() => searches(client).length === 1);
    await settled(el);
    expect(searches(client)[0]!.near).to.deep.equal({ lat: 52.091, lon: 5.121 });
    expect(status(el)).to.equal('2 Informatiepunten gevonden binnen 25 km van uw locatie.');
  });

  it('says plainly when the location is refused and offers the field instead', async () => {
    const { el, client } = await locator();
    el.geolocation = fakeGeolocation({ code: 1 });
    button(el, 'Gebruik mijn locatie')!.focus();
    await press('Enter');
    const input = $<HTMLInputElement>(el, '#q')!;
    await waitUntil(() => deepActiveElement() === input, 'focus never moved to the field');
    expect(text($(el, '#geo-error'))).to.equal(
      'Uw browser geeft uw locatie niet door. Misschien gaf u geen toestemming. Vul daarom uw postcode of woonplaats in.',
    );
    expect(input.getAttribute('aria-describedby')!.split(' ')).to.include('geo-error');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(searches(client)).to.have.length(0);
    await expectAccessible(el);

    el.geolocation = fakeGeolocation({ code: 2 });
    await el.locate();
    expect(text($(el, '#geo-error'))).to.equal(
      'Uw locatie is niet gevonden. Vul daarom uw postcode of woonplaats in.',
    );
    await searchFor(el, '3511 AB');
    expect($(el, '#geo-error')).to.equal(null);
  });

  it('says the position stays on the device with a static feed', async () => {
    const { el } = await locator(html`<ido-locator></ido-locator>`, {
      client: createFakeClient({ mode: 'feed' }),
    });
    expect(text($(el, '#geo-info'))).to.contain('Hij blijft op uw apparaat');
  });

  it('keeps a typed search when the position answers late', async () => {
    const { el, client } = await locator();
    let answer!: () => void;
    el.geolocation = fakeGeolocation(
      { lat: 52.09, lon: 5.12 },
      new Promise((resolve) => (answer = resolve)),
    );
    button(el, 'Gebruik mijn locatie')!.click();
    await el.updateComplete;
    expect(status(el)).to.equal('Uw locatie wordt gezocht…');
    const input = $<HTMLInputElement>(el, '#q')!;
    input.focus();
    await typeText('3511ab');
    await press('Enter');
    await settled(el);
    const found = '2 Informatiepunten gevonden binnen 25 km van 3511 AB Utrecht.';
    expect(status(el), 'the typed results are announced').to.equal(found);
    answer();
    await aTimeout(50);
    await settled(el);
    expect(input.value, 'the field keeps what was typed').to.equal('3511ab');
    expect(
      searches(client).map((q) => q.near),
      'no search near the late position',
    ).to.deep.equal([undefined]);
    expect(status(el)).to.equal(found);
    expectFocusOn(input, 'focus stays in the field');
  });
});

describe('<ido-locator>: keyboard and events', () => {
  it('works with the keyboard alone: type, Enter, Tab and arrows, Enter/Space to choose', async () => {
    const { el } = await locator();
    $<HTMLInputElement>(el, '#q')!.focus();
    await typeText('3511ab');
    await press('Enter');
    await settled(el);
    expect(status(el)).to.contain('2 Informatiepunten gevonden');
    expectFocusOn($(el, '#q'), 'focus stays in the field');

    // Tab from the field reaches the first result's links, then its choose button.
    const visited: Element[] = [];
    const [firstSelect, secondSelect] = $$<HTMLButtonElement>(el, '.select');
    for (let i = 0; i < 25 && deepActiveElement() !== firstSelect; i += 1) {
      await tab();
      visited.push(deepActiveElement()!);
    }
    expectFocusOn(firstSelect);
    expect(visited).to.include($(el, '.item a[href^="tel:"]'));

    await press('ArrowDown');
    expectFocusOn(secondSelect);
    const chosen = oneEvent(document, 'ido-location-select') as Promise<IdoLocationSelectEvent>;
    await press('Space');
    const event = await chosen;
    expect(event.detail.location.id).to.equal('ido-utrecht-kanaleneiland');
    await el.updateComplete;
    expect(secondSelect!.getAttribute('aria-pressed')).to.equal('true');
    expect($$(el, '.item')[1]!.getAttribute('aria-current')).to.equal('true');
    expect(el.selected).to.equal('ido-utrecht-kanaleneiland');
    expectFocusOn(secondSelect, 'focus stays on the button');

    await press('ArrowUp');
    const other = oneEvent(document, 'ido-location-select') as Promise<IdoLocationSelectEvent>;
    await press('Enter');
    expect((await other).detail.location.id).to.equal('ido-utrecht-centrum');
    await el.updateComplete;
    expect(secondSelect!.getAttribute('aria-pressed')).to.equal('false');
    expect($$(el, '.item[aria-current="true"]')).to.have.length(1);

    await press('Enter');
    await el.updateComplete;
    expect(el.selected, 'choosing again un-chooses').to.equal(undefined);
    await expectAccessible(el);
    expect(document.cookie, 'no cookies').to.equal('');
    expect(localStorage.length + sessionStorage.length, 'no storage').to.equal(0);
  });

  it('dispatches ido-search and ido-location-select that bubble out of the shadow root', async () => {
    const { el } = await locator();
    const searched = oneEvent(document, 'ido-search') as Promise<IdoSearchEvent>;
    el.search('3511 AB');
    const search = await searched;
    expect(search.bubbles && search.composed).to.equal(true);
    expect(search.detail).to.deep.equal({ query: '3511 AB', total: 2 });
    await settled(el);

    const selected = oneEvent(document, 'ido-location-select') as Promise<IdoLocationSelectEvent>;
    $<HTMLButtonElement>(el, '.select')!.click();
    const select = await selected;
    expect(select.bubbles && select.composed).to.equal(true);
    expect(select.target).to.equal(el);
    expect(select.detail.location).to.deep.equal(fixtureFeed.locations[0]);
  });
});

describe('<ido-locator>: language', () => {
  it('switches between Dutch and English with the lang of an ancestor', async () => {
    const { el } = await locator();
    await searchFor(el, '3511 AB');
    expect(text($(el, 'label[for="q"]'))).to.equal('Postcode of woonplaats');
    el.parentElement!.setAttribute('lang', 'en');
    await waitUntil(() => text($(el, 'label[for="q"]')) === 'Postcode or town');
    expect(status(el)).to.equal('2 Information Points found within 25 km of 3511 AB Utrecht.');
    expect(text($(el, '.item .hours'))).to.equal(
      'Information Point hours: Closed · opens tomorrow at 14:00',
    );
    expect(text($(el, '.item .languages'))).to.equal(
      'Languages: Dutch, English, Arabic, and Turkish',
    );
    expect(text($(el, '.item .distance'))).to.equal('Distance: 0.5 km');
    await expectAccessible(el);
    el.parentElement!.setAttribute('lang', 'nl');
    await waitUntil(() => status(el)?.startsWith('2 Informatiepunten'));
  });

  it('keeps field messages in step with the language', async () => {
    const { el } = await locator(html`<ido-locator></ido-locator>`, { lang: 'en' });
    el.search('0123');
    await el.updateComplete;
    expect(text($(el, '#q-error'))).to.equal(
      'A Dutch postcode never starts with 0. Check the first digit.',
    );
    el.parentElement!.setAttribute('lang', 'nl');
    await waitUntil(() => text($(el, '#q-error'))?.startsWith('Een postcode'));
  });
});

describe('<ido-locator>: filters', () => {
  it('sends each filter with the query and re-searches at once', async () => {
    const { el, client } = await locator();
    await searchFor(el, '3511 AB');

    $<HTMLInputElement>(el, '.filters input[type="checkbox"]')!.click();
    await settled(el);
    expect(searches(client).at(-1)).to.deep.include({ openNow: true, at: fixtureNow });
    expect(names(el)).to.deep.equal(['IDO Voorbeeldbibliotheek Utrecht Kanaleneiland']);
    expect(status(el)).to.equal('1 Informatiepunt gevonden binnen 25 km van 3511 AB Utrecht.');

    $<HTMLInputElement>(el, '.filters input[type="checkbox"]')!.click();
    const byPhone = $$<HTMLLabelElement>(el, '.filters label').find(
      (l) => text(l) === 'Hulp via de telefoon',
    )!;
    byPhone.click();
    await settled(el);
    expect(searches(client).at(-1)).to.deep.include({ services: ['by-phone'] });
    expect(searches(client).at(-1)!.openNow).to.equal(undefined);
    expect(names(el)).to.deep.equal(['IDO Voorbeeldbibliotheek Utrecht Centrum']);

    const radius = $<HTMLSelectElement>(el, '#radius')!;
    expect([...radius.options].map((o) => text(o))).to.deep.equal([
      'Binnen 5 km',
      'Binnen 10 km',
      'Binnen 25 km',
      'Binnen 50 km',
    ]);
    radius.value = '50';
    radius.dispatchEvent(new Event('change'));
    await settled(el);
    expect(searches(client).at(-1)).to.deep.include({ radiusKm: 50, services: ['by-phone'] });
    expect(status(el)).to.contain('binnen 50 km');
    await expectAccessible(el);
  });

  it('takes initial filters from attributes', async () => {
    const { el, client } = await locator(
      html`<ido-locator
        query="Zwolle"
        radius="5"
        services="by-appointment, nonsense"
      ></ido-locator>`,
    );
    expect(searches(client)[0]).to.deep.include({
      place: 'Zwolle',
      radiusKm: 5,
      services: ['by-appointment'],
    });
    expect(names(el)).to.deep.equal(['IDO Voorbeeldbibliotheek Zwolle Centrum']);
  });
});

describe('<ido-locator>: deep links', () => {
  it('searches at once for ?postcode= in the address, keeping the page’s other parameters', async () => {
    history.replaceState(null, '', '?thema=toeslagen&postcode=8011');
    const { el, client } = await locator();
    expect(searches(client)[0]).to.include({ postcode: '8011' });
    expect($<HTMLInputElement>(el, '#q')!.value).to.equal('8011');
    expect(names(el)).to.have.length(2);
    expect(location.search, 'reading does not rewrite').to.equal('?thema=toeslagen&postcode=8011');
  });

  it('reads ?plaats= and ?place=', async () => {
    history.replaceState(null, '', '?plaats=Zwolle');
    const first = await locator();
    expect(searches(first.client)[0]).to.include({ place: 'Zwolle' });
    history.replaceState(null, '', '?place=Amsterdam');
    const second = await locator();
    expect(searches(second.client)[0]).to.include({ place: 'Amsterdam' });
  });

  it('with deep-link, writes the search into the address without reloading', async () => {
    history.replaceState(null, '', '?thema=toeslagen#zoeken');
    const { el } = await locator(html`<ido-locator deep-link></ido-locator>`);
    await searchFor(el, '3511 ab');
    expect(location.search).to.equal('?thema=toeslagen&postcode=3511AB');
    expect(location.hash).to.equal('#zoeken');
    await searchFor(el, 'Den Bosch');
    expect(new URLSearchParams(location.search).get('plaats')).to.equal('Den Bosch');
    expect(new URLSearchParams(location.search).has('postcode')).to.equal(false);
    el.geolocation = fakeGeolocation({ lat: 52.09, lon: 5.12 });
    await el.locate();
    expect(location.search, 'a position is never written').to.equal('?thema=toeslagen');
  });

  it('without deep-link, leaves the address alone', async () => {
    const before = location.href;
    const { el } = await locator();
    await searchFor(el, '3511 AB');
    expect(location.href).to.equal(before);
  });

  it('reads and writes the parameters as letters print them', () => {
    expect(readDeepLink('?postcode=%201234ab')).to.deep.equal({ postcode: '1234ab' });
    expect(readDeepLink('?plaats=&place=Zwolle')).to.deep.equal({ place: 'Zwolle' });
    expect(readDeepLink('?thema=toeslagen')).to.equal(undefined);
    expect(writeDeepLink('https://x.test/p?place=a&b=1', { place: 'Zwolle' })).to.equal(
      'https://x.test/p?b=1&place=Zwolle',
    );
    expect(writeDeepLink('https://x.test/?postcode=1', { postcode: '3511 AB' })).to.equal(
      'https://x.test/?postcode=3511AB',
    );
  });
});

describe('<ido-locator>: hostile data', () => {
  it('renders markup as text and links nothing but https and tel', async () => {
    const payload = '<img src=x onerror="window.__idoPwned=1">';
    const [first, ...rest] = fixtureFeed.locations;
    const hostile: Feed = {
      ...fixtureFeed,
      locations: [
        {
          ...first!,
          name: `IDO ${payload}`,
          address: { ...first!.address, street: payload },
          contact: {
            phone: 'call me maybe',
            website: 'javascript:window.__idoPwned=2',
            appointmentUrl: ' JavaScript:window.__idoPwned=3',
            email: 'x@example.test',
          },
          languages: ['xx-hostile'],
        },
        ...rest,
      ],
    };
    const { el } = await locator(html`<ido-locator></ido-locator>`, {
      client: createFakeClient({ feed: hostile }),
    });
    await searchFor(el, '3511 AB');
    const item = $$(el, '.item')[0]!;
    expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
    expect(text(item.querySelector('.name'))).to.equal(`IDO ${payload}`);
    expect(text(item.querySelector('.address'))).to.contain(payload);
    expect(text(item.querySelector('.links'))).to.equal('Telefoon: call me maybe');
    for (const a of $$<HTMLAnchorElement>(el, 'a[href]')) {
      expect(['https:', 'tel:'], a.href).to.include(new URL(a.href).protocol);
    }
    expect(el.shadowRoot!.innerHTML.toLowerCase()).not.to.contain('href="javascript');
    expect((window as { __idoPwned?: number }).__idoPwned).to.equal(undefined);
    await expectAccessible(el);
  });
});

describe('<ido-locator>: a new search replaces the old answer', () => {
  it('clears the old error box when the next search is refused at the field', async () => {
    const fail = { searchLocations: new IdoNetworkError('https://ido.test/v1/locations') };
    const { el } = await locator(html`<ido-locator></ido-locator>`, {
      client: createFakeClient({ fail }),
    });
    await searchFor(el, '1234');
    expect($(el, '[part~="error"]'), 'the failed search').to.not.equal(null);
    el.search('');
    await settled(el);
    expect($(el, '#q-error')!.textContent!.trim()).to.equal('Vul een postcode of woonplaats in.');
    expect($(el, '[part~="error"]'), 'the old error box').to.equal(null);
    expect(el.hasState('error')).to.equal(false);
    await expectAccessible(el);
  });

  it('clears the old results and their status line when the next postcode is refused', async () => {
    const { el } = await locator();
    await searchFor(el, '8011');
    expect(names(el).length).to.be.greaterThan(0);
    expect(status(el)).to.match(/gevonden/);
    el.search('0123 AB');
    await settled(el);
    expect($(el, '#q-error')!.textContent!.trim()).to.match(/begint nooit met een 0/);
    expect(names(el), 'the old results').to.deep.equal([]);
    expect(status(el), 'the old status line').to.equal('');
    expect(el.hasState('results')).to.equal(false);
  });
});

describe('<ido-locator>: set from React 19 or Vue 3 (properties, not attributes)', () => {
  it('takes the strings the attributes take: radius, open-now, services, limit, heading-level', async () => {
    const { el, client } = await locator();
    const props = el as unknown as Record<string, unknown>;
    props.radius = '10';
    props.services = 'walk-in';
    props.limit = '1';
    props.headingLevel = '4';
    props.openNow = '';
    await searchFor(el, 'Zwolle');
    expect(el.radius).to.equal(10);
    expect(el.services).to.deep.equal(['walk-in']);
    expect(el.openNow).to.equal(true);
    expect(el.limit).to.equal(1);
    expect(searches(client).at(-1)).to.deep.include({
      radiusKm: 10,
      services: ['walk-in'],
      openNow: true,
      limit: 1,
    });
    expect(names(el)).to.deep.equal(['IDO Voorbeeldbibliotheek Zwolle Centrum']);
    expect($(el, '.item h4')).to.not.equal(null);
    expect(el.getAttribute('radius'), 'reflected like the attribute').to.equal('10');
  });
});

/** The fixture feed without its help line, and with what to bring and phone hours at Zwolle Centrum. */
function feedForIssue22(): Feed {
  const { helpline: _unused, ...rest } = fixtureFeed;
  return {
    ...rest,
    locations: fixtureFeed.locations.map((l) =>
      l.id === 'ido-zwolle-centrum'
        ? {
            ...l,
            bring: ['Uw DigiD-app of sms-code', 'De brief waar het om gaat'],
            hours: {
              ...l.hours,
              phone: {
                ...l.hours.library,
                weekly: [{ day: 'we', opens: '09:00', closes: '12:00' }],
              },
            },
          }
        : l,
    ),
  };
}

describe('<ido-locator>: what to bring, phone hours and the help line (issue 22)', () => {
  it('shows in a result what to bring and when the Informatiepunt answers the phone', async () => {
    const { el } = await locator(undefined, {
      client: createFakeClient({ feed: feedForIssue22() }),
    });
    await searchFor(el, 'Zwolle');
    const items = $$(el, '.item');
    const centrum = items.find((li) => text(li.querySelector('.name'))?.includes('Centrum'))!;
    expect(text(centrum.querySelector('.phone-hours'))).to.equal(
      'Telefonisch spreekuur: Nu open · sluit om 12:00',
    );
    const bring = centrum.querySelector('[part~="bring"]')!;
    expect(text(bring.querySelector('.bring-title'))).to.equal('Neem mee:');
    expect([...bring.querySelectorAll('li')].map(text)).to.deep.equal([
      'Uw DigiD-app of sms-code',
      'De brief waar het om gaat',
    ]);
    const other = items.find((li) => li !== centrum)!;
    expect(other.querySelector('.phone-hours'), 'no phone hours in the data').to.equal(null);
    expect(other.querySelector('[part~="bring"]'), 'nothing to bring').to.equal(null);
    await expectAccessible(el);
  });

  it('offers the DigiHulplijn when nothing is near and neither page nor data names a help line', async () => {
    const client = createFakeClient({
      feed: feedForIssue22(),
      geocode: { Groningen: { lat: 53.2194, lon: 6.5665, label: 'Groningen', kind: 'place' } },
    });
    const { el } = await locator(html`<ido-locator radius="10"></ido-locator>`, { client });
    await searchFor(el, 'Groningen');
    expect(el.hasState('empty')).to.equal(true);
    const line = $(el, '[part~="helpline"]')!;
    expect(line.querySelector('a')!.getAttribute('href')).to.equal('tel:+318001508');
    expect(text(line.querySelector('a'))).to.equal('DigiHulplijn: 0800 1508');
    expect(text(line.querySelector('.helpline-hours'))).to.equal(
      '(van maandag tot vrijdag van 09:00 tot 17:00)',
    );
    await expectAccessible(el);
  });

  it('offers the DigiHulplijn when the search fails', async () => {
    const client = createIdoClient({
      feedUrl: 'https://bibliotheek.test/ido/feed.json',
      geocoder: null,
      retry: 0,
      fetch: async () =>
        new Response(JSON.stringify({ version: 1, locations: 'none' }), {
          headers: { 'content-type': 'application/json' },
        }),
    });
    const el = await fixtureWithClient<IdoLocator>(html`<ido-locator></ido-locator>`, {
      client,
      now: fixtureNow,
    });
    el.search('3511 AB');
    await waitUntil(() => el.hasState('error'));
    await settled(el);
    expect($(el, '[part~="helpline"] a')!.getAttribute('href')).to.equal('tel:+318001508');
    await expectAccessible(el);
  });
});
