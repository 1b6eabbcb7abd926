import { css } from 'lit';

/**
 * `.shape` inside an `.ido-status`: a ring for closed, a filled dot with `.shape--open`, so the
 * status differs by shape as well as by words and colour. The status itself should align its
 * items to the start, so the shape stays on the first line when the text wraps.
 */
export const statusShapeStyles = css`
  .shape {
    flex: none;
    /* Centred on the first line (line-height 1.5) when the text wraps. */
    margin-block-start: 0.375em;
    inline-size: 0.75em;
    block-size: 0.75em;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  .shape--open {
    /* Filled with a border rather than a background: borders survive forced colours. */
    border-width: 0.375em;
  }
`;
