/// <reference types="mocha" />
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  FeedSchema,
  IdoNetworkError,
  IdoNotFoundError,
  IdoValidationError,
  type Feed,
  type Location,
} from '@idokit/sdk';
import { createFakeClient, fixtureFeed, fixtureNow } from '@idokit/sdk/testing';
import type { IdoErrorEvent } from '../../events/ido-error.js';
import { loadLanguage } from '../../localization/registry.js';
import {
  expectAccessible,
  expectFocusOn,
  fixtureWithClient,
  press,
  seenText,
  settled,
  tab,
} from '../../testing/index.js';
import { defineIdoOpeningHours, type IdoOpeningHours } from './ido-opening-hours.js';

defineIdoOpeningHours();

type Options = Parameters<typeof fixtureWithClient>[1];

/** Renders the element inside a provider with a fake client and waits for the data. */
async function render(template: ReturnType<typeof html>, options: Options = {}) {
  const el = await fixtureWithClient<IdoOpeningHours>(template, { now: fixtureNow, ...options });
  await settled(el);
  return el;
}

const $ = (el: IdoOpeningHours, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: IdoOpeningHours, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const clean = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** What a sighted reader sees (no visually hidden text; the drawn dash between times). */
const seen = seenText;
const statuses = (el: IdoOpeningHours) => $$(el, '[part~="status"]').map(seen);
const captions = (el: IdoOpeningHours) => $$(el, 'caption').map(clean);
/** A week table as [row header, cell] pairs, as seen. */
const rows = (table: Element) =>
  [...table.querySelectorAll('tbody tr')].map((tr) => [
    seen(tr.querySelector('th')),
    seen(tr.querySelector('td')),
  ]);
const jsonLdScripts = (el: Element) => [
  ...el.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]'),
];

let sampleFeed: Feed | undefined;
/** The repository's sample feed (86 locations), parsed like a real source would. */
async function sample(): Promise<Feed> {
  sampleFeed ??= FeedSchema.parse(
    await (await fetch('/packages/sdk/data/sample-feed.json')).json(),
  );
  return sampleFeed;
}

