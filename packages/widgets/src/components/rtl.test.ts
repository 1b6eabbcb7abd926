/// <reference types="mocha" />
// The resident elements on right-to-left pages: Arabic text reads right to left, while the
// numbers, times, ranges, postcodes and phone numbers inside it keep their own left-to-right
// order; Dutch text on a right-to-left page stays left to right as a whole. Checked the way a
// reader sees it: the x positions of the rendered glyphs (Range rects), not the DOM order.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createFakeClient, fixtureNow } from '@idokit/sdk/testing';
import { defineIdoProvider } from './ido-provider/ido-provider.js';
import { defineIdoLocator, type IdoLocator } from './ido-locator/ido-locator.js';
import {
  defineIdoOpeningHours,
  type IdoOpeningHours,
} from './ido-opening-hours/ido-opening-hours.js';
import { defineIdoPartnerList, type IdoPartnerList } from './ido-partner-list/ido-partner-list.js';
import { expectAccessible, expectLeftOf, leftOf, settled } from '../testing/index.js';

defineIdoProvider();
defineIdoLocator();
defineIdoOpeningHours();
defineIdoPartnerList();

/** A page region with its own `dir` and `lang`, holding both elements on one fake client. */
async function page(dir: 'rtl' | 'ltr', lang: string) {
  const root = await fixture<HTMLElement>(
    html`<div dir=${dir} lang=${lang} style="width: 40rem">
      <ido-provider .client=${createFakeClient()} .now=${fixtureNow}>
        <ido-locator></ido-locator>
        <ido-opening-hours location="ido-zwolle-centrum"></ido-opening-hours>
      </ido-provider>
    </div>`,
  );
  const locator = root.querySelector<IdoLocator>('ido-locator')!;
  const hours = root.querySelector<IdoOpeningHours>('ido-opening-hours')!;
  locator.search('8011');
  await settled(locator);
  await settled(hours);
  // A shipped language loads on first use: its shared words and each element's own file.
  const speaks = (el: IdoLocator | IdoOpeningHours) => el.language === lang || lang !== 'ar';
  await waitUntil(() => speaks(locator) && speaks(hours), `${lang} never arrived`);
  await locator.updateComplete;
  await hours.updateComplete;
  return { locator, hours };
}

const shadow = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)!;

