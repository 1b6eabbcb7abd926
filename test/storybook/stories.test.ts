// The Storybook catalogue as a test: every story in storybook-static/index.json (so stories other
// engineers add are included without a change here) is opened in Chromium through its iframe
// preview (iframe.html). A story fails on a render or play error, a console error, or an axe
// violation in what it rendered. Stories tagged `forced-colors` run with forced colours emulated.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchChromium, root } from '../support/demo-server.js';
import { entries, serveStorybook, storybookContext } from './static-storybook.js';

const stories = entries().filter((e) => e.type === 'story');

let storybook: Awaited<ReturnType<typeof serveStorybook>>;
let origin = '';
let browser: Browser;

before(
  async () => {
    storybook = await serveStorybook();
    origin = storybook.origin;
    browser = await launchChromium();
  },
  { timeout: 60_000 },
);

after(async () => {
  await browser?.close();
  await storybook?.close();
});

test('the catalogue has stories for every element', () => {
  const manifest = JSON.parse(
    readFileSync(join(root, 'packages/widgets/custom-elements.json'), 'utf8'),
  ) as { modules: { declarations?: { tagName?: string }[] }[] };
  const tags = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .map((d) => d.tagName)
    .filter((t): t is string => !!t);
  for (const tag of tags)
    assert.ok(
      stories.some((s) => s.title.endsWith(`/${tag}`)),
      `no story for <${tag}> (stories: ${[...new Set(stories.map((s) => s.title))].join(', ')})`,
    );
});

/**
 * One Storybook preview for all stories: each test switches the story through Storybook's own
 * channel (as the manager's sidebar does), which takes a second instead of reloading the whole
 * preview bundle for every story.
 */
let page: Page;
const problems: string[] = [];

async function openPreview(): Promise<Page> {
  const context = await storybookContext(browser, origin);
  const preview = await context.newPage();
  preview.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  preview.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await preview.goto(`${origin}/iframe.html?id=${stories[0]!.id}&viewMode=story`);
  return preview;
}

for (const story of stories) {
  test(`${story.title} › ${story.name}`, { timeout: 60_000 }, async () => {
    page ??= await openPreview();
    await page.emulateMedia({
      forcedColors: story.tags?.includes('forced-colors') ? 'active' : 'none',
    });
    problems.length = 0;
    await page.evaluate((id) => {
      const w = window as unknown as {
        __STORYBOOK_ADDONS_CHANNEL__: { emit(event: string, data: unknown): void };
        __STORYBOOK_PREVIEW__?: { currentRender?: { id?: string } };
      };
      if (w.__STORYBOOK_PREVIEW__?.currentRender?.id !== id)
        w.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
    }, story.id);
    const phase = await page
      .waitForFunction(
        (id) => {
          const render = (
            window as unknown as {
              __STORYBOOK_PREVIEW__?: { currentRender?: { id?: string; phase?: string } };
            }
          ).__STORYBOOK_PREVIEW__?.currentRender;
          if (render?.id !== id) return false;
          const done = ['completed', 'finished', 'errored', 'aborted'];
          return done.includes(render.phase ?? '') && render.phase;
        },
        story.id,
        { timeout: 30_000 },
      )
      .then((handle) => handle.jsonValue());
    assert.ok(phase === 'completed' || phase === 'finished', `story ended ${String(phase)}`);
    // Let the elements settle: their own updates and the fake client's answers.
    await page.evaluate(async () => {
      const elements = [...document.querySelectorAll('#storybook-root *')].filter((el) =>
        el.localName.startsWith('ido-'),
      ) as (Element & { updateComplete?: Promise<unknown> })[];
      await Promise.all(elements.map((el) => el.updateComplete));
      await new Promise((resolve) => setTimeout(resolve, 300));
      await Promise.all(elements.map((el) => el.updateComplete));
    });
    const rendered = await page.evaluate(() =>
      [...document.querySelectorAll('#storybook-root *')]
        .filter((el) => el.localName.startsWith('ido-') && el.localName !== 'ido-provider')
        .map((el) => el.localName),
    );
    if (!story.title.includes('ido-provider'))
      assert.ok(rendered.length > 0, 'the story renders an IDO Kit element');
    const violations = await axeViolations(page, '#storybook-root');
    assert.deepEqual(violations, [], 'axe');
    assert.deepEqual(problems, [], 'console');
  });
}
