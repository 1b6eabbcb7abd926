/// <reference types="mocha" />
// Every element on `<html lang="ar" dir="rtl">`, as a reader sees it: the order of time ranges,
// postcodes, phone numbers and e-mail addresses, and where punctuation ends a sentence, measured
// from the rendered glyphs (Range rects). Each element is also saved as a screenshot, a test
// artefact to look at (`saveScreenshot`: IDOKIT_SCREENSHOTS or packages/widgets/.screenshots/),
// never compared pixel by pixel and never committed.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createFakeClient, fixtureNow } from '@idokit/sdk/testing';
import { loadLanguage } from '../localization/registry.js';
import {
  expectAccessible,
  expectLeftOf,
  idoServer,
  leftOf,
  saveScreenshot,
  settled,
  textNodes,
} from '../testing/index.js';
import { defineIdoProvider } from './ido-provider/ido-provider.js';
import { defineIdoLocator, type IdoLocator } from './ido-locator/ido-locator.js';
import {
  defineIdoOpeningHours,
  type IdoOpeningHours,
} from './ido-opening-hours/ido-opening-hours.js';
import { defineIdoPartnerList, type IdoPartnerList } from './ido-partner-list/ido-partner-list.js';
import {
  defineIdoQuestionForm,
  type IdoQuestionForm,
} from './ido-question-form/ido-question-form.js';
import {
  defineIdoRegistrationStats,
  type IdoRegistrationStats,
} from './ido-registration-stats/ido-registration-stats.js';

defineIdoProvider();
defineIdoLocator();
defineIdoOpeningHours();
defineIdoPartnerList();
defineIdoQuestionForm();
defineIdoRegistrationStats();

const shadow = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)!;
const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

/** The page is Arabic, right to left, as a library's Arabic page would be. */
const page = document.documentElement;
const original = { lang: page.lang, dir: page.dir };
beforeEach(() => {
  page.lang = 'ar';
  page.dir = 'rtl';
});
afterEach(() => {
  page.lang = original.lang;
  page.dir = original.dir;
});

/** One resident element in a provider with the fake client, in Arabic, settled. */
async function resident<T extends IdoLocator | IdoOpeningHours | IdoPartnerList>(
  template: ReturnType<typeof html>,
): Promise<T> {
  await loadLanguage('ar');
  const root = await fixture<HTMLElement>(
    html`<div style="inline-size: 40rem">
      <ido-provider .client=${createFakeClient()} .now=${fixtureNow}>${template}</ido-provider>
    </div>`,
  );
  const el = root.querySelector<T>('ido-locator, ido-opening-hours, ido-partner-list')!;
  await settled(el);
  await waitUntil(() => el.language === 'ar', 'Arabic never arrived');
  await el.updateComplete;
  return el;
}

/** Arabic, right to left, on the wrapper. */
function expectArabic(el: Element): void {
  const base = shadow(el, '[part~="base"]');
  expect(base.getAttribute('lang')).to.equal('ar');
  expect(getComputedStyle(base).direction).to.equal('rtl');
}

/** Each time range reads start then end, left to right: "09:00 – 17:00". */
function expectRangesInOrder(el: Element): number {
  const intervals = all(el, '.interval');
  for (const interval of intervals) {
    const [opens, closes] = [...interval.querySelectorAll('time')].map((t) => t.textContent!);
    expectLeftOf(interval, opens!, closes!, 'time range');
    const dash = interval.querySelector('.ido-range-dash')!.getBoundingClientRect();
    expect(dash.left, 'the dash between the times').to.be.at.least(leftOf(interval, opens!));
    expect(dash.right).to.be.at.most(leftOf(interval, closes!) + 1);
  }
  return intervals.length;
}

/** The on-screen box of characters `from`–`to` of a text node. */
function boxIn(node: Text, from: number, to: number): DOMRect {
  const range = document.createRange();
  range.setStart(node, from);
  range.setEnd(node, to);
  return range.getBoundingClientRect();
}

/** The last rendered `mark` under `scope` (the end of its text). */
function lastBoxOf(scope: Element, mark: string): DOMRect {
  for (const node of textNodes(scope).reverse()) {
    const at = node.data.lastIndexOf(mark);
    if (at >= 0) return boxIn(node, at, at + mark.length);
  }
  throw new Error(`no “${mark}” under ${scope.localName}`);
}

/** The groups of digits of a phone number, shown left to right as written. */
function expectNumberInOrder(scope: Element, phone: string): void {
  const node = textNodes(scope).find((n) => n.data.includes(phone));
  expect(node, `${phone} is shown`).to.not.equal(undefined);
  let offset = node!.data.indexOf(phone);
  const lefts = phone.split(' ').map((group) => {
    const left = boxIn(node!, offset, offset + group.length).left;
    offset += group.length + 1;
    return left;
  });
  for (let i = 1; i < lefts.length; i++) {
    expect(lefts[i - 1], `${phone}: group ${i} left of group ${i + 1}`).to.be.below(lefts[i]!);
  }
}

