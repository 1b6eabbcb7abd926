/// <reference types="mocha" />
// The referral slip (issue 22) as <ido-partner-list> offers it: a fake client (no network), a
// fixed clock, real key presses, axe, the QR code read back by a QR decoder from the pixels.
import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import 'jsqr/dist/jsQR.js';
import type { QRCode } from 'jsqr';
import type { Feed, Partner } from '@idokit/sdk';
import { createFakeClient, fixtureFeed, fixtureNow } from '@idokit/sdk/testing';
import {
  defineIdoPartnerList,
  type IdoPartnerList,
} from '../../components/ido-partner-list/ido-partner-list.js';
import {
  deepActiveElement,
  expectAccessible,
  expectFocusOn,
  fixtureWithClient,
  press,
  settled,
  tab,
} from '../../testing/index.js';
import { slipLink } from './slip-content.js';
import { slipPartner } from './slip-partner.js';

declare global {
  interface Window {
    /** jsQR's browser build sets this global. */
    jsQR: (data: Uint8ClampedArray, width: number, height: number) => QRCode | null;
  }
}

defineIdoPartnerList();

const STAFF_ONLY = 'Alleen voor medewerkers: bel eerst de coördinator.';
const HUMANITAS = 'humanitas-thuisadministratie-zwolle';

/** The fixture feed, Humanitas with what to bring and staff-only text that must never show. */
function feed(): Feed {
  const partners = fixtureFeed.partners.map((p): Partner =>
    p.id === HUMANITAS
      ? { ...p, staffInstructions: STAFF_ONLY, bring: ['De brieven van de bank', 'Uw DigiD'] }
      : p,
  );
  return { ...fixtureFeed, partners };
}

async function render(lang?: string, staff = false) {
  const client = createFakeClient({ feed: feed() });
  const el = await fixtureWithClient<IdoPartnerList>(
    staff
      ? html`<ido-partner-list municipality="Zwolle" staff></ido-partner-list>`
      : html`<ido-partner-list municipality="Zwolle"></ido-partner-list>`,
    { now: fixtureNow, client, ...(lang ? { lang } : {}) },
  );
  await settled(el);
  return { el, client };
}

const clean = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const items = (node: Element, selector: string) => [...node.querySelectorAll(selector)].map(clean);
const slipButton = (el: IdoPartnerList, name: string) =>
  [...el.shadowRoot!.querySelectorAll('.item')]
    .find((li) => clean(li.querySelector('.name')) === name)!
    .querySelector<HTMLButtonElement>('.slip-open')!;
/** The open slip's shadow root (beside the list, in the element's shadow root). */
const slipRoot = (el: IdoPartnerList) =>
  el.shadowRoot!.querySelector('.ido-referral-slip')?.shadowRoot ?? null;
const dialog = (el: IdoPartnerList) => slipRoot(el)?.querySelector('dialog') ?? null;

async function openSlip(el: IdoPartnerList, name: string): Promise<ShadowRoot> {
  slipButton(el, name).click();
  await waitUntil(() => dialog(el)?.open, 'the slip did not open');
  await waitUntil(() => slipRoot(el)!.querySelector('.qr-code'), 'no QR code');
  return slipRoot(el)!;
}

/** Reads a QR code from the pixels of an `<svg>` drawn on a canvas. */
async function decodeQr(svg: SVGSVGElement): Promise<string | undefined> {
  const markup = new XMLSerializer().serializeToString(svg);
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 400;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, 400, 400);
  const pixels = context.getImageData(0, 0, 400, 400);
  return window.jsQR(pixels.data, 400, 400)?.data;
}

afterEach(async () => {
  await emulateMedia({ media: 'screen', forcedColors: 'none', reducedMotion: 'no-preference' });
  await setViewport({ width: 800, height: 600 });
});

describe('referral slip: the link of its QR code', () => {
  const partner = slipPartner(fixtureFeed.partners[0]!);
  it('is the website, else a call, only through the safe-url allow-list', () => {
    expect(slipLink(partner)).to.deep.equal({
      kind: 'website',
      url: 'https://raadslieden-utrecht.example/',
    });
    const noSite = { ...partner, contact: { phone: '030 765 43 21' } };
    expect(slipLink(noSite)).to.deep.equal({ kind: 'phone', url: 'tel:+31307654321' });
    const unsafe = { ...partner, contact: { website: 'javascript:alert(1)', phone: 'bel ons' } };
    expect(slipLink(unsafe)).to.equal(undefined);
  });

  it('leaves staff instructions and referral routes out of what a slip gets', () => {
    const full = { ...fixtureFeed.partners[0]!, staffInstructions: STAFF_ONLY };
    const slip = slipPartner(full);
    expect(Object.keys(slip).sort()).to.deep.equal(['contact', 'description', 'name']);
    expect(JSON.stringify(slip)).not.to.contain(STAFF_ONLY);
    expect(JSON.stringify(slip)).not.to.contain(full.referral[0]!.instructions);
  });
});

