/// <reference types="mocha" />
import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { IdoNetworkError, type Feed, type Partner } from '@idokit/sdk';
import { createFakeClient, fixtureFeed, fixtureNow, type FakeIdoClient } from '@idokit/sdk/testing';
import type { IdoErrorEvent } from '../../events/ido-error.js';
import { IdoPartnerSelectEvent } from '../../events/ido-partner-select.js';
import {
  expectAccessible,
  expectFocusOn,
  fixtureWithClient,
  press,
  seenText,
  settled,
  tab,
  typeText,
} from '../../testing/index.js';
import { defineIdoPartnerList, type IdoPartnerList } from './ido-partner-list.js';

defineIdoPartnerList();

type Options = Parameters<typeof fixtureWithClient>[1];

/** Renders the element inside a provider with a fake client (fixture feed) at a fixed instant. */
async function render(
  template = html`<ido-partner-list municipality="Zwolle"></ido-partner-list>`,
  options: Options = {},
) {
  const client = (options.client as FakeIdoClient | undefined) ?? createFakeClient();
  const el = await fixtureWithClient<IdoPartnerList>(template, {
    now: fixtureNow,
    ...options,
    client,
  });
  await settled(el);
  return { el, client };
}

const $ = (el: IdoPartnerList, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: Element, selector: string) => [
  ...(el.shadowRoot ?? el).querySelectorAll<HTMLElement>(selector),
];
const clean = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** What a sighted reader sees (no visually hidden text; the drawn dash between times). */
const seen = seenText;
const status = (el: IdoPartnerList) => clean($(el, '#status'));
const names = (el: IdoPartnerList) => $$(el, '.item .name').map(clean);
const headings = (el: IdoPartnerList) => $$(el, '.group-heading').map(clean);
const item = (el: IdoPartnerList, name: string) =>
  $$(el, '.item').find((li) => clean(li.querySelector('.name')).includes(name));
const button = (el: IdoPartnerList, text: string) =>
  $$(el, 'button').find((b) => seen(b) === text) as HTMLButtonElement | undefined;

/** Waits until the announced line says `expected`. */
async function statusIs(el: IdoPartnerList, expected: string) {
  await waitUntil(
    () => status(el) === expected,
    `status stayed "${status(el)}", expected "${expected}"`,
  );
}

