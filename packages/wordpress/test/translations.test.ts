// The plugin's translations (no WordPress): every text of the coordinator's admin page has its
// Dutch, the `.po` file has nothing the page no longer says, and the `.mo` file the package
// writes holds exactly the `.po` file's entries (read back as gettext reads a catalogue). That
// WordPress loads it in the user's language is tested in the real WordPress
// (test/coordinator.test.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { moFile, readPo } from '../scripts/mo.mjs';

const plugin = fileURLToPath(new URL('../plugin/idokit/', import.meta.url));
const po = join(plugin, 'languages/idokit-nl_NL.po');

/** The texts of a PHP file's gettext calls in the `idokit` domain (single-quoted, as written). */
function phpTexts(file: string): string[] {
  const php = readFileSync(join(plugin, file), 'utf8');
  const calls =
    /\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*'((?:[^'\\]|\\.)*)',\s*'idokit'\s*\)/g;
  return [...php.matchAll(calls)].map((m) => m[1]!.replace(/\\(['\\])/g, '$1'));
}

/** The entries of a `.mo` file, read as GNU gettext reads one. */
function readMo(mo: Buffer): Map<string, string> {
  assert.equal(mo.readUInt32LE(0), 0x950412de, 'little-endian magic number');
  assert.equal(mo.readUInt32LE(4), 0, 'revision 0');
  const count = mo.readUInt32LE(8);
  const ids = mo.readUInt32LE(12);
  const strs = mo.readUInt32LE(16);
  const text = (table: number, i: number) => {
    const length = mo.readUInt32LE(table + i * 8);
    const offset = mo.readUInt32LE(table + i * 8 + 4);
    assert.equal(mo[offset + length], 0, 'each string ends with NUL');
    return mo.subarray(offset, offset + length).toString('utf8');
  };
  const entries = new Map<string, string>();
  let previous: Buffer | null = null;
  for (let i = 0; i < count; i++) {
    const id = Buffer.from(text(ids, i));
    if (previous) assert.ok(Buffer.compare(previous, id) < 0, 'msgids sorted for binary search');
    previous = id;
    entries.set(id.toString('utf8'), text(strs, i));
  }
  return entries;
}

test('every text of IDO Kit beheer has its Dutch, and the .po file nothing else', () => {
  const texts = phpTexts('includes/coordinator.php');
  assert.ok(texts.includes('IDO Kit management'), 'the menu and page title are found');
  assert.ok(texts.length >= 10, `found ${texts.length} texts`);
  const dutch = readPo(po);
  for (const text of texts) assert.ok(dutch.get(text), `no Dutch for: ${text}`);
  assert.deepEqual(
    [...dutch.keys()].filter((id) => id !== '' && !texts.includes(id)),
    [],
    'texts in the .po file that the page no longer says',
  );
  assert.equal(dutch.get('IDO Kit management'), 'IDO Kit beheer');
  assert.match(dutch.get('') ?? '', /charset=UTF-8/);
});

test('the .mo file holds the .po file’s entries, as gettext reads them', () => {
  const entries = readPo(po);
  assert.deepEqual(readMo(moFile(entries)), entries);
  // Escapes and text that is only in continuation lines are read as gettext reads them.
  const sample = new Map([
    ['', 'Content-Type: text/plain; charset=UTF-8\n'],
    ['Zeg "ja"\\', 'Zeg "ja"\\'],
    ['één', 'één\tkeer'],
  ]);
  assert.deepEqual(readMo(moFile(sample)), sample);
});
