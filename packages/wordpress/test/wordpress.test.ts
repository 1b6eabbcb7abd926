// The WordPress plugin in a real WordPress (Debian's 6.1 package, MariaDB, PHP's own web server):
// the zip is installed the way an upload in Plugins → Add New installs it, an administrator sets
// it up in Settings → IDO Kit, and every element goes into pages as a block, a shortcode, pasted
// HTML and a classic-editor Visual-tab save — by an administrator and by an author, whose saves
// WordPress filters (kses). Each page is then opened in Chromium against the IDO Kit demo server.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  assertEventually,
  axeViolations,
  launchChromium,
  startDemoServer,
  type DemoServer,
} from '@idokit/e2e/support';
import { startWordPress, type WordPressSite } from './wordpress-site.js';

const pkg = fileURLToPath(new URL('../', import.meta.url));
const zip = join(pkg, 'dist/idokit.zip');

interface Attribute {
  name: string;
  control: boolean;
  kind: 'boolean' | 'number' | 'enum' | 'string';
  options?: string[];
}
interface Element {
  tag: string;
  block: string | null;
  shortcode: string | null;
  attributes: Attribute[];
}
const elements = JSON.parse(
  readFileSync(join(pkg, 'dist/idokit/elements.json'), 'utf8'),
) as Element[];
const embeddable = elements.filter((e) => e.block);

/**
 * Attributes that make each known element show real data; an element added later without an
 * entry is still inserted, rendered and checked for errors and axe violations.
 */
const SAMPLES: Record<string, Record<string, string | number | boolean>> = {
  'ido-locator': { query: '3511 AB', radius: 10, 'open-now': false, 'heading-level': 2, map: true },
  'ido-opening-hours': { location: 'ido-zwolle-centrum', show: 'both' },
};

/** What "working" looks like for the known elements, beyond rendering without errors. */
const WORKING: Record<string, (page: Page, index: number) => Promise<void>> = {
  'ido-locator': async (page, index) => {
    const status = page.locator('ido-locator').nth(index).getByRole('status');
    await assertEventually(
      async () => /\d+ .*gevonden/i.test((await status.first().textContent()) ?? ''),
      'the locator announces its results',
    );
    const text = (await page.locator('ido-locator').nth(index).textContent()) ?? '';
    assert.ok(text !== null);
    const headings = await page
      .locator('ido-locator')
      .nth(index)
      .getByRole('heading')
      .allTextContents();
    assert.ok(
      headings.some((h) => /Utrecht/.test(h)),
      `a result in Utrecht for 3511 AB (headings: ${headings.join(' | ')})`,
    );
  },
  'ido-opening-hours': async (page, index) => {
    const card = page.locator('ido-opening-hours').nth(index);
    await assertEventually(async () => (await card.getByRole('table').count()) > 0, 'week table');
    assert.match((await card.textContent()) ?? '', /Zwolle/);
  },
};

const shortcodeOf = (element: Element, values: Record<string, string | number | boolean>) =>
  `[${element.shortcode}${Object.entries(values)
    .filter(([, v]) => v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${v}"`))
    .join('')}]`;
const blockOf = (element: Element, values: Record<string, unknown>) =>
  `<!-- wp:${element.block} ${JSON.stringify(values)} /-->`;
const tagOf = (element: Element, values: Record<string, string | number | boolean>, api: string) =>
  `<${element.tag} api="${api}"${Object.entries(values)
    .filter(([, v]) => v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${v}"`))
    .join('')}></${element.tag}>`;

let wp: WordPressSite;
let demo: DemoServer;
let browser: Browser;
const passwords: Record<'admin' | 'author', string> = { admin: '', author: '' };

before(
  async () => {
    assert.ok(
      existsSync(zip),
      `${zip} is missing: run \`pnpm --filter @idokit/wordpress package\``,
    );
    demo = await startDemoServer();
    wp = await startWordPress();
    browser = await launchChromium();
    // Plugins → Add New → Upload: WordPress's own upgrader unpacks the zip and activates it.
    const installed = wp.php(`
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
wp_set_current_user(1);
WP_Filesystem();
$upgrader = new Plugin_Upgrader(new Automatic_Upgrader_Skin());
$ok = $upgrader->install('${zip}');
json_out('installed', $ok === true);
json_out('messages', $upgrader->skin->get_upgrade_messages());
$active = activate_plugin('idokit/idokit.php');
json_out('activated', !is_wp_error($active));
$author = wp_insert_user(array('user_login' => 'author', 'user_pass' => 'author-password-1', 'user_email' => 'author@example.test', 'role' => 'author'));
json_out('author', $author);
foreach (array(1 => 'admin', $author => 'author') as $id => $name) {
  $made = WP_Application_Passwords::create_new_application_password($id, array('name' => 'test'));
  json_out($name, $made[0]);
}`);
    assert.equal(installed.installed, true, `install: ${JSON.stringify(installed.messages)}`);
    assert.equal(installed.activated, true);
    passwords.admin = String(installed.admin);
    passwords.author = String(installed.author);
  },
  { timeout: 300_000 },
);

