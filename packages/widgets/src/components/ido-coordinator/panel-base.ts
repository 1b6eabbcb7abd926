import {
  civilDate,
  type CoordinatorClient,
  type CoordinatorMe,
  type Editable,
  type Location,
} from '@idokit/sdk';
import { css, type CSSResultGroup } from 'lit';
import { property } from 'lit/decorators.js';
import { IdoElement } from '../../base/ido-element.js';
import { readClock } from '../../controllers/clock.js';
import { IdoCoordinatorChangeEvent } from '../../events/ido-coordinator-change.js';
import type { ElementTexts } from '../../localization/strings.js';
import { conflictStyles } from './conflict-view.js';
import { formKitStyles } from './form-kit.js';
import { coordinatorKitEn, coordinatorKitNl, type CoordinatorKitStrings } from './kit-strings.js';

/**
 * A panel's text: its own words and the kit's (`coordKit…`), in Dutch and English.
 *
 * @example static override texts = panelTexts({ nl: partnersNl, en: partnersEn });
 */
export function panelTexts<S extends object>(
  own: ElementTexts<S>,
): ElementTexts<CoordinatorKitStrings & S> {
  return {
    nl: { ...coordinatorKitNl, ...own.nl },
    en: { ...coordinatorKitEn, ...own.en },
  };
}

/** The styles every panel starts from (the shell uses them too). */
export const panelStyles = css`
  :host {
    display: block;
  }
  .ck-section-heading {
    font-size: 1.25em;
    margin-block: 0 var(--_ido-space-md);
  }
  .ck-toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ido-space-sm);
    align-items: center;
    margin-block: var(--_ido-space-md);
  }
  fieldset {
    border: 1px solid var(--_ido-color-border);
    border-radius: var(--_ido-radius);
    padding: var(--_ido-space-md);
    margin: 0 0 var(--_ido-space-md);
    min-inline-size: 0;
  }
  legend {
    font-weight: 700;
    padding-inline: var(--_ido-space-xs);
  }
  .ck-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .ck-list > li {
    border-block-end: 1px solid var(--_ido-color-border);
    padding-block: var(--_ido-space-sm);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ido-space-sm);
    align-items: center;
    justify-content: space-between;
  }
  .ck-meta {
    color: var(--_ido-color-text-subtle);
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      scroll-behavior: auto !important;
    }
  }
`;

/**
 * The base of the coordinator's panels (internal elements that `<ido-coordinator>` renders in
 * its sections): the coordinator's client, who is signed in, the organisation's locations, the
 * kit's words and styles, and {@link CoordinatorPanel.emitChange} after each saved change. The
 * shell sets `.client`, `.me`, `.locations` and the `lang` attribute.
 */
export class CoordinatorPanel<S extends object = object> extends IdoElement<
  CoordinatorKitStrings & S
> {
  static override styles: CSSResultGroup = [
    IdoElement.styles,
    formKitStyles,
    conflictStyles,
    panelStyles,
  ];

  /**
   * The coordinator's client (signed in). Not a resident `IdoClient`: a panel never loads
   * resident data through the base's client resolution.
   */
  // @ts-expect-error -- the base's `client` is a resident IdoClient; a panel's is the coordinator's
  @property({ attribute: false }) override client?: CoordinatorClient;

  /** Who is signed in: organisation, label, municipalities, whether categories may be imported. */
  @property({ attribute: false }) me?: CoordinatorMe;

  /** The organisation's locations, as the shell last loaded them. */
  @property({ attribute: false }) locations: Editable<Location>[] = [];

  /**
   * Tells the shell a change was saved (it reloads the locations, the log and the undo state, and
   * announces `message`, or a general "saved", in its polite status line).
   */
  /** Today by the element's clock, in Europe/Amsterdam (YYYY-MM-DD): the library's day. */
  protected get today(): string {
    return civilDate(readClock(this.clock), 'Europe/Amsterdam');
  }

  protected emitChange(entity: string, id?: string, message?: string): void {
    this.emit(new IdoCoordinatorChangeEvent({ entity, id, ...(message ? { message } : {}) }));
  }
}
