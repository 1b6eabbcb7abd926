// The partners panel against the real coordinator server (PGlite, the fixture feed), signed in
// as Voorbeeldbibliotheek Zwolle: the six-month reminder, a partner saved by keyboard with a text
// for residents and instructions for staff (residents see only the first), field problems and a
// conflict between two versions.
import type { PartnerEdit } from '@idokit/sdk';
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { defineIdoPartnerList } from '../../ido-partner-list/ido-partner-list.js';
import { expectAccessible, press, typeText } from '../../../testing/index.js';
import type { IdoCoordinatorPartners } from './index.js';
import './index.js';
import { monthsBefore, needsCheck, partnerDraft, partnerFromDraft } from './partner-data.js';
import {
  $,
  button,
  control,
  signedIn,
  tabTo,
  text,
  today,
  unique,
  waitUntil,
  ZWOLLE,
  type SignedIn,
} from '../../../testing/coordinator-panels.js';

defineIdoPartnerList();

let session: SignedIn;

const partner = (name: string, extra: Partial<PartnerEdit> = {}): PartnerEdit => ({
  id: name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, ''),
  name,
  kind: 'schuldhulp',
  description: 'Hulp bij schulden en geldzaken.',
  themes: ['boetes-schulden'],
  municipalities: ['Zwolle'],
  contact: { phone: '038 123 00 00' },
  referral: [{ method: 'by-phone', instructions: 'Bel samen met de bewoner.' }],
  organisation: ZWOLLE,
  ...extra,
});

async function mount(): Promise<IdoCoordinatorPartners> {
  const el = await fixture<IdoCoordinatorPartners>(
    html`<ido-coordinator-partners
      lang="nl"
      api=${session.api}
      .client=${session.client}
      .me=${session.me}
      .locations=${session.locations}
    ></ido-coordinator-partners>`,
  );
  await waitUntil(
    () =>
      $(el, 'table, [part~="list"]') || text(el.shadowRoot!.firstElementChild).includes('nog geen'),
    'the partners load',
  );
  return el;
}

const row = (el: Element, name: string) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].find(
    (tr) => text(tr.querySelector('th')) === name,
  );

