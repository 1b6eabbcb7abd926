import { css } from 'lit';

export const statsStyles = css`
  :host {
    display: block;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ido-space-sm, 0.5rem) var(--ido-space-md, 1rem);
    align-items: end;
    margin-block: var(--ido-space-md, 1rem);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--ido-space-xs, 0.25rem);
  }
  .stepper {
    display: flex;
    gap: var(--ido-space-xs, 0.25rem);
    align-items: center;
  }
  .period {
    font-weight: 700;
    min-inline-size: 12ch;
    text-align: center;
  }
  select.ido-input {
    min-block-size: var(--ido-target-size, 44px);
  }
  h2,
  h3 {
    margin-block: var(--ido-space-md, 1rem) var(--ido-space-sm, 0.5rem);
    line-height: 1.25;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.05em;
  }
  .summary {
    font-size: 1.15em;
    font-weight: 700;
  }
  .sections {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    gap: var(--ido-space-md, 1rem) var(--ido-space-lg, 1.5rem);
  }
  section {
    min-inline-size: 0;
  }
  figure {
    margin: 0 0 var(--ido-space-sm, 0.5rem);
  }
  svg {
    display: block;
    inline-size: 100%;
    max-inline-size: 30rem;
    block-size: auto;
    overflow: visible;
  }
  .bar {
    fill: var(--ido-color-accent, var(--basis-color-accent-1-inverse-bg-default, #00587a));
  }
  .chart-text {
    fill: var(--ido-color-text, var(--basis-color-default-color-document, #1a1a1a));
    font-size: 13px;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: var(--ido-space-xs, 0.25rem);
  }
  th,
  td {
    text-align: start;
    padding: 0.25rem 0.5rem 0.25rem 0;
    border-block-end: 1px solid var(--ido-color-border, #767676);
    vertical-align: top;
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .legend {
    margin-block: var(--ido-space-md, 1rem);
    padding: var(--ido-space-sm, 0.5rem) var(--ido-space-md, 1rem);
    background: var(--ido-color-surface, var(--basis-color-default-bg-subtle, #f3f3f3));
    border-radius: var(--ido-border-radius, 4px);
  }
  .legend p {
    margin-block: 0.25rem;
  }
  .enrol {
    display: flex;
    flex-direction: column;
    gap: var(--ido-space-sm, 0.5rem);
    max-inline-size: 28rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ido-space-sm, 0.5rem);
    margin-block: var(--ido-space-md, 1rem);
  }
  .confirm {
    max-inline-size: 36rem;
    padding: var(--ido-space-sm, 0.5rem) var(--ido-space-md, 1rem);
    border-inline-start: 4px solid var(--ido-color-accent, #00587a);
  }
  .confirm p {
    margin-block: 0;
  }
  .confirm .actions {
    margin-block: var(--ido-space-sm, 0.5rem) 0;
  }
  .report {
    max-inline-size: 48rem;
  }
  .report h1 {
    font-size: 1.5em;
    margin-block: 0 var(--ido-space-sm, 0.5rem);
  }
  .report .meta {
    color: var(--ido-color-text-subtle, #595959);
  }
  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
    }
    .chart-text {
      fill: CanvasText;
    }
  }
  @media print {
    :host {
      color: #000;
      font-size: 11pt;
    }
    .controls,
    .actions,
    .confirm,
    .no-print {
      display: none !important;
    }
    .bar {
      fill: #333;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .report section,
    table,
    figure {
      break-inside: avoid;
    }
    h2,
    h3 {
      break-after: avoid;
    }
    .sections {
      display: block;
    }
    .legend {
      border: 1px solid #000;
    }
    /* The report on paper: the full width of the page, the categories two by two, each as its
       chart only (its bars carry the counts; the table beside it is for screen readers), so a
       quarter fills two A4 pages instead of four. */
    .report {
      max-inline-size: none;
    }
    .report-charts {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0 var(--ido-space-lg, 1.5rem);
    }
    .report figure + table {
      display: none;
    }
  }
`;