/** An Arabic sentence's full stop (or a label's colon) ends it on the left. */
function expectEndsOnTheLeft(scope: Element, mark: string, word: string): void {
  const text = scope.textContent!.trimEnd();
  expect(text.endsWith(mark), `“${text}” ends with “${mark}”`).to.equal(true);
  expect(lastBoxOf(scope, mark).left, `“${mark}” left of “${word}”`).to.be.below(
    leftOf(scope, word),
  );
}

/** A Dutch sentence on the page keeps its full stop (or colon) on the right. */
function expectDutchLine(scope: Element): void {
  expect(getComputedStyle(scope).direction, 'Dutch runs left to right').to.equal('ltr');
  const text = scope.textContent!.trim();
  const end = text.at(-1)!;
  if (!/[.:!?]/.test(end)) return;
  expect(lastBoxOf(scope, end).left, `“${end}” ends “${text}”`).to.be.above(
    leftOf(scope, text.split(' ')[0]!),
  );
}

describe('every element on <html lang="ar" dir="rtl">', function () {
  // Arabic loads on first use, the staff elements start the test server, axe runs in full.
  this.timeout(60_000);

  it('<ido-partner-list>: Arabic, right to left; numbers, addresses, ranges and Dutch data in their order', async () => {
    const el = await resident<IdoPartnerList>(
      html`<ido-partner-list municipality="Zwolle"></ido-partner-list>`,
    );
    expectArabic(el);
    const status = shadow(el, '[part~="status"]');
    expect(status.textContent).to.contain('تم العثور على');
    expectEndsOnTheLeft(status, '.', 'تم');
    expect(leftOf(status, 'Zwolle'), 'the place sits in the sentence').to.be.below(
      leftOf(status, 'تم'),
    );
    // Labels end with a colon, on their left.
    expectEndsOnTheLeft(shadow(el, '.hours-label'), ':', 'مواعيد');
    // This week's hours: open every week, then read the ranges.
    for (const details of all(el, 'details')) (details as HTMLDetailsElement).open = true;
    await el.updateComplete;
    expect(expectRangesInOrder(el), 'ranges shown').to.be.greaterThan(2);
    // Phone numbers and e-mail addresses, inside Arabic sentences.
    const call = all(el, 'a[href^="tel:"]').find((a) => a.textContent!.includes('0800 123 4567'))!;
    expect(call.textContent).to.contain('اتصل على');
    expectNumberInOrder(call, '0800 123 4567');
    const mail = all(el, 'a[href^="mailto:"]').find((a) => a.textContent!.includes('wmo'))!;
    expectLeftOf(mail, 'wmo', 'zwolle', 'e-mail');
    expectLeftOf(mail, 'zwolle', 'example', 'e-mail');
    // The partners' own text is Dutch: left to right, its full stop on the right.
    for (const dutch of all(el, '.description, .instructions')) expectDutchLine(dutch);
    const name = shadow(el, '.item .name span');
    expect(name.getAttribute('lang')).to.equal('nl');
    expect(getComputedStyle(name).direction).to.equal('ltr');
    await expectAccessible(el);
    await saveScreenshot(el, 'rtl-ar-ido-partner-list');
  });

  it('<ido-partner-list>: the walk-in address reads "1012 AB Amsterdam" in an Arabic line', async () => {
    const el = await resident<IdoPartnerList>(
      html`<ido-partner-list municipality="Amsterdam"></ido-partner-list>`,
    );
    const address = shadow(el, '.address');
    expect(address.textContent).to.contain('العنوان:');
    expectLeftOf(address, 'Voorbeeldstraat', '1012', 'street before postcode');
    expectLeftOf(address, '1012', 'AB', 'postcode');
    expectLeftOf(address, 'AB', 'Amsterdam', 'postcode and town');
    // The Dutch description runs left to right, yet starts where the card's Arabic text does.
    const heading = shadow(el, '.item .name').getBoundingClientRect();
    const description = shadow(el, '.item .description');
    expectDutchLine(description);
    expect(description.getBoundingClientRect().right).to.be.closeTo(heading.right, 1);
    // Dutch subject names in an Arabic list: the first on the right, each name whole.
    const themes = shadow(el, '.item .themes');
    expect(themes.textContent).to.contain('تساعد في:');
    expectLeftOf(themes, 'Gemeente', 'Toeslagen', 'the list reads right to left');
    expectLeftOf(themes, 'Zorg', 'Gemeente', 'the list reads right to left');
    await saveScreenshot(el, 'rtl-ar-ido-partner-list-address');
  });

  it('<ido-partner-list>: fits 320 px in Arabic, every target inside the element', async () => {
    const el = await resident<IdoPartnerList>(
      html`<ido-partner-list municipality="Zwolle" style="inline-size: 320px"></ido-partner-list>`,
    );
    for (const details of all(el, 'details')) (details as HTMLDetailsElement).open = true;
    await el.updateComplete;
    const base = shadow(el, '[part~="base"]');
    expect(base.scrollWidth, 'no sideways scrolling').to.be.at.most(320);
    const edge = base.getBoundingClientRect();
    for (const target of all(el, 'button, a[href], input, select, summary')) {
      const box = target.getBoundingClientRect();
      expect(box.left, target.textContent!).to.be.at.least(edge.left - 0.5);
      expect(box.right, target.textContent!).to.be.at.most(edge.right + 0.5);
    }
    await saveScreenshot(el, 'rtl-ar-ido-partner-list-320');
  });

  it('<ido-opening-hours>: "10:00 – 17:00" start first, the phone in order, the status sentence', async () => {
    const el = await resident<IdoOpeningHours>(
      html`<ido-opening-hours location="ido-zwolle-centrum"></ido-opening-hours>`,
    );
    expectArabic(el);
    expect(expectRangesInOrder(el)).to.be.greaterThan(5);
    expectNumberInOrder(shadow(el, '[part~="contact"] a[href^="tel:"]'), '038 123 45 67');
    await expectAccessible(el);
    await saveScreenshot(el, 'rtl-ar-ido-opening-hours');
  });

  it('<ido-opening-hours>: a Dutch note of the data stays left to right beside Arabic holiday names', async () => {
    const el = await resident<IdoOpeningHours>(
      html`<ido-opening-hours
        location="ido-utrecht-centrum"
        now="2026-12-21T09:00:00Z"
      ></ido-opening-hours>`,
    );
    const reasons = all(el, '[part~="exceptions"] .reason');
    const notes = reasons.filter((r) => r.getAttribute('lang') === 'nl');
    expect(notes.length, 'the Christmas Eve notes').to.be.greaterThan(0);
    for (const note of notes) {
      expect(getComputedStyle(note).direction).to.equal('ltr');
      const start = note.parentElement!.getBoundingClientRect().right;
      expect(note.getBoundingClientRect().right, 'beside its day, on the right').to.be.closeTo(
        start,
        16,
      );
      const [name] = note.textContent!.split(':');
      expectLeftOf(note, name!, ':', `“${name}:”`);
    }
    const holidays = reasons.filter((r) => !r.hasAttribute('lang'));
    expect(holidays.length, 'holidays named in Arabic').to.be.greaterThan(0);
    for (const name of holidays) expect(getComputedStyle(name).direction).to.equal('rtl');
    await saveScreenshot(el, 'rtl-ar-ido-opening-hours-changes');
  });

  it('<ido-locator>: the postcode typed as typed, "8011 NH Zwolle" in order, the result line', async () => {
    const el = await resident<IdoLocator>(html`<ido-locator></ido-locator>`);
    el.search('8011 NH');
    await settled(el);
    expectArabic(el);
    const input = shadow(el, '#q') as HTMLInputElement;
    expect(input.value).to.equal('8011 NH');
    expect(input.matches(':dir(ltr)'), 'the postcode runs left to right').to.equal(true);
    const address = shadow(el, '.item .address');
    expectLeftOf(address, '8011', 'NH', 'postcode');
    expectLeftOf(address, 'NH', 'Zwolle', 'postcode and town');
    const status = shadow(el, '[role="status"]');
    expectEndsOnTheLeft(status, '.', 'تم');
    await expectAccessible(el);
    await saveScreenshot(el, 'rtl-ar-ido-locator');
  });
});

