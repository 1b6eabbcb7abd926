/** What {@link IdoCoordinatorChangeEvent} carries. */
export interface IdoCoordinatorChangeDetail {
  /** What was changed: `'locations'`, `'partners'`, `'outreach'`, `'desks'`, `'report-keys'`, `'categories'`, `'import'`, `'undo'`. */
  entity: string;
  /** The id of the changed document, when there is one. */
  id?: string | undefined;
  /** What the shell announces (e.g. "Bibliotheek Centrum is opgeslagen."); a general line if absent. */
  message?: string | undefined;
}

/**
 * The coordinator saved a change (a location, partner, outreach session, desk, report key, an
 * import or an undo). `<ido-coordinator>` and its panels fire it after the server answered;
 * the shell then reloads what it shows. Bubbles and is composed.
 */
export class IdoCoordinatorChangeEvent extends CustomEvent<IdoCoordinatorChangeDetail> {
  static readonly type = 'ido-coordinator-change';
  constructor(detail: IdoCoordinatorChangeDetail) {
    super(IdoCoordinatorChangeEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ido-coordinator-change': IdoCoordinatorChangeEvent;
  }
}
