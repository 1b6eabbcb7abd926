import type { Location } from '@idokit/sdk';

/** What {@link IdoLocationSelectEvent} carries. */
export interface IdoLocationSelectDetail {
  /** The location the resident chose. */
  location: Location;
}

/**
 * A resident chose a location (in a list or on the map). Bubbles and crosses shadow roots, so
 * a page can listen on `document`.
 *
 * @example document.addEventListener('ido-location-select', (e) => show(e.detail.location.id));
 */
export class IdoLocationSelectEvent extends CustomEvent<IdoLocationSelectDetail> {
  static readonly type = 'ido-location-select';
  constructor(detail: IdoLocationSelectDetail) {
    super(IdoLocationSelectEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ido-location-select': IdoLocationSelectEvent;
  }
}