describe('<ido-partner-list>: the list', () => {
  it('loads the partners of the municipality, grouped by kind under the taxonomy’s names', async () => {
    const { el, client } = await render();
    expect(client.calls.map((c) => [c.method, c.args[0]])).to.deep.include([
      'listPartners',
      { municipality: 'Zwolle' },
    ]);
    expect(status(el)).to.equal('4 partners gevonden in Zwolle.');
    // Taxonomy order: humanitas, belastingservice, juridisch-loket, gemeente.
    expect(headings(el)).to.deep.equal([
      'Humanitas',
      'Belastingservice',
      'Juridisch Loket',
      'Gemeente',
    ]);
    expect(names(el)).to.deep.equal([
      'Humanitas Thuisadministratie Zwolle',
      'Belastingservice Ouderenbond',
      'Het Juridisch Loket (voorbeeld)',
      'Wmo-loket Gemeente Zwolle',
    ]);
    const group = $$(el, '[part~="group"]')[0]!;
    expect(group.querySelector('h3')).to.not.equal(null);
    expect(group.querySelector('h4.name')).to.not.equal(null);
    expect(el.matches(':state(results)')).to.equal(true);
    await expectAccessible(el);
  });

  it('shows what each partner offers: description, themes, contact, languages and cost', async () => {
    const { el } = await render();
    const humanitas = item(el, 'Humanitas')!;
    expect(clean(humanitas.querySelector('.description'))).to.equal(
      'Een vrijwilliger komt thuis helpen om de administratie op orde te krijgen.',
    );
    expect(clean(humanitas.querySelector('.themes'))).to.equal(
      'Helpt bij: Boetes en schulden en Toeslagen',
    );
    expect(clean(humanitas.querySelector('.languages'))).to.equal('Talen: Nederlands');
    expect(clean(humanitas.querySelector('.cost'))).to.equal('Kosten: Gratis');
    // Residents see how to get in touch, never the routes' instructions for staff.
    expect($$(humanitas, '.route').map(seen)).to.deep.equal([
      'E-mail Mail naar zwolle@humanitas.example',
      'Aanmelden met een formulier Open het aanmeldformulier',
    ]);
    expect($$(humanitas, '.route a').map((a) => a.getAttribute('href'))).to.deep.equal([
      'mailto:zwolle@humanitas.example',
      'https://humanitas.example/zwolle/aanmelden',
    ]);
    const juridisch = item(el, 'Juridisch')!;
    expect(clean(juridisch.querySelector('.cost'))).to.equal(
      'Kosten: U betaalt een bijdrage. Het eerste gesprek is gratis. Daarna betaalt u soms een eigen bijdrage.',
    );
    expect(clean(juridisch.querySelector('.languages'))).to.equal('Talen: Nederlands en Engels');
    expect(
      $$(juridisch, '.route a').map((a) => a.getAttribute('href')),
      'phone and form',
    ).to.deep.equal(['tel:+319001234567', 'https://juridischloket.example/vraag']);
    const wmo = item(el, 'Wmo')!;
    expect(wmo.querySelector('.languages'), 'no languages known: no line').to.equal(null);
    expect(wmo.querySelector('.cost'), 'no cost known: no line').to.equal(null);
    expect($$(wmo, '.route a').map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:+31380000000',
      'mailto:wmo@zwolle.example',
    ]);
    // Data text is Dutch whatever the page's language, and says so.
    expect(wmo.querySelector('.description')!.getAttribute('lang')).to.equal('nl');
  });

  it('filters by municipality (accents and case ignored) and by the theme attribute', async () => {
    const { el } = await render(
      html`<ido-partner-list municipality="SÚDWEST-FRYSLAN"></ido-partner-list>`,
    );
    expect(names(el)).to.deep.equal(['Het Juridisch Loket (voorbeeld)']);
    el.municipality = 'Utrecht';
    el.theme = 'toeslagen';
    await settled(el);
    expect(status(el)).to.equal('2 partners gevonden in Utrecht voor Toeslagen.');
    expect(names(el)).to.deep.equal([
      'Sociaal Raadslieden Voorbeeld Utrecht',
      'Belastingservice Ouderenbond',
    ]);
    const select = $(el, 'select') as HTMLSelectElement;
    expect(select.value).to.equal('toeslagen');
    // Only themes the municipality's partners help with are offered, named by the taxonomy.
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal([
      'Alle onderwerpen',
      'Toeslagen',
      'Belastingen',
      'AOW en pensioen',
      'Werk en uitkering',
      'Boetes en schulden',
      'Wonen',
    ]);
  });

  it('lets residents choose a theme; the attribute follows and the count is announced', async () => {
    const { el } = await render();
    const select = $(el, 'select') as HTMLSelectElement;
    select.value = 'zorg';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('zorg');
    expect(names(el)).to.deep.equal(['Wmo-loket Gemeente Zwolle']);
    expect(status(el)).to.equal('1 partner gevonden in Zwolle voor Zorg.');
    expect($(el, '#status')!.getAttribute('role')).to.equal('status');
  });

  it('filters by kind; an unknown kind finds nothing and offers every kind', async () => {
    const { el } = await render(
      html`<ido-partner-list municipality="Zwolle" kind="gemeente"></ido-partner-list>`,
    );
    expect(names(el)).to.deep.equal(['Wmo-loket Gemeente Zwolle']);
    expect(status(el)).to.equal('1 partner gevonden in Zwolle (Gemeente).');
    el.kind = 'bakker';
    await el.updateComplete;
    expect(names(el)).to.deep.equal([]);
    expect(el.matches(':state(empty)')).to.equal(true);
    button(el, 'Toon alle soorten hulp')!.click();
    await el.updateComplete;
    expect(names(el)).to.have.length(4);
    expect(el.kind).to.equal('');
  });

  it('groups by theme, a partner under each theme it helps with', async () => {
    const { el } = await render(
      html`<ido-partner-list municipality="Zwolle" group-by="theme"></ido-partner-list>`,
    );
    expect(headings(el)).to.deep.equal([
      'Toeslagen',
      'Belastingen',
      'AOW en pensioen',
      'Werk en uitkering',
      'Zorg',
      'Boetes en schulden',
      'Wonen',
      'Gemeente',
    ]);
    const toeslagen = $$(el, '[part~="group"]')[0]!;
    expect($$(toeslagen, '.name').map(clean)).to.deep.equal([
      'Belastingservice Ouderenbond',
      'Humanitas Thuisadministratie Zwolle',
    ]);
    // Not grouped by kind: each card names its kind.
    expect(clean(toeslagen.querySelector('.kind'))).to.equal('Soort hulp: Belastingservice');
    expect(status(el), 'partners are counted once').to.equal('4 partners gevonden in Zwolle.');
    el.theme = 'zorg';
    await el.updateComplete;
    expect(headings(el)).to.deep.equal(['Zorg']);
    await expectAccessible(el);
  });

  it('without grouping, partner names take the heading level', async () => {
    const { el } = await render(
      html`<ido-partner-list group-by="none" heading-level="2"></ido-partner-list>`,
    );
    expect(headings(el)).to.deep.equal([]);
    expect($$(el, 'h2.name')).to.have.length(6);
    expect(status(el)).to.equal('6 partners gevonden.');
  });
});