describe('<ido-opening-hours>: a location from the client', () => {
  it('shows status, today, the week and contact links for the IDO and the library', async () => {
    // Wednesday 18 November 2026, 10:30 in Zwolle: the IDO (we 10–12) and the library are open.
    const el = await render(
      html`<ido-opening-hours location="ido-zwolle-centrum"></ido-opening-hours>`,
    );

    expect(statuses(el)).to.deep.equal(['Nu open · sluit om 12:00', 'Nu open · sluit om 17:30']);
    expect(el.matches(':state(open)')).to.equal(true);
    expect(el.matches(':state(closed)')).to.equal(false);
    expect($$(el, '.today-label').map(clean)).to.deep.equal([
      'Informatiepunt Digitale Overheid',
      'Bibliotheek',
    ]);
    expect($$(el, '.today-value').map((d) => seen(d).split(' Vandaag: ')[1])).to.deep.equal([
      '10:00 – 12:00',
      '10:00 – 17:30',
    ]);

    expect(captions(el)).to.deep.equal([
      'Informatiepunt Digitale Overheid deze week',
      'Bibliotheek deze week',
    ]);
    const [ido, library] = $$(el, 'table');
    expect(rows(library!)).to.deep.equal([
      ['Maandag', '13:00 – 17:30'],
      ['Dinsdag', '10:00 – 17:30'],
      ['Woensdag vandaag', '10:00 – 17:30'],
      ['Donderdag', '10:00 – 17:30'],
      ['Vrijdag', '10:00 – 17:30'],
      ['Zaterdag', '10:00 – 17:30'],
      ['Zondag', 'gesloten'],
    ]);
    expect(rows(ido!).map((r) => r[1])).to.deep.equal([
      'gesloten',
      'gesloten',
      '10:00 – 12:00',
      'gesloten',
      '13:00 – 16:00',
      'gesloten',
      'gesloten',
    ]);
    for (const table of [ido!, library!]) {
      expect(
        [...table.querySelectorAll<HTMLTableCellElement>('tbody th')].every(
          (th) => th.scope === 'row',
        ),
      ).to.equal(true);
      const current = table.querySelectorAll('tr[aria-current="date"]');
      expect(current.length).to.equal(1);
      expect(clean(current[0]!.querySelector('th'))).to.equal('Woensdag vandaag');
    }
    expect(
      [...library!.querySelectorAll('tr')[0]!.querySelectorAll('time')].map((t) => t.dateTime),
    ).to.deep.equal(['13:00', '17:30']);
    // The eye sees a dash; screen readers and copied text get a sentence, never "– tot".
    expect(seen(library!.querySelector('td'))).to.equal('13:00 – 17:30');
    expect(clean(library!.querySelector('td'))).to.equal('van 13:00 tot 17:30');

    const links = $$(el, '[part="contact"] a') as HTMLAnchorElement[];
    expect(links.map((a) => [a.textContent!.trim(), a.getAttribute('href')])).to.deep.equal([
      ['Bel 038 123 45 67', 'tel:+31381234567'],
      ['Website van de bibliotheek', 'https://voorbeeldbibliotheek-zwolle.example/ido'],
      ['Maak een afspraak', 'https://voorbeeldbibliotheek-zwolle.example/ido/afspraak'],
    ]);
    expect($(el, '[part="exceptions"]')).to.equal(null);
    await expectAccessible(el);
  });

  it('marks today visibly, not by colour alone', async () => {
    const el = await render(
      html`<ido-opening-hours location="ido-zwolle-centrum"></ido-opening-hours>`,
    );
    const today = $(el, 'tr[aria-current="date"]')!;
    const other = today.previousElementSibling!;
    expect(getComputedStyle(today.querySelector('th')!).fontWeight).to.equal('700');
    expect(getComputedStyle(other.querySelector('th')!).fontWeight).to.equal('400');
    expect(getComputedStyle(today).backgroundColor).to.not.equal(
      getComputedStyle(other).backgroundColor,
    );
    expect(seen(today.querySelector('.marker'))).to.equal('vandaag');
    expect(
      parseFloat(getComputedStyle(today.querySelector('th')!).borderInlineStartWidth),
    ).to.equal(4);
  });

  it('tells open from closed by words and by the shape beside them', async () => {
    // Wednesday 14:00: the library is open, the IDO (10–12) is closed.
    const el = await render(
      html`<ido-opening-hours location="ido-zwolle-centrum"></ido-opening-hours>`,
      {
        now: new Date('2026-11-18T13:00:00Z'),
      },
    );
    expect(statuses(el)).to.deep.equal([
      'Gesloten · open op vrijdag vanaf 13:00',
      'Nu open · sluit om 17:30',
    ]);
    expect(el.matches(':state(closed)')).to.equal(true);
    const [closed, open] = $$(el, '.shape').map((s) => getComputedStyle(s));
    // A ring for closed, a filled disc for open: the same in greyscale and forced colours.
    expect(parseFloat(closed!.borderTopWidth)).to.be.below(parseFloat(open!.borderTopWidth));
    expect(parseFloat(open!.borderTopWidth) * 2).to.be.at.least(parseFloat(open!.width) - 0.5);
    await expectAccessible(el);
  });

  it('shows a loading message first, then the hours', async () => {
    const el = await fixtureWithClient<IdoOpeningHours>(
      html`<ido-opening-hours location="ido-zwolle-centrum"></ido-opening-hours>`,
      { client: createFakeClient({ delayMs: 400 }), now: fixtureNow },
    );
    expect(el.matches(':state(loading)')).to.equal(true);
    expect(clean($(el, '[role="status"]'))).to.equal('Bezig met laden…');
    expect($(el, 'table')).to.equal(null);
    await expectAccessible(el);
    await settled(el);
    expect(el.matches(':state(loading)')).to.equal(false);
    expect($$(el, 'table').length).to.equal(2);
  });

  it('shows an error with a retry button when the source fails, and reports it', async () => {
    const client = createFakeClient({
      fail: { getLocation: new IdoNetworkError('https://ido.example/v1/locations/x') },
    });
    const reported = oneEvent(document, 'ido-error') as Promise<IdoErrorEvent>;
    const el = await fixtureWithClient<IdoOpeningHours>(
      html`<ido-opening-hours location="ido-zwolle-centrum"></ido-opening-hours>`,
      { client, now: fixtureNow },
    );
    const event = await reported;
    await settled(el);
    expect(event.detail.error).to.be.instanceOf(IdoNetworkError);
    expect(clean($(el, '[role="alert"] span'))).to.equal(
      'Er is geen verbinding. Controleer uw internet en probeer het opnieuw.',
    );
    expect(el.matches(':state(error)')).to.equal(true);
    await expectAccessible(el);
    const before = client.calls.length;
    ($(el, '[role="alert"] button') as HTMLButtonElement).click();
    await waitUntil(() => client.calls.length === before + 1, 'retry made no new request');
  });

  it('keeps focus on the retry button while retrying, then moves it to the hours', async () => {
    const fail: { getLocation?: Error } = {
      getLocation: new IdoNetworkError('https://ido.example/v1/locations/x'),
    };
    const el = await render(
      html`<ido-opening-hours location="ido-zwolle-centrum"></ido-opening-hours>`,
      { client: createFakeClient({ fail, delayMs: 100 }) },
    );
    const first = $(el, '[role="alert"] button') as HTMLButtonElement;
    first.focus();
    // A synchronous click, so the checks below run well within the client's 100 ms.
    first.click();
    await el.updateComplete;
    expectFocusOn(first, 'the pressed button stays, busy');
    expect(first.getAttribute('aria-busy')).to.equal('true');
    expect(first.getAttribute('aria-disabled')).to.equal('true');
    expect(clean($(el, '[role="status"]'))).to.equal('Bezig met laden…');
    await expectAccessible(el);
    await settled(el);
    const second = $(el, '[role="alert"] button') as HTMLButtonElement;
    expect(second !== first, 'a new box, announced again').to.equal(true);
    expect(second.hasAttribute('aria-busy')).to.equal(false);
    expectFocusOn(second, 'the new box’s button');

    delete fail.getLocation;
    await press('Enter');
    await settled(el);
    expect($$(el, 'table')).to.have.length(2);
    expectFocusOn($(el, '[part~="base"]'), 'the hours take focus, not the page');
    await expectAccessible(el);
  });

  it('says the data is not valid when the feed is not a feed', async () => {
    const el = await fixture<IdoOpeningHours>(
      html`<ido-opening-hours
        feed="/packages/widgets/package.json"
        location="ido-zwolle-centrum"
        .now=${fixtureNow}
      ></ido-opening-hours>`,
    );
    const event = (await oneEvent(el, 'ido-error')) as IdoErrorEvent;
    await settled(el);
    expect(event.detail.error).to.be.instanceOf(IdoValidationError);
    expect(clean($(el, '[role="alert"] span'))).to.equal('Deze informatie is nu niet beschikbaar.');
    expect($(el, '[role="alert"] button'), 'trying again cannot mend a broken feed').to.equal(null);
    await expectAccessible(el);
  });

  it('says the location does not exist, without a pointless retry button', async () => {
    const el = await fixtureWithClient<IdoOpeningHours>(
      html`<ido-opening-hours location="ido-bestaat-niet"></ido-opening-hours>`,
      { now: fixtureNow },
    );
    const event = (await oneEvent(el, 'ido-error')) as IdoErrorEvent;
    await settled(el);
    expect(event.detail.error).to.be.instanceOf(IdoNotFoundError);
    expect(clean($(el, '[role="alert"]'))).to.equal(
      'Deze locatie bestaat niet (meer). Zoek de locatie opnieuw op.',
    );
    expect($(el, 'button')).to.equal(null);
    expect(el.matches(':state(error)')).to.equal(true);
    expect(jsonLdScripts(el)).to.have.length(0);
    await expectAccessible(el);
  });

  it('says so when no location is given, and reports it once', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    let events = 0;
    wrapper.addEventListener('ido-error', () => events++);
    const el = document.createElement('ido-opening-hours');
    wrapper.append(el);
    await el.updateComplete;
    expect(clean($(el, '[role="alert"]') as Element)).to.equal('Er is geen locatie gekozen.');
    el.requestUpdate();
    await el.updateComplete;
    expect(events).to.equal(1);
    await expectAccessible(el);
  });

  it('shows a location object as is, without a request or any client', async () => {
    const client = createFakeClient();
    const location = fixtureFeed.locations.find((l) => l.id === 'ido-amsterdam-noord')!;
    const provided = await render(
      html`<ido-opening-hours .location=${location}></ido-opening-hours>`,
      {
        client,
      },
    );
    expect(client.calls).to.deep.equal([]);
    expect(captions(provided)).to.have.length(2);
    const alone = await fixture<IdoOpeningHours>(
      html`<ido-opening-hours .location=${location} .now=${fixtureNow}></ido-opening-hours>`,
    );
    await alone.updateComplete;
    expect(alone.matches(':state(error)')).to.equal(false);
    expect(statuses(alone)).to.deep.equal([
      'Gesloten · morgen open vanaf 11:00',
      'Gesloten · opent om 11:00',
    ]);
  });
});

