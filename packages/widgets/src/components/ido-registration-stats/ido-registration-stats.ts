import {
  civilDate,
  isIdoHttpError,
  parseStatsPeriod,
  shiftStatsPeriod,
  statsPeriodOf,
  type RegistrationStats,
  type StatsDimension,
  type StatsPeriodKind,
  type Taxonomy,
} from '@idokit/sdk';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../../base/define-element.js';
import { IdoElement } from '../../base/ido-element.js';
import { codeInput } from '../../shared/code-input.js';
import { readClock } from '../../controllers/clock.js';
import { StaffSessionController } from '../../controllers/staff-session.js';
import { statsStyles } from './ido-registration-stats.styles.js';
import { renderBreakdown, renderBusyTimes, renderLegend, renderWarmShare } from './stats-charts.js';
import { renderReport, reportHours, type LocationHours } from './stats-report.js';
import {
  dimensionRows,
  dimensionTitle,
  lastYearLines,
  locationRows,
  periodRows,
  spoken,
} from './stats-rows.js';
import type { StatsStrings } from './strings.js';
import { statsTexts } from './texts.js';

const ZONE = 'Europe/Amsterdam';

interface Loaded {
  stats: RegistrationStats;
  taxonomy: Taxonomy;
  hours?: LocationHours[];
}

let ids = 0;

/** The shape of a token as the server makes it (`idokit_` and 43 base64url characters). */
const PASTED_TOKEN = /^idokit_[A-Za-z0-9_-]{32,}$/;

/**
 * Registration statistics for IDO staff, managers and the municipality: counts per fixed
 * calendar period (week, month, quarter, year) and per question type, government level,
 * organisation, theme, help given, referral (partner kind, warm share) and channel, each as an
 * accessible SVG bar chart and the same numbers as a table. Every count is as the server
 * publishes it, perturbed by the cell-key method (it may be off by 1 or 2, so no visitor can be
 * recognised), and the breakdowns by category of a period appear once it has settled (15 days
 * after its end); both are said in plain sentences under the totals. A CSV in the national form's
 * categories can be downloaded, and a quarter or year opens as a printable report for the
 * municipality (totals per month, themes, organisations, help, referrals, channels and the
 * opening hours of the period).
 *
 * The device is enrolled once with a code (kept by the shared staff session, never in markup):
 * a device code shows its own location; a read-only report code for a library organisation or a
 * municipality shows each of its locations and their total.
 *
 * @summary Registration statistics per period and category, CSV export and the municipality report.
 * @tagname ido-registration-stats
 * @wordpressIcon chart-bar
 *
 * @event {IdoErrorEvent} ido-error - Loading failed or the element has no API; `detail: { error, message }`.
 *
 * @csspart base - The whole element.
 * @csspart enrol - The enrolment form.
 * @csspart controls - Period and location choice.
 * @csspart summary - The totals line.
 * @csspart chart - A bar chart (SVG).
 * @csspart table - A table of counts.
 * @csspart legend - The explanation of the numbers (perturbed; breakdowns once settled).
 * @csspart report - The printable report.
 * @csspart loading - The loading message.
 * @csspart error - The error message.
 *
 * @cssstate enrolled - The device has a token.
 * @cssstate signed-out - The device is not signed in (never enrolled, its token refused, or signed out): the element asks for a code, or says where to enrol. Not an `error`.
 * @cssstate report - The printable report is shown.
 * @cssstate loading - Counts are loading.
 * @cssstate error - Loading failed (never while signed out).
 *
 * @cssproperty [--ido-color-accent=#00587a] - The bars of the charts.
 * @cssproperty [--ido-color-surface=#f3f3f3] - Background of the explanation of the numbers.
 */
export class IdoRegistrationStats extends IdoElement<StatsStrings> {
  static override styles = [IdoElement.styles, statsStyles];
  static override texts = statsTexts;

