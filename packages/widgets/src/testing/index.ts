/**
 * Test harness for IDO Kit elements (@web/test-runner + @open-wc/testing, Chromium).
 * Test-only: never import this from an element.
 *
 * @example
 * const el = await fixtureWithClient<IdoOpeningHours>(
 *   html`<ido-opening-hours location="ido-centrum"></ido-opening-hours>`,
 *   { lang: 'en', now: new Date('2025-03-03T10:00:00+01:00') },
 * );
 * await settled(el);
 * await expectAccessible(el);
 */
export { fixtureWithClient, settled, type FixtureOptions } from './fixture.js';
export { expectAccessible } from './axe.js';
export { press, typeText, tab, deepActiveElement, expectFocusOn } from './keyboard.js';
export { idoServer, type ServerDevice, type StoredRegistration } from './ido-server.js';
export { seenText } from './seen.js';
export { saveScreenshot } from './screenshot.js';
export { boxOf, expectLeftOf, leftOf, textNodes } from './layout.js';
