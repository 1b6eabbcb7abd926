import {
  civilDate,
  weekOf,
  formatDate,
  formatDayName,
  formatReason,
  formatStatus,
  IdoError,
  isIdoNotFoundError,
  nextStatusChange,
  openingStatus,
  weekSchedule,
  type DaySchedule,
  type Location,
  type OpeningHours,
} from '@idokit/sdk';
import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defineElement } from '../../base/define-element.js';
import { IdoElement } from '../../base/ido-element.js';
import { safeUrl, telUrl } from '../../base/safe-url.js';
import { dataTask } from '../../controllers/data-controller.js';
import { NowController } from '../../controllers/now-controller.js';
import { IdoErrorEvent } from '../../events/ido-error.js';
import {
  capitalise,
  changedDays,
  HOURS_SHOW,
  jsonLdText,
  nextDisplayChange,
  shownSchedules,
  zoneOf,
  type HoursShow,
  type ShownSchedule,
} from '../../shared/hours-view.js';
import { timeRange } from '../../shared/time-range.js';
import { renderBring } from '../../shared/bring.js';
import { helplineFor, renderHelpline } from '../../shared/helpline.js';
import { openingHoursStyles } from './ido-opening-hours.styles.js';
import { renderOutreachWeek } from './outreach-week.js';
import type { HoursStrings } from './strings.js';
import { hoursTexts } from './texts.js';

/**
 * The opening hours of one IDO location: whether it is open now, today's hours, this week as
 * a table, holidays and other changed days of the coming two weeks, and how to call or visit
 * the library's page. The location's outreach sessions that week (IDO consultations at another
 * address) are listed under the week table (for a location named by id, not a given object;
 * a server-rendered card adds them once its script runs). The IDO consultation hours sit beside the library's, and the hours the
 * Informatiepunt answers the phone when the data has them; what to bring follows. On a day the
 * location is closed, a national help line is offered (`helpline`, else the DigiHulplijn). Times are always
 * those of the location's zone (Europe/Amsterdam), whatever the reader's computer says, and the
 * status changes by itself at opening and closing time.
 *
 * Server-rendered HTML (`GET /v1/render/ido-opening-hours` of the IDO Kit server: declarative
 * shadow DOM, and the location as a `<script type="application/json" data-ido-location>`
 * child) is taken over without a request and without a visible change: the first render uses
 * the server's data and instant, the next the clock.
 *
 * It also puts schema.org JSON-LD for the location in the page (a
 * `<script type="application/ld+json">` child of the element, in the light DOM where search
 * engines read it); `no-json-ld` turns that off.
 *
 * @summary Opening hours of an IDO location and its library, with open/closed status.
 * @tagname ido-opening-hours
 * @wordpressIcon clock
 * @embedExample location="ido-zwolle-centrum" show="both"
 *
 * @event {IdoErrorEvent} ido-error - The location could not be loaded, does not exist, or none was given; `detail: { error, message }`.
 *
 * @csspart base - The whole element (in `compact` mode: the one status line).
 * @csspart status - An open/closed status ("Nu open · sluit om 17:00"), one per schedule shown.
 * @csspart today - The block with today's status and hours.
 * @csspart table - A week table (one for the IDO, one for the library).
 * @csspart exceptions - The list of holidays and other changed days in the coming 14 days.
 * @csspart contact - The phone, website and appointment links.
 * @csspart bring - What a resident should bring.
 * @csspart outreach - The location's outreach sessions (IDO away from the library) in the week shown ("Deze week ook: …"); absent when there are none.
 * @csspart helpline - The national help line, offered when the location is closed all day today.
 * @csspart loading - The loading message.
 * @csspart error - The error message (with a retry button when retrying can help).
 *
 * @cssstate open - The IDO (or, with `show="library"` or without IDO hours, the library) is open now.
 * @cssstate closed - It is closed now.
 * @cssstate loading - The location is loading.
 * @cssstate error - Loading failed or the location does not exist.
 *
 * @cssproperty [--ido-color-surface=#f3f3f3] - Background of today's block, today's row and the changes box.
 * @cssproperty [--ido-color-accent=#00587a] - The bar marking today's row and the changes box.
 * @cssproperty [--ido-color-positive=#1e6b34] - "Open" text (with `--ido-color-positive-bg`).
 * @cssproperty [--ido-color-negative=#b3261e] - "Closed" text (with `--ido-color-negative-bg`).
 * @cssproperty [--ido-color-link=#00587a] - Links.
 *
 * @example
 * <ido-opening-hours api="https://ido.bibliotheek.example" location="ido-zwolle-centrum"></ido-opening-hours>
 * <ido-opening-hours feed="/ido/feed.json" location="ido-zwolle-centrum" show="ido" compact></ido-opening-hours>
 */
