import { css, html, nothing, type TemplateResult } from 'lit';
import type { CoordinatorKitStrings } from './kit-strings.js';

/**
 * The conflict view: a save met a newer version on the server (`IdoConflictError`), nothing was
 * overwritten, and the coordinator chooses. It shows the fields that differ side by side ("Uw
 * versie" / "Versie op de server") with two actions: save the own version anyway (the caller
 * saves with the error's `currentEtag`) or take the server's.
 */

/** Flattens a document into `path → text` (arrays of plain values joined, objects walked). */
export function flatten(value: unknown, prefix = '', out: Record<string, string> = {}) {
  if (value === undefined || value === null || value === '') {
    if (prefix) out[prefix] = '';
  } else if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) {
    out[prefix] = value.join(', ');
  } else if (typeof value === 'object') {
    const entries = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : Object.entries(value as Record<string, unknown>);
    if (!entries.length && prefix) out[prefix] = '';
    for (const [key, v] of entries) flatten(v, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out[prefix] = String(value as string | number | boolean);
  }
  return out;
}

/** One difference between the two versions. */
export interface ConflictRow {
  /** The field's label (or its path, for a field without one). */
  label: string;
  mine: string;
  theirs: string;
}

/**
 * The fields in which `mine` and `theirs` differ, grouped by the labelled paths in `labels`
 * (`hours.library` covers every path inside it) in their order, then the rest by path.
 * `updatedAt` never counts: the server stamps it.
 */
export function conflictRows(
  mine: unknown,
  theirs: unknown,
  labels: Readonly<Record<string, string>> = {},
): ConflictRow[] {
  const a = flatten(mine);
  const b = flatten(theirs);
  const known = Object.keys(labels);
  const groups = new Map<string, { label: string; mine: string[]; theirs: string[] }>();
  const paths = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (p) => p !== 'updatedAt' && (a[p] ?? '') !== (b[p] ?? ''),
  );
  for (const path of paths) {
    const field =
      known
        .filter((k) => path === k || path.startsWith(`${k}.`))
        .sort((x, y) => y.length - x.length)[0] ?? path;
    const group = groups.get(field) ?? { label: labels[field] ?? path, mine: [], theirs: [] };
    const inner = field === path ? '' : `${path.slice(field.length + 1)}: `;
    if (a[path]) group.mine.push(`${inner}${a[path]}`);
    if (b[path]) group.theirs.push(`${inner}${b[path]}`);
    groups.set(field, group);
  }
  const order = (field: string) => (known.includes(field) ? known.indexOf(field) : known.length);
  return [...groups.entries()]
    .sort(([x], [y]) => order(x) - order(y))
    .map(([, g]) => ({ label: g.label, mine: g.mine.join('\n'), theirs: g.theirs.join('\n') }));
}

/** What {@link conflictView} shows and does. */
export interface ConflictViewOptions {
  /** The kit's words (`this.t` of the shell or a panel). */
  t: CoordinatorKitStrings;
  /** The coordinator's draft. */
  mine: unknown;
  /** `IdoConflictError.current`: the server's version, or `null` when it was deleted. */
  theirs: unknown;
  /** Labels of the fields by path, in the order to show them. */
  labels?: Readonly<Record<string, string>>;
  /** A save is under way: the buttons say so and do nothing. */
  busy?: boolean;
  /** Save the draft anyway (with `IdoConflictError.currentEtag`, or `null` when deleted). */
  onKeepMine: () => void;
  /** Drop the draft and edit the server's version (absent when it was deleted). */
  onTakeTheirs: () => void;
}

/**
 * The conflict box. Its heading has `tabindex="-1"` so the caller can move focus there
 * ({@link focusConflict}) and a screen reader reads what happened.
 */
export function conflictView(o: ConflictViewOptions): TemplateResult {
  const deleted = o.theirs === null || o.theirs === undefined;
  const rows = deleted ? [] : conflictRows(o.mine, o.theirs, o.labels);
  const empty = o.t.coordKitEmpty;
  const cell = (text: string) =>
    text ? html`<span class="ck-pre">${text}</span>` : html`<span class="ck-empty">${empty}</span>`;
  const busy = o.busy ? 'true' : nothing;
  const guard = (action: () => void) => () => {
    if (!o.busy) action();
  };
  return html`<section class="ck-conflict" part="conflict" aria-labelledby="ck-conflict-heading">
    <h4 id="ck-conflict-heading" tabindex="-1">${o.t.coordKitConflictHeading}</h4>
    <p>${deleted ? o.t.coordKitConflictDeleted : o.t.coordKitConflictChanged}</p>
    ${
      rows.length
        ? html`<div
            class="ck-table-wrap"
            tabindex="0"
            role="region"
            aria-labelledby="ck-conflict-caption"
          >
            <table part="conflict-table">
              <caption id="ck-conflict-caption">
                ${o.t.coordKitConflictCaption}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${o.t.coordKitConflictField}</th>
                  <th scope="col">${o.t.coordKitConflictMine}</th>
                  <th scope="col">${o.t.coordKitConflictTheirs}</th>
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  (row) =>
                    html`<tr>
                      <th scope="row">${row.label}</th>
                      <td>${cell(row.mine)}</td>
                      <td>${cell(row.theirs)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : nothing
    }
    <div class="ck-actions">
      <button
        type="button"
        class="ido-button"
        aria-disabled=${busy}
        aria-busy=${busy}
        @click=${guard(o.onKeepMine)}
      >
        ${o.t.coordKitKeepMine}
      </button>
      <button
        type="button"
        class="ido-button ido-button--secondary"
        aria-disabled=${busy}
        @click=${guard(o.onTakeTheirs)}
      >
        ${o.t.coordKitTakeTheirs}
      </button>
    </div>
  </section>`;
}

/** Moves focus to the conflict view's heading in `root`, if one is shown. */
export function focusConflict(root: ParentNode): void {
  root.querySelector<HTMLElement>('#ck-conflict-heading')?.focus();
}

/** The conflict view's styles (the panel base and the shell include them). */
export const conflictStyles = css`
  .ck-conflict {
    border: 3px solid var(--_ido-color-negative);
    border-radius: var(--_ido-radius);
    padding: var(--_ido-space-md);
    margin-block: var(--_ido-space-md);
  }
  .ck-conflict h4 {
    margin-block-start: 0;
  }
  .ck-table-wrap {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  .ck-conflict table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  .ck-conflict caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--_ido-space-xs);
  }
  .ck-conflict th,
  .ck-conflict td {
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_ido-color-border);
    padding: var(--_ido-space-xs) var(--_ido-space-sm);
    overflow-wrap: anywhere;
  }
  .ck-pre {
    white-space: pre-line;
  }
  .ck-empty {
    color: var(--_ido-color-text-subtle);
  }
  .ck-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ido-space-sm);
    margin-block-start: var(--_ido-space-md);
  }
`;