describe('right to left: Arabic', () => {
  it('writes the elements right to left, in Arabic', async function () {
    // Two full axe runs after the first load of both elements: slow on a busy machine.
    this.timeout(30_000);
    const { locator, hours } = await page('rtl', 'ar');
    const base = shadow(locator, '[part~="base"]');
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(base.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    expect(shadow(hours, '[part~="status"]').textContent).to.contain('مفتوح الآن');
    // Right to left: the search button sits left of the field.
    const input = shadow(locator, '#q').getBoundingClientRect();
    const button = shadow(locator, 'button[type="submit"]').getBoundingClientRect();
    expect(button.right, 'the button follows the field, leftwards').to.be.at.most(input.left + 1);
    await expectAccessible(locator);
    await expectAccessible(hours);
  });

  it('keeps time ranges in order: 10:00 left of 12:00', async () => {
    const { hours } = await page('rtl', 'ar');
    const intervals = [...hours.shadowRoot!.querySelectorAll('.interval')];
    expect(intervals.length).to.be.greaterThan(5);
    for (const interval of intervals) {
      const [opens, closes] = [...interval.querySelectorAll('time')].map((t) => t.textContent!);
      expect(leftOf(interval, opens!), `${opens}–${closes}`).to.be.below(leftOf(interval, closes!));
    }
  });

  it('keeps the postcode before the town, and phone numbers in order, in Arabic sentences', async () => {
    const { locator, hours } = await page('rtl', 'ar');
    const item = shadow(locator, '.item');
    const address = item.querySelector('.address')!;
    expectLeftOf(address, '8011', 'NH', 'postcode');
    expectLeftOf(address, 'NH', 'Zwolle', 'postcode and town');
    expectLeftOf(address, 'Voorbeeldstraat', '5', 'street and number');
    const call = item.querySelector('a[href^="tel:"]')!;
    expect(call.textContent).to.contain('اتصل على');
    expectLeftOf(call, '038', '123', 'phone');
    expectLeftOf(call, '45', '67', 'phone');
    const hoursCall = shadow(hours, '[part~="contact"] a[href^="tel:"]');
    expectLeftOf(hoursCall, '038', '67', 'phone');
    // The origin in the result line: "… من 8011 Zwolle."
    const status = shadow(locator, '[role="status"]');
    expect(status.textContent).to.contain('تم العثور على');
    expectLeftOf(status, '8011', 'Zwolle', 'origin');
  });

  it('reads an Arabic distance the Arabic way: the number right of كم', async () => {
    const { locator } = await page('rtl', 'ar');
    const distance = shadow(locator, '.item .distance');
    const number = distance.textContent!.match(/\d+(?:[.,]\d+)?/)![0];
    expect(leftOf(distance, number)).to.be.above(leftOf(distance, 'كم'));
  });
});

describe('right to left: input in Latin letters', () => {
  it('shows a postcode typed on an Arabic page as typed: "8011" left of "AB"', async () => {
    const { locator } = await page('rtl', 'ar');
    const input = shadow(locator, '#q') as HTMLInputElement;
    input.value = '8011 AB';
    input.dispatchEvent(new Event('input'));
    expect(input.getAttribute('dir')).to.equal('auto');
    // The field takes its direction from what is in it: Latin text runs left to right.
    expect(input.matches(':dir(ltr)'), 'the postcode field runs left to right').to.equal(true);
    input.value = 'زفوله';
    expect(input.matches(':dir(rtl)'), 'an Arabic place name runs right to left').to.equal(true);
  });
});

describe('right to left: a Dutch text on a right-to-left page', () => {
  it('lays out an element that falls back to Dutch left to right: "3 partners gevonden", the count first', async () => {
    const root = await fixture<HTMLElement>(
      html`<div dir="rtl" lang="fa" style="width: 40rem">
        <ido-provider .client=${createFakeClient()} .now=${fixtureNow}>
          <ido-partner-list municipality="Zwolle"></ido-partner-list>
        </ido-provider>
      </div>`,
    );
    const list = root.querySelector<IdoPartnerList>('ido-partner-list')!;
    await settled(list);
    await list.updateComplete;
    const base = shadow(list, '[part~="base"]');
    expect(list.language, 'no Persian text: the partner list speaks Dutch').to.equal('nl');
    expect(base.getAttribute('dir')).to.equal('ltr');
    expect(base.getAttribute('lang')).to.equal('nl');
    expect(getComputedStyle(base).direction).to.equal('ltr');
    const status = shadow(list, '[part~="status"]');
    const sentence = status.textContent!.trim();
    expect(sentence).to.match(/^\d+ partners? gevonden/);
    const count = sentence.match(/^\d+/)![0];
    expectLeftOf(status, count, 'gevonden', 'the count first');
    // ":Openingstijden" was the bug: the colon ends the label, on its right.
    const label = shadow(list, '.hours-label');
    expectLeftOf(label, 'Openingstijden', ':', '“Openingstijden:”');
    const description = shadow(list, '.description');
    const text = description.textContent!;
    expect(leftOf(description, '.', text.length - 1), 'the full stop ends the line').to.be.above(
      leftOf(description, text.split(' ')[0]!),
    );
    await expectAccessible(list);
  });

  it('stays left to right as a whole: "Vandaag:", "0,3 km", "8011 NH Zwolle", full stops at the end', async () => {
    const { locator, hours } = await page('rtl', 'nl');
    expect(shadow(hours, '[part~="base"]').getAttribute('dir')).to.equal('ltr');
    const today = shadow(hours, '.today-value');
    expectLeftOf(today, 'Vandaag', ':', '“Vandaag:”');
    const interval = shadow(hours, '.interval');
    const [opens, closes] = [...interval.querySelectorAll('time')].map((t) => t.textContent!);
    expectLeftOf(interval, opens!, closes!, 'time range');
    const distance = shadow(locator, '.item .distance');
    const number = distance.textContent!.match(/\d+(?:,\d+)?/)![0];
    expectLeftOf(distance, number, 'km', 'distance');
    expectLeftOf(shadow(locator, '.item .address'), '8011', 'Zwolle', 'postcode');
    const status = shadow(locator, '[role="status"]');
    const sentence = status.textContent!;
    expect(sentence.endsWith('.')).to.equal(true);
    expect(leftOf(status, '.', sentence.length - 1), 'the full stop ends the line').to.be.above(
      leftOf(status, 'Informatiepunt'),
    );
  });
});