export class IdoOpeningHours extends IdoElement<HoursStrings> {
  static override styles = [IdoElement.styles, openingHoursStyles];

  /** A language speaks here when it has the shared, calendar and opening-hours text. */
  static override texts = hoursTexts;

  /** Id of the location to load (`location="ido-zwolle-centrum"`). Ignored when `location` is set. */
  @property({ attribute: 'location', reflect: true }) locationId = '';

  /**
   * A location object to show as is (no request is made). Wins over the `location` attribute.
   * A string is taken as a location id, as the attribute is (React 19 and Vue 3 set this
   * property, not the attribute, for `location="ido-zwolle-centrum"`).
   */
  @property({ attribute: false }) location?: Location | string;

  /**
   * Which hours to show: `ido` (the consultation hours), `library`, or `both` (default). A
   * location without IDO hours has its IDO open whenever the library is.
   */
  @property({ reflect: true }) show: HoursShow = 'both';

  /** One line only: the status, e.g. "Nu open · sluit om 17:00". */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** A help line (phone number) to offer on a day the location is closed; default the DigiHulplijn. */
  @property() helpline?: string;

  /** Leave out the schema.org JSON-LD script (e.g. when the page has its own). */
  @property({ type: Boolean, reflect: true, attribute: 'no-json-ld' }) noJsonLd = false;

  private readonly time = new NowController(this);

  private readonly data = dataTask(this, {
    args: () => [this.locationId] as const,
    task: ([id], { client, signal }) => client.getLocation(id, { signal }),
    // A given object needs no request, and no client either.
    enabled: () => !this.given && !this.seeded && this.locationId !== '',
  });

  /**
   * The location's outreach sessions in the week shown, for a location named by id (also one a
   * server rendered: the sessions follow once the script runs). A location object is shown as
   * is, without a request; an older server without sessions shows none.
   */
  private readonly outreach = dataTask(this, {
    reportErrors: false,
    args: () => [this.locationId, weekOf(civilDate(this.time.now, 'Europe/Amsterdam'))] as const,
    task: async ([locationId, week], { client, signal }) => {
      try {
        return await client.outreachSessions({ ...week, locationId }, { signal });
      } catch (error) {
        if (signal.aborted) throw error;
        return [];
      }
    },
    enabled: () => !this.compact && !this.given && this.locationId !== '' && !!this.resolvedClient,
  });

  /** The location a server wrote into the element's HTML, shown while `location` names it. */
  private seed?: Location;

  /** The location the last render showed, for the custom states and the JSON-LD. */
  private shown?: { location: Location; state: 'open' | 'closed'; today: string };
  private jsonLd?: HTMLScriptElement;
  private jsonLdFor?: { location: Location; today: string };
  private missingReported = false;

  private get showMode(): HoursShow {
    return HOURS_SHOW.includes(this.show) ? this.show : 'both';
  }

  /** The server's location, while the `location` attribute still names it. */
  private get seeded(): Location | undefined {
    return this.seed && this.seed.id === this.locationId ? this.seed : undefined;
  }

  /** The location object to show, if one was given (not an id). */
  private get given(): Location | undefined {
    return typeof this.location === 'object' ? this.location : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A framework that set `.location` to an id meant the attribute.
    if (typeof this.location === 'string') {
      this.locationId = this.location;
      this.location = undefined;
    }
  }

  override connectedCallback(): void {
    if (!this.hasUpdated) this.readSeed();
    super.connectedCallback();
    // Moved elements take their JSON-LD along: put it back after a disconnect removed it.
    if (this.hasUpdated) this.requestUpdate();
  }

