// The outreach sessions panel against the real coordinator server, signed in as
// Voorbeeldbibliotheek Zwolle: a session made by keyboard with coordinates from the API's
// geocoder, listed by date (upcoming first, past greyed), and deleted.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { expectAccessible, press, typeText } from '../../../testing/index.js';
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
  type SignedIn,
} from '../../../testing/coordinator-panels.js';
import type { IdoCoordinatorOutreach } from './index.js';
import './index.js';
import { byDate } from './outreach-data.js';

let session: SignedIn;

async function mount(): Promise<IdoCoordinatorOutreach> {
  const el = await fixture<IdoCoordinatorOutreach>(
    html`<ido-coordinator-outreach
      lang="nl"
      api=${session.api}
      .client=${session.client}
      .me=${session.me}
      .locations=${session.locations}
    ></ido-coordinator-outreach>`,
  );
  await waitUntil(() => button(el, 'Nieuw spreekuur'), 'the sessions load');
  return el;
}

/** The day `days` from today, YYYY-MM-DD. */
const inDays = (days: number) => {
  const [y, m, d] = today().split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

const session1 = (name: string, date: string) => ({
  id: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
  locationId: 'ido-zwolle-centrum',
  name,
  address: {
    street: 'Voorbeeldplein',
    houseNumber: '3',
    postcode: '8011 AB',
    city: 'Zwolle',
    municipality: 'Zwolle',
  },
  geo: { lat: 52.51, lon: 6.09 },
  date,
  time: { opens: '10:00', closes: '12:00' },
});

describe('<ido-coordinator-outreach>', () => {
  before(async function () {
    this.timeout(300_000); // the coordinator's server starts on first use
    session = await signedIn();
  });
  beforeEach(function () {
    this.currentTest?.timeout(60_000); // a real server on a shared machine
  });
  afterEach(() => fixtureCleanup());

  it('adds a session by keyboard, with coordinates from the geocoder', async () => {
    const name = unique('Buurthuis De Kroon');
    const date = inDays(10);
    const el = await mount();
    await tabTo(button(el, 'Nieuw spreekuur'));
    await press('Enter');
    await waitUntil(() => $(el, 'form'), 'the form opens');
    await tabTo(control(el, 'Naam van de plek'));
    await typeText(name);
    const day = control(el, 'Datum');
    day.value = date; // a date input takes its value by keyboard per part; set it as one
    day.dispatchEvent(new Event('input', { bubbles: true }));
    // The address starts as the location's; tabbing into a filled field selects its text, so
    // typing replaces it.
    expect(control(el, 'Postcode').value).to.equal('8011 NH');
    await tabTo(control(el, 'Straat'));
    await typeText('Voorbeeldplein');
    expect(control(el, 'Straat').value).to.equal('Voorbeeldplein');
    await tabTo(button(el, 'Coördinaten opzoeken'));
    await press('Enter');
    await waitUntil(() => text($(el, 'form [role="status"]')).startsWith('Gevonden'), 'found');
    expect(Number(control(el, 'Breedtegraad').value)).to.be.within(52.4, 52.6);
    await tabTo(control(el, 'Tekst voor bewoners'));
    await typeText('Vragen over toeslagen? Loop binnen.');
    await expectAccessible(el);
    await tabTo(button(el, 'Opslaan'));
    await press('Enter');
    await waitUntil(() => !$(el, 'form'), 'saved');
    expect(text($(el, 'tbody'))).to.include(name);

    // Stored as typed, with the geocoder's coordinates.
    const stored = (await session.client.outreach.list()).find((s) => s.doc.name === name);
    expect(stored?.doc.date).to.equal(date);
    expect(stored?.doc.address.street).to.equal('Voorbeeldplein');
    expect(stored?.doc.description).to.equal('Vragen over toeslagen? Loop binnen.');
    expect(stored?.doc.geo.lat).to.be.within(52.4, 52.6);
  });

  it('lists upcoming sessions first and past ones greyed; deletes after a confirmation', async () => {
    const past = unique('Markt Zwolle');
    const soon = unique('Gezondheidscentrum Zwolle');
    await session.client.outreach.save(session1(past, inDays(-3)), null);
    await session.client.outreach.save(session1(soon, inDays(2)), null);
    const el = await mount();
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    const at = (name: string) => rows.findIndex((r) => text(r).includes(name));
    expect(at(soon)).to.be.lessThan(at(past));
    expect(rows[at(past)]!.classList.contains('past')).to.equal(true);
    expect(text(rows[at(past)])).to.include('Voorbij');
    await expectAccessible(el);

    const remove = [...rows[at(soon)]!.querySelectorAll('button')].find((b) =>
      text(b).endsWith('verwijderen'),
    );
    await tabTo(remove);
    await press('Enter');
    await tabTo(button(el, 'Ja, verwijderen'));
    await press('Enter');
    await waitUntil(() => !text($(el, 'tbody')).includes(soon), 'deleted');
  });

  it('shows the server’s problems next to their fields', async () => {
    const el = await mount();
    button(el, 'Nieuw spreekuur')!.click();
    await waitUntil(() => $(el, 'form'), 'the form opens');
    button(el, 'Opslaan')!.click();
    await waitUntil(() => $(el, '[part~="error-summary"]'), 'refused');
    expect(control(el, 'Naam van de plek').getAttribute('aria-invalid')).to.equal('true');
    await expectAccessible(el);
  });

  it('fits 320 px', async () => {
    const el = await mount();
    el.style.inlineSize = '320px';
    await el.updateComplete;
    expect($(el, '[part~="base"]')!.scrollWidth).to.be.at.most(320);
  });
});

describe('outreach sessions by date', () => {
  it('puts the upcoming first (soonest first), then the past (latest first)', () => {
    const s = (id: string, date: string) =>
      ({ etag: id, doc: { ...session1(id, date), updatedAt: `${date}T00:00:00Z` } }) as never;
    const { upcoming, past } = byDate(
      [s('a', '2026-12-01'), s('b', '2026-12-20'), s('c', '2026-12-10'), s('d', '2026-11-01')],
      '2026-12-08',
    );
    expect(upcoming.map((x: { etag: string }) => x.etag)).to.deep.equal(['c', 'b']);
    expect(past.map((x: { etag: string }) => x.etag)).to.deep.equal(['a', 'd']);
  });
});
