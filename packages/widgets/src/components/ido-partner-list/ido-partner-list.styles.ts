import { css } from 'lit';
import { cardStyles } from '../../styles/card.js';
import { searchResultsStyles } from '../../styles/search-results.js';
import { bringHelplineStyles } from '../../styles/bring-helpline.js';
import { statusShapeStyles } from '../../styles/status-shape.js';

/**
 * <ido-partner-list>'s own layout, on the shared frame and cards: the form's controls wrapping
 * rather than shrinking (from 320 px up, and at 400 % zoom), groups, the contact or referral
 * block set off by a bar, and a partner's hours.
 */
const ownStyles = css`
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
  .search-row .ido-input {
    flex-basis: 10rem;
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
  /* The data's Dutch on an Arabic page runs left to right, yet starts where the card's text does. */
  .base[dir='rtl'] [lang='nl'][dir='ltr'] {
    justify-self: start;
    inline-size: fit-content;
  }
  .hours {
    display: grid;
    gap: var(--_ido-space-xs);
  }
  .ido-status {
    align-items: flex-start;
    max-inline-size: 100%;
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
  .empty-title {
    font-weight: 600;
  }
  .tries {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  @media (forced-colors: active) {
    .referral {
      border-color: CanvasText;
    }
    .week summary {
      color: LinkText;
    }
  }
`;

/** The element's styles after the shared search-and-results frame, cards and status shape. */
export const partnerListStyles = [
  searchResultsStyles,
  cardStyles,
  statusShapeStyles,
  bringHelplineStyles,
  ownStyles,
];
