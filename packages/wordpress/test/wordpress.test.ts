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
  label: string;
  control: boolean;
  kind: 'boolean' | 'number' | 'enum' | 'string' | 'url' | 'phone';
  type?: 'number';
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
type User = 'admin' | 'author' | 'editor';
const passwords: Record<User, string> = { admin: '', author: '', editor: '' };

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
// An editor without unfiltered_html (as on multisite, or with DISALLOW_UNFILTERED_HTML).
$editor = wp_insert_user(array('user_login' => 'editor', 'user_pass' => 'editor-password-1', 'user_email' => 'editor@example.test', 'role' => 'editor'));
get_user_by('id', $editor)->add_cap('unfiltered_html', false);
json_out('editorFiltered', !user_can($editor, 'unfiltered_html') && user_can($editor, 'edit_others_posts'));
foreach (array(1 => 'admin', $author => 'author', $editor => 'editor') as $id => $name) {
  $made = WP_Application_Passwords::create_new_application_password($id, array('name' => 'test'));
  json_out($name, $made[0]);
}`);
    assert.equal(installed.installed, true, `install: ${JSON.stringify(installed.messages)}`);
    assert.equal(installed.activated, true);
    assert.equal(installed.editorFiltered, true, 'an editor whose saves kses filters');
    passwords.admin = String(installed.admin);
    passwords.author = String(installed.author);
    passwords.editor = String(installed.editor);
  },
  { timeout: 300_000 },
);

after(async () => {
  await browser?.close();
  await Promise.all([wp?.close(), demo?.close()]);
});

/** Logs in through wp-login.php in a fresh context. */
async function loggedIn(user: User): Promise<Page> {
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
    // Not "a path on this site": a browser reads `/\` as `//`, another site.
    await admin.getByLabel('Address of the server or feed').fill('/\\evil.example/x.js');
    await admin.getByRole('button', { name: /save/i }).click();
    await admin.waitForLoadState();
    assert.match(
      (await admin.locator('.notice, .error, .updated').allTextContents()).join(' '),
      /is not a web address/,
    );
    assert.notEqual(
      await admin.getByLabel('Address of the server or feed').inputValue(),
      '/\\evil.example/x.js',
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

test('settings: only https:, http: and paths on this site are kept, for the data and the script', () => {
  const hostile = [
    'javascript:alert(1)',
    'data:text/javascript,alert(1)',
    'vbscript:msgbox(1)',
    '//evil.example/x.js',
    '/\\evil.example/x.js',
    '/\t/evil.example/x.js',
    'https:\\\\evil.example/x.js',
    'https:evil.example/x.js',
    'ftp://evil.example/x.js',
  ];
  const usable = [
    'https://cdn.example/idokit.js',
    'http://cdn.example/idokit.js',
    '/ido/idokit.js',
  ];
  const values = Buffer.from(JSON.stringify([...hostile, ...usable])).toString('base64');
  const result = wp.php(`
wp_set_current_user(1);
$out = array();
foreach (json_decode(base64_decode('${values}'), true) as $value) {
  $clean = idokit_sanitize_settings(array('source' => 'api', 'url' => $value, 'script' => 'url', 'script_url' => $value));
  $out[] = array($clean['url'], $clean['script_url']);
}
json_out('out', $out);`).out as [string, string][];
  const before = String(wp.php(`json_out('u', idokit_settings()['url']);`).u);
  assert.deepEqual(result, [
    ...hostile.map(() => [before, '']),
    ...usable.map((value) => [value, value]),
  ]);
});

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
          labels.some((label) => label.trim() === attribute.label),
          `a sidebar control for ${element.tag} ${attribute.name}, labelled "${attribute.label}" (labels: ${labels.join(', ')})`,
        );
      // Each choice is a select of the manifest's values, and nothing else.
      for (const attribute of element.attributes.filter((a) => a.control && a.kind === 'enum')) {
        const select = page
          .locator('.block-editor-block-inspector')
          .getByLabel(attribute.label, { exact: true });
        const values = await select
          .locator('option')
          .evaluateAll((options) =>
            options.map((o) => (o as HTMLOptionElement).value).filter(Boolean),
          );
        assert.deepEqual(values, attribute.options, `${element.tag} ${attribute.name} choices`);
      }
    }
    // The radius is chosen, not typed, and a choice is stored as the number it was.
    const radius = page
      .locator('.block-editor-block-inspector')
      .getByLabel('Search radius (km)', { exact: true });
    await page.evaluate(() => {
      const wp = (window as unknown as { wp: Record<string, any> }).wp;
      const locator = wp.data
        .select('core/block-editor')
        .getBlocks()
        .find((b: { name: string }) => b.name === 'idokit/locator');
      wp.data.dispatch('core/block-editor').selectBlock(locator.clientId);
    });
    assert.equal(await radius.evaluate((el) => el.localName), 'select');
    await radius.selectOption('50');
    assert.equal(
      await page.evaluate(() => {
        const wp = (window as unknown as { wp: Record<string, any> }).wp;
        return wp.data
          .select('core/block-editor')
          .getBlocks()
          .find((b: { name: string }) => b.name === 'idokit/locator').attributes.radius;
      }),
      50,
    );
    assert.deepEqual(errors, []);
    await page.context().close();
  },
);

