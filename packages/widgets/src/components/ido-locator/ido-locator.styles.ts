import { css } from 'lit';

/**
 * <ido-locator>'s own layout: one column that reflows from 320 px up (and at 400% zoom), the
 * form's controls wrapping rather than shrinking, cards for results with the list's numbers,
 * and the chosen result marked by more than colour.
 */
export const locatorStyles = css`
  :host {
    --_ido-locator-map-height: var(--ido-locator-map-height, 24em);
  }
  .base {
    display: grid;
    gap: var(--_ido-space-md);
    min-inline-size: 0;
  }
  p {
    margin: 0;
  }
  .form {
    display: grid;
    gap: var(--_ido-space-md);
  }
  .field {
    display: grid;
  }
  .field .ido-field-error {
    margin-block-start: 0;
  }
  .search-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ido-space-sm);
  }
  .search-row .ido-input {
    flex: 1 1 12em;
    inline-size: auto;
    min-inline-size: 0;
  }
  .locate {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ido-space-sm);
  }
  .or {
    color: var(--_ido-color-text-subtle);
  }
  .info {
    flex-basis: 100%;
    max-inline-size: 65ch;
    color: var(--_ido-color-text-subtle);
    font-size: 0.9375em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_ido-space-lg);
    min-inline-size: 0;
    margin: 0;
    padding: var(--_ido-space-xs) var(--_ido-space-md) var(--_ido-space-sm);
    border: 1px solid var(--_ido-color-border);
    border-radius: var(--_ido-radius);
  }
  .filters legend {
    padding-inline: var(--_ido-space-xs);
    font-weight: 600;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: var(--_ido-space-sm);
    min-block-size: var(--_ido-target);
    cursor: pointer;
  }
  .check input {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_ido-color-accent);
  }
  .radius {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ido-space-sm);
  }
  .radius .ido-input {
    inline-size: auto;
  }
  .status {
    font-weight: 600;
  }
  /* An empty live region stays in the accessibility tree (or it may not announce), but takes no room. */
  .status:empty {
    margin-block-end: calc(-1 * var(--_ido-space-md));
  }
  .status:focus {
    outline: none;
  }
  .status:focus-visible {
    outline: var(--_ido-focus-width) solid var(--_ido-focus-color);
    outline-offset: var(--_ido-focus-offset);
  }
  .map-toggle,
  .more {
    justify-self: start;
  }
  .map {
    block-size: min(60vh, var(--_ido-locator-map-height));
    min-block-size: 16em;
    border: 1px solid var(--_ido-color-border);
    border-radius: var(--_ido-radius);
  }
  .map[hidden],
  .map-panel[hidden] {
    display: none;
  }
  .list {
    display: grid;
    gap: var(--_ido-space-md);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list[aria-busy='true'] {
    opacity: 0.6;
  }
  .item {
    display: grid;
    gap: var(--_ido-space-sm);
    min-inline-size: 0;
    padding: var(--_ido-space-md);
    border: 1px solid var(--_ido-color-border);
    border-radius: var(--_ido-radius);
    background: var(--_ido-color-bg);
    overflow-wrap: anywhere;
  }
  .item[aria-current='true'] {
    border: 3px solid var(--_ido-color-accent);
    padding: calc(var(--_ido-space-md) - 2px);
    background: var(--_ido-color-surface);
  }
  .head {
    display: flex;
    align-items: flex-start;
    gap: var(--_ido-space-sm);
  }
  .num {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 2em;
    block-size: 2em;
    border: 1px solid transparent;
    border-radius: 50%;
    background: var(--_ido-color-accent);
    color: var(--_ido-color-on-accent);
    font-weight: 700;
  }
  .title {
    flex: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 var(--_ido-space-md);
    min-inline-size: 0;
  }
  .name {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
    hyphens: auto;
  }
  .distance {
    font-weight: 600;
    white-space: nowrap;
  }
  .hours {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ido-space-xs) var(--_ido-space-sm);
  }
  .hours-label {
    color: var(--_ido-color-text-subtle);
  }
  .services {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_ido-space-md);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .services li::before {
    /* A mark for the eye; the list already says "these apply" to a screen reader. */
    content: '✓' / '';
    margin-inline-end: var(--_ido-space-xs);
    color: var(--_ido-color-positive);
    font-weight: 700;
  }
  .links,
  .route {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: var(--_ido-space-md);
  }
  .links:empty {
    display: none;
  }
  .choose {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ido-space-sm);
  }
  .select[aria-pressed='true'] {
    background: var(--_ido-color-accent);
    border-color: var(--_ido-color-accent);
    color: var(--_ido-color-on-accent);
  }
  .select[aria-pressed='true']::before {
    content: '✓';
  }
  .chosen {
    font-weight: 600;
  }
  .empty {
    display: grid;
    gap: var(--_ido-space-sm);
  }
  .next {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ido-space-sm);
  }
  @media (forced-colors: active) {
    .item[aria-current='true'] {
      border-color: Highlight;
    }
    .num,
    .filters,
    .item {
      border-color: CanvasText;
    }
    .select[aria-pressed='true'] {
      border-color: Highlight;
      outline: 2px solid Highlight;
    }
  }
`;
