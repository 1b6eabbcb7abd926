/// <reference types="mocha" />
// <ido-question-form> against the real API server (Hono on PGlite, the fixture feed), started
// by the `ido-server` plugin of web-test-runner.config.mjs. Keyboard through real key presses;
// what the server stored is read back through the plugin.
import { expect, fixture, fixtureCleanup, html, waitUntil as waitUntilFor } from '@open-wc/testing';
import { render } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { sendKeys } from '@web/test-runner-commands';
import { IndexedDbOutboxStore, type Enrolment, type QuestionRegistration } from '@idokit/sdk';
import { fixtureOutreachSessions } from '@idokit/sdk/testing';
import { DeskSession } from '../../controllers/desk-session.js';
import type { IdoErrorEvent } from '../../events/ido-error.js';
import type { IdoRegistrationQueuedEvent } from '../../events/ido-registration-queued.js';
import type { IdoRegistrationSubmittedEvent } from '../../events/ido-registration-submitted.js';
import {
  deepActiveElement,
  expectAccessible,
  expectFocusOn,
  idoServer,
  press,
  tab,
  typeText,
  type StoredRegistration,
} from '../../testing/index.js';
import { defineIdoQuestionForm, type IdoQuestionForm } from './ido-question-form.js';

defineIdoQuestionForm();

const HERE = 'ido-zwolle-centrum';

/** `waitUntil` with room for a real server on a busy machine (the runner's default is 1 s). */
function waitUntil(
  predicate: () => unknown,
  message?: string,
  options: { timeout?: number; interval?: number } = {},
): Promise<void> {
  return waitUntilFor(predicate, message, {
    interval: 50,
    ...options,
    timeout: Math.max(options.timeout ?? 0, 20_000),
  });
}
const ELSEWHERE = 'ido-zwolle-stadshagen';