  /** The period shown: `2026-W47`, `2026-11`, `2026-Q4` or `2026`. Default: this month. */
  @property({ reflect: true }) period?: string;

  /** For a report token: one location of its scope (`''`: all together). */
  @property({ reflect: true }) location = '';

  /** `stats` (default) or `report`: the printable report of a quarter or year. */
  @property({ reflect: true }) view: 'stats' | 'report' = 'stats';

  /**
   * Leave enrolling to another element on the page (beside `<ido-question-form>`, which asks
   * for the code): until this device is enrolled the element only says where to enrol.
   */
  @property({ type: Boolean, reflect: true, attribute: 'enrol-elsewhere' }) enrolElsewhere = false;

  @state() private enrolError = '';
  @state() private enrolling = false;
  @state() private announcement = '';
  @state() private confirmSignOut = false;

  // A question registered on this page (the staff desk shows the form beside the counts) is
  // counted at once: after each delivery of the page's desk session for this API, also of one
  // made by a form that has since left the page, the counts of the period are asked again.
  private readonly staff = new StaffSessionController(this, {
    delivered: () => {
      if (this.staff.session || this.client) void this.data.run();
    },
  });
  private readonly uid = `ido-stats-${++ids}`;

  private readonly data = new Task(this, {
    args: () =>
      [
        this.staff.client,
        this.staff.session?.token,
        this.currentPeriod,
        this.location,
        this.view,
      ] as const,
    task: async (
      [client, token, period, location, view],
      { signal },
    ): Promise<Loaded | typeof initialState> => {
      // Nothing to load until the device is enrolled: the element asks for a code, which is not
      // a failure (no `error` state, no `ido-error`).
      if (!client || (!token && !this.client)) return initialState;
      try {
        const [stats, taxonomy] = await Promise.all([
          client.getRegistrationStats({ period, ...(location ? { location } : {}) }, { signal }),
          client.getTaxonomy({ signal }),
        ]);
        if (view !== 'report') return { stats, taxonomy };
        const hours = await reportHours(this, client, stats, location, signal);
        return { stats, taxonomy, hours };
      } catch (error) {
        if (isIdoHttpError(error) && error.status === 401 && token) this.staff.markRevoked(token);
        else this.reportError(error);
        throw error;
      }
    },
  });

  /** The period shown: `period`, or this month (in the Netherlands). */
  get currentPeriod(): string {
    if (this.period && parseStatsPeriod(this.period)) return this.period;
    return statsPeriodOf(civilDate(readClock(this.clock), ZONE), 'month');
  }

  private get kind(): StatsPeriodKind {
    return parseStatsPeriod(this.currentPeriod)!.kind;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const enrolled = !!this.staff.session || !!this.client;
    // Asking for a code (never enrolled, the token refused, signed out) is not a failed load: a
    // page styles `:state(signed-out)`, and a refusal that led there leaves no `error` behind.
    const signedOut = !!this.staff.client && !enrolled;
    this.setState('enrolled', enrolled);
    this.setState('signed-out', signedOut);
    this.setState('report', this.view === 'report');
    this.setState('loading', !signedOut && this.data.status === TaskStatus.PENDING);
    this.setState('error', !signedOut && this.data.status === TaskStatus.ERROR);
  }

  /** "november 2026", "4e kwartaal 2026", "week 47 van 2026", "2026". */
  periodLabel(key = this.currentPeriod): string {
    const p = parseStatsPeriod(key);
    if (!p) return key;
    const year = Number(key.slice(0, 4));
    switch (p.kind) {
      case 'year':
        return String(year);
      case 'quarter':
        return this.t.statsQuarterLabel(Number(key.slice(6)), year);
      case 'week':
        return this.t.statsWeekLabel(Number(key.slice(6)), year);
      case 'month':
        return new Intl.DateTimeFormat(this.locale, {
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        }).format(new Date(`${key}-01T00:00:00Z`));
    }
  }