describe('<ido-opening-hours>: what to show', () => {
  it('compact: one status line and nothing else', async () => {
    const el = await render(
      html`<ido-opening-hours location="ido-zwolle-centrum" compact></ido-opening-hours>`,
    );
    const base = $(el, '[part~="base"]')!;
    expect(seen(base)).to.equal('Nu open · sluit om 12:00');
    expect(base.querySelector('[part~="status"]')).to.not.equal(null);
    expect($(el, 'table')).to.equal(null);
    expect(jsonLdScripts(el)).to.have.length(1);
    await expectAccessible(el);
  });

  it('show="library" and show="ido" show one schedule each', async () => {
    const library = await render(
      html`<ido-opening-hours location="ido-zwolle-centrum" show="library"></ido-opening-hours>`,
      { now: new Date('2026-11-18T13:00:00Z') },
    );
    expect(captions(library)).to.deep.equal(['Bibliotheek deze week']);
    expect(statuses(library)).to.deep.equal(['Nu open · sluit om 17:30']);
    expect(library.matches(':state(open)')).to.equal(true);
    const ido = await render(
      html`<ido-opening-hours location="ido-zwolle-centrum" show="ido"></ido-opening-hours>`,
      { now: new Date('2026-11-18T13:00:00Z') },
    );
    expect(captions(ido)).to.deep.equal(['Informatiepunt Digitale Overheid deze week']);
    expect(ido.matches(':state(closed)')).to.equal(true);
    await expectAccessible(ido);
  });

  it('lists several intervals on one day in time order', async () => {
    const el = await render(
      html`<ido-opening-hours location="ido-utrecht-centrum" show="ido"></ido-opening-hours>`,
    );
    expect(rows($(el, 'table')!)[3]).to.deep.equal(['Donderdag', '14:00 – 16:00, 18:00 – 20:00']);
    expect(clean($(el, 'tbody tr:nth-child(4) td'))).to.equal(
      'van 14:00 tot 16:00, van 18:00 tot 20:00',
    );
  });

  it('explains that the IDO keeps the library hours when it has none of its own', async () => {
    const el = await render(
      html`<ido-opening-hours location="ido-zwolle-stadshagen"></ido-opening-hours>`,
    );
    expect(captions(el)).to.deep.equal(['Bibliotheek deze week']);
    expect(clean($(el, '.note'))).to.equal(
      'Het Informatiepunt helpt u zolang de bibliotheek open is.',
    );
    // No phone or website: no empty contact list.
    expect($(el, '[part="contact"]')).to.equal(null);
    await expectAccessible(el);
  });

  it('follows a language switch on an ancestor', async () => {
    const el = await render(
      html`<ido-opening-hours location="ido-zwolle-centrum"></ido-opening-hours>`,
      {
        lang: 'nl',
      },
    );
    expect(statuses(el)[0]).to.equal('Nu open · sluit om 12:00');
    el.parentElement!.setAttribute('lang', 'en');
    await waitUntil(() => statuses(el)[0] === 'Open · closes at 12:00', 'still Dutch');
    expect(captions(el)).to.deep.equal([
      'Digital Government Information Point this week',
      'Library this week',
    ]);
    expect(clean($(el, 'tr[aria-current="date"] th'))).to.equal('Wednesday today');
    expect($(el, 'section')!.getAttribute('aria-label')).to.equal(
      'Opening hours IDO Voorbeeldbibliotheek Zwolle Centrum',
    );
    el.parentElement!.setAttribute('lang', 'nl');
    await waitUntil(() => statuses(el)[0] === 'Nu open · sluit om 12:00', 'still English');
    await expectAccessible(el);
  });
});

