/**
 * Registration statistics: fixed calendar periods, counting, small-number and complementary
 * suppression, and the CSV of the national form. One rule for the server, the fake client and
 * static use.
 */
export {
  STATS_PERIOD_KINDS,
  isoWeekKey,
  isoWeeksInYear,
  monthsOfStatsPeriod,
  parseStatsPeriod,
  shiftStatsPeriod,
  statsPeriodOf,
  type StatsPeriod,
  type StatsPeriodKind,
} from './periods.js';
export { planSuppression, suppress, SUPPRESS_BELOW, type SuppressionLine } from './suppression.js';
export {
  addUnitCounts,
  REFERRAL_WARMTH,
  registrationCategories,
  tallyRegistrations,
  type StatsUnit,
} from './tally.js';
export { buildRegistrationStats, statsUnitsFor, type StatsRequest } from './registration-stats.js';
export { csvField, registrationStatsCsv, STATS_CSV_HEADER, STATS_CSV_TOTAL } from './csv.js';
