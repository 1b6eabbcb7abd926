/** What {@link IdoErrorEvent} carries. */
export interface IdoErrorDetail {
  /** What was thrown; usually an `IdoError` from the SDK (check its `code`). */
  error: unknown;
  /** The plain-language message the element shows the resident, in the element's language. */
  message: string;
}

/**
 * An element could not do its job (load failed, bad configuration). The element also shows the
 * message itself; listen to log or report it. Bubbles and is composed.
 */
export class IdoErrorEvent extends CustomEvent<IdoErrorDetail> {
  static readonly type = 'ido-error';
  constructor(detail: IdoErrorDetail) {
    super(IdoErrorEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ido-error': IdoErrorEvent;
  }
}
