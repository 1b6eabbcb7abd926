// The desks and report keys panel against the real coordinator server, signed in as
// Voorbeeldbibliotheek Zwolle: a desk code made by keyboard and shown once, the desk enrolled with
// it through the SDK, revoked from the panel and refused on its next registration (401
// token-revoked, with the server running); a report key code for a municipality.
import { createIdoClient, isIdoHttpError, type QuestionRegistrationInput } from '@idokit/sdk';
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
import type { IdoCoordinatorKeys } from './index.js';
import './index.js';

let session: SignedIn;
const CENTRUM = 'ido-zwolle-centrum';

async function mount(): Promise<IdoCoordinatorKeys> {
  const el = await fixture<IdoCoordinatorKeys>(
    html`<ido-coordinator-keys
      lang="nl"
      api=${session.api}
      .client=${session.client}
      .me=${session.me}
      .locations=${session.locations}
    ></ido-coordinator-keys>`,
  );
  await waitUntil(() => $(el, 'form'), 'the desks and keys load');
  return el;
}

const visit = (): QuestionRegistrationInput => ({
  id: crypto.randomUUID(),
  locationId: CENTRUM,
  date: today(),
  hour: 11,
  channel: 'desk',
  durationMinutes: 10,
  questions: [{ type: 'government', themes: ['toeslagen'], help: 'informed' }],
});

const row = (el: Element, label: string) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].find(
    (tr) => text(tr.querySelector('th')) === label,
  );

describe('<ido-coordinator-keys>', () => {
  before(async function () {
    this.timeout(300_000); // the coordinator's server starts on first use
    session = await signedIn();
  });
  beforeEach(function () {
    this.currentTest?.timeout(60_000); // a real server on a shared machine
  });
  afterEach(() => fixtureCleanup());

  it('makes a desk code, shows it once; the desk enrols, is revoked and then refused', async () => {
    const label = unique('Balie');
    const el = await mount();
    // What the shell announces after each change.
    const said: string[] = [];
    el.addEventListener('ido-coordinator-change', (e) => said.push(e.detail.message ?? ''));
    await expectAccessible(el);
    expect(session.locations.map((l) => l.doc.id)).to.include(CENTRUM);
    await tabTo(control(el, 'Naam'));
    await typeText(label);
    await tabTo(button(el, 'Code maken'));
    await press('Enter');
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    await waitUntil(() => dialog.open && $(el, '[part~="code"]'), 'the code shows');
    const code = text($(el, '[part~="code"]'));
    expect(code).to.match(/^[A-Z0-9][A-Z0-9 -]{5,}$/);
    expect(text(dialog)).to.match(/Geldig tot .*De code werkt één keer/);
    expect(text(dialog)).to.include('registratieformulier');
    await expectAccessible(el);
    await press('Escape');
    await waitUntil(() => !dialog.open, 'the dialog closes');
    await el.updateComplete;
    // The code is not kept anywhere in the panel once the dialog is closed.
    expect(el.shadowRoot!.innerHTML).not.to.include(code);

    // The desk enrols with it, as the question form would, and registers a visit.
    const enrolment = await createIdoClient({ baseUrl: session.api }).enrol(code);
    const desk = createIdoClient({ baseUrl: session.api, token: enrolment.token });
    await desk.submitRegistration(visit());

    await el.load();
    await waitUntil(() => row(el, label), 'the desk is listed');
    expect(text(row(el, label))).to.include('IDO Voorbeeldbibliotheek Zwolle Centrum');
    expect(text(row(el, label))).to.include('Actief');

    await tabTo(button(el, `${label} intrekken`));
    await press('Enter');
    expect(text(row(el, label))).to.include('De balie kan daarna niets meer registreren');
    await expectAccessible(el);
    await tabTo(button(el, 'Ja, intrekken'));
    await press('Enter');
    await waitUntil(() => text(row(el, label)).includes('Ingetrokken op'), 'it is revoked');
    expect(said).to.include(`${label} is ingetrokken.`);

    let refused: unknown;
    try {
      await desk.submitRegistration(visit());
    } catch (error) {
      refused = error;
    }
    expect(isIdoHttpError(refused), String(refused)).to.equal(true);
    if (isIdoHttpError(refused)) {
      expect(refused.status).to.equal(401);
      expect(String(refused.problem?.type)).to.match(/token-revoked$/);
    }
  });

  it('refuses a desk without a name, next to the field', async () => {
    const el = await mount();
    button(el, 'Code maken')!.click();
    await waitUntil(() => control(el, 'Naam').getAttribute('aria-invalid') === 'true', 'refused');
    expect(text($(el, '.ido-field-error'))).not.to.equal('');
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
    await expectAccessible(el);
  });

  it('makes a report key code for a municipality, enrols it and revokes it', async () => {
    const label = unique('Gemeente Zwolle');
    const el = await mount();
    expect(session.me.municipalities).to.include('Zwolle');
    // A radio group is one Tab stop; the arrow keys choose in it.
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    await tabTo(radios.find((r) => r.value === 'organisation'));
    await press('ArrowDown');
    await waitUntil(() => control(el, 'Gemeente'), 'the municipality choice shows');
    const name = [...el.shadowRoot!.querySelectorAll('label')].filter((l) => text(l) === 'Naam');
    const reportLabel = el.shadowRoot!.getElementById(name[name.length - 1]!.htmlFor)!;
    await tabTo(reportLabel);
    await typeText(label);
    const submit = [...el.shadowRoot!.querySelectorAll('button')].filter(
      (b) => text(b) === 'Code maken',
    );
    await tabTo(submit[submit.length - 1]);
    await press('Enter');
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')!.open, 'the code shows');
    const code = text($(el, '[part~="code"]'));
    expect(text($(el, 'dialog'))).to.include('statistieken van Zwolle');
    await press('Escape');

    const enrolment = await createIdoClient({ baseUrl: session.api }).enrol(code);
    expect(JSON.stringify(enrolment)).to.include('Zwolle');
    await el.load();
    await waitUntil(() => row(el, label), 'the report key is listed');
    button(el, `${label} intrekken`)!.click();
    await el.updateComplete;
    button(el, 'Ja, intrekken')!.click();
    await waitUntil(() => text(row(el, label)).includes('Ingetrokken op'), 'it is revoked');
  });

  it('fits 320 px', async () => {
    const el = await mount();
    el.style.inlineSize = '320px';
    await el.updateComplete;
    expect($(el, '[part~="base"]')!.scrollWidth).to.be.at.most(320);
  });
});
