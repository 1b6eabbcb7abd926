import { TaskStatus } from '@lit/task';
import {
  addDays,
  civilDate,
  currentPosition,
  isIdoGeocodeError,
  nearbySessions,
  type GeocodeFailure,
  type Location,
  type LocationQuery,
  type LocationSearchResult,
  type LocationService,
} from '@idokit/sdk';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { defineElement } from '../../base/define-element.js';
import { IdoElement } from '../../base/ido-element.js';
import { moveFocusInList } from '../../base/list-keys.js';
import { helplineFor } from '../../shared/helpline.js';
import { renderResultLine } from '../../shared/result-parts.js';
import { searchForm } from '../../shared/search-form.js';
import { dataTask, type Retryable } from '../../controllers/data-controller.js';
import { NowController } from '../../controllers/now-controller.js';
import { IdoLocationSelectEvent } from '../../events/ido-location-select.js';
import { IdoSearchEvent } from '../../events/ido-search.js';
import { errorMessage } from '../../localization/error-message.js';
import { readDeepLink, writeDeepLink } from './deep-link.js';
import { formatNumber } from '../../localization/numbers.js';
import { renderFilters } from './filter-panel.js';
import { locatorStyles } from './ido-locator.styles.js';
import { MapPanel } from './map-panel.js';
import { renderOutreachList } from './outreach-list.js';
import { renderEmpty, renderHelpline, renderResultList } from './result-list.js';
import {
  inputProblem,
  originOf,
  roundCoordinate,
  servicesConverter,
  typedText,
  type InputProblem,
  type Origin,
  type Outcome,
  type Results,
} from './search-state.js';
import type { LocatorStrings } from './strings.js';
import { locatorTexts } from './texts.js';

/** The PDOK BRT-Achtergrondkaart (standard style), the default base map. */
export const PDOK_TILES =
  'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png';

export { LOCATOR_FILTER_SERVICES, LOCATOR_RADII } from './search-state.js';

/** The item or status to focus once the running search has rendered. */
type FocusTarget = 'status' | { item: number };

