// <ido-coordinator> against the real server (the coordinator's own server, organisation
// Voorbeeldbibliotheek Utrecht; the panels' tests use Zwolle), in Chromium, with real key presses.
import { CoordinatorClient } from '@idokit/sdk';
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../ido-opening-hours/define.js';
import { expectAccessible } from '../../testing/axe.js';
import { idoServer } from '../../testing/ido-server.js';
import { defineIdoCoordinator, type IdoCoordinator } from './ido-coordinator.js';
import { storageKey } from './key-storage.js';

defineIdoCoordinator();

const UTRECHT = 'Voorbeeldbibliotheek Utrecht';
// Christmas Eve, a Thursday: the library is open unless the coordinator closes it (Christmas
// Day itself is a public holiday the hours card closes on already).
const CHRISTMAS = '2026-12-24T12:00:00+01:00';

let api = '';

const $ = <T extends Element = HTMLElement>(root: Element, selector: string): T =>
  root.shadowRoot!.querySelector<T>(selector)!;
const locationsPanel = (el: IdoCoordinator) => $(el, 'ido-coordinator-locations');
const logPanel = (el: IdoCoordinator) => $(el, 'ido-coordinator-log');
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** A coordinator client with the key the element kept (what a second tab would have). */
function keptClient(): CoordinatorClient {
  const kept = JSON.parse(localStorage.getItem(storageKey(api))!) as { token: string };
  return new CoordinatorClient({ baseUrl: api, token: kept.token });
}

async function render(now = CHRISTMAS): Promise<IdoCoordinator> {
  const el = await fixture<IdoCoordinator>(
    html`<ido-coordinator api=${api} now=${now} lang="nl"></ido-coordinator>`,
  );
  await el.updateComplete;
  return el;
}

/** Types the code into the focused field and presses Enter, as a keyboard user would. */
async function typeCode(el: IdoCoordinator, code: string): Promise<void> {
  $(el, '#coord-code').focus();
  await sendKeys({ type: code });
  await sendKeys({ press: 'Enter' });
}

async function signIn(el: IdoCoordinator): Promise<void> {
  await typeCode(el, await idoServer.coordinatorCode(UTRECHT, { label: 'Coördinator test' }));
  await waitUntil(() => el.matches(':state(signed-in)'), 'signed in', { timeout: 8000 });
  await waitUntil(() => locationsPanel(el)?.shadowRoot?.querySelector('li'), 'locations listed');
}

/** Opens the editor of a location from the list with the keyboard. */
async function openLocation(el: IdoCoordinator, name: string): Promise<HTMLElement> {
  const panel = locationsPanel(el);
  const button = [...panel.shadowRoot!.querySelectorAll<HTMLButtonElement>('li button')].find((b) =>
    b.textContent!.includes(name),
  )!;
  button.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => panel.shadowRoot!.querySelector('form'), 'editor open');
  return panel;
}

function buttonNamed(root: Element, name: string): HTMLButtonElement {
  const button = [...root.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    b.textContent!.trim().startsWith(name),
  );
  if (!button) throw new Error(`no button "${name}"`);
  return button;
}

async function pressButton(root: Element, name: string): Promise<void> {
  buttonNamed(root, name).focus();
  await sendKeys({ press: 'Enter' });
}

before(async function () {
  // The coordinator's server starts on first use (a cold PGlite on a busy machine).
  this.timeout(90000);
  api = await idoServer.coordinatorUrl();
});

beforeEach(() => {
  localStorage.clear();
});

afterEach(() => {
  fixtureCleanup();
});

