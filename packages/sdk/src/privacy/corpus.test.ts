import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  CLEAN_NOTES,
  CORPUS,
  CORPUS_AT,
  KNOWN_FALSE_POSITIVES,
  NOTES_WITH_PERSONAL_DATA,
  type CorpusExample,
} from './corpus.js';
import { findPersonalData, PERSONAL_DATA_KINDS, type PersonalDataKind } from './index.js';

// Thresholds this corpus meets honestly (measured: overall recall 0.978, lowest kind birthdate
// 0.933 with two documented misses, false positives 5/235 = 0.021, three of them the 088
// organisation numbers the brief asks to flag). Any change in a single example already fails the
// per-example tests above; these bounds say what quality the corpus stands for.
const MIN_RECALL_OVERALL = 0.97;
const MIN_RECALL_PER_KIND = 0.9;
const MAX_FALSE_POSITIVE_RATE = 0.025;

const kindsIn = (text: string): PersonalDataKind[] =>
  findPersonalData(text, { at: CORPUS_AT })
    .map((f) => f.kind)
    .sort();

/** Every example whose findings differ from what the corpus says the engine reports. */
function mismatches(examples: readonly CorpusExample[]): string[] {
  return examples.flatMap((e) => {
    const want = [...(e.engine ?? e.kinds)].sort();
    const got = kindsIn(e.text);
    return JSON.stringify(got) === JSON.stringify(want)
      ? []
      : [`"${e.text}": expected [${want.join(', ')}], found [${got.join(', ')}]`];
  });
}

describe('labelled corpus', () => {
  test('is large enough and every limitation is explained', () => {
    assert.ok(CORPUS.length >= 300, `${CORPUS.length} examples`);
    assert.ok(NOTES_WITH_PERSONAL_DATA.length >= 100);
    assert.ok(CLEAN_NOTES.length >= 150);
    for (const e of CORPUS) if (e.engine) assert.ok(e.why, `"${e.text}" needs a why`);
  });

  test('clean notes pass', () => assert.deepEqual(mismatches(CLEAN_NOTES), []));
  test('notes with personal data are refused, naming the right kinds', () =>
    assert.deepEqual(mismatches(NOTES_WITH_PERSONAL_DATA), []));
  test('known false positives still behave as documented', () =>
    assert.deepEqual(mismatches(KNOWN_FALSE_POSITIVES), []));

  test(`recall ≥ ${MIN_RECALL_OVERALL} (each kind ≥ ${MIN_RECALL_PER_KIND}), false positives ≤ ${MAX_FALSE_POSITIVE_RATE}`, () => {
    const expected = new Map<PersonalDataKind, number>();
    const caught = new Map<PersonalDataKind, number>();
    let negatives = 0;
    let falsePositives = 0;
    let extraKinds = 0;
    for (const e of CORPUS) {
      const got = kindsIn(e.text);
      if (e.kinds.length === 0) {
        negatives++;
        if (got.length > 0) falsePositives++;
        continue;
      }
      const remaining = [...got];
      for (const kind of e.kinds) {
        expected.set(kind, (expected.get(kind) ?? 0) + 1);
        const i = remaining.indexOf(kind);
        if (i >= 0) {
          remaining.splice(i, 1);
          caught.set(kind, (caught.get(kind) ?? 0) + 1);
        }
      }
      extraKinds += remaining.length;
    }
    const rows = PERSONAL_DATA_KINDS.map((kind) => ({
      kind,
      expected: expected.get(kind) ?? 0,
      found: caught.get(kind) ?? 0,
      recall: Number(((caught.get(kind) ?? 0) / (expected.get(kind) ?? 1)).toFixed(3)),
    }));
    const total = rows.reduce((n, r) => n + r.expected, 0);
    const totalFound = rows.reduce((n, r) => n + r.found, 0);
    const recall = totalFound / total;
    const fpr = falsePositives / negatives;
    console.log(`privacy corpus: ${CORPUS.length} notes (${negatives} clean)`);
    console.table([
      ...rows,
      { kind: 'all', expected: total, found: totalFound, recall: Number(recall.toFixed(3)) },
    ]);
    console.log(
      `false-positive rate: ${falsePositives}/${negatives} = ${fpr.toFixed(3)}; ` +
        `wrong extra kinds in notes with personal data: ${extraKinds}`,
    );

    assert.ok(recall >= MIN_RECALL_OVERALL, `overall recall ${recall}`);
    for (const r of rows) {
      assert.ok(r.expected >= 25, `at least 25 examples of ${r.kind}`);
      assert.ok(r.recall >= MIN_RECALL_PER_KIND, `${r.kind} recall ${r.recall}`);
    }
    assert.ok(fpr <= MAX_FALSE_POSITIVE_RATE, `false-positive rate ${fpr}`);
    assert.equal(extraKinds, 0);
  });
});
