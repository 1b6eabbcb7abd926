import { formatDate, type OutreachSession } from '@idokit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { IdoElement } from '../../base/ido-element.js';
import { capitalise } from '../../shared/hours-view.js';
import { timeRange } from '../../shared/time-range.js';
import type { HoursStrings } from './strings.js';

/** What the list takes from the element: its text, language and isolation of data. */
type HoursView = Pick<IdoElement<HoursStrings>, 't' | 'locale' | 'isolate'>;

/**
 * The location's outreach sessions (issue 21) in the week the card shows: "Deze week ook:
 * dinsdag 15 december 10:00–12:00 in Buurthuis De Kroon, Kerkstraat 1, Utrecht"
 * (`part="outreach"`); nothing when there are none. The description is the data's own Dutch,
 * marked so (and left to right on an Arabic page), like an exception's note.
 */
export function renderOutreachWeek(
  view: HoursView,
  sessions: readonly OutreachSession[],
): TemplateResult | typeof nothing {
  if (sessions.length === 0) return nothing;
  const t = view.t;
  return html`<div class="outreach" part="outreach">
    <p class="outreach-title" id="outreach-title">${t.hoursOutreachTitle}</p>
    <ul aria-labelledby="outreach-title">
      ${sessions.map((session) => {
        const { street, houseNumber, city } = session.address;
        const address = `${street} ${houseNumber}, ${city}`;
        return html`<li>
          <time class="outreach-date" datetime=${session.date}
            >${capitalise(formatDate(session.date, t.calendar), view.locale)}</time
          >
          ${timeRange(session.time.opens, session.time.closes, t.hoursRange)}
          <span class="outreach-place"
            >${t.hoursOutreachPlace(view.isolate(session.name), view.isolate(address))}</span
          >
          ${
            session.description
              ? html`<span class="outreach-description" lang="nl" dir="ltr"
                  >${session.description}</span
                >`
              : nothing
          }
        </li>`;
      })}
    </ul>
  </div>`;
}
