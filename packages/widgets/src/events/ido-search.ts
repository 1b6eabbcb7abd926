/** What {@link IdoSearchEvent} carries. */
export interface IdoSearchDetail {
  /** What the user searched for, as typed ("1234 AB", "Zwolle", "schuldhulp"). */
  query: string;
  /** How many results matched (before any display limit). */
  total: number;
}

/** A search finished and its results are shown. Bubbles and is composed. */
export class IdoSearchEvent extends CustomEvent<IdoSearchDetail> {
  static readonly type = 'ido-search';
  constructor(detail: IdoSearchDetail) {
    super(IdoSearchEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ido-search': IdoSearchEvent;
  }
}
