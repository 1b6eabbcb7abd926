/**
 * Writes `packages/sdk/data/sample-feed.json` from `sample-feed.ts`, after validating it against
 * `FeedSchema`, and `packages/sdk/data/categories.json` (the default categories as a file).
 * Deterministic: run it again and the files do not change.
 *
 *   node --conditions=@idokit/source --import tsx packages/sdk/scripts/generate-sample-feed.ts
 *   … generate-sample-feed.ts --check   (exit 1 if the committed file is out of date)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatPath } from '../src/errors/index.js';
import { FeedSchema } from '../src/schemas/feed.js';
import { defaultTaxonomy } from '../src/taxonomy/index.js';
import { buildSampleFeed } from './sample-feed.js';

const target = fileURLToPath(new URL('../data/sample-feed.json', import.meta.url));
const categoriesTarget = fileURLToPath(new URL('../data/categories.json', import.meta.url));
const categoriesJson = `${JSON.stringify(defaultTaxonomy, null, 2)}\n`;

const result = FeedSchema.safeParse(buildSampleFeed());
if (!result.success) {
  console.error('The sample feed does not match FeedSchema:');
  for (const issue of result.error.issues)
    console.error(`  ${formatPath(issue.path) || '(root)'}: ${issue.message}`);
  process.exit(1);
}

// The parsed feed (defaults filled in) is written, so readers that skip validation see every field.
const json = `${JSON.stringify(result.data, null, 2)}\n`;
const { locations, partners } = result.data;
const summary = `${locations.length} locations in ${new Set(locations.map((l) => l.address.municipality)).size} municipalities, ${partners.length} partners, ${(Buffer.byteLength(json) / 1024).toFixed(0)} KB`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // Missing counts as out of date.
  }
  if (current !== json) {
    console.error(`${target} is out of date; run this script without --check to regenerate it.`);
    process.exit(1);
  }
  let categories = '';
  try {
    categories = readFileSync(categoriesTarget, 'utf8');
  } catch {
    // Missing counts as out of date.
  }
  if (categories !== categoriesJson) {
    console.error(`${categoriesTarget} is out of date; run this script without --check.`);
    process.exit(1);
  }
  console.log(`Up to date: ${summary}`);
} else {
  writeFileSync(target, json);
  writeFileSync(categoriesTarget, categoriesJson);
  console.log(`Wrote ${target}: ${summary}, and ${categoriesTarget}`);
}