after(async () => {
  await browser?.close();
  await Promise.all([wp?.close(), demo?.close()]);
});

/** Logs in through wp-login.php in a fresh context. */
async function loggedIn(user: 'admin' | 'author'): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  await page.goto(`${wp.origin}/wp-login.php`);
  await page.fill('#user_login', user);
  await page.fill('#user_pass', `${user}-password-1`);
  await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
  return page;
}

test(
  'the zip installs and registers a block and a shortcode for every element',
  { timeout: 60_000 },
  () => {
    const registered = wp.php(`
$blocks = array();
foreach (WP_Block_Type_Registry::get_instance()->get_all_registered() as $name => $type) {
  if (strpos($name, 'idokit/') === 0) $blocks[] = $name;
}
json_out('blocks', $blocks);
json_out('shortcodes', array_values(array_filter(array_keys($GLOBALS['shortcode_tags']), function ($s) { return strpos($s, 'ido_') === 0; })));
json_out('active', is_plugin_active('idokit/idokit.php'));`);
    assert.equal(registered.active, true);
    assert.deepEqual(
      [...(registered.blocks as string[])].sort(),
      embeddable.map((e) => e.block).sort(),
    );
    assert.deepEqual(
      [...(registered.shortcodes as string[])].sort(),
      embeddable.map((e) => e.shortcode).sort(),
    );
    assert.ok(embeddable.some((e) => e.tag === 'ido-locator'));
    assert.ok(embeddable.some((e) => e.tag === 'ido-opening-hours'));
  },
);

test(
  'settings: an administrator sets the API address; a wrong address is refused with a reason; an author cannot open the page',
  { timeout: 120_000 },
  async () => {
    const admin = await loggedIn('admin');
    await admin.goto(`${wp.origin}/wp-admin/options-general.php?page=idokit`);
    await admin.getByLabel('Address of the server or feed').fill('javascript:alert(1)');
    await admin.getByRole('button', { name: /save/i }).click();
    await admin.waitForLoadState();
    assert.match(
      (await admin.locator('.notice, .error, .updated').allTextContents()).join(' '),
      /is not a web address/,
    );
    assert.notEqual(
      await admin.getByLabel('Address of the server or feed').inputValue(),
      'javascript:alert(1)',
    );
    await admin.getByLabel('Address of the server or feed').fill(demo.origin);
    await admin.getByLabel('An IDO Kit server (api)').check();
    await admin.getByRole('button', { name: /save/i }).click();
    await admin.waitForLoadState();
    assert.equal(await admin.getByLabel('Address of the server or feed').inputValue(), demo.origin);
    // A form without WordPress's nonce is refused.
    const forged = await admin.evaluate(async () => {
      const body = new URLSearchParams({
        option_page: 'idokit',
        action: 'update',
        'idokit_settings[url]': 'https://evil.example',
      });
      const r = await fetch('/wp-admin/options.php', { method: 'POST', body });
      return r.status;
    });
    assert.notEqual(forged, 302, 'a save without a nonce must not succeed');
    const stored = wp.php(`json_out('s', get_option('idokit_settings'));`).s as { url: string };
    assert.equal(stored.url, demo.origin);
    await admin.context().close();

    const author = await loggedIn('author');
    const response = await author.goto(`${wp.origin}/wp-admin/options-general.php?page=idokit`);
    assert.equal(response?.status(), 403);
    await author.context().close();
  },
);