describe('<ido-opening-hours>: holidays, exceptions and DST', () => {
  it('Koningsdag 2027 in the sample feed: the library opens by exception, the IDO is closed', async () => {
    const client = createFakeClient({ feed: await sample() });
    // Tuesday 27 April 2027, 11:30 in Zwolle.
    const now = new Date('2027-04-27T09:30:00Z');
    const el = await render(
      html`<ido-opening-hours location="ido-zwolle-centrum"></ido-opening-hours>`,
      {
        client,
        now,
      },
    );
    expect(statuses(el)).to.deep.equal([
      'Vandaag gesloten (Koningsdag) · open op maandag vanaf 14:00',
      'Nu open · sluit om 14:00',
    ]);
    const [ido, library] = $$(el, 'table');
    expect(rows(library!)[1]).to.deep.equal(['Dinsdag vandaag', '10:00 – 14:00 Koningsdag: open']);
    expect(rows(ido!)[1]).to.deep.equal(['Dinsdag vandaag', 'gesloten Koningsdag']);
    const changes = $$(el, '[part="exceptions"] li').map(seen);
    expect(changes).to.deep.equal([
      'Dinsdag 27 april Informatiepunt Digitale Overheid: gesloten Koningsdag Bibliotheek: 10:00 – 14:00 Koningsdag: open',
      'Donderdag 6 mei Bibliotheek: gesloten Hemelvaartsdag',
    ]);
    expect(clean($(el, '[part="exceptions"] .changes-title'))).to.equal(
      'Andere openingstijden in de komende 2 weken',
    );
    await expectAccessible(el);

    el.parentElement!.setAttribute('lang', 'en');
    await waitUntil(() => statuses(el)[0]!.startsWith('Closed today'), 'still Dutch');
    expect(statuses(el)[0]).to.equal("Closed today (King's Day) · opens on Monday at 14:00");
    expect($$(el, '[part="exceptions"] li').map(seen)[1]).to.equal(
      'Thursday 6 May Library: closed Ascension Day',
    );
  });

  it('reads a time range as one sentence in every shipped language, and draws the dash unread', async () => {
    const spoken = {
      nl: 'van 14:00 tot 16:00, van 18:00 tot 20:00',
      en: '14:00 to 16:00, 18:00 to 20:00',
      ar: 'من 14:00 حتى 16:00, من 18:00 حتى 20:00',
      tr: '14:00 ile 16:00 arası, 18:00 ile 20:00 arası',
      pl: 'od 14:00 do 16:00, od 18:00 do 20:00',
      uk: 'з 14:00 до 16:00, з 18:00 до 20:00',
    };
    for (const [lang, sentence] of Object.entries(spoken)) {
      await loadLanguage(lang);
      const el = await render(
        html`<ido-opening-hours location="ido-utrecht-centrum" show="ido"></ido-opening-hours>`,
        { lang },
      );
      expect(el.language).to.equal(lang);
      const cell = $(el, 'tbody tr:nth-child(4) td')!;
      expect(clean(cell), lang).to.equal(sentence);
      expect(seen(cell), lang).to.equal('14:00 – 16:00, 18:00 – 20:00');
      const dash = cell.querySelector('.ido-range-dash')!;
      expect(dash.getBoundingClientRect().width, 'the dash is drawn').to.be.above(0);
      expect(getComputedStyle(dash, '::before').content).to.contain('–');
      const hidden = [...cell.querySelectorAll('.ido-visually-hidden')];
      expect(
        hidden.every((span) => span.getBoundingClientRect().width <= 1),
        'the words are for screen readers only',
      ).to.equal(true);
    }
  });

  it('reads a host phrase whole when it does not hold both times in order, the times still shown', async () => {
    const el = await render(
      html`<ido-opening-hours location="ido-utrecht-centrum" show="ido"></ido-opening-hours>`,
    );
    el.strings = { hoursRange: (opens, closes) => `tot ${closes}, vanaf ${opens}` };
    await el.updateComplete;
    const interval = $(el, 'tbody tr:nth-child(4) td .interval')!;
    expect(seen(interval)).to.equal('14:00 – 16:00,');
    const spoken = interval.querySelector('.ido-visually-hidden')!;
    expect(clean(spoken)).to.equal('tot 16:00, vanaf 14:00');
    expect(
      interval.querySelector('time')!.closest('[aria-hidden="true"]'),
      'times not read twice',
    ).to.not.equal(null);
    await expectAccessible(el);
  });

  it('Christmas in the fixture feed: closed with the next opening, and the notes of the library', async () => {
    const el = await render(
      html`<ido-opening-hours location="ido-utrecht-centrum" show="library"></ido-opening-hours>`,
      { now: new Date('2026-12-25T09:00:00Z') },
    );
    expect(statuses(el)).to.deep.equal([
      'Vandaag gesloten (Eerste Kerstdag) · open op zondag vanaf 12:00',
    ]);
    expect(el.matches(':state(closed)')).to.equal(true);
    expect(rows($(el, 'table')!)[3]).to.deep.equal([
      'Donderdag',
      '10:00 – 16:00 Kerstavond: tot 16:00 open',
    ]);
    expect($$(el, '[part="exceptions"] li').map(seen)).to.deep.equal([
      'Vrijdag 25 december gesloten Eerste Kerstdag',
      'Zaterdag 26 december gesloten Tweede Kerstdag',
      'Donderdag 31 december gesloten Oudejaarsdag: de hele dag gesloten',
      'Vrijdag 1 januari gesloten Nieuwjaarsdag',
    ]);
    expect($(el, '[part="exceptions"] time')!.getAttribute('datetime')).to.equal('2026-12-25');
    await expectAccessible(el);
  });

  it('names a change once when the IDO and the library change alike', async () => {
    const el = await render(
      html`<ido-opening-hours location="ido-utrecht-centrum"></ido-opening-hours>`,
      { now: new Date('2026-12-21T09:00:00Z') },
    );
    expect($$(el, '[part="exceptions"] li').map(seen)).to.deep.equal([
      'Donderdag 24 december Informatiepunt Digitale Overheid: 14:00 – 16:00 Kerstavond: alleen het middagspreekuur Bibliotheek: 10:00 – 16:00 Kerstavond: tot 16:00 open',
      // The IDO has no Friday hours: only the library changes.
      'Vrijdag 25 december Bibliotheek: gesloten Eerste Kerstdag',
      'Zaterdag 26 december gesloten Tweede Kerstdag',
      'Donderdag 31 december gesloten Oudejaarsdag: de hele dag gesloten',
      'Vrijdag 1 januari Bibliotheek: gesloten Nieuwjaarsdag',
    ]);
    const entry = $(el, '[part="exceptions"] li:nth-child(2) .change-entry')!;
    expect(getComputedStyle(entry, '::first-letter').textTransform).to.equal('uppercase');
    await expectAccessible(el);
  });

  it('keeps the right hours on the day clocks go back (2026-10-25)', async () => {
    // Utrecht Centrum opens at 12:00 on Sundays. 10:30Z is 11:30 in winter time (CET, +1).
    const closed = await render(
      html`<ido-opening-hours location="ido-utrecht-centrum" show="library"></ido-opening-hours>`,
      { now: new Date('2026-10-25T10:30:00Z') },
    );
    expect(statuses(closed)).to.deep.equal(['Gesloten · opent om 12:00']);
    const open = await render(
      html`<ido-opening-hours location="ido-utrecht-centrum" show="library"></ido-opening-hours>`,
      { now: new Date('2026-10-25T11:00:00Z') },
    );
    expect(statuses(open)).to.deep.equal(['Nu open · sluit om 17:00']);
    expect(clean($(open, 'tr[aria-current="date"] th'))).to.equal('Zondag vandaag');
  });

  it('keeps the right hours on the day clocks go forward (2026-03-29)', async () => {
    // 10:30Z is 12:30 in summer time (CEST, +2): open; in winter time it would still be closed.
    const el = await render(
      html`<ido-opening-hours location="ido-utrecht-centrum" show="library"></ido-opening-hours>`,
      { now: new Date('2026-03-29T10:30:00Z') },
    );
    expect(statuses(el)).to.deep.equal(['Nu open · sluit om 17:00']);
    const before = await render(
      html`<ido-opening-hours location="ido-utrecht-centrum" show="library"></ido-opening-hours>`,
      { now: new Date('2026-03-29T09:59:00Z') },
    );
    expect(statuses(before)).to.deep.equal(['Gesloten · opent om 12:00']);
  });
});