  /**
   * Reads the server's `<script type="application/json" data-ido-location>` child
   * (`{ location, renderedAt }`): the data the server rendered with. Only the server writes it;
   * its text goes through the same templates as the API's answer, so nothing in it becomes markup.
   */
  private readSeed(): void {
    const script = this.querySelector(
      ':scope > script[type="application/json"][data-ido-location]',
    );
    if (!script?.textContent) return;
    try {
      const data = JSON.parse(script.textContent) as { location?: Location; renderedAt?: string };
      if (!data.location || typeof data.location.id !== 'string' || !data.location.hours) return;
      this.seed = data.location;
      const at = data.renderedAt ? new Date(data.renderedAt) : undefined;
      if (at && !Number.isNaN(at.getTime())) this.time.hold(at);
    } catch {
      // Unreadable: load the location as without a server.
    }
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // The first render matched the server's instant; the next, once this one is done (still
    // before the browser paints), reads the clock.
    if (this.seed) void this.updateComplete.then(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.jsonLd?.remove();
  }

  protected override render(): TemplateResult | typeof nothing {
    this.shown = undefined;
    const given = this.given ?? this.seeded;
    if (given) return this.renderLocation(given);
    if (!this.locationId) return this.renderMessage(this.t.hoursNoLocation);
    return this.data.render({
      pending: () => this.renderLoading(),
      error: (error) =>
        isIdoNotFoundError(error)
          ? this.renderMessage(this.t.hoursNotFound)
          : html`${this.renderError(error, this.canRetry(error) ? this.data : undefined)}
            ${this.data.retrying ? this.renderLoading() : nothing}`,
      complete: (location) => this.renderLocation(location),
      initial: () => this.renderLoading(),
    }) as TemplateResult;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.setState('open', this.shown?.state === 'open');
    this.setState('closed', this.shown?.state === 'closed');
    this.syncJsonLd();
    const missing = !this.given && !this.seeded && !this.locationId;
    if (missing && !this.missingReported) {
      const error = new IdoError('config', 'No location: set the location attribute or property');
      this.emit(new IdoErrorEvent({ error, message: this.t.hoursNoLocation }));
    }
    this.missingReported = missing;
    // The task's states say nothing about a given object or a missing id.
    if (this.given ?? this.seeded) {
      this.setState('loading', false);
      this.setState('error', false);
    } else if (missing) {
      this.setState('error', true);
    }
  }

  /** Adds, replaces or removes the JSON-LD child so it always describes what is shown. */
  private syncJsonLd(): void {
    const shown = this.noJsonLd ? undefined : this.shown;
    if (!shown) {
      this.jsonLd?.remove();
      this.jsonLd = this.jsonLdFor = undefined;
      return;
    }
    // A server's JSON-LD child is this element's own: kept, not doubled.
    this.jsonLd ??=
      this.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]') ??
      undefined;
    if (!this.jsonLd) {
      this.jsonLd = document.createElement('script');
      this.jsonLd.type = 'application/ld+json';
    }
    // Special hours are listed for a year from today: regenerate when the location or the day changes.
    if (this.jsonLdFor?.location !== shown.location || this.jsonLdFor.today !== shown.today) {
      this.jsonLd.textContent = jsonLdText(shown.location, this.time.now);
      this.jsonLdFor = { location: shown.location, today: shown.today };
    }
    if (this.jsonLd.parentNode !== this) this.append(this.jsonLd);
  }

  private renderMessage(message: string): TemplateResult {
    return html`<div
      class="ido-alert"
      role="alert"
      part="error"
      tabindex="-1"
      lang=${this.language}
      dir=${this.direction}
    >
      <span>${message}</span>
    </div>`;
  }

  /** After a retry the content (or the message) takes focus from the vanished button. */
  protected override focusFallback(): HTMLElement | null {
    return (
      super.focusFallback() ??
      this.renderRoot.querySelector<HTMLElement>('[part~="base"], [part~="error"]')
    );
  }

  private label(schedule: ShownSchedule): string {
    return schedule.kind === 'ido' ? this.t.hoursIdo : this.t.hoursLibrary;
  }

