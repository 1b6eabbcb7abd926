/// <reference types="mocha" />
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { createFakeClient, fixtureNow } from '@idokit/sdk/testing';
import type { IdoLocationSelectEvent } from '../../events/ido-location-select.js';
import {
  expectFocusOn,
  deepActiveElement,
  expectAccessible,
  fixtureWithClient,
  press,
  settled,
  tab,
} from '../../testing/index.js';
import { defineIdoLocator, PDOK_TILES, type IdoLocator } from './ido-locator.js';
import { leafletStyles } from './leaflet.styles.js';

defineIdoLocator();

/** Tiles from the test server that do not exist: the map must work without them. */
const NO_TILES = '/__no-tiles__/{z}/{x}/{y}.png';

const $ = <T extends Element = HTMLElement>(el: IdoLocator, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: IdoLocator, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const toggle = (el: IdoLocator) => $<HTMLButtonElement>(el, '.map-toggle');
const markers = (el: IdoLocator) => $$(el, '.ido-marker');
const items = (el: IdoLocator) => $$(el, '.item');

async function withMap(query = '8011') {
  const el = await fixtureWithClient<IdoLocator>(
    html`<ido-locator map tiles=${NO_TILES}></ido-locator>`,
    { client: createFakeClient(), now: fixtureNow },
  );
  el.search(query);
  await settled(el);
  return el;
}

async function openMap(el: IdoLocator) {
  toggle(el)!.click();
  // The first opening loads Leaflet cold (~400 KB through the dev server): more than
  // waitUntil's default second on a busy machine.
  await waitUntil(() => markers(el).length > 0, 'the map never showed markers', {
    timeout: 8000,
  });
  await el.updateComplete;
}

describe('<ido-locator map>', () => {
  it('keeps the list first: no map code, tiles or map button before there are results', async () => {
    const el = await fixtureWithClient<IdoLocator>(html`<ido-locator map></ido-locator>`, {
      client: createFakeClient(),
    });
    await settled(el);
    expect(toggle(el)).to.equal(null);
    expect(el.tiles).to.equal(PDOK_TILES);
    expect($(el, '.leaflet-container')).to.equal(null);
    const tileRequests = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('pdok.nl'));
    expect(tileRequests).to.have.length(0);
  });

  it('loads the map on request, with one labelled marker per result and the Kadaster attribution', async () => {
    const el = await withMap();
    const button = toggle(el)!;
    expect(button.textContent!.trim()).to.equal('Toon op kaart');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    await openMap(el);

    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Verberg kaart');
    const map = $(el, '#map')!;
    expect(map.classList.contains('leaflet-container')).to.equal(true);
    expect(map.getAttribute('role')).to.equal('region');
    expect(map.getAttribute('aria-label')).to.equal(
      'Kaart met 2 Informatiepunten. De lijst geeft dezelfde informatie.',
    );
    expect(markers(el).map((m) => m.getAttribute('aria-label'))).to.deep.equal([
      '1. IDO Voorbeeldbibliotheek Zwolle Centrum, 0,2 km',
      '2. IDO Voorbeeldbibliotheek Zwolle Stadshagen, 3,5 km',
    ]);
    expect(markers(el).map((m) => m.textContent)).to.deep.equal(['1', '2']);
    expect(markers(el).every((m) => m.getAttribute('role') === 'button')).to.equal(true);
    expect($(el, '.leaflet-control-attribution')!.textContent).to.equal('Kaartgegevens © Kadaster');
    // Leaflet's stylesheet reached the shadow root: its panes are positioned.
    expect(getComputedStyle($(el, '.leaflet-pane')!).position).to.equal('absolute');
    // Tiles come from the configured URL only.
    const tiles = $$<HTMLImageElement>(el, 'img.leaflet-tile');
    expect(tiles.length).to.be.greaterThan(0);
    for (const tile of tiles) expect(new URL(tile.src).pathname).to.match(/^\/__no-tiles__\//);
    // 44 px zoom buttons.
    for (const zoom of $$(el, '.leaflet-bar a')) {
      expect(zoom.getBoundingClientRect().height).to.be.at.least(44);
    }
    await expectAccessible(el);
  });

  it('highlights the list item when a marker is chosen, and the marker when an item is', async () => {
    const el = await withMap();
    await openMap(el);

    const fromMap = oneEvent(document, 'ido-location-select') as Promise<IdoLocationSelectEvent>;
    markers(el)[1]!.click();
    expect((await fromMap).detail.location.id).to.equal('ido-zwolle-stadshagen');
    await el.updateComplete;
    expect(items(el).map((li) => li.getAttribute('aria-current'))).to.deep.equal(['false', 'true']);
    expect(markers(el)[1]!.classList.contains('is-selected')).to.equal(true);
    expect(markers(el)[1]!.getAttribute('aria-pressed')).to.equal('true');

    const fromList = oneEvent(document, 'ido-location-select') as Promise<IdoLocationSelectEvent>;
    $$<HTMLButtonElement>(el, '.select')[0]!.click();
    expect((await fromList).detail.location.id).to.equal('ido-zwolle-centrum');
    await el.updateComplete;
    expect(markers(el).map((m) => m.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false']);
    expect(markers(el)[0]!.classList.contains('is-selected')).to.equal(true);
    await expectAccessible(el);
  });

  it('lets a keyboard reach and choose markers, and Tab leave the map', async () => {
    const el = await withMap();
    await openMap(el);
    toggle(el)!.focus();
    await tab();
    expectFocusOn($(el, '#map'), 'the map itself takes focus (arrow keys pan)');
    await tab();
    expectFocusOn(markers(el)[0]);
    const chosen = oneEvent(document, 'ido-location-select') as Promise<IdoLocationSelectEvent>;
    await press('Enter');
    expect((await chosen).detail.location.id).to.equal('ido-zwolle-centrum');
    await el.updateComplete;
    expect(items(el)[0]!.getAttribute('aria-current')).to.equal('true');

    await tab();
    expectFocusOn(markers(el)[1]);
    for (let i = 0; i < 6 && !deepActiveElement()?.closest('.list'); i += 1) await tab();
    expect(deepActiveElement()?.closest('.list'), 'focus moves on to the list').to.not.equal(null);
  });

  it('follows new searches and the language, and hides without losing the list', async () => {
    const el = await withMap();
    await openMap(el);
    el.search('3511 AB');
    await settled(el);
    await waitUntil(() => markers(el)[0]?.getAttribute('aria-label')?.includes('Utrecht'));
    expect(markers(el)).to.have.length(2);

    el.parentElement!.setAttribute('lang', 'en');
    await waitUntil(
      () => $(el, '.leaflet-control-attribution')!.textContent === 'Map data © Kadaster',
    );
    expect(markers(el)[0]!.getAttribute('aria-label')).to.equal(
      '1. IDO Voorbeeldbibliotheek Utrecht Centrum, 0.5 km',
    );
    expect($(el, '.leaflet-control-zoom-in')!.getAttribute('aria-label')).to.equal('Zoom in');

    toggle(el)!.click();
    await el.updateComplete;
    expect($(el, '.map-panel')!.hidden).to.equal(true);
    expect(items(el)).to.have.length(2);
    toggle(el)!.click();
    await el.updateComplete;
    expect($(el, '.map-panel')!.hidden).to.equal(false);
    expect(markers(el)).to.have.length(2);
  });

  it('does not animate when the resident prefers reduced motion', async () => {
    const animated = await withMap();
    await openMap(animated);
    expect($(animated, '#map')!.classList.contains('leaflet-fade-anim')).to.equal(true);
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const still = await withMap();
      await openMap(still);
      const map = $(still, '#map')!;
      expect(map.classList.contains('leaflet-fade-anim')).to.equal(false);
      expect(map.classList.contains('leaflet-zoom-anim')).to.equal(false);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('carries an unchanged copy of Leaflet’s stylesheet', async () => {
    const installed = await (
      await fetch('/packages/widgets/node_modules/leaflet/dist/leaflet.css')
    ).text();
    expect(leafletStyles.cssText.trim()).to.equal(installed.replace(/\r\n/g, '\n').trim());
  });

  it('hides an empty map: "Nu open" with nothing open leaves no blank map on screen', async () => {
    const el = await withMap();
    await openMap(el);
    expect($(el, '.map-panel')!.hidden).to.equal(false);
    el.now = new Date('2026-11-18T22:00:00Z');
    el.openNow = true;
    await settled(el);
    await waitUntil(() => el.hasState('empty'), 'something is still open at 23:00');
    expect($(el, '.map-panel')!.hidden, 'the map panel').to.equal(true);
    expect(toggle(el), 'no map button without results').to.equal(null);
    el.openNow = false;
    await settled(el);
    await waitUntil(() => el.hasState('results'));
    expect($(el, '.map-panel')!.hidden, 'back with the results').to.equal(false);
    expect(markers(el).length).to.be.greaterThan(0);
  });

  it("keeps its sizes under a host's html { font-size: 62.5% }", async () => {
    const style = document.createElement('style');
    // What WordPress themes do: a 10px root, the body text set back to 16px in rem.
    style.textContent = 'html { font-size: 62.5%; } body { font-size: 1.6rem; }';
    document.head.append(style);
    try {
      const el = await withMap();
      await openMap(el);
      const box = $(el, '.check input')!.getBoundingClientRect();
      expect(box.width, 'checkbox').to.equal(24);
      expect($(el, '#map')!.getBoundingClientRect().height, 'map').to.be.at.least(
        Math.min(384, innerHeight * 0.6) - 1,
      );
      const search = $(el, 'button[type="submit"]')!.getBoundingClientRect();
      expect(search.height, 'button target').to.be.at.least(44);
    } finally {
      style.remove();
    }
  });
});
