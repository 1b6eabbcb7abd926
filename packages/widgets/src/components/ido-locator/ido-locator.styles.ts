import { css } from 'lit';
import { cardStyles } from '../../styles/card.js';
import { bringHelplineStyles } from '../../styles/bring-helpline.js';
import { searchResultsStyles } from '../../styles/search-results.js';

/**
 * <ido-locator>'s own layout, on the shared frame and cards: the form's controls wrapping rather
 * than shrinking (from 320 px up, and at 400% zoom), the list's numbers, the map and the
 * details of a result.
 */
const ownStyles = css`
  :host {
    --_ido-locator-map-height: var(--ido-locator-map-height, 24em);
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
  .list[aria-busy='true'] {
    opacity: 0.6;
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
  /* The shared card's mark has empty alternative text; here the mark is still read with the name. */
  .select[aria-pressed='true']::before {
    content: '✓';
  }
  /* Outreach sessions near the search: a list of its own under the results, cards like them. */
  .outreach {
    display: grid;
    gap: var(--_ido-space-sm);
    margin-block-start: var(--_ido-space-lg);
  }
  .outreach-heading {
    margin: 0;
    font-size: 1.125em;
  }
  .outreach-list {
    display: grid;
    gap: var(--_ido-space-md);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .outreach-item {
    display: grid;
    gap: var(--_ido-space-sm);
    min-inline-size: 0;
    padding: var(--_ido-space-md);
    border: 1px dashed var(--_ido-color-border);
    border-radius: var(--_ido-radius);
    background: var(--_ido-color-bg);
    overflow-wrap: anywhere;
  }
  .outreach-item .when {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .num,
    .filters,
    .outreach-item {
      border-color: CanvasText;
    }
  }
`;

/** The element's styles after the shared search-and-results frame and result cards. */
export const locatorStyles = [searchResultsStyles, cardStyles, bringHelplineStyles, ownStyles];
