import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { importFeed, loadSnapshot, upsertLocations, upsertPartners } from '../data/dataset.js';
import type { Db } from '../db/db.js';
import { ImportError } from './csv.js';
import { feedFromJson, locationsFromCsv, partnersFromCsv } from './rows.js';

/** What an import did. */
export interface ImportSummary {
  kind: 'feed' | 'locations' | 'partners';
  locations: number;
  partners: number;
}

/**
 * Imports a file by its kind: `*.json` a whole feed (replaces the dataset), a CSV whose header
 * starts like `locations.csv` or `partners.csv` (adds or updates by id). All or nothing.
 * @throws ImportError listing each problem (with row numbers for CSV).
 */
export async function importFile(db: Db, path: string, at: Date): Promise<ImportSummary> {
  const text = await readFile(path, 'utf8');
  const ext = extname(path).toLowerCase();
  if (ext === '.json') {
    const feed = feedFromJson(text);
    await importFeed(db, feed);
    return { kind: 'feed', locations: feed.locations.length, partners: feed.partners.length };
  }
  if (ext !== '.csv')
    throw new ImportError([
      { message: `Import a .json feed or a .csv file, not "${ext || path}"` },
    ]);
  const header = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/, 1)[0]!
    .toLowerCase();
  const isPartners =
    /(^|[,;"\s])referral_method([,;"\s]|$)/.test(header) || /partner/i.test(path.split('/').pop()!);
  if (isPartners) {
    const { taxonomy } = await loadSnapshot(db);
    const partners = partnersFromCsv(text, taxonomy, at);
    await upsertPartners(db, partners, at);
    return { kind: 'partners', locations: 0, partners: partners.length };
  }
  const locations = locationsFromCsv(text, at);
  await upsertLocations(db, locations, at);
  return { kind: 'locations', locations: locations.length, partners: 0 };
}
