import * as z from 'zod/mini';
import { PartnerSchema } from './partner.js';

/** `GET /v1/partners` */
export const PartnerListSchema = z.object({ items: z.array(PartnerSchema) });
