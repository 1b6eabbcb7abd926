/**
 * How well the privacy guard does on the labelled corpus: recall per kind and the false-positive
 * rate on clean notes. Shared by the corpus test (which sets the floor) and `pnpm bench` (which
 * prints the figures).
 */
import { CORPUS, CORPUS_AT, type CorpusExample } from './corpus.js';
import { findPersonalData } from './find.js';
import { PERSONAL_DATA_KINDS, type PersonalDataKind } from './types.js';

/** Recall of one kind: how many of its labelled occurrences the guard found. */
export interface KindRecall {
  kind: PersonalDataKind | 'all';
  expected: number;
  found: number;
  recall: number;
}

/** The corpus figures. */
export interface CorpusMetrics {
  notes: number;
  /** Per kind, then `all`. */
  recall: KindRecall[];
  clean: number;
  falsePositives: number;
  falsePositiveRate: number;
  /** Clean notes with a likely name (a warning: the note is still sent, but staff see a mark). */
  nameFalsePositives: number;
  nameFalsePositiveRate: number;
  /** Findings of a kind the label does not name, in notes that do hold personal data. */
  extraKinds: number;
}

/** The kinds the guard reports in `text`, warnings included, sorted, judged at the corpus's moment. */
export const corpusKinds = (text: string): PersonalDataKind[] =>
  findPersonalData(text, { at: CORPUS_AT, warnings: true })
    .map((f) => f.kind)
    .sort();

/** Measures the guard on `examples` (the whole corpus by default). */
export function measureCorpus(examples: readonly CorpusExample[] = CORPUS): CorpusMetrics {
  const expected = new Map<PersonalDataKind, number>();
  const caught = new Map<PersonalDataKind, number>();
  let clean = 0;
  let falsePositives = 0;
  let nameFalsePositives = 0;
  let extraKinds = 0;
  for (const e of examples) {
    const got = corpusKinds(e.text);
    if (e.kinds.length === 0) {
      clean++;
      if (got.length > 0) falsePositives++;
      if (got.includes('name')) nameFalsePositives++;
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
  const row = (kind: KindRecall['kind'], want: number, got: number): KindRecall => ({
    kind,
    expected: want,
    found: got,
    recall: Number((want === 0 ? 1 : got / want).toFixed(3)),
  });
  const rows = PERSONAL_DATA_KINDS.map((kind) =>
    row(kind, expected.get(kind) ?? 0, caught.get(kind) ?? 0),
  );
  const total = rows.reduce((n, r) => n + r.expected, 0);
  const found = rows.reduce((n, r) => n + r.found, 0);
  return {
    notes: examples.length,
    recall: [...rows, row('all', total, found)],
    clean,
    falsePositives,
    falsePositiveRate: clean === 0 ? 0 : falsePositives / clean,
    nameFalsePositives,
    nameFalsePositiveRate: clean === 0 ? 0 : nameFalsePositives / clean,
    extraKinds,
  };
}
