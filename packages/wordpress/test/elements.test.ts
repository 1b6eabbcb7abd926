// The plugin's element list (dist/idokit/elements.json, what the plugin reads) against the widgets'
// manifest and the widgets' own lists: the values the plugin allows are the manifest's, and the
// manifest's are the ones the elements take (every shipped language, the locator's radii).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { shippedLanguages } from '../../widgets/src/localization/languages/shipped.js';
import { LOCATOR_RADII } from '../../widgets/src/components/ido-locator/search-state.js';
import { controlOf, elementsFromManifest } from '../scripts/elements.mjs';
import { reference } from '../../../scripts/docs-elements.mjs';

const pkg = fileURLToPath(new URL('../', import.meta.url));
const manifestPath = join(pkg, '../widgets/custom-elements.json');
const packaged = join(pkg, 'dist/idokit/elements.json');

interface ManifestAttribute {
  name: string;
  type?: { text?: string };
  description?: string;
}
interface PluginAttribute {
  name: string;
  kind: string;
  type?: string;
  options?: string[];
  label: string;
  control: boolean;
}
interface PluginElement {
  tag: string;
  block: string | null;
  shortcode: string | null;
  configuredSource: boolean;
  adminPage?: string;
  attributes: PluginAttribute[];
}

const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
  modules: { declarations?: { tagName?: string; attributes?: ManifestAttribute[] }[] }[];
};
const declarations = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName?.startsWith('ido-'));
const plugin = JSON.parse(readFileSync(packaged, 'utf8')) as PluginElement[];