const $ = <T extends Element = HTMLElement>(el: IdoQuestionForm, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: IdoQuestionForm, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const button = (el: IdoQuestionForm, label: string) =>
  $$<HTMLButtonElement>(el, 'button').find((b) => text(b)?.startsWith(label));
const status = (el: IdoQuestionForm) => text($(el, '[part~="status"]'));

let api = '';
let origin = '';

async function clearDevice(): Promise<void> {
  localStorage.clear();
  const store = new IndexedDbOutboxStore({ dbName: `idokit-outbox ${origin}` });
  for (const entry of await store.list()) await store.delete(entry.id);
}

async function mount(lang?: string): Promise<IdoQuestionForm> {
  const el = await fixture<IdoQuestionForm>(
    lang
      ? html`<ido-question-form api=${api} lang=${lang}></ido-question-form>`
      : html`<ido-question-form api=${api}></ido-question-form>`,
  );
  await el.updateComplete;
  return el;
}

/** Waits until the form (not the enrolment step, not loading) is shown. */
async function ready(el: IdoQuestionForm): Promise<void> {
  await waitUntil(() => $(el, '#q0-themes'), 'the form did not appear', { timeout: 5000 });
}

async function enrolWith(el: IdoQuestionForm, code: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#enrol-code')!;
  input.focus();
  await typeText(code);
  await press('Enter');
}

async function enrolled(el: IdoQuestionForm, location = HERE): Promise<void> {
  await enrolWith(el, await idoServer.enrolmentCode(location));
  await ready(el);
}

function session(): Enrolment {
  const raw = localStorage.getItem(`idokit:staff-session:${origin}`);
  return (JSON.parse(raw ?? '{}') as { enrolment: Enrolment }).enrolment;
}

/** Chooses an option in a type-ahead field by typing and Enter (focus must be in it). */
async function choose(query: string): Promise<void> {
  await typeText(query);
  await press('Enter');
}

/** Tabs until `target` has focus (at most 30 presses). */
async function tabTo(target: () => Element | null | undefined): Promise<void> {
  for (let i = 0; i < 30 && deepActiveElement() !== target(); i++) await tab();
  expectFocusOn(target(), 'tabbing');
}

/** A one-question visit by keyboard from the first field: toeslagen / Dienst Toeslagen. */
async function registerToeslagen(el: IdoQuestionForm): Promise<void> {
  expectFocusOn($(el, '#q0-themes'), 'start');
  await choose('toesl');
  await tab();
  await choose('dienst toe');
  await press('Enter');
  await waitUntil(
    () => /Geregistreerd|Bewaard|Registered|Kept/.test(status(el) ?? ''),
    `status: ${status(el)}`,
    { timeout: 5000 },
  );
  await waitUntil(() => deepActiveElement() === $(el, '#q0-themes'), 'focus back', {
    timeout: 5000,
  });
}

/** Puts an entry into the outbox as another (older) page would, and tells the open pages. */
async function putAside(registration: QuestionRegistration): Promise<void> {
  const store = new IndexedDbOutboxStore({ dbName: `idokit-outbox ${origin}` });
  const now = Date.now();
  await store.put({
    id: registration.id,
    registration,
    enqueuedAt: now,
    attempts: 0,
    nextAttemptAt: now,
  });
  const channel = new BroadcastChannel(`idokit-outbox ${origin}:change`);
  channel.postMessage('change');
  channel.close();
}

async function waitForVisits(location: string, expected: number): Promise<void> {
  let visits = -1;
  await waitUntil(
    async () => (visits = await idoServer.visits(location)) === expected,
    `the server counts ${visits} visits, expected ${expected}`,
    { timeout: 8000, interval: 100 },
  );
}

before(async function () {
  this.timeout(300_000); // the server (PGlite) starts on first use
  api = await idoServer.url();
  origin = new URL(api).origin;
});

afterEach(async () => {
  fixtureCleanup();
  await idoServer.offline(false);
  await clearDevice();
});

describe('<ido-question-form> enrolment', function () {
  // Each test talks to a real server many times; a busy machine needs the room.
  this.timeout(90_000);
  it('asks for the code, refuses a wrong and a used code, and keeps the token out of the markup', async () => {
    await clearDevice();
    const el = await mount();
    expect(el.hasState('enrol')).to.equal(true);
    await expectAccessible(el);

    await enrolWith(el, 'ABCD-EFGH');
    await waitUntil(() => $(el, '#enrol-error'), 'no error for a wrong code');
    expect(text($(el, '#enrol-error'))).to.contain('klopt niet, is al gebruikt of is verlopen');
    expect($(el, '#enrol-code')!.getAttribute('aria-invalid')).to.equal('true');
    expectFocusOn($(el, '#enrol-code'), 'after a refused code');
    await expectAccessible(el);

    const code = await idoServer.enrolmentCode(HERE);
    const input = $<HTMLInputElement>(el, '#enrol-code')!;
    input.value = '';
    await enrolWith(el, code.toLowerCase().replace('-', ' '));
    await ready(el);
    expectFocusOn($(el, '#q0-themes'), 'after enrolling');
    await waitUntil(() => text($(el, '[part~="session"]'))?.includes('Zwolle Centrum'));
    expect(text($(el, '[part~="session"]'))).to.contain(
      'U registreert voor IDO Voorbeeldbibliotheek Zwolle Centrum',
    );
    const token = session().token;
    expect(token).to.match(/^idokit_/);
    expect(el.shadowRoot!.innerHTML).not.to.contain(token);
    expect(document.documentElement.outerHTML).not.to.contain(token);
    expect(el.hasState('ready')).to.equal(true);
    await expectAccessible(el);

    // The same code on another device (this one forgotten) is refused: codes are single-use.
    el.shadowRoot!.querySelector<HTMLButtonElement>('#forget')!.click();
    await el.updateComplete;
    expect(text($(el, '[part~="session"]'))).to.contain('Weet u het zeker?');
    expectFocusOn($(el, '#forget-cancel'), 'forget asks first');
    await expectAccessible(el);
    button(el, 'Ja, vergeten')!.click();
    await waitUntil(() => $(el, '#enrol-code'));
    expect(localStorage.getItem(`idokit:staff-session:${origin}`)).to.equal(null);
    await enrolWith(el, code);
    await waitUntil(() => $(el, '#enrol-error'));
    expect(text($(el, '#enrol-error'))).to.contain('is al gebruikt');
  });

  it('names the desk by keyboard, shows the name, and revokes the device on the server when forgotten', async () => {
    const el = await mount();
    const code = await idoServer.enrolmentCode(HERE);
    $<HTMLInputElement>(el, '#enrol-code')!.focus();
    await typeText(code);
    await tab();
    expectFocusOn($(el, '#enrol-label'), 'the desk name follows the code');
    await typeText('Balie 1');
    await press('Enter');
    await ready(el);
    await waitUntil(() => text($(el, '[part~="session"]'))?.includes('(Balie 1)'));
    expect(text($(el, '[part~="session"]'))).to.contain(
      'U registreert voor IDO Voorbeeldbibliotheek Zwolle Centrum (Balie 1).',
    );
    const { deviceId } = session();
    const listed = () => idoServer.devices(HERE).then((all) => all.find((d) => d.id === deviceId));
    expect((await listed())?.label).to.equal('Balie 1');
    expect((await listed())?.revokedAt).to.equal(null);

    $<HTMLButtonElement>(el, '#forget')!.focus();
    await press('Enter');
    await el.updateComplete;
    expectFocusOn($(el, '#forget-cancel'), 'forget asks first');
    await tab({ shift: true });
    expectFocusOn(button(el, 'Ja, vergeten'), 'the confirm button');
    await press('Enter');
    await waitUntil(() => $(el, '#enrol-code'), 'back to enrolment');
    await waitUntil(() => status(el)?.includes('afgemeld bij de server'), `status: ${status(el)}`);
    expect(status(el)).to.equal('Dit apparaat is vergeten en afgemeld bij de server.');
    expect($(el, '[part~="not-told"]')).to.equal(null);
    expect((await listed())?.revokedAt).to.be.a('string');
    expectFocusOn($(el, '#enrol-code'), 'after forgetting');
    await expectAccessible(el);
  });

  it('forgotten offline: forgotten here, and says the server was not told and what to ask', async () => {
    const el = await mount();
    const code = await idoServer.enrolmentCode(HERE);
    $<HTMLInputElement>(el, '#enrol-code')!.focus();
    await typeText(code);
    await tab();
    await typeText('Balie 2');
    await press('Enter');
    await ready(el);
    const { deviceId } = session();
    await idoServer.offline(true);
    $<HTMLButtonElement>(el, '#forget')!.click();
    await el.updateComplete;
    button(el, 'Ja, vergeten')!.click();
    await waitUntil(() => $(el, '#enrol-code'), 'forgotten here all the same');
    expect(localStorage.getItem(`idokit:staff-session:${origin}`)).to.equal(null);
    const notice =
      'Dit apparaat is hier vergeten, maar de server kon niet worden bereikt. Daar is het nog niet afgemeld. Vraag uw beheerder om het apparaat Balie 2 in te trekken.';
    expect(text($(el, '[part~="not-told"]'))).to.equal(notice);
    await waitUntil(() => status(el) === notice, `status: ${status(el)}`);
    await expectAccessible(el);
    await idoServer.offline(false);
    const device = (await idoServer.devices(HERE)).find((d) => d.id === deviceId);
    expect(device?.revokedAt).to.equal(null);
    // The next enrolment clears the notice.
    await enrolled(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#forget')!.click();
    await el.updateComplete;
    button(el, 'Ja, vergeten')!.click();
    await waitUntil(() => $(el, '#enrol-code'));
    expect($(el, '[part~="not-told"]')).to.equal(null);
  });

  it('refuses a desk name that is too long or holds personal data, naming the field', async () => {
    const el = await mount();
    const code = await idoServer.enrolmentCode(HERE);
    $<HTMLInputElement>(el, '#enrol-code')!.focus();
    await typeText(code);
    const label = $<HTMLInputElement>(el, '#enrol-label')!;
    label.value = 'B'.repeat(41);
    label.focus();
    await press('Enter');
    await waitUntil(() => $(el, '#enrol-label-error'));
    expect(text($(el, '#enrol-label-error'))).to.equal(
      'Gebruik hooguit 40 tekens, bijvoorbeeld Balie 1.',
    );
    expect(label.getAttribute('aria-invalid')).to.equal('true');
    expectFocusOn(label, 'the field with the error');
    await expectAccessible(el);
    label.value = 'Balie van 06-12345678';
    await press('Enter');
    await waitUntil(() => text($(el, '#enrol-label-error'))?.includes('persoonsgegeven'));
    expect($(el, '#enrol-error')).to.equal(null);
    // The code was not spent: with a plain name it enrols.
    label.value = 'Balie 3';
    await press('Enter');
    await ready(el);
    await waitUntil(() => text($(el, '[part~="session"]'))?.includes('(Balie 3)'));
  });

  it('says plainly when a code is malformed or missing', async () => {
    const el = await mount();
    $<HTMLInputElement>(el, '#enrol-code')!.focus();
    await press('Enter');
    await el.updateComplete;
    expect(text($(el, '#enrol-error'))).to.equal('Vul de aanmeldcode in.');
    await enrolWith(el, 'x!');
    await waitUntil(() => text($(el, '#enrol-error'))?.includes('geen aanmeldcode'));
  });

  it('shares the session with every element on the page and forgets it everywhere', async () => {
    const el = await mount();
    await enrolled(el);
    const second = document.createElement('ido-question-form');
    second.setAttribute('api', api);
    el.parentElement!.append(second);
    await waitUntil(() => second.shadowRoot?.querySelector('#q0-themes'), 'second form');
    el.shadowRoot!.querySelector<HTMLButtonElement>('#forget')!.click();
    await el.updateComplete;
    button(el, 'Ja, vergeten')!.click();
    await waitUntil(() => second.shadowRoot?.querySelector('#enrol-code'), 'second forgot too');
    second.remove();
  });

  it('tells a device with a report-only session that it cannot register', async () => {
    localStorage.setItem(
      `idokit:staff-session:${origin}`,
      JSON.stringify({
        enrolment: {
          deviceId: 'dev_report',
          token: 'idokit_'.padEnd(40, 'x'),
          issuedAt: new Date().toISOString(),
          scope: { organisation: 'voorbeeldbibliotheek' },
        },
      }),
    );
    const el = await mount();
    expect(text($(el, '[role="alert"]'))).to.contain('niet om vragen te registreren');
    expect($(el, '#q0-themes')).to.equal(null);
    await expectAccessible(el);
  });
});

describe('<ido-question-form> registering', function () {
  // Each test talks to a real server many times; a busy machine needs the room.
  this.timeout(90_000);
  it('registers a two-question visit with a warm referral by keyboard only', async () => {
    const el = await mount();
    await enrolled(el);
    const submitted: IdoRegistrationSubmittedEvent[] = [];
    document.addEventListener('ido-registration-submitted', (e) => submitted.push(e), {
      once: true,
    });

    await choose('toesl');
    expect(text($(el, '.chips'))).to.contain('Toeslagen');
    await tab();
    await choose('dienst toe');
    expect(text($$(el, '.chips')[1])).to.contain('Dienst Toeslagen');
    await tabTo(() => button(el, 'Nog een vraag'));
    await press('Enter');
    await el.updateComplete;
    expectFocusOn($(el, '#q1-themes'), 'the new question');
    expect(status(el)).to.equal('2 vragen');
    await choose('schuld');
    await tab(); // organisations
    await tab(); // help given
    expect(deepActiveElement()?.getAttribute('name')).to.equal('q1-help');
    for (let i = 0; i < 3; i++) await press('ArrowRight');
    await el.updateComplete;
    expect((deepActiveElement() as HTMLInputElement).value).to.equal('referred');
    await tab();
    expectFocusOn($(el, '#q1-referral'), 'the referral target');
    await press('ArrowDown');
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#q1-referral')!.value).to.match(/^partner:/);
    await tab();
    expectFocusOn($(el, '#q1-warm'), 'warm');
    await press('Space');
    await tabTo(() => $(el, '[part~="submit"]'));
    await expectAccessible(el);
    await press('Enter');

    await waitUntil(() => /^Geregistreerd: /.test(status(el) ?? ''), `status: ${status(el)}`);
    // The confirmation names what was stored, both questions and the channel.
    expect(status(el)).to.match(
      /^Geregistreerd: Toeslagen · Dienst Toeslagen · informatie gegeven \+ Boetes en schulden · warm doorverwezen naar \S.* · aan de balie\.$/,
    );
    expectFocusOn($(el, '#q0-themes'), 'focus back at the start');
    expect($(el, '#q1-themes')).to.equal(null);
    // Confirmed once stored on the device; the server has it a moment later.
    await waitUntil(() => submitted.length === 1, 'not delivered');
    const stored = (await idoServer.registrations(HERE)).at(-1)!;
    expect(stored.questions).to.have.length(2);
    expect(stored.questions[0]).to.include({ help: 'informed' });
    expect(stored.questions[0]!.themes).to.deep.equal(['toeslagen']);
    expect(stored.questions[0]!.organisations).to.deep.equal(['dienst-toeslagen']);
    expect(stored.questions[1]).to.include({ help: 'referred', warm: true });
    expect(stored.questions[1]!.partnerId).to.be.a('string');
    expect(stored.channel).to.equal('desk');
    // The hour of the visit, in Amsterdam, whatever the browser's zone.
    const amsterdam = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Amsterdam',
      hour: 'numeric',
      hourCycle: 'h23',
    }).format(new Date());
    expect(stored.hour).to.equal(Number(amsterdam));
    await waitUntil(() => submitted.length === 1);
    expect(submitted[0]!.detail.registration.id).to.equal(stored.id);
    expect(submitted[0]!.bubbles && submitted[0]!.composed).to.equal(true);
  });

  it('refuses to register a government question without a topic, with an error summary', async () => {
    const el = await mount();
    await enrolled(el);
    const before = await idoServer.visits(HERE);
    await press('Enter');
    await el.updateComplete;
    const summary = $(el, '[part~="error-summary"]');
    expect(text(summary)).to.contain('Vraag 1: kies een onderwerp.');
    expectFocusOn(summary, 'the error summary');
    expect($(el, '#q0-themes')!.getAttribute('aria-invalid')).to.equal('true');
    await expectAccessible(el);
    summary!.querySelector('a')!.click();
    expectFocusOn($(el, '#q0-themes'), 'the summary link');
    expect(await idoServer.visits(HERE)).to.equal(before);
  });

  it('repeats the last visit in three keys, and corrects it with a superseding registration', async () => {
    const el = await mount();
    await enrolled(el);
    const start = await idoServer.visits(HERE);
    await registerToeslagen(el);
    await waitForVisits(HERE, start + 1);

    // Same as last: Shift+Tab, Enter, Enter.
    await tab({ shift: true });
    expectFocusOn($(el, '#same-as-last'), 'same as last');
    await press('Enter');
    await el.updateComplete;
    expectFocusOn($(el, '[part~="submit"]'), 'submit after same-as-last');
    await press('Enter');
    await waitForVisits(HERE, start + 2);
    const [first, second] = (await idoServer.registrations(HERE)).slice(-2);
    expect(second!.questions).to.deep.equal(first!.questions);
    expect(second!.id).not.to.equal(first!.id);

    // Correct the last one: it is replaced, not added.
    button(el, 'Vorige corrigeren')!.click();
    await el.updateComplete;
    expect(text($(el, '.banner'))).to.contain(
      'U verbetert: Toeslagen · Dienst Toeslagen · informatie gegeven · aan de balie.',
    );
    await expectAccessible(el);
    const helpRadio = $$<HTMLInputElement>(el, 'input[name="q0-help"]').find(
      (r) => r.value === 'searched-together',
    )!;
    helpRadio.click();
    button(el, 'Correctie registreren')!.click();
    let correction: StoredRegistration | undefined;
    await waitUntil(
      async () =>
        (correction = (await idoServer.registrations(HERE)).find(
          (r) => r.supersedes === second!.id,
        )),
      'no correction stored',
      { timeout: 5000 },
    );
    expect(correction!.questions[0]!.help).to.equal('searched-together');
    expect(correction!.date).to.equal(second!.date);
    expect(await idoServer.visits(HERE)).to.equal(start + 2);
  });

  it('blocks a note with a BSN, highlights it, and lets it be removed', async () => {
    const el = await mount();
    await enrolled(el);
    const before = await idoServer.visits(HERE);
    await choose('toesl');
    const note = $<HTMLTextAreaElement>(el, '#note')!;
    note.focus();
    await typeText('Vroeg naar BSN 111222333 bij brief');
    await el.updateComplete;
    expect(text($(el, '#note-error'))).to.contain(
      'Dit lijkt op een BSN. Noteer geen persoonsgegevens.',
    );
    expect(text($(el, 'mark'))).to.equal('111222333');
    expect(note.getAttribute('aria-invalid')).to.equal('true');
    await expectAccessible(el);
    button(el, 'Registreren')!.click();
    await el.updateComplete;
    expect(text($(el, '[part~="error-summary"]'))).to.contain('haal de persoonsgegevens weg');
    expect(await idoServer.visits(HERE)).to.equal(before);

    button(el, 'Haal het weg')!.click();
    await el.updateComplete;
    expect(note.value).to.equal('Vroeg naar BSN bij brief');
    expect($(el, 'mark')).to.equal(null);
    expect($(el, '[part~="error-summary"]')).to.equal(null);
    button(el, 'Registreren')!.click();
    await waitForVisits(HERE, before + 1);
  });

  it('warns about a likely name in the note without blocking, and lets it be removed', async () => {
    const el = await mount();
    await enrolled(el);
    const before = await idoServer.visits(HERE);
    await choose('toesl');
    const note = $<HTMLTextAreaElement>(el, '#note')!;
    note.focus();
    await typeText('mevrouw Fatima El Amrani wilde huurtoeslag');
    await el.updateComplete;
    // A warning, not an error: the field stays valid and nothing is announced as an alert.
    expect(text($(el, '#note-warning .warning'))).to.equal(
      'Dit lijkt een naam. Gaat het om de bezoeker? Haal de naam dan weg. Registreren kan gewoon.',
    );
    expect($(el, '#note-warning [role="alert"]')).to.equal(null);
    expect($(el, '#note-error')).to.equal(null);
    expect(text($(el, 'mark.warning'))).to.equal('Fatima El Amrani');
    expect(note.getAttribute('aria-invalid')).to.equal('false');
    expect(note.getAttribute('aria-describedby')).to.contain('note-warning');
    await expectAccessible(el);

    button(el, 'Haal het weg')!.click();
    await el.updateComplete;
    expect(note.value).to.equal('mevrouw wilde huurtoeslag');
    expect($(el, 'mark')).to.equal(null);

    // Left in, a likely name does not stop the registration (the server stores it too).
    note.focus();
    note.select();
    await typeText('dhr. Jansen van de woningcorporatie');
    await el.updateComplete;
    expect(text($(el, 'mark.warning'))).to.equal('Jansen');
    button(el, 'Registreren')!.click();
    await waitForVisits(HERE, before + 1);
    const stored = (await idoServer.registrations(HERE)).at(-1)!;
    expect(stored.note).to.equal('dhr. Jansen van de woningcorporatie');
  });

  it('keeps the draft and says so when the device cannot store the registration', async () => {
    const el = await mount();
    await enrolled(el);
    const start = await idoServer.visits(HERE);
    const events: Event[] = [];
    const record = (e: Event) => events.push(e);
    const types = ['ido-error', 'ido-registration-queued', 'ido-registration-submitted'];
    for (const type of types) document.addEventListener(type, record);
    // The outside world at its edge: IndexedDB refuses the write (storage full).
    const put = IndexedDbOutboxStore.prototype.put;
    IndexedDbOutboxStore.prototype.put = () =>
      Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    try {
      expectFocusOn($(el, '#q0-themes'), 'start');
      await choose('toesl');
      await tab();
      await choose('dienst toe');
      await press('Enter');
      await waitUntil(() => $(el, '[part~="store-error"]'), 'no error shown');
      const alert = $(el, '[part~="store-error"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(text(alert)).to.equal(
        'Bewaren op dit apparaat lukte niet. De vraag staat nog in het formulier; probeer opnieuw.',
      );
      expectFocusOn(alert, 'after storing failed');
      // The draft is untouched, nothing is confirmed, queued or sent.
      expect(text($(el, '.chips'))).to.contain('Toeslagen');
      expect(text($$(el, '.chips')[1])).to.contain('Dienst Toeslagen');
      expect($(el, '[part~="confirmation"]')).to.equal(null);
      expect(status(el) ?? '').not.to.match(/Geregistreerd|Bewaard/);
      expect($(el, '.badge')).to.equal(null);
      expect(events.map((e) => e.type)).to.deep.equal(['ido-error']);
      const detail = (events[0] as IdoErrorEvent).detail;
      expect(detail.message).to.equal(text(alert));
      expect((detail.error as { code?: string }).code).to.equal('storage');
      expect(
        await new IndexedDbOutboxStore({ dbName: `idokit-outbox ${origin}` }).list(),
      ).to.deep.equal([]);
      await expectAccessible(el);
    } finally {
      IndexedDbOutboxStore.prototype.put = put;
    }

    // Storage works again: the same draft registers, and the error goes.
    $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    await waitUntil(() => /Geregistreerd|Bewaard/.test(status(el) ?? ''), `status: ${status(el)}`);
    expect($(el, '[part~="store-error"]')).to.equal(null);
    await waitForVisits(HERE, start + 1);
    for (const type of types) document.removeEventListener(type, record);
  });

  it('keeps a visit the device could not store aside while the next one is typed, and stores it on request', async () => {
    const el = await mount();
    await enrolled(el);
    const start = (await idoServer.registrations(HERE)).length;
    // The write fails late: only once staff have started the next visit (a fixed delay would
    // race the typing on a busy machine).
    const put = IndexedDbOutboxStore.prototype.put;
    let fail!: () => void;
    const late = new Promise<void>((resolve) => (fail = resolve));
    IndexedDbOutboxStore.prototype.put = () =>
      late.then(() => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      });
    try {
      await registerToeslagenUnconfirmed();
      await choose('wonen');
      fail();
      await waitUntil(() => $(el, '[part~="unstored"]'), 'not kept aside');
      expect(text($(el, '[part~="unstored"]'))).to.contain(
        'Dit bezoek kon niet op dit apparaat worden bewaard en is nog niet geregistreerd: Toeslagen · Dienst Toeslagen · informatie gegeven · aan de balie.',
      );
      // The next visit is untouched by it.
      expect(text($(el, '.chips'))).to.contain('Wonen');
      await expectAccessible(el);
    } finally {
      IndexedDbOutboxStore.prototype.put = put;
    }
    button(el, 'Opnieuw bewaren')!.click();
    await waitUntil(() => !$(el, '[part~="unstored"]'), 'still aside');
    $<HTMLInputElement>(el, '#q0-themes')!.focus();
    await press('Enter');
    await waitUntil(async () => (await idoServer.registrations(HERE)).length === start + 2);
    expect(
      (await idoServer.registrations(HERE)).slice(start).map((r) => r.questions[0]!.themes),
    ).to.deep.equal([['toeslagen'], ['wonen']]);

    async function registerToeslagenUnconfirmed(): Promise<void> {
      await choose('toesl');
      await tab();
      await choose('dienst toe');
      await press('Enter');
      await waitUntil(() => deepActiveElement() === $(el, '#q0-themes'), 'the next visit');
    }
  });

  it('holds aside a registration the server refuses (422), names why, and resends it corrected', async () => {
    const el = await mount();
    await enrolled(el);
    // Sent around the form: a registration queued by an older page, with a BSN in its note.
    const id = crypto.randomUUID();
    const registration: QuestionRegistration = {
      id,
      locationId: HERE,
      date: '2026-11-20',
      hour: 11,
      channel: 'desk',
      durationMinutes: 10,
      questions: [{ type: 'library', organisations: [], themes: [], help: 'informed' }],
      note: 'BSN 111222333',
    };
    await putAside(registration);
    await waitUntil(() => button(el, 'Nu verzenden'), 'the badge');
    expect(text($(el, '.badge'))).to.equal('1 registratie wacht op verzending');
    button(el, 'Nu verzenden')!.click();
    await waitUntil(() => $(el, '[part~="held"]'), 'held aside', { timeout: 5000 });
    const held = text($(el, '[part~="held"]'));
    expect(held).to.contain('1 registratie apart gezet');
    expect(held).to.contain('Geweigerd: de notitie bevat een BSN.');
    expect(el.hasState('held')).to.equal(true);
    await expectAccessible(el);
    expect((await idoServer.registrations(HERE)).some((r) => r.id === id)).to.equal(false);

    button(el, 'Verbeteren en opnieuw versturen')!.click();
    await el.updateComplete;
    expect(text($(el, '.banner'))).to.contain('apart gezette registratie');
    expect(text($(el, 'mark'))).to.equal('111222333');
    button(el, 'Haal het weg')!.click();
    await el.updateComplete;
    button(el, 'Correctie registreren')!.click();
    await waitUntil(() => !$(el, '[part~="held"]'), 'still held');
    let stored: StoredRegistration | undefined;
    await waitUntil(
      async () => (stored = (await idoServer.registrations(HERE)).find((r) => r.id === id)),
      'not stored',
      { timeout: 5000 },
    );
    expect(stored!.note).to.equal('BSN');
    expect(stored!.date).to.equal('2026-11-20');
  });

  it('discards a held registration only after confirmation', async () => {
    const el = await mount();
    await enrolled(el);
    const store = new IndexedDbOutboxStore({ dbName: `idokit-outbox ${origin}` });
    const id = crypto.randomUUID();
    await putAside({
      id,
      locationId: HERE,
      date: '2026-11-20',
      hour: 11,
      channel: 'desk',
      durationMinutes: 10,
      questions: [{ type: 'library', organisations: [], themes: [], help: 'informed' }],
      supersedes: crypto.randomUUID(),
    });
    await waitUntil(() => button(el, 'Nu verzenden'), 'badge');
    button(el, 'Nu verzenden')!.click();
    await waitUntil(() => $(el, '[part~="held"]'), 'held aside');
    expect(text($(el, '[part~="held"]'))).to.contain('Geweigerd: de registratie klopt niet');
    button(el, 'Weggooien')!.click();
    await el.updateComplete;
    expectFocusOn($(el, `#discard-cancel-${id}`), 'the safe choice');
    await expectAccessible(el);
    button(el, 'Ja, weggooien')!.click();
    await waitUntil(() => !$(el, '[part~="held"]'));
    expect(await store.get(id)).to.equal(undefined);
    expect(status(el)).to.equal('De registratie is weggegooid.');
  });
});

