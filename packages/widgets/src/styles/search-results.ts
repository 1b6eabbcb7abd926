import { css } from 'lit';

/**
 * The frame of an element that searches and lists what it found: one column (`.base`) that
 * reflows from 320 px up, a search field with its button (`.search-row`) that wraps rather than
 * shrinks, the result line (`.status`, a live region that can take focus) and the next steps
 * offered when nothing was found (`.empty` with `.next`).
 */
export const searchResultsStyles = css`
  .base {
    display: grid;
    gap: var(--_ido-space-md);
    min-inline-size: 0;
  }
  p {
    margin: 0;
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
  .empty {
    display: grid;
    gap: var(--_ido-space-sm);
  }
  .next {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ido-space-sm);
  }
`;
