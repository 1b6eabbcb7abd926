import type {
  RegistrationStats,
  StatsCounts,
  StatsDimension,
  SuppressedCount,
} from '../schemas/registration.js';
import type { Taxonomy } from '../schemas/taxonomy.js';
import { statsCategories } from './categories.js';

/** The field separator of {@link registrationStatsCsv}. */
export type StatsCsvSeparator = ';' | ',';

/** The language of {@link registrationStatsCsv}'s header row and names. */
export type StatsCsvLanguage = 'nl' | 'en';

/** How {@link registrationStatsCsv} writes the file. */
export interface StatsCsvOptions {
  /**
   * The field separator. `;` is what Excel and LibreOffice set to Dutch split a double-clicked
   * `.csv` on (the Dutch list separator, as the decimal separator is `,`); `,` is for tools that
   * expect RFC 4180 commas.
   * @default ';'
   */
  separator?: StatsCsvSeparator;
  /**
   * The language of the header row, the category names and the names of the totals. The ids
   * (`location`, `dimension`, `category`) are the same in both.
   * @default 'nl'
   */
  lang?: StatsCsvLanguage;
  /**
   * Start with a UTF-8 byte-order mark, which is how Excel knows the file is UTF-8 (without it,
   * Dutch Excel reads "Doorverwezen naar Humanitas" fine but "Cliëntondersteuning" as "CliÃ«nt…").
   * @default true
   */
  bom?: boolean;
}

/** The UTF-8 byte-order mark {@link registrationStatsCsv} starts with. */
export const CSV_BOM = '\uFEFF';

/**
 * One CSV field, safe to open in a spreadsheet. Quoted (RFC 4180) when it holds a `,`, `;`,
 * `"` or a line break, so it is one field with either separator. A text that starts a formula
 * (`=`, `+`, `-`, `@`, a tab or a carriage return), also after leading spaces, gets a `'` in
 * front, and so does every part after a `;` or line break: Excel in Dutch splits lines on `;`
 * and ignores quotes that do not open a cell, so such a part starts a cell of its own.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = value.replace(/(^|[;\r\n])(?=[ ]*[=+\-@\t\r])/g, "$1'");
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The header of {@link registrationStatsCsv} in English (`lang: 'en'`): the names a program
 * reading the file can rely on.
 */
export const STATS_CSV_HEADER = [
  'period',
  'location',
  'location_name',
  'dimension',
  'category',
  'label',
  'count',
] as const;

/** The header of {@link registrationStatsCsv} in Dutch (the default), column for column. */
export const STATS_CSV_HEADER_NL = [
  'periode',
  'locatie',
  'locatienaam',
  'onderdeel',
  'categorie',
  'categorienaam',
  'aantal',
] as const;

/** The `location` column of the scope's total in {@link registrationStatsCsv}. */
export const STATS_CSV_TOTAL = 'totaal';

/** The names of the rows the categories do not hold, per language. */
const NAMES = {
  nl: {
    visits: 'Aantal bezoeken',
    questions: 'Aantal vragen',
    total: (scope: string) => `${scope} (totaal)`,
  },
  en: {
    visits: 'Number of visits',
    questions: 'Number of questions',
    total: (scope: string) => `${scope} (total)`,
  },
} satisfies Record<StatsCsvLanguage, unknown>;

/**
 * The sections of the file, in the national form's order (how the visit came in, then the
 * questions, the help given and where they were referred), then the desk's own: where and when.
 */
export const STATS_CSV_SECTIONS: readonly StatsDimension[] = [
  'channel',
  'questionType',
  'governmentLevel',
  'organisation',
  'theme',
  'help',
  'notHelpedReason',
  'followUp',
  'referralKind',
  'referralWarm',
  'referralPartner',
  'place',
  'timeOfDay',
];

/**
 * Statistics as CSV in the national IDO form's categories, ready to open in a spreadsheet by
 * double-click and to copy a month into the Bibliotheekmonitor: one row per category of the
 * categories (`statsCategories`: zeros included, so rows line up with the form; categories the
 * taxonomy no longer knows are kept, named by their id; partners only as far as `stats.partners`
 * names them), counts exactly as in `stats` (hidden ones, from an older server, as "<5" or "x").
 * Each id stands beside its name: the location's name beside its id, the category's name beside
 * its id. For a scope of several locations: each location, then their total (`location` =
 * `totaal`). By default Dutch, `;`-separated, with a byte-order mark (see
 * {@link StatsCsvOptions}); lines end in CRLF.
 *
 * @example
 * registrationStatsCsv(stats, taxonomy)
 * // "\uFEFFperiode;locatie;locatienaam;onderdeel;categorie;categorienaam;aantal\r\n
 * //  2026-06;ido-utrecht-centrum;IDO Utrecht Centrum;visits;total;Aantal bezoeken;17\r\n…"
 */
export function registrationStatsCsv(
  stats: RegistrationStats,
  taxonomy: Taxonomy,
  options: StatsCsvOptions = {},
): string {
  const { separator = ';', lang = 'nl', bom = true } = options;
  const names = NAMES[lang];
  const header = lang === 'en' ? STATS_CSV_HEADER : STATS_CSV_HEADER_NL;
  const lines = [header.join(separator)];
  const locationName = new Map(stats.locations.map((l) => [l.id, l.name]));
  const block = (location: string, name: string, counts: StatsCounts) => {
    const row = (dimension: string, category: string, label: string, count: SuppressedCount) =>
      lines.push(
        [stats.period, location, name, dimension, category, label, count]
          .map(csvField)
          .join(separator),
      );
    row('visits', 'total', names.visits, counts.visits);
    row('questions', 'total', names.questions, counts.questions);
    for (const dim of STATS_CSV_SECTIONS) {
      const cells = new Map((counts.breakdown[dim] ?? []).map((c) => [c.key, c.count]));
      const known = statsCategories(dim, taxonomy, stats.partners);
      for (const e of known) row(dim, e.id, e.label[lang], cells.get(e.id) ?? 0);
      const ids = new Set(known.map((e) => e.id));
      for (const [key, count] of cells) if (!ids.has(key)) row(dim, key, key, count);
    }
  };
  const nameOf = (id: string) => locationName.get(id) ?? id;
  if (stats.byLocation.length > 0) {
    for (const l of stats.byLocation) block(l.locationId, nameOf(l.locationId), l);
    block(STATS_CSV_TOTAL, names.total(stats.scope.name), stats);
  } else if (stats.locationId !== undefined)
    block(stats.locationId, nameOf(stats.locationId), stats);
  else block(STATS_CSV_TOTAL, names.total(stats.scope.name), stats);
  return `${bom ? CSV_BOM : ''}${lines.join('\r\n')}\r\n`;
}
