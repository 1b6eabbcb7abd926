import {
  formatStatus,
  idoHours,
  nextStatusChange,
  openingStatus,
  type Location,
  type LocationMatch,
  type OpeningHours,
} from '@idokit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { IdoElement } from '../../base/ido-element.js';
import { safeUrl, telUrl } from '../../base/safe-url.js';
import { languageList } from '../../localization/language-names.js';
import { renderBring } from '../../shared/bring.js';
import { renderHelpline as renderSharedHelpline, type Helpline } from '../../shared/helpline.js';
import { renderChoose, renderNextSteps } from '../../shared/result-parts.js';
import { routeUrl, TRAVEL_MODES, type TravelMode } from './route-links.js';
import { formatNumber } from '../../localization/numbers.js';
import { formatDistance, LOCATOR_RADII, type Results } from './search-state.js';
import type { LocatorStrings } from './strings.js';

/** What the result list takes from the element: its text, language and isolation of data. */
export type LocatorView = Pick<IdoElement<LocatorStrings>, 't' | 'locale' | 'isolate'>;

/** The list of results and what the resident can do with them. */
export interface ResultListOptions {
  items: readonly LocationMatch[];
  /** How many matched in all (more than `items` when "Toon meer" can show more). */
  total: number;
  /** A newer search is running: the list is the previous one's. */
  stale: boolean;
  /** The instant the open/closed status is shown at. */
  now: Date;
  /** Id of the chosen location. */
  selected: string | undefined;
  /** Level of the result headings (2–6). */
  headingLevel: number;
  onKeydown: (event: KeyboardEvent) => void;
  onToggle: (location: Location) => void;
  /** "Toon meer", with the number of results shown so far. */
  onMore: (shown: number) => void;
}

/**
 * The numbered result list (`part="list"`, each result `part="item"` with its choose button) and
 * "Toon meer" when there are more; also the next instant a shown status changes, to wake at.
 */
export function renderResultList(
  view: LocatorView,
  options: ResultListOptions,
): { template: TemplateResult; wake: Date | undefined } {
  const { items, total, now } = options;
  let wake: Date | undefined;
  const list = html`<ol
    class="list"
    part="list"
    role="list"
    aria-label=${view.t.locatorResults}
    aria-busy=${options.stale ? 'true' : 'false'}
    @keydown=${options.onKeydown}
  >
    ${items.map((match, index) => {
      const phone = match.location.hours.phone;
      for (const hours of [idoHours(match.location).hours, ...(phone ? [phone] : [])]) {
        const next = nextStatusChange(hours, now);
        if (next && (!wake || next < wake)) wake = next;
      }
      return renderItem(view, options, match, index);
    })}
  </ol>`;
  const template = html`${list}
  ${
    items.length < total
      ? html`<button
          type="button"
          class="ido-button ido-button--secondary more"
          @click=${() => options.onMore(items.length)}
        >
          ${view.t.locatorMore}
        </button>`
      : nothing
  }`;
  return { template, wake };
}

