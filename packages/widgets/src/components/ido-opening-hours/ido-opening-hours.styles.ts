import { css } from 'lit';
import { bringHelplineStyles } from '../../styles/bring-helpline.js';
import { statusShapeStyles } from '../../styles/status-shape.js';

/**
 * Styles of <ido-opening-hours>. The element queries its own width (a container), so two week
 * tables sit side by side only where there is room (≥ 30em) and stack below that: nothing
 * scrolls sideways at 320 px or at 400 % zoom.
 */
const ownStyles = css`
  .base {
    container: ido-hours / inline-size;
    display: grid;
    gap: var(--_ido-space-md);
  }

  /* A status: words first, and a shape that differs by fill, so colour is never the only signal. */
  .status {
    align-items: flex-start;
    max-inline-size: 100%;
  }

  .compact {
    margin: 0;
  }

  .today {
    display: grid;
    gap: var(--_ido-space-sm);
    margin: 0;
  }
  .today-item {
    display: grid;
    gap: var(--_ido-space-xs);
    padding: var(--_ido-space-sm) var(--_ido-space-md);
    border: 1px solid transparent;
    border-radius: var(--_ido-radius);
    background: var(--_ido-color-surface);
  }
  .today-label {
    font-weight: 600;
  }
  .today-value {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_ido-space-xs);
    margin: 0;
  }

  .note {
    margin: 0;
  }

  .weeks {
    display: grid;
    gap: var(--_ido-space-lg);
    align-items: start;
  }
  @container ido-hours (min-width: 30em) {
    .weeks--two {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  caption {
    padding-block-end: var(--_ido-space-xs);
    font-weight: 600;
    text-align: start;
  }
  th,
  td {
    padding-block: var(--_ido-space-xs);
    padding-inline: var(--_ido-space-xs);
    border-block-end: 1px solid color-mix(in srgb, var(--_ido-color-border) 45%, transparent);
    font-weight: inherit;
    text-align: start;
    vertical-align: top;
  }
  th {
    /* As narrow as the longest weekday, so both tables line up and the times get the rest. */
    inline-size: 1%;
    border-inline-start: 4px solid transparent;
    white-space: nowrap;
  }
  .is-today {
    background: var(--_ido-color-surface);
  }
  .is-today th {
    border-inline-start-color: var(--_ido-color-accent);
    font-weight: 700;
  }
  .marker {
    display: block;
    inline-size: fit-content;
    padding-inline: var(--_ido-space-xs);
    border: 1px solid currentColor;
    border-radius: var(--_ido-radius);
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.3;
  }

  .intervals {
    display: inline;
  }
  .interval {
    display: inline-block;
  }
  /* In a table, one interval per line: "10:00 – 12:00," above "13:00 – 17:00". */
  td .interval {
    display: block;
  }
  time {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .reason {
    display: block;
    color: var(--_ido-color-text-subtle);
    font-size: 0.9375em;
    font-weight: 400;
  }
  /* A Dutch note on an Arabic page runs left to right, yet stays beside its day (at the start). */
  .reason[dir='ltr'] {
    inline-size: fit-content;
  }

  .changes,
  .outreach {
    padding: var(--_ido-space-sm) var(--_ido-space-md);
    border: 1px solid transparent;
    border-inline-start: 4px solid var(--_ido-color-accent);
    background: var(--_ido-color-surface);
  }
  .changes-title,
  .outreach-title {
    margin: 0 0 var(--_ido-space-xs);
    font-weight: 600;
  }
  .changes ul,
  .outreach ul {
    display: grid;
    gap: var(--_ido-space-xs);
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .change-date,
  .outreach-date {
    font-weight: 600;
  }
  /* "Woensdag 9 december" may wrap: in a narrow sidebar the date alone is wider than the card. */
  .outreach-date {
    white-space: normal;
  }
  .change-entry,
  .outreach-description {
    display: block;
  }
  /* "Gesloten" at the start of a cell or line; the today line keeps "Vandaag: gesloten". */
  td::first-letter,
  .change-entry::first-letter {
    text-transform: uppercase;
  }

  .contact {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_ido-space-lg);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  @media (forced-colors: active) {
    .is-today th {
      border-inline-start-color: CanvasText;
    }
    .changes,
    .outreach {
      border-color: CanvasText;
    }
    .today-item {
      border-color: CanvasText;
    }
  }
`;

/** The element's styles after the shared status shape. */
export const openingHoursStyles = [statusShapeStyles, bringHelplineStyles, ownStyles];
