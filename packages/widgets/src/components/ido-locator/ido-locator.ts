import { TaskStatus } from '@lit/task';
import {
  currentPosition,
  formatStatus,
  idoHours,
  isIdoGeocodeError,
  isIdoPostcodeError,
  isPostcodeLike,
  nextStatusChange,
  openingStatus,
  parsePostcode,
  type GeocodeFailure,
  type Location,
  type LocationQuery,
  type LocationSearchResult,
  type LocationService,
  type PostcodeProblem,
} from '@idokit/sdk';
import {
  html,
  nothing,
  supportsAdoptingStyleSheets,
  type CSSResult,
  type PropertyValues,
} from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { defineElement } from '../../base/define-element.js';
import { IdoElement } from '../../base/ido-element.js';
import { moveFocusInList } from '../../base/list-keys.js';
import { safeUrl, telUrl } from '../../base/safe-url.js';
import { dataTask, type Retryable } from '../../controllers/data-controller.js';
import { NowController } from '../../controllers/now-controller.js';
import { IdoLocationSelectEvent } from '../../events/ido-location-select.js';
import { languageList } from '../../localization/language-names.js';
import { IdoSearchEvent } from '../../events/ido-search.js';
import { errorMessage } from '../../localization/error-message.js';
import { readDeepLink, writeDeepLink } from './deep-link.js';
import { locatorStyles } from './ido-locator.styles.js';
import type * as MapViewModule from './map-view.js';
import type { LocatorMap, MapPoint } from './map-view.js';
import { routeUrl, TRAVEL_MODES, type TravelMode } from './route-links.js';
import type { LocatorStrings } from './strings.js';
import { locatorTexts } from './texts.js';

/** The PDOK BRT-Achtergrondkaart (standard style), the default base map. */
export const PDOK_TILES =
  'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png';

/** The radius choices, in km. */
export const LOCATOR_RADII = [5, 10, 25, 50] as const;

/** The services a resident can filter on (the others are shown, not filtered). */
export const LOCATOR_FILTER_SERVICES: readonly LocationService[] = [
  'walk-in',
  'by-appointment',
  'by-phone',
];

/** Where a search is measured from: what the resident typed, or the device's rounded position. */
type Origin =
  | { kind: 'postcode'; postcode: string; text: string }
  | { kind: 'place'; place: string; text: string }
  | { kind: 'near'; lat: number; lon: number };

/** Something wrong with what was typed, said next to the field rather than as a failure. */
type InputProblem =
  | { kind: 'postcode'; problem: PostcodeProblem }
  | { kind: 'not-found'; text: string }
  | { kind: 'too-short' };

/** What one search produced. */
type Outcome =
  | {
      kind: 'results';
      origin: Origin;
      result: LocationSearchResult;
      radiusKm: number;
      openNow: boolean;
    }
  | { kind: 'invalid'; origin: Origin; problem: InputProblem };

/** The item or status to focus once the running search has rendered. */
type FocusTarget = 'status' | { item: number };

/** What the resident typed for this origin; empty for their own position. */
const typedText = (origin: Origin) => (origin.kind === 'near' ? '' : origin.text);

/** ~100 m: enough to sort desks by distance, too coarse to point at someone's home. */
const roundCoordinate = (value: number) => Math.round(value * 1000) / 1000;

const servicesConverter = {
  fromAttribute: (value: string | null): LocationService[] =>
    (value ?? '')
      .split(/[\s,]+/)
      .filter((s): s is LocationService => (LOCATOR_FILTER_SERVICES as string[]).includes(s)),
  toAttribute: (value: LocationService[]) => value.join(','),
};

