import * as z from 'zod/mini';
import { PartnerSchema } from './partner.js';

/**
 * `GET /v1/partners`. In its own module (not api.ts), so that validating a search answer, which
 * loads api.ts, does not load the partner schemas.
 */
export const PartnerListSchema = z.object({ items: z.array(PartnerSchema) });
