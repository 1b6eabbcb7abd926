import type { QuestionRegistration, RegistrationReceipt } from '@idokit/sdk';

/** What {@link IdoRegistrationSubmittedEvent} carries. */
export interface IdoRegistrationSubmittedDetail {
  /** The registration as stored (no personal data by design). */
  registration: QuestionRegistration;
  /** The server's receipt (`replayed` is true when it had the same id already). */
  receipt: RegistrationReceipt;
}

/** A question registration reached the server. Bubbles and is composed. */
export class IdoRegistrationSubmittedEvent extends CustomEvent<IdoRegistrationSubmittedDetail> {
  static readonly type = 'ido-registration-submitted';
  constructor(detail: IdoRegistrationSubmittedDetail) {
    super(IdoRegistrationSubmittedEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ido-registration-submitted': IdoRegistrationSubmittedEvent;
  }
}
