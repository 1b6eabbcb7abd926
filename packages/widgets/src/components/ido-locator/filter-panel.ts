import type { LocationService } from '@idokit/sdk';
import { html, type TemplateResult } from 'lit';
import type { LocatorView } from './result-list.js';
import { checkedState } from '../../base/checked-state.js';
import { formatNumber } from '../../localization/numbers.js';
import { LOCATOR_FILTER_SERVICES, radiusChoices } from './search-state.js';

/** The filters as they are, and what to call when the resident changes one. */
export interface FilterOptions {
  openNow: boolean;
  services: readonly LocationService[];
  /** In km; a radius that is not one of the choices is added to them. */
  radius: number;
  onOpenNow: (on: boolean) => void;
  onService: (service: LocationService, on: boolean) => void;
  onRadius: (km: number) => void;
}

/** The filters under the search field: open now, the services, and the radius. */
export function renderFilters(view: LocatorView, options: FilterOptions): TemplateResult {
  const t = view.t;
  const checked = (event: Event) => (event.target as HTMLInputElement).checked;
  return html`<fieldset class="filters">
    <legend>${t.locatorFilters}</legend>
    <label class="check">
      <input
        type="checkbox"
        ?checked=${options.openNow}
        ${checkedState(options.openNow)}
        @change=${(e: Event) => options.onOpenNow(checked(e))}
      />
      ${t.locatorOpenNow}
    </label>
    ${LOCATOR_FILTER_SERVICES.map(
      (service) =>
        html`<label class="check">
          <input
            type="checkbox"
            ?checked=${options.services.includes(service)}
            ${checkedState(options.services.includes(service))}
            @change=${(e: Event) => options.onService(service, checked(e))}
          />
          ${t.locatorService[service]}
        </label>`,
    )}
    <span class="radius">
      <label for="radius">${t.locatorRadiusLabel}</label>
      <select
        id="radius"
        class="ido-input"
        @change=${(e: Event) => options.onRadius(Number((e.target as HTMLSelectElement).value))}
      >
        ${radiusChoices(options.radius).map(
          (km) =>
            html`<option value=${km} ?selected=${km === options.radius}>
              ${t.locatorRadiusOption(formatNumber(km, view.locale))}
            </option>`,
        )}
      </select>
    </span>
  </fieldset>`;
}
