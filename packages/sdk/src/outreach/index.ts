/** Outreach sessions (issue 21): ranges of days, sessions near a search, their times. */
export {
  addDays,
  assertOutreachRange,
  compareSessions,
  nearbySessions,
  type NearbySession,
  type NearbySessionsOptions,
  OUTREACH_MAX_DAYS,
  outreachRangeIssues,
  type OutreachSessionQuery,
  sessionsBetween,
  sessionTimes,
  weekOf,
} from './sessions.js';