/** The values a manifest type allows: `'a' | 'b'` or `5 | 10`, else null. */
function literalsOf(type = ''): string[] | null {
  const t = type.replace(/\s*\|\s*undefined$/, '').trim();
  if (/^('[^']+'\s*\|?\s*)+$/.test(t)) return [...t.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
  if (/^\d+(\s*\|\s*\d+)+$/.test(t)) return t.split('|').map((n) => n.trim());
  return null;
}

test('the packaged list is the one made from this manifest', () => {
  assert.ok(existsSync(packaged), `${packaged} is missing: run \`pnpm package\``);
  assert.deepEqual(plugin, elementsFromManifest(manifestPath));
});

test("every choice the plugin offers is exactly the manifest's, for every element", () => {
  let compared = 0;
  for (const declaration of declarations) {
    const element = plugin.find((e) => e.tag === declaration.tagName);
    assert.ok(element, `the plugin knows ${declaration.tagName}`);
    for (const attribute of declaration.attributes ?? []) {
      const values = literalsOf(attribute.type?.text);
      if (!values) continue;
      const ours: PluginAttribute | undefined = element.attributes.find(
        (a) => a.name === attribute.name,
      );
      assert.equal(ours?.kind, 'enum', `${element.tag} ${attribute.name} is a choice`);
      assert.deepEqual(ours?.options, values, `${element.tag} ${attribute.name}: the same values`);
      compared++;
    }
  }
  assert.ok(compared >= declarations.length, 'at least lang on every element was compared');
});

test('every element takes every shipped language, and the locator its four radii', () => {
  const languages = ['nl', 'en', ...Object.keys(shippedLanguages)];
  for (const declaration of declarations) {
    const lang = declaration.attributes?.find((a) => a.name === 'lang');
    assert.deepEqual(
      literalsOf(lang?.type?.text)?.sort(),
      [...languages].sort(),
      `${declaration.tagName}: lang in the manifest`,
    );
    const ours = plugin.find((e) => e.tag === declaration.tagName)!.attributes;
    assert.deepEqual(ours.find((a) => a.name === 'lang')?.options?.sort(), [...languages].sort());
  }
  const radius = plugin
    .find((e) => e.tag === 'ido-locator')!
    .attributes.find((a) => a.name === 'radius');
  assert.deepEqual(radius, {
    ...radius,
    kind: 'enum',
    type: 'number',
    options: LOCATOR_RADII.map(String),
  });
});

test('web addresses, phone numbers, staff elements and labels', () => {
  for (const element of plugin) {
    const kinds = Object.fromEntries(element.attributes.map((a) => [a.name, a.kind]));
    assert.equal(kinds.api, 'url', `${element.tag} api`);
    assert.equal(kinds.feed, 'url', `${element.tag} feed`);
    for (const attribute of element.attributes.filter((a) => a.control)) {
      assert.notEqual(attribute.label, attribute.name, `${element.tag} ${attribute.name} label`);
      assert.match(attribute.label, /^[A-Z]/);
    }
  }
  const locator = plugin.find((e) => e.tag === 'ido-locator')!.attributes;
  assert.equal(locator.find((a) => a.name === 'tiles')?.kind, 'url');
  assert.equal(locator.find((a) => a.name === 'helpline')?.kind, 'phone');
  assert.deepEqual(
    plugin
      .filter((e) => e.configuredSource)
      .map((e) => e.tag)
      .sort(),
    // The coordinator's too, once the widgets have it.
    ['ido-coordinator', 'ido-question-form', 'ido-registration-stats'].filter((tag) =>
      declarations.some((d) => d.tagName === tag),
    ),
  );
  // A new attribute that takes an address is checked as one without a list to update.
  assert.equal(controlOf({ name: 'logo', description: 'URL of a logo.' }).kind, 'url');
  assert.deepEqual(controlOf({ name: 'size', type: { text: "'s' | 'm' | undefined" } }), {
    kind: 'enum',
    options: ['s', 'm'],
  });
  assert.deepEqual(
    controlOf({ name: 'show', type: { text: 'HoursShow' }, description: '`ido`, `both` or `x`' }),
    { kind: 'enum', options: ['ido', 'both', 'x'] },
  );
  assert.deepEqual(
    controlOf({ name: 'lang', description: 'one of `nl` or `en`, else inherited from `lang`' }),
    { kind: 'string' },
    'an untyped attribute is not a choice made of words in backticks',
  );
});

test("the coordinator has its wp-admin page, no block or shortcode, and the settings' source", () => {
  const dir = mkdtempSync(join(tmpdir(), 'idokit-manifest-'));
  try {
    const path = join(dir, 'custom-elements.json');
    const declaration = (tagName: string) => ({
      kind: 'class',
      customElement: true,
      tagName,
      summary: tagName,
      attributes: [{ name: 'api', type: { text: 'string' }, description: 'URL of the server.' }],
    });
    writeFileSync(
      path,
      JSON.stringify({
        modules: [{ declarations: [declaration('ido-coordinator'), declaration('ido-locator')] }],
      }),
    );
    const made: PluginElement[] = elementsFromManifest(path);
    const [coordinator, locator] = [made[0]!, made[1]!];
    assert.deepEqual(
      {
        tag: coordinator.tag,
        block: coordinator.block,
        shortcode: coordinator.shortcode,
        configuredSource: coordinator.configuredSource,
        adminPage: coordinator.adminPage,
      },
      {
        tag: 'ido-coordinator',
        block: null,
        shortcode: null,
        configuredSource: true,
        adminPage: 'IDO Kit beheer',
      },
    );
    assert.equal(locator.block, 'idokit/locator', 'other elements keep their block');
    assert.equal(locator.adminPage, undefined);
    // The embedding guide's reference names the admin page instead of a block.
    const guide = reference(path);
    assert.match(
      guide,
      /### `<ido-coordinator>`[\s\S]*WordPress: the admin page \*\*IDO Kit beheer\*\*/,
    );
    assert.match(guide, /WordPress: the block \*\*IDO Kit: locator\*\*/);
    const section = guide.slice(
      guide.indexOf('### `<ido-coordinator>`'),
      guide.indexOf('### `<ido-locator>`'),
    );
    assert.doesNotMatch(section, /\| attribute/, 'no empty table of attributes');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
