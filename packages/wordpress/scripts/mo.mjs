// The plugin's translations: `plugin/idokit/languages/*.po` (text, kept in the repository) compiled
// to the `.mo` files WordPress reads (GNU gettext's binary catalogue), when the plugin is packaged.
// Written here rather than with `msgfmt`, so packaging needs no gettext tools.
import { readFileSync } from 'node:fs';

/** Unquotes one `"…"` piece of a `.po` line (C escapes). */
function unquote(piece, where) {
  const match = /^"((?:[^"\\]|\\.)*)"$/.exec(piece.trim());
  if (!match) throw new Error(`${where}: expected a quoted string, got ${piece}`);
  return match[1].replace(/\\(.)/g, (_, c) => ({ n: '\n', t: '\t', '"': '"', '\\': '\\' })[c] ?? c);
}

/**
 * The entries of a `.po` file as `msgid → msgstr` (the header under `''`). Only what the plugin
 * uses: `msgid`/`msgstr` with continuation lines and comments; no contexts or plurals.
 * @param {string} path
 * @returns {Map<string, string>}
 */
export function readPo(path) {
  const entries = new Map();
  let id = null;
  let str = null;
  let field = null;
  const flush = () => {
    if (id !== null && str !== null && (id === '' || str !== '')) entries.set(id, str);
    id = str = field = null;
  };
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      const line = raw.trim();
      const where = `${path}:${index + 1}`;
      if (line === '' || line.startsWith('#')) return;
      if (line.startsWith('msgctxt') || line.startsWith('msgid_plural'))
        throw new Error(`${where}: contexts and plurals are not supported`);
      if (line.startsWith('msgid ')) {
        flush();
        field = 'id';
        id = unquote(line.slice(6), where);
      } else if (line.startsWith('msgstr ')) {
        field = 'str';
        str = unquote(line.slice(7), where);
      } else if (line.startsWith('"') && field === 'id') id += unquote(line, where);
      else if (line.startsWith('"') && field === 'str') str += unquote(line, where);
      else throw new Error(`${where}: cannot read ${line}`);
    });
  flush();
  return entries;
}

/**
 * A `.mo` file (little-endian, revision 0, no hash table) of `msgid → msgstr` entries, sorted
 * by msgid bytes as gettext requires.
 * @param {Map<string, string>} entries
 * @returns {Buffer}
 */
export function moFile(entries) {
  const pairs = [...entries].map(([id, str]) => [Buffer.from(id), Buffer.from(str)]);
  pairs.sort(([a], [b]) => Buffer.compare(a, b));
  const count = pairs.length;
  const headerSize = 28;
  const idTable = headerSize;
  const strTable = idTable + count * 8;
  let offset = strTable + count * 8;
  const tables = Buffer.alloc(offset);
  const blobs = [];
  tables.writeUInt32LE(0x950412de, 0);
  tables.writeUInt32LE(0, 4);
  tables.writeUInt32LE(count, 8);
  tables.writeUInt32LE(idTable, 12);
  tables.writeUInt32LE(strTable, 16);
  tables.writeUInt32LE(0, 20);
  tables.writeUInt32LE(offset, 24);
  for (const [column, table] of [
    [0, idTable],
    [1, strTable],
  ]) {
    pairs.forEach((pair, i) => {
      const text = pair[column];
      tables.writeUInt32LE(text.length, table + i * 8);
      tables.writeUInt32LE(offset, table + i * 8 + 4);
      blobs.push(text, Buffer.from([0]));
      offset += text.length + 1;
    });
  }
  return Buffer.concat([tables, ...blobs]);
}
