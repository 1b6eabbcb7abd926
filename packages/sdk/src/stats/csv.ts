import type {
  RegistrationStats,
  StatsCounts,
  StatsDimension,
  SuppressedCount,
} from '../schemas/registration.js';
import type { Taxonomy } from '../schemas/taxonomy.js';

/**
 * One CSV field, safe to open in a spreadsheet. Quoted (RFC 4180) when it holds a `,`, `;`,
 * `"` or a line break. A text that starts a formula (`=`, `+`, `-`, `@`, a tab), also after
 * leading spaces, gets a `'` in front, and so does every part after a `;` or line break: Excel
 * in Dutch splits lines on `;` and ignores quotes that do not open a cell, so such a part
 * starts a cell of its own.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = value.replace(/(^|[;\r\n])(?=[ ]*[=+\-@\t])/g, "$1'");
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The header of {@link registrationStatsCsv}. */
export const STATS_CSV_HEADER = [
  'period',
  'location',
  'dimension',
  'category',
  'label',
  'count',
] as const;

/** The `location` column of the scope's total in {@link registrationStatsCsv}. */
export const STATS_CSV_TOTAL = 'totaal';

/** The national form's sections, in its order, and where each one's categories come from. */
const SECTIONS: {
  dimension: StatsDimension;
  entries: (t: Taxonomy) => { id: string; label: { nl: string } }[];
}[] = [
  { dimension: 'channel', entries: (t) => t.channels },
  { dimension: 'questionType', entries: (t) => t.questionTypes },
  { dimension: 'governmentLevel', entries: (t) => t.governmentLevels },
  { dimension: 'organisation', entries: (t) => t.organisations },
  { dimension: 'theme', entries: (t) => t.themes },
  { dimension: 'help', entries: (t) => t.help },
  { dimension: 'referralKind', entries: (t) => t.partnerKinds },
  {
    dimension: 'referralWarm',
    entries: () => [
      { id: 'warm', label: { nl: 'Warm doorverwezen' } },
      { id: 'not-warm', label: { nl: 'Niet warm doorverwezen' } },
    ],
  },
];

/**
 * Statistics as CSV in the national IDO form's categories, ready to copy a month into the
 * Bibliotheekmonitor: one row per category of the taxonomy (zeros included, so rows line up
 * with the form; categories the taxonomy no longer knows are kept), counts exactly as in
 * `stats` (hidden ones as "<5" or "x"). For a scope of several locations: each location, then
 * their total (`location` = `totaal`).
 */
export function registrationStatsCsv(stats: RegistrationStats, taxonomy: Taxonomy): string {
  const lines = [STATS_CSV_HEADER.join(',')];
  const block = (location: string, counts: StatsCounts) => {
    const row = (dimension: string, category: string, label: string, count: SuppressedCount) =>
      lines.push(
        [stats.period, location, dimension, category, label, count].map(csvField).join(','),
      );
    row('visits', 'total', 'Aantal bezoeken', counts.visits);
    row('questions', 'total', 'Aantal vragen', counts.questions);
    for (const section of SECTIONS) {
      const dim = section.dimension;
      const cells = new Map(counts.breakdown[dim].map((c) => [c.key, c.count]));
      const known = section.entries(taxonomy);
      for (const e of known) row(dim, e.id, e.label.nl, cells.get(e.id) ?? 0);
      const ids = new Set(known.map((e) => e.id));
      for (const [key, count] of cells) if (!ids.has(key)) row(dim, key, key, count);
    }
  };
  if (stats.byLocation.length > 0) {
    for (const l of stats.byLocation) block(l.locationId, l);
    block(STATS_CSV_TOTAL, stats);
  } else block(stats.locationId ?? STATS_CSV_TOTAL, stats);
  return `${lines.join('\r\n')}\r\n`;
}