describe('<ido-partner-list>: search', () => {
  it('finds words in name, description and kind, ignoring case and accents, as typed', async () => {
    const { el } = await render();
    const input = $(el, 'input') as HTMLInputElement;
    input.focus();
    await typeText('ADMINISTRATIË');
    await statusIs(el, '1 partner gevonden in Zwolle met “ADMINISTRATIË”.');
    expect(names(el)).to.deep.equal(['Humanitas Thuisadministratie Zwolle']);
    input.select();
    await typeText('wmo lóket');
    await statusIs(el, '1 partner gevonden in Zwolle met “wmo lóket”.');
    expect(names(el)).to.deep.equal(['Wmo-loket Gemeente Zwolle']);
    // A word of the kind only (belastingservice) counts too.
    input.select();
    await typeText('Belastingservice');
    await press('Enter');
    expect(names(el)).to.deep.equal(['Belastingservice Ouderenbond']);
    expectFocusOn(input, 'Enter keeps focus in the field');
  });

  it('waits for a pause in typing, and Enter searches at once', async () => {
    const { el } = await render();
    const input = $(el, 'input') as HTMLInputElement;
    // A keystroke as the browser reports it; no timer can run before the checks below.
    input.value = 'juridisch';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(names(el), 'not at once while typing').to.have.length(4);
    await waitUntil(() => names(el).length === 1, 'the list follows after a pause');
    expect(names(el)).to.deep.equal(['Het Juridisch Loket (voorbeeld)']);
    input.value = 'humanitas';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.focus();
    await press('Enter');
    await el.updateComplete;
    expect(names(el), 'Enter does not wait').to.deep.equal(['Humanitas Thuisadministratie Zwolle']);
  });

  it('takes its first words from the query attribute', async () => {
    const { el } = await render(
      html`<ido-partner-list municipality="Zwolle" query="humanitas"></ido-partner-list>`,
    );
    expect(names(el)).to.deep.equal(['Humanitas Thuisadministratie Zwolle']);
    expect(($(el, 'input') as HTMLInputElement).value).to.equal('humanitas');
  });

  it('says "geen partners gevonden" with what to try, and clearing gets the list back', async () => {
    const { el } = await render(
      html`<ido-partner-list municipality="Zwolle" theme="zorg"></ido-partner-list>`,
    );
    el.search('ruimtevaart');
    await el.updateComplete;
    expect(status(el)).to.equal('Geen partners gevonden in Zwolle voor Zorg met “ruimtevaart”.');
    expect(el.matches(':state(empty)')).to.equal(true);
    expect($$(el, '.tries li').map(clean)).to.deep.equal([
      'Probeer een ander woord, of minder woorden.',
      'Kies een ander onderwerp, of alle onderwerpen.',
      'Vraag het aan het Informatiepunt in de bibliotheek. Wij zoeken samen met u verder.',
    ]);
    await expectAccessible(el);
    button(el, 'Wis de zoekwoorden')!.focus();
    await press('Enter');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Wmo-loket Gemeente Zwolle']);
    expectFocusOn($(el, 'input'), 'back to the field');
    el.search('ruimtevaart');
    await el.updateComplete;
    button(el, 'Toon alle onderwerpen')!.click();
    await el.updateComplete;
    expect(el.theme).to.equal('');
    expect(status(el)).to.equal('Geen partners gevonden in Zwolle met “ruimtevaart”.');
  });

  it('says so when no partner serves the municipality at all', async () => {
    const { el } = await render(html`<ido-partner-list municipality="Texel"></ido-partner-list>`);
    expect(status(el)).to.equal('Geen partners gevonden in Texel.');
    expect(seen($(el, '[part~="empty"]'))).to.equal(
      'Voor Texel staan er nog geen partners in de lijst. Vraag het aan het Informatiepunt in de bibliotheek. Wij zoeken samen met u verder. U kunt ook bellen voor hulp: DigiHulplijn: 0800 1508 (maandag – vrijdag 09:00 – 17:00)',
    );
    const helpline = $(el, '[part~="helpline"] a')!;
    expect(helpline.getAttribute('href')).to.equal('tel:+318001508');
    expect(clean($(el, '.helpline-hours')), 'read as "van maandag tot vrijdag"').to.equal(
      '(van maandag tot vrijdag van 09:00 tot 17:00)',
    );
    await expectAccessible(el);
  });
});

