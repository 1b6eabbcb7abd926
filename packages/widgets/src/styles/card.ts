import { css } from 'lit';

/**
 * A result list of cards (`.list` of `.item`) with an open/closed line (`.hours-line`), each
 * ending in a choose button (`.choose` with `.select` and `.chosen`, see `shared/result-parts.ts`):
 * the chosen card (`aria-current="true"`) and its pressed button are marked by more than colour:
 * a thicker border, a surface and a check mark.
 */
export const cardStyles = css`
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
    /* The thicker border takes its room from the padding: the text does not move. */
    padding: calc(var(--_ido-space-md) - 2px);
    background: var(--_ido-color-surface);
  }
  /* A card's open/closed line: its label, then the status, which wraps under it when narrow. */
  .hours-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ido-space-xs) var(--_ido-space-sm);
  }
  .hours-label {
    color: var(--_ido-color-text-subtle);
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
  @media (forced-colors: active) {
    .item {
      border-color: CanvasText;
    }
    .item[aria-current='true'] {
      border-color: Highlight;
    }
    .select[aria-pressed='true'] {
      border-color: Highlight;
      outline: 2px solid Highlight;
    }
  }
`;
