import { css } from 'lit';
import { tokens } from './tokens.js';

/** Host defaults: inherit the page's font, block layout, honour `hidden`. */
export const hostStyles = css`
  :host {
    display: block;
    color: var(--_ido-color-text);
    font-family: var(--_ido-font-family);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
`;

/** A visible focus ring (≥ 2 px, ≥ 3:1) on everything focusable in the shadow root. */
export const focusStyles = css`
  :focus-visible {
    outline: var(--_ido-focus-width) solid var(--_ido-focus-color);
    outline-offset: var(--_ido-focus-offset);
  }
`;

/**
 * `.ido-button`: the primary action, filled with the accent colour; add `.ido-button--secondary`
 * for an outlined one. At least 44×44 px. The transparent border becomes visible in forced
 * colours mode, where backgrounds are dropped.
 */
export const buttonStyles = css`
  .ido-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_ido-space-sm);
    min-block-size: var(--_ido-target);
    min-inline-size: var(--_ido-target);
    padding-block: var(--_ido-space-xs);
    padding-inline: var(--_ido-space-md);
    border: 2px solid transparent;
    border-radius: var(--_ido-radius);
    background: var(--_ido-color-accent);
    color: var(--_ido-color-on-accent);
    font-weight: 600;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }
  .ido-button:hover {
    background: var(--_ido-color-accent-hover);
  }
  .ido-button--secondary {
    background: var(--_ido-color-bg);
    border-color: var(--_ido-color-link);
    color: var(--_ido-color-link);
  }
  .ido-button--secondary:hover {
    background: var(--_ido-color-surface);
    color: var(--_ido-color-link-hover);
  }
  .ido-button:disabled,
  .ido-button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  /* A retry that is running: still focusable, not pressable again. */
  .ido-button[aria-busy='true'] {
    cursor: progress;
  }
`;

/**
 * `.ido-link`: an underlined link in the link colour. Add `.ido-target` to a stand-alone link
 * or control (not one inside a sentence) to give it a 44×44 px target.
 */
export const linkStyles = css`
  .ido-link {
    color: var(--_ido-color-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .ido-link:hover {
    color: var(--_ido-color-link-hover);
    text-decoration-thickness: 2px;
  }
  .ido-target {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_ido-target);
    min-inline-size: var(--_ido-target);
  }
`;

/** `.ido-label`, `.ido-input` (inputs and selects), `.ido-hint` and `.ido-field-error`. */
export const inputStyles = css`
  .ido-label {
    display: block;
    font-weight: 600;
    margin-block-end: var(--_ido-space-xs);
  }
  .ido-hint {
    display: block;
    color: var(--_ido-color-text-subtle);
    margin-block-end: var(--_ido-space-xs);
  }
  .ido-input {
    min-block-size: var(--_ido-target);
    inline-size: 100%;
    max-inline-size: 100%;
    padding-block: var(--_ido-space-xs);
    padding-inline: var(--_ido-space-sm);
    border: 1px solid var(--_ido-color-border);
    border-radius: var(--_ido-radius);
    background: var(--_ido-color-bg);
    color: var(--_ido-color-text);
  }
  .ido-input[aria-invalid='true'] {
    border: 2px solid var(--_ido-color-negative);
  }
  .ido-field-error {
    display: block;
    color: var(--_ido-color-negative);
    font-weight: 600;
    margin-block: var(--_ido-space-xs);
  }
`;

/** `.ido-visually-hidden`: read by screen readers, not shown (live regions, extra labels). */
export const visuallyHiddenStyles = css`
  .ido-visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

/**
 * `.ido-status` with `.ido-status--open` / `.ido-status--closed` (always with words, never
 * colour alone); `.ido-alert` for an error box with a retry button; `.ido-loading`.
 */
export const statusStyles = css`
  .ido-status {
    display: inline-flex;
    align-items: center;
    gap: var(--_ido-space-xs);
    padding-block: 0.125em;
    padding-inline: var(--_ido-space-sm);
    border: 1px solid transparent;
    border-radius: var(--_ido-radius);
    font-weight: 600;
  }
  .ido-status--open {
    background: var(--_ido-color-positive-bg);
    color: var(--_ido-color-positive);
  }
  .ido-status--closed {
    background: var(--_ido-color-negative-bg);
    color: var(--_ido-color-negative);
  }
  .ido-alert {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ido-space-sm);
    padding: var(--_ido-space-sm) var(--_ido-space-md);
    border: 1px solid transparent;
    border-inline-start: 4px solid var(--_ido-color-negative);
    background: var(--_ido-color-negative-bg);
    color: var(--_ido-color-text);
  }
  .ido-loading {
    color: var(--_ido-color-text-subtle);
  }
`;

/** User preferences: no motion when reduced motion is asked; system colours in forced colours. */
export const preferenceStyles = css`
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .ido-button,
    .ido-status,
    .ido-alert,
    .ido-input {
      border-color: CanvasText;
    }
    .ido-button {
      border-color: ButtonText;
    }
    .ido-link {
      color: LinkText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/**
 * The dash between two times (`shared/time-range.ts`): drawn, with empty alternative text, so
 * screen readers and copied text get the spoken phrase around it ("van 10:00 tot 17:00") only.
 */
export const timeRangeStyles = css`
  .ido-range-dash::before {
    /* Browsers without alternative text for generated content still draw the dash. */
    content: '\\2009–\\2009';
    content: '\\2009–\\2009' / '';
  }
`;

/**
 * Everything above, in order. Start an element's styles with it:
 * `static override styles = [sharedStyles, css\`…\`]`.
 */
export const sharedStyles = [
  tokens,
  hostStyles,
  focusStyles,
  buttonStyles,
  linkStyles,
  inputStyles,
  visuallyHiddenStyles,
  timeRangeStyles,
  statusStyles,
  preferenceStyles,
];
