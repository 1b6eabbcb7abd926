import type { QuestionRegistration } from '@idokit/sdk';

/** What {@link IdoRegistrationQueuedEvent} carries. */
export interface IdoRegistrationQueuedDetail {
  /** The registration kept on this device until it can be sent. */
  registration: QuestionRegistration;
  /** How many registrations are now waiting on this device, this one included. */
  pending: number;
}

/**
 * A question registration was stored on the device (offline or server unreachable) and will be
 * sent later by the outbox. Bubbles and is composed.
 */
export class IdoRegistrationQueuedEvent extends CustomEvent<IdoRegistrationQueuedDetail> {
  static readonly type = 'ido-registration-queued';
  constructor(detail: IdoRegistrationQueuedDetail) {
    super(IdoRegistrationQueuedEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ido-registration-queued': IdoRegistrationQueuedEvent;
  }
}