  private renderLocation(location: Location): TemplateResult {
    const now = this.time.now;
    const zone = zoneOf(location);
    const today = civilDate(now, zone);
    const schedules = shownSchedules(location, this.showMode);
    const primary = schedules[0]!;
    const displayChange = nextDisplayChange(schedules, now, today, zone);
    const phoneChange = location.hours.phone && nextStatusChange(location.hours.phone, now);
    this.time.wakeAt(
      phoneChange && (!displayChange || phoneChange < displayChange) ? phoneChange : displayChange,
    );
    this.shown = { location, state: openingStatus(primary.hours, now).state, today };

    if (this.compact) {
      return html`<p
        class="compact"
        part="base"
        tabindex="-1"
        lang=${this.language}
        dir=${this.direction}
      >
        ${this.renderStatus(primary.hours, now)}
      </p>`;
    }
    const weeks = schedules.map((s) => ({ schedule: s, week: weekSchedule(s.hours, now) }));
    const onlyLibrary = this.showMode === 'both' && !location.hours.ido;
    const phone = location.hours.phone;
    const phoneToday = phone
      ? weekSchedule(phone, now).find((d) => d.date === civilDate(now, phone.timeZone))
      : undefined;
    const primaryToday = weeks[0]!.week.find(
      (d) => d.date === civilDate(now, primary.hours.timeZone),
    );
    return html`<section
      class="base"
      part="base"
      tabindex="-1"
      lang=${this.language}
      dir=${this.direction}
      aria-label=${this.t.hoursRegionLabel(location.name)}
    >
      <dl class="today" part="today">
        ${weeks.map(({ schedule, week }) => {
          const day = week.find((d) => d.date === civilDate(now, schedule.hours.timeZone));
          return html`<div class="today-item">
            <dt class="today-label">${this.label(schedule)}</dt>
            <dd class="today-value">
              ${this.renderStatus(schedule.hours, now)}
              ${day ? html`<span>${this.t.hoursToday}: ${this.renderDay(day)}</span>` : nothing}
            </dd>
          </div>`;
        })}
        ${
          phone
            ? html`<div class="today-item today-item--phone">
                <dt class="today-label">${this.t.hoursPhone}</dt>
                <dd class="today-value">
                  ${this.renderStatus(phone, now)}
                  ${
                    phoneToday
                      ? html`<span>${this.t.hoursToday}: ${this.renderDay(phoneToday)}</span>`
                      : nothing
                  }
                </dd>
              </div>`
            : nothing
        }
      </dl>
      ${
        primaryToday?.closed
          ? renderHelpline(this, this.t.hoursHelpline, helplineFor(this.helpline))
          : nothing
      }
      ${
        onlyLibrary || primary.borrowed
          ? html`<p class="note">${this.t.hoursIdoDuringLibrary}</p>`
          : nothing
      }
      <div class="weeks ${weeks.length > 1 ? 'weeks--two' : ''}">
        ${weeks.map(({ schedule, week }) => this.renderWeek(schedule, week, today))}
      </div>
      ${
        this.outreach.status === TaskStatus.COMPLETE &&
        this.outreach.value?.every((o) => o.locationId === location.id)
          ? renderOutreachWeek(this, this.outreach.value)
          : nothing
      }
      ${this.renderChanges(schedules, now)} ${renderBring(this.t.hoursBring, location.bring)}
      ${this.renderContact(location)}
    </section>`;
  }

  private renderStatus(hours: OpeningHours, now: Date): TemplateResult {
    const status = openingStatus(hours, now);
    const text = formatStatus(status, now, {
      lang: 'nl',
      timeZone: hours.timeZone,
      texts: this.t.calendar,
    });
    return html`<span class="ido-status ido-status--${status.state} status" part="status"
      ><span class="shape shape--${status.state}" aria-hidden="true"></span
      ><span>${text}</span></span
    >`;
  }

