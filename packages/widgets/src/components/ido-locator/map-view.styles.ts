import { css } from 'lit';

/**
 * The locator's look for Leaflet's parts, adopted after Leaflet's own stylesheet: the page's
 * font, 44 px zoom buttons, numbered markers that match the list, a visible focus ring, and
 * system colours in forced-colours mode.
 */
export const mapOverrides = css`
  .leaflet-container {
    font: inherit;
    font-size: 1em;
    background: var(--_ido-color-surface);
  }
  .leaflet-container:focus-visible {
    outline: var(--_ido-focus-width) solid var(--_ido-focus-color);
    outline-offset: calc(-1 * var(--_ido-focus-width));
  }
  .leaflet-bar a,
  .leaflet-touch .leaflet-bar a {
    inline-size: var(--_ido-target);
    block-size: var(--_ido-target);
    line-height: var(--_ido-target);
    color: var(--_ido-color-text);
  }
  .leaflet-bar a:focus-visible {
    outline: var(--_ido-focus-width) solid var(--_ido-focus-color);
    outline-offset: 0;
    position: relative;
  }
  .leaflet-container .leaflet-control-attribution {
    padding-inline: var(--_ido-space-xs);
    background: rgb(255 255 255 / 0.9);
    color: var(--_ido-color-text);
    font-size: 0.875em;
  }
  .ido-marker {
    display: grid;
    place-items: center;
    border-radius: 50%;
  }
  .ido-marker > span {
    display: grid;
    place-items: center;
    inline-size: 2.25em;
    block-size: 2.25em;
    border: 3px solid #ffffff;
    border-radius: 50%;
    background: var(--_ido-color-accent);
    color: var(--_ido-color-on-accent);
    font-weight: 700;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.5);
  }
  .ido-marker.is-selected > span {
    inline-size: 2.75em;
    block-size: 2.75em;
    border-color: var(--_ido-color-accent);
    background: var(--_ido-color-text);
    color: var(--_ido-color-bg);
  }
  .ido-marker:focus-visible {
    outline: var(--_ido-focus-width) solid var(--_ido-focus-color);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .ido-marker > span {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
    .ido-marker.is-selected > span {
      background: Highlight;
      color: HighlightText;
      border-color: CanvasText;
    }
    .ido-marker:focus-visible {
      outline-color: Highlight;
    }
  }
`;