describe('<ido-partner-list>: open now', () => {
  it('shows open or closed at a fixed instant, in Amsterdam time, with this week’s hours', async () => {
    const { el } = await render();
    // Wednesday 18 November 2026, 10:30 in Amsterdam.
    expect(seen(item(el, 'Wmo')!.querySelector('.ido-status'))).to.equal(
      'Nu open · sluit om 17:00',
    );
    expect(seen(item(el, 'Humanitas')!.querySelector('.ido-status'))).to.equal(
      'Gesloten · morgen open vanaf 13:00',
    );
    expect(item(el, 'Juridisch')!.querySelector('[part~="hours"]'), 'no hours known').to.equal(
      null,
    );
    const week = item(el, 'Humanitas')!.querySelector('details')!;
    expect(seen(week.querySelector('summary'))).to.equal('Openingstijden deze week');
    expect($$(week, 'li').map(seen)).to.deep.equal([
      'Dinsdag 13:00 – 16:00',
      'Donderdag 13:00 – 16:00',
    ]);
    await expectAccessible(el);
  });

  it('follows the clock: Thursday afternoon Humanitas is open, the Wmo-loket after five is closed', async () => {
    let now = new Date('2026-11-19T13:30:00Z'); // Thursday 14:30 in Amsterdam
    const { el } = await render(undefined, { now: () => now });
    expect(seen(item(el, 'Humanitas')!.querySelector('.ido-status'))).to.equal(
      'Nu open · sluit om 16:00',
    );
    now = new Date('2026-11-19T16:30:00Z'); // 17:30
    el.requestUpdate();
    await el.updateComplete;
    expect(seen(item(el, 'Wmo')!.querySelector('.ido-status'))).to.equal(
      'Gesloten · morgen open vanaf 09:00',
    );
  });
});