describe('<ido-opening-hours>: time passing', () => {
  it('turns to closed by itself at closing time, without polling', async () => {
    // A clock that runs with real time but reads 17:29:58 in Zwolle now: closing (17:30) is 2 s
    // away, room for a busy machine to mount the element first.
    const offset = new Date('2026-11-18T16:30:00Z').getTime() - 2000 - Date.now();
    const clock = () => new Date(Date.now() + offset);
    const el = await render(
      html`<ido-opening-hours location="ido-zwolle-centrum" show="library"></ido-opening-hours>`,
      { now: clock },
    );
    let renders = 0;
    const original = (el as unknown as { render(): unknown }).render;
    (el as unknown as { render(): unknown }).render = function (this: IdoOpeningHours) {
      renders++;
      return original.call(this);
    };
    expect(statuses(el)).to.deep.equal(['Nu open · sluit om 17:30']);
    await aTimeout(150);
    expect(renders, 'no re-render before the change').to.equal(0);
    await waitUntil(() => el.matches(':state(closed)'), 'never closed', { timeout: 8000 });
    expect(statuses(el)).to.deep.equal(['Gesloten · morgen open vanaf 10:00']);
    expect(renders).to.equal(1);
  });

  it('catches up when the page becomes visible after the computer slept past a change', async () => {
    let now = new Date('2026-11-18T16:00:00Z');
    const el = await render(
      html`<ido-opening-hours location="ido-zwolle-centrum" show="library"></ido-opening-hours>`,
      { now: () => now },
    );
    expect(el.matches(':state(open)')).to.equal(true);
    now = new Date('2026-11-18T17:00:00Z');
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => el.matches(':state(closed)'), 'still open');
    expect(statuses(el)).to.deep.equal(['Gesloten · morgen open vanaf 10:00']);
  });
});

