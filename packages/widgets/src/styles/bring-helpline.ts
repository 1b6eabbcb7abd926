import { css } from 'lit';

/**
 * What to bring (`.bring`, see `shared/bring.ts`) and the national help line (`.helpline`, see
 * `shared/helpline.ts`), as every element that shows them styles them: a short list with
 * bullets, and a line that wraps anywhere at 320 px.
 */
export const bringHelplineStyles = css`
  .bring-title {
    margin: 0;
    font-weight: 600;
  }
  .bring-list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .helpline {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;
