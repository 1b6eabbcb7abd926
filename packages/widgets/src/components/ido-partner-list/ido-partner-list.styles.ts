import { css } from 'lit';

/**
 * <ido-partner-list>'s own layout: one column that reflows from 320 px up (and at 400 % zoom),
 * the form's controls wrapping rather than shrinking, a card per partner, the contact or
 * referral block set off by a bar, and the chosen partner marked by more than colour.
 */
export const partnerListStyles = css`
  .base {
    display: grid;
    gap: var(--_ido-space-md);
    min-inline-size: 0;
  }
  p {
    margin: 0;
  }
  .form {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_ido-space-md);
  }
  .field {
    display: grid;
    min-inline-size: 0;
  }
  .field--search {
    flex: 3 1 16rem;
  }
  .field--theme {
    flex: 1 1 12rem;
  }
  .search-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ido-space-sm);
  }
  .search-row .ido-input {
    flex: 1 1 10rem;
    inline-size: auto;
    min-inline-size: 0;
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
  .groups,
  .group {
    display: grid;
    gap: var(--_ido-space-md);
    min-inline-size: 0;
  }
  .groups {
    gap: var(--_ido-space-lg);
  }
  .group-heading {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .group-description {
    margin-block-start: calc(-1 * var(--_ido-space-sm));
    color: var(--_ido-color-text-subtle);
  }
  .list {
    display: grid;
    gap: var(--_ido-space-md);
    margin: 0;
    padding: 0;
    list-style: none;
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
  .name {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
    hyphens: auto;
  }
  .kind,
  .themes,
  .languages,
  .cost {
    color: var(--_ido-color-text);
  }
  .referral {
    display: grid;
    gap: var(--_ido-space-xs);
    padding: var(--_ido-space-sm) var(--_ido-space-md);
    border: 1px solid transparent;
    border-inline-start: 4px solid var(--_ido-color-accent);
    background: var(--_ido-color-surface);
  }
  .referral-title {
    font-weight: 600;
  }
  .routes {
    display: grid;
    gap: var(--_ido-space-sm);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .route {
    display: grid;
  }
  .route-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: var(--_ido-space-sm);
  }
  .method {
    font-weight: 600;
  }
  .method::after {
    content: ':';
  }
  .instructions {
    max-inline-size: 65ch;
  }
  .hours {
    display: grid;
    gap: var(--_ido-space-xs);
  }
  .hours-now {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ido-space-xs) var(--_ido-space-sm);
  }
  .hours-label {
    color: var(--_ido-color-text-subtle);
  }
  .ido-status {
    align-items: flex-start;
    max-inline-size: 100%;
  }
  /* The status shape differs by fill, so colour is never the only signal. */
  .shape {
    flex: none;
    margin-block-start: 0.375em;
    inline-size: 0.75em;
    block-size: 0.75em;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  .shape--open {
    border-width: 0.375em;
  }
  .week summary {
    gap: var(--_ido-space-xs);
    inline-size: fit-content;
    color: var(--_ido-color-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  /* The disclosure triangle (a flex summary loses the built-in marker); rotated when open. */
  .week summary::before {
    content: '▸' / '';
    display: inline-block;
    text-decoration: none;
  }
  .week[open] summary::before {
    content: '▾' / '';
  }
  .days {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .day {
    font-weight: 600;
  }
  time,
  .interval {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
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
    content: '✓' / '';
  }
  .chosen {
    font-weight: 600;
  }
  .empty {
    display: grid;
    gap: var(--_ido-space-sm);
  }
  .empty-title {
    font-weight: 600;
  }
  .tries {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .next {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ido-space-sm);
  }
  @media (forced-colors: active) {
    .item,
    .referral {
      border-color: CanvasText;
    }
    .item[aria-current='true'] {
      border-color: Highlight;
    }
    .week summary {
      color: LinkText;
    }
    .select[aria-pressed='true'] {
      border-color: Highlight;
      outline: 2px solid Highlight;
    }
  }
`;
