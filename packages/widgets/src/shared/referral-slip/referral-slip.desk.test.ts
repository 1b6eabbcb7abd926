/// <reference types="mocha" />
// The referral slip (issue 22) from <ido-question-form>, against the real API server (Hono on
// PGlite, the fixture feed) of web-test-runner.config.mjs: staff refer a resident to a partner
// and print the slip in Arabic, by keyboard only.
import { expect, fixture, fixtureCleanup, html, waitUntil as waitUntilFor } from '@open-wc/testing';
import { IndexedDbOutboxStore } from '@idokit/sdk';
import {
  defineIdoQuestionForm,
  type IdoQuestionForm,
} from '../../components/ido-question-form/ido-question-form.js';
import {
  deepActiveElement,
  expectAccessible,
  expectFocusOn,
  idoServer,
  press,
  tab,
  typeText,
} from '../../testing/index.js';

defineIdoQuestionForm();

const HERE = 'ido-zwolle-centrum';

/** `waitUntil` with room for a real server on a busy machine. */
const waitUntil = (predicate: () => unknown, message?: string) =>
  waitUntilFor(predicate, message, { interval: 50, timeout: 20_000 });

const $ = <T extends Element = HTMLElement>(el: IdoQuestionForm, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const clean = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const slipRoot = (el: IdoQuestionForm) =>
  el.shadowRoot!.querySelector('.ido-referral-slip')?.shadowRoot ?? null;

let api = '';
let origin = '';

async function clearDevice(): Promise<void> {
  localStorage.clear();
  const store = new IndexedDbOutboxStore({ dbName: `idokit-outbox ${origin}` });
  for (const entry of await store.list()) await store.delete(entry.id);
}

before(async function () {
  this.timeout(300_000); // the server (PGlite) starts on first use
  api = await idoServer.url();
  origin = new URL(api).origin;
});

afterEach(async () => {
  fixtureCleanup();
  await clearDevice();
});

describe('referral slip from <ido-question-form>', function () {
  this.timeout(90_000);
  it('prints the chosen partner’s slip in Arabic, by keyboard, without the visit or any id', async () => {
    await clearDevice();
    const el = await fixture<IdoQuestionForm>(
      html`<ido-question-form api=${api}></ido-question-form>`,
    );
    $<HTMLInputElement>(el, '#enrol-code')!.focus();
    await typeText(await idoServer.enrolmentCode(HERE));
    await press('Enter');
    await waitUntil(() => $(el, '#q0-themes'), 'the form did not appear');
    await waitUntil(() => deepActiveElement() === $(el, '#q0-themes'), 'focus at the start');

    await typeText('schuld');
    await press('Enter');
    await tab(); // organisations
    await tab(); // help given
    for (let i = 0; i < 3; i++) await press('ArrowRight');
    await el.updateComplete;
    expect((deepActiveElement() as HTMLInputElement).value).to.equal('referred');
    // No slip before a partner is chosen (a kind of partner has no slip either).
    expect($(el, '.slip-open')).to.equal(null);
    await tab();
    expectFocusOn($(el, '#q0-referral'), 'the referral target');
    await press('ArrowDown');
    await el.updateComplete;
    const select = $<HTMLSelectElement>(el, '#q0-referral')!;
    expect(select.value).to.match(/^partner:/);
    const partnerId = select.value.slice('partner:'.length);
    const partnerName = clean(select.selectedOptions[0]);

    await tab();
    expectFocusOn($(el, '#q0-warm'), 'warm');
    await tab();
    const opener = $<HTMLButtonElement>(el, '.slip-open')!;
    expectFocusOn(opener, 'the slip button follows the referral');
    expect(clean(opener)).to.equal(`Verwijsbriefje (${partnerName})`);
    await press('Enter');
    await waitUntil(() => slipRoot(el)?.querySelector('dialog')?.open, 'the slip did not open');
    const root = slipRoot(el)!;
    expectFocusOn(root.querySelector('#slip-lang'), 'the language choice');
    // The resident speaks Arabic: staff choose it with the arrow keys.
    await press('ArrowDown');
    await press('ArrowDown');
    await waitUntil(() => root.querySelector<HTMLElement>('.slip')?.lang === 'ar', 'not Arabic');
    await expectAccessible(root.querySelector('dialog')!);

    await tab();
    expectFocusOn(root.querySelector('.slip-print'), 'print');
    await press('Enter');
    await waitUntil(() => root.querySelector('iframe')?.contentDocument?.querySelector('.slip'));
    const doc = root.querySelector('iframe')!.contentDocument!;
    const slip = doc.querySelector<HTMLElement>('.slip')!;
    expect([doc.documentElement.dir, slip.dir, slip.lang]).to.deep.equal(['rtl', 'rtl', 'ar']);
    expect(clean(slip.querySelector('.slip-heading'))).to.equal('يمكنك التوجه إلى');
    expect(clean(slip.querySelector('h4'))).to.equal('بماذا يساعدون');
    const name = slip.querySelector<HTMLElement>('.slip-name')!;
    expect([clean(name), name.dir, name.lang]).to.deep.equal([partnerName, 'ltr', 'nl']);
    expect(slip.querySelector<HTMLElement>('.slip-description')!.dir).to.equal('ltr');
    // No id of the partner, the location or the device, and nothing of the visit.
    const printed = doc.documentElement.outerHTML;
    for (const id of [partnerId, HERE, 'Boetes en schulden']) expect(printed).not.to.contain(id);

    await press('Escape');
    await waitUntil(() => !slipRoot(el), 'Escape did not close the slip');
    expectFocusOn(opener, 'focus back on the slip button');
    // The visit being typed is untouched.
    expect($<HTMLSelectElement>(el, '#q0-referral')!.value).to.equal(`partner:${partnerId}`);
  });
});