/**
 * Finds the nearest Informatiepunt Digitale Overheid by postcode, place name or the device's
 * position, and lists them nearest first with distance, open or closed now (IDO hours, else the
 * library's), how to get help (walk in, appointment, phone), languages spoken, a phone link and
 * route links for public transport, walking and cycling. A map is optional and loads only when
 * asked for; the list is complete without it.
 *
 * Deep links: on load it searches for `?postcode=1234AB`, `?plaats=Zwolle` or `?place=Zwolle`
 * from the page's address; with `deep-link` it also writes the current search back
 * (`history.replaceState`, other parameters kept; a device position is never written).
 * The device position is asked for only on a click, rounded to about 100 m, and never stored.
 * No cookies, no storage, no fonts or scripts from elsewhere.
 *
 * @summary Find an IDO nearby: search form, result list, optional map.
 * @tagname ido-locator
 * @wordpressIcon location
 * @embedExample query="3511 AB" radius="10" map
 * @embedValues services="walk-in,by-phone" limit="5" tiles="https://tiles.example/{z}/{x}/{y}.png" helpline="0800 1234" heading-level="2" selected="ido-utrecht-centrum"
 *
 * @attr api - Base URL of an IDO Kit server (or use `feed`, or an `<ido-provider>`).
 * @attr feed - URL of a static `feed.json`.
 * @attr lang - `nl` (default) or `en`; otherwise inherited.
 *
 * @event {IdoLocationSelectEvent} ido-location-select - A resident chose a location in the list or on the map; `detail: { location }`. Choosing it again un-chooses it without an event.
 * @event {IdoSearchEvent} ido-search - A search finished and its results are shown; `detail: { query, total }` (`query` is what was typed, `''` for "my location").
 * @event {IdoErrorEvent} ido-error - The search failed (network, server, bad feed); `detail: { error, message }`. Input problems (an unknown place) are shown at the field instead.
 *
 * @csspart base - The wrapper of everything.
 * @csspart form - The search form (a search landmark).
 * @csspart input - The postcode or place field.
 * @csspart status - The line that announces the number of results (a live region).
 * @csspart list - The result list (`<ol>`).
 * @csspart item - One result (`<li>`); the chosen one has `aria-current="true"`.
 * @csspart map - The map's container.
 * @csspart error - The box that says a search failed, with its retry button.
 *
 * @cssstate loading - A search is running.
 * @cssstate results - Results are shown.
 * @cssstate empty - The search found nothing.
 * @cssstate error - The search failed; a message and a retry button are shown.
 *
 * @cssproperty [--ido-locator-map-height=24em] - Height of the map (at most 60% of the window); in `em`, so a host's root font size (`html { font-size: 62.5% }`) does not shrink it.
 */
export class IdoLocator extends IdoElement<LocatorStrings> {
  static override styles = [IdoElement.styles, locatorStyles];

  /** A language speaks here when it has the shared, calendar and locator text. */
  static override texts = locatorTexts;

  /** Text to search for when the element loads (a `?postcode=`/`?plaats=` in the address wins). */
  @property() query?: string;

  /** Search radius in km: 5, 10, 25 or 50. */
  @property({ type: Number, reflect: true }) radius = 25;

  /** Only show locations that are open now (IDO hours, else library hours). */
  @property({ type: Boolean, reflect: true, attribute: 'open-now' }) openNow = false;

  /** Only show locations that offer all of these: `walk-in`, `by-appointment`, `by-phone` (comma-separated). */
  @property({ converter: servicesConverter }) services: LocationService[] = [];

  /** How many results to show at first, and how many more per "Toon meer". */
  @property({ type: Number }) limit = 10;

  /** Write the current search into the page's address (`?postcode=…`), without reloading. */
  @property({ type: Boolean, attribute: 'deep-link' }) deepLink = false;

  /** Offer a map ("Toon op kaart"); its code loads only when opened. */
  @property({ type: Boolean }) map = false;

  /** Tile URL template of the map. */
  @property() tiles = PDOK_TILES;

  /** A national help line to suggest when nothing is found (else the feed's `helpline`). */
  @property() helpline?: string;

  /** Level of the result headings (2–6); pick the one below the heading above the element. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Id of the chosen location; set by the resident's choice, or by the page. */
  @property({ reflect: true }) selected?: string;

  /** The Geolocation API to use (tests, or an app's own). Default: `navigator.geolocation`. */
  @property({ attribute: false }) geolocation?: Geolocation;

  @state() private origin?: Origin;
  @state() private text = '';
  @state() private fieldProblem?: InputProblem;
  /** Bumped on every rejected submit, so the alert is re-inserted and read again. */
  @state() private fieldProblemCount = 0;
  @state() private geoProblem?: GeocodeFailure;
  @state() private locating = false;
  @state() private shown = 10;
  /** The instant "open now" is judged at, taken when the search starts (undefined: the server's clock). */
  @state() private searchAt?: Date;
  @state() private mapOpen = false;
  @state() private mapStatus: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';