describe('<ido-question-form> offline and revoked', function () {
  // Each test talks to a real server many times; a busy machine needs the room.
  this.timeout(90_000);
  it('queues three registrations offline, keeps them over a reload, and delivers each once', async () => {
    let el = await mount();
    await enrolled(el);
    const start = await idoServer.visits(HERE);
    const queued: IdoRegistrationQueuedEvent[] = [];
    const onQueued = (e: IdoRegistrationQueuedEvent) => queued.push(e);
    document.addEventListener('ido-registration-queued', onQueued);
    await idoServer.offline(true);
    await registerToeslagen(el);
    for (let i = 0; i < 2; i++) {
      await tab({ shift: true });
      await press('Enter');
      await press('Enter');
      await waitUntil(() => deepActiveElement() === $(el, '#q0-themes'), 'focus back', {
        timeout: 5000,
      });
    }
    await waitUntil(() => text($(el, '.badge')) === '3 registraties wachten op verzending');
    await waitUntil(() =>
      (text($(el, '[part~="confirmation"]')) ?? '').startsWith(
        'Bewaard op dit apparaat: Toeslagen',
      ),
    );
    // The badge follows the outbox at once; each event follows its short wait for delivery.
    await waitUntil(() => queued.length === 3, 'three queued events');
    expect(queued.map((e) => e.detail.pending)).to.deep.equal([1, 2, 3]);
    await expectAccessible(el);
    document.removeEventListener('ido-registration-queued', onQueued);

    // "Reload": the page's sessions end as the page does; a new element, a new session and
    // outbox, the same IndexedDB; still offline.
    fixtureCleanup();
    DeskSession.endAll();
    el = await mount();
    await ready(el);
    await waitUntil(() => text($(el, '.badge')) === '3 registraties wachten op verzending');
    expect(await idoServer.visits(HERE)).to.equal(start);

    await idoServer.offline(false);
    window.dispatchEvent(new Event('online'));
    await waitForVisits(HERE, start + 3);
    await waitUntil(() => !$(el, '.badge'), 'the badge stays');
    const ids = (await idoServer.registrations(HERE)).map((r) => r.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('delivers each registration once when two forms on one page share the desk (real tabs: desk-session.test.ts, test/staff)', async () => {
    const el = await mount();
    await enrolled(el);
    const start = await idoServer.visits(HERE);
    await idoServer.offline(true);
    await registerToeslagen(el);
    for (let i = 0; i < 2; i++) {
      await tab({ shift: true });
      await press('Enter');
      await press('Enter');
      await waitUntil(() => deepActiveElement() === $(el, '#q0-themes'), 'focus back', {
        timeout: 5000,
      });
    }
    const other = document.createElement('ido-question-form');
    other.setAttribute('api', api);
    el.parentElement!.append(other);
    await waitUntil(() => other.shadowRoot?.querySelector('.badge'), 'the other one sees them');
    await idoServer.offline(false);
    window.dispatchEvent(new Event('online'));
    await waitForVisits(HERE, start + 3);
    await waitUntil(() => !$(el, '.badge') && !other.shadowRoot!.querySelector('.badge'));
    const ids = (await idoServer.registrations(HERE)).map((r) => r.id);
    expect(new Set(ids).size).to.equal(ids.length);
    other.remove();
  });

  it('says a revoked device is signed out, keeps its registrations, and sends them only for the same location', async () => {
    const el = await mount();
    await enrolled(el);
    await idoServer.revoke(session().deviceId);
    await choose('toesl');
    await press('Enter');
    await waitUntil(() => $(el, '#enrol-code'), 'back to enrolment', { timeout: 5000 });
    const alert = text($(el, '[role="alert"]'));
    expect(alert).to.contain('Dit apparaat is afgemeld. Vraag een nieuwe code.');
    await waitUntil(() => text($(el, '[role="alert"]'))?.includes('1 registratie blijft bewaard'));
    await expectAccessible(el);
    const heldId = (
      await new IndexedDbOutboxStore({ dbName: `idokit-outbox ${origin}` }).list()
    )[0]!.id;

    // Enrolled for another location: held aside with that reason, never sent there.
    await enrolled(el, ELSEWHERE);
    await waitUntil(() => $(el, '[part~="held"]'), 'held aside');
    expect(text($(el, '[part~="held"]'))).to.contain(
      `Geregistreerd voor een andere locatie (${HERE})`,
    );
    expect(button(el, 'Verbeteren')).to.equal(undefined);
    expect((await idoServer.registrations(ELSEWHERE)).some((r) => r.id === heldId)).to.equal(false);

    // Enrolled for the same location again: sent.
    el.shadowRoot!.querySelector<HTMLButtonElement>('#forget')!.click();
    await el.updateComplete;
    button(el, 'Ja, vergeten')!.click();
    await waitUntil(() => $(el, '#enrol-code'));
    await enrolled(el, HERE);
    await waitUntil(
      async () => (await idoServer.registrations(HERE)).some((r) => r.id === heldId),
      'not sent after enrolling for the same location',
      { timeout: 8000, interval: 200 },
    );
    await waitUntil(() => !$(el, '[part~="held"]'));
  });
});

describe('<ido-question-form> delivery goes on without the element', function () {
  // Each test talks to a real server many times; a busy machine needs the room.
  this.timeout(90_000);
  const listeners: [string, (e: Event) => void][] = [];
  afterEach(() => {
    for (const [type, listener] of listeners.splice(0))
      document.removeEventListener(type, listener);
  });

  /** Registers one visit offline; returns what the events of the page and of `el` were. */
  async function queueOne(el: IdoQuestionForm) {
    const onPage: string[] = [];
    const onElement: string[] = [];
    const types = ['ido-registration-queued', 'ido-registration-submitted'];
    for (const type of types) {
      const listener = (e: Event) => onPage.push(e.type);
      listeners.push([type, listener]);
      document.addEventListener(type, listener);
    }
    for (const type of types) el.addEventListener(type, (e) => onElement.push(e.type));
    await idoServer.offline(true);
    await registerToeslagen(el);
    await waitUntil(() =>
      (text($(el, '[part~="confirmation"]')) ?? '').includes('Bewaard op dit apparaat'),
    );
    await waitUntil(() => onElement.includes('ido-registration-queued'), 'queued event');
    const [entry] = await new IndexedDbOutboxStore({ dbName: `idokit-outbox ${origin}` }).list();
    return { onPage, onElement, id: entry!.id };
  }

  async function deliveredOnce(id: string, start: number): Promise<void> {
    await idoServer.offline(false);
    window.dispatchEvent(new Event('online'));
    await waitForVisits(HERE, start + 1);
    const ids = (await idoServer.registrations(HERE)).map((r) => r.id);
    expect(ids.filter((x) => x === id)).to.have.length(1);
    expect(new Set(ids).size).to.equal(ids.length);
  }

  it('delivers a registration queued offline once after the form was removed from the page', async () => {
    const el = await mount();
    await enrolled(el);
    const start = await idoServer.visits(HERE);
    const { onPage, id } = await queueOne(el);
    el.remove();
    await deliveredOnce(id, start);
    // Nobody on the page to tell: the element that made it is gone.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(onPage).to.deep.equal(['ido-registration-queued']);
    expect(
      await new IndexedDbOutboxStore({ dbName: `idokit-outbox ${origin}` }).list(),
    ).to.deep.equal([]);
  });

  it('delivers it once after the form was moved in the DOM, and the form still says so', async () => {
    const el = await mount();
    await enrolled(el);
    const start = await idoServer.visits(HERE);
    const { onPage, onElement, id } = await queueOne(el);
    const elsewhere = document.createElement('div');
    el.parentElement!.after(elsewhere);
    elsewhere.append(el);
    await deliveredOnce(id, start);
    await waitUntil(() => onElement.includes('ido-registration-submitted'), 'submitted event');
    expect(onElement).to.deep.equal(['ido-registration-queued', 'ido-registration-submitted']);
    expect(onPage).to.deep.equal(onElement);
    await waitUntil(() => status(el) === 'Geregistreerd.', `status: ${status(el)}`);
    expect(text($(el, '[part~="confirmation"]'))).to.equal(
      'Geregistreerd: Toeslagen · Dienst Toeslagen · informatie gegeven · aan de balie.',
    );
    elsewhere.remove();
  });

  it('delivers it once when its host re-renders the form as a new element, which tells the page', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const show = (n: number) =>
      render(keyed(n, html`<ido-question-form api=${api}></ido-question-form>`), host);
    show(1);
    const el = host.querySelector('ido-question-form')!;
    await enrolled(el);
    const start = await idoServer.visits(HERE);
    const { onPage, onElement, id } = await queueOne(el);
    show(2);
    const next = host.querySelector('ido-question-form')!;
    expect(next).not.to.equal(el);
    const onNext: IdoRegistrationSubmittedEvent[] = [];
    next.addEventListener('ido-registration-submitted', (e) => onNext.push(e));
    await ready(next);
    await waitUntil(() => text($(next, '.badge')) === '1 registratie wacht op verzending');
    await deliveredOnce(id, start);
    await waitUntil(() => onNext.length === 1, 'the new form did not tell the page');
    expect(onNext[0]!.detail.registration.id).to.equal(id);
    expect(onElement).to.deep.equal(['ido-registration-queued']);
    expect(onPage).to.deep.equal(['ido-registration-queued', 'ido-registration-submitted']);
    await waitUntil(() => !$(next, '.badge'), 'the badge stays');
  });
});

describe('<ido-question-form> records what really happened', function () {
  this.timeout(120_000);

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const since = async (count: number) => (await idoServer.registrations(HERE)).slice(count);
  const confirmation = (el: IdoQuestionForm) => text($(el, '[part~="confirmation"]')) ?? '';

  afterEach(async () => {
    await idoServer.latency(0);
  });

  it("starts every visit from the desk's defaults: one phone call does not turn later visits into calls", async () => {
    const el = await mount();
    await enrolled(el);
    const start = (await idoServer.registrations(HERE)).length;
    expect(text($(el, '[part~="settings"] .default-channel'))).to.equal(
      'Nieuwe bezoeken: Aan de balie.',
    );
    // One call: the channel is chosen for this visit, and Enter on the choice registers.
    await choose('toesl');
    await tabTo(() => $$(el, 'input[name="channel"]').find((r) => (r as HTMLInputElement).checked));
    await press('ArrowRight');
    expect((deepActiveElement() as HTMLInputElement).value).to.equal('phone');
    await press('Enter');
    await waitUntil(() => /^Geregistreerd: /.test(status(el) ?? ''), `status: ${status(el)}`);
    expect(status(el)).to.equal('Geregistreerd: Toeslagen · informatie gegeven · telefoon.');
    expectFocusOn($(el, '#q0-themes'), 'the next visit');
    // The next visit starts at the desk again, whatever the last one was.
    expect(
      $$<HTMLInputElement>(el, 'input[name="channel"]').find((r) => r.checked)?.value,
    ).to.equal('desk');
    await registerToeslagen(el);
    expect(status(el)).to.equal(
      'Geregistreerd: Toeslagen · Dienst Toeslagen · informatie gegeven · aan de balie.',
    );
    await waitUntil(async () => (await since(start)).length === 2, 'two stored');
    expect((await since(start)).map((r) => r.channel)).to.deep.equal(['phone', 'desk']);

    // A desk that mostly takes calls sets that once, in sight, in its own settings.
    const settings = $(el, '[part~="settings"] summary')!;
    settings.focus();
    await press('Enter');
    await el.updateComplete;
    const phone = $$<HTMLInputElement>(el, 'input[name="default-channel"]').find(
      (r) => r.value === 'phone',
    )!;
    phone.focus();
    await press('Space');
    await el.updateComplete;
    expect(status(el)).to.equal('Opgeslagen. Nieuwe bezoeken beginnen met: Telefoon.');
    expect(text($(el, '.default-channel'))).to.equal('Nieuwe bezoeken: Telefoon.');
    expect(
      $$<HTMLInputElement>(el, 'input[name="channel"]').find((r) => r.checked)?.value,
    ).to.equal('phone');
    await expectAccessible(el);
    $<HTMLInputElement>(el, '#q0-themes')!.focus();
    await registerToeslagen(el);
    await waitUntil(async () => (await since(start)).length === 3, 'three stored');
    expect((await since(start)).at(-1)!.channel).to.equal('phone');
    // It stays the setting after a reload.
    fixtureCleanup();
    DeskSession.endAll();
    const again = await mount();
    await ready(again);
    expect(text($(again, '.default-channel'))).to.equal('Nieuwe bezoeken: Telefoon.');
  });

  it('puts keys typed right after Enter into the next visit, on a slow network and at full speed', async () => {
    const el = await mount();
    await enrolled(el);
    const start = (await idoServer.registrations(HERE)).length;
    await idoServer.latency(500);
    // "toe⏎⏎", and 300 ms later "won⏎⏎": two visits, the themes typed.
    await typeText('toe');
    await press('Enter');
    await press('Enter');
    await sleep(300);
    await typeText('won');
    await press('Enter');
    await press('Enter');
    // At full speed, no pause at all: "werk" must not become "ID-kaart" through a lone "k".
    await typeText('toe');
    await press('Enter');
    await press('Enter');
    await typeText('werk');
    await press('Enter');
    await press('Enter');
    await waitUntil(async () => (await since(start)).length === 4, 'four stored', {
      timeout: 20_000,
    });
    expect((await since(start)).map((r) => r.questions[0]!.themes)).to.deep.equal([
      ['toeslagen'],
      ['wonen'],
      ['toeslagen'],
      ['werk-uitkering'],
    ]);
    expect(confirmation(el)).to.equal(
      'Geregistreerd: Werk en uitkering · informatie gegeven · aan de balie.',
    );
  });

  it('registers with Enter from a drop-down list, a choice and the note (Shift+Enter: a new line)', async () => {
    const el = await mount();
    await enrolled(el);
    const start = (await idoServer.registrations(HERE)).length;
    // Not helped, with a reason: 13 keys, the last one Enter on the drop-down list.
    await typeText('toe');
    await press('Enter');
    await tab(); // organisations
    await tab(); // help given
    for (let i = 0; i < 4; i++) await press('ArrowRight');
    await tab();
    expectFocusOn($(el, '#q0-reason'), 'the reason');
    await press('ArrowDown');
    await press('Enter');
    await waitUntil(() => /^Geregistreerd: /.test(status(el) ?? ''), `status: ${status(el)}`);
    expect(status(el)).to.equal(
      'Geregistreerd: Toeslagen · niet geholpen: inloggen met DigiD nodig · aan de balie.',
    );
    // The note: Shift+Enter makes a new line, Enter registers.
    await choose('toesl');
    await tabTo(() => $(el, '#note'));
    await typeText('brief over');
    await sendKeys({ down: 'Shift' });
    await press('Enter');
    await sendKeys({ up: 'Shift' });
    await typeText('huurtoeslag');
    await press('Enter');
    await waitUntil(async () => (await since(start)).length === 2, 'two stored');
    const [notHelped, withNote] = await since(start);
    expect(notHelped!.questions[0]!.help).to.equal('not-helped');
    expect(withNote!.note).to.equal('brief over\nhuurtoeslag');
  });

  it("lists today's visits, and corrects or withdraws any of them; a withdrawn visit counts nowhere", async () => {
    const el = await mount();
    await enrolled(el);
    const start = (await idoServer.registrations(HERE)).length;
    const counted = await idoServer.visits(HERE);
    await registerToeslagen(el);
    await choose('won');
    await press('Enter');
    await waitUntil(async () => (await since(start)).length === 2, 'two stored');
    const [toeslagen, wonen] = await since(start);

    const today = $(el, '[part~="today"] summary')!;
    expect(text(today)).to.equal('Vandaag: 2 bezoeken');
    today.focus();
    await press('Enter');
    await el.updateComplete;
    const lines = () => $$(el, '[part~="today-visit"] p').map((p) => text(p));
    await waitUntil(() => lines().every((line) => line?.endsWith('(verzonden)')), 'not sent');
    // Newest first, each with what was stored.
    expect(lines()[0]).to.match(
      /^\d\d:\d\d Wonen · informatie gegeven · aan de balie \(verzonden\)$/,
    );
    expect(lines()[1]).to.match(
      /^\d\d:\d\d Toeslagen · Dienst Toeslagen · informatie gegeven · aan de balie \(verzonden\)$/,
    );
    await expectAccessible(el);

    // Correct the older one (not the last): a registration that supersedes it.
    const correct = $$<HTMLButtonElement>(el, '[part~="today-visit"] button').filter(
      (b) => text(b) === 'Verbeteren',
    )[1]!;
    correct.focus();
    await press('Enter');
    await el.updateComplete;
    expectFocusOn($(el, '#q0-themes'), 'the form, correcting');
    expect(text($(el, '.banner p'))).to.equal(
      'U verbetert: Toeslagen · Dienst Toeslagen · informatie gegeven · aan de balie.',
    );
    await tabTo(() => $$<HTMLInputElement>(el, 'input[name="q0-help"]').find((r) => r.checked));
    await press('ArrowRight'); // searched together
    await press('Enter');
    await waitUntil(async () => (await since(start)).length === 3, 'no correction');
    const correction = (await since(start)).at(-1)!;
    expect(correction.supersedes).to.equal(toeslagen!.id);
    expect(correction.questions[0]!.help).to.equal('searched-together');
    await waitUntil(() => lines()[1]?.includes('samen gezocht'), `list: ${lines().join(' | ')}`);
    expect(await idoServer.visits(HERE)).to.equal(counted + 2);

    // Withdraw the newer one, after confirmation (the safe choice has the focus).
    const withdraw = button(el, 'Intrekken')!;
    withdraw.focus();
    await press('Enter');
    await el.updateComplete;
    expectFocusOn($(el, `#withdraw-cancel-${wonen!.id}`), 'cancel withdrawing');
    await expectAccessible(el);
    await tab({ shift: true });
    await press('Enter');
    await waitUntil(() => status(el) === 'Het bezoek is ingetrokken.', `status: ${status(el)}`);
    await waitUntil(async () => (await since(start)).length === 4, 'no withdrawal');
    const withdrawal = (await since(start)).at(-1)!;
    expect(withdrawal).to.include({ supersedes: wonen!.id, withdrawn: true });
    await waitUntil(async () => (await idoServer.visits(HERE)) === counted + 1, 'still counted');
    expect(text($(el, '[part~="today"] summary'))).to.equal('Vandaag: 1 bezoek');
    expect(lines()[0]).to.match(/\(ingetrokken\)$/);
    expect(button(el, 'Intrekken')).to.not.equal(undefined); // the corrected one still can be
    // The list is the device's own, for the day: it is there after a reload.
    fixtureCleanup();
    DeskSession.endAll();
    const again = await mount();
    await ready(again);
    expect(text($(again, '[part~="today"] summary'))).to.equal('Vandaag: 1 bezoek');
  });

  it('registers a visit afterwards at an outreach session or another branch, counted in its own period and place', async () => {
    const el = await mount();
    await enrolled(el);
    const start = (await idoServer.registrations(HERE)).length;
    const amsterdam = (at: Date) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(at);
    const day = (offset: number) => amsterdam(new Date(Date.now() + offset * 86_400_000));
    const earlier = day(-10);
    const setDate = async (value: string) => {
      const input = $<HTMLInputElement>(el, '#when-date')!;
      input.value = value;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    };

    await choose('toesl');
    const later = $(el, '[part~="afterwards"] summary')!;
    later.focus();
    await press('Enter');
    await el.updateComplete;
    // Never ahead, never more than 14 days back.
    await setDate(day(1));
    $<HTMLInputElement>(el, '#when-date')!.focus();
    await press('Enter');
    await el.updateComplete;
    expect(text($(el, '[part~="error-summary"]'))).to.contain(
      'Kies een datum van vandaag of hooguit 14 dagen terug.',
    );
    await setDate(day(-15));
    expect(text($(el, '[part~="error-summary"]'))).to.contain('hooguit 14 dagen terug');
    await setDate(earlier);
    expect($(el, '[part~="error-summary"]')).to.equal(null);
    const hour = $<HTMLSelectElement>(el, '#when-hour')!;
    hour.value = '14';
    hour.dispatchEvent(new Event('change', { bubbles: true }));
    // The place, by keyboard: the last choice is an outreach session, then its name.
    $<HTMLSelectElement>(el, '#place')!.focus();
    await press('End');
    await el.updateComplete;
    await tab();
    expectFocusOn($(el, '#place-name'), 'the place name');
    await typeText('Buurthuis De Kolk');
    await expectAccessible(el);
    await press('Enter');
    await waitUntil(() => /^Geregistreerd: /.test(status(el) ?? ''), `status: ${status(el)}`);
    expect(status(el)).to.match(
      /^Geregistreerd: Toeslagen · informatie gegeven · aan de balie · op .+, 14:00 · in Buurthuis De Kolk\.$/,
    );
    // Nothing of it carries over: the next visit is now, here.
    expect($<HTMLDetailsElement>(el, '[part~="afterwards"]')!.open).to.equal(false);
    await waitUntil(async () => (await since(start)).length === 1, 'not stored');
    const [outreach] = await since(start);
    expect(outreach).to.include({ date: earlier, hour: 14, outreachName: 'Buurthuis De Kolk' });
    // Counted on its own day, not today.
    expect(await idoServer.visits(HERE, earlier, earlier)).to.be.at.least(1);
    const todayCount = await idoServer.visits(HERE, day(0), day(0));

    // Another branch of the same organisation: counted there.
    const elsewhereBefore = await idoServer.visits(ELSEWHERE);
    await choose('toesl');
    later.focus();
    await press('Enter');
    await el.updateComplete;
    const place = $<HTMLSelectElement>(el, '#place')!;
    place.focus();
    await press('ArrowDown');
    await el.updateComplete;
    expect(place.value).to.equal(ELSEWHERE);
    await press('Enter');
    await waitUntil(async () => (await idoServer.visits(ELSEWHERE)) === elsewhereBefore + 1);
    expect(await idoServer.visits(HERE, day(0), day(0))).to.equal(todayCount);
  });

  it('offers the location’s outreach sessions of the visit’s date as places; a name can still be typed; nothing carries over', async () => {
    const amsterdam = (at: Date) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(at);
    const day = (offset: number) => amsterdam(new Date(Date.now() + offset * 86_400_000));
    const held = day(-3);
    const [kroon] = fixtureOutreachSessions(held);
    const ours = {
      ...kroon!,
      id: 'form-test-testzaal',
      locationId: HERE,
      name: 'Wijkcentrum Testzaal',
      date: held,
    };
    // Another branch's session on the same day is not this desk's to offer.
    const theirs = {
      ...ours,
      id: 'form-test-elders',
      locationId: ELSEWHERE,
      name: 'Buurthuis Elders',
    };
    await idoServer.outreachSession(ours);
    await idoServer.outreachSession(theirs);
    try {
      // The catalog reloads within a second of the change.
      let seen = '';
      await waitUntil(async () => {
        const url = `${api}/v1/outreach?from=${held}&through=${held}&location=${HERE}`;
        seen = await (await fetch(url, { cache: 'no-store' })).text();
        return seen.includes('form-test-testzaal');
      }, `the session is not published: ${seen}`);
      const el = await mount();
      await enrolled(el);
      const start = (await idoServer.registrations(HERE)).length;
      const setDate = async (value: string) => {
        const input = $<HTMLInputElement>(el, '#when-date')!;
        input.value = value;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        await el.updateComplete;
      };
      const place = () => $<HTMLSelectElement>(el, '#place')!;
      const offered = () =>
        [...place().querySelectorAll('optgroup')].map((g) => [
          g.label,
          ...[...g.querySelectorAll('option')].map(text),
        ]);

      await choose('toesl');
      const later = $(el, '[part~="afterwards"] summary')!;
      later.focus();
      await press('Enter');
      await el.updateComplete;
      // Today has no session: only the typed place.
      expect(offered().map((g) => g[0])).to.not.include(
        'Spreekuren buiten de bibliotheek op deze dag',
      );
      await setDate(held);
      expect(offered()).to.deep.include([
        'Spreekuren buiten de bibliotheek op deze dag',
        'Wijkcentrum Testzaal, 10:00–12:00',
      ]);
      expect(text([...place().options].at(-1))).to.equal(
        'Een andere plek buiten de bibliotheek (naam typen)',
      );
      // By keyboard: the last choice is a typed place, the one above it the session.
      place().focus();
      await press('End');
      await press('ArrowUp');
      await el.updateComplete;
      expect(place().value).to.equal('session:form-test-testzaal');
      expect($(el, '#place-name'), 'no name to type for a session').to.equal(null);
      await expectAccessible(el);
      // Another date: the session is not held then; its name stays, to be corrected or kept.
      await setDate(day(-4));
      expect(place().value).to.equal('outreach');
      expect($<HTMLInputElement>(el, '#place-name')!.value).to.equal('Wijkcentrum Testzaal');
      await setDate(held);
      place().focus();
      await press('End');
      await press('ArrowUp');
      await el.updateComplete;
      expect(place().value).to.equal('session:form-test-testzaal');
      await press('Enter');
      await waitUntil(() => /^Geregistreerd: /.test(status(el) ?? ''), `status: ${status(el)}`);
      expect(status(el)).to.contain('· in Wijkcentrum Testzaal.');
      await waitUntil(async () => (await since(start)).length === 1, 'not stored');
      const [stored] = await since(start);
      expect(stored).to.include({
        date: held,
        outreachName: 'Wijkcentrum Testzaal',
        outreachSessionId: 'form-test-testzaal',
      });
      // The next visit starts here and now: the session is not chosen again by itself.
      expect($<HTMLDetailsElement>(el, '[part~="afterwards"]')!.open).to.equal(false);
      later.focus();
      await press('Enter');
      await el.updateComplete;
      expect(place().value).to.equal('');
      await setDate(held);
      expect(place().value).to.equal('');
    } finally {
      await idoServer.removeOutreachSession('form-test-testzaal');
      await idoServer.removeOutreachSession('form-test-elders');
    }
  });

  it('keeps a half-typed visit over a reload, and registers it at the hour it started', async () => {
    const el = await mount();
    await enrolled(el);
    const start = (await idoServer.registrations(HERE)).length;
    await choose('toesl');
    await tab();
    await choose('dienst toe');
    await tabTo(() => $(el, '#note'));
    await typeText('brief van de Belastingdienst');
    fixtureCleanup();
    DeskSession.endAll();
    const again = await mount();
    await ready(again);
    expect(text($(again, '.chips'))).to.contain('Toeslagen');
    expect($<HTMLTextAreaElement>(again, '#note')!.value).to.equal('brief van de Belastingdienst');
    $<HTMLInputElement>(again, '#q0-themes')!.focus();
    await press('Enter');
    await waitUntil(async () => (await since(start)).length === 1, 'stored');
    const [stored] = await since(start);
    expect(stored!.questions[0]!.organisations).to.deep.equal(['dienst-toeslagen']);
    expect(stored!.note).to.equal('brief van de Belastingdienst');
    // Registered: nothing is kept any more, the next reload starts empty.
    fixtureCleanup();
    DeskSession.endAll();
    const third = await mount();
    await ready(third);
    expect($(third, '.chips')).to.equal(null);
  });
});

describe('<ido-question-form> in English', function () {
  // Each test talks to a real server many times; a busy machine needs the room.
  this.timeout(90_000);
  it('enrols and registers with English text and English category names', async () => {
    const el = await mount('en');
    expect(text($(el, '.heading'))).to.equal('Enrol this device');
    await enrolWith(el, 'ABCD-EFGH');
    await waitUntil(() => $(el, '#enrol-error'));
    expect(text($(el, '#enrol-error'))).to.contain('This code is wrong');
    $<HTMLInputElement>(el, '#enrol-code')!.value = '';
    await enrolled(el);
    await waitUntil(() => text($(el, '[part~="session"]'))?.includes('You register for'));
    expect(text($(el, 'form[part~="form"]'))).to.contain('How did the question come in?');
    await typeText('allow');
    await el.updateComplete;
    expect(text($(el, '.listbox'))).to.contain('Allowances');
    await press('Escape');
    await expectAccessible(el);
    const note = $<HTMLTextAreaElement>(el, '#note')!;
    note.focus();
    await typeText('mail jan@example.nl');
    await el.updateComplete;
    expect(text($(el, '#note-error'))).to.contain('This looks like an e-mail address.');
    await expectAccessible(el);
  });
});
