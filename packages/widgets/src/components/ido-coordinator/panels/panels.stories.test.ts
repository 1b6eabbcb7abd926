// The panels' stories render what they promise, axe-clean, with the made-up coordinator API.
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { expectAccessible } from '../../../testing/index.js';
import { $, text, waitUntil } from '../../../testing/coordinator-panels.js';
import * as stories from './panels.stories.js';

type Render = (args: { mayImportCategories: boolean }) => TemplateResult;
const render = async (story: { render?: unknown; args?: object }) => {
  const host = await fixture<HTMLElement>(
    (story.render as Render)({ mayImportCategories: false, ...story.args }),
  );
  return host.firstElementChild as HTMLElement;
};

describe('the panels’ stories', () => {
  afterEach(() => fixtureCleanup());

  it('Partners: the reminder names the partner not checked for six months', async () => {
    const el = await render(stories.Partners);
    await waitUntil(() => $(el, '[part~="reminder"]'), 'the reminder');
    expect(text($(el, '[part~="reminder"]'))).to.include('Humanitas Thuisadministratie Zwolle');
    expect(text($(el, '[part~="reminder"]'))).not.to.include('Schuldhulp Zwolle');
    await expectAccessible(el);
  });

  it('Outreach, desks and keys, import and export render', async () => {
    for (const story of [stories.Outreach, stories.DesksAndReportKeys, stories.ImportAndExport]) {
      const el = await render(story);
      await waitUntil(() => $(el, 'table, [part~="import"]'), 'the panel loads');
      await expectAccessible(el);
      fixtureCleanup();
    }
  });

  it('Categories: the import form only for a key that may', async () => {
    const without = await render(stories.Categories);
    await waitUntil(() => $(without, 'details'), 'the categories');
    expect($(without, '[part~="import"]')).to.equal(null);
    fixtureCleanup();
    const withRight = await render(stories.CategoriesWithImport);
    await waitUntil(() => $(withRight, 'details'), 'the categories');
    expect($(withRight, '[part~="import"]')).not.to.equal(null);
    await expectAccessible(withRight);
  });
});