describe('<ido-partner-list>: choosing and keyboard', () => {
  it('emits a typed ido-partner-select that bubbles out of shadow roots', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      const shadow = host.attachShadow({ mode: 'open' });
      const el = document.createElement('ido-partner-list');
      el.client = createFakeClient();
      el.now = fixtureNow;
      el.municipality = 'Zwolle';
      el.staff = true;
      shadow.append(el);
      await settled(el);
      const heard = oneEvent(document, 'ido-partner-select');
      const choose = $$(el, '.select').find(
        (b) => clean(b) === 'Kies voor doorverwijzing (Wmo-loket Gemeente Zwolle)',
      );
      choose!.click();
      const event = await heard;
      expect(event).to.be.instanceOf(IdoPartnerSelectEvent);
      expect(event.detail.partner.id).to.equal('wmo-loket-zwolle');
      expect(event.target, 'retargeted to the outer host').to.equal(host);
      await el.updateComplete;
      expect(el.getAttribute('selected')).to.equal('wmo-loket-zwolle');
      const chosen = item(el, 'Wmo')!;
      expect(chosen.getAttribute('aria-current')).to.equal('true');
      expect(chosen.querySelector('.select')!.getAttribute('aria-pressed')).to.equal('true');
      expect(clean(chosen.querySelector('.chosen'))).to.equal('Gekozen');
      // Pressing it again un-chooses, without an event.
      let again = 0;
      document.addEventListener('ido-partner-select', () => (again += 1), { once: true });
      (chosen.querySelector('.select') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(again).to.equal(0);
      expect(el.hasAttribute('selected')).to.equal(false);
    } finally {
      host.remove();
    }
  });

  it('works by keyboard: Tab through the form, arrows between partners, Enter chooses', async () => {
    const { el } = await render(
      html`<ido-partner-list municipality="Zwolle" staff></ido-partner-list>`,
    );
    const input = $(el, 'input') as HTMLInputElement;
    input.focus();
    await tab();
    expectFocusOn(button(el, 'Zoeken'), 'search button');
    await tab();
    expectFocusOn($(el, 'select'), 'theme choice');
    const selects = $$(el, '.select');
    selects[0]!.focus();
    await press('ArrowDown');
    expectFocusOn(selects[1], 'next partner');
    await press('End');
    expectFocusOn(selects.at(-1), 'last partner');
    await press('Home');
    expectFocusOn(selects[0], 'first partner');
    const heard = oneEvent(el, 'ido-partner-select');
    await press('Enter');
    expect((await heard).detail.partner.id).to.equal('humanitas-thuisadministratie-zwolle');
    // The week's hours open with the keyboard too.
    const summary = item(el, 'Humanitas')!.querySelector('summary')!;
    summary.focus();
    await press('Enter');
    expect(summary.parentElement!.hasAttribute('open')).to.equal(true);
  });

  it('staff see how to refer warmly first', async () => {
    const { el } = await render(
      html`<ido-partner-list municipality="Zwolle" staff></ido-partner-list>`,
    );
    const wmo = item(el, 'Wmo')!;
    const parts = [...wmo.children].map((child) => child.className.split(' ')[0]);
    expect(parts.indexOf('referral')).to.be.below(parts.indexOf('description'));
    expect(clean(wmo.querySelector('.referral-title'))).to.equal('Zo verwijst u warm door');
    expect(seen(wmo.querySelector('.route'))).to.equal(
      'E-mail Mail naar wmo@zwolle.example Mail met toestemming van de bewoner een korte vraag.',
    );
    expect(seen(wmo.querySelector('.select'))).to.equal('Kies voor doorverwijzing');
    // Residents see the description first and the contact block after it.
    el.staff = false;
    await el.updateComplete;
    const resident = [...item(el, 'Wmo')!.children].map((child) => child.className.split(' ')[0]);
    expect(resident.indexOf('referral')).to.be.above(resident.indexOf('description'));
    expect(clean(item(el, 'Wmo')!.querySelector('.referral-title'))).to.equal(
      'Zo komt u in contact',
    );
  });
});

/** Partners written by someone hostile, unvalidated (as a script could set them). */
function hostileFeed(): Feed {
  const base = fixtureFeed.partners.find((p) => p.id === 'wmo-loket-zwolle')!;
  const evil = (id: string, patch: Partial<Partner>): Partner => ({ ...base, id, ...patch });
  const partners = [
    // One honest partner: its links prove that safe links are still made.
    base,
    evil('evil-markup', {
      name: '<img src=x onerror="window.__pwned=1">Kwaad',
      description: '<script>window.__pwned=1</script><b>vet</b>',
      themes: ['zorg', '<svg onload="window.__pwned=1">'],
      contact: {
        phone: 'javascript:window.__pwned=1',
        email: 'a@b.example?bcc=spy@evil.example',
        website: 'javascript:window.__pwned=1',
      },
      referral: [
        {
          method: 'by-phone',
          instructions: '<a href="javascript:window.__pwned=1">klik</a>',
        },
        { method: 'by-email', instructions: 'Mail ons.' },
        {
          method: 'form-url',
          instructions: 'Formulier.',
          url: 'data:text/html,<script>window.__pwned=1</script>',
        },
      ],
      languages: ['<i>x</i>'],
      cost: { kind: 'free', note: '<img src=x onerror="window.__pwned=1">' },
      bring: ['<img src=x onerror="window.__pwned=1">', '<b>vet</b>'],
    }),
    ...[
      ' JaVaScRiPt:window.__pwned=1',
      '\tjavascript:window.__pwned=1',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '//evil.example/x',
      'mailto:spy@evil.example',
    ].map((website, i) =>
      evil(`evil-url-${i}`, {
        name: `Kwaad ${i}`,
        contact: { website, email: `javascript:alert(${i})//@x.example` },
        referral: [{ method: 'form-url', instructions: 'Formulier.', url: website }],
      }),
    ),
  ];
  return { ...fixtureFeed, partners };
}

