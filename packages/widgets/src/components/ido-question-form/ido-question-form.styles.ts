import { css } from 'lit';

/**
 * <ido-question-form>'s layout: one column that reflows from 320 px up (and at 400 % zoom),
 * choices as large wrapping targets (≥ 44 px), the type-ahead list below its field, findings in
 * the note marked by more than colour.
 */
export const questionFormStyles = css`
  .base,
  .form,
  .enrol {
    display: grid;
    gap: var(--_ido-space-md);
    min-inline-size: 0;
  }
  p {
    margin: 0;
  }
  .heading {
    font-size: 1.25em;
    font-weight: 700;
  }
  .row,
  .toolbar,
  .session,
  .outbox,
  .banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ido-space-sm);
  }
  .session p {
    flex: 1 1 14rem;
  }
  .row .ido-input.code {
    flex: 1 1 10rem;
    inline-size: auto;
    min-inline-size: 0;
    font-family: ui-monospace, monospace;
    letter-spacing: 0.1em;
    text-transform: uppercase;
  }
  .field {
    display: grid;
    min-inline-size: 0;
  }
  .group,
  .choices {
    display: grid;
    gap: var(--_ido-space-md);
    min-inline-size: 0;
    margin: 0;
    padding: var(--_ido-space-sm) var(--_ido-space-md) var(--_ido-space-md);
    border: 1px solid var(--_ido-color-border);
    border-radius: var(--_ido-radius);
  }
  .group > legend {
    padding-inline: var(--_ido-space-xs);
    font-weight: 700;
    font-size: 1.125em;
  }
  .choices {
    gap: var(--_ido-space-xs);
    padding: 0;
    border: 0;
  }
  .choices > legend {
    padding: 0;
    margin-block-end: var(--_ido-space-xs);
    font-weight: 600;
  }
  .choice-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ido-space-xs);
  }
  .choice,
  .check {
    display: inline-flex;
    align-items: center;
    gap: var(--_ido-space-sm);
    min-block-size: var(--_ido-target);
    padding-inline: var(--_ido-space-sm);
    border: 1px solid var(--_ido-color-border);
    border-radius: var(--_ido-radius);
    background: var(--_ido-color-bg);
    cursor: pointer;
  }
  .check {
    border: 0;
    padding-inline: 0;
  }
  .choice:has(input:checked) {
    border: 2px solid var(--_ido-color-accent);
    background: var(--_ido-color-surface);
    font-weight: 600;
  }
  .choice input,
  .check input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_ido-color-accent);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ido-space-xs);
    margin: 0 0 var(--_ido-space-xs);
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_ido-space-xs);
    min-block-size: var(--_ido-target);
    padding-inline: var(--_ido-space-sm);
    border: 2px solid var(--_ido-color-accent);
    border-radius: var(--_ido-radius);
    background: var(--_ido-color-surface);
    color: var(--_ido-color-text);
    font-weight: 600;
    cursor: pointer;
  }
  .chip .x {
    font-size: 1.25em;
    line-height: 1;
  }
  .combo {
    position: relative;
    display: grid;
  }
  .listbox {
    margin: 0;
    padding: 0;
    list-style: none;
    border: 1px solid var(--_ido-color-border);
    border-block-start: 0;
    border-radius: 0 0 var(--_ido-radius) var(--_ido-radius);
    background: var(--_ido-color-bg);
  }
  .listbox[hidden] {
    display: none;
  }
  .option {
    display: flex;
    align-items: center;
    min-block-size: var(--_ido-target);
    padding-inline: var(--_ido-space-sm);
    cursor: pointer;
  }
  .option[aria-selected='true'] {
    background: var(--_ido-color-accent);
    color: var(--_ido-color-on-accent);
    outline: 2px solid transparent;
  }
  textarea.ido-input {
    resize: vertical;
  }
  .count {
    margin-block-start: var(--_ido-space-xs);
  }
  .finding {
    display: grid;
    gap: var(--_ido-space-xs);
    justify-items: start;
    margin-block-end: var(--_ido-space-xs);
  }
  .note-preview {
    overflow-wrap: anywhere;
  }
  mark {
    padding-inline: 0.125em;
    background: var(--_ido-color-negative-bg);
    color: var(--_ido-color-negative);
    font-weight: 700;
    text-decoration: underline wavy;
  }
  mark.warning {
    background: var(--_ido-color-surface);
    color: inherit;
    font-weight: 700;
    text-decoration: underline dotted;
  }
  .summary {
    display: grid;
    gap: var(--_ido-space-xs);
    padding: var(--_ido-space-sm) var(--_ido-space-md);
    border: 3px solid var(--_ido-color-negative);
    border-radius: var(--_ido-radius);
  }
  .summary-title {
    font-weight: 700;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .summary a {
    display: inline-block;
    min-block-size: var(--_ido-target);
    padding-block: 0.6rem;
  }
  .badge {
    padding: var(--_ido-space-xs) var(--_ido-space-sm);
    border: 2px solid var(--_ido-color-text);
    border-radius: var(--_ido-radius);
    background: var(--_ido-color-surface);
    font-weight: 700;
  }
  .banner {
    padding: var(--_ido-space-sm) var(--_ido-space-md);
    border-inline-start: 4px solid var(--_ido-color-accent);
    background: var(--_ido-color-surface);
  }
  .banner p {
    flex: 1 1 14rem;
  }
  .held {
    display: grid;
    gap: var(--_ido-space-sm);
    padding: var(--_ido-space-sm) var(--_ido-space-md);
    border: 2px solid var(--_ido-color-negative);
    border-radius: var(--_ido-radius);
  }
  .held ul {
    display: grid;
    gap: var(--_ido-space-md);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .held li {
    display: grid;
    gap: var(--_ido-space-xs);
  }
  .held-title {
    font-weight: 600;
  }
  .confirm {
    display: grid;
    gap: var(--_ido-space-sm);
  }
  .confirmation {
    padding: var(--_ido-space-xs) var(--_ido-space-sm);
    border-inline-start: 4px solid var(--_ido-color-positive);
    background: var(--_ido-color-positive-bg);
    color: var(--_ido-color-text);
    font-weight: 600;
  }
  .settings {
    display: grid;
    gap: var(--_ido-space-xs);
  }
  .default-channel {
    font-weight: 600;
  }
  details {
    display: grid;
    gap: var(--_ido-space-sm);
    min-inline-size: 0;
  }
  details > summary {
    display: list-item;
    min-block-size: var(--_ido-target);
    padding-block: 0.6rem;
    cursor: pointer;
    font-weight: 600;
  }
  .afterwards,
  .today {
    padding: 0 var(--_ido-space-md);
    border: 1px solid var(--_ido-color-border);
    border-radius: var(--_ido-radius);
  }
  .afterwards[open],
  .today[open] {
    padding-block-end: var(--_ido-space-md);
  }
  .afterwards-fields {
    display: grid;
    gap: var(--_ido-space-md);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    align-items: start;
  }
  .today-list {
    display: grid;
    gap: var(--_ido-space-md);
    margin: var(--_ido-space-sm) 0 0;
    padding: 0;
    list-style: none;
  }
  .today-list li {
    display: grid;
    gap: var(--_ido-space-xs);
    padding-block-start: var(--_ido-space-sm);
    border-block-start: 1px solid var(--_ido-color-border);
  }
  .today-time {
    font-variant-numeric: tabular-nums;
    font-weight: 700;
    margin-inline-end: var(--_ido-space-xs);
  }
  .today-state {
    color: var(--_ido-color-text-subtle);
  }
  .today-withdrawn {
    text-decoration: line-through;
  }
  .unstored {
    display: grid;
    gap: var(--_ido-space-sm);
  }
  @media (forced-colors: active) {
    .choice:has(input:checked),
    .chip,
    .option[aria-selected='true'] {
      border-color: Highlight;
    }
    .option[aria-selected='true'] {
      outline-color: Highlight;
    }
    mark {
      color: Mark;
      background: MarkText;
    }
  }
`;
