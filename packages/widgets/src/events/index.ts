export { IdoLocationSelectEvent, type IdoLocationSelectDetail } from './ido-location-select.js';
export { IdoErrorEvent, type IdoErrorDetail } from './ido-error.js';
export {
  IdoRegistrationSubmittedEvent,
  type IdoRegistrationSubmittedDetail,
} from './ido-registration-submitted.js';
export {
  IdoRegistrationQueuedEvent,
  type IdoRegistrationQueuedDetail,
} from './ido-registration-queued.js';
export { IdoSearchEvent, type IdoSearchDetail } from './ido-search.js';
export { IdoPartnerSelectEvent, type IdoPartnerSelectDetail } from './ido-partner-select.js';
export {
  IdoCoordinatorChangeEvent,
  type IdoCoordinatorChangeDetail,
} from './ido-coordinator-change.js';