describe('<ido-coordinator-partners>', () => {
  before(async function () {
    this.timeout(300_000); // the coordinator's server starts on first use
    session = await signedIn();
  });
  beforeEach(function () {
    this.currentTest?.timeout(60_000); // a real server on a shared machine
  });
  afterEach(() => fixtureCleanup());

  it('reminds of partners not checked for six months or never, and "Gecontroleerd" clears it', async () => {
    const old = unique('Oude Schuldhulp Zwolle');
    const fresh = unique('Verse Schuldhulp Zwolle');
    await session.client.partners.save(partner(old, { checkedOn: '2024-01-15' }), null);
    await session.client.partners.save(partner(fresh, { checkedOn: today() }), null);
    const el = await mount();
    const reminder = $(el, '[part~="reminder"]');
    expect(text(reminder)).to.match(
      /partners? (is|zijn) langer dan een half jaar niet gecontroleerd/,
    );
    expect(text(reminder)).to.include(old);
    expect(text(reminder)).not.to.include(fresh);
    expect(text(row(el, old)?.querySelector('.badge'))).to.equal('Controleren');
    expect(row(el, fresh)?.querySelector('.badge')).to.equal(null);
    expect(text(row(el, old))).to.include('15 januari 2024');
    await expectAccessible(el);

    await tabTo(button(el, `${old} gecontroleerd`));
    await press('Enter');
    await waitUntil(() => !row(el, old)?.querySelector('.badge'), 'the badge goes');
    expect(text($(el, '[part~="reminder"]'))).not.to.include(old);
    const saved = await session.client.partners.get(old.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
    expect(saved.doc.checkedOn).to.equal(today());
  });

  it('saves a new partner by keyboard; residents read only the text for residents', async () => {
    const name = unique('Formulierenhulp Zwolle');
    const resident = `Hulp bij formulieren van de gemeente (${name}).`;
    const staff = `Bel eerst de coördinator van ${name}.`;
    const el = await mount();
    const changes: string[] = [];
    el.addEventListener('ido-coordinator-change', (e) => changes.push(e.detail.id ?? ''));
    await tabTo(button(el, 'Nieuwe partner'));
    await press('Enter');
    await waitUntil(() => $(el, 'form'), 'the form opens');
    expect(text($(el, '.for-residents legend'))).to.equal('Voor bewoners');
    expect(text($(el, '.for-residents'))).to.include('Bewoners lezen dit');
    expect(text($(el, '.for-staff'))).to.include('Alleen medewerkers zien dit');

    await tabTo(control(el, 'Naam'));
    await typeText(name);
    await tabTo(control(el, 'Toeslagen'));
    await press('Space');
    await tabTo(control(el, 'Tekst voor bewoners'));
    await typeText(resident);
    await tabTo(control(el, 'Instructies voor medewerkers'));
    await typeText(staff);
    await tabTo(control(el, 'Telefoon'));
    await typeText('038 765 43 21');
    const instructions = el.shadowRoot!.getElementById('field-referral-0-instructions')!;
    await tabTo(instructions);
    await typeText('Bel samen met de bewoner en vraag naar het spreekuur.');
    await expectAccessible(el);
    await tabTo(button(el, 'Opslaan'));
    await press('Enter');
    await waitUntil(() => !$(el, 'form'), 'the partner is saved');
    expect(text(row(el, name))).to.include('Toeslagen');
    expect(changes).to.have.length(1);

    // The public API has the partner at once, with the resident text as its description.
    const answer = (await (
      await fetch(`${session.api}/v1/partners?municipality=Zwolle`)
    ).json()) as
      { items?: { name: string; description: string }[] } | { name: string; description: string }[];
    const items = Array.isArray(answer) ? answer : (answer.items ?? []);
    const found = items.find((p) => p.name === name);
    expect(found?.description).to.equal(resident);

    // The resident partner list shows the resident text and never the staff instructions.
    const list = await fixture(
      html`<ido-partner-list
        api=${session.api}
        municipality="Zwolle"
        lang="nl"
      ></ido-partner-list>`,
    );
    await waitUntil(
      () => text(list.shadowRoot!.firstElementChild).includes(name),
      'the list shows it',
    );
    expect(text(list.shadowRoot!.firstElementChild)).to.include(resident);
    expect(text(list.shadowRoot!.firstElementChild)).not.to.include(staff);
  });

  it('shows the server’s problems next to their fields and in a summary that links to them', async () => {
    const el = await mount();
    button(el, 'Nieuwe partner')!.click();
    await waitUntil(() => $(el, 'form'), 'the form opens');
    const name = control(el, 'Naam');
    name.focus();
    await typeText(unique('Zonder tekst'));
    control(el, 'E-mail').focus();
    await typeText('geen-adres');
    button(el, 'Opslaan')!.click();
    await waitUntil(() => $(el, '[part~="error-summary"]'), 'the summary shows');
    const summary = $(el, '[part~="error-summary"]')!;
    expect(text(summary)).to.include('E-mail');
    expect(text(summary)).to.include('Onderwerpen');
    const email = control(el, 'E-mail');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    const errorId = email.getAttribute('aria-describedby')!.split(' ').pop()!;
    expect(text(el.shadowRoot!.getElementById(errorId))).not.to.equal('');
    await expectAccessible(el);
    const link = [...summary.querySelectorAll('a')].find((a) => text(a).startsWith('E-mail'))!;
    link.focus();
    await press('Enter');
    expect(el.shadowRoot!.activeElement).to.equal(email);
  });

  it('does not overwrite a newer version: both are shown and the coordinator chooses', async () => {
    const name = unique('Conflict Zwolle');
    const first = await session.client.partners.save(partner(name), null);
    const el = await mount();
    button(el, `${name} wijzigen`)!.click();
    await waitUntil(() => $(el, 'form'), 'the form opens');
    // Someone else saves meanwhile.
    await session.client.partners.save(
      { ...first.doc, description: 'Andere tekst van een collega.' },
      first.etag,
    );
    const text1 = control<HTMLTextAreaElement>(el, 'Tekst voor bewoners');
    text1.focus();
    await typeText(' Mijn aanvulling.');
    button(el, 'Opslaan')!.click();
    await waitUntil(() => $(el, '[part~="conflict"]'), 'the conflict shows');
    const conflict = $(el, '[part~="conflict"]')!;
    expect(text(conflict)).to.include('Andere tekst van een collega.');
    expect(text(conflict)).to.include('Mijn aanvulling.');
    await expectAccessible(el);
    button(el, 'Mijn versie toch opslaan')!.click();
    await waitUntil(() => !$(el, 'form'), 'saved over the newer version, on purpose');
    const now = await session.client.partners.get(first.doc.id);
    expect(now.doc.description).to.include('Mijn aanvulling.');
  });

  it('inside the shell, reads the public categories through the shell’s api', async () => {
    const name = unique('Thema Zwolle');
    await session.client.partners.save(partner(name, { themes: ['toeslagen'] }), null);
    // A host like <ido-coordinator>: the panel in its shadow root, without an api of its own.
    const host = await fixture<HTMLElement>(html`<div api=${session.api}></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('ido-coordinator-partners');
    Object.assign(el, { client: session.client, me: session.me, locations: session.locations });
    root.append(el);
    await waitUntil(() => text(row(el, name)).includes('Toeslagen'), 'the theme by its name');
    expect(text(row(el, name))).not.to.include('toeslagen');
  });

  it('fits 320 px, list and form', async () => {
    const el = await mount();
    el.style.inlineSize = '320px';
    await el.updateComplete;
    const base = $(el, '[part~="base"]')!;
    expect(base.scrollWidth).to.be.at.most(320);
    button(el, 'Nieuwe partner')!.click();
    await waitUntil(() => $(el, 'form'), 'the form opens');
    expect(base.scrollWidth).to.be.at.most(320);
    await expectAccessible(el);
  });
});

describe('the partner check reminder', () => {
  it('is due after six months or never checked', () => {
    expect(monthsBefore('2026-08-31', 6)).to.equal('2026-02-28');
    expect(needsCheck({}, '2026-12-08')).to.equal(true);
    expect(needsCheck({ checkedOn: '2026-06-08' }, '2026-12-08')).to.equal(true);
    expect(needsCheck({ checkedOn: '2026-06-09' }, '2026-12-08')).to.equal(false);
  });
});

describe('the partner draft', () => {
  const withHours = partner('Spreekuur Geldzaken', {
    hours: {
      weekly: [
        { day: 'tu', opens: '09:00', closes: '12:00' },
        { day: 'th', opens: '13:00', closes: '16:30' },
      ],
      exceptions: [{ date: '2026-12-24', closed: true, note: 'Kerst' }],
    },
  });

  it('keeps the partner’s hours, exceptions included, through the form', () => {
    const saved = partnerFromDraft(partnerDraft(withHours));
    expect(saved.hours?.weekly).to.deep.equal(withHours.hours!.weekly);
    expect(saved.hours?.exceptions).to.deep.equal(withHours.hours!.exceptions);
  });

  it('saves an interval added in the week grid, and no hours when switched off', () => {
    const draft = partnerDraft(withHours);
    const week = { ...draft.hours.week, fr: [{ opens: '10:00', closes: '11:00' }] };
    const added = partnerFromDraft({ ...draft, hours: { ...draft.hours, week } });
    expect(added.hours?.weekly).to.deep.include({ day: 'fr', opens: '10:00', closes: '11:00' });
    const off = partnerFromDraft({ ...draft, hours: { ...draft.hours, on: false } });
    expect(off).not.to.have.property('hours');
    expect(partnerFromDraft(partnerDraft(partner('Zonder tijden')))).not.to.have.property('hours');
  });
});
