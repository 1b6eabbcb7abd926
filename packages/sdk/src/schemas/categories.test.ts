import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { formatPath } from '../errors/index.js';
import { defaultTaxonomy } from '../taxonomy/index.js';
import {
  categoriesInForce,
  categoryChanges,
  categoryIdMap,
  validateCategories,
  type Categories,
} from './categories.js';
import { QuestionRegistrationSchema } from './registration.js';
import type { Taxonomy } from './taxonomy.js';

/** A fresh copy of the default categories, to change in a test. */
const copy = (): Categories => structuredClone(defaultTaxonomy) as Categories;
const problems = (data: unknown) =>
  validateCategories(data).map((i) => `${formatPath(i.path)}: ${i.message}`);

describe('the default categories', () => {
  test('are a valid categories file', () => {
    assert.deepEqual(problems(defaultTaxonomy), []);
  });

  test('are exactly data/categories.json (regenerate with scripts/generate-sample-feed.ts)', () => {
    const file = readFileSync(new URL('../../data/categories.json', import.meta.url), 'utf8');
    assert.equal(file, `${JSON.stringify(defaultTaxonomy, null, 2)}\n`);
  });

  test('have the additions of the 2024 national form', () => {
    const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);
    assert.ok(ids(defaultTaxonomy.themes).includes('computer-tablet-telefoon'));
    for (const id of ['huurcommissie', 'lbio', 'raad-voor-rechtsbijstand'])
      assert.ok(ids(defaultTaxonomy.organisations).includes(id), id);
    assert.ok(ids(defaultTaxonomy.partnerKinds).includes('overheidsinstantie'));
    assert.match(defaultTaxonomy.help.find((h) => h.id === 'course')!.label.nl, /Digisterker/);
    const digid = defaultTaxonomy.followUpQuestions?.find((q) => q.id === 'digid');
    assert.equal(digid?.label.nl, 'Heeft de bezoeker een DigiD?');
    assert.ok(defaultTaxonomy.validFrom && defaultTaxonomy.source);
  });
});

describe('validateCategories', () => {
  const cases: [string, (c: Categories) => unknown, string[]][] = [
    [
      'a duplicate id',
      (c) => (c.themes.push({ ...c.themes[0]! }), c),
      [
        `themes[${defaultTaxonomy.themes.length}].id: Duplicate theme id "toeslagen" (also at index 0)`,
      ],
    ],
    [
      'a missing label',
      (c) => (delete (c.themes[1]!.label as Partial<Categories['themes'][0]['label']>).en, c),
      ['themes[1].label.en: Invalid input: expected string, received undefined'],
    ],
    [
      'an unknown theme referenced by a follow-up question',
      (c) => ((c.followUpQuestions![0]!.appliesTo = { themes: ['digi-d'] }), c),
      ['followUpQuestions[0].appliesTo.themes[0]: Unknown theme "digi-d"'],
    ],
    [
      'a former id still in use',
      (c) => ((c.themes[0]!.formerIds = ['belastingen']), c),
      ['themes[0].formerIds[0]: "belastingen" is still an id in themes; a former id must be gone'],
    ],
    [
      'a missing structural help kind',
      (c) => ((c.help = c.help.filter((h) => h.id !== 'referred')), c),
      ['help: Help "referred" is missing: the registration rules depend on it'],
    ],
    [
      'no start date',
      (c) => (delete (c as Partial<Categories>).validFrom, c),
      ['validFrom: Must be a real date written as YYYY-MM-DD'],
    ],
    [
      'durations out of order',
      (c) => ((c.durationBuckets = [10, 5]), c),
      ['durationBuckets[1]: Duration buckets go from short to long, each once'],
    ],
  ];
  for (const [name, change, expected] of cases)
    test(`names ${name} with its path`, () => {
      assert.deepEqual(problems(change(copy())), expected);
    });
});

/** Version `v` from `validFrom`: `base` (default: the default categories) with themes renamed. */
const version = (
  v: string,
  validFrom: string,
  renames: Record<string, string> = {},
  base: Taxonomy = copy(),
): Taxonomy => {
  const c = structuredClone(base);
  c.version = v;
  c.validFrom = validFrom;
  c.themes = c.themes.map((t) => {
    const renamed = Object.entries(renames).find(([from]) => from === t.id);
    return renamed ? { ...t, id: renamed[1], formerIds: [t.id] } : { ...t, formerIds: [] };
  });
  return c;
};

describe('versions', () => {
  const v1 = version('v1', '2024-04-01');
  const v2 = version('v2', '2025-01-01', { wonen: 'huisvesting' });
  const v3 = version('v3', '2026-01-01', { huisvesting: 'wonen-en-huur' }, v2);

  test('the one in force is the latest started; before all of them, the earliest', () => {
    const all = [v3, v1, v2];
    assert.equal(categoriesInForce(all, '2024-12-31')?.version, 'v1');
    assert.equal(categoriesInForce(all, '2025-01-01')?.version, 'v2');
    assert.equal(categoriesInForce(all, '2030-06-01')?.version, 'v3');
    assert.equal(categoriesInForce(all, '2020-01-01')?.version, 'v1');
  });

  test('renames chain to the newest id', () => {
    const map = categoryIdMap([v1, v2, v3]).get('themes')!;
    assert.deepEqual(Object.fromEntries(map), {
      wonen: 'wonen-en-huur',
      huisvesting: 'wonen-en-huur',
    });
  });

  test('an id used again stops being mapped', () => {
    const back = version('v4', '2027-01-01');
    assert.deepEqual(Object.fromEntries(categoryIdMap([v1, v2, back]).get('themes')!), {});
  });

  test('changes name the ids added, removed and renamed', () => {
    const next = version('v2', '2025-01-01', { wonen: 'huisvesting' });
    next.themes.push({ id: 'energie', label: { nl: 'Energie', en: 'Energy' } });
    next.organisations = next.organisations.filter((o) => o.id !== 'lbio');
    assert.deepEqual(categoryChanges(v1, next), {
      added: [{ list: 'themes', id: 'energie' }],
      removed: [{ list: 'organisations', id: 'lbio' }],
      renamed: [{ list: 'themes', from: 'wonen', to: 'huisvesting' }],
    });
  });
});

describe('a registration', () => {
  const visit = {
    id: '6f1f7c55-2f0b-4f35-9a53-0c4e2f0d7a11',
    locationId: 'ido-zwolle-centrum',
    date: '2026-11-20',
    hour: 10,
    channel: 'desk',
    durationMinutes: 10,
    questions: [{ type: 'government', themes: ['digid-mijnoverheid'], help: 'course' }],
  };

  test('may name its categories version and answer a follow-up question', () => {
    const parsed = QuestionRegistrationSchema.parse({
      ...visit,
      categoriesVersion: '2024-04.2',
      questions: [{ ...visit.questions[0], followUp: { digid: 'no' } }],
    });
    assert.equal(parsed.categoriesVersion, '2024-04.2');
    assert.deepEqual(parsed.questions[0]!.followUp, { digid: 'no' });
  });

  test('without a version is still valid (older clients)', () => {
    assert.equal(QuestionRegistrationSchema.parse(visit).categoriesVersion, undefined);
  });
});