test(
  'the block editor offers a block per element, with its attributes as sidebar controls and the live element as preview',
  { timeout: 180_000 },
  async () => {
    const page = await loggedIn('admin');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${wp.origin}/wp-admin/post-new.php`);
    await page.waitForFunction(
      (names) =>
        names.every((name) =>
          (
            window as unknown as { wp?: { blocks?: { getBlockType(n: string): unknown } } }
          ).wp?.blocks?.getBlockType(name),
        ),
      embeddable.map((e) => e.block!),
      { timeout: 90_000 },
    );
    for (const element of embeddable) {
      const values = SAMPLES[element.tag] ?? {};
      await page.evaluate(
        ({ name, values }) => {
          const wp = (window as unknown as { wp: Record<string, any> }).wp;
          const block = wp.blocks.createBlock(name, values);
          wp.data.dispatch('core/block-editor').insertBlocks(block);
          wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
        },
        { name: element.block!, values },
      );
      const preview = page.locator(`.block-editor-block-list__layout ${element.tag}`).last();
      await assertEventually(
        () => preview.evaluate((el) => (el.shadowRoot?.childElementCount ?? 0) > 0),
        `${element.tag} previewed in the editor`,
      );
      await WORKING[element.tag]?.(page, (await page.locator(element.tag).count()) - 1);
      const labels = await page.locator('.block-editor-block-inspector label').allTextContents();
      for (const attribute of element.attributes.filter((a) => a.control))
        assert.ok(
          labels.some((label) => label.trim() === attribute.name),
          `a sidebar control for ${element.tag} ${attribute.name} (labels: ${labels.join(', ')})`,
        );
    }
    assert.deepEqual(errors, []);
    await page.context().close();
  },
);

/** Saves a post through the REST API as `user` (as the block editor does) and returns its id. */
async function savePost(user: 'admin' | 'author', title: string, content: string): Promise<number> {
  const response = await fetch(`${wp.origin}/?rest_route=/wp/v2/posts`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${user}:${passwords[user]}`).toString('base64')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ title, content, status: 'publish' }),
  });
  const body = (await response.json()) as { id: number; message?: string };
  assert.equal(response.status, 201, `save as ${user}: ${JSON.stringify(body)}`);
  return body.id;
}

/** The content as stored (after kses for authors). */
const stored = (id: number) => String(wp.php(`json_out('c', get_post(${id})->post_content);`).c);

/**
 * The classic editor's Visual tab: the Text tab's HTML goes through WordPress's autop and TinyMCE
 * (WordPress's own copy, with the settings WordPress gives it, plugins' filters included), and
 * TinyMCE's output is what a save sends.
 */
async function throughVisualTab(html: string, withPlugin = true): Promise<string> {
  const settings = wp.php(`
$captured = null;
add_filter('tiny_mce_before_init', function ($init) use (&$captured) { $captured = $init; return $init; }, PHP_INT_MAX);
${withPlugin ? '' : "remove_filter('tiny_mce_before_init', 'idokit_tinymce');"}
_WP_Editors::editor_settings('content', _WP_Editors::parse_settings('content', array()));
json_out('init', $captured);`).init as Record<string, unknown>;
  const page = await browser.newPage();
  writeFileSync(
    join(wp.dir, 'idokit-tinymce-check.html'),
    '<!doctype html><html><body><textarea id="content"></textarea>' +
      '<script src="/wp-includes/js/tinymce/tinymce.min.js"></script></body></html>',
  );
  await page.goto(`${wp.origin}/idokit-tinymce-check.html`);
  const out = await page.evaluate(
    async ({ html, init }) => {
      const keep = [
        'custom_elements',
        'extended_valid_elements',
        'non_empty_elements',
        'valid_children',
        'entity_encoding',
        'entities',
        'keep_styles',
        'indent',
        'relative_urls',
        'remove_script_host',
        'convert_urls',
        'forced_root_block',
        'end_container_on_empty_block',
        'remove_trailing_brs',
      ];
      const options: Record<string, unknown> = {
        selector: '#content',
        plugins: '',
        menubar: false,
      };
      for (const key of keep) if (key in init) options[key] = init[key];
      const tinymce = (
        window as unknown as {
          tinymce: {
            init(o: object): Promise<{ setContent(h: string): void; getContent(): string }[]>;
          };
        }
      ).tinymce;
      const [editor] = await tinymce.init(options);
      // WordPress's switchEditors: autop going into the Visual tab.
      const autop = html
        .split(/\n\s*\n/)
        .map((p) => `<p>${p.trim().replace(/\n/g, '<br />\n')}</p>`)
        .join('\n');
      editor!.setContent(autop);
      return editor!.getContent();
    },
    { html, init: settings },
  );
  await page.close();
  return out;
}

test(
  'without the plugin, kses and the Visual tab delete the elements (so the checks below can fail)',
  { timeout: 60_000 },
  async () => {
    const element = embeddable[0]!;
    const html = tagOf(element, SAMPLES[element.tag] ?? {}, demo.origin);
    const filtered = wp.php(`
wp_set_current_user(get_user_by('login', 'author')->ID);
remove_filter('wp_kses_allowed_html', 'idokit_allowed_html', 10);
json_out('html', wp_kses_post(${JSON.stringify(html).replace(/\$/g, '\\$')}));`).html as string;
    assert.doesNotMatch(filtered, /<ido-/);
    assert.doesNotMatch(await throughVisualTab(html, false), /<ido-/);
  },
);