  @query('#q') private input?: HTMLInputElement;
  @query('#status') private statusLine?: HTMLElement;
  @query('#map') private mapContainer?: HTMLElement;

  private readonly time = new NowController(this);
  private geoAbort?: AbortController;
  private pendingFocus?: FocusTarget;
  private reported?: Outcome;
  private mapView?: LocatorMap;
  private mapModule?: Promise<typeof MapViewModule>;
  private mapStylesAdopted = false;
  /** The last help line a search brought (the feed's), offered again when a search fails. */
  private knownHelpline?: { phone: string; label?: string | undefined };

  private readonly results = dataTask(this, {
    args: () =>
      [
        this.origin,
        this.radius,
        this.openNow,
        this.services,
        this.shown,
        this.openNow ? this.searchAt : undefined,
      ] as const,
    task: async ([origin, radiusKm, openNow, services, limit, at], { client, signal }) => {
      if (!origin) return undefined;
      const query: LocationQuery = { radiusKm, limit };
      if (origin.kind === 'postcode') query.postcode = origin.postcode;
      else if (origin.kind === 'place') query.place = origin.place;
      else query.near = { lat: origin.lat, lon: origin.lon };
      if (services.length) query.services = [...services];
      if (openNow) query.openNow = true;
      if (openNow && at) query.at = at;
      let result: LocationSearchResult;
      try {
        result = await client.searchLocations(query, { signal });
      } catch (error) {
        const problem = inputProblem(error, origin);
        if (problem) return { kind: 'invalid', origin, problem } satisfies Outcome;
        throw error;
      }
      return { kind: 'results', origin, result, radiusKm, openNow } satisfies Outcome;
    },
  });

  /**
   * Searches for a postcode or place as a resident would type it. A malformed postcode is not
   * sent anywhere: the field says what is wrong. Returns whether a search started.
   */
  search(text: string): boolean {
    return this.runSearch(text, this.deepLink);
  }

  private runSearch(text: string, writeLink: boolean): boolean {
    const value = text.trim();
    // What the resident typed wins over a position still on its way.
    this.geoAbort?.abort();
    this.geoAbort = undefined;
    this.locating = false;
    this.text = text;
    this.geoProblem = undefined;
    let origin: Origin;
    if (!value) return this.reject({ kind: 'postcode', problem: 'empty' });
    if (isPostcodeLike(value)) {
      try {
        origin = { kind: 'postcode', postcode: parsePostcode(value).formatted, text: value };
      } catch (error) {
        if (!isIdoPostcodeError(error)) throw error;
        return this.reject({ kind: 'postcode', problem: error.problem });
      }
    } else {
      origin = { kind: 'place', place: value, text: value };
    }
    this.fieldProblem = undefined;
    this.start(origin);
    if (writeLink) {
      this.writeLink(origin.kind === 'postcode' ? { postcode: origin.postcode } : { place: value });
    }
    return true;
  }

