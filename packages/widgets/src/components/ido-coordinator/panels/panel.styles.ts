import { css } from 'lit';

/**
 * Layout of the coordinator's panels: tables that scroll inside themselves at 320 px, forms in
 * one column, notices and badges that keep their border in forced colours.
 */
export const panelsStyles = css`
  .panel {
    display: grid;
    gap: var(--_ido-space-md);
  }
  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.25;
  }
  p {
    margin: 0;
  }
  .table-wrap {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: var(--_ido-space-xs) var(--_ido-space-sm);
    border-block-end: 1px solid var(--_ido-color-border);
  }
  tr.past {
    color: var(--_ido-color-text-subtle);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ido-space-xs);
  }
  .notice {
    border: 2px solid var(--_ido-color-negative);
    border-radius: var(--_ido-radius);
    padding: var(--_ido-space-sm) var(--_ido-space-md);
    background: var(--_ido-color-negative-bg);
  }
  .notice ul {
    margin: var(--_ido-space-xs) 0 0;
    padding-inline-start: 1.25em;
  }
  .badge {
    display: inline-block;
    margin-inline-start: var(--_ido-space-xs);
    padding: 0 var(--_ido-space-xs);
    border: 1px solid var(--_ido-color-negative);
    border-radius: var(--_ido-radius);
    color: var(--_ido-color-negative);
    font-weight: 600;
    font-size: 0.875em;
  }
  form,
  fieldset {
    display: grid;
    gap: var(--_ido-space-sm);
  }
  fieldset {
    margin: 0;
    padding: var(--_ido-space-sm) var(--_ido-space-md);
    border: 1px solid var(--_ido-color-border);
    border-radius: var(--_ido-radius);
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
    padding-inline: var(--_ido-space-xs);
  }
  .field {
    display: grid;
    gap: 0.25em;
  }
  .field .ido-input {
    inline-size: 100%;
    max-inline-size: 40em;
  }
  textarea.ido-input {
    min-block-size: 5em;
  }
  .for-residents {
    border-inline-start: 6px solid var(--_ido-color-positive);
  }
  .for-staff {
    border-inline-start: 6px solid var(--_ido-color-accent);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ido-space-xs) var(--_ido-space-md);
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: var(--_ido-space-xs);
    min-block-size: var(--_ido-target);
  }
  .choice input {
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ido-space-sm);
  }
  .code {
    font-family: ui-monospace, monospace;
    font-size: 2em;
    font-weight: 700;
    letter-spacing: 0.1em;
    overflow-wrap: anywhere;
    padding: var(--_ido-space-sm);
    border: 2px solid var(--_ido-color-border);
    border-radius: var(--_ido-radius);
    background: var(--_ido-color-surface);
  }
  dialog {
    max-inline-size: min(36em, calc(100vw - 2em));
    border: 2px solid var(--_ido-color-border);
    border-radius: var(--_ido-radius);
    color: inherit;
    background: var(--_ido-color-bg);
  }
  dl.versions {
    display: grid;
    gap: var(--_ido-space-xs);
  }
  dl.versions dd {
    margin: 0;
  }
  .columns {
    display: grid;
    gap: var(--_ido-space-md);
    grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
  }
  @media (forced-colors: active) {
    .notice,
    .badge,
    .for-residents,
    .for-staff {
      border-color: CanvasText;
    }
    tr.past {
      color: GrayText;
    }
  }
`;
