/**
 * The weekday codes of opening hours, Monday first. Apart from the schemas (and zod) so that the
 * opening-hours engine can use them without loading any validation code.
 */
export const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export type Day = (typeof DAYS)[number];