type Variant = 'block' | 'shortcode' | 'custom HTML block' | 'classic Visual tab';

async function contentFor(variant: Variant): Promise<string> {
  const parts = embeddable.map((element) => {
    const values = SAMPLES[element.tag] ?? {};
    switch (variant) {
      case 'block':
        return blockOf(element, values);
      case 'shortcode':
        return `<p>Zoek hulp bij u in de buurt:</p>\n\n${shortcodeOf(element, values)}`;
      case 'custom HTML block':
        return `<!-- wp:html -->\n${tagOf(element, values, demo.origin)}\n<!-- /wp:html -->`;
      case 'classic Visual tab':
        return tagOf(element, values, demo.origin);
    }
  });
  if (variant === 'classic Visual tab') return throughVisualTab(parts.join('\n\n'));
  return parts.join('\n\n');
}

for (const user of ['admin', 'author'] as const) {
  for (const variant of [
    'block',
    'shortcode',
    'custom HTML block',
    'classic Visual tab',
  ] as const) {
    test(
      `${variant}, saved by the ${user === 'admin' ? 'administrator' : 'author'}: every element works on the page`,
      { timeout: 120_000 },
      async () => {
        const content = await contentFor(variant);
        if (variant === 'classic Visual tab') {
          for (const element of embeddable)
            assert.match(content, new RegExp(`<${element.tag}[ >]`), `TinyMCE kept ${element.tag}`);
        }
        const id = await savePost(user, `IDO Kit ${variant} (${user})`, content);
        const saved = stored(id);
        if (variant !== 'block' && variant !== 'shortcode') {
          for (const element of embeddable) {
            assert.match(
              saved,
              new RegExp(`<${element.tag}[ >]`),
              `${element.tag} survived the save`,
            );
            for (const [name] of Object.entries(SAMPLES[element.tag] ?? {}).filter(
              ([, v]) => v !== false,
            ))
              assert.match(
                saved,
                new RegExp(`<${element.tag}[^>]* ${name}[ =>]`),
                `${element.tag} kept ${name}`,
              );
          }
        }
        const page = await browser.newPage({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
        const problems: string[] = [];
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
        });
        await page.goto(`${wp.origin}/?p=${id}`);
        const scripts = await page.locator('script[type="module"][src*="idokit.js"]').count();
        assert.equal(scripts, 1, 'the IDO Kit module script is on the page once');
        for (const element of embeddable) {
          const host = page.locator(element.tag);
          assert.equal(await host.count(), 1, `${element.tag} is on the page`);
          await assertEventually(
            () =>
              host.evaluate(
                (el) =>
                  !!customElements.get(el.localName) && (el.shadowRoot?.childElementCount ?? 0) > 0,
              ),
            `${element.tag} upgraded and rendered`,
          );
          // Every attribute given reached the element (a bare shortcode word switches a boolean on).
          const given = Object.entries(SAMPLES[element.tag] ?? {});
          for (const [name, value] of given) {
            const actual = await host.getAttribute(name);
            if (value === false) assert.equal(actual, null, `${element.tag} without ${name}`);
            else if (value === true) assert.equal(actual, '', `${element.tag} ${name} on`);
            else assert.equal(actual, String(value), `${element.tag} ${name}`);
          }
          await WORKING[element.tag]?.(page, 0);
        }
        assert.deepEqual(await axeViolations(page, embeddable.map((e) => e.tag).join(',')), []);
        assert.deepEqual(problems, []);
        await page.close();
      },
    );
  }
}

test('a page without an element does not load the script', { timeout: 60_000 }, async () => {
  const id = await savePost('author', 'Gewone pagina', '<p>Openingstijden volgen.</p>');
  const html = await (await fetch(`${wp.origin}/?p=${id}`)).text();
  assert.doesNotMatch(html, /idokit\.js/);
  assert.match(html, /Openingstijden volgen/);
});

test('WordPress logged no PHP notice, warning or error from the plugin', () => {
  // WordPress 6.1 itself logs deprecations under PHP 8.2; only the plugin's own files count.
  const ours = wp
    .debugLog()
    .split('\n')
    .filter((line) => line.includes('/plugins/idokit/'));
  assert.deepEqual(ours, []);
});
