// The committed React entry (`@idokit/widgets/react`, src/react.ts) is what the generator makes
// from the manifest, so a new element or event reaches React users; and it loads in Node with a
// component for every element of the manifest, each wired to that element's events.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  pascal,
  reactEntry,
  taggedElements,
  vueTypes,
} from '../../../widgets/scripts/framework-entries.mjs';

const widgets = fileURLToPath(new URL('../../../widgets/', import.meta.url));
const manifestFile = `${widgets}custom-elements.json`;

interface Manifest {
  modules: unknown[];
}
interface Tagged {
  name: string;
  tagName: string;
  events?: { name: string }[];
}

function manifest(): Manifest {
  assert.ok(existsSync(manifestFile), 'no custom-elements.json: run pnpm build (or the typings)');
  return JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
}

test('src/react.ts is what the manifest makes (run `pnpm --filter @idokit/widgets typings`)', () => {
  assert.equal(readFileSync(`${widgets}src/react.ts`, 'utf8'), reactEntry(manifest()));
});

test('every element has a React component, and Vue typings with its events', async () => {
  const react = (await import('@idokit/widgets/react')) as Record<string, unknown>;
  const elements = taggedElements(manifest()) as Tagged[];
  assert.ok(elements.length >= 6);
  const vue = vueTypes(manifest()) as string;
  for (const element of elements) {
    assert.equal(typeof react[element.name], 'object', `${element.name} from /react`);
    assert.match(vue, new RegExp(`"${element.tagName}": DefineComponent<`));
    for (const event of element.events ?? []) {
      assert.match(vue, new RegExp(`on${pascal(event.name)}\\?: \\(event: `), event.name);
    }
  }
});
