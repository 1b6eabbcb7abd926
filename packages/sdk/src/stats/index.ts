/**
 * Registration statistics: counting by fixed calendar period (`schemas/stats-periods.ts`),
 * small-number and complementary suppression, and the CSV of the national form. One rule for
 * the server, the fake client and static use.
 */
export { planSuppression, suppress, SUPPRESS_BELOW, type SuppressionLine } from './suppression.js';
export {
  addUnitCounts,
  REFERRAL_WARMTH,
  registrationCategories,
  tallyRegistrations,
  type StatsUnit,
} from './tally.js';
export { buildRegistrationStats, statsUnitsFor, type StatsRequest } from './registration-stats.js';
export {
  CSV_BOM,
  csvField,
  registrationStatsCsv,
  STATS_CSV_HEADER,
  STATS_CSV_HEADER_NL,
  STATS_CSV_TOTAL,
  type StatsCsvLanguage,
  type StatsCsvOptions,
  type StatsCsvSeparator,
} from './csv.js';