/** Saves a post through the REST API as `user` (as the block editor does) and returns its id. */
async function savePost(user: User, title: string, content: string): Promise<number> {
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

/** The languages of `lang` in the widgets' manifest (not the plugin's list: they must agree). */
function manifestLanguages(): string[] {
  const manifest = JSON.parse(
    readFileSync(join(pkg, '../widgets/custom-elements.json'), 'utf8'),
  ) as { modules: { declarations?: { tagName?: string; attributes?: Attribute[] }[] }[] };
  const lang = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === 'ido-locator')
    ?.attributes?.find((a) => a.name === 'lang') as { type?: { text?: string } } | undefined;
  return [...(lang?.type?.text ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]!);
}

/** The start tags of `tag` in a served page, each as its attributes (values as a browser reads them). */
async function servedTags(id: number, tag: string): Promise<Record<string, string>[]> {
  const html = await (await fetch(`${wp.origin}/?p=${id}`)).text();
  const decode = (value: string) =>
    value
      .replace(/&#0*39;|&#x0*27;/gi, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return [...html.matchAll(new RegExp(`<${tag}((?:"[^"]*"|'[^']*'|[^'">])*)>`, 'gi'))].map(
    ([, attributes]) =>
      Object.fromEntries(
        [
          ...attributes!.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g),
        ].map(([, name, a, b, c]) => [name!.toLowerCase(), decode(a ?? b ?? c ?? '')]),
      ),
  );
}

