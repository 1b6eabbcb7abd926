import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { FeedSchema, type Feed } from '@idokit/sdk';
import type { Db } from '../db/db.js';
import { datasetRevision, importFeed } from './dataset.js';

/** Where the SDK ships the sample dataset. */
export function sampleFeedPath(): string {
  return createRequire(import.meta.url).resolve('@idokit/sdk/sample-feed.json');
}

/** Reads and validates the SDK's sample dataset. */
export async function loadSampleFeed(): Promise<Feed> {
  const text = await readFile(sampleFeedPath(), 'utf8');
  return FeedSchema.parse(JSON.parse(text));
}

/**
 * Imports the sample dataset into a database that has never had a dataset (revision 0).
 * A database an administrator has imported into, or emptied, is left alone.
 * @returns whether it imported.
 */
export async function seedIfEmpty(
  db: Db,
  load: () => Promise<Feed> = loadSampleFeed,
): Promise<boolean> {
  if ((await datasetRevision(db)) > 0) return false;
  await importFeed(db, await load());
  return true;
}