  /**
   * Asks the browser for the device's position (it asks the resident first) and searches near
   * it. When that is refused or fails, says so plainly and moves focus to the search field.
   */
  async locate(): Promise<void> {
    this.geoAbort?.abort();
    const abort = new AbortController();
    this.geoAbort = abort;
    this.geoProblem = undefined;
    this.fieldProblem = undefined;
    this.locating = true;
    try {
      const position = await currentPosition({
        signal: abort.signal,
        ...(this.geolocation ? { geolocation: this.geolocation } : {}),
      });
      if (abort.signal.aborted) return;
      this.text = '';
      this.start({
        kind: 'near',
        lat: roundCoordinate(position.lat),
        lon: roundCoordinate(position.lon),
      });
      if (this.deepLink) this.writeLink(undefined);
    } catch (error) {
      if (abort.signal.aborted) return;
      this.geoProblem = isIdoGeocodeError(error) ? error.reason : 'position-unavailable';
      await this.updateComplete;
      this.input?.focus();
    } finally {
      if (this.geoAbort === abort) this.locating = false;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.geoAbort?.abort();
    this.mapView?.destroy();
    this.mapView = undefined;
    this.mapOpen = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) {
      this.shown = this.limit;
      const link = globalThis.location ? readDeepLink(globalThis.location.search) : undefined;
      const initial = link ? ('postcode' in link ? link.postcode : link.place) : this.query;
      // Not written back: the address already says it, or the page chose the default.
      if (initial) this.runSearch(initial, false);
    } else if (changed.has('query') && this.query) {
      this.runSearch(this.query, false);
    }
    if (
      this.hasUpdated &&
      (changed.has('radius') || changed.has('openNow') || changed.has('services'))
    ) {
      this.shown = this.limit;
      this.stamp();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const outcome = this.completedOutcome();
    const results = outcome?.kind === 'results' ? outcome.result : undefined;
    this.setState('results', !!results && results.total > 0);
    this.setState('empty', !!results && results.total === 0);
    if (outcome && outcome !== this.reported) {
      this.reported = outcome;
      if (results) {
        this.emit(new IdoSearchEvent({ query: typedText(outcome.origin), total: results.total }));
      }
    }
    // A failed "show more" or retry has no item or result line to focus: focusFallback did.
    if (this.results.status === TaskStatus.ERROR) this.pendingFocus = undefined;
    if (outcome && this.pendingFocus !== undefined) {
      const target = this.pendingFocus;
      this.pendingFocus = undefined;
      const buttons = this.selectButtons();
      const item = typeof target === 'object' ? buttons[target.item] : undefined;
      (item ?? this.statusLine)?.focus();
    }
    this.syncMap();
  }

  protected override render() {
    const outcome = this.visibleOutcome();
    const pending = this.results.status === TaskStatus.PENDING && !!this.origin;
    const results = outcome?.kind === 'results' ? outcome : undefined;
    const failed = this.results.status === TaskStatus.ERROR || this.results.retrying;
    const found = !failed && (results?.result.total ?? 0) > 0;
    // No map without results: an empty map says nothing ("Nu open" with nothing open).
    const showMapToggle = this.map && found;
    return html`<div
      class="base"
      part="base"
      role="region"
      lang=${this.language}
      dir=${this.direction}
      aria-label=${this.t.locatorLabel}
    >
      ${this.renderForm()}
      <p
        id="status"
        class="status"
        part="status"
        role="status"
        tabindex="-1"
        .textContent=${this.statusText(pending)}
      ></p>
      ${failed ? this.renderFailure(this.results.error) : nothing}
      ${
        showMapToggle
          ? html`<button
              type="button"
              class="ido-button ido-button--secondary map-toggle"
              aria-expanded=${this.mapOpen ? 'true' : 'false'}
              aria-controls="map"
              @click=${this.toggleMap}
            >
              ${this.mapOpen ? this.t.locatorHideMap : this.t.locatorShowMap}
            </button>`
          : nothing
      }
      ${this.map ? this.renderMapPanel(results, found) : nothing}
      ${
        results && this.results.status !== TaskStatus.ERROR
          ? results.result.total > 0
            ? this.renderList(results, pending)
            : this.renderEmpty(results)
          : nothing
      }
    </div>`;
  }

  private renderForm() {
    const t = this.t;
    const problem = this.inputProblem();
    const describedBy = ['q-hint', problem ? 'q-error' : '', this.geoProblem ? 'geo-error' : '']
      .filter(Boolean)
      .join(' ');
    const mode = this.resolvedClient?.mode ?? 'feed';
    return html`<form
      class="form"
      part="form"
      role="search"
      aria-label=${t.locatorFormLabel}
      novalidate
      @submit=${this.onSubmit}
    >
      <div class="field">
        <label class="ido-label" for="q">${t.locatorSearchLabel}</label>
        <span class="ido-hint" id="q-hint">${t.locatorSearchHint}</span>
        ${
          problem
            ? keyed(
                this.fieldProblemCount,
                html`<p class="ido-field-error" id="q-error" role="alert">
                  ${this.problemText(problem)}
                </p>`,
              )
            : nothing
        }
        ${
          this.geoProblem
            ? html`<p class="ido-field-error" id="geo-error">${this.geoText(this.geoProblem)}</p>`
            : nothing
        }
        <div class="search-row">
          <input
            id="q"
            class="ido-input"
            part="input"
            type="text"
            name="q"
            autocomplete="postal-code"
            enterkeyhint="search"
            spellcheck="false"
            .value=${live(this.text)}
            aria-describedby=${describedBy}
            aria-invalid=${problem ? 'true' : 'false'}
            @input=${(e: Event) => (this.text = (e.target as HTMLInputElement).value)}
          />
          <button class="ido-button" type="submit">${t.locatorSearchButton}</button>
        </div>
      </div>
      <div class="locate">
        <span class="or" aria-hidden="true">${t.locatorOr}</span>
        <button
          type="button"
          class="ido-button ido-button--secondary"
          aria-describedby="geo-info"
          @click=${() => void this.locate()}
        >
          ${t.locatorUseLocation}
        </button>
        <p class="info" id="geo-info">${t.locatorUseLocationInfo(mode)}</p>
      </div>
      <fieldset class="filters">
        <legend>${t.locatorFilters}</legend>
        <label class="check">
          <input
            type="checkbox"
            .checked=${this.openNow}
            @change=${(e: Event) => (this.openNow = (e.target as HTMLInputElement).checked)}
          />
          ${t.locatorOpenNow}
        </label>
        ${LOCATOR_FILTER_SERVICES.map(
          (service) =>
            html`<label class="check">
              <input
                type="checkbox"
                .checked=${this.services.includes(service)}
                @change=${(e: Event) => this.toggleService(service, e)}
              />
              ${t.locatorService[service]}
            </label>`,
        )}
        <span class="radius">
          <label for="radius">${t.locatorRadiusLabel}</label>
          <select
            id="radius"
            class="ido-input"
            @change=${(e: Event) => (this.radius = Number((e.target as HTMLSelectElement).value))}
          >
            ${this.radii().map(
              (km) =>
                html`<option value=${km} ?selected=${km === this.radius}>
                  ${t.locatorRadiusOption(this.formatNumber(km))}
                </option>`,
            )}
          </select>
        </span>
      </fieldset>
    </form>`;
  }

  private renderList(outcome: Extract<Outcome, { kind: 'results' }>, stale: boolean) {
    const { items, total } = outcome.result;
    const now = this.time.now;
    let wake: Date | undefined;
    const list = html`<ol
      class="list"
      part="list"
      role="list"
      aria-label=${this.t.locatorResults}
      aria-busy=${stale ? 'true' : 'false'}
      @keydown=${this.onListKeydown}
    >
      ${items.map((match, index) => {
        const next = nextStatusChange(idoHours(match.location).hours, now);
        if (next && (!wake || next < wake)) wake = next;
        return this.renderItem(match.location, match.distanceKm, index);
      })}
    </ol>`;
    this.time.wakeAt(wake);
    return html`${list}
    ${
      items.length < total
        ? html`<button
            type="button"
            class="ido-button ido-button--secondary more"
            @click=${() => this.showMore(items.length)}
          >
            ${this.t.locatorMore}
          </button>`
        : nothing
    }`;
  }

  private renderItem(location: Location, distanceKm: number | undefined, index: number) {
    const t = this.t;
    const chosen = location.id === this.selected;
    const { kind, hours } = idoHours(location);
    const now = this.time.now;
    const status = openingStatus(hours, now);
    const statusText = formatStatus(status, now, {
      lang: 'nl',
      timeZone: hours.timeZone,
      texts: t.calendar,
    });
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
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
                    this.formatDistance(distanceKm),
                  )}</span
                >`
              : nothing
          }
        </div>
      </div>
      <p class="address">
        <bdi dir="ltr">${street} ${houseNumber}</bdi><br /><bdi dir="ltr">${postcode} ${city}</bdi>
      </p>
      <p class="hours">
        <span class="hours-label">${t.locatorHoursLabel(kind)}</span>
        <span class="ido-status ido-status--${status.state}">${statusText}</span>
      </p>
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
              ${t.locatorLanguages} ${languageList(location.languages, this.locale)}
            </p>`
          : nothing
      }
      <p class="links">
        ${
          tel
            ? html`<a class="ido-link ido-target" href=${tel}
                >${t.locatorCall(this.isolate(location.contact.phone!))}</a
              >`
            : location.contact.phone
              ? html`<span>${t.locatorPhone(this.isolate(location.contact.phone))}</span>`
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
              >${this.travelText(mode)}${forName}</a
            >`,
        )}
      </p>
      <div class="choose">
        <button
          type="button"
          class="ido-button ido-button--secondary select"
          aria-pressed=${chosen ? 'true' : 'false'}
          @click=${() => this.toggleSelected(location)}
        >
          ${t.locatorSelect}${forName}
        </button>
        ${chosen ? html`<span class="chosen" aria-hidden="true">${t.locatorSelected}</span>` : nothing}
      </div>
    </li>`;
  }

  private renderEmpty(outcome: Extract<Outcome, { kind: 'results' }>) {
    const wider = LOCATOR_RADII.find((km) => km > outcome.radiusKm);
    if (outcome.result.helpline) this.knownHelpline = outcome.result.helpline;
    return html`<div class="empty">
      ${outcome.openNow ? html`<p>${this.t.locatorNoneOpen}</p>` : nothing}
      <div class="next">
        ${
          wider
            ? html`<button
                type="button"
                class="ido-button"
                @click=${() => {
                  this.pendingFocus = 'status';
                  this.radius = wider;
                }}
              >
                ${this.t.locatorWiden(this.formatNumber(wider))}
              </button>`
            : nothing
        }
        ${
          outcome.openNow
            ? html`<button
                type="button"
                class="ido-button ido-button--secondary"
                @click=${() => {
                  this.pendingFocus = 'status';
                  this.openNow = false;
                }}
              >
                ${this.t.locatorShowClosed}
              </button>`
            : nothing
        }
      </div>
      ${this.renderHelpline()}
    </div>`;
  }

  /**
   * "U kunt ook bellen voor hulp: …": the element's `helpline`, else the last one a search
   * brought. The link says whose number it is, then the number ("Informatiepunt Digitale
   * Overheid: 0800 0000"), so a label with its own brackets nests none.
   */
  private renderHelpline() {
    const line = this.helpline ? { phone: this.helpline } : this.knownHelpline;
    const tel = telUrl(line?.phone);
    if (!line || !tel) return nothing;
    const phone = this.isolate(line.phone);
    return html`<p class="helpline">
      ${this.t.locatorHelpline}
      <a class="ido-link ido-target" href=${tel}
        >${line.label ? `${line.label}: ${phone}` : phone}</a
      >
    </p>`;
  }

  private renderMapPanel(
    results: Extract<Outcome, { kind: 'results' }> | undefined,
    found: boolean,
  ) {
    const count = results?.result.items.length ?? 0;
    return html`<div class="map-panel" ?hidden=${!this.mapOpen || !found}>
      ${
        this.mapStatus === 'loading'
          ? html`<p class="ido-loading">${this.t.locatorMapLoading}</p>`
          : nothing
      }
      ${
        this.mapStatus === 'failed'
          ? html`<p class="ido-alert" role="alert">${this.t.locatorMapFailed}</p>`
          : nothing
      }
      <div
        id="map"
        class="map"
        part="map"
        role="region"
        aria-label=${this.t.locatorMapLabel(count)}
        ?hidden=${this.mapStatus !== 'ready'}
      ></div>
    </div>`;
  }

  /**
   * The shared error box, with a specific text when looking up places is what failed, and the
   * help line. A retry button (and "probeer het later opnieuw") only where trying again can
   * help: a dropped connection or a server error, not data that is wrong or missing.
   */
  private renderFailure(error: unknown) {
    const geocoderDown = isIdoGeocodeError(error) && error.reason === 'unavailable';
    const message = geocoderDown ? this.t.locatorGeocodeUnavailable : errorMessage(error, this.t);
    return html`${
      this.canRetry(error)
        ? this.renderError(error, this.retryable(), { message })
        : this.renderError(error, undefined, { message })
    }${this.renderHelpline()}`;
  }

  /** The failed search's error box, its button busy while retrying, then the result line. */
  protected override focusFallback(): HTMLElement | null {
    return super.focusFallback() ?? this.statusLine ?? null;
  }

  private statusText(pending: boolean): string {
    const t = this.t;
    if (this.locating) return t.locatorLocating;
    if (pending) return t.locatorSearching;
    const outcome = this.completedOutcome();
    if (outcome?.kind !== 'results') return '';
    const { result, origin, radiusKm } = outcome;
    const from =
      origin.kind === 'near'
        ? t.locatorYourLocation
        : this.isolate(result.origin?.label ?? origin.text);
    const km = this.formatNumber(radiusKm);
    if (result.total === 0) return t.locatorNone(km, from);
    const found = t.locatorFound(result.total, km, from);
    return result.items.length < result.total
      ? `${found} ${t.locatorShowing(result.items.length)}`
      : found;
  }

  /** The outcome of the last finished search, or undefined while one runs or after a failure. */
  private completedOutcome(): Outcome | undefined {
    return this.results.status === TaskStatus.COMPLETE ? this.results.value : undefined;
  }

  /** What the list shows: the finished outcome, or the previous one while the next loads. */
  private visibleOutcome(): Outcome | undefined {
    const status = this.results.status;
    if (status === TaskStatus.COMPLETE || status === TaskStatus.PENDING) return this.results.value;
    return undefined;
  }

  /** The input problem to show at the field: a local one, or one the search ran into. */
  private inputProblem(): InputProblem | undefined {
    if (this.fieldProblem) return this.fieldProblem;
    const outcome = this.completedOutcome();
    return outcome?.kind === 'invalid' ? outcome.problem : undefined;
  }

  private problemText(problem: InputProblem): string {
    const t = this.t;
    switch (problem.kind) {
      case 'postcode':
        return t.locatorPostcodeProblem[problem.problem];
      case 'not-found':
        return t.locatorNotFound(problem.text);
      case 'too-short':
        return t.locatorTooShort;
    }
  }

  private geoText(reason: GeocodeFailure): string {
    if (reason === 'permission-denied') return this.t.locatorGeoDenied;
    if (reason === 'unsupported') return this.t.locatorGeoUnsupported;
    return this.t.locatorGeoUnavailable;
  }

  private travelText(mode: TravelMode): string {
    if (mode === 'transit') return this.t.locatorRouteTransit;
    if (mode === 'walking') return this.t.locatorRouteWalking;
    return this.t.locatorRouteCycling;
  }

  /** The radius choices, plus a page-set radius that is not one of them. */
  private radii(): number[] {
    const radii: number[] = [...LOCATOR_RADII];
    if (!radii.includes(this.radius)) radii.push(this.radius);
    return radii.sort((a, b) => a - b);
  }

  private formatNumber(value: number): string {
    return new Intl.NumberFormat(this.locale).format(value);
  }

  /** "1,2" below 10 km, "12" above: more digits would suggest a precision a straight line lacks. */
  private formatDistance(km: number): string {
    return new Intl.NumberFormat(this.locale, { maximumFractionDigits: km < 10 ? 1 : 0 }).format(
      km,
    );
  }

  private reject(problem: InputProblem): false {
    this.fieldProblem = problem;
    this.fieldProblemCount += 1;
    // The old results (or the old error) answer a question no longer on screen.
    this.origin = undefined;
    return false;
  }

  private start(origin: Origin): void {
    this.origin = origin;
    this.shown = this.limit;
    this.stamp();
  }

  /** Takes "now" for the "open now" filter from the element's clock, if it has its own. */
  private stamp(): void {
    const clock = this.clock;
    this.searchAt =
      clock === undefined ? undefined : typeof clock === 'function' ? clock() : new Date(clock);
  }

  private writeLink(query: Parameters<typeof writeDeepLink>[1]): void {
    const href = writeDeepLink(globalThis.location.href, query);
    if (href !== globalThis.location.href) history.replaceState(history.state, '', href);
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const ok = this.search(this.input?.value ?? this.text);
    // A click on the button leaves focus there; the problem is described at the field.
    if (!ok && event.submitter) void this.updateComplete.then(() => this.input?.focus());
  }

  private toggleService(service: LocationService, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    const rest = this.services.filter((s) => s !== service);
    this.services = on ? [...rest, service] : rest;
  }

  private showMore(count: number): void {
    this.pendingFocus = { item: count };
    this.shown = count + this.limit;
  }

  /** The search task as the error box sees it, now: retried with focus going to the result line. */
  private retryable(): Retryable {
    const results = this.results;
    return {
      retry: () => {
        this.pendingFocus = 'status';
        return results.retry();
      },
      retrying: results.retrying,
      failures: results.failures,
    };
  }

  private toggleSelected(location: Location): void {
    if (this.selected === location.id) {
      this.selected = undefined;
      return;
    }
    this.selected = location.id;
    this.mapView?.select(location.id, { reveal: true });
    this.emit(new IdoLocationSelectEvent({ location }));
  }

  private selectButtons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.list .select')];
  }

  /** Arrow keys move between the results' choose buttons; Home and End go to the ends. */
  private onListKeydown(event: KeyboardEvent): void {
    if ((event.target as HTMLElement).classList.contains('select'))
      moveFocusInList(event, this.selectButtons());
  }

  private async toggleMap(): Promise<void> {
    if (this.mapOpen) {
      this.mapOpen = false;
      return;
    }
    this.mapOpen = true;
    if (this.mapView) {
      await this.updateComplete;
      this.mapView.refresh();
      return;
    }
    this.mapStatus = 'loading';
    try {
      const module = await (this.mapModule ??= import('./map-view.js'));
      this.adoptMapStyles(module.mapViewStyles);
      this.mapStatus = 'ready';
      await this.updateComplete;
      if (!this.isConnected || !this.mapContainer || this.mapView) return;
      this.mapView = new module.LocatorMap(this.mapContainer, {
        tiles: this.tiles,
        texts: this.mapTexts(),
        reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
        onSelect: (id) => this.selectFromMap(id),
      });
      this.syncMap();
    } catch (error) {
      this.mapModule = undefined;
      this.mapStatus = 'failed';
      this.reportError(error);
    }
  }

  private selectFromMap(id: string): void {
    const outcome = this.visibleOutcome();
    const match =
      outcome?.kind === 'results'
        ? outcome.result.items.find((m) => m.location.id === id)
        : undefined;
    if (match) this.toggleSelected(match.location);
  }

  private adoptMapStyles(styles: readonly CSSResult[]): void {
    if (this.mapStylesAdopted) return;
    this.mapStylesAdopted = true;
    const root = this.renderRoot as ShadowRoot;
    const sheets = styles.map((s) => s.styleSheet).filter((s): s is CSSStyleSheet => !!s);
    if (supportsAdoptingStyleSheets && sheets.length === styles.length) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
      return;
    }
    for (const s of styles) {
      const style = document.createElement('style');
      style.textContent = s.cssText;
      root.append(style);
    }
  }

  private mapTexts() {
    return {
      attribution: this.t.locatorMapAttribution,
      zoomIn: this.t.locatorZoomIn,
      zoomOut: this.t.locatorZoomOut,
    };
  }

  /** Markers follow the list: same items, same numbers, same choice. */
  private syncMap(): void {
    const view = this.mapView;
    if (!view) return;
    const outcome = this.visibleOutcome();
    const items = outcome?.kind === 'results' ? outcome.result.items : [];
    const points: MapPoint[] = items.map(({ location, distanceKm }, index) => ({
      id: location.id,
      number: index + 1,
      lat: location.geo.lat,
      lon: location.geo.lon,
      label:
        `${index + 1}. ${location.name}` +
        (distanceKm === undefined ? '' : `, ${this.t.distanceKm(this.formatDistance(distanceKm))}`),
    }));
    view.setTexts(this.mapTexts());
    view.update(points, this.selected);
  }
}

/** Turns a failed search into a field message when the failure is about what was typed. */
function inputProblem(error: unknown, origin: Origin): InputProblem | undefined {
  const text = typedText(origin);
  if (isIdoPostcodeError(error)) return { kind: 'postcode', problem: error.problem };
  if (isIdoGeocodeError(error)) {
    if (error.reason === 'not-found') return { kind: 'not-found', text };
    if (error.reason === 'too-short') return { kind: 'too-short' };
    return undefined;
  }
  return undefined;
}

/** Registers `<ido-locator>` once. */
export function defineIdoLocator(): void {
  defineElement('ido-locator', IdoLocator);
}

declare global {
  interface HTMLElementTagNameMap {
    'ido-locator': IdoLocator;
  }
}