/** Every way an author writes an element: a shortcode, a block, and pasted HTML. */
function everyWay(tag: string, values: Record<string, string>): string[] {
  const element = elements.find((e) => e.tag === tag)!;
  const attributes = Object.entries(values)
    .map(([k, v]) => ` ${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  return [
    `[${element.shortcode}${Object.entries(values)
      .map(([k, v]) => ` ${k}="${v}"`)
      .join('')}]`,
    blockOf(element, values),
    `<!-- wp:html -->\n<${tag}${attributes}></${tag}>\n<!-- /wp:html -->`,
  ];
}

for (const user of ['admin', 'author', 'editor'] as const) {
  const who = {
    admin: 'the administrator',
    author: 'an author',
    editor: 'an editor without unfiltered_html',
  }[user];

  test(
    `lang, saved by ${who}: every language of the manifest reaches the locator and the partner list`,
    { timeout: 60_000 },
    async () => {
      const languages = manifestLanguages();
      assert.ok(languages.includes('ar') && languages.includes('pl'), languages.join());
      for (const tag of ['ido-locator', 'ido-partner-list']) {
        const content = languages.flatMap((lang) => everyWay(tag, { lang })).join('\n\n');
        const id = await savePost(user, `Talen ${tag} (${user})`, content);
        const served = (await servedTags(id, tag)).map((t) => t.lang);
        assert.deepEqual(
          served,
          languages.flatMap((lang) => [lang, lang, lang]),
          `${tag}: shortcode, block and pasted tag in each language`,
        );
      }
      // A language the elements do not have is not written by a block or shortcode.
      const id = await savePost(
        user,
        `Onbekende taal (${user})`,
        everyWay('ido-locator', { lang: 'xx' }).slice(0, 2).join('\n\n'),
      );
      assert.deepEqual(
        (await servedTags(id, 'ido-locator')).map((t) => t.lang ?? null),
        [null, null],
      );
    },
  );

  test(
    `web addresses, saved by ${who}: only https:, http: and paths on the site are served`,
    { timeout: 60_000 },
    async () => {
      const hostile = [
        'javascript:alert(1)',
        'JaVaScRiPt:alert(1)',
        'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
        'vbscript:msgbox(1)',
        '//evil.example/x.js',
        '/\\evil.example/x.js',
        'java\tscript:alert(1)',
        '/\t/evil.example/x.js',
        'https:evil.example',
        '/&#47;evil.example/x.js',
        'javascript&#58;alert(1)',
      ];
      const content = hostile
        .flatMap((value) => [
          ...everyWay('ido-locator', { api: value, feed: value, tiles: value, helpline: value }),
          ...everyWay('ido-opening-hours', { api: value, feed: value }),
        ])
        .map((part) => part.replace(/&amp;#/g, '&#'));
      const usable = {
        feed: '/ido/feed.json',
        tiles: 'https://tiles.example/{z}/{x}/{y}.png?a=1&b=2',
        helpline: '+31 (0)800 1234',
      };
      content.push(...everyWay('ido-locator', usable));
      const id = await savePost(user, `Adressen (${user})`, content.join('\n\n'));
      const locators = await servedTags(id, 'ido-locator');
      const hours = await servedTags(id, 'ido-opening-hours');
      assert.equal(locators.length, hostile.length * 3 + 3, 'every locator is on the page');
      assert.equal(hours.length, hostile.length * 3);
      // As a browser reads them: an address served is http(s) by its own scheme, or on this site.
      // (A shortcode reads `/\\evil` as `/evil`, a path here: WordPress unescapes its values.)
      const onThisSiteOrWeb = (value: string) => {
        const url = new URL(value, `${wp.origin}/?p=${id}`);
        return /^https?:\/\/[^/]/i.test(value)
          ? /^https?:$/.test(url.protocol)
          : url.origin === wp.origin;
      };
      for (const [index, attributes] of [...locators.slice(0, -3), ...hours].entries()) {
        const what = `#${index}: ${JSON.stringify(attributes)}`;
        for (const name of ['api', 'feed', 'tiles'])
          if (attributes[name] !== undefined) assert.ok(onThisSiteOrWeb(attributes[name]!), what);
        assert.equal(attributes.helpline, undefined, what);
      }
      // Every hostile value was dropped from the blocks and the pasted tags, and a block without a
      // usable source of its own gets the settings' one.
      for (const attributes of [...locators.slice(0, -3), ...hours].filter((_, i) => i % 3 !== 0))
        assert.deepEqual(
          { api: attributes.api, feed: attributes.feed, tiles: attributes.tiles },
          {
            api: attributes.api === undefined ? undefined : demo.origin,
            feed: undefined,
            tiles: undefined,
          },
          JSON.stringify(attributes),
        );
      for (const attributes of locators.slice(-3))
        assert.deepEqual(
          { feed: attributes.feed, tiles: attributes.tiles, helpline: attributes.helpline },
          usable,
          'usable values are kept',
        );
      if (user !== 'admin')
        assert.doesNotMatch(
          stored(id).replace(/<!--[\s\S]*?-->|\[[^\]]*\]/g, ''),
          /javascript|vbscript|data:|evil/i,
          'kses did not store a hostile address in a tag',
        );
    },
  );

  test(
    `the staff elements, saved by ${who}: always the settings' data source`,
    { timeout: 60_000 },
    async () => {
      const elsewhere = 'https://evil.example';
      const content = [
        ...everyWay('ido-question-form', { api: elsewhere, feed: elsewhere }),
        ...everyWay('ido-registration-stats', { api: elsewhere }),
        `<!-- wp:html -->\n<ido-provider api="${elsewhere}"><ido-question-form></ido-question-form><ido-registration-stats feed="${elsewhere}"></ido-registration-stats></ido-provider>\n<!-- /wp:html -->`,
      ];
      const id = await savePost(user, `Medewerkers (${user})`, content.join('\n\n'));
      for (const tag of ['ido-question-form', 'ido-registration-stats']) {
        const served = await servedTags(id, tag);
        assert.equal(served.length, 4, `${tag} on the page`);
        for (const attributes of served)
          assert.deepEqual(
            { api: attributes.api, feed: attributes.feed },
            { api: demo.origin, feed: undefined },
            `${tag}: ${JSON.stringify(attributes)}`,
          );
      }
      // The enclosing provider may name another source for residents' elements; the staff
      // elements' own attribute wins over it.
      assert.equal((await servedTags(id, 'ido-provider'))[0]?.api, elsewhere);
    },
  );
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
