/**
 * `pnpm bench`: the figures of issues 13 and 23, each beside its budget and its peer measured in this same
 * run, marked met or missed, and written to bench/results.json. `--quick` (what CI runs) skips
 * the slow parts and reports only; it never fails on a missed budget.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { kib, measureServer, type Figure } from '@idokit/server/bench';
import { measureFeedParse } from './feed-parse.js';
import { measurePageBytes } from './page-bytes.js';
import { measurePaint } from './paint.js';
import { measureProfiles } from './phone.js';
import { gmpxSizes } from './peer-sizes.js';

const quick = process.argv.includes('--quick');

/** How far a missed "≤ N" or "≥ N" budget is missed: by how much, and as a multiple of the budget. */
function missedBy(figure: Figure): string {
  const [, sign, digits = ''] = /^([≤≥])\s*(\d+(?:[ ,]\d{3})*(?:\.\d+)?)/.exec(figure.budget) ?? [];
  // Budgets write thousands as "1 500" or "1,000".
  const limit = Number(digits.replace(/[ ,]/g, ''));
  if (figure.met !== false || !(limit > 0)) return '';
  const gap = Math.round(Math.abs(figure.value - limit) * 100) / 100;
  const side = sign === '≥' ? 'short by' : 'missed by';
  return `, ${side} ${gap} ${figure.unit}: ${(figure.value / limit).toFixed(2)}× the budget`;
}

const figures: Figure[] = [];
const add = (figure: Figure) => {
  figures.push(figure);
  const peer = figure.peer
    ? ` | ${figure.peer.label}: ${figure.peer.value} ${figure.peer.unit}`
    : '';
  const mark = figure.met === undefined ? '—' : figure.met ? 'met' : 'MISSED';
  console.log(
    `${mark.padEnd(6)} ${figure.figure}: ${figure.value} ${figure.unit} (budget ${figure.budget}${missedBy(figure)})${peer}${figure.note ? ` — ${figure.note}` : ''}`,
  );
};

console.log(`# IDO Kit bench${quick ? ' (quick: reports, never asserts)' : ''}\n`);

const gmpx = await gmpxSizes();
const bytes = await measurePageBytes();
const { loaderBytes } = await import('./loader-size.js').then((m) => m.loaderSize());
add({
  id: 'bytes.loader',
  figure: '`cdn/idokit.js` (the loader), min+gz',
  value: kib(loaderBytes),
  unit: 'KiB',
  budget: '≤ 3 KiB',
  met: loaderBytes <= 3 * 1024,
  peer: { label: 'gmpx whole library', value: kib(gmpx.whole), unit: 'KiB' },
});
add({
  id: 'bytes.opening-hours',
  figure: 'JS a page with only <ido-opening-hours> loads',
  value: kib(bytes.openingHours),
  unit: 'KiB',
  budget: '≤ 20 KiB',
  met: bytes.openingHours <= 20 * 1024,
  peer: { label: 'gmpx place_opening_hours', value: kib(gmpx.openingHours), unit: 'KiB' },
  note: bytes.files['opening-hours']!.join(' '),
});
add({
  id: 'bytes.locator',
  figure: 'JS a page with only <ido-locator> loads (map excluded), before the first search',
  value: kib(bytes.locator),
  unit: 'KiB',
  budget: '≤ 35 KiB',
  met: bytes.locator <= 35 * 1024,
  peer: { label: 'gmpx store_locator', value: kib(gmpx.locator), unit: 'KiB' },
  note: `${kib(bytes.locatorAfterSearch)} KiB after a search; ${bytes.files['locator']!.join(' ')}`,
});

for (const figure of await measureFeedParse({ quick })) add(figure);
for (const figure of await measurePaint({ quick })) add(figure);
for (const figure of await measureProfiles({ quick })) add(figure);
for (const figure of await measureServer({ quick })) add(figure);

const out = fileURLToPath(new URL('./results.json', import.meta.url));
writeFileSync(
  out,
  `${JSON.stringify({ quick, date: new Date().toISOString(), node: process.version, figures }, null, 2)}\n`,
);
const missed = figures.filter((f) => f.met === false).length;
console.log(`\n${figures.length} figures, ${missed} missed; written to bench/results.json`);