describe('<ido-opening-hours>: schema.org JSON-LD', () => {
  it('puts one JSON-LD script in the light DOM, and keeps it in step', async () => {
    const el = await render(
      html`<ido-opening-hours location="ido-zwolle-centrum"></ido-opening-hours>`,
    );
    const [script, ...more] = jsonLdScripts(el);
    expect(more).to.have.length(0);
    const data = JSON.parse(script!.textContent!);
    expect(data['@type']).to.equal('Library');
    expect(data.name).to.equal('Voorbeeldbibliotheek Zwolle');
    expect(data.department.name).to.equal('IDO Voorbeeldbibliotheek Zwolle Centrum');
    expect(data.telephone).to.equal('038 123 45 67');

    el.locationId = 'ido-utrecht-centrum';
    await settled(el);
    const [replaced, ...extra] = jsonLdScripts(el);
    expect(extra).to.have.length(0);
    expect(JSON.parse(replaced!.textContent!).name).to.equal('Voorbeeldbibliotheek Utrecht');

    const parent = el.parentElement!;
    el.remove();
    expect(jsonLdScripts(el)).to.have.length(0);
    parent.append(el);
    await el.updateComplete;
    expect(jsonLdScripts(el)).to.have.length(1);

    el.noJsonLd = true;
    await el.updateComplete;
    expect(jsonLdScripts(el)).to.have.length(0);
    el.noJsonLd = false;
    await el.updateComplete;
    expect(JSON.parse(jsonLdScripts(el)[0]!.textContent!).name).to.equal(
      'Voorbeeldbibliotheek Utrecht',
    );
  });

  it('adds none with no-json-ld', async () => {
    const el = await render(
      html`<ido-opening-hours location="ido-zwolle-centrum" no-json-ld></ido-opening-hours>`,
    );
    expect($$(el, 'table').length).to.equal(2);
    expect(el.querySelectorAll('script')).to.have.length(0);
  });
});

