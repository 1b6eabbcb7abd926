// Storybook's docs pages render every story of an element on one page at once. Each story must
// still show its own state there: the staff stories each set up a device of their own (session in
// localStorage, outbox in IndexedDB), so one story's setup never shows in another (before, every
// question-form story showed the last one's "held aside" list). And the locator's right-to-left
// story speaks Arabic, on its own and on the docs page; the docs table leaves out the getters the
// elements' templates use (`dataLanguage`, `direction`). Needs `pnpm build-storybook` first.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '../support/demo-server.js';
import { serveStorybook, storybookContext } from './static-storybook.js';

let storybook: Awaited<ReturnType<typeof serveStorybook>>;
let browser: Browser;

before(
  async () => {
    storybook = await serveStorybook();
    browser = await launchChromium();
  },
  { timeout: 60_000 },
);

after(async () => {
  await browser?.close();
  await storybook?.close();
});

/** Opens a docs page (`elements-ido-question-form--docs`) or a story in Storybook's preview. */
async function open(id: string, viewMode: 'docs' | 'story'): Promise<Page> {
  const context = await storybookContext(browser, storybook.origin);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${storybook.origin}/iframe.html?id=${id}&viewMode=${viewMode}`);
  page.once('close', () => assert.deepEqual(errors, [], 'page errors'));
  return page;
}

/** What a question form on the docs page shows, in a line a failure can be read from. */
async function formState(form: Locator): Promise<string> {
  return form.evaluate((el) => {
    const root = el.shadowRoot!;
    const parts: string[] = [];
    if (root.querySelector('#enrol-code')) parts.push('enrolment');
    if (root.querySelector('#q0-themes')) parts.push('form');
    if (root.querySelector('[part~="held"]')) parts.push('held');
    const badge = root.querySelector('.badge')?.textContent?.replace(/\s+/g, ' ').trim();
    if (badge) parts.push(`badge: ${badge}`);
    if (/afgemeld/.test(root.textContent ?? '')) parts.push('revoked');
    if (root.querySelector('[part~="loading"]')) parts.push('loading');
    if (root.querySelector('[part~="error"]')) parts.push('error');
    if (/You register for/.test(root.textContent ?? '')) parts.push('english');
    return parts.join(', ');
  });
}

test("each question-form story on the docs page shows its own device's state", async () => {
  const page = await open('elements-ido-question-form--docs', 'docs');
  // What each story sets up, as it shows once the element has read its device.
  const expected: Record<string, string> = {
    enrolment: 'enrolment',
    registering: 'form',
    offline: 'form, badge: 3 registraties wachten op verzending',
    'held-aside': 'form, held',
    revoked: 'enrolment, revoked',
    loading: 'loading',
    'load-error': 'error',
    english: 'form, english',
    'right-to-left': 'form, english',
    'forced-colours': 'form, badge: 1 registratie wacht op verzending',
  };
  const form = (story: string) =>
    page.locator(`#story--elements-ido-question-form--${story}-inner ido-question-form`);
  for (const story of Object.keys(expected)) await form(story).waitFor({ timeout: 30_000 });
  const actual: Record<string, string> = {};
  const deadline = Date.now() + 20_000;
  // Each settles at its own pace (IndexedDB, the fake client): wait until all agree or time's up.
  do {
    for (const story of Object.keys(expected)) actual[story] = await formState(form(story));
    if (JSON.stringify(actual) === JSON.stringify(expected)) break;
    await page.waitForTimeout(250);
  } while (Date.now() < deadline);
  assert.deepEqual(actual, expected);

  // The docs table lists the element's API, not the base class's helpers for templates.
  const names = await page
    .locator('.docblock-argstable-body tr td:first-child')
    .evaluateAll((cells) => cells.map((c) => c.textContent?.trim().split(/\s/)[0] ?? ''));
  assert.ok(names.includes('undo-minutes'), `the table lists the attributes: ${names.join(', ')}`);
  for (const internal of ['dataLanguage', 'direction', 'locale', 'language', 't'])
    assert.ok(!names.includes(internal), `${internal} is not in the docs table`);
  await page.context().close();
});

/** Waits for the locator's Arabic search label; answers the language and direction of its wrapper. */
async function locatorLanguage(locator: Locator): Promise<{ lang: string; dir: string }> {
  await locator
    .getByText('الرمز البريدي أو المدينة', { exact: true })
    .first()
    .waitFor({ timeout: 30_000 });
  return locator.evaluate((el) => {
    const base = el.shadowRoot!.querySelector('[part~="base"]')!;
    return { lang: base.getAttribute('lang') ?? '', dir: base.getAttribute('dir') ?? '' };
  });
}

test("the locator's right-to-left story speaks Arabic", async () => {
  const page = await open('elements-ido-locator--right-to-left', 'story');
  const shown = await locatorLanguage(page.locator('#storybook-root ido-locator'));
  assert.deepEqual({ lang: shown.lang, dir: shown.dir }, { lang: 'ar', dir: 'rtl' });
  await page.context().close();
});

test("and so it does on the locator's docs page, beside the Dutch stories", async () => {
  const page = await open('elements-ido-locator--docs', 'docs');
  const rtl = page.locator('#story--elements-ido-locator--right-to-left-inner ido-locator');
  await rtl.waitFor({ timeout: 30_000 });
  const shown = await locatorLanguage(rtl);
  assert.deepEqual({ lang: shown.lang, dir: shown.dir }, { lang: 'ar', dir: 'rtl' });
  const dutch = page.locator('#story--elements-ido-locator--results-inner ido-locator');
  await dutch.getByText('Postcode of woonplaats', { exact: true }).waitFor({ timeout: 30_000 });
  await page.context().close();
});
