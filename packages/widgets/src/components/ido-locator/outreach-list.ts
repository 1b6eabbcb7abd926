import { formatDate, type NearbySession } from '@idokit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { languageList } from '../../localization/language-names.js';
import { timeRange } from '../../shared/time-range.js';
import type { LocatorView } from './result-list.js';
import { routeUrl, TRAVEL_MODES } from './route-links.js';
import { formatDistance } from './search-state.js';

/**
 * The short list of outreach sessions (issue 21) near the search in the coming 7 days, under the
 * results: "IDO buiten de bibliotheek deze week", each with its place, address, day and times,
 * distance, plain-language description (the data's own Dutch, marked so) and route links. Nothing when there are none. A list with
 * its own heading (`part="outreach"`), so a screen reader can jump to it and count its items.
 */
export function renderOutreachList(
  view: LocatorView,
  sessions: readonly NearbySession[],
  headingLevel: number,
): TemplateResult | typeof nothing {
  if (sessions.length === 0) return nothing;
  const t = view.t;
  const level = Math.min(6, Math.max(2, Math.round(headingLevel) || 3));
  const heading = unsafeStatic(`h${level}`);
  const itemHeading = unsafeStatic(`h${Math.min(6, level + 1)}`);
  return html`<section class="outreach" part="outreach" aria-labelledby="outreach-heading">
    ${staticHtml`<${heading} class="outreach-heading" id="outreach-heading">${t.locatorOutreachHeading}</${heading}>`}
    <ul class="outreach-list" role="list">
      ${sessions.map(({ session, distanceKm }) => {
        const { street, houseNumber, postcode, city } = session.address;
        const forName = html`<span class="ido-visually-hidden"
          >${t.locatorFor(session.name)}</span
        >`;
        return html`<li class="outreach-item">
          <div class="title">
            ${staticHtml`<${itemHeading} class="name">${session.name}</${itemHeading}>`}
            <span class="distance"
              ><span class="ido-visually-hidden">${t.locatorDistance} </span>${t.distanceKm(
                formatDistance(distanceKm, view.locale),
              )}</span
            >
          </div>
          <p class="when">
            <span class="date">${formatDate(session.date, t.calendar)}</span>
            ${timeRange(session.time.opens, session.time.closes, t.hoursRange)}
          </p>
          <p class="address">
            <bdi dir="ltr">${street} ${houseNumber}</bdi><br /><bdi dir="ltr"
              >${postcode} ${city}</bdi
            >
          </p>
          ${session.description ? html`<p class="description" lang="nl" dir="ltr">${session.description}</p>` : nothing}
          ${
            session.languages?.length
              ? html`<p class="languages">
                  ${t.locatorLanguages} ${languageList(session.languages, view.locale)}
                </p>`
              : nothing
          }
          <p class="route">
            <span>${t.locatorRoute}</span>
            ${TRAVEL_MODES.map(
              (mode) =>
                html`<a class="ido-link ido-target" href=${routeUrl(session.geo, mode)}
                  >${
                    mode === 'transit'
                      ? t.locatorRouteTransit
                      : mode === 'walking'
                        ? t.locatorRouteWalking
                        : t.locatorRouteCycling
                  }${forName}</a
                >`,
            )}
          </p>
        </li>`;
      })}
    </ul>
  </section>`;
}
