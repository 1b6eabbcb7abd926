#!/usr/bin/env node
// Builds the installable plugin: dist/idokit/ (the PHP and JS from plugin/idokit, the element
// list from the widgets' manifest, a copy of the whole CDN folder) and dist/idokit.zip, the file
// a webmaster uploads in Plugins → Add New. Run after `pnpm build` (which writes the CDN folder
// and the manifest).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elementsFromManifest } from './elements.mjs';
import { moFile, readPo } from './mo.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, '..');
const widgets = join(pkg, '../widgets');
const manifest = join(widgets, 'custom-elements.json');
const cdn = join(widgets, 'cdn');
for (const [path, what] of [
  [manifest, 'the widgets manifest'],
  [join(cdn, 'idokit.js'), 'the CDN bundle'],
]) {
  if (!existsSync(path)) {
    console.error(`${path} is missing (${what}): run \`pnpm build\` first.`);
    process.exit(1);
  }
}

const dist = join(pkg, 'dist');
const out = join(dist, 'idokit');
rmSync(dist, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(join(pkg, 'plugin/idokit'), out, { recursive: true });

const elements = elementsFromManifest(manifest);
writeFileSync(join(out, 'elements.json'), `${JSON.stringify(elements, null, 2)}\n`);

// The translations WordPress reads (languages/idokit-nl_NL.mo), from the .po files beside them.
const languages = join(out, 'languages');
for (const name of existsSync(languages) ? readdirSync(languages) : []) {
  if (name.endsWith('.po'))
    writeFileSync(
      join(languages, name.replace(/\.po$/, '.mo')),
      moFile(readPo(join(languages, name))),
    );
}

// The whole folder: the entry, its lazily loaded chunks (map, and per-element chunks once the
// bundle loads elements on demand). Source maps stay out of the zip.
mkdirSync(join(out, 'cdn'));
for (const name of readdirSync(cdn)) {
  if (!name.endsWith('.map')) cpSync(join(cdn, name), join(out, 'cdn', name), { recursive: true });
}

const zip = spawnSync('zip', ['-q', '-r', '-X', 'idokit.zip', 'idokit'], {
  cwd: dist,
  stdio: 'inherit',
});
if (zip.error || zip.status !== 0) {
  console.error(
    `zip failed${zip.error ? `: ${zip.error.message}` : ''} (Debian: apt-get install zip)`,
  );
  process.exit(1);
}
console.log(
  `dist/idokit.zip: ${elements.length} elements (${elements.map((e) => e.tag).join(', ')})`,
);
