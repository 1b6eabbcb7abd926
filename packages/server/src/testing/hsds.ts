import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { HSDS_EXPORT_SCHEMA } from '../hsds/schema.js';

// ajv-formats is CommonJS: under NodeNext its plugin is the default export's `default`.
const addFormats = addFormatsModule.default;

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv, ['uuid', 'date', 'email', 'uri']);
const check = ajv.compile(HSDS_EXPORT_SCHEMA);

/**
 * Validates an HSDS export against our transcription of the HSDS 3.0 object schemas
 * (src/hsds/schema.ts). @returns each problem as `path: message`; empty when valid.
 */
export function hsdsProblems(doc: unknown): string[] {
  if (check(doc)) return [];
  return (check.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? e.keyword}`);
}
