import type { LocationMatch } from '@idokit/sdk';
import {
  html,
  nothing,
  supportsAdoptingStyleSheets,
  type CSSResult,
  type ReactiveController,
  type TemplateResult,
} from 'lit';
import type { IdoElement } from '../../base/ido-element.js';
import type * as MapViewModule from './map-view.js';
import type { LocatorMap, MapPoint } from './map-view.js';
import { formatDistance } from './search-state.js';
import type { LocatorStrings } from './strings.js';

/** What the map takes from the locator: its text, root, base map and chosen location. */
export type MapHost = IdoElement<LocatorStrings> & {
  readonly tiles: string;
  readonly selected?: string;
};

/** Where the map's chunk is: not asked for, on its way, shown, or failed to load. */
type MapStatus = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * The locator's optional map, behind its "Toon op kaart" button: loads the map's chunk (Leaflet)
 * on the first opening only, adopts its styles into the shadow root, and keeps the markers in
 * step with the list (same items, same numbers, same choice). The element tells it what the list
 * shows ({@link MapPanel.sync}) and renders its button and panel.
 */
export class MapPanel implements ReactiveController {
  private open = false;
  private status: MapStatus = 'idle';
  private view?: LocatorMap;
  private module?: Promise<typeof MapViewModule>;
  private stylesAdopted = false;

  /**
   * `items` are the list's results as shown now; `onSelect` is called with a location's id when
   * a resident chooses its marker.
   */
  constructor(
    private readonly host: MapHost,
    private readonly options: {
      items: () => readonly LocationMatch[];
      onSelect: (id: string) => void;
    },
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.view?.destroy();
    this.view = undefined;
    this.open = false;
  }

  /** Shows a location as chosen on the map, and brings it into view. */
  select(id: string): void {
    this.view?.select(id, { reveal: true });
  }

  /** Markers follow the list: same items, same numbers, same choice. */
  sync(): void {
    const view = this.view;
    if (!view) return;
    const t = this.host.t;
    const points: MapPoint[] = this.options.items().map(({ location, distanceKm }, index) => ({
      id: location.id,
      number: index + 1,
      lat: location.geo.lat,
      lon: location.geo.lon,
      label:
        `${index + 1}. ${location.name}` +
        (distanceKm === undefined
          ? ''
          : `, ${t.distanceKm(formatDistance(distanceKm, this.host.locale))}`),
    }));
    view.setTexts(this.texts());
    view.update(points, this.host.selected);
  }

  /** "Toon op kaart" / "Verberg kaart". */
  renderToggle(): TemplateResult {
    return html`<button
      type="button"
      class="ido-button ido-button--secondary map-toggle"
      aria-expanded=${this.open ? 'true' : 'false'}
      aria-controls="map"
      @click=${() => this.toggle()}
    >
      ${this.open ? this.host.t.locatorHideMap : this.host.t.locatorShowMap}
    </button>`;
  }

  /** The map's region (`#map`, `part="map"`) with its loading and failure lines; `count` markers. */
  renderPanel(count: number, found: boolean): TemplateResult {
    const t = this.host.t;
    return html`<div class="map-panel" ?hidden=${!this.open || !found}>
      ${this.status === 'loading' ? html`<p class="ido-loading">${t.locatorMapLoading}</p>` : nothing}
      ${
        this.status === 'failed'
          ? html`<p class="ido-alert" role="alert">${t.locatorMapFailed}</p>`
          : nothing
      }
      <div
        id="map"
        class="map"
        part="map"
        role="region"
        aria-label=${t.locatorMapLabel(count)}
        ?hidden=${this.status !== 'ready'}
      ></div>
    </div>`;
  }

  private setOpen(open: boolean): void {
    this.open = open;
    this.host.requestUpdate();
  }

  private setStatus(status: MapStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }

  private async toggle(): Promise<void> {
    const host = this.host;
    if (this.open) {
      this.setOpen(false);
      return;
    }
    this.setOpen(true);
    if (this.view) {
      await host.updateComplete;
      this.view.refresh();
      return;
    }
    this.setStatus('loading');
    try {
      const module = await (this.module ??= import('./map-view.js'));
      this.adoptStyles(module.mapViewStyles);
      this.setStatus('ready');
      await host.updateComplete;
      const container = host.renderRoot.querySelector<HTMLElement>('#map');
      if (!host.isConnected || !container || this.view) return;
      this.view = new module.LocatorMap(container, {
        tiles: host.tiles,
        texts: this.texts(),
        reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
        onSelect: this.options.onSelect,
      });
      this.sync();
    } catch (error) {
      this.module = undefined;
      this.setStatus('failed');
      host.reportError(error);
    }
  }

  private adoptStyles(styles: readonly CSSResult[]): void {
    if (this.stylesAdopted) return;
    this.stylesAdopted = true;
    const root = this.host.renderRoot as ShadowRoot;
    const sheets = styles.map((s) => s.styleSheet).filter((s): s is CSSStyleSheet => !!s);
    if (supportsAdoptingStyleSheets && sheets.length === styles.length) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
      return;
    }
    for (const s of styles) {
      const style = document.createElement('style');
      style.textContent = s.cssText;
      root.append(style);
    }
  }

  private texts() {
    const t = this.host.t;
    return {
      attribution: t.locatorMapAttribution,
      zoomIn: t.locatorZoomIn,
      zoomOut: t.locatorZoomOut,
    };
  }
}
