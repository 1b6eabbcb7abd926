import { css } from 'lit';

/**
 * The slip itself, on screen (in the dialog) and on paper: an A6 card (105 × 148 mm), in black
 * on white, with a dashed edge to cut along. Used in the dialog's shadow root and in the print
 * frame's document, so both show the same slip.
 */
export const slipStyles = css`
  .slip {
    box-sizing: border-box;
    inline-size: 105mm;
    max-inline-size: 100%;
    min-block-size: 148mm;
    padding: 6mm;
    border: 1px dashed #595959;
    background: #ffffff;
    color: #1a1a1a;
    font-family: system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif;
    font-size: 10.5pt;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }
  .slip * {
    box-sizing: border-box;
  }
  .slip-heading {
    margin: 0;
    font-size: 9.5pt;
  }
  .slip-name {
    margin: 0 0 3mm;
    font-size: 14pt;
    line-height: 1.2;
  }
  .slip-part {
    margin-block-end: 3mm;
  }
  .slip-part h4 {
    margin: 0;
    font-size: 10.5pt;
  }
  .slip-part p,
  .slip-part ul {
    margin: 0;
  }
  .slip-part ul {
    padding-inline-start: 5mm;
  }
  .slip-contact,
  .slip-hours {
    list-style: none;
    padding-inline-start: 0 !important;
  }
  .label,
  .day {
    font-weight: 600;
  }
  .slip-qr {
    display: flex;
    align-items: center;
    gap: 3mm;
    margin: 0;
  }
  .qr-code {
    flex: none;
    inline-size: 30mm;
    block-size: 30mm;
    forced-color-adjust: none;
  }
  .slip-qr figcaption {
    font-size: 9.5pt;
  }
  @media (forced-colors: active) {
    .slip {
      border-color: CanvasText;
    }
  }
`;

/**
 * The print frame's page: A4 paper with the A6 slip in its top corner (the start side of the
 * slip's language), no margins added by the browser, nothing else on it.
 */
export const slipPageStyles = css`
  @page {
    size: A4;
    margin: 10mm;
  }
  html,
  body {
    margin: 0;
    padding: 0;
    background: #ffffff;
  }
  .slip {
    break-inside: avoid;
    print-color-adjust: exact;
  }
`;

/** The dialog around the slip: its title, the language choice, print and close. */
export const slipDialogStyles = css`
  dialog {
    box-sizing: border-box;
    max-inline-size: min(100vw - 1rem, 40rem);
    max-block-size: calc(100dvh - 1rem);
    padding: var(--_ido-space-md, 1rem);
    border: 2px solid var(--_ido-color-border);
    border-radius: var(--_ido-radius, 4px);
    background: var(--_ido-color-bg);
    color: var(--_ido-color-text);
    font-family: var(--_ido-font-family);
    line-height: 1.5;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .slip-title {
    margin: 0 0 var(--_ido-space-sm, 0.5rem);
    font-size: 1.25rem;
  }
  .slip-controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_ido-space-sm, 0.5rem);
    margin-block-end: var(--_ido-space-md, 1rem);
  }
  .slip-language {
    display: flex;
    flex-direction: column;
  }
  .slip-frame {
    position: fixed;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: 210mm;
    block-size: 297mm;
    border: 0;
    visibility: hidden;
    pointer-events: none;
  }
  @media (forced-colors: active) {
    dialog {
      border-color: CanvasText;
    }
  }
`;
