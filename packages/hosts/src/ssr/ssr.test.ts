// The elements in Node: their modules import without a browser, and @lit-labs/ssr renders a
// first paint that means something (the search form with its labels; a location's hours with
// today's status) before any JavaScript runs in the browser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { fixtureFeed, fixtureNow } from '@idokit/sdk/testing';
import { html } from 'lit';

const zwolle = fixtureFeed.locations.find((l) => l.id === 'ido-zwolle-centrum')!;

/** Server-rendered HTML without Lit's comment markers, whitespace collapsed. */
async function ssr(template: ReturnType<typeof html>): Promise<string> {
  return (await collectResult(render(template))).replace(/<!--[^]*?-->/g, '').replace(/\s+/g, ' ');
}

/** The text a reader would see first: tags stripped, styles dropped. */
const visible = (markup: string) =>
  markup
    .replace(/<style>[^]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

test('the element modules import in Node and define their tags', async () => {
  const widgets = await import('@idokit/widgets/define.js');
  assert.equal(typeof widgets.IdoLocator, 'function');
  assert.equal(customElements.get('ido-locator'), widgets.IdoLocator);
  assert.equal(customElements.get('ido-opening-hours'), widgets.IdoOpeningHours);
  // The page-wide API exists without a window; nothing was written to a global window.
  assert.equal(typeof widgets.IdoKit.configure, 'function');
  assert.equal(typeof (globalThis as { window?: unknown }).window, 'undefined');
});

test('<ido-locator> renders its search form, labelled, in declarative shadow DOM', async () => {
  await import('@idokit/widgets/define.js');
  const out = await ssr(html`<ido-locator></ido-locator>`);
  assert.match(out, /<ido-locator[^>]*><template shadowroot(mode)?="open"/);
  const text = visible(out);
  assert.match(text, /Postcode of woonplaats/);
  assert.match(text, /Bijvoorbeeld 1234 AB of Zwolle/);
  assert.match(text, /Zoeken/);
  assert.match(out, /<label class="ido-label" for="q">/);
  assert.match(out, /<div class="base" part="base" role="region" lang="nl" dir="ltr"/);
});

test('<ido-opening-hours> renders a given location: status, today and the week', async () => {
  await import('@idokit/widgets/define.js');
  const out = await ssr(
    html`<ido-opening-hours .location=${zwolle} .now=${fixtureNow}></ido-opening-hours>`,
  );
  const text = visible(out);
  assert.match(text, /Nu open · sluit om 12:00/);
  // The page's text is the spoken range; the dash between the times is drawn by the element's CSS.
  assert.match(text, /Vandaag: van 10:00 tot 12:00/);
  assert.match(out, /class="ido-range-dash"/);
  assert.match(text, /Informatiepunt Digitale Overheid deze week/);
  assert.match(text, /Maandag .* Dinsdag .* Woensdag/);
  assert.match(text, /Bel 038 123 45 67/);
});

test('server-rendered text follows lang, Arabic right to left', async () => {
  await import('@idokit/widgets/define.js');
  // Languages beyond Dutch and English load on first use: a server renders after loading it.
  const { loadLanguage } = await import('@idokit/widgets');
  await loadLanguage('ar');
  const out = await ssr(
    html`<ido-opening-hours lang="ar" .location=${zwolle} .now=${fixtureNow}></ido-opening-hours>`,
  );
  assert.match(out, /lang="ar" dir="rtl"/);
  assert.match(visible(out), /مفتوح الآن · يغلق الساعة 12:00/);
  // Time ranges isolated left to right inside the Arabic text.
  assert.match(out, /<span class="interval" dir="ltr"/);
});

test('<ido-opening-hours> with only an id renders the loading line, not an error', async () => {
  await import('@idokit/widgets/define.js');
  const out = await ssr(
    html`<ido-opening-hours location="ido-zwolle-centrum"></ido-opening-hours>`,
  );
  assert.match(visible(out), /Bezig met laden…/);
  assert.doesNotMatch(out, /role="alert"/);
});

test('an element with a relative feed address renders on the server (no page to resolve it)', async () => {
  await import('@idokit/widgets/define.js');
  const out = await ssr(html`<ido-locator feed="/feed.json" open-now></ido-locator>`);
  assert.match(visible(out), /Postcode of woonplaats/);
  // Only "Nu open" is ticked: a box that is off has no `checked` attribute (not checked="false").
  assert.equal(out.match(/<input type="checkbox"[^>]*\bchecked\b/g)?.length, 1);
  assert.doesNotMatch(out, /checked="false"/);
});
