/**
 * Defines `<ido-question-form>` (once; importing this twice is harmless) and exports its class,
 * so `import '@idokit/widgets/components/ido-question-form/define.js'` is all a page or app needs,
 * types included.
 */
import { IdoQuestionForm, defineIdoQuestionForm } from './ido-question-form.js';

defineIdoQuestionForm();

export { IdoQuestionForm };
// The events it fires, so their `addEventListener` types come with this import.
export type { IdoRegistrationSubmittedEvent } from '../../events/ido-registration-submitted.js';
export type { IdoRegistrationQueuedEvent } from '../../events/ido-registration-queued.js';
export type { IdoErrorEvent } from '../../events/ido-error.js';