describe('<ido-coordinator>', function () {
  this.timeout(40000);

  it('asks for an api: a feed gives a configuration error', async () => {
    const el = await fixture<IdoCoordinator>(
      html`<ido-coordinator feed="/feed.json" lang="nl"></ido-coordinator>`,
    );
    await waitUntil(() => el.matches(':state(error)'));
    expect(text(el)).to.contain('werkt alleen met een IDO-server');
    await expectAccessible(el);
  });

  it('signs in with the keyboard, keeps the key out of the markup, and refuses a wrong or expired code', async () => {
    const el = await render();
    expect(el.matches(':state(signed-out)')).to.equal(true);
    await expectAccessible(el);

    await typeCode(el, 'ABCD-2345');
    await waitUntil(() => $(el, '#coord-code-error'), 'refusal shown');
    expect($(el, '#coord-code-error').textContent).to.contain('Deze code werkt niet');
    expect($(el, '#coord-code').getAttribute('aria-invalid')).to.equal('true');
    await expectAccessible(el);

    ($(el, '#coord-code') as HTMLInputElement).value = '';
    await typeCode(el, await idoServer.coordinatorCode(UTRECHT, { expired: true }));
    await waitUntil(() => $(el, '#coord-code-error')?.textContent?.includes('verlopen'));

    ($(el, '#coord-code') as HTMLInputElement).value = '';
    await signIn(el);
    expect(text(el)).to.contain(`Ingelogd als Coördinator test · ${UTRECHT}`);
    const kept = localStorage.getItem(storageKey(api));
    expect(kept).to.be.a('string');
    const token = (JSON.parse(kept!) as { token: string }).token;
    expect(el.outerHTML + el.shadowRoot!.innerHTML).not.to.contain(token);
    expect(text(locationsPanel(el))).to.contain('IDO Voorbeeldbibliotheek Utrecht Centrum');
    await expectAccessible(el);

    // A reload stays signed in.
    fixtureCleanup();
    const again = await render();
    await waitUntil(() => again.matches(':state(signed-in)'), 'still signed in');
  });

  it('adds a Christmas closure with the keyboard: the preview shows it before saving, the resident card after', async () => {
    const el = await render();
    await signIn(el);
    const panel = await openLocation(el, 'Kanaleneiland');
    const preview = () => panel.shadowRoot!.querySelector('ido-opening-hours')!;
    await waitUntil(() => text(preview()).includes('Vandaag'), 'preview shown');
    expect(text(preview())).not.to.contain('gesloten (Kerst)');

    const exceptions = () =>
      panel
        .shadowRoot!.querySelectorAll('fieldset.hw-schedule')[0]!
        .querySelectorAll('.hw-exception').length;
    const before = exceptions();
    await pressButton(panel, 'Afwijkende dag toevoegen');
    await waitUntil(() => exceptions() === before + 1);
    const base = `hours-library-exceptions-${before}`;
    const date = panel.shadowRoot!.querySelector<HTMLInputElement>(`#field-${base}-date`)!;
    date.focus();
    // Chromium's date field takes the digits in the browser's order (month, day, year here).
    await sendKeys({ type: '12242026' });
    await waitUntil(() => date.value === '2026-12-24', `date typed (${date.value})`);
    expect(
      panel.shadowRoot!.querySelector<HTMLInputElement>(`#field-${base}-kind-closed`)!.checked,
    ).to.equal(true);
    panel.shadowRoot!.querySelector<HTMLElement>(`#field-${base}-note`)!.focus();
    await sendKeys({ type: 'Kerst' });
    await waitUntil(
      () => text(preview()).includes('gesloten (Kerst)'),
      'the preview shows the closure',
    );
    await expectAccessible(el);

    await pressButton(panel, 'Opslaan');
    await waitUntil(() => $(el, '[part="status"]').textContent!.includes('is opgeslagen'));
    const saved = await keptClient().locations.get('ido-utrecht-kanaleneiland');
    expect(saved.doc.hours.library.exceptions).to.deep.include({
      date: '2026-12-24',
      closed: true,
      note: 'Kerst',
    });

    const card = await fixture<HTMLElement>(
      html`<ido-opening-hours
        api=${api}
        location="ido-utrecht-kanaleneiland"
        now=${CHRISTMAS}
        lang="nl"
      ></ido-opening-hours>`,
    );
    await waitUntil(
      () => text(card).includes('gesloten (Kerst)'),
      'the resident card shows the closure',
      { timeout: 8000 },
    );
  });

  it('jumps from the top of the long location form to "Opslaan" with one key', async () => {
    const el = await render();
    await signIn(el);
    const panel = await openLocation(el, 'Kanaleneiland');
    await pressButton(panel, 'Naar Opslaan');
    const focused = panel.shadowRoot!.activeElement as HTMLButtonElement | null;
    expect(focused?.getAttribute('type')).to.equal('submit');
    expect(focused?.textContent?.trim()).to.equal('Opslaan');
  });

  it('creates a location with the keyboard: place looked up, week grid edited, preview live, saved as new', async () => {
    // An ordinary week (Wednesday 18 November 2026): no holiday in the preview's week.
    const el = await render('2026-11-18T10:30:00+01:00');
    await signIn(el);
    const panel = locationsPanel(el);
    await pressButton(panel, 'Nieuwe locatie');
    await waitUntil(() => panel.shadowRoot!.querySelector('form'), 'form open');
    expect(panel.shadowRoot!.activeElement?.id).to.equal('cl-heading');
    const field = (path: string) =>
      panel.shadowRoot!.querySelector<HTMLInputElement>(`#field-${path}`)!;
    const typeInto = async (path: string, value: string) => {
      field(path).focus();
      await sendKeys({ type: value });
    };
    await typeInto('name', 'IDO Utrecht Zuilen Test');
    await waitUntil(() => field('id').value === 'ido-utrecht-zuilen-test', 'id from the name');
    await typeInto('address-street', 'Voorbeeldstraat');
    await typeInto('address-houseNumber', '5');
    await typeInto('address-postcode', '3511 AB');
    await typeInto('address-city', 'Utrecht');
    await typeInto('address-municipality', 'Utrecht');
    await pressButton(panel, 'Plek opzoeken met het adres');
    await waitUntil(() => field('geo-lat').value !== '', 'coordinates looked up', {
      timeout: 8000,
    });

    const preview = () => text(panel.shadowRoot!.querySelector('ido-opening-hours')!);
    await pressButton(panel, 'Tijd toevoegen op zaterdag');
    await waitUntil(
      () => /Zaterdag van 09:00 tot 17:00/.test(preview()),
      'Saturday in the preview',
    );
    const removeMonday = panel.shadowRoot!.querySelector<HTMLButtonElement>(
      'button[aria-label="Tijd 10:00–17:00 op maandag weghalen"]',
    )!;
    removeMonday.focus();
    await sendKeys({ press: 'Enter' });
    await pressButton(panel, 'Dinsdag tot en met vrijdag: zelfde als maandag');
    await waitUntil(() => /Dinsdag gesloten/.test(preview()), 'Tuesday closed in the preview');
    expect(preview()).to.match(/Maandag gesloten/);
    await expectAccessible(el);

    await pressButton(panel, 'Opslaan');
    await waitUntil(() => $(el, '[part="status"]').textContent!.includes('is opgeslagen'));
    const saved = await keptClient().locations.get('ido-utrecht-zuilen-test');
    expect(saved.doc.organisation).to.equal(UTRECHT);
    expect(saved.doc.hours.library.weekly).to.deep.equal([
      { day: 'sa', opens: '09:00', closes: '17:00' },
    ]);
    expect(saved.doc.geo.lat).to.be.within(50.6, 53.7);
  });

  it('shows a field error next to its field and in the summary, whose link focuses the field', async () => {
    const el = await render();
    await signIn(el);
    const panel = await openLocation(el, 'Centrum');
    const postcode = panel.shadowRoot!.querySelector<HTMLInputElement>('#field-address-postcode')!;
    postcode.focus();
    postcode.select();
    await sendKeys({ type: '35' });
    await pressButton(panel, 'Opslaan');
    await waitUntil(() => panel.shadowRoot!.querySelector('.ck-summary'), 'summary shown');
    const summary = panel.shadowRoot!.querySelector<HTMLElement>('.ck-summary')!;
    expect(panel.shadowRoot!.activeElement).to.equal(summary);
    expect(summary.textContent).to.contain('Postcode');
    expect(summary.textContent).to.contain('1234 AB');
    expect(postcode.getAttribute('aria-invalid')).to.equal('true');
    const error = panel.shadowRoot!.querySelector('#field-address-postcode-error')!;
    expect(error.textContent).to.contain('1234 AB');
    expect(postcode.getAttribute('aria-describedby')).to.contain('field-address-postcode-error');
    await expectAccessible(el);

    summary.querySelector<HTMLElement>('a')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(panel.shadowRoot!.activeElement).to.equal(postcode);

    // Nothing was sent: the server still has the real postcode. "Verwerpen" brings it back.
    expect((await keptClient().locations.get('ido-utrecht-centrum')).doc.address.postcode).to.equal(
      '3511 AB',
    );
    await pressButton(panel, 'Verwerpen');
    await waitUntil(() => postcode.value === '3511 AB');
    expect(panel.shadowRoot!.querySelector('.ck-summary')).to.equal(null);
  });

  it('two tabs editing one location: the second save shows both versions and overwrites nothing', async () => {
    const first = await render();
    await signIn(first);
    const second = await render();
    await waitUntil(() => second.matches(':state(signed-in)'));
    await waitUntil(() => locationsPanel(second)?.shadowRoot?.querySelector('li'));
    const a = await openLocation(first, 'Centrum');
    const b = await openLocation(second, 'Centrum');

    const name = (panel: HTMLElement) =>
      panel.shadowRoot!.querySelector<HTMLInputElement>('#field-name')!;
    name(a).focus();
    name(a).select();
    await sendKeys({ type: 'IDO Utrecht Centrum (tab 1)' });
    await pressButton(a, 'Opslaan');
    await waitUntil(() => $(first, '[part="status"]').textContent!.includes('is opgeslagen'));

    name(b).focus();
    name(b).select();
    await sendKeys({ type: 'IDO Utrecht Centrum (tab 2)' });
    await pressButton(b, 'Opslaan');
    await waitUntil(() => b.shadowRoot!.querySelector('[part="conflict"]'), 'conflict shown');
    const conflict = b.shadowRoot!.querySelector<HTMLElement>('[part="conflict"]')!;
    expect(b.shadowRoot!.activeElement?.id).to.equal('ck-conflict-heading');
    expect(conflict.textContent).to.contain('Uw versie');
    expect(conflict.textContent).to.contain('Versie op de server');
    expect(conflict.textContent).to.contain('IDO Utrecht Centrum (tab 1)');
    expect(conflict.textContent).to.contain('IDO Utrecht Centrum (tab 2)');
    await expectAccessible(second);

    const onServer = await keptClient().locations.get('ido-utrecht-centrum');
    expect(onServer.doc.name).to.equal('IDO Utrecht Centrum (tab 1)');

    await pressButton(b, 'Versie van de server overnemen');
    await waitUntil(() => name(b).value === 'IDO Utrecht Centrum (tab 1)');
    expect(b.shadowRoot!.querySelector('[part="conflict"]')).to.equal(null);
  });

  it('undoes the last change from the log', async () => {
    const el = await render();
    await signIn(el);
    const client = keptClient();
    const before = await client.locations.get('ido-utrecht-centrum');
    await client.locations.save({ ...before.doc, name: 'Tijdelijke naam' }, before.etag);

    await pressButton(el, 'Logboek');
    await waitUntil(() => logPanel(el)?.shadowRoot?.querySelector('li'), 'log shown');
    const log = logPanel(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('coord-section-heading');
    expect(text(log)).to.contain('Coördinator test');
    await expectAccessible(el);

    await pressButton(log, 'Ongedaan maken');
    await waitUntil(() => log.shadowRoot!.querySelector('#cg-confirm-yes'));
    expect(log.shadowRoot!.activeElement?.id).to.equal('cg-confirm-yes');
    await expectAccessible(el);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part="status"]').textContent!.includes('ongedaan gemaakt'));
    const after = await client.locations.get('ido-utrecht-centrum');
    expect(after.doc.name).to.equal(before.doc.name);
    await waitUntil(() => text(log).includes('Ongedaan gemaakt'), 'the undo is logged');
  });

  it('signs out: the key is revoked and forgotten', async () => {
    const el = await render();
    await signIn(el);
    const client = keptClient();
    await pressButton(el, 'Uitloggen');
    await waitUntil(() => el.matches(':state(signed-out)'));
    expect(localStorage.getItem(storageKey(api))).to.equal(null);
    expect(text(el)).to.contain('U bent uitgelogd');
    expect(el.shadowRoot!.activeElement?.id).to.equal('coord-code');
    let refused: unknown;
    await client.me().catch((error: unknown) => (refused = error));
    expect((refused as { status?: number }).status).to.equal(401);
    await expectAccessible(el);
  });

  it('goes back to the sign-in when its key was revoked elsewhere', async () => {
    const el = await render();
    await signIn(el);
    await keptClient().signOut();
    await pressButton(el, 'Logboek');
    await waitUntil(() => el.matches(':state(signed-out)'), 'back at the sign-in');
    expect(text(el)).to.contain('deze sleutel werkt niet meer');
    expect(localStorage.getItem(storageKey(api))).to.equal(null);
    await expectAccessible(el);
  });

  it('fits 320 px without sideways scrolling, in the list and in the editor', async () => {
    const el = await render();
    el.style.display = 'block';
    el.style.width = '320px';
    await signIn(el);
    const base = $(el, '[part="base"]');
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    for (const button of el.shadowRoot!.querySelectorAll('.coord-tab'))
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
    const panel = await openLocation(el, 'Centrum');
    const form = panel.shadowRoot!.querySelector('form')!;
    expect(form.scrollWidth).to.be.at.most(form.clientWidth + 1);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    await expectAccessible(el);
  });
});