describe('<ido-partner-list>: hostile data', () => {
  it('renders markup as text, runs no script and links nothing unsafe', async () => {
    const win = window as Window & { __pwned?: number };
    delete win.__pwned;
    const { el } = await render(html`<ido-partner-list municipality="Zwolle"></ido-partner-list>`, {
      client: createFakeClient({ feed: hostileFeed() }),
    });
    await aTimeout(50);
    expect(win.__pwned, 'no script ran').to.equal(undefined);
    expect($$(el, 'img, script, svg, b, i')).to.deep.equal([]);
    const markup = item(el, 'Kwaad')!;
    expect(clean(markup.querySelector('.name'))).to.equal(
      '<img src=x onerror="window.__pwned=1">Kwaad',
    );
    expect(clean(markup.querySelector('.description'))).to.equal(
      '<script>window.__pwned=1</script><b>vet</b>',
    );
    // Every link in the element is http(s), tel or mailto; and mailto carries one plain address.
    const hrefs = $$(el, 'a').map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.length).to.be.greaterThan(0);
    for (const href of hrefs) {
      expect(href).to.match(/^(https?:\/\/|tel:\+?\d+$|mailto:[^?&,;]+$)/);
      expect(href.toLowerCase()).to.not.contain('javascript');
    }
    // What cannot be a link is still shown, as text.
    expect(clean(markup.querySelector('.website'))).to.equal(
      'Website: javascript:window.__pwned=1',
    );
    expect(seen(markup.querySelectorAll('.route')[0])).to.contain(
      'Telefoon: javascript:window.__pwned=1',
    );
    expect(seen(markup.querySelectorAll('.route')[1])).to.contain(
      'E-mail: a@b.example?bcc=spy@evil.example',
    );
    expect(seen(markup.querySelectorAll('.route')[2])).to.contain(
      'Formulier: data:text/html,<script>window.__pwned=1</script>',
    );
    // A theme id the taxonomy lacks is named by its id, as text.
    expect(clean(markup.querySelector('.themes'))).to.contain('<svg onload=');
    // What to bring is text too.
    expect($$(markup, '.bring li').map(clean)).to.deep.equal([
      '<img src=x onerror="window.__pwned=1">',
      '<b>vet</b>',
    ]);
    await expectAccessible(el);
  });
});

describe('<ido-partner-list>: loading and errors', () => {
  it('announces loading, then the result', async () => {
    const el = await fixtureWithClient<IdoPartnerList>(
      html`<ido-partner-list municipality="Zwolle"></ido-partner-list>`,
      { client: createFakeClient({ delayMs: 300 }), now: fixtureNow },
    );
    expect(el.matches(':state(loading)')).to.equal(true);
    expect(status(el)).to.equal('Bezig met laden…');
    await expectAccessible(el);
    await settled(el);
    expect(status(el)).to.equal('4 partners gevonden in Zwolle.');
  });

  it('shows a plain error with a retry button, reports ido-error, and recovers', async () => {
    const errors: IdoErrorEvent[] = [];
    const listen = (e: IdoErrorEvent) => errors.push(e);
    document.addEventListener('ido-error', listen);
    try {
      const { el } = await render(undefined, {
        client: createFakeClient({ fail: { listPartners: new IdoNetworkError('/v1/partners') } }),
      });
      expect(el.matches(':state(error)')).to.equal(true);
      const alert = $(el, '[role="alert"]')!;
      expect(seen(alert)).to.equal(
        'Er is geen verbinding. Controleer uw internet en probeer het opnieuw. Probeer opnieuw',
      );
      expect(errors.map((e) => e.detail.message)).to.deep.equal([
        'Er is geen verbinding. Controleer uw internet en probeer het opnieuw.',
      ]);
      expect(alert.querySelector('button')).to.not.equal(null);
      await expectAccessible(el);
      el.client = createFakeClient();
      await settled(el);
      expect(el.matches(':state(error)')).to.equal(false);
      expect(names(el)).to.have.length(4);
    } finally {
      document.removeEventListener('ido-error', listen);
    }
  });
});

