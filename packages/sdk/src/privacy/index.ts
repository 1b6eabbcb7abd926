/**
 * The privacy guard: registration notes must never hold personal data. The form refuses a note
 * with findings, naming their kind; the server rejects it the same way, never echoing the text.
 * Likely names are warnings (severity `warn`, on request): marked for staff, never refused.
 */
export { PERSONAL_DATA_KINDS, WARNING_KINDS } from './types.js';
export type {
  PersonalDataKind,
  PersonalDataFinding,
  PersonalDataSeverity,
  FindPersonalDataOptions,
} from './types.js';
export { findPersonalData } from './find.js';
export { describePersonalData } from './describe.js';
export { redactPersonalData } from './redact.js';
export { isValidBsn } from './bsn.js';
export { isValidIban } from './iban.js';
