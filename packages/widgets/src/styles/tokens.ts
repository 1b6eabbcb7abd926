import { css } from 'lit';

/**
 * The theming contract. Each public `--ido-*` property falls back to the matching NL Design
 * System `--basis-*` token, then to our default, so a library on an NLDS theme gets its house
 * style without configuration. Elements use only the private `--_ido-*` copies, which lets a
 * page set `--ido-*` on any ancestor (`body { --ido-color-accent: #7a0045 }`).
 *
 * Default pairs and their WCAG contrast (checked): text #1a1a1a on #ffffff 17.4:1, on surface
 * #f3f3f3 15.7:1; subtle #595959 on #ffffff 7.0:1, on #f3f3f3 6.3:1; #ffffff on accent #00587a
 * 7.8:1 (hover #003f58 11.3:1); link #00587a on #ffffff 7.8:1, on #f3f3f3 7.1:1; border
 * #767676 on #ffffff 4.5:1 (≥ 3:1 for controls); positive #1e6b34 on #e8f3eb 5.8:1, on #ffffff
 * 6.6:1; negative #b3261e on #fbeceb 5.7:1, on #ffffff 6.5:1; focus ring #1a1a1a on #ffffff 17.4:1.
 */
export const tokens = css`
  :host {
    --_ido-font-family: var(--ido-font-family, var(--basis-text-font-family-default));
    --_ido-color-text: var(--ido-color-text, var(--basis-color-default-color-document, #1a1a1a));
    --_ido-color-text-subtle: var(
      --ido-color-text-subtle,
      var(--basis-color-default-color-subtle, #595959)
    );
    --_ido-color-bg: var(--ido-color-bg, var(--basis-color-default-bg-document, #ffffff));
    --_ido-color-surface: var(--ido-color-surface, var(--basis-color-default-bg-subtle, #f3f3f3));
    --_ido-color-border: var(
      --ido-color-border,
      var(--basis-color-default-border-default, #767676)
    );
    --_ido-color-accent: var(
      --ido-color-accent,
      var(--basis-color-accent-1-inverse-bg-default, #00587a)
    );
    --_ido-color-accent-hover: var(
      --ido-color-accent-hover,
      var(--basis-color-accent-1-inverse-bg-hover, #003f58)
    );
    --_ido-color-on-accent: var(
      --ido-color-on-accent,
      var(--basis-color-accent-1-inverse-color-default, #ffffff)
    );
    --_ido-color-link: var(--ido-color-link, var(--basis-color-action-1-color-default, #00587a));
    --_ido-color-link-hover: var(
      --ido-color-link-hover,
      var(--basis-color-action-1-color-hover, #003f58)
    );
    --_ido-color-positive: var(
      --ido-color-positive,
      var(--basis-color-positive-1-color-default, #1e6b34)
    );
    --_ido-color-positive-bg: var(
      --ido-color-positive-bg,
      var(--basis-color-positive-1-bg-subtle, #e8f3eb)
    );
    --_ido-color-negative: var(
      --ido-color-negative,
      var(--basis-color-negative-1-color-default, #b3261e)
    );
    --_ido-color-negative-bg: var(
      --ido-color-negative-bg,
      var(--basis-color-negative-1-bg-subtle, #fbeceb)
    );
    --_ido-focus-color: var(--ido-focus-outline-color, var(--basis-focus-outline-color, #1a1a1a));
    --_ido-focus-width: var(--ido-focus-outline-width, var(--basis-focus-outline-width, 3px));
    --_ido-focus-offset: var(--ido-focus-outline-offset, var(--basis-focus-outline-offset, 2px));
    --_ido-radius: var(--ido-border-radius, var(--basis-border-radius-md, 4px));
    --_ido-space-xs: var(--ido-space-xs, var(--basis-space-block-xs, 0.25em));
    --_ido-space-sm: var(--ido-space-sm, var(--basis-space-block-sm, 0.5em));
    --_ido-space-md: var(--ido-space-md, var(--basis-space-block-md, 1em));
    --_ido-space-lg: var(--ido-space-lg, var(--basis-space-block-lg, 1.5em));
    --_ido-space-xl: var(--ido-space-xl, var(--basis-space-block-xl, 2em));
    /* WCAG 2.2 target size: never below 44 px, whatever a theme says. */
    --_ido-target: max(44px, var(--ido-target-size, 44px));
  }
`;
