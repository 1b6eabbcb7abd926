import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { matchOptions, type PickOption } from './draft.js';
import type { QuestionFormStrings } from './strings.js';

// The form's type-ahead fields (topics, organisations): an ARIA 1.2 combobox with a listbox
// popup and the chosen options as removable chips above it. Type to filter, ArrowDown/ArrowUp
// to move, Enter to choose (Enter in an empty closed field submits the form), Escape to close,
// then to clear; Backspace in an empty field removes the last chip.

/** What one field shows: its query, whether the list is open, the active option. */
export interface PickerState {
  query: string;
  open: boolean;
  active: number;
}

const CLOSED: PickerState = { query: '', open: false, active: 0 };
/** Options shown at most: a short list to read, the query narrows it. */
const SHOWN = 8;

/** The state of every type-ahead field of a form, by field id; `onChange` re-renders the form. */
export class PickerStates {
  #states = new Map<string, PickerState>();
  readonly #onChange: () => void;

  constructor(onChange: () => void) {
    this.#onChange = onChange;
  }

  get(id: string): PickerState {
    return this.#states.get(id) ?? CLOSED;
  }

  set(id: string, next: PickerState): void {
    this.#states.set(id, next);
    this.#onChange();
  }

  /** Every field empty and closed (after a registration). */
  reset(): void {
    this.#states = new Map();
    this.#onChange();
  }
}

/** One type-ahead field. */
export interface TopicPickerOptions {
  /** The input's id; the list, hint, error and options are named after it. */
  id: string;
  label: string;
  hint: string;
  /** Every option, in the order to offer them. */
  options: PickOption[];
  /** The ids chosen so far, shown as chips. */
  chosen: string[];
  /** The field's error message, if any. */
  error?: string | undefined;
  /** Marks the first field of the form (`data-start`). */
  start?: boolean;
  states: PickerStates;
  strings: Pick<QuestionFormStrings, 'formRemoveChoice' | 'formNoMatch'>;
  /** Something was typed. */
  onInput?: () => void;
  onPick: (option: PickOption) => void;
  onUnpick: (option: PickOption) => void;
  /** Announces a message (nothing matched the query on Enter). */
  say: (message: string) => void;
  /** Resolves after the form re-rendered, to move focus into the new state. */
  updated: () => Promise<unknown>;
}

/** The field: label, hint, error, chips, the combobox input and its listbox. */
export function renderTopicPicker(o: TopicPickerOptions): TemplateResult {
  const { id, label, states } = o;
  const state = states.get(id);
  const matches = state.open || state.query ? matchOptions(o.options, state.query, o.chosen) : [];
  const open = (state.open || !!state.query) && matches.length > 0;
  const active = open ? Math.min(state.active, matches.length - 1) : -1;
  const chosen = o.chosen.map((c) => o.options.find((x) => x.id === c) ?? { id: c, label: c });
  const describedBy = [`${id}-hint`, o.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field picker">
    <label class="ido-label" for=${id}>${label}</label>
    <span class="ido-hint" id=${`${id}-hint`}>${o.hint}</span>
    ${o.error ? html`<span class="ido-field-error" id=${`${id}-error`}>${o.error}</span>` : nothing}
    ${
      chosen.length
        ? html`<ul class="chips" aria-label=${label}>
            ${chosen.map(
              (option) =>
                html`<li>
                  <button
                    type="button"
                    class="chip"
                    aria-label=${o.strings.formRemoveChoice(option.label)}
                    @click=${async (e: Event) => {
                      const root = (e.currentTarget as HTMLElement).getRootNode() as ParentNode;
                      o.onUnpick(option);
                      await o.updated();
                      root.querySelector<HTMLElement>(`#${id}`)?.focus();
                    }}
                  >
                    <span>${option.label}</span><span aria-hidden="true" class="x">×</span>
                  </button>
                </li>`,
            )}
          </ul>`
        : nothing
    }
    <div class="combo">
      <input
        id=${id}
        class="ido-input"
        type="text"
        dir="auto"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        ?data-start=${o.start === true}
        aria-autocomplete="list"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${`${id}-list`}
        aria-activedescendant=${open && active >= 0 ? `${id}-opt-${active}` : nothing}
        aria-describedby=${describedBy}
        aria-invalid=${o.error ? 'true' : 'false'}
        .value=${live(state.query)}
        @input=${(e: Event) => {
          o.onInput?.();
          const query = (e.target as HTMLInputElement).value;
          states.set(id, { query, open: query.trim() !== '', active: 0 });
        }}
        @keydown=${(e: KeyboardEvent) => onKey(e, o, matches, state.query)}
        @blur=${() => {
          const now = states.get(id);
          if (now.open) states.set(id, { ...now, open: false });
        }}
      />
      <ul class="listbox" id=${`${id}-list`} role="listbox" aria-label=${label} ?hidden=${!open}>
        ${
          open
            ? matches
                .slice(0, SHOWN)
                .map(
                  (option, n) =>
                    html`<li
                      id=${`${id}-opt-${n}`}
                      role="option"
                      class="option"
                      aria-selected=${n === active ? 'true' : 'false'}
                      @mousedown=${(e: Event) => e.preventDefault()}
                      @click=${() => pick(o, option)}
                    >
                      ${option.label}
                    </li>`,
                )
            : nothing
        }
      </ul>
      ${
        state.query.trim() && !matches.length
          ? html`<span class="ido-hint">${o.strings.formNoMatch(state.query.trim())}</span>`
          : nothing
      }
    </div>
  </div>`;
}

function pick(o: TopicPickerOptions, option: PickOption): void {
  o.onPick(option);
  o.states.set(o.id, CLOSED);
}

/**
 * `matches` and `shownFor` are what the last render showed: a key that arrives before the list
 * caught up with the typing (a busy page, keys typed fast) never takes an option that was not
 * on screen for the text in the field.
 */
function onKey(
  event: KeyboardEvent,
  o: TopicPickerOptions,
  matches: PickOption[],
  shownFor: string,
): void {
  const { id, states } = o;
  const state = states.get(id);
  switch (event.key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      event.preventDefault();
      if (!matches.length) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const active = state.open
        ? (state.active + step + matches.length) % matches.length
        : step > 0
          ? 0
          : matches.length - 1;
      states.set(id, { ...state, open: true, active });
      return;
    }
    case 'Enter': {
      if (!state.open && !state.query.trim()) return; // an empty field: the form is submitted
      event.preventDefault();
      if ((event.target as HTMLInputElement).value !== shownFor) return; // the list is behind
      const option = matches[state.active] ?? matches[0];
      if (option) pick(o, option);
      else o.say(o.strings.formNoMatch(state.query.trim()));
      return;
    }
    case 'Escape':
      if (state.open || state.query) {
        event.preventDefault();
        event.stopPropagation();
        states.set(id, { query: state.open ? state.query : '', open: false, active: 0 });
      }
      return;
    case 'Backspace': {
      if (state.query) return;
      const lastId = o.chosen[o.chosen.length - 1];
      const option = o.options.find((x) => x.id === lastId);
      if (option) {
        event.preventDefault();
        o.onUnpick(option);
      }
      return;
    }
    default:
      return;
  }
}
