import { html, nothing, type TemplateResult } from 'lit';

/** The words of the conflict view. */
export interface ConflictTexts {
  intro: string;
  gone: string;
  theirs: string;
  yours: string;
  useTheirs: string;
  keepMine: string;
}

/** Both versions after a refused save (412), side by side, and the two ways on. */
export interface ConflictView<T> {
  t: ConflictTexts;
  /** The server's version; `null` when it was deleted meanwhile. */
  current: T | null;
  mine: T;
  /** The lines to compare: label and how to read it from a version. */
  rows: [string, (doc: T) => string][];
  onUseTheirs: () => void;
  onKeepMine: () => void;
}

/** Shows what the server has and what the coordinator typed; nothing is overwritten silently. */
export function renderConflict<T>(view: ConflictView<T>): TemplateResult {
  const { t, current, mine } = view;
  const version = (title: string, doc: T) => html`<div>
    <h4>${title}</h4>
    <dl class="versions">
      ${view.rows.map(
        ([label, read]) => html`<div><dt>${label}</dt><dd>${read(doc) || '—'}</dd></div>`,
      )}
    </dl>
  </div>`;
  return html`<div class="notice" part="conflict" role="alert" tabindex="-1">
    <p>${current ? t.intro : t.gone}</p>
    <div class="columns">
      ${current ? version(t.theirs, current) : nothing} ${version(t.yours, mine)}
    </div>
    <div class="actions">
      <button class="ido-button ido-button--secondary" type="button" @click=${view.onUseTheirs}>
        ${t.useTheirs}
      </button>
      <button class="ido-button" type="button" @click=${view.onKeepMine}>${t.keepMine}</button>
    </div>
  </div>`;
}
