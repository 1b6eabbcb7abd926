import * as z from 'zod/mini';
import { PARSE_IN_ENGLISH } from '../schemas/parse-in-english.js';

/**
 * The part of a Locatieserver answer the geocoder reads. In a module of its own, loaded by the
 * geocoder beside its request (`import()`): the geocoder's own code then needs no zod, so its
 * request to PDOK leaves as soon as a resident searches, not after zod has downloaded (issue 23).
 */
const PdokDocSchema = z.object({
  type: z.string(),
  weergavenaam: z.optional(z.string()),
  postcode: z.optional(z.string()),
  woonplaatsnaam: z.optional(z.string()),
  gemeentenaam: z.optional(z.string()),
  centroide_ll: z.optional(z.string()),
});
export type PdokDoc = z.infer<typeof PdokDocSchema>;
const PdokResponseSchema = z.object({
  response: z.object({ numFound: z.number(), docs: z.array(PdokDocSchema) }),
});

/** The answer's documents, or `error` with zod's issues when it is not a Locatieserver answer. */
export function readPdokResponse(
  body: unknown,
): { docs: PdokDoc[]; error?: undefined } | { docs?: undefined; error: Error } {
  const parsed = PdokResponseSchema.safeParse(body, PARSE_IN_ENGLISH);
  return parsed.success ? { docs: parsed.data.response.docs } : { error: parsed.error };
}