describe('referral slip from <ido-partner-list>', () => {
  it('opens by keyboard with the partner’s details, no staff text, axe clean; Escape closes it', async () => {
    const { el } = await render(undefined, true);
    const opener = slipButton(el, 'Humanitas Thuisadministratie Zwolle');
    expect(clean(opener)).to.equal('Verwijsbriefje (Humanitas Thuisadministratie Zwolle)');
    opener.focus();
    await press('Enter');
    await waitUntil(() => dialog(el)?.open, 'Enter did not open the slip');
    const root = slipRoot(el)!;
    await waitUntil(() => root.querySelector('.qr-code'), 'no QR code');
    // Focus starts in the dialog, on the language choice (the page is Dutch).
    expectFocusOn(root.querySelector('#slip-lang'), 'the language choice');
    expect(root.querySelector<HTMLSelectElement>('#slip-lang')!.value).to.equal('nl');
    const slip = root.querySelector('.slip')!;
    const text = clean(slip);
    expect(text).to.contain('U kunt terecht bij Humanitas Thuisadministratie Zwolle');
    expect(text).to.contain(
      'Waarmee ze helpen Een vrijwilliger komt thuis helpen om de administratie op orde te krijgen.',
    );
    expect(text).to.contain('E-mail zwolle@humanitas.example');
    expect(text).to.contain('Website https://humanitas.example/zwolle');
    // Next week (fixtureNow is Wednesday 18 November 2026): Tuesday and Thursday afternoons.
    expect(items(slip, '.slip-hours li')).to.deep.equal([
      'Dinsdag 24 november 13:00 – 16:00',
      'Donderdag 26 november 13:00 – 16:00',
    ]);
    expect(items(slip, '.slip-bring li')).to.deep.equal(['De brieven van de bank', 'Uw DigiD']);
    // Staff text never: not the partner's, not the referral route's.
    expect(text).not.to.contain(STAFF_ONLY);
    expect(text).not.to.contain('aanmeldformulier');
    expect(text).not.to.contain(HUMANITAS);
    await expectAccessible(root.querySelector('dialog')!);
    await expectAccessible(el);

    // Tab walks the dialog: language, print, close.
    await tab();
    expectFocusOn(root.querySelector('.slip-print'), 'print');
    await tab();
    expectFocusOn(root.querySelector('.slip-close'), 'close');
    await press('Escape');
    await waitUntil(() => !slipRoot(el), 'Escape did not close the slip');
    expectFocusOn(opener, 'focus back on the button');
  });

  it('encodes the partner’s website in a QR code that a decoder reads back', async () => {
    const { el } = await render();
    const root = await openSlip(el, 'Humanitas Thuisadministratie Zwolle');
    const svg = root.querySelector<SVGSVGElement>('.qr-code')!;
    expect(await decodeQr(svg)).to.equal('https://humanitas.example/zwolle');
    expect(svg.getAttribute('aria-label')).to.equal(
      'QR-code naar https://humanitas.example/zwolle',
    );
    expect(clean(root.querySelector('figcaption'))).to.equal(
      'Scan de code met uw telefoon om de website te openen.',
    );
    root.querySelector<HTMLButtonElement>('.slip-close')!.click();
    await waitUntil(() => !slipRoot(el));
  });

  it('in Arabic: right to left, Arabic labels and day names, the partner’s data left to right', async () => {
    const { el } = await render();
    const root = await openSlip(el, 'Humanitas Thuisadministratie Zwolle');
    const choice = root.querySelector<HTMLSelectElement>('#slip-lang')!;
    expect([...choice.options].map((o) => o.textContent!.trim())).to.deep.equal([
      'Nederlands',
      'English',
      'العربية',
      'Türkçe',
      'Polski',
      'Українська',
    ]);
    choice.focus();
    choice.value = 'ar';
    choice.dispatchEvent(new Event('change'));
    const slip = root.querySelector<HTMLElement>('.slip')!;
    expect(slip.lang).to.equal('ar');
    expect(slip.dir).to.equal('rtl');
    expect(getComputedStyle(slip).direction).to.equal('rtl');
    expect(clean(slip.querySelector('.slip-heading'))).to.equal('يمكنك التوجه إلى');
    const name = slip.querySelector<HTMLElement>('.slip-name')!;
    expect([name.lang, name.dir, getComputedStyle(name).direction]).to.deep.equal([
      'nl',
      'ltr',
      'ltr',
    ]);
    expect(items(slip, '.slip-bring li')).to.deep.equal(['De brieven van de bank', 'Uw DigiD']);
    expect(slip.querySelector<HTMLElement>('.slip-bring')!.dir).to.equal('ltr');
    expect(clean(slip)).to.contain('أحضر معك');
    expect(clean(slip.querySelector('.slip-hours li'))).to.match(/^الثلاثاء 24 .+ 13:00 – 16:00$/);
    // The dialog's own words stay in the staff's language.
    expect(clean(root.querySelector('.slip-print'))).to.equal('Afdrukken');
    await expectAccessible(root.querySelector('dialog')!);
    root.querySelector<HTMLButtonElement>('.slip-close')!.click();
    await waitUntil(() => !slipRoot(el));
  });

  it('starts in the page’s language when it is one of the six', async () => {
    const { el } = await render('tr');
    const root = await openSlip(el, 'Humanitas Thuisadministratie Zwolle');
    expect(root.querySelector<HTMLSelectElement>('#slip-lang')!.value).to.equal('tr');
    expect(clean(root.querySelector('.slip-heading'))).to.equal('Başvurabileceğiniz yer');
    root.querySelector<HTMLButtonElement>('.slip-close')!.click();
    await waitUntil(() => !slipRoot(el));
  });

  it('fits 320 px without sideways scrolling; in forced colours the QR code stays black on white', async () => {
    await setViewport({ width: 320, height: 640 });
    const { el } = await render();
    const root = await openSlip(el, 'Humanitas Thuisadministratie Zwolle');
    const box = root.querySelector('dialog')!;
    expect(box.getBoundingClientRect().right).to.be.at.most(320);
    expect(box.scrollWidth, 'no sideways scrolling').to.be.at.most(box.clientWidth);
    for (const button of root.querySelectorAll('button'))
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
    await expectAccessible(box);

    await emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    const qr = root.querySelector('.qr-code')!;
    expect(getComputedStyle(qr).forcedColorAdjust).to.equal('none');
    expect(getComputedStyle(qr.querySelector('path')!).fill).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(qr.querySelector('rect')!).fill).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(root.querySelector('.slip')!).borderStyle).to.equal('dashed');
    expect(await decodeQr(qr as SVGSVGElement)).to.equal('https://humanitas.example/zwolle');
    root.querySelector<HTMLButtonElement>('.slip-close')!.click();
    await waitUntil(() => !slipRoot(el));
  });

  it('prints the slip alone, A6 on A4, and sends nothing to the server', async () => {
    const { el, client } = await render();
    const root = await openSlip(el, 'Humanitas Thuisadministratie Zwolle');
    const choice = root.querySelector<HTMLSelectElement>('#slip-lang')!;
    choice.value = 'ar';
    choice.dispatchEvent(new Event('change'));

    const calls = client.calls.length;
    const requests: string[] = [];
    const observer = new PerformanceObserver((list) =>
      requests.push(...list.getEntries().map((e) => e.name)),
    );
    observer.observe({ type: 'resource', buffered: false });
    // Keyboard: Tab from the language choice to "Afdrukken", Enter.
    choice.focus();
    await tab();
    expectFocusOn(root.querySelector('.slip-print'), 'print');
    await press('Enter');
    await waitUntil(() => root.querySelector('iframe'), 'no print frame');
    const frame = root.querySelector('iframe')!;
    const doc = frame.contentDocument!;
    await new Promise((resolve) => setTimeout(resolve, 500));
    observer.disconnect();
    expect(requests, 'requests while printing').to.deep.equal([]);
    expect(frame.contentWindow!.performance.getEntriesByType('resource')).to.have.length(0);
    expect(client.calls.length, 'client calls while printing').to.equal(calls);

    // The printed document: the slip, nothing else; Arabic; the QR code; no id.
    expect([...doc.body.children].map((c) => c.className)).to.deep.equal(['slip']);
    expect([doc.documentElement.lang, doc.documentElement.dir]).to.deep.equal(['ar', 'rtl']);
    expect(doc.title).to.equal('ورقة الإحالة: Humanitas Thuisadministratie Zwolle');
    expect(doc.body.textContent).not.to.contain(HUMANITAS);
    expect(doc.body.textContent).not.to.contain(STAFF_ONLY);
    expect(await decodeQr(doc.querySelector<SVGSVGElement>('.qr-code')!)).to.equal(
      'https://humanitas.example/zwolle',
    );

    // As printed: an A6 card (105 × 148 mm) on the page, whatever the screen.
    await emulateMedia({ media: 'print' });
    expect(frame.contentWindow!.matchMedia('print').matches).to.equal(true);
    const box = doc.querySelector('.slip')!.getBoundingClientRect();
    const mm = 96 / 25.4;
    expect(Math.round(box.width / mm)).to.equal(105);
    expect(Math.round(box.height / mm)).to.be.at.least(148);
    const rules = [...doc.adoptedStyleSheets].flatMap((s) => [...s.cssRules]);
    // The frame has its own realm: its rules are not this window's `CSSPageRule`.
    const page = rules.find((r) => r.cssText.startsWith('@page')) as CSSPageRule | undefined;
    expect(page?.style.getPropertyValue('size')).to.equal('a4');

    expect(deepActiveElement()).to.equal(root.querySelector('.slip-print'));
    await press('Escape');
    await waitUntil(() => !slipRoot(el), 'Escape did not close the slip');
  });
});