function renderItem(
  view: LocatorView,
  options: ResultListOptions,
  { location, distanceKm }: LocationMatch,
  index: number,
): TemplateResult {
  const t = view.t;
  const chosen = location.id === options.selected;
  const { kind, hours } = idoHours(location);
  const now = options.now;
  const status = openingStatus(hours, now);
  const statusText = formatStatus(status, now, {
    lang: 'nl',
    timeZone: hours.timeZone,
    texts: t.calendar,
  });
  const level = Math.min(6, Math.max(2, Math.round(options.headingLevel) || 3));
  const heading = unsafeStatic(`h${level}`);
  const name = location.name;
  const forName = html`<span class="ido-visually-hidden">${t.locatorFor(name)}</span>`;
  const tel = telUrl(location.contact.phone);
  const website = safeUrl(location.contact.website);
  const appointment = safeUrl(location.contact.appointmentUrl);
  const { street, houseNumber, postcode, city } = location.address;
  return html`<li class="item" part="item" aria-current=${chosen ? 'true' : 'false'}>
    <div class="head">
      <span class="num" aria-hidden="true">${index + 1}</span>
      <div class="title">
        ${staticHtml`<${heading} class="name">${name}</${heading}>`}
        ${
          distanceKm !== undefined
            ? html`<span class="distance"
                ><span class="ido-visually-hidden">${t.locatorDistance} </span>${t.distanceKm(
                  formatDistance(distanceKm, view.locale),
                )}</span
              >`
            : nothing
        }
      </div>
    </div>
    <p class="address">
      <bdi dir="ltr">${street} ${houseNumber}</bdi><br /><bdi dir="ltr">${postcode} ${city}</bdi>
    </p>
    <p class="hours hours-line">
      <span class="hours-label">${t.locatorHoursLabel(kind)}</span>
      <span class="ido-status ido-status--${status.state}">${statusText}</span>
    </p>
    ${location.hours.phone ? renderPhoneHours(view, location.hours.phone, now) : nothing}
    ${
      location.services.length
        ? html`<ul class="services">
            ${location.services.map((s) => html`<li>${t.locatorService[s]}</li>`)}
          </ul>`
        : nothing
    }
    ${
      location.languages.length
        ? html`<p class="languages">
            ${t.locatorLanguages} ${languageList(location.languages, view.locale)}
          </p>`
        : nothing
    }
    ${renderBring(t.locatorBring, location.bring)}
    <p class="links">
      ${
        tel
          ? html`<a class="ido-link ido-target" href=${tel}
              >${t.locatorCall(view.isolate(location.contact.phone!))}</a
            >`
          : location.contact.phone
            ? html`<span>${t.locatorPhone(view.isolate(location.contact.phone))}</span>`
            : nothing
      }
      ${
        appointment
          ? html`<a class="ido-link ido-target" href=${appointment}
              >${t.locatorAppointment}${forName}</a
            >`
          : nothing
      }
      ${
        website
          ? html`<a class="ido-link ido-target" href=${website}>${t.locatorWebsite}${forName}</a>`
          : nothing
      }
    </p>
    <p class="route">
      <span>${t.locatorRoute}</span>
      ${TRAVEL_MODES.map(
        (mode) =>
          html`<a class="ido-link ido-target" href=${routeUrl(location.geo, mode)}
            >${travelText(view, mode)}${forName}</a
          >`,
      )}
    </p>
    ${renderChoose({
      chosen,
      label: t.locatorSelect,
      forName,
      chosenText: t.locatorSelected,
      onClick: () => options.onToggle(location),
    })}
  </li>`;
}

/** When the Informatiepunt answers the phone: its status now ("Nu open · sluit om 12:00"). */
function renderPhoneHours(view: LocatorView, hours: OpeningHours, now: Date): TemplateResult {
  const status = openingStatus(hours, now);
  const text = formatStatus(status, now, {
    lang: 'nl',
    timeZone: hours.timeZone,
    texts: view.t.calendar,
  });
  return html`<p class="phone-hours hours-line">
    <span class="hours-label">${view.t.locatorPhoneHours}</span>
    <span class="ido-status ido-status--${status.state}">${text}</span>
  </p>`;
}

function travelText(view: LocatorView, mode: TravelMode): string {
  if (mode === 'transit') return view.t.locatorRouteTransit;
  if (mode === 'walking') return view.t.locatorRouteWalking;
  return view.t.locatorRouteCycling;
}

/** What a search that found nothing offers instead. */
export interface EmptyOptions {
  /** The help line to suggest. */
  helpline: Helpline | undefined;
  /** Search again with this larger radius. */
  onWiden: (km: number) => void;
  /** Search again without "open now". */
  onShowClosed: () => void;
}

/** Nothing found: a wider radius, closed locations too, and the help line. */
export function renderEmpty(
  view: LocatorView,
  outcome: Results,
  options: EmptyOptions,
): TemplateResult {
  const wider = LOCATOR_RADII.find((km) => km > outcome.radiusKm);
  return html`<div class="empty">
    ${outcome.openNow ? html`<p>${view.t.locatorNoneOpen}</p>` : nothing}
    ${renderNextSteps([
      !!wider && {
        label: view.t.locatorWiden(formatNumber(wider, view.locale)),
        primary: true,
        onClick: () => options.onWiden(wider),
      },
      outcome.openNow && { label: view.t.locatorShowClosed, onClick: options.onShowClosed },
    ])}
    ${renderHelpline(view, options.helpline)}
  </div>`;
}

/** "U kunt ook bellen voor hulp: …", with the locator's words (see `shared/helpline.ts`). */
export function renderHelpline(
  view: LocatorView,
  line: Helpline | undefined,
): TemplateResult | typeof nothing {
  return renderSharedHelpline(view, view.t.locatorHelpline, line);
}
