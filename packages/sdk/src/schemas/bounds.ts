// Without zod: the geocoder checks its points before any schema has loaded (issue 23).
/** The Netherlands (including the Wadden islands and Zuid-Limburg) plus a margin of ~20 km. */
export const NETHERLANDS_BOUNDS = { minLat: 50.6, maxLat: 53.7, minLon: 3.2, maxLon: 7.3 } as const;
