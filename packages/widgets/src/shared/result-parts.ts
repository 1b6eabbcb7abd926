import { html, nothing, type TemplateResult } from 'lit';

/**
 * The result line under a search form: `#status` (`part="status"`), a live region that
 * announces what was found and takes focus (`tabindex="-1"`) when a button that was pressed
 * has gone. Set as text, so data in it is never markup. Styled by `styles/search-results.ts`.
 */
export function renderResultLine(text: string): TemplateResult {
  return html`<p
    id="status"
    class="status"
    part="status"
    role="status"
    tabindex="-1"
    .textContent=${text}
  ></p>`;
}

/** A card's choose button, as {@link renderChoose} shows it. */
export interface ChooseOptions {
  /** This card is the chosen one: the button is pressed and `chosenText` shows beside it. */
  chosen: boolean;
  /** The button's text ("Kies deze locatie"). */
  label: string;
  /** Says, to screen readers only, which card the button is for. */
  forName: TemplateResult;
  /** Beside the pressed button, for the eye only: its state is already read ("Gekozen"). */
  chosenText: string;
  onClick: () => void;
}

/** The end of a result card (`.choose`): a toggle button (`.select`, `aria-pressed`). Styled by `styles/card.ts`. */
export function renderChoose(options: ChooseOptions): TemplateResult {
  const { chosen } = options;
  return html`<div class="choose">
    <button
      type="button"
      class="ido-button ido-button--secondary select"
      aria-pressed=${chosen ? 'true' : 'false'}
      @click=${options.onClick}
    >
      ${options.label}${options.forName}
    </button>
    ${chosen ? html`<span class="chosen" aria-hidden="true">${options.chosenText}</span>` : nothing}
  </div>`;
}

/** One way on when nothing was found; `false` or `undefined` where it does not apply. */
export interface NextStep {
  label: string;
  /** A filled button (the likeliest step) rather than an outlined one. */
  primary?: boolean;
  onClick: () => void;
}

/**
 * The buttons that offer a way on when nothing was found (`.next`). Each place keeps its own
 * button, so a step that goes does not hand its button (and focus) to the next one. Styled by
 * `styles/search-results.ts`.
 */
export function renderNextSteps(steps: readonly (NextStep | false | undefined)[]): TemplateResult {
  return html`<div class="next">
    ${steps.map((step) =>
      step
        ? html`<button
            type="button"
            class=${step.primary ? 'ido-button' : 'ido-button ido-button--secondary'}
            @click=${step.onClick}
          >
            ${step.label}
          </button>`
        : nothing,
    )}
  </div>`;
}