  protected override render(): TemplateResult {
    const t = this.t;
    let body: TemplateResult | typeof nothing;
    if (!this.staff.client) body = html`<p class="ido-alert" role="alert">${t.errorNoSource}</p>`;
    else if (!this.staff.session && !this.client)
      body = this.enrolElsewhere
        ? html`<h2>${t.statsLabel}</h2>
            ${this.staff.revoked ? html`<p class="ido-alert" role="alert">${t.statsRevoked}</p>` : nothing}
            <p class="ido-hint">${t.statsEnrolElsewhere}</p>`
        : this.renderEnrol();
    else
      body = this.data.render({
        initial: () => this.renderLoading(),
        pending: () => html`${this.renderControls(undefined)}${this.renderLoading()}`,
        error: (error) =>
          html`${this.renderControls(undefined)}${this.renderError(error, () => this.data.run())}`,
        complete: (loaded) =>
          this.view === 'report' ? this.renderReport(loaded) : this.renderStats(loaded),
      }) as TemplateResult;
    return html`<div
      part="base"
      role="region"
      lang=${this.language}
      dir=${this.direction}
      aria-label=${t.statsLabel}
    >
      ${body}
      <p class="ido-visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  private renderEnrol(): TemplateResult {
    const t = this.t;
    const field = `${this.uid}-code`;
    const error = `${this.uid}-code-error`;
    return html`<form class="enrol" part="enrol" @submit=${this.onEnrol} novalidate>
      <h2>${t.statsEnrolTitle}</h2>
      ${
        this.staff.revoked ? html`<p class="ido-alert" role="alert">${t.statsRevoked}</p>` : nothing
      }
      <p class="ido-hint">${t.statsEnrolHelp}</p>
      <label class="ido-label" for=${field}>${t.statsEnrolCode}</label>
      ${codeInput({
        id: field,
        invalid: Boolean(this.enrolError),
        describedBy: this.enrolError ? error : undefined,
      })}
      ${
        this.enrolError
          ? html`<p id=${error} class="ido-field-error" role="alert">${this.enrolError}</p>`
          : nothing
      }
      <div>
        <button class="ido-button" type="submit" aria-busy=${this.enrolling ? 'true' : nothing}>
          ${t.statsEnrolSubmit}
        </button>
      </div>
    </form>`;
  }

  /** Shows or closes the "sign out?" question, and moves focus to what replaced the button pressed. */
  private async askSignOut(ask: boolean): Promise<void> {
    this.confirmSignOut = ask;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(ask ? '#sign-out-cancel' : '#sign-out')?.focus();
  }

  private async onEnrol(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.enrolling) return;
    const input = this.renderRoot.querySelector<HTMLInputElement>('input[name="code"]')!;
    const code = input.value.trim();
    if (!code) {
      this.enrolError = this.t.statsEnrolEmpty;
      input.focus();
      return;
    }
    this.enrolling = true;
    try {
      // A pasted report token (`idokit-server report-token`), else a one-time code.
      if (PASTED_TOKEN.test(code)) await this.staff.adoptToken(code, this.currentPeriod);
      else await this.staff.enrol(code);
      this.enrolError = '';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    } catch (error) {
      this.enrolError =
        isIdoHttpError(error) && (error.status === 401 || error.status === 400)
          ? this.t.statsEnrolRefused
          : this.reportError(error) || this.t.errorGeneric;
      await this.updateComplete;
      input.focus();
    } finally {
      this.enrolling = false;
    }
  }

  private renderControls(stats: RegistrationStats | undefined): TemplateResult {
    const t = this.t;
    const kinds: [StatsPeriodKind, string][] = [
      ['week', t.statsKindWeek],
      ['month', t.statsKindMonth],
      ['quarter', t.statsKindQuarter],
      ['year', t.statsKindYear],
    ];
    const kindId = `${this.uid}-kind`;
    const locId = `${this.uid}-loc`;
    const scope = stats?.scope;
    return html`<h2 tabindex="-1">
        ${scope ? t.statsScopeTitle(scope.kind, scope.name) : t.statsLabel}
      </h2>
      <div class="controls" part="controls">
        <div class="field">
          <label class="ido-label" for=${kindId}>${t.statsKind}</label>
          <select id=${kindId} class="ido-input" @change=${this.onKind}>
            ${kinds.map(
              ([k, label]) =>
                html`<option value=${k} ?selected=${k === this.kind}>${label}</option>`,
            )}
          </select>
        </div>
        <div class="stepper">
          <button
            class="ido-button ido-button--secondary"
            type="button"
            aria-label=${t.statsPrevious}
            @click=${() => this.step(-1)}
          >
            <span aria-hidden="true">‹</span>
          </button>
          <span class="period" aria-live="polite">${this.periodLabel()}</span>
          <button
            class="ido-button ido-button--secondary"
            type="button"
            aria-label=${t.statsNext}
            @click=${() => this.step(1)}
          >
            <span aria-hidden="true">›</span>
          </button>
        </div>
        ${
          stats && stats.locations.length > 1
            ? html`<div class="field">
                <label class="ido-label" for=${locId}>${t.statsLocation}</label>
                <select id=${locId} class="ido-input" @change=${this.onLocation}>
                  <option value="" ?selected=${!this.location}>${t.statsAllLocations}</option>
                  ${stats.locations.map(
                    (l) =>
                      html`<option value=${l.id} ?selected=${l.id === this.location}>
                        ${l.name}
                      </option>`,
                  )}
                </select>
              </div>`
            : nothing
        }
      </div>`;
  }

  private onKind(event: Event): void {
    const kind = (event.target as HTMLSelectElement).value as StatsPeriodKind;
    const from = parseStatsPeriod(this.currentPeriod)!.from;
    this.period = statsPeriodOf(from, kind);
  }

  private onLocation(event: Event): void {
    this.location = (event.target as HTMLSelectElement).value;
  }

  private step(by: number): void {
    this.period = shiftStatsPeriod(this.currentPeriod, by);
  }

  private renderStats({ stats, taxonomy }: Loaded): TemplateResult {
    const t = this.t;
    const order: StatsDimension[] = [
      'theme',
      'organisation',
      'help',
      'referralKind',
      'referralPartner',
      'notHelpedReason',
      'followUp',
      'channel',
      'place',
      'timeOfDay',
      'questionType',
      'governmentLevel',
    ];
    const lastYear = lastYearLines(this, stats, taxonomy, (key) => this.periodLabel(key));
    const empty = stats.visits === 0;
    const reportable = stats.kind === 'quarter' || stats.kind === 'year';
    return html`${this.renderControls(stats)}
      <p class="summary" part="summary" role="status">
        ${this.periodLabel()}:
        ${t.statsSummary(spoken(this, stats.visits), spoken(this, stats.questions))}
      </p>
      ${
        lastYear.length > 0
          ? html`<p class="last-year" part="last-year">${lastYear.join(' ')}</p>`
          : nothing
      }
      <div class="actions">
        <button class="ido-button ido-button--secondary" type="button" @click=${this.downloadCsv}>
          ${t.statsCsv}
        </button>
        <button
          class="ido-button ido-button--secondary"
          type="button"
          aria-disabled=${reportable ? nothing : 'true'}
          aria-describedby=${reportable ? nothing : `${this.uid}-report-hint`}
          @click=${() => reportable && (this.view = 'report')}
        >
          ${t.statsReport}
        </button>
        ${
          this.client || this.confirmSignOut
            ? nothing
            : html`<button
                class="ido-button ido-button--secondary"
                type="button"
                id="sign-out"
                @click=${() => this.askSignOut(true)}
              >
                ${t.statsSignOut}
              </button>`
        }
      </div>
      ${
        this.confirmSignOut && !this.client
          ? html`<div class="confirm" role="group" aria-labelledby="${this.uid}-sign-out-q">
              <p id="${this.uid}-sign-out-q">${t.statsSignOutConfirm}</p>
              <div class="actions">
                <button
                  class="ido-button"
                  type="button"
                  @click=${() => {
                    this.confirmSignOut = false;
                    this.staff.forget();
                  }}
                >
                  ${t.statsSignOutYes}
                </button>
                <button
                  class="ido-button ido-button--secondary"
                  type="button"
                  id="sign-out-cancel"
                  @click=${() => this.askSignOut(false)}
                >
                  ${t.statsCancel}
                </button>
              </div>
            </div>`
          : nothing
      }
      ${
        reportable
          ? nothing
          : html`<p class="ido-hint" id="${this.uid}-report-hint">${t.statsReportHint}</p>`
      }
      ${
        // The explanation stays with a published 0 too: it may stand for 1 or 2 visits.
        empty
          ? html`<p>${t.statsEmpty}</p>
              ${renderLegend(this, stats)}`
          : html`${renderLegend(this, stats)}
              <div class="sections">
                ${
                  stats.byLocation.length > 0
                    ? renderBreakdown(
                        this,
                        `${t.statsPerLocation} (${t.statsVisits.toLowerCase()})`,
                        locationRows(stats, 'visits'),
                      )
                    : nothing
                }
                ${
                  stats.periods.length > 0
                    ? renderBreakdown(
                        this,
                        `${t.statsPerMonth} (${t.statsVisits.toLowerCase()})`,
                        periodRows(stats, 'visits', (key) => this.periodLabel(key)),
                      )
                    : nothing
                }
                ${
                  // Until the period has settled its breakdowns are not given: no "none" for each.
                  stats.settled
                    ? order.map((dim) =>
                        dim === 'timeOfDay'
                          ? renderBusyTimes(this, stats)
                          : renderBreakdown(
                              this,
                              dimensionTitle(this, dim),
                              dimensionRows(this, stats, taxonomy, dim, stats.partners),
                              {
                                extra:
                                  dim === 'referralKind' ? renderWarmShare(this, stats) : undefined,
                              },
                            ),
                      )
                    : nothing
                }
              </div>`
      }`;
  }

  private renderReport({ stats, taxonomy, hours }: Loaded): TemplateResult {
    return renderReport(this, stats, {
      taxonomy,
      hours,
      periodLabel: (key) => this.periodLabel(key),
      today: civilDate(readClock(this.clock), ZONE),
      onBack: () => (this.view = 'stats'),
      onPrint: () => window.print(),
    });
  }

  private async downloadCsv(): Promise<void> {
    const client = this.staff.client;
    if (!client) return;
    const period = this.currentPeriod;
    try {
      // The file a Dutch office opens by double-click (`;`, a byte-order mark), its header in
      // the page's language.
      const text = await client.getRegistrationsCsv(
        { period, ...(this.location ? { location: this.location } : {}) },
        { separator: ';', lang: this.dataLanguage },
      );
      const scope = this.data.value?.stats;
      const who = (this.location || scope?.locationId || scope?.scope.name || 'statistieken')
        .toLowerCase()
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      const file = `${who.startsWith('ido-') ? who : `ido-${who}`}-${period}.csv`;
      // Our own CSV text as a blob: no data from elsewhere becomes a URL.
      const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = file;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      this.announcement = this.t.statsCsvDone(file);
    } catch (error) {
      this.announcement = this.reportError(error);
    }
  }
}

/** Defines `<ido-registration-stats>` once. */
export function defineIdoRegistrationStats(): void {
  defineElement('ido-registration-stats', IdoRegistrationStats);
}

declare global {
  interface HTMLElementTagNameMap {
    'ido-registration-stats': IdoRegistrationStats;
  }
}