describe('<ido-partner-list>: English', () => {
  it('speaks English, with the taxonomy’s English names and Dutch data marked as Dutch', async () => {
    const { el } = await render(undefined, { lang: 'en' });
    expect(status(el)).to.equal('4 partners found in Zwolle.');
    expect(headings(el)).to.deep.equal([
      'Humanitas',
      'Tax help service',
      'Legal help desk',
      'Municipality',
    ]);
    const humanitas = item(el, 'Humanitas')!;
    expect(seen(humanitas.querySelector('.ido-status'))).to.equal(
      'Closed · opens tomorrow at 13:00',
    );
    expect(clean(humanitas.querySelector('.themes'))).to.equal(
      'Helps with: Fines and debts and Allowances',
    );
    expect(clean(humanitas.querySelector('.cost'))).to.equal('Cost: Free');
    expect(clean(item(el, 'Juridisch')!.querySelector('.languages'))).to.equal(
      'Languages: Dutch and English',
    );
    expect(humanitas.querySelector('.description')!.getAttribute('lang')).to.equal('nl');
    el.search('nothing-like-this');
    await el.updateComplete;
    expect(status(el)).to.equal('No partners found in Zwolle matching “nothing-like-this”.');
    expect(seen($(el, '[part~="helpline"]'))).to.equal(
      'You can also call for help: DigiHulplijn: 0800 1508 (Monday – Friday 09:00 – 17:00)',
    );
    await expectAccessible(el);
  });
});

describe('<ido-partner-list>: layout', () => {
  it('fits 320 px without sideways scrolling, with targets of at least 44 px', async () => {
    const { el } = await render(
      html`<ido-partner-list municipality="Zwolle" style="inline-size: 320px"></ido-partner-list>`,
    );
    const base = $(el, '.base')!;
    expect(base.scrollWidth).to.be.at.most(320);
    const targets = $$(el, 'button, a[href], input, select, summary');
    expect(targets.length).to.be.greaterThan(12);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.height, clean(target)).to.be.at.least(44);
      expect(box.width, clean(target)).to.be.at.least(44);
      expect(box.right, clean(target)).to.be.at.most(base.getBoundingClientRect().right + 0.5);
    }
  });
});

/** The fixture feed with text for staff and what to bring, as issue 22's data carries them. */
function feedWithAudiences(): Feed {
  const extra: Record<string, Partial<Partner>> = {
    'humanitas-thuisadministratie-zwolle': {
      staffInstructions: 'Bel eerst de coördinator; zeg dat u van het IDO in de bibliotheek belt.',
      bring: ['De brieven die u kreeg', 'Uw bankafschriften'],
    },
    'wmo-loket-zwolle': {
      staffInstructions: 'Vraag naar het team Wmo; noem het IDO.',
    },
  };
  return {
    ...fixtureFeed,
    partners: fixtureFeed.partners.map((p) => ({ ...p, ...extra[p.id] })),
  };
}

