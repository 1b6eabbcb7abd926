import {
  formatDate,
  MAX_NOISE,
  STATS_DAY_PARTS,
  STATS_WEEKDAYS,
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

/** Characters of a label line: about what 150 units of the chart hold at 13px. */
const LABEL_LINE = 20;

/**
 * A label broken into lines of at most {@link LABEL_LINE} characters at spaces, so a long name
 * ("Cliëntondersteuning (MEE, gemeente)") is shown whole instead of cut off; a longer word keeps
 * a line of its own.
 */
export function labelLines(label: string): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + word.length <= LABEL_LINE)
      lines[last] = `${lines[last]} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [''];
}

/** A horizontal bar chart (`part="chart"`); hidden counts get no bar, only their mark. */
export function renderChart(view: StatsView, title: string, rows: Row[]): TemplateResult {
  const rowHeight = 28;
  const lineHeight = 15;
  // About one unit per CSS pixel in a column of the grid, so the labels stay readable.
  const width = 320;
  const labelWidth = 150;
  const barSpace = width - labelWidth - 40;
  const max = Math.max(1, ...rows.map((r) => (typeof r.count === 'number' ? r.count : 0)));
  const described = rows.map((r) => `${r.label}: ${spoken(view, r.count)}`).join('; ');
  // Each row as tall as its label's lines; the bar beside the middle of the label.
  let top = 0;
  const laid = rows.map((r) => {
    const lines = labelLines(r.label);
    const height = rowHeight + (lines.length - 1) * lineHeight;
    const row = { ...r, lines, y: top, middle: top + height / 2 };
    top += height;
    return row;
  });
  return html`<figure part="chart">
    <svg
      viewBox="0 0 ${width} ${top}"
      role="img"
      aria-label=${`${view.t.statsChart(title)}. ${described}`}
      preserveAspectRatio="xMinYMin meet"
    >
      ${laid.map((r) => {
        const w = typeof r.count === 'number' ? Math.max(0, (r.count / max) * barSpace) : 0;
        const first = r.middle + 5 - ((r.lines.length - 1) * lineHeight) / 2;
        return svg`<g>
          <text class="chart-text chart-label" x="0" y=${first}>${r.lines.map(
            (line, i) => svg`<tspan x="0" dy=${i === 0 ? 0 : lineHeight}>${line}</tspan>`,
          )}</text>
          <rect class="bar" x=${labelWidth} y=${r.middle - 9} width=${w} height="18"></rect>
          <text class="chart-text" x=${labelWidth + w + 6} y=${r.middle + 5}>${
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

/**
 * Busy times (`timeOfDay`) as a table of weekdays by parts of the day (`part="busy-times"`),
 * only the weekdays with a published visit; the busiest cells in bold. "None" when nothing is
 * published.
 */
export function renderBusyTimes(
  view: StatsView,
  counts: StatsCounts,
  { level = 3 }: { level?: 2 | 3 } = {},
): TemplateResult {
  const t = view.t;
  const heading = unsafeStatic(`h${level}`);
  const cells = new Map((counts.breakdown.timeOfDay ?? []).map((c) => [c.key, c.count]));
  const days = STATS_WEEKDAYS.filter((d) =>
    STATS_DAY_PARTS.some((p) => cells.has(`${d.id}-${p.id}`)),
  );
  const numbers = [...cells.values()].filter((c): c is number => typeof c === 'number');
  const most = Math.max(0, ...numbers);
  return html`<section class="busy-times" part="busy-times">
    ${staticHtml`<${heading}>${t.statsTimeOfDay}</${heading}>`}
    ${
      days.length === 0
        ? html`<p>${t.statsNone}</p>`
        : html`<table part="table">
              <caption class="ido-visually-hidden">
                ${t.statsTimeOfDay}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t.statsWeekday}</th>
                  ${STATS_DAY_PARTS.map((p) => html`<th scope="col" class="num">${t.statsDayParts[p.id]}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${days.map(
                  (d) =>
                    html`<tr>
                      <th scope="row">${d.label[view.dataLanguage]}</th>
                      ${STATS_DAY_PARTS.map((p) => {
                        const count = cells.get(`${d.id}-${p.id}`) ?? 0;
                        return html`<td class="num">
                          ${
                            count === most && most > 0
                              ? html`<strong>${renderCount(view, count)}</strong>`
                              : renderCount(view, count)
                          }
                        </td>`;
                      })}
                    </tr>`,
                )}
              </tbody>
            </table>
            <p class="ido-hint">${t.statsDayPartsNote}</p>`
    }
  </section>`;
}
