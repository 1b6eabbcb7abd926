import { html, nothing, type TemplateResult } from 'lit';

/** What {@link listTable} shows. */
export interface ListTableOptions {
  /** The table's part name (`list`, `desks`, `report-keys`). */
  part: string;
  /**
   * The id that names the table's scrolling region: the caption's own (with `caption`), or a
   * heading's above it.
   */
  labelledBy: string;
  /** A caption for screen readers (visually hidden), given the id `labelledBy`. */
  caption?: string;
  headings: readonly string[];
  rows: readonly TemplateResult[];
  /** Shown instead of the table when there are no rows. */
  empty: string;
}

/**
 * A panel's list: a table in a region that scrolls sideways on a narrow screen (focusable, so a
 * keyboard can scroll it), one header row, a row per item; a sentence when there is none.
 */
export function listTable(o: ListTableOptions): TemplateResult {
  if (o.rows.length === 0) return html`<p>${o.empty}</p>`;
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby=${o.labelledBy}>
    <table part=${o.part}>
      ${
        o.caption
          ? html`<caption id=${o.labelledBy} class="ido-visually-hidden">
              ${o.caption}
            </caption>`
          : nothing
      }
      <thead>
        <tr>
          ${o.headings.map((heading) => html`<th scope="col">${heading}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${o.rows}
      </tbody>
    </table>
  </div>`;
}