describe('<ido-partner-list>: residents and staff apart (issue 22)', () => {
  const staffWords = [
    'Bel eerst de coördinator',
    'Vraag naar het team Wmo',
    // The referral routes' instructions are for staff too.
    'Vul met de bewoner het aanmeldformulier in.',
    'Mail met toestemming van de bewoner een korte vraag.',
    'Laat de bewoner zelf bellen',
  ];

  it('residents see how to get in touch and what to bring, but no staff text and no choose button', async () => {
    const { el } = await render(undefined, {
      client: createFakeClient({ feed: feedWithAudiences() }),
    });
    const all = clean($(el, '.groups'));
    for (const words of staffWords) expect(all, words).to.not.contain(words);
    expect($$(el, '[part~="staff-instructions"], .instructions')).to.have.length(0);
    expect($$(el, '.select'), 'no choose buttons').to.have.length(0);
    expect(all).to.not.contain('Kies');
    const humanitas = item(el, 'Humanitas')!;
    expect(clean(humanitas.querySelector('.referral-title'))).to.equal('Zo komt u in contact');
    const bring = humanitas.querySelector('[part~="bring"]')!;
    expect(clean(bring.querySelector('.bring-title'))).to.equal('Neem mee:');
    expect($$(bring, 'li').map(clean)).to.deep.equal([
      'De brieven die u kreeg',
      'Uw bankafschriften',
    ]);
    expect(bring.querySelector('ul')!.getAttribute('lang')).to.equal('nl');
    expect(item(el, 'Wmo')!.querySelector('[part~="bring"]'), 'nothing to bring').to.equal(null);
    // The Wmo-loket has a phone number but no phone route: residents may still call it.
    expect($$(item(el, 'Wmo')!, '.route a').map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:+31380000000',
      'mailto:wmo@zwolle.example',
    ]);
    await expectAccessible(el);
  });

  it('staff see the staff instructions and the referral routes first, and what to bring', async () => {
    const { el } = await render(
      html`<ido-partner-list municipality="Zwolle" staff></ido-partner-list>`,
      { client: createFakeClient({ feed: feedWithAudiences() }) },
    );
    const humanitas = item(el, 'Humanitas')!;
    const instructions = humanitas.querySelector('[part~="staff-instructions"]')!;
    expect(clean(instructions)).to.equal(
      'Voor medewerkers: Bel eerst de coördinator; zeg dat u van het IDO in de bibliotheek belt.',
    );
    expect(instructions.closest('.referral'), 'inside the referral block').to.not.equal(null);
    expect(seen(humanitas.querySelector('.route'))).to.equal(
      'Aanmelden met een formulier Open het aanmeldformulier Vul met de bewoner het aanmeldformulier in.',
    );
    expect($$(humanitas, '[part~="bring"] li').map(clean)).to.deep.equal([
      'De brieven die u kreeg',
      'Uw bankafschriften',
    ]);
    expect(seen(humanitas.querySelector('.select'))).to.equal('Kies voor doorverwijzing');
    expect(clean(item(el, 'Wmo')!.querySelector('.staff-instructions'))).to.equal(
      'Voor medewerkers: Vraag naar het team Wmo; noem het IDO.',
    );
    expect(
      item(el, 'Juridisch')!.querySelector('.staff-instructions'),
      'none in the data',
    ).to.equal(null);
    await expectAccessible(el);
  });

  it('fits 320 px with staff instructions, what to bring and the help line', async () => {
    const { el } = await render(
      html`<ido-partner-list
        municipality="Zwolle"
        staff
        style="inline-size: 320px"
      ></ido-partner-list>`,
      { client: createFakeClient({ feed: feedWithAudiences() }) },
    );
    const fits = () => $(el, '.base')!.scrollWidth <= 320;
    expect($(el, '[part~="staff-instructions"]')).to.not.equal(null);
    expect(fits(), 'staff mode').to.equal(true);
    el.theme = 'studiefinanciering';
    await el.updateComplete;
    const link = $(el, '[part~="helpline"] a')!;
    expect(link.getBoundingClientRect().height).to.be.at.least(44);
    expect(fits(), 'help line').to.equal(true);
  });

  it('offers the help line when no partner helps with the theme, and takes the page’s own', async () => {
    const { el } = await render(
      html`<ido-partner-list municipality="Zwolle" theme="studiefinanciering"></ido-partner-list>`,
    );
    expect(status(el)).to.equal('Geen partners gevonden in Zwolle voor Studiefinanciering.');
    expect(el.matches(':state(empty)')).to.equal(true);
    const link = $(el, '[part~="helpline"] a')!;
    expect(link.getAttribute('href')).to.equal('tel:+318001508');
    expect(clean(link)).to.equal('DigiHulplijn: 0800 1508');
    await expectAccessible(el);
    el.helpline = '0800 1234567';
    await el.updateComplete;
    expect(seen($(el, '[part~="helpline"]'))).to.equal('U kunt ook bellen voor hulp: 0800 1234567');
    expect($(el, '[part~="helpline"] a')!.getAttribute('href')).to.equal('tel:+318001234567');
  });
});
