import {
  formatDate,
  MAX_NOISE,
  type RegistrationStats,
  type StatsCounts,
  type SuppressedCount,
} from '@idokit/sdk';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { spoken, type Row, type StatsView } from './stats-rows.js';

/**
 * A count in a table. Servers publish numbers (perturbed by the cell-key method); a mark of an
 * older server ("<5", "x") is shown as such and read in words.
 */
export function renderCount(view: StatsView, count: SuppressedCount): TemplateResult {
  if (typeof count === 'number') return html`${spoken(view, count)}`;
  return html`<span aria-hidden="true">${count}</span
    ><span class="ido-visually-hidden">${spoken(view, count)}</span>`;
}

/** A horizontal bar chart (`part="chart"`); hidden counts get no bar, only their mark. */
export function renderChart(view: StatsView, title: string, rows: Row[]): TemplateResult {
  const rowHeight = 28;
  // About one unit per CSS pixel in a column of the grid, so the labels stay readable.
  const width = 320;
  const labelWidth = 150;
  const barSpace = width - labelWidth - 40;
  const max = Math.max(1, ...rows.map((r) => (typeof r.count === 'number' ? r.count : 0)));
  const clip = (s: string) => (s.length > 20 ? `${s.slice(0, 19)}…` : s);
  const described = rows.map((r) => `${r.label}: ${spoken(view, r.count)}`).join('; ');
  return html`<figure part="chart">
    <svg
      viewBox="0 0 ${width} ${rows.length * rowHeight}"
      role="img"
      aria-label=${`${view.t.statsChart(title)}. ${described}`}
      preserveAspectRatio="xMinYMin meet"
    >
      ${rows.map((r, i) => {
        const y = i * rowHeight;
        const w = typeof r.count === 'number' ? Math.max(0, (r.count / max) * barSpace) : 0;
        return svg`<g>
          <text class="chart-text" x="0" y=${y + 18}>${clip(r.label)}</text>
          <rect class="bar" x=${labelWidth} y=${y + 5} width=${w} height="18"></rect>
          <text class="chart-text" x=${labelWidth + w + 6} y=${y + 18}>${
            typeof r.count === 'number' ? spoken(view, r.count) : r.count
          }</text>
        </g>`;
      })}
    </svg>
  </figure>`;
}

/** The same rows as a table (`part="table"`), its caption for screen readers only. */
export function renderTable(
  view: StatsView,
  title: string,
  rows: Row[],
  header = view.t.statsCategory,
): TemplateResult {
  return html`<table part="table">
    <caption class="ido-visually-hidden">
      ${title}
    </caption>
    <thead>
      <tr>
        <th scope="col">${header}</th>
        <th scope="col" class="num">${view.t.statsCount}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (r) =>
          html`<tr>
            <th scope="row">${r.label}</th>
            <td class="num">${renderCount(view, r.count)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * One category as a section: its heading (`h3` in the counts, `h2` in the report), the chart
 * and table (or "none"), then `extra` (the warm share under the referrals).
 */
export function renderBreakdown(
  view: StatsView,
  title: string,
  rows: Row[],
  { extra, level = 3 }: { extra?: TemplateResult | undefined; level?: 2 | 3 } = {},
): TemplateResult {
  const heading = unsafeStatic(`h${level}`);
  return html`<section>
    ${staticHtml`<${heading}>${title}</${heading}>`}
    ${
      rows.length === 0
        ? html`<p>${view.t.statsNone}</p>`
        : html`${renderChart(view, title, rows)}${renderTable(view, title, rows)}`
    }
    ${extra ?? nothing}
  </section>`;
}

/**
 * The explanation of the numbers (`part="legend"`): each may be off by up to the answer's
 * `maxNoise`, parts need not add up, and, for a period that has not settled, when its
 * breakdown by category follows. Without `stats`, the cell-key method's bound is assumed.
 */
export function renderLegend(
  view: StatsView,
  stats?: Pick<RegistrationStats, 'protection' | 'settled' | 'settledOn'>,
): TemplateResult {
  const t = view.t;
  const maxNoise = stats?.protection.maxNoise ?? MAX_NOISE;
  return html`<div class="legend" part="legend">
    <h3>${t.statsLegendTitle}</h3>
    ${
      maxNoise > 0
        ? html`<p>${t.statsLegendNoise(maxNoise)}</p>
            <p>${t.statsLegendParts}</p>`
        : nothing
    }
    ${stats && !stats.settled ? html`<p>${t.statsLegendUnsettled(formatDate(stats.settledOn, t.calendar))}</p>` : nothing}
  </div>`;
}

/**
 * How many referrals were warm, as a share of those referred; not when a count is a mark of an
 * older server, or when perturbation made the warm ones more than all referred.
 */
export function renderWarmShare(view: StatsView, counts: StatsCounts): TemplateResult {
  const warm = counts.breakdown.referralWarm.find((c) => c.key === 'warm')?.count ?? 0;
  const referred = counts.breakdown.help.find((c) => c.key === 'referred')?.count ?? 0;
  if (referred === 0) return html``;
  if (typeof warm !== 'number' || typeof referred !== 'number' || warm > referred)
    return html`<p>${view.t.statsWarmShareHidden}</p>`;
  return html`<p>${view.t.statsWarmShare(warm, referred, Math.round((warm / referred) * 100))}</p>`;
}
