import { css } from 'lit';
import { conflictStyles } from './conflict-view.js';
import { formKitStyles } from './form-kit.js';
import { panelStyles } from './panel-base.js';

/**
 * <ido-coordinator>'s layout: one column that reflows from 320 px up (and at 400 % zoom), the
 * sections as a wrapping row of 44 px buttons with the current one marked by more than colour
 * (a thick underline that forced colours keep).
 */
export const coordinatorStyles = [
  formKitStyles,
  conflictStyles,
  panelStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
    }
    .coord {
      display: grid;
      gap: var(--_ido-space-md);
      min-inline-size: 0;
    }
    h2 {
      font-size: 1.5em;
      margin: 0;
    }
    h3 {
      font-size: 1.25em;
      margin: 0 0 var(--_ido-space-md);
    }
    h3:focus {
      outline: none;
    }
    h3:focus-visible {
      outline: var(--_ido-focus-width) solid var(--_ido-focus-color);
      outline-offset: var(--_ido-focus-offset);
    }
    .coord-who {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_ido-space-sm);
      align-items: center;
      margin: 0;
    }
    .coord-status {
      margin: 0;
      font-weight: 600;
    }
    .coord-status:empty {
      display: none;
    }
    .coord-sign-in {
      display: grid;
      gap: var(--_ido-space-sm);
      justify-items: start;
      max-inline-size: 36em;
    }
    .coord-sign-in .ck-field,
    .coord-notice {
      inline-size: 100%;
      margin: 0;
    }
    .coord-code {
      font-family: ui-monospace, monospace;
      letter-spacing: 0.1em;
      max-inline-size: 16em;
    }
    .coord-nav ul {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_ido-space-xs);
      list-style: none;
      margin: 0;
      padding: 0;
      border-block-end: 1px solid var(--_ido-color-border);
    }
    .coord-tab {
      min-block-size: var(--_ido-target);
      min-inline-size: var(--_ido-target);
      padding-inline: var(--_ido-space-sm);
      border: 0;
      border-block-end: 4px solid transparent;
      background: none;
      color: var(--_ido-color-link);
      font: inherit;
      text-decoration: underline;
      cursor: pointer;
    }
    .coord-tab:hover {
      color: var(--_ido-color-link-hover);
    }
    .coord-tab[aria-current='true'] {
      color: var(--_ido-color-text);
      font-weight: 700;
      text-decoration: none;
      border-block-end-color: var(--_ido-color-accent);
    }
    .coord-tab:focus-visible {
      outline: var(--_ido-focus-width) solid var(--_ido-focus-color);
      outline-offset: calc(-1 * var(--_ido-focus-width));
    }
    @media (forced-colors: active) {
      .coord-tab[aria-current='true'] {
        border-block-end-color: Highlight;
      }
    }
  `,
];
