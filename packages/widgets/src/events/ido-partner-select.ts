import type { Partner } from '@idokit/sdk';

/** What {@link IdoPartnerSelectEvent} carries. */
export interface IdoPartnerSelectDetail {
  /** The partner that was chosen (as the data gave it). */
  partner: Partner;
}

/**
 * A resident or staff member chose a referral partner in `<ido-partner-list>`. Bubbles and
 * crosses shadow roots, so a page (or a registration form beside the list) can listen on
 * `document`.
 *
 * @example document.addEventListener('ido-partner-select', (e) => refer(e.detail.partner.id));
 */
export class IdoPartnerSelectEvent extends CustomEvent<IdoPartnerSelectDetail> {
  static readonly type = 'ido-partner-select';
  constructor(detail: IdoPartnerSelectDetail) {
    super(IdoPartnerSelectEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ido-partner-select': IdoPartnerSelectEvent;
  }
}