describe('the staff elements on <html lang="ar" dir="rtl">: Dutch, left to right', function () {
  this.timeout(300_000); // the test server (PGlite) starts on first use

  let api = '';
  before(async () => {
    api = await idoServer.url();
  });

  /** The enrolment step: Dutch left to right, the code field left to right whatever is typed. */
  async function expectDutchEnrolment(el: IdoQuestionForm | IdoRegistrationStats, name: string) {
    await waitUntil(() => el.shadowRoot!.querySelector('input[name="code"]'), 'no code field');
    expect(el.language, 'no Arabic staff text: Dutch').to.equal('nl');
    const base = shadow(el, '[part~="base"]');
    expect(base.getAttribute('lang')).to.equal('nl');
    expect(getComputedStyle(base).direction).to.equal('ltr');
    const code = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="code"]')!;
    expect(code.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(code).direction).to.equal('ltr');
    for (const hint of all(el, '.ido-hint')) if (hint.textContent!.trim()) expectDutchLine(hint);
    const label = shadow(el, `label[for="${code.id}"]`);
    expect(label.getBoundingClientRect().left, 'the label starts on the left').to.be.at.most(
      code.getBoundingClientRect().left + 1,
    );
    await expectAccessible(el);
    await saveScreenshot(el, name);
  }

  it('<ido-question-form>', async () => {
    const el = await fixture<IdoQuestionForm>(
      html`<ido-question-form api=${api}></ido-question-form>`,
    );
    await expectDutchEnrolment(el, 'rtl-ar-ido-question-form');
  });

  it('<ido-registration-stats>', async () => {
    const el = await fixture<IdoRegistrationStats>(
      html`<ido-registration-stats api=${api}></ido-registration-stats>`,
    );
    await expectDutchEnrolment(el, 'rtl-ar-ido-registration-stats');
    expect(el.matches(':state(signed-out)')).to.equal(true);
  });
});
