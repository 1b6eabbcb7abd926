/**
 * Registration statistics: counting by fixed calendar period (`schemas/stats-periods.ts`),
 * disclosure control by the cell-key method (`cell-key.ts`), and the CSV of the national form.
 * One rule for the server, the fake client and static use.
 */
export {
  addKeys,
  KEY_RANGE,
  MAX_NOISE,
  perturb,
  PTABLE,
  ptableRow,
  type PtableRow,
  type RecordKey,
  recordKeyOf,
  SETTLE_DAYS,
} from './cell-key.js';
export {
  addUnitCounts,
  type CellKeys,
  emptyCounts,
  IN_MEMORY_RECORD_KEY,
  REFERRAL_WARMTH,
  registrationCategories,
  tallyRegistrations,
  type StatsUnit,
} from './tally.js';
export {
  STATS_DAY_PARTS,
  STATS_PLACES,
  STATS_WARMTH,
  STATS_WEEKDAYS,
  statsCategories,
  type StatsCategory,
  TIMES_OF_DAY,
  timeOfDayOf,
} from './categories.js';
export {
  statsTrend,
  type StatsChange,
  type StatsTrend,
  TREND_MIN_BASE,
  TREND_MIN_THEME,
} from './trend.js';
export {
  buildRegistrationStats,
  samePeriodLastYear,
  settledOn,
  statsUnitsFor,
  type StatsRequest,
} from './registration-stats.js';
export {
  CSV_BOM,
  csvField,
  registrationStatsCsv,
  STATS_CSV_HEADER,
  STATS_CSV_HEADER_NL,
  STATS_CSV_SECTIONS,
  STATS_CSV_TOTAL,
  type StatsCsvLanguage,
  type StatsCsvOptions,
  type StatsCsvSeparator,
} from './csv.js';
