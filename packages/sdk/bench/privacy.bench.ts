/**
 * The privacy guard: its quality on the labelled corpus (recall per kind, false-positive rate on
 * clean notes) and its speed on the keystroke path. `<ido-question-form>` runs `findPersonalData`
 * on every keystroke, so a note of the full 280 characters is timed as typed: every prefix in
 * turn, plain ASCII and the same note pasted from a PDF (no-break and zero-width spaces, other
 * scripts' digits), the slow path of the folding.
 */
import { CORPUS } from '../src/privacy/corpus.js';
import { measureCorpus } from '../src/privacy/corpus-metrics.js';
import { findPersonalData } from '../src/privacy/find.js';
import { median, time } from './measure.js';

const at = new Date('2026-05-11T10:00:00+02:00');

const PLAIN = (
  'Mevrouw kwam voor huurtoeslag 2026 en zorgtoeslag, brief van 14-04-2026 samen gelezen. ' +
  'BSN 123456782 niet genoteerd; bel 06-12345678 of mail jan.jansen@gmail.com. ' +
  'Doorverwezen naar Juridisch Loket 0900-8020, UWV 088-8982001, IBAN NL91 ABNA 0417 1643 00. '
).slice(0, 280);
const PASTED = PLAIN.replace(/ /g, (_, i: number) => (i % 3 ? ' ' : '\u00a0'))
  .replace(/1/g, '\u200b1')
  .replace(/2/g, '\u0662');

/** Microseconds per call, median over passes of `calls` calls. */
function perCall(fn: () => void, calls: number, passes = 15): number {
  const times: number[] = [];
  for (let p = 0; p < passes; p++) times.push(time(fn));
  return (median(times) / calls) * 1000;
}

export function run(): void {
  const m = measureCorpus();
  console.log(
    `privacy corpus: ${m.notes} labelled notes, ${m.notes - m.clean} with personal data, ${m.clean} clean`,
  );
  console.log('| kind | labelled | found | recall |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const r of m.recall) {
    console.log(`| ${r.kind} | ${r.expected} | ${r.found} | ${r.recall.toFixed(3)} |`);
  }
  console.log(
    `false-positive rate: ${m.falsePositives}/${m.clean} clean notes = ${(m.falsePositiveRate * 100).toFixed(1)} % ` +
      `(wrong extra kinds in notes with personal data: ${m.extraKinds})`,
  );

  // Warm up the JIT and the regular expressions.
  for (let i = 0; i < 200; i++) findPersonalData(PASTED.slice(0, i + 80), { at });

  let sink = 0;
  const typed = (note: string) => () => {
    for (let n = 1; n <= note.length; n++)
      sink += findPersonalData(note.slice(0, n), { at }).length;
  };
  const whole = (note: string) => () => {
    for (let i = 0; i < 100; i++) sink += findPersonalData(note, { at }).length;
  };
  const corpus = () => {
    for (const e of CORPUS) sink += findPersonalData(e.text, { at }).length;
  };
  const rows: [string, number][] = [
    [`one ${PLAIN.length}-character note, plain`, perCall(whole(PLAIN), 100)],
    [`one ${PASTED.length}-character note, pasted from a PDF`, perCall(whole(PASTED), 100)],
    ['a keystroke, typing the plain note (every prefix)', perCall(typed(PLAIN), PLAIN.length)],
    ['a keystroke, typing the pasted note (every prefix)', perCall(typed(PASTED), PASTED.length)],
    [`a corpus note (mean of ${CORPUS.length})`, perCall(corpus, CORPUS.length)],
    // Hostile 280-character notes: many short digit groups are the slowest inputs found.
    ...Object.entries({
      '"1 " × 140': '1 '.repeat(140),
      '"12-03 " × 46': '12-03 '.repeat(46),
      '"06–" × 93 (en dash)': '06\u2013'.repeat(93),
      '"١٢ " × 93 (Arabic-Indic)': '\u0661\u0662 '.repeat(93),
      '"a dot " × 46': 'a dot '.repeat(46),
    }).map(([what, note]): [string, number] => [`hostile: ${what}`, perCall(whole(note), 100, 5)]),
  ];
  console.log('\n| findPersonalData | µs per call (median) |');
  console.log('| --- | ---: |');
  for (const [what, us] of rows) console.log(`| ${what} | ${us.toFixed(1)} |`);
  if (sink === -1) console.log(sink);
}