  /** A day's hours ("10:00 – 12:00, 13:00 – 17:00" or "gesloten") and why it differs, if it does. */
  private renderDay(day: DaySchedule): TemplateResult {
    const reason = day.exception && day.reason ? formatReason(day.reason, this.t.calendar) : '';
    const hours = day.closed
      ? html`<span>${this.t.hoursClosed}</span>`
      : html`<span class="intervals"
          >${day.intervals.map(
            (i, k) =>
              html`${k > 0 ? ' ' : ''}${timeRange(
                i.opens,
                i.closes,
                this.t.hoursRange,
                k < day.intervals.length - 1 ? ',' : '',
              )}`,
          )}</span
        >`;
    // An exception's note is the data's own Dutch: marked so, and left to right on an Arabic page.
    const note = day.reason?.kind === 'exception';
    return html`${hours}
    ${
      reason
        ? html`<span class="reason" lang=${note ? 'nl' : nothing} dir=${note ? 'ltr' : nothing}
            >${reason}</span
          >`
        : nothing
    }`;
  }

  private renderWeek(schedule: ShownSchedule, week: DaySchedule[], today: string): TemplateResult {
    return html`<table part="table">
      <caption>
        ${this.t.hoursWeekCaption(this.label(schedule))}
      </caption>
      <tbody>
        ${week.map((day) => {
          const isToday = day.date === today;
          return html`<tr
            class=${isToday ? 'is-today' : ''}
            aria-current=${ifDefined(isToday ? 'date' : undefined)}
          >
            <th scope="row">
              ${capitalise(formatDayName(day.date, this.t.calendar), this.locale)}
              ${
                isToday
                  ? html`<span class="marker" aria-hidden="true">${this.t.hoursTodayMarker}</span>`
                  : nothing
              }
            </th>
            <td>${this.renderDay(day)}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  private renderChanges(schedules: ShownSchedule[], now: Date): TemplateResult | typeof nothing {
    const changes = changedDays(schedules, now);
    if (changes.length === 0) return nothing;
    const labelled = schedules.length > 1;
    return html`<div class="changes" part="exceptions">
      <p class="changes-title" id="changes-title">${this.t.hoursChangesTitle}</p>
      <ul aria-labelledby="changes-title">
        ${changes.map(
          (change) =>
            html`<li>
              <time class="change-date" datetime=${change.date}
                >${capitalise(formatDate(change.date, this.t.calendar), this.locale)}</time
              >
              ${
                change.same
                  ? html` <span class="change-entry"
                      >${this.renderDay(change.entries[0]!.day)}</span
                    >`
                  : change.entries.map(
                      ({ schedule, day }) =>
                        html` <span class="change-entry"
                          >${labelled ? `${this.label(schedule)}: ` : ''}${this.renderDay(day)}</span
                        >`,
                    )
              }
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderContact(location: Location): TemplateResult | typeof nothing {
    const { phone, website, appointmentUrl } = location.contact;
    const tel = telUrl(phone);
    const web = httpUrl(website);
    const appointment = httpUrl(appointmentUrl);
    if (!tel && !web && !appointment) return nothing;
    return html`<ul class="contact" part="contact" aria-label=${this.t.hoursContact}>
      ${
        tel
          ? html`<li>
              <a class="ido-link ido-target" href=${tel}
                >${this.t.hoursCall(this.isolate(phone!))}</a
              >
            </li>`
          : nothing
      }
      ${
        web
          ? html`<li><a class="ido-link ido-target" href=${web}>${this.t.hoursWebsite}</a></li>`
          : nothing
      }
      ${
        appointment
          ? html`<li>
              <a class="ido-link ido-target" href=${appointment}>${this.t.hoursAppointment}</a>
            </li>`
          : nothing
      }
    </ul>`;
  }
}

/** A web page link (`https:`/`http:` only: a "website" that is `mailto:` or `tel:` is not one). */
function httpUrl(value: string | undefined): string | undefined {
  const url = safeUrl(value);
  return url && /^https?:/.test(url) ? url : undefined;
}

/** Registers `<ido-opening-hours>` once. */
export function defineIdoOpeningHours(): void {
  defineElement('ido-opening-hours', IdoOpeningHours);
}

declare global {
  interface HTMLElementTagNameMap {
    'ido-opening-hours': IdoOpeningHours;
  }
}