describe('<ido-opening-hours>: hostile data', () => {
  it('renders markup in names and notes as text, and links nothing unsafe', async () => {
    const base = fixtureFeed.locations.find((l) => l.id === 'ido-utrecht-centrum')!;
    const attack = '<img src=x onerror="window.__idoPwned=1">';
    const hostile: Location = {
      ...base,
      name: `${attack}</script><script>window.__idoPwned=1</script>`,
      organisation: attack,
      contact: {
        phone: 'javascript:alert(1)',
        website: 'javascript:window.__idoPwned=1',
        appointmentUrl: ' JaVaScRiPt:window.__idoPwned=1',
      },
      hours: {
        ...base.hours,
        library: {
          ...base.hours.library,
          exceptions: [{ date: '2026-11-19', closed: true, note: attack }],
        },
      },
    };
    const el = await render(html`<ido-opening-hours .location=${hostile}></ido-opening-hours>`);
    await aTimeout(50);
    expect((window as { __idoPwned?: number }).__idoPwned).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect($(el, 'section')!.getAttribute('aria-label')).to.contain('<img src=x');
    expect(seen($(el, '[part="exceptions"]'))).to.contain(attack);
    // The only link is the help line's (the IDO is closed today): nothing from the data.
    expect(
      $$(el, 'a')
        .filter((a) => !a.closest('[part~="helpline"]'))
        .map((a) => a.getAttribute('href')),
    ).to.deep.equal([]);
    expect($(el, '[part="contact"]')).to.equal(null);

    const [script] = jsonLdScripts(el);
    expect(script!.textContent).to.not.contain('<');
    expect(JSON.parse(script!.textContent!).name).to.equal(attack);
    expect(el.querySelectorAll('img, script:not([type="application/ld+json"])')).to.have.length(0);
    await expectAccessible(el);
  });
});

describe('<ido-opening-hours>: keyboard and layout', () => {
  it('reaches every link with Tab, with a visible focus ring', async () => {
    const el = await render(
      html`<ido-opening-hours location="ido-zwolle-centrum"></ido-opening-hours>`,
    );
    const links = $$(el, 'a');
    expect(links).to.have.length(3);
    (document.activeElement as HTMLElement | null)?.blur();
    for (const link of links) {
      await tab();
      expectFocusOn(link);
      const style = getComputedStyle(link);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(link.getBoundingClientRect().height).to.be.at.least(44);
    }
  });

  it('stacks the tables in a narrow space and puts them side by side in a wide one', async () => {
    const el = await render(
      html`<ido-opening-hours location="ido-zwolle-centrum"></ido-opening-hours>`,
    );
    const base = $(el, '.base') as HTMLElement;
    for (const width of [320, 240]) {
      el.style.width = `${width}px`;
      await aTimeout(0);
      const [a, b] = $$(el, 'table').map((t) => t.getBoundingClientRect());
      expect(b!.top, `stacked at ${width}px`).to.be.at.least(a!.bottom);
      expect(base.scrollWidth, `no sideways scrolling at ${width}px`).to.be.at.most(
        base.clientWidth,
      );
      for (const table of $$(el, 'table')) expect(table.scrollWidth).to.be.at.most(width);
    }
    el.style.width = '800px';
    await aTimeout(0);
    const [a, b] = $$(el, 'table').map((t) => t.getBoundingClientRect());
    expect(b!.top).to.equal(a!.top);
    expect(b!.left).to.be.at.least(a!.right);
  });
});

describe('<ido-opening-hours>: set from React 19 or Vue 3 (properties, not attributes)', () => {
  it('takes a location id as the .location property, and the strings of show and compact', async () => {
    const el = await render(html`<ido-opening-hours></ido-opening-hours>`);
    const props = el as unknown as Record<string, unknown>;
    props.location = 'ido-zwolle-centrum';
    props.show = 'library';
    props.compact = '';
    props.now = '2026-11-18T09:30:00Z';
    await settled(el);
    expect(el.locationId).to.equal('ido-zwolle-centrum');
    expect(el.getAttribute('location')).to.equal('ido-zwolle-centrum');
    expect(el.compact).to.equal(true);
    expect(statuses(el)).to.deep.equal(['Nu open · sluit om 17:30']);
    expect(el.hasState('error')).to.equal(false);
  });
});

