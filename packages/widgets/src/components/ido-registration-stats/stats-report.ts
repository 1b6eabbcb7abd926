import {
  formatDate,
  formatReason,
  idoHours,
  periodHours,
  type IdoClient,
  type RegistrationStats,
  type StatsDimension,
  type Taxonomy,
} from '@idokit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import {
  renderBreakdown,
  renderBusyTimes,
  renderCount,
  renderLegend,
  renderTable,
  renderWarmShare,
} from './stats-charts.js';
import {
  dimensionRows,
  dimensionTitle,
  lastYearLines,
  locationRows,
  spoken,
  type StatsView,
} from './stats-rows.js';
import { formatNumber } from '../../localization/numbers.js';

/** The hours of one location over the report's period (from the SDK's `periodHours`). */
export interface LocationHours {
  id: string;
  name: string;
  kind: 'ido' | 'library';
  totalHours: number;
  openDays: number;
  changes: { date: string; text: string }[];
}

/**
 * What the desk collects beyond the national form: in the report only when there is something
 * to say (a partner, reason or follow-up answer counted; visits at an outreach session), so that two pages hold
 * a typical quarter. The element always shows them.
 */
const WHEN_COUNTED: ReadonlySet<StatsDimension> = new Set([
  'referralPartner',
  'notHelpedReason',
  'followUp',
  'place',
]);

/** The categories of the report, in its order. */
const REPORT_DIMENSIONS: StatsDimension[] = [
  'theme',
  'organisation',
  'help',
  'referralKind',
  'referralPartner',
  'notHelpedReason',
  'followUp',
  'channel',
  'place',
];

/** The opening hours over the stats' period of the locations shown (one, or all of the scope). */
export function reportHours(
  view: StatsView,
  client: IdoClient,
  stats: RegistrationStats,
  location: string,
  signal: AbortSignal,
): Promise<LocationHours[]> {
  const shown = location ? stats.locations.filter((l) => l.id === location) : stats.locations;
  return Promise.all(
    shown.map(async (l) => {
      const found = idoHours(await client.getLocation(l.id, { signal }));
      const p = periodHours(found.hours, stats.from, stats.to);
      return {
        id: l.id,
        name: l.name,
        kind: found.kind,
        totalHours: p.totalHours,
        openDays: p.openDays,
        changes: p.changes.map((d) => ({
          date: formatDate(d.date, view.t.calendar),
          text: d.reason ? formatReason(d.reason, view.t.calendar) : '',
        })),
      };
    }),
  );
}

/** What the report shows besides the counts, and its buttons. */
export interface ReportOptions {
  taxonomy: Taxonomy;
  hours: LocationHours[] | undefined;
  /** "4e kwartaal 2026", "november 2026" for a period key; no key: the report's period. */
  periodLabel: (key?: string) => string;
  /** The day the report is made (in the Netherlands), `2026-11-24`. */
  today: string;
  onBack: () => void;
  onPrint: () => void;
}

/**
 * The printable report of a quarter or year for the municipality (`part="report"`): totals per
 * month and location, the categories, the opening hours of the period and the legend.
 */
export function renderReport(
  view: StatsView,
  stats: RegistrationStats,
  options: ReportOptions,
): TemplateResult {
  const t = view.t;
  const calendar = t.calendar;
  const scopeName =
    stats.locationId !== undefined
      ? (stats.locations.find((l) => l.id === stats.locationId)?.name ?? stats.scope.name)
      : t.statsScopeTitle(stats.scope.kind, stats.scope.name);
  const months = stats.periods.map((p) => ({
    label: options.periodLabel(p.period),
    visits: p.visits,
    questions: p.questions,
  }));
  return html`<article class="report" part="report">
    <div class="actions">
      <button class="ido-button ido-button--secondary" type="button" @click=${options.onBack}>
        ${t.statsBack}
      </button>
      <button class="ido-button" type="button" @click=${options.onPrint}>${t.statsPrint}</button>
    </div>
    <h1 tabindex="-1">${t.statsReportTitle}</h1>
    <p class="meta">
      ${t.statsReportFor(scopeName, options.periodLabel())}.
      ${t.statsReportDates(formatDate(stats.from, calendar), formatDate(stats.to, calendar))}
    </p>
    <p class="summary">
      ${t.statsReportIntro(spoken(view, stats.visits), spoken(view, stats.questions))}
      ${lastYearLines(view, stats, options.taxonomy, options.periodLabel).join(' ')}
    </p>
    <section>
      <h2>${t.statsPerMonth}</h2>
      <table part="table">
        <thead>
          <tr>
            <th scope="col">${t.statsKindMonth}</th>
            <th scope="col" class="num">${t.statsVisits}</th>
            <th scope="col" class="num">${t.statsQuestions}</th>
          </tr>
        </thead>
        <tbody>
          ${months.map(
            (m) =>
              html`<tr>
                <th scope="row">${m.label}</th>
                <td class="num">${renderCount(view, m.visits)}</td>
                <td class="num">${renderCount(view, m.questions)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>
    ${
      stats.byLocation.length > 0
        ? html`<section>
            <h2>${t.statsPerLocation}</h2>
            ${renderTable(view, t.statsPerLocation, locationRows(stats, 'visits'), t.statsLocation)}
          </section>`
        : nothing
    }
    <div class="report-charts">
      ${REPORT_DIMENSIONS.filter(
        (dim) =>
          !WHEN_COUNTED.has(dim) ||
          (stats.breakdown[dim] ?? []).some((c) => dim !== 'place' || c.key === 'outreach'),
      ).map((dim) =>
        renderBreakdown(
          view,
          dimensionTitle(view, dim),
          dimensionRows(view, stats, options.taxonomy, dim, stats.partners),
          {
            level: 2,
            extra: dim === 'referralKind' ? renderWarmShare(view, stats) : undefined,
          },
        ),
      )}
      ${renderBusyTimes(view, stats, { level: 2 })}
    </div>
    <section>
      <h2>${t.statsReportHours}</h2>
      ${(options.hours ?? []).map(
        (h) =>
          html`<h3>${h.name}</h3>
            <p>
              ${h.kind === 'ido' ? t.statsReportHoursKindIdo : t.statsReportHoursKindLibrary}:
              ${t.statsReportHoursLine(formatNumber(h.totalHours, view.locale, 1), h.openDays)}
            </p>
            ${
              h.changes.length > 0
                ? html`<p>${t.statsReportClosed}:</p>
                    <ul>
                      ${h.changes.map((c) => html`<li>${c.date}${c.text ? ` (${c.text})` : ''}</li>`)}
                    </ul>`
                : nothing
            }`,
      )}
    </section>
    ${renderProtection(view)} ${renderLegend(view)}
    <p class="meta">${t.statsReportMade(madeOn(view, options.today))}</p>
  </article>`;
}

/**
 * How the numbers are protected (`.protection`): the cell-key method in plain words, the settle
 * rule, and that notes are never in a report (`statsReportProtectionTitle`, `statsReportProtection`).
 */
function renderProtection(view: StatsView): TemplateResult {
  return html`<section class="protection">
    <h2>${view.t.statsReportProtectionTitle}</h2>
    <p>${view.t.statsReportProtection}</p>
  </section>`;
}

/** The day a report is made, with its year: "7 december 2026". */
function madeOn(view: StatsView, today: string): string {
  return new Intl.DateTimeFormat(view.locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${today}T00:00:00Z`));
}