/**
 * Finds the nearest Informatiepunt Digitale Overheid by postcode, place name or the device's
 * position, and lists them nearest first with distance, open or closed now (IDO hours, else the
 * library's), when the Informatiepunt answers the phone, how to get help (walk in, appointment,
 * phone), languages spoken, what to bring, a phone link and route links for public transport,
 * walking and cycling. Under the results, the outreach sessions of the coming 7 days (today
 * through 6 days ahead) that are as close as the shown results (or, with none that close, the
 * nearest few within the radius) get a short list of their own. A map is optional and loads only when asked for; the list is complete
 * without it. When nothing is found (or the search fails), a national help line is offered:
 * `helpline`, else the feed's, else the DigiHulplijn.
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
 * @csspart bring - What a resident should bring to a location.
 * @csspart helpline - The national help line offered when nothing was found or the search failed.
 * @csspart error - The box that says a search failed, with its retry button.
 * @csspart outreach - The short list of outreach sessions (IDO away from the library) near the search in the coming 7 days, under the results; absent when there are none.
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

  /**
   * Search radius in km: 5, 10, 25 or 50.
   * @type {5 | 10 | 25 | 50}
   */
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

  /** A national help line to suggest when nothing is found (else the feed's `helpline`, else the DigiHulplijn). */
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

  @query('#q') private input?: HTMLInputElement;
  @query('#status') private statusLine?: HTMLElement;

  private readonly time = new NowController(this);
  private geoAbort?: AbortController;
  private pendingFocus?: FocusTarget;
  private reported?: Outcome;
  /** Searches started so far: the outreach list asks again after each. */
  private searches = 0;
  private readonly mapPanel = new MapPanel(this, {
    items: () => {
      const outcome = this.visibleOutcome();
      return outcome?.kind === 'results' ? outcome.result.items : [];
    },
    onSelect: (id) => this.selectFromMap(id),
  });
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
   * Outreach sessions of the coming 7 days near the finished search's origin. A failure shows
   * nothing (an older server has no `/v1/outreach`): the results are what the resident came for.
   */
  private readonly outreach = dataTask(this, {
    reportErrors: false,
    args: () => {
      const outcome = this.completedOutcome();
      const result = outcome?.kind === 'results' ? outcome.result : undefined;
      if (!result?.origin || !outcome || outcome.kind !== 'results') return [undefined] as const;
      const farthest = Math.max(0, ...result.items.map((m) => m.distanceKm ?? 0));
      const { lat, lon } = result.origin;
      const today = civilDate(this.time.now, 'Europe/Amsterdam');
      // Every finished search asks again (`searches`): a session added meanwhile shows.
      return [
        { lat, lon, withinKm: farthest, radiusKm: outcome.radiusKm, today },
        this.searches,
      ] as const;
    },
    task: async ([near], { client, signal }) => {
      if (!near) return [];
      try {
        const sessions = await client.outreachSessions(
          { from: near.today, through: addDays(near.today, 6) },
          { signal },
        );
        return nearbySessions(sessions, near, {
          withinKm: near.withinKm,
          fallbackKm: near.radiusKm,
          limit: 5,
        });
      } catch (error) {
        if (signal.aborted) throw error;
        return [];
      }
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
    const parsed = originOf(value);
    if ('problem' in parsed) return this.reject(parsed.problem);
    const origin = parsed.origin;
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
    this.mapPanel.sync();
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
      ${this.renderForm()} ${renderResultLine(this.statusText(pending))}
      ${failed ? this.renderFailure(this.results.error) : nothing}
      ${showMapToggle ? this.mapPanel.renderToggle() : nothing}
      ${this.map ? this.mapPanel.renderPanel(results?.result.items.length ?? 0, found) : nothing}
      ${
        results && this.results.status !== TaskStatus.ERROR
          ? results.result.total > 0
            ? this.renderList(results, pending)
            : this.renderEmpty(results)
          : nothing
      }
      ${
        this.completedOutcome()?.kind === 'results'
          ? renderOutreachList(
              this,
              this.outreach.status === TaskStatus.COMPLETE ? (this.outreach.value ?? []) : [],
              this.headingLevel,
            )
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
    const messages = html`${
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
    }`;
    return searchForm(
      {
        label: t.locatorFormLabel,
        onSubmit: (event) => this.onSubmit(event),
        field: {
          label: t.locatorSearchLabel,
          hint: t.locatorSearchHint,
          button: t.locatorSearchButton,
          value: this.text,
          autocomplete: 'postal-code',
          spellcheck: false,
          describedBy,
          invalid: !!problem,
          messages,
          onInput: (e) => (this.text = (e.target as HTMLInputElement).value),
        },
      },
      html`<div class="locate">
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
        ${renderFilters(this, {
          openNow: this.openNow,
          services: this.services,
          radius: this.radius,
          onOpenNow: (on) => (this.openNow = on),
          onService: (service, on) => this.toggleService(service, on),
          onRadius: (km) => (this.radius = km),
        })}`,
    );
  }

  private renderList(outcome: Results, stale: boolean) {
    const { template, wake } = renderResultList(this, {
      items: outcome.result.items,
      total: outcome.result.total,
      stale,
      now: this.time.now,
      selected: this.selected,
      headingLevel: this.headingLevel,
      onKeydown: (event) => this.onListKeydown(event),
      onToggle: (location) => this.toggleSelected(location),
      onMore: (shown) => this.showMore(shown),
    });
    this.time.wakeAt(wake);
    return template;
  }

  private renderEmpty(outcome: Results) {
    if (outcome.result.helpline) this.knownHelpline = outcome.result.helpline;
    return renderEmpty(this, outcome, {
      helpline: this.helplineShown(),
      onWiden: (km) => {
        this.pendingFocus = 'status';
        this.radius = km;
      },
      onShowClosed: () => {
        this.pendingFocus = 'status';
        this.openNow = false;
      },
    });
  }

  /** The help line to suggest: the element's `helpline`, else the last one a search brought, else the default. */
  private helplineShown() {
    return helplineFor(this.helpline, this.knownHelpline);
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
    }${renderHelpline(this, this.helplineShown())}`;
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
    const km = formatNumber(radiusKm, this.locale);
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

  private reject(problem: InputProblem): false {
    this.fieldProblem = problem;
    this.fieldProblemCount += 1;
    // The old results (or the old error) answer a question no longer on screen.
    this.origin = undefined;
    return false;
  }

  private start(origin: Origin): void {
    this.searches += 1;
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

  private toggleService(service: LocationService, on: boolean): void {
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
    this.mapPanel.select(location.id);
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

  private selectFromMap(id: string): void {
    const outcome = this.visibleOutcome();
    const match =
      outcome?.kind === 'results'
        ? outcome.result.items.find((m) => m.location.id === id)
        : undefined;
    if (match) this.toggleSelected(match.location);
  }
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