describe('<ido-opening-hours>: phone hours, what to bring and the help line (issue 22)', () => {
  /** Zwolle Centrum with phone hours on Wednesday morning and a list of what to bring. */
  function zwolle(): Location {
    const base = fixtureFeed.locations.find((l) => l.id === 'ido-zwolle-centrum')!;
    return {
      ...base,
      bring: ['Uw DigiD-app of sms-code', 'De brief waar het om gaat'],
      hours: {
        ...base.hours,
        phone: {
          ...base.hours.library,
          weekly: [{ day: 'we', opens: '09:00', closes: '12:00' }],
        },
      },
    };
  }

  it('shows when the Informatiepunt answers the phone, today, and what to bring', async () => {
    const el = await render(html`<ido-opening-hours .location=${zwolle()}></ido-opening-hours>`);
    expect($$(el, '.today-label').map(clean)).to.deep.equal([
      'Informatiepunt Digitale Overheid',
      'Bibliotheek',
      'Telefonisch spreekuur',
    ]);
    const phone = $(el, '.today-item--phone')!;
    expect(seen(phone.querySelector('[part~="status"]'))).to.equal('Nu open · sluit om 12:00');
    expect(seen(phone.querySelector('dd'))).to.equal(
      'Nu open · sluit om 12:00 Vandaag: 09:00 – 12:00',
    );
    const bring = $(el, '[part~="bring"]')!;
    expect(clean(bring.querySelector('.bring-title'))).to.equal('Neem mee:');
    expect([...bring.querySelectorAll('li')].map(clean)).to.deep.equal([
      'Uw DigiD-app of sms-code',
      'De brief waar het om gaat',
    ]);
    expect($(el, '[part~="helpline"]'), 'open today: no help line').to.equal(null);
    await expectAccessible(el);
  });

  it('offers the DigiHulplijn on a day the location is closed, or the page’s own help line', async () => {
    const el = await render(
      html`<ido-opening-hours location="ido-utrecht-centrum" show="library"></ido-opening-hours>`,
      { now: new Date('2026-12-25T09:00:00Z') },
    );
    const line = $(el, '[part~="helpline"]')!;
    expect(seen(line)).to.equal(
      'Vandaag gesloten? U kunt ook bellen voor hulp: DigiHulplijn: 0800 1508 (maandag – vrijdag 09:00 – 17:00)',
    );
    expect(line.querySelector('a')!.getAttribute('href')).to.equal('tel:+318001508');
    await expectAccessible(el);
    el.helpline = '0800 1234567';
    await el.updateComplete;
    expect(seen($(el, '[part~="helpline"]'))).to.equal(
      'Vandaag gesloten? U kunt ook bellen voor hulp: 0800 1234567',
    );
    expect($(el, '[part~="helpline"] a')!.getAttribute('href')).to.equal('tel:+318001234567');
  });

  it('speaks the help line in English', async () => {
    const el = await render(
      html`<ido-opening-hours location="ido-utrecht-centrum" show="library"></ido-opening-hours>`,
      { now: new Date('2026-12-25T09:00:00Z'), lang: 'en' },
    );
    expect(seen($(el, '[part~="helpline"]'))).to.equal(
      'Closed today? You can also call for help: DigiHulplijn: 0800 1508 (Monday – Friday 09:00 – 17:00)',
    );
  });
});

describe('<ido-opening-hours> taking over server-rendered HTML', () => {
  const zwolle = fixtureFeed.locations.find((l) => l.id === 'ido-zwolle-centrum')!;
  /** A page holding what `GET /v1/render/ido-opening-hours` answers (here: a shadow root's text). */
  function serverHtml(renderedAt: string, location: unknown = zwolle): HTMLElement {
    const seed = JSON.stringify({ location, renderedAt }).replace(/</g, '\\u003c');
    const host = document.createElement('div');
    host.setHTMLUnsafe(
      `<ido-opening-hours location="ido-zwolle-centrum"><template shadowrootmode="open"><p id="server">van de server</p></template><script type="application/json" data-ido-location>${seed}</script><script type="application/ld+json">{"@type":"Library"}</script></ido-opening-hours>`,
    );
    return host;
  }

  it('renders from the fragment’s data without a request, as at its instant, then from the clock', async () => {
    const client = createFakeClient();
    const provider = await fixture<HTMLElement>(
      html`<ido-provider
        .client=${client}
        .now=${new Date('2026-11-18T11:30:00Z')}
      ></ido-provider>`,
    );
    const host = serverHtml(fixtureNow.toISOString());
    const el = host.querySelector<IdoOpeningHours>('ido-opening-hours')!;
    // The first render is the server's instant (10:30 in Zwolle, the desk open).
    let first = '';
    void el.updateComplete.then(() => (first = statuses(el)[0] ?? ''));
    provider.append(host);
    await waitUntil(() => first !== '');
    expect(first).to.equal('Nu open · sluit om 12:00');
    // Then the clock's (12:30, closed), in place of the server's shadow content, not beside it.
    await waitUntil(() => statuses(el)[0] === 'Gesloten · open op vrijdag vanaf 13:00');
    expect($(el, '#server')).to.equal(null);
    expect($$(el, '[part~="base"]')).to.have.length(1);
    expect(client.calls.filter((c) => c.method === 'getLocation')).to.deep.equal([]);
    // The server's JSON-LD is kept and rewritten, not doubled.
    expect(jsonLdScripts(el)).to.have.length(1);
    expect(JSON.parse(jsonLdScripts(el)[0]!.textContent!)['@type']).to.equal('Library');
    expect(jsonLdScripts(el)[0]!.textContent).to.contain('openingHoursSpecification');
  });

  it('loads the location when the fragment’s data is unreadable or for another id', async () => {
    const client = createFakeClient();
    const provider = await fixture<HTMLElement>(
      html`<ido-provider .client=${client} .now=${fixtureNow}></ido-provider>`,
    );
    const host = serverHtml(fixtureNow.toISOString(), { ...zwolle, id: 'ido-elders' });
    provider.append(host);
    const el = host.querySelector<IdoOpeningHours>('ido-opening-hours')!;
    await waitUntil(() => statuses(el).length > 0);
    expect(client.calls.filter((c) => c.method === 'getLocation')).to.have.length(1);
    expect(statuses(el)[0]).to.equal('Nu open · sluit om 12:00');
  });
});
